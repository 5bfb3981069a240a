"""What every Welfare Visit Map algorithm shares."""
from qgis.core import QgsProcessingAlgorithm

from ..i18n import tr
from ..icons import plugin_icon


class WelfareAlgorithm(QgsProcessingAlgorithm):
    """Base: name, group and help come from class attributes; tr() for every label."""

    NAME = ""
    DISPLAY = ""
    GROUP = ""
    HELP = ""

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802 - QGIS API
        return tr(self.DISPLAY)

    def group(self):
        return tr(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP.lower().replace(" ", "_")

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def icon(self):
        return plugin_icon()

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text):
        return tr(text)
