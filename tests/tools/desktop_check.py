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
        result["visit"] = record_a_visit(iface, plugin, os.environ["WVM_CHECK_DB"])
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


def record_a_visit(iface, plugin, database):
    """A dong worker's flow in the real QGIS window: the record-visit tool, a click on a household
    never visited, the visit dialog filled in and saved; then what the database and the map say."""
    import sqlite3
    import sys

    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    main = sys.modules[f"{NAME}.plugin.main"]
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    hid, blob = conn.execute("SELECT id, geom FROM households WHERE risk_level IS NULL AND status = 'active' "
                             "AND geom IS NOT NULL ORDER BY fid LIMIT 1").fetchone()
    before = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    conn.close()
    gpkg = sys.modules[f"{NAME}.plugin.core.gpkg"]
    point = gpkg.decode(blob)
    canvas = iface.mapCanvas()
    households = main.database_layers()["households"]
    where = canvas.mapSettings().layerToMapCoordinates(households, QgsPointXY(point.x, point.y))
    canvas.setCenter(where)
    canvas.zoomScale(2000)
    canvas.refresh()
    QApplication.processEvents()
    action = next(a for a in plugin.actions if a.objectName() == "welfare_visit_map_visit")
    action.trigger()
    opened = []

    def fill_and_save(dialog):
        opened.append(dialog.household_id)
        dialog.visitorCombo.setCurrentIndex(1)
        dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
        dialog.highRadio.setChecked(True)
        dialog.common_buttons[2].click()
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    main.VisitDialog.exec = fill_and_save
    pixel = canvas.getCoordinateTransform().transform(where)
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tool_active = canvas.mapTool() is plugin.pick_tool
    canvas.mapTool().canvasReleaseEvent(event)
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    after = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    risk = conn.execute("SELECT risk_level FROM households WHERE id = ?", (hid,)).fetchone()[0]
    conn.close()
    feature = next(households.getFeatures(f"\"id\" = '{hid}'"))
    return {"tool_active": tool_active, "dialog_for": opened, "household": hid, "visits_added": after - before,
            "risk": risk, "risk_on_map": feature["risk_level"]}


QTimer.singleShot(3000, check)
