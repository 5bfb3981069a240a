"""A dong worker's day (issue 15): my 동 and my visitor remembered across QGIS sessions, 모든 동
zooms out to the district, the visit dialog's chosen needs look chosen and its errors go once a
field is filled, the record-visit tool has its own icon, and a new revisit cycle asks first,
saying how many households' due dates change."""
import datetime as dt
import shutil

import pytest
from conftest import make_small_database, on_backend, plain_rows
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

import welfare_visit_map
from welfare_visit_map.plugin.core import cycles, db, gpkg, schema, visits
from welfare_visit_map.plugin.core.rows import VisitInput
from welfare_visit_map.plugin.gui import memory, visit_dialog
from welfare_visit_map.plugin.project import district_extent


@pytest.fixture
def small(tmp_path, qgis_new_project):
    path = make_small_database(tmp_path / "w.gpkg")
    yield path
    QgsSettings().remove(f"{memory.SETTINGS_GROUP}/{memory.database_key(path)}")


def fresh_plugin(iface):
    """A new plugin object, as QGIS makes one when it starts again."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("welfarevisitmap") is not None:
        registry.removeProvider(registry.providerById("welfarevisitmap"))
    instance = welfare_visit_map.classFactory(iface)
    instance.initGui()
    return instance


def test_my_dong_is_remembered_when_qgis_starts_again(plugin, iface, small):
    plugin.desk.open_database(str(small))
    combo = plugin.dock.form.workDongCombo
    combo.setCurrentIndex(combo.findData("1141056500"))  # 북아현동
    assert QgsSettings().value(memory.key(small, "dong")) == "1141056500"
    assert memory.key(small, "dong").startswith("welfare_visit_map/")
    plugin.unload()
    QgsProject.instance().clear()
    again = fresh_plugin(iface)
    try:
        assert again.dock.form.workDongCombo.currentData() is None  # no database open yet
        again.desk.open_database(str(small))
        form = again.dock.form
        assert form.workDongCombo.currentData() == "1141056500"
        tree = form.workTree
        listed = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
                  for j in range(tree.topLevelItem(i).childCount())]
        assert listed == ["2026-0003"]  # 북아현동's work only
        form.workDongCombo.setCurrentIndex(0)  # 모든 동 is remembered too
        assert memory.recall(small, "dong") is None
    finally:
        again.unload()


def test_all_dongs_zooms_out_to_the_district(plugin, iface, small):
    layers = plugin.desk.open_database(str(small))
    canvas = iface.mapCanvas()
    canvas.resize(1000, 500)
    canvas.setDestinationCrs(layers["households"].crs())
    combo = plugin.dock.form.workDongCombo
    combo.setCurrentIndex(combo.findData("1141056500"))
    district = district_extent(layers, canvas.mapSettings().destinationCrs())
    dong = next(layers["districts"].getFeatures("\"code\" = '1141056500'")).geometry().boundingBox()
    assert canvas.extent().center() == dong.center() != district.center()  # my 동, centred
    combo.setCurrentIndex(0)  # 모든 동
    assert combo.currentData() is None
    assert canvas.extent().contains(district) and canvas.extent().center() == district.center()
    assert min(canvas.extent().width() / district.width(), canvas.extent().height() / district.height()) < 1.2


def test_the_record_visit_tool_has_its_own_icon(plugin):
    visit = next(a for a in plugin.actions if a.objectName() == "welfare_visit_map_visit")
    dock = plugin.dock.toggleViewAction()
    assert not visit.icon().isNull()
    assert visit.icon().pixmap(24, 24).toImage() != dock.icon().pixmap(24, 24).toImage()


def save(dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def shown(dialog, name):
    return not getattr(dialog, name).isHidden()


def test_a_fields_error_goes_as_soon_as_it_is_filled(small):
    dialog = visit_dialog.VisitDialog(small, "hh-1")
    dialog.notesEdit.setPlainText("주민번호 800101-1234567")
    save(dialog)
    assert dialog.result() == 0
    assert {n for n in set(visit_dialog.ERROR_LABELS.values()) if shown(dialog, n)} >= {"visitorIdError", "outcomeError"}
    dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.findData("v-1"))
    assert not shown(dialog, "visitorIdError") and shown(dialog, "outcomeError")
    dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
    assert not shown(dialog, "outcomeError")
    save(dialog)
    assert shown(dialog, "riskLevelError") and shown(dialog, "notesError")
    dialog.highRadio.setChecked(True)
    assert not shown(dialog, "riskLevelError") and shown(dialog, "notesError")
    dialog.notesEdit.setPlainText("겨울 난방비 부담")
    assert not shown(dialog, "notesError")
    dialog.visitDate.setDate(QDate.currentDate().addDays(1))
    save(dialog)
    assert shown(dialog, "visitedOnError")
    dialog.visitDate.setDate(QDate.currentDate())
    assert not shown(dialog, "visitedOnError")
    dialog.needItemEdit.setText("도배")
    dialog.addNeedButton.click()  # no domain
    assert shown(dialog, "needsError")
    dialog.common_buttons[0].click()
    assert not shown(dialog, "needsError")
    save(dialog)
    assert dialog.result() == 1


def test_a_chosen_need_looks_chosen(small):
    dialog = visit_dialog.VisitDialog(small, "hh-1")
    dialog.resize(560, 700)
    button = dialog.common_buttons[2]
    assert button.isCheckable() and not button.isChecked()
    plain = button.grab().toImage()
    button.click()
    assert button.isChecked()
    chosen = button.grab().toImage()
    assert plain != chosen
    # a chosen button is filled with the checked colour, an unchosen one is not
    middle = (5, chosen.height() // 2)  # inside the border, left of the text
    assert chosen.pixelColor(*middle).name() == "#1565c0"
    assert plain.pixelColor(*middle).name() != "#1565c0"
    button.click()
    assert not button.isChecked()


def test_the_visitor_is_preset_to_the_one_last_chosen(small):
    first = visit_dialog.VisitDialog(small, "hh-1")
    assert first.visitorCombo.currentData() is None  # nothing remembered yet: choose
    first.visitorCombo.setCurrentIndex(first.visitorCombo.findData("v-3"))
    first.outcomeCombo.setCurrentIndex(first.outcomeCombo.findData("absent"))
    save(first)
    assert first.result() == 1
    assert memory.recall(small, "visitor") == "v-3"
    again = visit_dialog.VisitDialog(small, "hh-2")
    assert again.visitorCombo.currentData() == "v-3"
    memory.remember(small, "visitor", "v-2")  # 북아현동's: not offered for 천연동's household
    other = visit_dialog.VisitDialog(small, "hh-1")
    assert other.visitorCombo.currentData() is None
    assert visit_dialog.VisitDialog(small, "hh-3").visitorCombo.currentData() == "v-2"


# --- revisit cycles ---------------------------------------------------------------------------------

def visited(path):
    """hh-1 met (high) 20 days ago, hh-2 met (medium) 10 days ago, hh-3 absent only."""
    conn = gpkg.connect(path)
    today = dt.date.today()
    try:
        for hid, days, outcome, risk in (("hh-1", 20, "met", "high"), ("hh-2", 10, "met", "medium"),
                                         ("hh-3", 5, "absent", None)):
            visits.record_visit(conn, hid, VisitInput(visited_on=today - dt.timedelta(days=days), visitor_id="v-3",
                                                      outcome=outcome, risk_level=risk), today=today)
    finally:
        conn.close()
    return path


def dues(database):
    return dict(plain_rows(database, "SELECT id, next_visit_due FROM households ORDER BY id"))


@pytest.fixture(params=["gpkg", "postgres"])
def visited_database(request, small):
    """The small database with its visits, on each engine."""
    return on_backend(request, str(visited(small)))


def test_counting_the_households_a_new_cycle_changes(visited_database):
    conn = db.connect_readonly(visited_database)
    try:
        assert cycles.due_date_changes(conn, schema.cycle_days(conn)) == 0
        assert cycles.due_date_changes(conn, {"high": 14}) == 1
        assert cycles.due_date_changes(conn, {"high": 14, "medium": 60, "low": 7}) == 2
        assert cycles.due_date_changes(conn, {"low": 7}) == 0
    finally:
        conn.close()


def test_counting_on_the_demo_matches_what_the_database_rederives(demo_dir, tmp_path):
    copy = tmp_path / "demo.gpkg"
    shutil.copy(demo_dir / "demo.gpkg", copy)
    before = dues(str(copy))
    conn = db.connect(str(copy))
    try:
        expected = cycles.due_date_changes(conn, {"high": 14, "medium": 60})
        schema.set_cycle_days(conn, {"high": 14, "medium": 60})
    finally:
        conn.close()
    after = dues(str(copy))
    assert expected > 0
    assert expected == sum(before[h] != after[h] for h in before)


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question as the dock asks it: the questions asked, and the answer to give."""
    asked = []
    reply = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args):
        asked.append(text)
        return reply["button"]

    monkeypatch.setattr("welfare_visit_map.plugin.gui.dock.QMessageBox.question", question)
    return asked, reply


def test_a_new_cycle_asks_first_and_cancel_changes_nothing(plugin, small, answers):
    asked, reply = answers
    visited(small)
    plugin.desk.open_database(str(small))
    form = plugin.dock.form
    assert form.cycleTab.isAncestorOf(form.cycleGroup) and not form.printTab.isAncestorOf(form.cycleGroup)
    before = dues(small)
    form.highSpin.setValue(14)
    form.mediumSpin.setValue(60)
    form.cycleApplyButton.click()
    assert len(asked) == 1 and "2" in asked[0] and "14" in asked[0]
    assert dues(small) == before
    assert plain_rows(small, "SELECT value FROM settings WHERE key = 'cycle_days_high'") == [("30",)]
    reply["button"] = QMessageBox.StandardButton.Yes
    form.cycleApplyButton.click()
    today = dt.date.today()
    assert dues(small) == {"hh-1": (today + dt.timedelta(days=-20 + 14)).isoformat(),
                           "hh-2": (today + dt.timedelta(days=-10 + 60)).isoformat(), "hh-3": None}
    assert plain_rows(small, "SELECT value FROM settings WHERE key = 'cycle_days_high'") == [("14",)]


def test_empty_fields_show_empty_not_null_while_the_plugin_is_loaded(iface, small):
    from qgis.core import QgsVectorLayer

    before = QgsApplication.nullRepresentation()
    assert before == "NULL"  # QGIS's default
    plugin = fresh_plugin(iface)
    try:
        assert QgsApplication.nullRepresentation() == ""
        layers = plugin.desk.open_database(str(small))
        households = layers["households"]
        index = households.fields().indexOf("phone")
        feature = next(f for f in households.getFeatures() if f["phone"] is None or str(f["phone"]) == "NULL")
        setup = households.editorWidgetSetup(index)
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
        assert formatter.representValue(households, index, setup.config(), None, feature["phone"]) == ""
        assert isinstance(households, QgsVectorLayer)
    finally:
        plugin.unload()
    assert QgsApplication.nullRepresentation() == "NULL"  # the user's setting back as it was


def test_visits_run_newest_first_and_panels_show_what_a_worker_reads(plugin, small):
    from qgis.PyQt.QtCore import Qt

    layers = plugin.desk.open_database(str(small))
    visits_config = layers["visits"].attributeTableConfig()
    assert visits_config.sortExpression() == "\"visited_on\"" and visits_config.sortOrder() == Qt.SortOrder.DescendingOrder
    hidden = {c.name for c in visits_config.columns() if c.hidden}
    shown = {c.name for c in visits_config.columns() if not c.hidden and c.name}
    assert {"fid", "id", "household_id", "created_by", "created_at"} <= hidden
    assert {"visited_on", "outcome", "risk_level", "visitor_id"} <= shown
    assert layers["linkages"].attributeTableConfig().sortExpression() == "\"linked_on\""


def test_one_signal_refreshes_every_list_after_any_write(plugin, small):
    """The session writes; the dock's lists follow without anyone refreshing them by hand."""
    plugin.desk.open_database(str(small))
    dock = plugin.dock
    heard = []
    plugin.session.householdsChanged.connect(lambda: heard.append(True))
    dock.form.workDongCombo.setCurrentIndex(0)
    before = [dock.form.workTree.topLevelItem(i).text(0) for i in range(dock.form.workTree.topLevelItemCount())]
    work = plugin.session.work_list(None)
    waiting = work.overdue + work.unvisited
    assert waiting
    plugin.session.record_visit(waiting[0].id, VisitInput(visited_on=dt.date.today(), visitor_id="v-1", outcome="met",
                                                          risk_level="low"))
    assert heard == [True]
    after = [dock.form.workTree.topLevelItem(i).text(0) for i in range(dock.form.workTree.topLevelItemCount())]
    assert after != before  # one fewer waiting, with nobody calling refresh
    work = plugin.session.work_list(None)
    assert waiting[0].id not in [h.id for h in work.overdue + work.unvisited]


def test_the_dock_shows_a_base_map_under_the_welfare_layers_and_keeps_the_vworld_key_out_of_projects(
        plugin, small, tmp_path, monkeypatch):
    """Online base maps from the dock (tiles served from a local folder here: no network in tests)."""
    from welfare_visit_map.plugin import basemap
    from welfare_visit_map.plugin.gui import desk

    plugin.desk.open_database(str(small))
    form = plugin.dock.form
    assert [form.basemapCombo.itemData(i) for i in range(form.basemapCombo.count())] == [
        None, "vworld_white", "vworld_base", "vworld_satellite", "vworld_hybrid", "osm"]
    form.basemapCombo.setCurrentIndex(form.basemapCombo.findData("osm"))
    form.showBasemapButton.click()
    root = QgsProject.instance().layerTreeRoot()
    bottom = root.children()[-1]
    assert bottom.layer().customProperty(basemap.BASEMAP_PROPERTY) == "osm"  # under every welfare layer
    # choosing another replaces it; a VWorld map without a key says what to do
    form.basemapCombo.setCurrentIndex(form.basemapCombo.findData("vworld_white"))
    basemap.set_vworld_key("")
    form.showBasemapButton.click()
    assert basemap.basemap_nodes() == []
    # the key: asked once, stored in QGIS's authentication database, never in the project file
    monkeypatch.setattr(desk.QInputDialog, "getText", lambda *a, **k: ("ABCDEF12-3456-7890-ABCD-EF1234567890", True))
    if not QgsApplication.authManager().masterPasswordIsSet():
        QgsApplication.authManager().setMasterPassword("test master", True)  # the test session's one master password
    form.vworldKeyButton.click()
    assert basemap.has_vworld_key()
    form.showBasemapButton.click()
    assert [n.layer().customProperty(basemap.BASEMAP_PROPERTY) for n in basemap.basemap_nodes()] == ["vworld_white"]
    project_file = tmp_path / "with-vworld.qgs"
    assert QgsProject.instance().write(str(project_file))
    text = project_file.read_text(encoding="utf-8")
    assert "api.vworld.kr" in text and "ABCDEF12" not in text
    basemap.set_vworld_key("")


def test_household_types_read_as_a_list_not_in_braces(plugin, demo_dir, qgis_new_project):
    layers = plugin.desk.open_database(str(demo_dir / "demo.gpkg"))
    households = layers["households"]
    with_types = [f for f in households.getFeatures("\"household_types\" LIKE '%,%'")]
    assert with_types
    for feature in with_types:
        raw, shown = str(feature["household_types"]), feature["household_types_text"]
        assert raw.startswith("{") and shown and "{" not in shown and "}" not in shown
    columns = {c.name: c.hidden for c in households.attributeTableConfig().columns()}
    assert columns["household_types"] and not columns["household_types_text"]
    assert households.attributeAlias(households.fields().indexOf("household_types_text")) == "가구유형"


def test_pies_per_tong_count_what_the_database_holds_and_survive_a_saved_project(plugin, demo_dir, tmp_path,
                                                                                 qgis_new_project):
    """The districts layer's pies read their numbers from a layer variable (never an aggregate in
    the render thread): on opening, after a save, after a filter, and from a project file."""
    import sqlite3

    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from welfare_visit_map.plugin import styling
    from welfare_visit_map.plugin.core.filters import HouseholdFilter

    copy = tmp_path / "demo.gpkg"
    shutil.copy(demo_dir / "demo.gpkg", copy)
    layers = plugin.desk.open_database(str(copy))
    districts = layers["districts"]

    def pie(code):
        feature = next(districts.getFeatures(f"\"code\" = '{code}'"))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(districts))
        context.setFeature(feature)
        return {key: QgsExpression(expression).evaluate(context) for key, expression in styling.live_tong_counts().items()}

    code = "1141055500-07"
    with sqlite3.connect(copy) as conn:
        truth = dict(conn.execute("SELECT coalesce(risk_level, 'unvisited'), count(*) FROM households WHERE status = "
                                  "'active' AND dong_code = '1141055500' AND tong = 7 GROUP BY 1").fetchall())
    shown = pie(code)
    assert shown["total"] == sum(truth.values()) > 0
    assert all(shown[key] == truth.get(key, 0) for key in ("high", "medium", "low", "unvisited"))
    # a filter: the pies count what the map shows
    plugin.session.apply_filter(HouseholdFilter(risk=["low"]))
    assert pie(code)["total"] == truth.get("low", 0) and pie(code)["medium"] == 0
    plugin.session.apply_filter(HouseholdFilter())
    assert pie(code)["total"] == sum(truth.values())
    # a saved project keeps them (text), and reading it counts again
    project_file = tmp_path / "saved.qgs"
    assert QgsProject.instance().write(str(project_file))
    assert "wvm_tong_counts" in project_file.read_text(encoding="utf-8") and f"|{code}:h" in project_file.read_text(
        encoding="utf-8")
