"""Parameters and look-ups the algorithms share."""
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingParameterFile, QgsVectorLayer

from ..i18n import tr


def database_parameter():
    return QgsProcessingParameterFile("DATABASE", tr("Welfare database"), extension="gpkg")


def household_ids(database, filter_expression=None):
    """The ids of the households of ``database`` matching a QGIS expression (all when empty)."""
    households = QgsVectorLayer(f"{database}|layername=households", "households", "ogr")
    if not households.isValid():
        raise QgsProcessingException(tr("{} is not a welfare visit database (tables missing)").format(database))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(["id"], households.fields())
    if filter_expression:
        request.setFilterExpression(filter_expression)
    return [f["id"] for f in households.getFeatures(request)], households
