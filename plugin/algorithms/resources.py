"""welfarevisitmap:nearest_resources — facilities near households that serve their open needs."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import db
from ..core.resources import nearest_resources
from ..i18n import tr
from .base import WelfareAlgorithm
from .common import database_name, database_parameter, household_ids

COLUMNS = (("household_id", QVariant.String), ("case_no", QVariant.String), ("need_domains", QVariant.String),
           ("facility_id", QVariant.String), ("facility_name", QVariant.String), ("facility_kind", QVariant.String),
           ("distance_m", QVariant.Double), ("phone", QVariant.String), ("rank", QVariant.Int))


class NearestResources(WelfareAlgorithm):
    NAME = "nearest_resources"
    DISPLAY = "Nearest resources for households' needs"
    GROUP = "Find"
    HELP = ("For every household matching FILTER (an expression over households; all when empty), the welfare "
            "facilities within DISTANCE that offer services for its open needs, nearest first, with the distance "
            "and phone: a table to plan linkages for many households at once.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households (expression)"), optional=True))
        self.addParameter(QgsProcessingParameterDistance("DISTANCE", tr("Within distance"), defaultValue=1000,
                                                         minValue=1))
        self.addParameter(QgsProcessingParameterNumber("PER_HOUSEHOLD", tr("Facilities per household"),
                                                       defaultValue=5, minValue=1, maxValue=50))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Nearest resources"),
                                                            QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()  # raw: invalid is an error
        distance = self.parameterAsDouble(parameters, "DISTANCE", context)
        per_household = self.parameterAsInt(parameters, "PER_HOUSEHOLD", context)
        ids, households = household_ids(database, filter_expression)
        fields = QgsFields()
        for name, kind in COLUMNS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry,
                                          households.crs())
        conn = db.connect_readonly(database)
        try:
            matches = nearest_resources(conn, ids, distance, per_household)
        finally:
            conn.close()
        rank, previous = 0, None
        for n, match in enumerate(matches):
            if feedback.isCanceled():
                break
            rank = rank + 1 if match.household_id == previous else 1
            previous = match.household_id
            feature = QgsFeature(fields)
            feature.setAttributes([*match, rank])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100 * (n + 1) / max(len(matches), 1))
        feedback.pushInfo(tr("{} households, {} facility matches").format(len(ids), len(matches)))
        return {"OUTPUT": dest}
