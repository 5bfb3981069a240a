"""The plugin object QGIS loads: wiring only. It registers the Processing provider, makes the
session (the open database and its use cases, :mod:`.session`), the desk (the windows,
:mod:`.gui.desk`) and the dock, and connects menus, toolbar and map tools to them."""

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction

from . import basemap
from .algorithms.provider import WelfareVisitMapProvider
from .core import db
from .gui.desk import Desk
from .gui.dock import DOCK_WIDTH, WelfareDock
from .gui.map_tools import HouseholdPickTool
from .gui.stale_edits import StaleEditGuard
from .i18n import tr
from .icons import plugin_icon
from .language import install_translator
from .printing import LAYOUT_DIR
from .project import database_layers, databases_in_project
from .session import Session

TEMPLATE_PATHS_KEY = "core/Layout/searchPathsForTemplates"
DOCK_SIZED_KEY = "welfare_visit_map/dock_sized"


def menu_name():
    return tr("&Welfare Visit Map")


class WelfareVisitMapPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.session = None
        self.desk = None
        self.actions = []
        self.toolbar = None
        self.dock = None
        self.pick_tool = None
        self.stale_guard = None
        self.null_before = None
        self.translator = install_translator()

    # --- QGIS plugin interface ----------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            self.provider = WelfareVisitMapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if QgsApplication.nullRepresentation() == "NULL":  # QGIS's default: jargon in every table and form
            self.null_before = "NULL"
            QgsApplication.setNullRepresentation("")  # an empty field shows empty while the plugin is loaded
        self.session = Session(QgsProject.instance())
        basemap.install()  # VWorld layers get the user's key at request time (never stored in a project)
        QgsProject.instance().readProject.connect(self.project_read)
        desk = self.desk = Desk(self.iface, self.session)
        self.toolbar = self.iface.addToolBar(tr("Welfare Visit Map"))
        self.toolbar.setObjectName("WelfareVisitMapToolbar")
        self._action("open", tr("Open welfare database…"), desk.open_database_dialog, toolbar=True,
                     icon="/mActionFileOpen.svg")
        self._action("shared", tr("Open a shared database (PostgreSQL)…"), desk.open_shared_dialog)
        self._action("create", tr("Create welfare database…"), lambda: desk.run_algorithm("create_database"))
        self._action("demo", tr("Build demo district…"), lambda: desk.run_algorithm("build_demo"))
        visit = self._action("visit", tr("Record visit (click a household)"), self.toggle_visit_tool, toolbar=True,
                             icon="/mActionEditTable.svg")  # its own icon: the plugin's is the dock's
        visit.setCheckable(True)
        self.pick_tool = HouseholdPickTool(self.iface.mapCanvas(), lambda: self.session.layers().get("households"))
        self.pick_tool.setAction(visit)
        self.pick_tool.picked.connect(desk.record_visit)
        self.pick_tool.missed.connect(lambda: desk.say(tr("No active household there: click on a household point."),
                                                       Qgis.MessageLevel.Info, 3))
        self._action("import", tr("Import a list (Excel/CSV)…"), lambda: desk.import_list())
        self._action("registry", tr("Apply registry changes…"), lambda: desk.run_algorithm(
            "apply_registry_changes", {"DATABASE": self.session.database} if self.session.database else {}))
        self._action("print", tr("Print district maps…"), lambda: self.print_dialog("maps"), toolbar=True,
                     icon="/mActionFilePrint.svg")
        self._action("sheets", tr("Print household sheets…"), lambda: self.print_dialog("sheets"))
        self.stale_guard = StaleEditGuard(self.iface)
        QgsProject.instance().layersAdded.connect(self.watch_layers_soon)
        self.watch_layers()
        self.dock = WelfareDock(self.session, desk, self.iface, self.iface.mainWindow())
        desk.dock = self.dock
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if not QgsSettings().value(DOCK_SIZED_KEY, False, type=bool):  # sized once QGIS's window is laid out
            if self.iface.mainWindow().isVisible() or not hasattr(self.iface, "initializationCompleted"):
                QTimer.singleShot(0, self.size_dock)
            else:
                self.iface.initializationCompleted.connect(lambda: QTimer.singleShot(500, self.size_dock))
        dock_action = self.dock.toggleViewAction()
        dock_action.setIcon(plugin_icon())
        dock_action.setObjectName("welfare_visit_map_dock")
        self.toolbar.insertAction(self.toolbar.actions()[0], dock_action)
        add_template_path()

    def size_dock(self):
        """The first time: 480 px wide, what the dock's lists fit; later QGIS keeps the user's width."""
        if self.dock is not None:
            self.iface.mainWindow().resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            QgsSettings().setValue(DOCK_SIZED_KEY, True)

    def project_read(self, *_):
        basemap.prepare_project(QgsProject.instance())

    def print_dialog(self, kind):
        return self.desk.print_dialog(kind, self.dock.my_dong() if self.dock is not None else None)

    # QGIS feature actions of the households layer call these two (project.HOUSEHOLD_ACTIONS)
    def record_visit(self, household_id):
        return self.desk.record_visit(household_id)

    def open_household(self, household_id):
        return self.desk.open_household(household_id)

    def watch_layers_soon(self, *_):
        QTimer.singleShot(0, self.watch_layers)  # once the layers are in their group

    def watch_layers(self, *_):
        """Households layers of welfare databases get the stale-save guard."""
        if self.stale_guard is None:
            return
        for database in databases_in_project():
            if db.parse(database).capabilities.server_checks_stale_edits:
                continue  # the server refuses a stale save itself, and QGIS shows its message
            households = database_layers(database=database).get("households")
            if households is not None:
                self.stale_guard.watch(households, database)

    def toggle_visit_tool(self, checked=True):
        canvas = self.iface.mapCanvas()
        if not checked:
            canvas.unsetMapTool(self.pick_tool)
            return
        if not self.desk.need_database():
            self.pick_tool.action().setChecked(False)
            return
        canvas.setMapTool(self.pick_tool)

    def unload(self):
        if self.stale_guard is not None:
            QgsProject.instance().layersAdded.disconnect(self.watch_layers_soon)
            self.stale_guard.unwatch_all()
            self.stale_guard = None
        canvas = self.iface.mapCanvas()
        if self.pick_tool is not None:
            if canvas.mapTool() is self.pick_tool:
                canvas.unsetMapTool(self.pick_tool)
            self.pick_tool.setParent(None)  # gone now, not at exit after the canvas
            self.pick_tool = None
        if self.desk is not None:
            self.desk.unload()
            self.desk = None
        if self.dock is not None:
            self.dock.unload()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)  # gone from the main window now, not at the next event loop turn
            self.dock.deleteLater()
            self.dock = None
        if self.session is not None:
            QgsProject.instance().readProject.disconnect(self.project_read)
            self.session.close()
            self.session = None
        basemap.uninstall()
        for action in self.actions:
            self.iface.removePluginMenu(menu_name(), action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_template_path()
        if self.null_before is not None and QgsApplication.nullRepresentation() == "":
            QgsApplication.setNullRepresentation(self.null_before)
            self.null_before = None
        if self.translator is not None:
            QgsApplication.removeTranslator(self.translator)
            self.translator = None

    def _action(self, name, text, callback, toolbar=False, icon=None):
        action = QAction(QgsApplication.getThemeIcon(icon) if icon else plugin_icon(), text, self.iface.mainWindow())
        action.setObjectName(f"welfare_visit_map_{name}")
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(menu_name(), action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action


def add_template_path():
    """Offer the plugin's layout templates in QGIS's layout manager."""
    settings = QgsSettings()
    paths = settings.value(TEMPLATE_PATHS_KEY, []) or []
    paths = [paths] if isinstance(paths, str) else list(paths)
    if str(LAYOUT_DIR) not in paths:
        settings.setValue(TEMPLATE_PATHS_KEY, paths + [str(LAYOUT_DIR)])


def remove_template_path():
    settings = QgsSettings()
    paths = settings.value(TEMPLATE_PATHS_KEY, []) or []
    paths = [paths] if isinstance(paths, str) else list(paths)
    if str(LAYOUT_DIR) in paths:
        settings.setValue(TEMPLATE_PATHS_KEY, [p for p in paths if p != str(LAYOUT_DIR)])
