"""Run inside QGIS desktop (`qgis --code tests/tools/screenshot.py`, under Xvfb): enable the
plugin, open the demo project, and save screenshots of the main window and a household form
into $WVM_SCREENSHOT_DIR (default build/screenshots); with $WVM_SHARED_DSN, also QGIS on the
demo moved up to PostgreSQL as a dong worker. QGIS quits when done."""
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
    dock = qgis.utils.plugins[NAME].dock
    if dock is not None:  # today's work of one 동, as a dong worker starts the day
        dock.show()
        combo = dock.form.workDongCombo
        combo.setCurrentIndex(max(0, combo.findText("북아현동")))
        dock.form.workTree.topLevelItem(0).setExpanded(True)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: grab_main(households))


def grab_main(households):
    iface.mainWindow().grab().save(str(OUT / "qgis-demo.png"))
    dock = qgis.utils.plugins[NAME].dock
    tree = dock.form.workTree if dock is not None else None
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())] if tree is not None else []
    group = next((g for g in groups if g.childCount() and (g.child(0).data(0, 256) or ("",))[0] == "household"), None)
    if group is None:
        grab_household_form(households)
        return
    tree.setCurrentItem(group.child(0))  # the first overdue household: where is it on the map?
    dock.show_on_map(group.child(0))
    QTimer.singleShot(4000, lambda: (iface.mainWindow().grab().save(str(OUT / "qgis-chosen.png")),
                                     grab_household_form(households)))


def grab_household_form(households):
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
        QTimer.singleShot(1500, lambda: (dialog.grab().save(str(OUT / "household-form-visits.png")), shoot_visit()))
    else:
        shoot_visit()


def shoot_visit():
    """The visit dialog as a worker fills it in, and a household's timeline with its services."""
    from welfare_visit_map.plugin.core import visits
    from welfare_visit_map.plugin.gui.household_dialog import HouseholdDialog
    from welfare_visit_map.plugin.gui.visit_dialog import VisitDialog
    from welfare_visit_map.plugin.project import databases_in_project

    database = databases_in_project()[0]
    conn = visits.connect_readonly(database)
    try:
        overdue = visits.work_list(conn).overdue[0].id
        busy = conn.execute("SELECT household_id FROM linkages GROUP BY household_id ORDER BY count(*) DESC, "
                            "household_id LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    dialog = VisitDialog(database, overdue, iface.mainWindow())
    dialog.visitorCombo.setCurrentIndex(1)
    dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
    dialog.mediumRadio.setChecked(True)
    dialog.common_buttons[2].setChecked(True)
    dialog.common_buttons[6].setChecked(True)
    dialog.notesEdit.setPlainText("겨울철 난방비 부담, 이웃과 왕래 적음")
    dialog.show()
    QTimer.singleShot(1500, lambda: grab_visit(dialog, database, busy, HouseholdDialog))


def grab_visit(dialog, database, busy, household_dialog):
    dialog.grab().save(str(OUT / "visit-dialog.png"))
    dialog.close()
    box = household_dialog(database, busy, iface.mainWindow())
    box.resize(900, 480)
    box.show()
    QTimer.singleShot(1500, lambda: (box.grab().save(str(OUT / "household-timeline.png")), box.close(), shoot_filter()))


def shoot_filter():
    """The filter panel with high and medium risk households of the district, and the density view."""
    dock = qgis.utils.plugins[NAME].dock
    form = dock.form
    form.workDongCombo.setCurrentIndex(0)
    form.workTabs.setCurrentIndex(2)
    form.riskHighCheck.setChecked(True)
    form.riskMediumCheck.setChecked(True)
    dock.filter_panel.apply()
    form.densityButton.setChecked(True)
    from welfare_visit_map.plugin.project import database_layers

    extent = database_layers()["districts"].extent()
    extent.scale(1.05)
    iface.mapCanvas().setExtent(extent)  # the whole district
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: (iface.mainWindow().grab().save(str(OUT / "filter-density.png")),
                                     grab_criteria(form), shoot_import()))


def grab_criteria(form):
    """Every criterion of the filter panel, the screening-list ones at the end (the dock shows
    them scrolled)."""
    widget = form.criteriaWidget
    size = widget.size()
    widget.resize(max(size.width(), 420), widget.sizeHint().height())
    widget.grab().save(str(OUT / "filter-criteria.png"))
    widget.resize(size)


def shoot_import():
    """The import wizard at its mapping step, after a dry run of a list as districts get them."""
    import datetime as dt

    import openpyxl

    from welfare_visit_map.plugin.gui.import_dialog import ImportDialog
    from welfare_visit_map.plugin.project import databases_in_project

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "발굴대상"
    sheet.append(["2026년 11월 복지사각지대 발굴 대상자 명단"])
    sheet.merge_cells("A1:H1")
    sheet.append(["사례관리번호", "대상자명", "도로명주소", "위험도", "가구유형", "발굴경로", "가구원수", "단전", "건보료체납",
                  "경도", "위도", "등록일", "비고"])
    rows = [("N-0001", "김순자", "서울특별시 서대문구 연희로 11", "상", "독거노인 가구", "복지통장 발굴", "1명", "Y", "N",
             126.9368, 37.5663, "단전 예고"),
            ("N-0002", "이정호", "서울특별시 서대문구 북아현로 7", "중", "1인가구(중장년)", "발굴관리시스템", "1명", "N", "Y",
             126.9552, 37.5601, ""),
            ("N-0003", "박미영", "서울특별시 서대문구 홍제내길 3", "하", "한부모, 장애", "이웃 제보", "3", "N", "N", None, None,
             "주소 확인 필요"),
            ("N-0004", "최동수", "서울특별시 서대문구 신촌로 25", "매우높음", "독거노인", "복지등기 우편", "1", "Y", "Y",
             126.9411, 37.5559, ""),
            ("N-0005", "정미숙", "서울특별시 서대문구 통일로 30", "중", "조손", "주민센터 방문", "2명", "N", "N", 126.9614,
             37.5695, "")]
    for r in rows:
        sheet.append([*r[:11], dt.date(2026, 11, 20), r[11]])
    path = OUT / "sample_list.xlsx"
    book.save(path)
    dialog = ImportDialog(databases_in_project()[0], iface.mainWindow())
    dialog.resize(1100, 900)
    dialog.fileEdit.setText(str(path))
    dialog.load()
    dialog.show()
    for row in dialog.value_rows:  # the planner decides what 매우높음 means
        if row.value == "매우높음":
            row.choice.setCurrentIndex(row.choice.findData("high"))
    dialog.run(dry_run=True)
    QTimer.singleShot(2000, lambda: (dialog.grab().save(str(OUT / "import-wizard.png")), dialog.close(), shoot_print()))


def shoot_print():
    """The plugin's print window for my 동 (북아현동), a few 통 ticked off."""
    from qgis.PyQt.QtCore import Qt

    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    plugin = qgis.utils.plugins[NAME]
    dialog = PrintDialog(plugin.session, "maps", "1141055500", iface.mainWindow())
    for i in range(3, dialog.tongList.count(), 4):
        dialog.tongList.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.show()
    QTimer.singleShot(1500, lambda: (dialog.grab().save(str(OUT / "print-dialog.png")), dialog.close(), shoot_pies()))


def shoot_pies():
    """The whole district zoomed out: households per 통 as pies by risk instead of 10,497 dots."""
    plugin = qgis.utils.plugins[NAME]
    combo = plugin.dock.form.workDongCombo
    plugin.dock.form.densityButton.setChecked(False)
    plugin.dock.filter_panel.clear()
    combo.setCurrentIndex(0)  # every 동: the map zooms out to the district
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(8000, lambda: (iface.mainWindow().grab().save(str(OUT / "qgis-pies.png")), shoot_shared()))


def shoot_shared():
    """With WVM_SHARED_DSN (see tests/tools/shared_server.py): the demo moved up to PostgreSQL,
    opened as a dong worker's login — the server shows only their 동."""
    dsn = os.environ.get("WVM_SHARED_DSN")
    if not dsn:
        finish()
        return
    QgsProject.instance().clear()
    plugin = qgis.utils.plugins[NAME]
    plugin.desk.open_shared(dsn)
    plugin.dock.refresh()
    combo = plugin.dock.form.workDongCombo
    combo.setCurrentIndex(max(0, combo.findData("1141055500")))
    plugin.dock.form.workTree.topLevelItem(0).setExpanded(True)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: (iface.mainWindow().grab().save(str(OUT / "qgis-shared.png")), finish()))


def finish():
    print("screenshots written to", OUT, flush=True)
    os._exit(0)  # QGIS 3.22 may abort while tearing down under Xvfb; the pictures are saved


QTimer.singleShot(4000, shoot_main)
