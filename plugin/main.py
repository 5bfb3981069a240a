"""The plugin object QGIS loads: a toolbar and menu, the Processing provider, nothing more.
Every action is a thin client of the core and the Processing algorithms."""
from qgis.core import Qgis, QgsApplication, QgsExpression, QgsMapLayerType, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMessageBox

from .algorithms.provider import WelfareVisitMapProvider
from .dock import WelfareDock
from .i18n import tr
from .icons import plugin_icon
from .language import install_translator, ui_language
from .printing import LAYOUT_DIR
from .project import NotAWelfareDatabaseError, databases_in_project, district_extent, open_database

LAST_DIR_KEY = "welfare_visit_map/last_directory"
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
        self._action("create", tr("Create welfare database…"), lambda: self._run_algorithm("create_database"))
        self._action("demo", tr("Build demo district…"), lambda: self._run_algorithm("build_demo"))
        self._action("registry", tr("Apply registry changes…"), lambda: self._run_algorithm(
            "apply_registry_changes", {"DATABASE": databases_in_project()[0]} if databases_in_project() else {}))
        self._action("print", tr("Print district maps…"), lambda: self._print("print_district_maps"), toolbar=True,
                     icon="/mActionFilePrint.svg")
        self._action("sheets", tr("Print household sheets…"), lambda: self._print("print_household_sheets"))
        self.dock = WelfareDock(self, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        dock_action = self.dock.toggleViewAction()
        dock_action.setIcon(plugin_icon())
        dock_action.setObjectName("welfare_visit_map_dock")
        self.toolbar.insertAction(self.toolbar.actions()[0], dock_action)
        add_template_path()

    def unload(self):
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

    def open_database(self, path):
        """Open a database in the current project and zoom to the district; returns the layers."""
        try:
            layers = open_database(path, lang=ui_language())
        except NotAWelfareDatabaseError as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        canvas = self.iface.mapCanvas()
        extent = district_extent(layers, canvas.mapSettings().destinationCrs())
        if not extent.isEmpty():
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()
        self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), tr("Opened {}").format(path),
                                            Qgis.Success, 5)
        return layers

    def _run_algorithm(self, name, parameters=None):
        from processing import execAlgorithmDialog  # QGIS's own Processing plugin

        results = execAlgorithmDialog(f"welfarevisitmap:{name}", parameters or {})
        if results and results.get("DATABASE") and name in ("create_database", "build_demo"):
            self.open_database(results["DATABASE"])
        return results

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
    layers = {}
    for layer in project.mapLayers().values():
        source = layer.source() if layer.type() == QgsMapLayerType.VectorLayer else ""
        if source.startswith(databases[0]) and "|layername=" in source:
            layers.setdefault(source.split("|layername=")[1].split("|")[0], layer)
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
