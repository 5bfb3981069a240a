"""welfarevisitmap:apply_registry_changes — deaths, moves and address changes from a list."""
import getpass
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..core import db, registry
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import database_name, database_parameter


def read_rows(path):
    """(source row number, {header: value}) of a CSV or Excel sheet, read by GDAL; the header row
    is row 1, so the first data row is row 2."""
    layer = QgsVectorLayer(str(path), "input", "ogr")
    if not layer.isValid():
        raise QgsProcessingException(tr("{} cannot be read as a table (CSV or Excel).").format(path))
    names = [f.name() for f in layer.fields()]
    rows = []
    for n, feature in enumerate(layer.getFeatures()):
        values = {}
        for name in names:
            value = feature[name]
            if isinstance(value, QDateTime):
                value = value.date()
            if isinstance(value, QDate):
                value = value.toPyDate() if value.isValid() else None
            values[name] = None if value is None or str(value) == "NULL" else value
        if any(v not in (None, "") for v in values.values()):
            rows.append((n + 2, values))
    return rows


class ApplyRegistryChanges(WelfareAlgorithm):
    NAME = "apply_registry_changes"
    DISPLAY = "Apply registry changes (deaths, moves)"
    GROUP = "Database"
    HELP = ("Applies a list of resident-registration changes (CSV or Excel; columns 사례번호, 변동구분 "
            "(사망/전출/전입/주소변경) and 변동일, and 새주소 for address changes): deaths and move-outs close the "
            "household and drop its open needs, a move-in re-opens a moved household, an address change records "
            "the new address and flags the household for placement. Unknown case numbers and bad rows are "
            "reported with their row; a change already applied is skipped, so a re-run changes nothing.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Registry changes (CSV or Excel)")))
        for key in ("APPLIED", "SKIPPED", "UNKNOWN", "REJECTED"):
            self.addOutput(QgsProcessingOutputNumber(key, key.lower()))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        source = self.parameterAsFile(parameters, "INPUT", context)
        rows = read_rows(source)
        conn = db.connect(database)
        try:
            report = registry.apply(conn, rows, Path(source).name, getpass.getuser())
        except registry.MissingColumnsError as exc:
            raise QgsProcessingException(tr("{}: these columns are missing: {}").format(
                Path(source).name, ", ".join(f"{korean} ({target})" for target, korean in exc.missing))) from exc
        finally:
            conn.close()
        lang = 1 if ui_language() == "en" else 0
        for kind, problems in ((tr("unknown case number"), report.unknown), (tr("rejected"), report.rejected)):
            for problem in problems:
                feedback.reportError(tr("{}, row {}, column {}: {} ({})").format(
                    Path(source).name, problem.row, problem.column, problem[2 + lang], kind))
        feedback.pushInfo(tr("Applied {}, already applied {}, unknown {}, rejected {}.").format(
            len(report.applied), len(report.skipped), len(report.unknown), len(report.rejected)))
        return {"APPLIED": len(report.applied), "SKIPPED": len(report.skipped), "UNKNOWN": len(report.unknown),
                "REJECTED": len(report.rejected)}
