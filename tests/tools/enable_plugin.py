"""Run by `make run` (qgis --code): enable and start the plugin from the checkout in the
separate development profile, so the user's own profile is untouched."""
import qgis.utils
from qgis.core import QgsSettings

NAME = "welfare_visit_map"
QgsSettings().setValue(f"PythonPlugins/{NAME}", True)
if NAME not in qgis.utils.active_plugins:
    qgis.utils.loadPlugin(NAME)
    qgis.utils.startPlugin(NAME)
