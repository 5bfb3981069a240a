"""The Processing provider `welfarevisitmap`: the engine the toolbox, models, qgis_process and
the plugin's own dialogs all use."""
from qgis.core import QgsProcessingProvider

from ..i18n import tr
from ..icons import plugin_icon
from .assign import AssignHouseholds, ExportVisitorLists
from .base_map import ImportBaseMap
from .build_demo import BuildDemo
from .create_database import CreateDatabase
from .exports import ExportVisitResults, StatisticsReport
from .field import MergeFieldPackage, PackageForField
from .household_list import ExportHouseholdList
from .imports import IMPORT_ALGORITHMS
from .partner_share import ExportPartnerShare
from .plan_day import PlanDay
from .postgres import PostgresAddPerson, PostgresMoveUp
from .print_maps import PrintDistrictMaps, PrintHouseholdSheets
from .registry_changes import ApplyRegistryChanges
from .resources import NearestResources
from .usage import UsageReport
from .zones import MakeVisitZones

ALGORITHMS = (CreateDatabase, BuildDemo, ApplyRegistryChanges, NearestResources, PrintDistrictMaps,
              PrintHouseholdSheets, ExportVisitResults, ExportPartnerShare, StatisticsReport, UsageReport, ExportHouseholdList,
              *IMPORT_ALGORITHMS, ImportBaseMap, PackageForField, MergeFieldPackage, AssignHouseholds,
              ExportVisitorLists, PostgresMoveUp,
              PostgresAddPerson, PlanDay, MakeVisitZones)


class WelfareVisitMapProvider(QgsProcessingProvider):
    def id(self):
        return "welfarevisitmap"

    def name(self):
        return tr("Welfare visit map")

    def longName(self):  # noqa: N802
        return tr("Welfare visit map (복지방문지도)")

    def icon(self):
        return plugin_icon()

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
