"""The plugin's dock: the open database and printing, a thin client of the Processing
algorithms. Its form is forms/dock.ui, loaded at run time; signals are connected here."""
import sqlite3
from pathlib import Path

from qgis.core import Qgis, QgsExpression, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QWidget

from .core import gpkg, schema
from .core.privacy import PRIVACY_MODES
from .core.risk import DEFAULT_CYCLE_DAYS
from .i18n import tr
from .printing import LEVELS, PAPER_MM
from .project import databases_in_project

FORM = Path(__file__).resolve().parent.parent / "forms" / "dock.ui"


class WelfareDock(QgsDockWidget):
    def __init__(self, plugin, parent=None):
        super().__init__(tr("Welfare Visit Map"), parent)
        self.setObjectName("WelfareVisitMapDock")
        self.plugin = plugin
        self.form = QWidget(self)
        uic.loadUi(str(FORM), self.form)
        self.setWidget(self.form)
        f = self.form
        for level, text in zip(LEVELS, (tr("통 (tong)"), tr("동 (dong)"))):
            f.levelCombo.addItem(text, level)
        for mode, text in zip(PRIVACY_MODES, (tr("staff (names masked)"), tr("partner (no personal data)"))):
            f.privacyCombo.addItem(text, mode)
        for paper in PAPER_MM:
            f.paperCombo.addItem(paper, paper)
        f.openButton.clicked.connect(plugin.open_database_dialog)
        f.printMapsButton.clicked.connect(self.print_maps)
        f.printSheetsButton.clicked.connect(self.print_sheets)
        f.cycleApplyButton.clicked.connect(self.apply_cycle)
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved, project.cleared):
            signal.connect(self.refresh)
        self.refresh()

    def unload(self):
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved, project.cleared):
            signal.disconnect(self.refresh)

    def database(self):
        databases = databases_in_project()
        return databases[0] if databases else None

    def refresh(self, *_):
        """Show the open database and its 동 (from the file itself)."""
        f = self.form
        database = self.database()
        f.databaseLabel.setText(Path(database).name if database else tr("No welfare database is open."))
        f.printGroup.setEnabled(bool(database))
        f.cycleGroup.setEnabled(bool(database))
        f.dongCombo.clear()
        f.dongCombo.addItem(tr("All dongs"), None)
        if database:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
                for code, name in conn.execute("SELECT code, name FROM districts WHERE level = 'dong' ORDER BY name"):
                    f.dongCombo.addItem(name, code)
                days = schema.cycle_days(conn)
            for level, spin in (("high", f.highSpin), ("medium", f.mediumSpin), ("low", f.lowSpin)):
                spin.setValue(days.get(level, DEFAULT_CYCLE_DAYS[level]))

    def apply_cycle(self):
        """Store the revisit cycle in the database: it re-derives every next visit due itself."""
        database = self.database()
        if not database:
            return
        f = self.form
        days = {"high": f.highSpin.value(), "medium": f.mediumSpin.value(), "low": f.lowSpin.value()}
        conn = gpkg.connect(database)
        try:
            schema.set_cycle_days(conn, days)
        finally:
            conn.close()
        for layer in QgsProject.instance().mapLayers().values():
            if layer.source().startswith(database) and "layername=households" in layer.source():
                layer.reload()
                layer.triggerRepaint()
        self.plugin.iface.messageBar().pushMessage(
            tr("Welfare Visit Map"), tr("Revisit cycle set: high {high}, medium {medium}, low {low} days.").format(**days),
            Qgis.Info, 5)

    def map_parameters(self):
        """What the dock says, over what the map says (selection, household filter)."""
        from .main import print_parameters

        f = self.form
        parameters = print_parameters("print_district_maps", QgsProject.instance())
        selected = "FILTER" in parameters and f.selectionCheck.isChecked()
        if not selected:
            parameters.pop("FILTER", None)
            level = f.levelCombo.currentData()
            parameters["LEVEL"] = LEVELS.index(level)
            dong = f.dongCombo.currentData()
            if dong:
                column = "parent_code" if level == "tong" else "code"
                parameters["FILTER"] = f"\"{column}\" = {QgsExpression.quotedString(dong)}"
        parameters["PRIVACY"] = PRIVACY_MODES.index(f.privacyCombo.currentData())
        parameters["PAPER"] = list(PAPER_MM).index(f.paperCombo.currentData())
        return parameters

    def print_maps(self):
        self.plugin.print_with("print_district_maps", self.map_parameters())

    def print_sheets(self):
        from .main import print_parameters

        parameters = print_parameters("print_household_sheets", QgsProject.instance())
        parameters["PRIVACY"] = PRIVACY_MODES.index(self.form.privacyCombo.currentData())
        dong = self.form.dongCombo.currentData()
        if dong and "FILTER" not in parameters:
            parameters["FILTER"] = f"\"dong_code\" = {QgsExpression.quotedString(dong)}"
        self.plugin.print_with("print_household_sheets", parameters)
