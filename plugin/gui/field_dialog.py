"""Package for the field (forms/field_dialog.ui): my 동, its 통 as checkboxes, the visitor who
carries the phone, who may see what, the offline base map and a folder in my documents. It runs
welfarevisitmap:package_for_field through the session (the same package as the toolbox and
`qgis_process` make, audited the same way)."""
import datetime as dt
from pathlib import Path

from qgis.core import QgsProcessingException
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QStandardPaths, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QDialog, QFileDialog, QListWidgetItem

from ..algorithms.field import privacy_labels
from ..i18n import tr
from ..session import Session, tong_number
from .common import ERROR_STYLE, FORMS
from .print_dialog import PrintFeedback

FORM = FORMS / "field_dialog.ui"


class FieldDialog(QDialog):
    def __init__(self, session, dong_code=None, parent=None, selected=None):
        super().__init__(parent)
        uic.loadUi(str(FORM), self)
        self.session = Session.of(session)
        self.selected_districts = set(selected or [])
        self.feedback = None
        self.folder = None
        for dong in self.session.dongs():
            self.dongCombo.addItem(dong.name, dong.code)
        self.dongCombo.setCurrentIndex(max(0, self.dongCombo.findData(dong_code)))
        for label in privacy_labels():
            self.privacyCombo.addItem(label)
        self.privacyCombo.setCurrentIndex(1)  # a phone goes out of the office: the safer choice first
        self.basemapCheck.setChecked(True)
        self.openFolderButton.setEnabled(False)
        self.dongCombo.currentIndexChanged.connect(self.dong_changed)
        self.wholeDongCheck.toggled.connect(self.update_state)
        self.tongList.itemChanged.connect(self.update_state)
        self.browseButton.clicked.connect(self.browse)
        self.packageButton.clicked.connect(self.run)
        self.closeButton.clicked.connect(self.close_or_cancel)
        self.openFolderButton.clicked.connect(self.open_folder)
        self.dong_changed()

    def dong(self):
        return self.dongCombo.currentData()

    def dong_changed(self, *_):
        """The chosen 동's 통 (those selected on the map ticked, else none) and its visitors."""
        self.tongList.blockSignals(True)
        self.tongList.clear()
        dong = self.dong()
        tongs = self.session.tong_districts(dong) if dong else []
        for code, name in tongs:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in self.selected_districts else Qt.CheckState.Unchecked)
            self.tongList.addItem(item)
        self.tongList.blockSignals(False)
        self.wholeDongCheck.setChecked(not self.checked_tongs())
        self.visitorCombo.clear()
        self.visitorCombo.addItem(tr("(none: chosen in each visit)"), None)
        for visitor in self.session.visitors(dong):
            self.visitorCombo.addItem(visitor.name, visitor.id)
        self.folderEdit.setText(self.default_folder())
        self.update_state()

    def checked_tongs(self):
        items = [self.tongList.item(i) for i in range(self.tongList.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def area(self):
        """AREA of package_for_field: the 동, or its ticked 통 by number (from their codes)."""
        numbers = sorted(tong_number(code) for code in self.checked_tongs())
        if self.wholeDongCheck.isChecked() or not numbers:
            return self.dong()
        return f"{self.dong()}:" + ",".join(str(n) for n in numbers)

    def update_state(self, *_):
        whole = self.wholeDongCheck.isChecked()
        self.tongList.setEnabled(not whole)
        tongs = None if whole else [tong_number(c) for c in self.checked_tongs()]
        count = self.session.count_households(self.dong(), tongs) if self.dong() and (whole or tongs) else 0
        self.packageButton.setEnabled(bool(count))
        self.summaryLabel.setStyleSheet("")
        self.summaryLabel.setText(tr("{} active households in the package").format(count))

    def default_folder(self):
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        name = f"{tr('Field visits')}_{self.dongCombo.currentText()}_{dt.datetime.now():%Y%m%d-%H%M}"
        return str(Path(folder) / name.replace(" ", "_").replace("/", "_"))

    def browse(self):
        path = QFileDialog.getExistingDirectory(self, tr("Folder of the package"), self.folderEdit.text())
        if path:
            self.folderEdit.setText(path)

    def parameters(self):
        return {"AREA": self.area(), "VISITOR": self.visitorCombo.currentData() or "",
                "PRIVACY": self.privacyCombo.currentIndex(), "BASEMAP": 0 if self.basemapCheck.isChecked() else 1,
                "OUTPUT": self.folderEdit.text().strip()}

    def run(self):
        parameters = self.parameters()
        if not parameters["OUTPUT"]:
            self.fail(tr("Choose the folder of the package."))
            return None
        self.feedback = PrintFeedback(self.progressBar)
        self.packageButton.setEnabled(False)
        self.closeButton.setText(tr("Cancel"))
        QApplication.processEvents()
        try:
            results = self.session.package_for_field(parameters, self.feedback)
        except QgsProcessingException as exc:
            self.fail(str(exc))
            return None
        finally:
            self.feedback = None
            self.closeButton.setText(tr("Close"))
            self.packageButton.setEnabled(True)
        self.folder = results["OUTPUT"]
        self.progressBar.setValue(100)
        self.openFolderButton.setEnabled(True)
        self.summaryLabel.setText(tr("{households} households packaged in {folder}. Copy the whole folder to the "
                                     "phone (QField: open {project}).").format(
            households=results["HOUSEHOLDS"], folder=self.folder, project=Path(results["PROJECT"]).name))
        self.folderEdit.setText(self.default_folder())
        return results

    def fail(self, text):
        self.summaryLabel.setStyleSheet(ERROR_STYLE)
        self.summaryLabel.setText(text)

    def close_or_cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        else:
            self.reject()

    def open_folder(self):
        if self.folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))
