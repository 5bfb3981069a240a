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
        layers = plugin.desk.open_database(os.environ["WVM_CHECK_DB"])
        result["opened_layers"] = len(layers or {})
        from qgis.PyQt.QtWidgets import QDockWidget

        def docks():
            return [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget)
                    if d.objectName() == "WelfareVisitMapDock"]

        result["dock"] = docks()
        if os.environ.get("WVM_CHECK_RESTART"):  # the second day: QGIS started again, same profile
            result["remembered"] = remembered(plugin, os.environ["WVM_CHECK_DB"])
        else:
            result["visit"] = record_a_visit(iface, plugin, os.environ["WVM_CHECK_DB"])
            result["day"] = walk_the_day(plugin, os.environ["WVM_CHECK_DB"])
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
    from qgis.core import QgsSettings

    QgsSettings().sync()  # what the plugin remembered reaches the profile before the hard exit
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

    main = sys.modules[f"{NAME}.plugin.gui.desk"]
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    hid, blob = conn.execute("SELECT id, geom FROM households WHERE risk_level IS NULL AND status = 'active' "
                             "AND geom IS NOT NULL ORDER BY fid LIMIT 1").fetchone()
    before = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    conn.close()
    gpkg = sys.modules[f"{NAME}.plugin.core.gpkg"]
    point = gpkg.decode(blob)
    canvas = iface.mapCanvas()
    households = plugin.session.layers()["households"]
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


DONG = "1141055500"  # 북아현동


def overdue(dock):
    """(household id, row text) of the work list's overdue households, in the order shown."""
    tree = dock.form.workTree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        rows = [(group.child(k).data(0, 256), group.child(k)) for k in range(group.childCount())]
        if rows and rows[0][0] and rows[0][0][0] == "household" and "경과" in group.text(0):
            return [data[1] for data, _ in rows]
    return []


def high_count(dock):
    import re

    found = re.search(r"고위험 <b>(\d+)</b>", dock.form.countsLabel.text())
    return int(found.group(1)) if found else None


def walk_the_day(plugin, database):
    """A dong worker's morning in the real window: my 동, the first row of today's work (the most
    urgent), a visit recorded for it — then the list, the counts and the map, with no refresh."""
    import sqlite3
    import sys

    from qgis.PyQt.QtWidgets import QDialogButtonBox

    main = sys.modules[f"{NAME}.plugin.gui.desk"]
    dock = plugin.dock
    combo = dock.form.workDongCombo
    combo.setCurrentIndex(combo.findData(DONG))
    first = overdue(dock)[0]
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        risk_before = conn.execute("SELECT risk_level FROM households WHERE id = ?", (first,)).fetchone()[0]
    high_before = high_count(dock)
    chosen = {}

    def fill_and_save(dialog):
        dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.count() - 1)
        chosen["visitor"] = dialog.visitorCombo.currentData()
        dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
        dialog.mediumRadio.setChecked(True)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    main.VisitDialog.exec = fill_and_save
    plugin.record_visit(first)
    households = plugin.session.layers()["households"]
    feature = next(households.getFeatures(f"\"id\" = '{first}'"))
    return {"first_risk": risk_before, "first_still_listed": first in overdue(dock), "high_before": high_before,
            "high_after": high_count(dock), "risk_on_map": feature["risk_level"], "visitor": chosen.get("visitor")}


def remembered(plugin, database):
    """After a restart: is my 동 chosen again, and is my visitor preset in the visit dialog?"""
    import sqlite3
    import sys

    dialogs = sys.modules[f"{NAME}.plugin.gui.visit_dialog"]
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        hid = conn.execute("SELECT id FROM households WHERE dong_code = ? AND status = 'active' ORDER BY fid LIMIT 1",
                           (DONG,)).fetchone()[0]
    dialog = dialogs.VisitDialog(database, hid)
    return {"dong": plugin.dock.form.workDongCombo.currentData(), "visitor": dialog.visitorCombo.currentData()}


QTimer.singleShot(3000, check)
