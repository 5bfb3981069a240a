"""Run inside QGIS desktop (`qgis --code tests/tools/screenshot.py`, under Xvfb): enable the
plugin, open the demo project, and save screenshots of the main window and a household form
into $WVM_SCREENSHOT_DIR (default build/screenshots). QGIS quits when done."""
import os
from pathlib import Path

import qgis.utils
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QTabWidget

NAME = "welfare_visit_map"
OUT = Path(os.environ.get("WVM_SCREENSHOT_DIR", "build/screenshots"))
OUT.mkdir(parents=True, exist_ok=True)
iface = qgis.utils.iface
QgsSettings().setValue(f"PythonPlugins/{NAME}", True)
if NAME not in qgis.utils.active_plugins:
    qgis.utils.loadPlugin(NAME)
    qgis.utils.startPlugin(NAME)


def shoot_main():
    iface.mainWindow().showMaximized()
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() not in ("Layers", "WelfareVisitMapDock"):
            dock.hide()
    households = next(lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() in ("가구", "Households"))
    iface.setActiveLayer(households)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: grab_main(households))


def grab_main(households):
    iface.mainWindow().grab().save(str(OUT / "qgis-demo.png"))
    feature = next(households.getFeatures("\"risk_level\" = 'high' AND \"status\" = 'active'"))
    dialog = iface.getFeatureForm(households, feature)
    dialog.resize(900, 760)
    dialog.show()
    QTimer.singleShot(2500, lambda: grab_form(dialog))


def grab_form(dialog):
    dialog.grab().save(str(OUT / "household-form.png"))
    tabs = dialog.findChildren(QTabWidget)
    if tabs:
        tabs[0].setCurrentIndex(1)
        QTimer.singleShot(1500, lambda: (dialog.grab().save(str(OUT / "household-form-visits.png")), finish()))
    else:
        finish()


def finish():
    print("screenshots written to", OUT, flush=True)
    os._exit(0)  # QGIS 3.22 may abort while tearing down under Xvfb; the pictures are saved


QTimer.singleShot(4000, shoot_main)
