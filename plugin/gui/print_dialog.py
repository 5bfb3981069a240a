"""The plugin's own print dialog (forms/print_dialog.ui): my 동 chosen, its 통 as checkboxes,
who the paper is for in words, a PDF in my documents by default, progress with cancel, and
"open the PDF". It builds the print algorithm's parameters itself (the user never sees an
expression) and runs it through the session, so prints from here, the toolbox and
`qgis_process` are the same print, audited the same way."""
import datetime as dt
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsSettings,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QStandardPaths, Qt
from qgis.PyQt.QtWidgets import QApplication, QDialog, QFileDialog, QListWidgetItem

from ..i18n import tr
from ..printing import BASEMAP_CHOICES
from ..project import database_layers, databases_in_project
from ..session import Session, tong_number
from .common import ERROR_STYLE, FORMS

FORM = FORMS / "print_dialog.ui"
ALGORITHMS = {"maps": "print_district_maps", "sheets": "print_household_sheets"}
# (PAPER, ORIENTATION) of print_district_maps, in the order the paper choice lists them
PAPERS = (("A3", 0, 0), ("A3", 0, 1), ("A4", 1, 0), ("A4", 1, 1))
BASEMAP_KEY = "welfare_visit_map/print/basemap_choice"
NEEDS_MORE = ("layer", "url")  # base maps that need another parameter: left to the Processing toolbox


class PrintFeedback(QgsProcessingFeedback):
    """Progress into the dialog's bar, the events handled so that Cancel can be clicked."""

    def __init__(self, bar):
        super().__init__()
        self.bar = bar
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        self.bar.setValue(int(value))
        QApplication.processEvents()


class PrintDialog(QDialog):
    def __init__(self, session, kind="maps", dong_code=None, parent=None, selected=None):
        super().__init__(parent)
        uic.loadUi(str(FORM), self)
        self.session = Session.of(session)
        self.kind = kind
        self.selected_districts = set(selected or [])
        self.feedback = None
        self.result_path = None
        self.pages = None
        maps = kind == "maps"
        self.setWindowTitle(tr("Print district maps") if maps else tr("Print household visit sheets"))
        self.dongCombo.addItem(tr("All dongs"), None)
        for dong in self.session.dongs():
            self.dongCombo.addItem(dong.name, dong.code)
        self.dongCombo.setCurrentIndex(max(0, self.dongCombo.findData(dong_code)))
        for name, paper, orientation in PAPERS:
            self.paperCombo.addItem(f"{name} " + (tr("landscape") if orientation == 0 else tr("portrait")),
                                    (paper, orientation))
        for widget in (self.levelLabel, self.tongRadio, self.dongRadio, self.paperLabel, self.paperCombo):
            widget.setVisible(maps)
        self.offers_closed = not maps and self._has_parameter("INCLUDE_CLOSED")
        self.closedCheck.setVisible(self.offers_closed)
        if maps:
            self.staffRadio.setText(tr("Staff: household points with house numbers; names masked, no phones or notes"))
            self.partnerRadio.setText(tr("Partner agency: no personal data, only counts per 통"))
            self.allHouseholdsRadio.setText(tr("All households of the chosen 통"))
        else:
            self.staffRadio.setText(tr("Staff: names, addresses, phones, notes and visits in full — keep it in the office"))
            self.partnerRadio.setText(tr("Partner agency: name masked, no address, phone or notes"))
            self.allHouseholdsRadio.setText(tr("All households of the chosen 통"))
        households = self.session.layers().get("households")
        chosen = households.selectedFeatureCount() if households is not None else 0
        self.selectedRadio.setText(tr("The {} households selected on the map").format(chosen))
        self.selectedRadio.setVisible(not maps)
        self.selectedRadio.setEnabled(bool(chosen))
        self.filteredRadio.setEnabled(households is not None and bool(households.subsetString()))
        self._fill_basemaps()
        self.statusLabel.setStyleSheet("")
        # signals
        self.dongCombo.currentIndexChanged.connect(self.dong_changed)
        self.tongRadio.toggled.connect(self.update_state)
        self.tongList.itemChanged.connect(self.update_state)
        self.allTongsButton.clicked.connect(lambda: self.check_all(True))
        self.noTongsButton.clicked.connect(lambda: self.check_all(False))
        self.browseButton.clicked.connect(self.browse)
        self.printButton.clicked.connect(self.run)
        self.closeButton.clicked.connect(self.close_or_cancel)
        self.openPdfButton.clicked.connect(self.open_pdf)
        for radio in (self.allHouseholdsRadio, self.filteredRadio, self.selectedRadio, self.closedCheck):
            radio.toggled.connect(self.update_state)
        self.dong_changed()
        if chosen and not maps:
            self.selectedRadio.setChecked(True)

    # --- choices -------------------------------------------------------------------------------
    def _algorithm(self):
        return QgsApplication.processingRegistry().algorithmById(f"welfarevisitmap:{ALGORITHMS[self.kind]}")

    def _has_parameter(self, name):
        algorithm = self._algorithm()
        return algorithm is not None and algorithm.parameterDefinition(name) is not None

    def _fill_basemaps(self):
        """The print algorithm's base map choices that need nothing more than the choice."""
        algorithm = self._algorithm()
        parameter = algorithm.parameterDefinition("BASEMAP") if algorithm is not None else None
        self.basemapLabel.setVisible(parameter is not None)
        self.basemapCombo.setVisible(parameter is not None)
        if parameter is None:
            return
        for index, text in enumerate(parameter.options()):
            if BASEMAP_CHOICES[index] in NEEDS_MORE:
                continue
            self.basemapCombo.addItem(text, index)
        remembered = QgsSettings().value(BASEMAP_KEY, None)  # a choice's key: indexes may move
        if remembered in BASEMAP_CHOICES and self.basemapCombo.findData(BASEMAP_CHOICES.index(remembered)) >= 0:
            self.basemapCombo.setCurrentIndex(self.basemapCombo.findData(BASEMAP_CHOICES.index(remembered)))

    def dong(self):
        return self.dongCombo.currentData()

    def dong_changed(self, *_):
        """The 통 of the chosen 동, all ticked (or those selected on the map); with every 동, one
        page per 동 (a click must never print all 348 통 of the district)."""
        self.tongList.blockSignals(True)
        self.tongList.clear()
        dong = self.dong()
        tongs = self.session.tong_districts(dong) if dong else []
        picked = {code for code, _ in tongs} & self.selected_districts
        for code, name in tongs:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not picked or code in picked else Qt.CheckState.Unchecked)
            self.tongList.addItem(item)
        self.tongList.blockSignals(False)
        self.tongRadio.setEnabled(bool(dong))
        if not dong:
            self.dongRadio.setChecked(True)
        self.outputEdit.setText(self.default_output())
        self.update_state()

    def check_all(self, on):
        self.tongList.blockSignals(True)
        for i in range(self.tongList.count()):
            self.tongList.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.tongList.blockSignals(False)
        self.update_state()

    def checked_tongs(self):
        items = [self.tongList.item(i) for i in range(self.tongList.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def tong_numbers(self):
        """The ticked 통's numbers, from their codes ('1141055500-07' → 7), never from their names."""
        return [tong_number(code) for code in self.checked_tongs()]

    def update_state(self, *_):
        per_tong = self.kind == "sheets" or self.tongRadio.isChecked()
        by_tong = per_tong and not self.selectedRadio.isChecked()
        self.tongGroup.setVisible(bool(self.dong()) and by_tong)
        checked, total = len(self.checked_tongs()), self.tongList.count()
        self.tongCountLabel.setText(tr("{} of {} 통").format(checked, total))
        pages = self.page_count()
        self.pages = pages
        self.printButton.setEnabled(pages != 0 and self.feedback is None)
        if pages is not None:
            self.statusLabel.setStyleSheet("")
            self.statusLabel.setText(tr("{} pages will be printed.").format(pages) if pages
                                     else tr("Nothing to print: choose at least one 통."))

    def page_count(self):
        if self.kind == "maps":
            if self.dongRadio.isChecked():
                return 1 if self.dong() else self.dongCombo.count() - 1
            return len(self.checked_tongs())
        # counted in the database, as the print will choose them (the map's filter left alone)
        households = self.session.layers().get("households")
        where = households.subsetString() if households is not None and self.filteredRadio.isChecked() else None
        active_only = not (self.offers_closed and self.closedCheck.isChecked())
        if self.selectedRadio.isChecked():
            return self.session.count_households(ids=self.selected_ids(), active_only=active_only)
        tongs = None
        if self.dong() and len(self.checked_tongs()) < self.tongList.count():
            tongs = self.tong_numbers()
        return self.session.count_households(self.dong(), tongs, active_only=active_only, where=where)

    def selected_ids(self):
        households = self.session.layers().get("households")
        return [f["id"] for f in households.selectedFeatures()] if households is not None else []

    def household_expression(self):
        """The households the sheets are for, as the algorithm's FILTER (never shown)."""
        parts = []
        if self.selectedRadio.isChecked():
            ids = self.selected_ids()
            parts.append("\"id\" IN ({})".format(", ".join(QgsExpression.quotedString(i) for i in ids)) if ids
                         else "FALSE")
        elif self.dong():
            parts.append(f"\"dong_code\" = {QgsExpression.quotedString(self.dong())}")
            if len(self.checked_tongs()) < self.tongList.count():
                numbers = self.tong_numbers()
                parts.append("\"tong\" IN ({})".format(", ".join(str(n) for n in numbers)) if numbers else "FALSE")
        if not (self.offers_closed and self.closedCheck.isChecked()):
            parts.append("\"status\" = 'active'")
        return " AND ".join(parts)

    def default_output(self):
        """My documents folder, named by what it is, which 동 and when — never a temporary file."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        what = tr("Welfare visit map") if self.kind == "maps" else tr("Household visit sheet")
        where = self.dongCombo.currentText()
        name = f"{what}_{where}_{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"
        return str(Path(folder) / name.replace(" ", "_").replace("/", "_"))

    def browse(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the PDF as"), self.outputEdit.text(), tr("PDF files (*.pdf)"))
        if path:
            self.outputEdit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def parameters(self):
        """The print algorithm's parameters for what the dialog says."""
        parameters = {"PRIVACY": 1 if self.partnerRadio.isChecked() else 0, "OUTPUT": self.outputEdit.text().strip()}
        if not self.basemapCombo.isHidden() and self.basemapCombo.currentData() is not None:
            parameters["BASEMAP"] = self.basemapCombo.currentData()
        households = self.session.layers().get("households")
        if self.filteredRadio.isChecked() and households is not None and households.subsetString():
            parameters["HOUSEHOLD_FILTER"] = households.subsetString()
        if self.kind == "maps":
            _, paper, orientation = PAPERS[self.paperCombo.currentIndex()]
            parameters.update(PAPER=paper, ORIENTATION=orientation)
            dong = self.dong()
            if self.dongRadio.isChecked():
                parameters["LEVEL"] = 1
                if dong:
                    parameters["FILTER"] = f"\"code\" = {QgsExpression.quotedString(dong)}"
            else:
                parameters["LEVEL"] = 0
                codes = self.checked_tongs()
                if len(codes) == self.tongList.count():
                    parameters["FILTER"] = f"\"parent_code\" = {QgsExpression.quotedString(dong)}"
                else:
                    parameters["FILTER"] = "\"code\" IN ({})".format(
                        ", ".join(QgsExpression.quotedString(c) for c in codes))
        else:
            parameters["FILTER"] = self.household_expression()
            if self.offers_closed:
                parameters["INCLUDE_CLOSED"] = self.closedCheck.isChecked()
        return parameters

    # --- printing ------------------------------------------------------------------------------
    def run(self):
        """Print with progress; Close becomes Cancel while it runs. Returns the algorithm's results."""
        parameters = self.parameters()
        if not parameters["OUTPUT"]:
            self.fail(tr("Choose where to save the PDF."))
            return None
        if "BASEMAP" in parameters:
            QgsSettings().setValue(BASEMAP_KEY, BASEMAP_CHOICES[parameters["BASEMAP"]])
        self.feedback = PrintFeedback(self.progressBar)
        self.progressBar.setValue(0)
        self.printButton.setEnabled(False)
        self.openPdfButton.setEnabled(False)
        self.closeButton.setText(tr("Cancel"))
        self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(tr("Printing…"))
        QApplication.processEvents()
        try:
            results = self.session.print(ALGORITHMS[self.kind], parameters, self.feedback)
        except QgsProcessingException as exc:
            canceled = self.feedback.isCanceled()
            self.fail(tr("Printing was cancelled.") if canceled else str(exc))
            return None
        finally:
            self.feedback = None
            self.closeButton.setText(tr("Close"))
            self.printButton.setEnabled(True)
        self.result_path = results.get("OUTPUT")
        self.progressBar.setValue(100)
        self.openPdfButton.setEnabled(bool(self.result_path))
        self.statusLabel.setText(tr("{pages} pages printed to {path}").format(pages=results.get("PAGES", "?"),
                                                                              path=self.result_path))
        self.outputEdit.setText(self.default_output())  # the next print does not overwrite this one
        return results

    def fail(self, text):
        self.statusLabel.setStyleSheet(ERROR_STYLE)
        self.statusLabel.setText(text)

    def close_or_cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        else:
            self.reject()

    def reject(self):
        """Esc or the window's close while printing cancels the print; the window stays until it stops."""
        if self.feedback is not None:
            self.feedback.cancel()
            return
        super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.feedback is not None:
            self.feedback.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def open_pdf(self):
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        if self.result_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result_path))


def print_parameters(name, project):
    """Defaults for a print algorithm from what the user has on the map (the Processing dialog
    and the toolbox): the open database, the selected districts (or households), the
    households layer's filter."""
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

