"""Run inside QGIS desktop by tests/test_desktop.py (`qgis --code`, under Xvfb): load the
installed plugin the way the plugin manager does, open a database, unload it, and write what
happened to $WVM_CHECK_OUT as JSON. QGIS then exits."""
import json
import os

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer

NAME = "welfare_visit_map"
result = {"errors": []}


def on_message(message, tag, level):
    if level >= Qgis.MessageLevel.Warning and (tag == "Python" or "welfare" in message.lower() or "Traceback" in message):
        result["errors"].append(f"[{tag}] {message}")


QgsApplication.messageLog().messageReceived.connect(on_message)


def check():
    try:
        iface = qgis.utils.iface
        result["loaded"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        registry = QgsApplication.processingRegistry()
        result["provider_after_load"] = registry.providerById("welfarevisitmap") is not None
        plugin = qgis.utils.plugins.get(NAME)
        result["actions"] = [a.text() for a in plugin.actions] if plugin else []
        result["menu_entries"] = [a.text() for a in iface.pluginMenu().actions()]
        layers = plugin.open_database(os.environ["WVM_CHECK_DB"])
        result["opened_layers"] = len(layers or {})
        from qgis.PyQt.QtWidgets import QDockWidget

        def docks():
            return [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget)
                    if d.objectName() == "WelfareVisitMapDock"]

        result["dock"] = docks()
        result["unloaded"] = qgis.utils.unloadPlugin(NAME)
        QgsApplication.processEvents()
        result["dock_after_unload"] = docks()
        result["provider_after_unload"] = registry.providerById("welfarevisitmap") is not None
        result["menu_entries_after_unload"] = [a.text() for a in iface.pluginMenu().actions()]
        QgsProject.instance().clear()
    except Exception as exc:  # noqa: BLE001 - reported to the test
        import traceback

        result["errors"].append(traceback.format_exc() or str(exc))
    with open(os.environ["WVM_CHECK_OUT"], "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    os._exit(0)  # QGIS 3.22 may abort while tearing down under Xvfb; the result is written


QTimer.singleShot(3000, check)
