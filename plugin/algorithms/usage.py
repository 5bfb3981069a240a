"""welfarevisitmap:usage_report — who uses the system, and where, from the audit log."""
import getpass
import json
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingParameterNumber

from ..core import db, usage
from ..i18n import tr
from ..language import ui_language
from .common import check_output_folders, database_name, refuse_overwriting
from .exports import PeriodWorkbook, period


class UsageReport(PeriodWorkbook):
    NAME = "usage_report"
    DISPLAY = "Use report (Excel)"
    HELP = ("An Excel workbook of who uses the welfare database between DATE_FROM and DATE_TO (the whole history "
            "when they are empty), from the audit log: per person and per 동, the visits recorded, households "
            "edited, prints, exports and imports, and the last activity; the 동 with no activity in IDLE_DAYS days "
            "(counted to DATE_TO); a month by month table with a chart. On a shared database the district admin and "
            "the auditor read the whole district; a 동's staff get their 동: the use of the logins who work for it. "
            "The export is written to the audit log.")

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        self.addParameter(QgsProcessingParameterNumber(
            "IDLE_DAYS", tr("동 with no activity in this many days"), QgsProcessingParameterNumber.Type.Integer, 30,
            minValue=1))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        idle_days = self.parameterAsInt(parameters, "IDLE_DAYS", context)
        lang = ui_language()
        conn = db.connect_readonly(database)
        try:
            dates = period(self, parameters, context, conn)
            feedback.pushInfo(tr("Period: {} – {}").format(*dates))
            try:
                report = usage.compute(conn, *dates, idle_days=idle_days, lang=lang)
            except usage.NotAllowedError as exc:
                raise QgsProcessingException(tr(
                    "This login may not read the use of any 동: on a shared database the use report is for the district "
                    "admin, the auditor and a 동's staff (their 동).")) from exc
        finally:
            conn.close()
        try:
            usage.write(output, report, lang)
        except ImportError as exc:
            raise QgsProcessingException(tr("openpyxl is needed to write Excel files (Debian: python3-openpyxl).")) from exc
        conn = db.connect(database)
        try:
            with conn:
                db.audit(conn, "export", None, json.dumps(
                    {"algorithm": self.NAME, "from": str(dates[0]), "to": str(dates[1]), "records": len(report["people"]),
                     "output": Path(output).name}, ensure_ascii=False), getpass.getuser())
        except db.errors():
            # the auditor reads the log and writes nothing, not even this
            feedback.pushWarning(tr("Not written to the audit log: this login may only read it."))
        finally:
            conn.close()
        for name, seen in report["idle"]:
            feedback.pushInfo(tr("No activity in {} days: {} (last: {})").format(idle_days, name, seen or "-"))
        return {"OUTPUT": output}
