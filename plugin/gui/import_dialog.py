"""The import wizard (forms/import_dialog.ui): what, file and sheet, the columns with a preview
and the recognised fields, a dry run with counts, then the import — all through the
welfarevisitmap:import_* algorithms, with progress and a stop button."""
import re
import tempfile
from pathlib import Path
from typing import NamedTuple, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsSettings,
)
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt import uic
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QTableWidgetItem, QTreeWidgetItem

from ..core import categories as cat
from ..core import importing, tabular
from ..i18n import tr
from ..language import ui_language
from .common import FORMS, label

FORM = FORMS / "import_dialog.ui"
PREVIEW_ROWS = 6
def table_names():
    """What a list can be, in the user's language (tr() of literals, so the .ts files hold them)."""
    return {"households": tr("Households"), "facilities": tr("Welfare facilities"), "visits": tr("Visits"),
            "reports": tr("Reports")}


def field_labels():
    """The words for each importable field, in the user's language."""
    from .. import styling

    lang = 0 if ui_language() == "ko" else 1
    extra = {"dong": ("행정동", "Dong"), "x": ("X 좌표 / 경도", "X / longitude"), "y": ("Y 좌표 / 위도", "Y / latitude"),
             "visitor": ("방문자 이름", "Visitor name"), "case_no": ("사례번호", "Case no.")}
    out = {}
    for table, fields in importing.FIELDS.items():
        for name in fields:
            pair = extra.get(name) or styling.ALIASES.get(name)
            if name.startswith("crisis:"):  # one column of the screening list per indicator
                indicator = next(c for c in cat.CRISIS_INDICATORS if c.code == name[7:])
                pair = (f"위기정보: {indicator.ko}", f"Crisis indicator: {indicator.en}")
            out[(table, name)] = pair[lang] if pair else name
    return out


class ValueRow(NamedTuple):
    """One label of the value step: the field, the label as the list writes it, what the
    importer would make of it (code, how), and the choice shown."""
    target: str
    value: str
    code: Optional[str]
    how: Optional[str]
    choice: QComboBox


SETTINGS_KEY = "welfare_visit_map/value_map/{}"
MAX_VALUES = 60  # distinct labels shown per column


def saved_value_map(table):
    """{field: {label key: code}} the user chose in earlier imports of ``table``."""
    text = QgsSettings().value(SETTINGS_KEY.format(table), "") or ""
    try:
        return importing.parse_value_map(str(text))
    except ValueError:
        return {}


def save_value_map(table, choices):
    """Keep the choices of this import (merged with earlier ones) for the next list."""
    merged = saved_value_map(table)  # labels as the importer keys them
    for target, values in choices.items():
        merged.setdefault(target, {}).update({importing._key(v): code for v, code in values.items()})
    QgsSettings().setValue(SETTINGS_KEY.format(table), importing.format_value_map(merged))


def _how():
    return {importing.EXACT: tr("a category label"), importing.SYNONYM: tr("a known synonym"),
            importing.CLOSEST: tr("the closest category"), importing.FALLBACK: tr("not recognised: kept as written"),
            importing.USER: tr("your choice")}


class StopFeedback(QgsProcessingFeedback):
    """Progress into the dialog's bar, the stop button honoured while the import runs."""

    def __init__(self, bar):
        super().__init__()
        self.bar = bar
        self.progressChanged.connect(self._progress)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
        pass  # the rejected rows are listed in the dialog, from REJECTS

    def _progress(self, value):
        self.bar.setValue(int(value))
        QApplication.processEvents()


class ImportDialog(QDialog):
    def __init__(self, database, parent=None, table="households"):
        super().__init__(parent)
        uic.loadUi(str(FORM), self)
        self.database = str(database)
        self.sheet = None
        self.mapping = None
        self.feedback = None
        self.last_result = None
        self.labels = field_labels()
        for name, text in table_names().items():
            self.tableCombo.addItem(text, name)
        self.tableCombo.setCurrentIndex(self.tableCombo.findData(table))
        self.modeCombo.addItem(tr("insert (a known case number is rejected)"), 0)
        self.modeCombo.addItem(tr("upsert (update by case number)"), 1)
        self.crsWidget = QgsProjectionSelectionWidget(self)
        self.crsWidget.setObjectName("crsWidget")
        self.crsWidget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crsWidget.setNotSetText(tr("the database's CRS (degrees are recognised)"))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem())
        self.crsLayout.addWidget(self.crsWidget)
        self.browseButton.clicked.connect(self.browse)
        self.addressButton.clicked.connect(self.browse_address)
        self.fileEdit.editingFinished.connect(self.load)
        self.sheetCombo.activated.connect(lambda _: self.load(keep_sheet=True))
        self.tableCombo.currentIndexChanged.connect(lambda _: self.load(keep_sheet=True))
        self.dryRunButton.clicked.connect(lambda: self.run(dry_run=True))
        self.importButton.clicked.connect(lambda: self.run(dry_run=False))
        self.cancelButton.clicked.connect(self.stop)
        self.closeButton.clicked.connect(self.reject)
        self.cancelButton.setEnabled(False)
        self._enable(False)

    def table(self):
        return self.tableCombo.currentData()

    def _enable(self, ready):
        self.dryRunButton.setEnabled(ready)
        self.importButton.setEnabled(ready)

    # --- 2. file and sheet ----------------------------------------------------------------------
    def browse(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("List to import"), str(Path(self.fileEdit.text()).parent),
                                              tr("Lists (*.xlsx *.xls *.csv *.txt)"))
        if path:
            self.fileEdit.setText(path)
            self.load()

    def browse_address(self):
        folder = QFileDialog.getExistingDirectory(self, tr("Road-address DB folder"))
        if folder:
            self.addressEdit.setText(folder)

    def load(self, keep_sheet=False):
        """Read the file, fill the sheets, find the header row and show the columns."""
        path = self.fileEdit.text().strip()
        self.mappingTable.clear()
        self.mappingTable.setRowCount(0)
        self._enable(False)
        if not path:
            return
        sheet_name = self.sheetCombo.currentText() if keep_sheet and self.sheetCombo.count() else None
        try:
            sheets = tabular.read(path)
        except tabular.ReadError as exc:
            self.summaryLabel.setText(f"<span style='color:#c00000'>{exc}</span>")
            return
        names = [s.name for s in sheets]
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.addItems(names)
        if sheet_name in names:
            self.sheetCombo.setCurrentText(sheet_name)
        self.sheetCombo.blockSignals(False)
        self.sheetCombo.setEnabled(len(names) > 1)
        self.sheet = sheets[max(0, self.sheetCombo.currentIndex())]
        try:
            self.mapping = importing.find_header(self.table(), self.sheet.rows)
        except ValueError:
            self.mapping = importing.Mapping(0, {}, [str(c or "") for c in (self.sheet.rows[0][1] if self.sheet.rows else [])],
                                             [])
        self.show_columns()

    # --- 3. columns -----------------------------------------------------------------------------
    def show_columns(self):
        mapping, table = self.mapping, self.table()
        headers = mapping.headers
        data = [cells for _, cells in self.sheet.rows[mapping.header_row + 1:] if any(c is not None for c in cells)]
        self.mappingTable.setColumnCount(len(headers))
        self.mappingTable.setRowCount(1 + min(PREVIEW_ROWS, len(data)))
        self.mappingTable.setHorizontalHeaderLabels(headers)
        self.mappingTable.setVerticalHeaderLabels([tr("import as")] + [str(i + 1) for i in range(len(data))])
        by_column = {i: t for t, i in mapping.columns.items()}
        self.combos = []
        for column, _ in enumerate(headers):
            combo = QComboBox(self.mappingTable)
            combo.addItem(tr("— not imported —"), None)
            for name in importing.FIELDS[table]:
                combo.addItem(self.labels[(table, name)], name)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column))))
            self.mappingTable.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, cells in enumerate(data[:PREVIEW_ROWS], start=1):
            for column, value in enumerate(cells[:len(headers)]):
                self.mappingTable.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        self.mappingTable.resizeColumnsToContents()
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _: self.show_values())
        self.show_values()
        found = len(mapping.columns)
        self.summaryLabel.setText(tr("Header row {row}: {found} of {total} columns recognised; {rows} data rows.").format(
            row=self.sheet.rows[mapping.header_row][0] if self.sheet.rows else "-", found=found, total=len(headers),
            rows=len(data)))
        self._enable(bool(headers))

    # --- 3b. values ------------------------------------------------------------------------------
    def show_values(self):
        """Per category column as now chosen: each distinct label of the file, how many rows have
        it, and what it becomes — the user's saved choice, else the importer's own reading —
        as a choice of the category's labels."""
        table = self.table()
        saved = saved_value_map(table)
        self.valueTable.setRowCount(0)
        self.value_rows = []
        data = [cells for _, cells in self.sheet.rows[self.mapping.header_row + 1:]] if self.sheet else []
        for column, combo in enumerate(self.combos):
            target = combo.currentData()
            kind = importing.FIELDS[table][target][0] if target else None
            list_name = importing.category_list(target, kind) if target else None
            if list_name is None or target == "kind":
                continue
            counts = {}
            for cells in data:
                value = cells[column] if column < len(cells) else None
                if value is None or not str(value).strip():
                    continue
                parts = re.split(r"[,;/·\n]+", str(value).strip("{}")) if kind.startswith("multi:") else [str(value)]
                for part in (p.strip() for p in parts if p.strip()):
                    counts[part] = counts.get(part, 0) + 1
            categories = cat.CATEGORY_LISTS[list_name]
            for value, rows in sorted(counts.items(), key=lambda i: -i[1])[:MAX_VALUES]:
                code, how = importing.field_label(table, target, list_name, value, saved)
                row = self.valueTable.rowCount()
                self.valueTable.insertRow(row)
                self.valueTable.setItem(row, 0, QTableWidgetItem(self.mappingTable.horizontalHeaderItem(column).text()))
                item = QTableWidgetItem(value)
                item.setToolTip(_how().get(how, tr("not recognised: rejected unless you choose")))
                if how not in (importing.EXACT, importing.USER):
                    item.setBackground(QColor("#fff2cc"))
                self.valueTable.setItem(row, 1, item)
                self.valueTable.setItem(row, 2, QTableWidgetItem(str(rows)))
                choice = QComboBox(self.valueTable)
                choice.addItem(tr("— leave empty —"), None)
                for c in categories:
                    choice.addItem(label(categories, c.code), c.code)
                choice.setCurrentIndex(max(0, choice.findData(code)))
                self.valueTable.setCellWidget(row, 3, choice)
                self.value_rows.append(ValueRow(target, value, code, how, choice))
        self.valueTable.resizeColumnsToContents()
        self.valueTable.verticalHeader().setVisible(False)
        self.valueTable.horizontalHeader().setStretchLastSection(True)
        self.valuesLabel.setVisible(bool(self.value_rows))
        self.valueTable.setVisible(bool(self.value_rows))

    def value_choices(self):
        """{field: {label: code}} the user chose here or before (what the importer would not
        have done by itself)."""
        out = {}
        for row in getattr(self, "value_rows", []):
            chosen = row.choice.currentData()
            if chosen != row.code or row.how == importing.USER:
                out.setdefault(row.target, {})[row.value] = chosen
        return out

    def field_map(self):
        """FIELD_MAP for what the column choices say (left-out columns included)."""
        parts, skipped = [], []
        for number, combo in enumerate(self.combos, start=1):  # by column number: any header works
            target = combo.currentData()
            if target:
                parts.append(f"{target}=#{number}")
            else:
                skipped.append(f"#{number}")
        if skipped:
            parts.append(f"{importing.SKIP}={','.join(skipped)}")
        return ";".join(parts)

    def parameters(self, dry_run):
        parameters = {"DATABASE": self.database, "INPUT": self.fileEdit.text().strip(), "SHEET": self.sheet.name,
                      "FIELD_MAP": self.field_map(), "MODE": self.modeCombo.currentData(), "DRY_RUN": dry_run,
                      "VALUE_MAP": importing.format_value_map(self.value_choices())}
        if "x" in importing.FIELDS[self.table()]:
            crs = self.crsWidget.crs()
            if crs.isValid():
                parameters["SOURCE_CRS"] = crs.authid() or crs.toWkt()
            if self.addressEdit.text().strip():
                parameters["ADDRESS_DB"] = self.addressEdit.text().strip()
        return parameters

    # --- 4./5. dry run and import ---------------------------------------------------------------
    def stop(self):
        if self.feedback is not None:
            self.feedback.cancel()

    def run(self, dry_run):
        import processing

        self.feedback = StopFeedback(self.progressBar)
        self.cancelButton.setEnabled(True)
        self._enable(False)
        self.rejectedTree.clear()
        rejects = Path(tempfile.mkdtemp(prefix="wvm-rejects-")) / "rejects.xlsx"
        parameters = dict(self.parameters(dry_run), REJECTS=str(rejects))
        try:
            result = processing.run(f"welfarevisitmap:import_{self.table()}", parameters, feedback=self.feedback)
        except QgsProcessingException as exc:
            self.summaryLabel.setText(f"<span style='color:#c00000'>{exc}</span>")
            return None
        finally:
            self.cancelButton.setEnabled(False)
            self._enable(True)
            self.feedback = None
        self.last_result = result
        if not dry_run:
            save_value_map(self.table(), self.value_choices())
        verb = tr("Dry run — nothing written") if dry_run else tr("Imported")
        self.summaryLabel.setText(f"<b>{verb}</b>: " + tr(
            "new {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, "
            "values relabelled {relabelled}").format(
            imported=result["IMPORTED"], updated=result["UPDATED"], unlocated=result["UNLOCATED"],
            rejected=result["REJECTED"], relabelled=result["RELABELLED"]))
        if rejects.exists():
            from openpyxl import load_workbook

            reason = 2 if ui_language() == "ko" else 3
            for row in load_workbook(rejects, read_only=True).active.iter_rows(min_row=2, max_row=201, values_only=True):
                self.rejectedTree.addTopLevelItem(QTreeWidgetItem([str(row[0]), str(row[1] or ""), str(row[reason])]))
        self.progressBar.setValue(100)
        QgsApplication.processEvents()
        return result
