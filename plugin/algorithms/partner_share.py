"""welfarevisitmap:export_partner_share — what a partner agency may receive."""
import getpass

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFileDestination,
)

from ..core import db, partner
from ..core.privacy import PseudonymSecretError
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import (
    check_output_folders,
    database_name,
    database_parameter,
    household_ids,
    no_pseudonyms,
    refuse_overwriting,
)


class ExportPartnerShare(WelfareAlgorithm):
    NAME = "export_partner_share"
    DISPLAY = "Export a partner share (no personal data)"
    GROUP = "Print and export"
    HELP = ("Writes what a private partner agency may receive, as a GeoPackage: the households matching FILTER "
            "that consented to sharing, with masked names (홍*동) and pseudonymous ids, no phones, notes or "
            "addresses, placed at their 통 (never at the house), with risk, household types and open needs. "
            "Households without consent are left out and counted. Every export is written to the audit log.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households (expression)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Partner share"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("EXPORTED", tr("Households shared")))
        self.addOutput(QgsProcessingOutputNumber("WITHOUT_CONSENT", tr("Left out (no consent)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()  # raw: invalid is an error
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        ids = household_ids(database, filter_expression)[0]  # the layer is not kept (an error's traceback would)
        conn = db.connect(database)
        try:
            exported, refused = partner.export(conn, ids, output, ui_language(), getpass.getuser(),
                                               db.display_name(database))
        except PseudonymSecretError as exc:
            raise no_pseudonyms(database, exc, ui_language()) from exc
        finally:
            conn.close()
        feedback.pushInfo(tr("{} households shared; {} left out without consent.").format(exported, refused))
        return {"OUTPUT": output, "EXPORTED": exported, "WITHOUT_CONSENT": refused}
