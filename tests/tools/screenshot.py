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
        shoot_field()
        return
    QgsProject.instance().clear()
    plugin = qgis.utils.plugins[NAME]
    plugin.desk.open_shared(dsn)
    plugin.dock.refresh()
    combo = plugin.dock.form.workDongCombo
    combo.setCurrentIndex(max(0, combo.findData("1141055500")))
    plugin.dock.form.workTree.topLevelItem(0).setExpanded(True)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: (iface.mainWindow().grab().save(str(OUT / "qgis-shared.png")), shoot_field()))


def synthetic_osm(path, households, crs):
    """A made-up OpenStreetMap extract around the households of one 통 (this machine has no real
    road map): a grid of streets named 가상로 N길 and a building under each household."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    points = [f.geometry().asPoint() for f in households]
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    x0, x1, y0, y1 = min(xs) - 60, max(xs) + 60, min(ys) - 60, max(ys) + 60
    nodes, ways, ids = [], [], iter(range(1, 100_000))

    def node(x, y):
        from qgis.core import QgsPointXY

        p = to_wgs84.transform(QgsPointXY(x, y))
        n = next(ids)
        nodes.append(f'<node id="{n}" version="1" lat="{p.y():.8f}" lon="{p.x():.8f}"/>')
        return n

    def way(coords, tags, closed=False):
        refs = [node(x, y) for x, y in coords]
        if closed:
            refs.append(refs[0])
        body = "".join(f'<nd ref="{r}"/>' for r in refs) + "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())
        ways.append(f'<way id="{1000 + len(ways)}" version="1">{body}</way>')

    number = 1
    y = y0
    while y <= y1:
        way([(x0, y), (x1, y)], {"highway": "residential", "name": f"가상로 {number}길"})
        number, y = number + 1, y + 70
    x = x0
    while x <= x1:
        way([(x, y0), (x, y1)], {"highway": "service" if number % 2 else "residential", "name": f"가상로 {number}길"})
        number, x = number + 1, x + 90
    for i, p in enumerate(points, start=1):
        way([(p.x() - 8, p.y() - 6), (p.x() + 8, p.y() - 6), (p.x() + 8, p.y() + 6), (p.x() - 8, p.y() + 6)],
            {"building": "house", "addr:street": "가상로 1길", "addr:housenumber": str(i)}, closed=True)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="screenshot">\n'
                    + "\n".join(nodes + ways) + "\n</osm>\n", encoding="utf-8")
    return path


def shoot_field():
    """Issue 14: a QField package of 북아현동 3통 (volunteer privacy, a made-up base map imported
    first) opened in QGIS desktop as QField opens it: the offline base map under the households,
    and a new visit's form with the visitor preset."""
    import shutil

    import processing

    folder = OUT.parent / "field-package"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    office = folder / "office.gpkg"
    shutil.copy(Path(os.environ.get("WVM_DEMO_DIR", "demo")) / "demo.gpkg", office)
    QgsProject.instance().clear()
    from welfare_visit_map.plugin.project import open_database

    layers = open_database(str(office))
    households = list(layers["households"].getFeatures("\"dong_code\" = '1141055500' AND \"tong\" = 3"))
    osm = synthetic_osm(folder / "synthetic.osm", households, layers["households"].crs())
    processing.run("welfarevisitmap:import_base_map", {"DATABASE": str(office), "INPUT": str(osm)})
    visitor = next(layers["visitors"].getFeatures("\"dong_code\" = '1141055500'"))["name"]
    QgsProject.instance().clear()
    result = processing.run("welfarevisitmap:package_for_field", {
        "DATABASE": str(office), "AREA": "1141055500:3", "VISITOR": visitor, "PRIVACY": 1, "BASEMAP": 0,
        "OUTPUT": str(folder / "package")})
    QgsProject.instance().read(result["PROJECT"])
    plugin = qgis.utils.plugins[NAME]
    if plugin.dock is not None:
        plugin.dock.hide()
    package = {lyr.name(): lyr for lyr in QgsProject.instance().mapLayers().values()}
    households = next(lyr for name, lyr in package.items() if name in ("가구", "Households"))
    extent = households.extent()
    extent.grow(40)
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, lambda: grab_field(package, households))


def grab_field(package, households):
    from qgis.core import QgsVectorLayerUtils

    iface.mainWindow().grab().save(str(OUT / "field-package.png"))
    visits = next(lyr for name, lyr in package.items() if name in ("방문 기록", "Visits"))
    household = next(households.getFeatures())
    visits.startEditing()
    feature = QgsVectorLayerUtils.createFeature(visits, attributes={visits.fields().indexOf("household_id"): household["id"]},
                                                context=visits.createExpressionContext())
    dialog = iface.getFeatureForm(visits, feature)
    dialog.resize(700, 640)
    dialog.show()
    QTimer.singleShot(2500, lambda: (dialog.grab().save(str(OUT / "field-visit-form.png")), dialog.close(),
                                     visits.rollBack(), shoot_field_merge(package, households)))


def shoot_field_merge(package, households):
    """Back at the office: the visitor's day merged, the dock's 현장 tab with its summary and what
    waits for the office (a household's member count corrected in the field)."""
    import datetime as dt

    from qgis.core import QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate

    visits = next(lyr for name, lyr in package.items() if name in ("방문 기록", "Visits"))
    people = [f for f in households.getFeatures()][:3]
    visits.startEditing()
    today = dt.date.today()
    for i, person in enumerate(people):
        fields = visits.fields()
        values = {fields.indexOf("household_id"): person["id"], fields.indexOf("outcome"): "met",
                  fields.indexOf("risk_level"): ("high", "medium", "low")[i],
                  fields.indexOf("visited_on"): QDate(today.year, today.month, today.day)}
        visits.addFeature(QgsVectorLayerUtils.createFeature(visits, attributes=values,
                                                            context=visits.createExpressionContext()))
    visits.commitChanges()
    households.startEditing()
    households.changeAttributeValue(people[0].id(), households.fields().indexOf("members"), 3)
    households.commitChanges()
    gpkg = households.source().split("|")[0]
    QgsProject.instance().clear()
    plugin = qgis.utils.plugins[NAME]
    plugin.desk.open_database(str(OUT.parent / "field-package" / "office.gpkg"))
    dock = plugin.dock
    dock.show()
    combo = dock.form.workDongCombo
    combo.setCurrentIndex(max(0, combo.findData("1141055500")))
    dock.form.workTabs.setCurrentWidget(dock.form.fieldTab)
    from qgis.PyQt.QtCore import Qt

    from welfare_visit_map.plugin.gui.field_dialog import FieldDialog

    dialog = FieldDialog(plugin.session, "1141055500", iface.mainWindow())
    dialog.wholeDongCheck.setChecked(False)
    for i in (2, 3):
        dialog.tongList.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.visitorCombo.setCurrentIndex(1)
    dialog.show()

    def merged():
        dialog.grab().save(str(OUT / "field-dialog.png"))
        dialog.close()
        dock.field_panel.merge(gpkg)
        dock.form.reviewTree.setCurrentItem(dock.form.reviewTree.topLevelItem(0))
        QTimer.singleShot(3000, lambda: (dock.grab().save(str(OUT / "field-merge-dock.png")), shoot_visitors(plugin)))

    QTimer.singleShot(1500, merged)


def shoot_visitors(plugin):
    """Issue 18: the 방문자 tab of 북아현동 after its first 통 were given to its visitors."""
    session = plugin.session
    people = [v.id for v in session.visitors("1141055500")][:4]
    for i, visitor in enumerate(people):
        session.assign(session.tong_households("1141055500", [3 * i + 1, 3 * i + 2, 3 * i + 3]), visitor)
    dock = plugin.dock
    dock.form.workTabs.setCurrentWidget(dock.form.visitorsTab)
    tree = dock.form.visitorTree
    if tree.topLevelItemCount():
        tree.topLevelItem(0).setExpanded(True)
        tree.setCurrentItem(tree.topLevelItem(0))
    QTimer.singleShot(2500, lambda: (dock.grab().save(str(OUT / "visitors-dock.png")), shoot_route(people[0])))


def shoot_route(visitor):
    """Issue 18: the day's route of the visitor of 3통 over the (made-up) roads, its A4 sheet as a PNG."""
    import subprocess

    import processing

    office = OUT.parent / "field-package" / "office.gpkg"
    sheet = OUT / "route-sheet.pdf"
    processing.run("welfarevisitmap:plan_day", {
        "DATABASE": str(office), "VISITOR": visitor, "FILTER": "\"tong\" = 3", "MAX_STOPS": 8,
        "OUTPUT": "TEMPORARY_OUTPUT", "PATH": "TEMPORARY_OUTPUT", "SHEET": str(sheet)})
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(sheet), str(OUT / "route-sheet")], check=False)
    finish()


def finish():
    print("screenshots written to", OUT, flush=True)
    os._exit(0)  # QGIS 3.22 may abort while tearing down under Xvfb; the pictures are saved


# WVM_SCREENSHOT_ONLY=field: only the field package's pictures (while working on them)
QTimer.singleShot(4000, shoot_field if os.environ.get("WVM_SCREENSHOT_ONLY") == "field" else shoot_main)
