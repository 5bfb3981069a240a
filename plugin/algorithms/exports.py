"""welfarevisitmap:export_visit_results — visits laid out for re-entry upstream, once."""
import getpass
import json
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core import db, exports, statistics
from ..core.registry import parse_date
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import check_output_folders, database_name, database_parameter, refuse_overwriting


def whole_history(conn):
    """(first, last) day the database has anything dated on (visits, households found, linkages,
    reports), today standing for what is missing: the period of a run given no dates."""
    import datetime as dt

    row = conn.execute(
        "SELECT min(d) FROM (SELECT min(visited_on) AS d FROM visits UNION ALL SELECT min(found_on) FROM households "
        "UNION ALL SELECT min(linked_on) FROM linkages UNION ALL SELECT min(received_on) FROM reports) t").fetchone()
    today = dt.date.today()
    first = db.day(row[0]) if row and row[0] is not None else today
    return min(first, today), today


def period(algorithm, parameters, context, conn=None):
    """(DATE_FROM, DATE_TO) as dates, or a clear error; an empty one is the start or the end of
    the database's whole history (:func:`whole_history`)."""
    dates = []
    for index, key in enumerate(("DATE_FROM", "DATE_TO")):
        text = algorithm.parameterAsString(parameters, key, context).strip()
        if not text and conn is not None:
            dates.append(whole_history(conn)[index])
            continue
        day = parse_date(text)
        if day is None:
            raise QgsProcessingException(tr("{} is not a date: {!r}").format(key, text))
        dates.append(day)
    if dates[0] > dates[1]:
        raise QgsProcessingException(tr("DATE_FROM {} is after DATE_TO {}").format(*dates))
    return dates


class PeriodWorkbook(WelfareAlgorithm):
    """Base of the Excel exports over a period: DATABASE, DATE_FROM, DATE_TO, OUTPUT; subclasses
    say what to compute and write; the run is audited."""

    GROUP = "Print and export"
    AUDIT_TABLE = None

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString("DATE_FROM", tr("From (date; the first on record when empty)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("DATE_TO", tr("To (date; today when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Workbook"), tr("Excel (*.xlsx)")))

    def compute(self, conn, dates, lang):
        raise NotImplementedError

    def write(self, output, result, dates, lang):
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        lang = ui_language()
        conn = db.connect(database)
        try:
            dates = period(self, parameters, context, conn)
            feedback.pushInfo(tr("Period: {} – {}").format(*dates))
            result, records = self.compute(conn, dates, lang)
            try:
                self.write(output, result, dates, lang)
            except ImportError as exc:
                raise QgsProcessingException(tr("openpyxl is needed to write Excel files (Debian: python3-openpyxl).")) from exc
            with conn:
                db.audit(conn, "export", self.AUDIT_TABLE, json.dumps(
                    {"algorithm": self.NAME, "from": str(dates[0]), "to": str(dates[1]), "records": records,
                     "output": Path(output).name}, ensure_ascii=False), getpass.getuser())
        finally:
            conn.close()
        return self.report(output, result, feedback)


class ExportVisitResults(PeriodWorkbook):
    NAME = "export_visit_results"
    DISPLAY = "Export visit results for upstream entry (Excel)"
    HELP = ("Writes the visits between DATE_FROM and DATE_TO (inclusive; 2026-03-05, 2026.03.05 or 20260305) "
            "to an Excel workbook, one visit per row: case number, date, method, outcome, risk, visitor, "
            "content, the needs found at the visit and the services linked for them — laid out for re-entry "
            "into the national system (행복e음), so nobody types them twice. Every export is written to the "
            "audit log.")
    AUDIT_TABLE = "visits"

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        self.addOutput(QgsProcessingOutputNumber("VISITS", tr("Visits")))

    def compute(self, conn, dates, lang):
        rows = exports.visit_results(conn, *dates, lang=lang)
        return rows, len(rows)

    def write(self, output, rows, dates, lang):
        exports.write_workbook(output, tr("Visit results"), exports.VISIT_RESULT_COLUMNS, rows, lang, "risk")

    def report(self, output, rows, feedback):
        feedback.pushInfo(tr("{} visits written to {}").format(len(rows), output))
        return {"OUTPUT": output, "VISITS": len(rows)}


class StatisticsReport(PeriodWorkbook):
    NAME = "statistics_report"
    DISPLAY = "Statistics workbook (Excel)"
    HELP = ("An Excel workbook of the period DATE_FROM–DATE_TO (the whole history when they are empty), every figure "
            "as of the period: households in care at its end (found by then, not moved, deceased or closed by "
            "then), their risk as assessed at their latest met visit on or before DATE_TO, households in care during "
            "the period, households visited, visits, visitor participations, needs, linkages, households found and "
            "households that left care in the period; then by 동 and 통, by month, households and persons by benefit "
            "type, needs by domain and item, linkages by kind and status, by crisis indicator and by discovery "
            "source, with charts. Each figure is compared with COMPARE_FROM–COMPARE_TO (by default the same period "
            "a year earlier): the earlier value and the change in %. A notes sheet says how each figure is counted. "
            "The export is written to the audit log.")

    def initAlgorithm(self, config=None):  # noqa: N802
        super().initAlgorithm(config)
        self.addParameter(QgsProcessingParameterString(
            "COMPARE_FROM", tr("Compare with: from (date; a year before From when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "COMPARE_TO", tr("Compare with: to (date; a year before To when empty)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        compared = []
        for key in ("COMPARE_FROM", "COMPARE_TO"):
            text = self.parameterAsString(parameters, key, context).strip()
            day = parse_date(text) if text else None
            if text and day is None:
                raise QgsProcessingException(tr("{} is not a date: {!r}").format(key, text))
            compared.append(day)
        self.compared = compared
        return super().processAlgorithm(parameters, context, feedback)

    def compute(self, conn, dates, lang):
        compare_from = self.compared[0] or statistics.year_earlier(dates[0])
        compare_to = self.compared[1] or statistics.year_earlier(dates[1])
        if compare_from > compare_to:
            raise QgsProcessingException(tr("COMPARE_FROM {} is after COMPARE_TO {}").format(compare_from, compare_to))
        stats = statistics.compare(conn, *dates, compare_from, compare_to, lang=lang)
        return stats, stats["summary"]["visits"]

    def write(self, output, stats, dates, lang):
        statistics.write(output, stats, *dates, lang=lang)

    def report(self, output, stats, feedback):
        earlier = stats["earlier"]
        feedback.pushInfo(tr("Compared with: {} – {}").format(*earlier["period"]))
        for key, value in stats["summary"].items():
            feedback.pushInfo(f"{key}: {value:,} ({earlier['summary'][key]:,})")
        return {"OUTPUT": output}
