"""The plugin object QGIS loads: a toolbar and menu, the Processing provider, nothing more.
Every action is a thin client of the core and the Processing algorithms."""

from qgis.core import Qgis, QgsApplication, QgsExpression, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QInputDialog, QMessageBox

from .algorithms.provider import WelfareVisitMapProvider
from .core import categories as cat
from .core import db, visits
from .dock import WelfareDock
from .gui.common import current_user, label
from .gui.household_dialog import HouseholdDialog
from .gui.import_dialog import ImportDialog
from .gui.map_tools import HouseholdPickTool, PlaceTool
from .gui.stale_edits import StaleEditGuard
from .gui.visit_dialog import VisitDialog
from .i18n import tr
from .icons import plugin_icon
from .language import install_translator, ui_language
from .printing import LAYOUT_DIR
from .project import (
    DENSITY_PROPERTY,
    NotAWelfareDatabaseError,
    database_layers,
    databases_in_project,
    density_layer,
    district_extent,
    open_database,
    open_project_layers,
    open_shared_database,
    refresh_layers,
)

LAST_DIR_KEY = "welfare_visit_map/last_directory"
SHARED_KEY = "welfare_visit_map/shared_connection"
TEMPLATE_PATHS_KEY = "core/Layout/searchPathsForTemplates"


def menu_name():
    return tr("&Welfare Visit Map")


class WelfareVisitMapPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.dock = None
        self.pick_tool = None
        self.place_tool = None
        self.stale_guard = None
        self.translator = install_translator()

    # --- QGIS plugin interface ----------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            self.provider = WelfareVisitMapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Welfare Visit Map"))
        self.toolbar.setObjectName("WelfareVisitMapToolbar")
        self._action("open", tr("Open welfare database…"), self.open_database_dialog, toolbar=True,
                     icon="/mActionFileOpen.svg")
        self._action("shared", tr("Open a shared database (PostgreSQL)…"), self.open_shared_dialog)
        self._action("create", tr("Create welfare database…"), lambda: self._run_algorithm("create_database"))
        self._action("demo", tr("Build demo district…"), lambda: self._run_algorithm("build_demo"))
        visit = self._action("visit", tr("Record visit (click a household)"), self.toggle_visit_tool, toolbar=True,
                             icon="/mActionEditTable.svg")  # its own icon: the plugin's is the dock's
        visit.setCheckable(True)
        self.pick_tool = HouseholdPickTool(self.iface.mapCanvas(), lambda: database_layers().get("households"))
        self.pick_tool.setAction(visit)
        self.pick_tool.picked.connect(self.record_visit)
        self.pick_tool.missed.connect(lambda: self.iface.messageBar().pushMessage(
            tr("Welfare Visit Map"), tr("No active household there: click on a household point."), Qgis.MessageLevel.Info, 3))
        self._action("import", tr("Import a list (Excel/CSV)…"), lambda: self.import_list())
        self._action("registry", tr("Apply registry changes…"), lambda: self._run_algorithm(
            "apply_registry_changes", {"DATABASE": databases_in_project()[0]} if databases_in_project() else {}))
        self._action("print", tr("Print district maps…"), lambda: self._print("print_district_maps"), toolbar=True,
                     icon="/mActionFilePrint.svg")
        self._action("sheets", tr("Print household sheets…"), lambda: self._print("print_household_sheets"))
        self.stale_guard = StaleEditGuard(self.iface)
        QgsProject.instance().layersAdded.connect(self.watch_layers_soon)
        self.watch_layers()
        self.dock = WelfareDock(self, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        dock_action = self.dock.toggleViewAction()
        dock_action.setIcon(plugin_icon())
        dock_action.setObjectName("welfare_visit_map_dock")
        self.toolbar.insertAction(self.toolbar.actions()[0], dock_action)
        add_template_path()

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

    def unload(self):
        if self.stale_guard is not None:
            QgsProject.instance().layersAdded.disconnect(self.watch_layers_soon)
            self.stale_guard.unwatch_all()
            self.stale_guard = None
        canvas = self.iface.mapCanvas()
        for tool in (self.pick_tool, self.place_tool):
            if tool is not None:
                if canvas.mapTool() is tool:
                    canvas.unsetMapTool(tool)
                tool.setParent(None)  # gone now, not at exit after the canvas
        self.pick_tool = self.place_tool = None
        if self.dock is not None:
            self.dock.unload()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)  # gone from the main window now, not at the next event loop turn
            self.dock.deleteLater()
            self.dock = None
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
        if self.translator is not None:
            QgsApplication.removeTranslator(self.translator)
            self.translator = None

    # --- actions ------------------------------------------------------------------------------
    def _action(self, name, text, callback, toolbar=False, icon=None):
        action = QAction(QgsApplication.getThemeIcon(icon) if icon else plugin_icon(), text, self.iface.mainWindow())
        action.setObjectName(f"welfare_visit_map_{name}")
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(menu_name(), action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def open_database_dialog(self):
        settings = QgsSettings()
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open welfare database"),
                                              settings.value(LAST_DIR_KEY, ""), tr("GeoPackage (*.gpkg)"))
        if path:
            settings.setValue(LAST_DIR_KEY, path.rsplit("/", 1)[0])
            self.open_database(path)

    def open_shared_dialog(self):
        settings = QgsSettings()
        dsn, ok = QInputDialog.getText(
            self.iface.mainWindow(), tr("Open a shared database"),
            tr("Connection (service=NAME from pg_service.conf, or postgresql://user@host:port/database); "
               "the password comes from the service file or ~/.pgpass:"),
            text=settings.value(SHARED_KEY, "service="))
        if ok and dsn.strip():
            settings.setValue(SHARED_KEY, dsn.strip())
            self.open_shared(dsn.strip())

    def open_shared(self, dsn, schema="welfare"):
        """Open a shared PostgreSQL welfare database in the project; returns the layers."""
        try:
            layers = open_shared_database(dsn, schema, lang=ui_language())
        except (NotAWelfareDatabaseError, ValueError) as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        self.zoom_to_district(layers)
        return layers

    def zoom_to_district(self, layers):
        canvas = self.iface.mapCanvas()
        extent = district_extent(layers, canvas.mapSettings().destinationCrs())
        if not extent.isEmpty():
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

    def open_database(self, path):
        """Open a database in the current project and zoom to the district; returns the layers."""
        try:
            layers = open_database(path, lang=ui_language())
        except NotAWelfareDatabaseError as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        self.zoom_to_district(layers)
        self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Opened {}").format(path),
                                            Qgis.MessageLevel.Success, 5)
        return layers

    def toggle_visit_tool(self, checked=True):
        canvas = self.iface.mapCanvas()
        if not checked:
            canvas.unsetMapTool(self.pick_tool)
            return
        if not databases_in_project():
            self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Open a welfare database first."),
                                                Qgis.MessageLevel.Warning, 5)
            self.pick_tool.action().setChecked(False)
            return
        canvas.setMapTool(self.pick_tool)

    def current_database(self):
        """The open welfare database (a GeoPackage or a shared one), or None with a message."""
        database = (databases_in_project() or [None])[0]
        if not database:
            self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Open a welfare database first."),
                                                Qgis.MessageLevel.Warning, 5)
            return None
        return database

    def record_visit(self, household_id, database=None):
        """The visit dialog for a household (a GeoPackage or a shared database); after a save the
        map shows its new colour and due date at once. Returns the dialog (already closed)."""
        database = database or (databases_in_project() or [None])[0]
        if not database:
            self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Open a welfare database first."),
                                                Qgis.MessageLevel.Warning, 5)
            return None
        dialog = VisitDialog(database, household_id, self.iface.mainWindow())
        dialog.saved.connect(lambda _: self.after_visit(database, household_id))
        dialog.exec()
        return dialog

    def after_visit(self, database, household_id):
        refresh_layers(database=database)
        if self.dock is not None:
            self.dock.households_changed()
        conn = visits.connect_readonly(database)
        try:
            saved = visits.household(conn, household_id)
        finally:
            conn.close()
        if saved is not None:
            self.iface.messageBar().pushMessage(
                tr("Welfare Visit Map"), tr("Visit saved for {case}: risk {risk}, next visit due {due}, status {status}.").format(
                    case=saved.case_no or "", risk=label(cat.RISK_LEVELS, saved.risk_level) if saved.risk_level else "-",
                    due=saved.next_visit_due.isoformat() if saved.next_visit_due else "-",
                    status=label(cat.HOUSEHOLD_STATUS, saved.status)), Qgis.MessageLevel.Success, 5)

    def open_household(self, household_id, database=None):
        """Timeline and services of a household (dialog); returns it (closed)."""
        database = database or self.current_database()
        if not database:
            return None
        dialog = HouseholdDialog(database, household_id, self.iface.mainWindow(),
                                 record_visit=lambda hid: self.record_visit(hid, database))
        dialog.changed.connect(lambda: refresh_layers(database=database))
        if self.dock is not None:
            dialog.changed.connect(self.dock.households_changed)
        dialog.exec()
        return dialog

    def place_report(self, report_id):
        """The report has no place yet: the next click on the map says where its household is."""
        households = database_layers().get("households")
        if households is None:
            return
        canvas = self.iface.mapCanvas()
        previous = canvas.mapTool()
        self.place_tool = PlaceTool(canvas, households.crs())

        def placed(x, y):
            canvas.unsetMapTool(self.place_tool)
            if previous is not None:
                canvas.setMapTool(previous)
            self.place_tool = None
            self.report_placed(report_id, x, y)

        self.place_tool.placed.connect(placed)
        canvas.setMapTool(self.place_tool)
        self.iface.messageBar().pushMessage(
            tr("Welfare Visit Map"), tr("The report has no place yet: click where the household lives."),
            Qgis.MessageLevel.Info, 10)

    def report_placed(self, report_id, x, y):
        database = databases_in_project()[0]
        conn = db.connect(database)
        try:
            hid, created = visits.household_from_report(conn, report_id, point=(x, y), user=current_user())
        except (visits.InvalidInputError, *db.errors()) as exc:
            self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Not saved: {}").format(exc),
                                                Qgis.MessageLevel.Warning, 8)
            return None
        finally:
            conn.close()
        if self.dock is not None:
            self.dock.after_report(hid, created)
        return hid

    def import_list(self, table="households"):
        """The import wizard for the open database; the map shows what came in. Returns it (closed)."""
        database = self.current_database()
        if not database:
            return None
        dialog = ImportDialog(database, self.iface.mainWindow(), table)
        dialog.exec()
        if dialog.last_result:
            refresh_layers(database=database)
            if self.dock is not None:
                self.dock.refresh()
        return dialog

    def set_density(self, on, where=None):
        """Show (or hide) where high- and medium-risk households of the current filter cluster: a
        heatmap under the household points. Returns the layer (None when hidden)."""
        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer.customProperty(DENSITY_PROPERTY):
                project.removeMapLayer(layer.id())
        layers = database_layers()
        households = layers.get("households")
        if not on or households is None:
            return None
        density = density_layer(households, where)
        project.addMapLayer(density, False)
        node = project.layerTreeRoot().findLayer(households.id())
        parent = node.parent()
        parent.insertLayer(parent.children().index(node) + 1, density)
        self.iface.mapCanvas().refresh()
        return density

    def _run_algorithm(self, name, parameters=None):
        from processing import execAlgorithmDialog  # QGIS's own Processing plugin

        results = execAlgorithmDialog(f"welfarevisitmap:{name}", parameters or {})
        if results and results.get("DATABASE") and name in ("create_database", "build_demo"):
            self.open_any(results["DATABASE"])
        return results

    def open_any(self, database):
        """Open a database named as the algorithms name it (a GeoPackage, a shared database, a
        PostgreSQL connection saved in QGIS); returns the layers."""
        from qgis.core import QgsProcessingException

        from .algorithms.common import resolve_database

        try:
            database = resolve_database(database)
            layers = open_project_layers(database, lang=ui_language())
        except (QgsProcessingException, NotAWelfareDatabaseError, ValueError) as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        self.zoom_to_district(layers)
        self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Opened {}").format(database.display_name),
                                            Qgis.MessageLevel.Success, 5)
        return layers

    def _print(self, name):
        """The print algorithm's own dialog (progress, cancel), filled in from the map: the open
        database, the selected districts (or households), the households layer's filter."""
        self.print_with(name, print_parameters(name, QgsProject.instance()))

    def print_with(self, name, parameters):
        """Run a print algorithm in its dialog with ``parameters`` filled in; open the PDF."""
        results = self._run_algorithm(name, parameters)
        if results and results.get("OUTPUT"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(results["OUTPUT"]))


def print_parameters(name, project):
    """Defaults for a print algorithm from what the user has on the map."""
    databases = databases_in_project(project)
    if not databases:
        return {}
    parameters = {"DATABASE": databases[0]}
    layers = database_layers(project, databases[0])
    households, districts = layers.get("households"), layers.get("districts")
    if name == "print_district_maps":
        if households is not None and households.subsetString():
            parameters["HOUSEHOLD_FILTER"] = households.subsetString()
        selected = districts.selectedFeatures() if districts is not None else []
        if selected:
            codes = ", ".join(QgsExpression.quotedString(f["code"]) for f in selected)
            parameters["FILTER"] = f"\"code\" IN ({codes})"
            parameters["LEVEL"] = 1 if selected[0]["level"] == "dong" else 0
    elif households is not None and households.selectedFeatureCount():
        ids = ", ".join(QgsExpression.quotedString(f["id"]) for f in households.selectedFeatures())
        parameters["FILTER"] = f"\"id\" IN ({ids})"
    elif households is not None and households.subsetString():
        parameters["HOUSEHOLD_FILTER"] = households.subsetString()
    return parameters


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
