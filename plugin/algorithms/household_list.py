"""welfarevisitmap:export_household_list — the filtered, sorted household list as a workbook."""
import getpass
import json
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core import db, exports, filters
from ..core.privacy import PRIVACY_MODES, PseudonymSecretError
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import (
    check_output_folders,
    database_name,
    database_parameter,
    household_ids,
    household_sql_filter,
    no_pseudonyms,
    refuse_overwriting,
)


class ExportHouseholdList(WelfareAlgorithm):
    NAME = "export_household_list"
    DISPLAY = "Export household list (Excel)"
    GROUP = "Print and export"
    HELP = ("Writes the households matching HOUSEHOLD_FILTER (SQL over the households table, as the households "
            "layer's filter — the dock's filter panel fills it in) and FILTER (a QGIS expression) to an Excel "
            "workbook, sorted by risk, then days overdue, then open needs: Korean headers, header row frozen, "
            "autofilter, risk cells in the risk colours, dates as dates. PRIVACY partner masks names (홍*동), "
            "replaces case numbers by pseudonyms and leaves out phones, notes and addresses. Every export is "
            "written to the audit log.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString(
            "HOUSEHOLD_FILTER", tr("Households (SQL filter, as the households layer's filter)"), optional=True))
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households (expression)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PRIVACY", tr("Privacy"), options=[tr("staff (names shown)"), tr("partner (no personal data)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Workbook"), tr("Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("HOUSEHOLDS", tr("Households")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        where = household_sql_filter(self, parameters, context)
        expression = self.parameterAsString(parameters, "FILTER", context).strip()  # raw: invalid is an error
        privacy = PRIVACY_MODES[self.parameterAsEnum(parameters, "PRIVACY", context)]
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        lang = ui_language()
        if expression:
            ids = household_ids(database, expression)[0]
            marks = ", ".join(filters.sql_quote(i) for i in ids) or "NULL"
            where = f"({where}) AND id IN ({marks})" if where else f"id IN ({marks})"
        if privacy == "partner":  # a partner never hears of a moved, deceased or closed household
            where = f"({where}) AND status = 'active'" if where else "status = 'active'"
        # the filter is run read-only: whatever it says, it cannot change the database
        reader = db.connect_readonly(database)
        try:
            rows = filters.household_list(reader, where)
            data = exports.household_list_rows(reader, rows, lang, partner=privacy == "partner")
        except PseudonymSecretError as exc:
            raise no_pseudonyms(database, exc, lang) from exc
        except db.errors() as exc:
            raise QgsProcessingException(tr("The household filter is not valid SQL: {} ({})").format(where, exc)) from exc
        finally:
            reader.close()
        if feedback.isCanceled():
            return {}
        columns = exports.PARTNER_LIST_COLUMNS if privacy == "partner" else exports.HOUSEHOLD_LIST_COLUMNS
        try:
            exports.write_workbook(output, tr("Households"), columns, data, lang, "risk")
        except ImportError as exc:
            raise QgsProcessingException(tr("openpyxl is needed to write Excel files (Debian: python3-openpyxl).")) from exc
        conn = db.connect(database)
        try:
            with conn:
                db.audit(conn, "export", "households", json.dumps(
                    {"algorithm": self.NAME, "records": len(data), "privacy": privacy, "filter": filters.masked_literals(where),
                     "output": Path(output).name}, ensure_ascii=False), getpass.getuser())
        finally:
            conn.close()
        feedback.pushInfo(tr("{} households written to {}").format(len(data), output))
        return {"OUTPUT": output, "HOUSEHOLDS": len(data)}
