"""The desk: what the plugin's menus, toolbar, dock and map tools open — databases, the visit,
household, import and print dialogs, the density view — each a thin client of the
:class:`..session.Session`. The session owns the database and its writes; the desk owns the
windows and the map canvas."""
from qgis.core import Qgis, QgsExpression, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .. import basemap
from ..core import categories as cat
from ..core import db, visits
from ..i18n import tr
from ..language import ui_language
from ..project import (
    DENSITY_PROPERTY,
    NotAWelfareDatabaseError,
    density_layer,
    district_extent,
    open_database,
    open_project_layers,
    open_shared_database,
    show_base_layers,
)
from .common import label
from .household_dialog import HouseholdDialog
from .import_dialog import ImportDialog
from .map_tools import PlaceTool
from .visit_dialog import VisitDialog

LAST_DIR_KEY = "welfare_visit_map/last_directory"
SHARED_KEY = "welfare_visit_map/shared_connection"


class Desk:
    def __init__(self, iface, session):
        self.iface = iface
        self.session = session
        self.place_tool = None
        self.dock = None  # set by the plugin once the dock exists (the dock shows what a report became)

    def unload(self):
        canvas = self.iface.mapCanvas()
        if self.place_tool is not None:
            if canvas.mapTool() is self.place_tool:
                canvas.unsetMapTool(self.place_tool)
            self.place_tool.setParent(None)
            self.place_tool = None

    def say(self, text, level=Qgis.MessageLevel.Info, seconds=5):
        self.iface.messageBar().pushMessage(tr("Welfare Visit Map"), text, level, seconds)

    def need_database(self):
        """The open database, or None with a message."""
        if not self.session.database:
            self.say(tr("Open a welfare database first."), Qgis.MessageLevel.Warning)
        return self.session.database

    # --- opening databases ---------------------------------------------------------------------
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
        self.session.recount()  # the pies with the filter my 동 set while the layers came in
        self.zoom_to_district(layers)
        return layers

    def open_database(self, path):
        """Open a database in the current project and zoom to the district; returns the layers."""
        try:
            layers = open_database(path, lang=ui_language())
        except NotAWelfareDatabaseError as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        self.session.recount()
        self.zoom_to_district(layers)
        self.say(tr("Opened {}").format(path), Qgis.MessageLevel.Success)
        return layers

    def open_any(self, database):
        """Open a database named as the algorithms name it (a GeoPackage, a shared database, a
        PostgreSQL connection saved in QGIS); returns the layers."""
        from qgis.core import QgsProcessingException

        from ..algorithms.common import resolve_database

        try:
            database = resolve_database(database)
            layers = open_project_layers(database, lang=ui_language())
        except (QgsProcessingException, NotAWelfareDatabaseError, ValueError) as exc:
            QMessageBox.warning(self.iface.mainWindow(), tr("Welfare Visit Map"), str(exc))
            return None
        self.session.recount()
        self.zoom_to_district(layers)
        self.say(tr("Opened {}").format(database.display_name), Qgis.MessageLevel.Success)
        return layers

    def zoom_to_district(self, layers=None):
        canvas = self.iface.mapCanvas()
        extent = district_extent(layers if layers is not None else self.session.layers(),
                                 canvas.mapSettings().destinationCrs())
        if not extent.isEmpty():
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

    # --- a household's dialogs -----------------------------------------------------------------
    def record_visit(self, household_id):
        """The visit dialog for a household; after a save the session tells the map and every
        list. Returns the dialog (already closed)."""
        if not self.need_database():
            return None
        dialog = VisitDialog(self.session, household_id, self.iface.mainWindow())
        dialog.saved.connect(lambda _: self.visit_saved(household_id))
        dialog.exec()
        return dialog

    def visit_saved(self, household_id):
        saved = self.session.household(household_id)
        if saved is not None:
            self.say(tr("Visit saved for {case}: risk {risk}, next visit due {due}, status {status}.").format(
                case=saved.case_no or "", risk=label(cat.RISK_LEVELS, saved.risk_level) if saved.risk_level else "-",
                due=saved.next_visit_due.isoformat() if saved.next_visit_due else "-",
                status=label(cat.HOUSEHOLD_STATUS, saved.status)), Qgis.MessageLevel.Success)

    def open_household(self, household_id):
        """Timeline and services of a household (dialog); returns it (closed)."""
        if not self.need_database():
            return None
        dialog = HouseholdDialog(self.session, household_id, self.iface.mainWindow(), record_visit=self.record_visit)
        dialog.exec()
        return dialog

    def open_form(self, household_id):
        """QGIS's own household form (relations, value maps)."""
        layer = self.session.layers().get("households")
        feature = first_with_id(layer, household_id)
        if feature is not None:
            self.iface.openFeatureForm(layer, feature, False, True)

    # --- reports -------------------------------------------------------------------------------
    def report_to_household(self, report_id):
        """Make a household from a report, or attach the report to the household it is about; a
        report with no place and no known address asks for a click on the map."""
        try:
            if not self.session.report_place(report_id):
                self.place_report(report_id)
                return None
            hid, created = self.session.household_from_report(report_id)
        except (visits.InvalidInputError, *db.errors()) as exc:
            self.say(tr("Not saved: {}").format(exc), Qgis.MessageLevel.Warning, 8)
            return None
        self.report_done(hid, created)
        return hid

    def place_report(self, report_id):
        """The report has no place yet: the next click on the map says where its household is."""
        households = self.session.layers().get("households")
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
        self.say(tr("The report has no place yet: click where the household lives."), Qgis.MessageLevel.Info, 10)

    def report_placed(self, report_id, x, y):
        try:
            hid, created = self.session.household_from_report(report_id, point=(x, y))
        except (visits.InvalidInputError, *db.errors()) as exc:
            self.say(tr("Not saved: {}").format(exc), Qgis.MessageLevel.Warning, 8)
            return None
        self.report_done(hid, created)
        return hid

    def report_done(self, hid, created):
        household = self.session.household(hid)
        if self.dock is not None:
            self.dock.show_household(household)
        case = household.case_no or household.address or ""
        message = (tr("New household made from the report ({}): fill in its form.") if created
                   else tr("The report is about a household on record ({}): attached to it."))
        self.say(message.format(case), Qgis.MessageLevel.Success, 8)

    # --- batch work ----------------------------------------------------------------------------
    def import_list(self, table="households"):
        """The import wizard for the open database; the map shows what came in. Returns it (closed)."""
        if not self.need_database():
            return None
        dialog = ImportDialog(self.session.database, self.iface.mainWindow(), table)
        dialog.exec()
        if dialog.last_result:
            self.session.imported()
        return dialog

    def print_dialog(self, kind="maps", dong_code=None):
        """The plugin's print dialog (my 동 chosen, 통 as checkboxes, privacy in words, progress,
        open the PDF); returns it (closed)."""
        from .print_dialog import PrintDialog

        if not self.need_database():
            return None
        dialog = PrintDialog(self.session, kind, dong_code, self.iface.mainWindow(), selected=self.selected_districts())
        dialog.exec()
        return dialog

    def field_dialog(self, dong_code=None):
        """Package for the field (my 동, 통 as checkboxes, visitor, privacy, folder); returns it (closed)."""
        from .field_dialog import FieldDialog

        if not self.need_database():
            return None
        dialog = FieldDialog(self.session, dong_code, self.iface.mainWindow(), selected=self.selected_districts())
        dialog.exec()
        return dialog

    def selected_districts(self):
        districts = self.session.layers().get("districts")
        return [f["code"] for f in districts.selectedFeatures()] if districts is not None else []

    def run_algorithm(self, name, parameters=None):
        """An algorithm of the plugin in QGIS's Processing dialog (progress, cancel)."""
        from processing import execAlgorithmDialog  # QGIS's own Processing plugin

        results = execAlgorithmDialog(f"welfarevisitmap:{name}", parameters or {})
        if results and results.get("DATABASE") and name in ("create_database", "build_demo"):
            self.open_any(results["DATABASE"])
        elif results and (name.startswith("import_") or name == "apply_registry_changes"):
            if name == "import_base_map" and self.session.database:
                show_base_layers(self.session.database, self.session.project)  # on the map at once
            self.session.imported()
        return results

    def show_basemap(self, choice):
        """An online base map under every welfare layer (the one shown before goes), or none."""
        basemap.remove_from_project(self.session.project)
        if not choice:
            return []
        try:
            layers = basemap.add_to_project(self.session.project, choice)
        except basemap.BasemapError as exc:
            self.say(str(exc), Qgis.MessageLevel.Warning, 8)
            return []
        self.iface.mapCanvas().refresh()
        return layers

    def ask_vworld_key(self):
        """The user's VWorld API key, kept encrypted in QGIS's authentication database."""
        key, ok = QInputDialog.getText(self.iface.mainWindow(), tr("VWorld key"),
                                       tr("Your VWorld API key (free at vworld.kr). It is kept encrypted in QGIS's "
                                          "authentication database, never in a project or a log:"))
        if not ok or not key.strip():
            return False
        try:
            basemap.set_vworld_key(key.strip())
        except basemap.BasemapError as exc:
            self.say(str(exc), Qgis.MessageLevel.Warning, 8)
            return False
        self.say(tr("VWorld key stored."), Qgis.MessageLevel.Success)
        return True

    def open_file(self, path):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def set_density(self, on, where=None):
        """Show (or hide) where high- and medium-risk households of the current filter cluster: a
        heatmap under the household points. Returns the layer (None when hidden)."""
        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer.customProperty(DENSITY_PROPERTY):
                project.removeMapLayer(layer.id())
        households = self.session.layers().get("households")
        if not on or households is None:
            return None
        density = density_layer(households, where)
        project.addMapLayer(density, False)
        node = project.layerTreeRoot().findLayer(households.id())
        parent = node.parent()
        parent.insertLayer(parent.children().index(node) + 1, density)
        self.iface.mapCanvas().refresh()
        return density


def first_with_id(layer, record_id):
    from qgis.core import QgsFeatureRequest

    if layer is None:
        return None
    request = QgsFeatureRequest().setFilterExpression(f"\"id\" = {QgsExpression.quotedString(record_id)}")
    return next(layer.getFeatures(request), None)
