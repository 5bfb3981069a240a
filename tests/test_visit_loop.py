"""The visit loop driven through the real widgets (pytest-qgis, offscreen): a click on a household
opens the visit dialog for it, saving writes one visit, its needs and an audit row and the map
layer shows the new risk at once; cancel writes nothing; problems are shown at their field; the
service loop, reports turned into households, search and today's work in the dock; a stale save
is refused and reloading keeps the user's other edits."""
import datetime as dt
import re

import pytest
from conftest import make_small_database
from qgis.core import QgsPointXY
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QDate, QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox

from welfare_visit_map.plugin.core import gpkg
from welfare_visit_map.plugin.gui import household_dialog, visit_dialog

TODAY = dt.date.today()


@pytest.fixture
def db(tmp_path, qgis_new_project):
    return make_small_database(tmp_path / "w.gpkg")


@pytest.fixture
def opened(plugin, iface, db):
    """The small database open in the project and on the canvas, 1 px = 2 m."""
    layers = plugin.desk.open_database(str(db))
    canvas = iface.mapCanvas()
    canvas.resize(1000, 500)
    canvas.setDestinationCrs(layers["households"].crs())
    canvas.setLayers([layers["households"], layers["districts"]])
    canvas.setExtent(layers["districts"].extent())
    plugin.watch_layers()
    return layers


def rows(db, sql, *args):
    conn = gpkg.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def counts(db):
    return {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("visits", "needs", "linkages", "households",
                                                                     "audit_log", "reports")}


def click(canvas, tool, x, y):
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(int(pixel.x()), int(pixel.y())),
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tool.canvasReleaseEvent(event)


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs the plugin opens are recorded and handed to the test instead of blocking; the
    test's ``script`` (if set) fills them in."""
    opened = []
    script = {}

    def fake_exec(self):
        opened.append(self)
        if type(self).__name__ in script:
            script[type(self).__name__](self)
        return self.result()

    monkeypatch.setattr(visit_dialog.VisitDialog, "exec", fake_exec)
    monkeypatch.setattr(household_dialog.HouseholdDialog, "exec", fake_exec)
    return opened, script


def fill(dialog, outcome="met", risk="high", visitor="v-1"):
    dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.findData(visitor))
    dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData(outcome))
    if risk:
        getattr(dialog, f"{risk}Radio").setChecked(True)


def save(dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_click_on_a_household_opens_the_dialog_for_it_and_saving_changes_the_map(plugin, iface, opened, db, dialogs,
                                                                                   monkeypatch):
    recorded, script = dialogs
    messages = []
    bar = iface.messageBar()
    monkeypatch.setattr(bar, "pushMessage", lambda *args: messages.append(args))

    def visit(dialog):
        assert dialog.household_id == "hh-1"
        assert "2026-0001" in dialog.householdLabel.text() and "김철수" in dialog.householdLabel.text()
        assert dialog.visitDate.date() == QDate.currentDate()
        assert [dialog.visitorCombo.itemData(i) for i in range(dialog.visitorCombo.count())] == [None, "v-1", "v-3"]
        fill(dialog)
        dialog.common_buttons[2].click()  # 냉난방기 (living environment), one click
        dialog.needDomainCombo.setCurrentIndex(dialog.needDomainCombo.findData("health"))
        dialog.needItemEdit.setText("치과 치료")
        dialog.addNeedButton.click()
        dialog.notesEdit.setPlainText("겨울 난방비 부담")
        save(dialog)

    script["VisitDialog"] = visit
    action = next(a for a in plugin.actions if a.objectName() == "welfare_visit_map_visit")
    action.trigger()
    assert iface.mapCanvas().mapTool() is plugin.pick_tool
    plugin.dock.filter_panel.apply()

    def high_risk_count():  # the filter panel's risk counts, as the dock shows them
        return int(re.search(r"고위험 <b>(\d+)</b>", plugin.dock.form.countsLabel.text()).group(1))

    high_before = high_risk_count()
    before = counts(db)
    click(iface.mapCanvas(), plugin.pick_tool, 102, 497)  # a few metres off hh-1
    assert len(recorded) == 1 and recorded[0].result() == 1
    after = counts(db)
    assert after["visits"] - before["visits"] == 1 and after["needs"] - before["needs"] == 2
    visit_id = recorded[0].visit_id
    assert rows(db, "SELECT domain, item FROM needs WHERE visit_id = ? ORDER BY domain", visit_id) == [
        ("health", "치과 치료"), ("living_env", "냉난방기")]
    assert rows(db, "SELECT count(*) FROM audit_log WHERE table_name = 'visits' AND record_id = ? AND action = 'insert' "
                    "AND user IS NOT NULL", visit_id) == [(1,)]
    due = (TODAY + dt.timedelta(days=30)).isoformat()
    assert rows(db, "SELECT risk_level, next_visit_due FROM households WHERE id = 'hh-1'") == [("high", due)]
    # the dock's filter list and counts show the new risk with no refresh by the user
    assert high_risk_count() == high_before + 1
    # the worker is told what the database made of it, from the household as saved
    case = rows(db, "SELECT case_no FROM households WHERE id = 'hh-1'")[0][0]
    assert [m[1] for m in messages] == [f"{case} 방문 저장: 위기도 고위험, 다음 방문 예정 {due}, 상태 관리중."]
    # the layer on the map shows it without any reload by the user
    feature = next(opened["households"].getFeatures("\"id\" = 'hh-1'"))
    assert (feature["risk_level"], feature["next_visit_due"].toString("yyyy-MM-dd")) == ("high", due)


def test_a_click_on_nothing_opens_nothing(plugin, iface, opened, db, dialogs):
    recorded, _ = dialogs
    plugin.toggle_visit_tool(True)
    click(iface.mapCanvas(), plugin.pick_tool, 300, 800)
    assert recorded == []


def test_cancel_writes_nothing(plugin, opened, db, dialogs):
    recorded, script = dialogs
    before = counts(db)

    def cancel(dialog):
        fill(dialog)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()

    script["VisitDialog"] = cancel
    plugin.record_visit("hh-2")
    assert recorded[0].result() == 0 and counts(db) == before


@pytest.mark.parametrize("case, error_label", [
    ("no_risk", "riskLevelError"), ("no_outcome", "outcomeError"), ("future", "visitedOnError"),
    ("before", "visitedOnError"), ("no_visitor", "visitorIdError"), ("rrn", "notesError")])
def test_problems_are_refused_at_their_field_and_nothing_is_written(opened, db, case, error_label):
    dialog = visit_dialog.VisitDialog(db, "hh-1")
    before = counts(db)
    fill(dialog, risk=None if case == "no_risk" else "medium", visitor=None if case == "no_visitor" else "v-1",
         outcome=None if case == "no_outcome" else "met")
    if case == "future":
        dialog.visitDate.setDate(QDate.currentDate().addDays(1))
    if case == "before":
        dialog.visitDate.setDate(QDate(2025, 12, 31))
    if case == "rrn":
        dialog.notesEdit.setPlainText("주민번호 800101-1234567")
    save(dialog)
    label = getattr(dialog, error_label)
    assert not label.isHidden() and label.text()
    assert {n for n in visit_dialog.ERROR_LABELS.values() if not getattr(dialog, n).isHidden()} == {error_label}
    assert dialog.result() == 0 and counts(db) == before
    if case == "no_risk":
        assert label.text() == "방문(면담)한 가구입니다: 위기도를 선택하세요."


def test_risk_is_only_offered_when_the_household_was_met(opened, db):
    dialog = visit_dialog.VisitDialog(db, "hh-1")
    fill(dialog, risk="low")
    dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("absent"))
    assert not dialog.lowRadio.isEnabled() and dialog.risk() is None
    save(dialog)
    assert dialog.result() == 1
    assert rows(db, "SELECT outcome, risk_level FROM visits") == [("absent", None)]


def test_a_need_without_a_domain_is_refused_at_the_needs(opened, db):
    dialog = visit_dialog.VisitDialog(db, "hh-1")
    dialog.needItemEdit.setText("도배")
    dialog.addNeedButton.click()
    assert dialog.needsList.count() == 0 and not dialog.needsError.isHidden()
    assert "영역" in dialog.needsError.text()


def test_quick_add_visitor_of_the_household_dong(opened, db):
    dialog = visit_dialog.VisitDialog(db, "hh-1")
    dialog.addVisitorButton.click()
    assert not dialog.newVisitorFrame.isHidden()
    dialog.newVisitorName.setText("윤돌봄")
    dialog.newVisitorRole.setCurrentIndex(dialog.newVisitorRole.findData("care_corps"))
    dialog.newVisitorSave.click()
    new = dialog.visitorCombo.currentData()
    assert rows(db, "SELECT name, role, dong_code FROM visitors WHERE id = ?", new) == [
        ("윤돌봄", "care_corps", "1141055500")]
    fill(dialog, visitor=new)
    save(dialog)
    assert rows(db, "SELECT visitor_id FROM visits") == [(new,)]


def test_moved_asks_first_and_takes_the_household_off_the_working_map(opened, db, monkeypatch):
    answers = []
    monkeypatch.setattr(visit_dialog.VisitDialog, "confirm_closing", lambda self, outcome: answers.append(outcome) or
                        len(answers) > 1)
    dialog = visit_dialog.VisitDialog(db, "hh-2")
    fill(dialog, outcome="moved", risk=None)
    save(dialog)  # first answer: no
    assert answers == ["moved"] and dialog.result() == 0 and rows(db, "SELECT count(*) FROM visits") == [(0,)]
    save(dialog)  # second: yes
    assert dialog.result() == 1
    assert rows(db, "SELECT status FROM households WHERE id = 'hh-2'") == [("moved",)]
    layer = opened["households"]
    layer.reload()
    feature = next(layer.getFeatures("\"id\" = 'hh-2'"))
    from qgis.core import QgsRenderContext

    context = QgsRenderContext()
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    try:
        assert not renderer.willRenderFeature(feature, context)  # off the working map
    finally:
        renderer.stopRender(context)


def test_link_a_service_nearest_first_then_provided_closes_the_need(plugin, opened, db, dialogs):
    recorded, script = dialogs
    dialog = visit_dialog.VisitDialog(db, "hh-1")
    fill(dialog)
    dialog.common_buttons[3].click()  # 식품 (economy)
    save(dialog)
    need = rows(db, "SELECT id FROM needs")[0][0]
    box = household_dialog.HouseholdDialog(db, "hh-1")
    whats = [box.timelineTree.topLevelItem(i).text(1) for i in range(box.timelineTree.topLevelItemCount())]
    assert whats == ["욕구", "방문"]
    assert box.select("need", need) is not None and box.linkButton.isEnabled()
    assert not box.providedButton.isEnabled()

    def link(linkage):
        names = [linkage.providersTree.topLevelItem(i).text(0) for i in range(linkage.providersTree.topLevelItemCount())]
        assert names == ["가까운 푸드뱅크", "먼 복지관", "주소미상 기관"]
        assert linkage.providersTree.topLevelItem(0).text(2) == "50 m"
        linkage.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()  # no kind yet
        assert not linkage.kindError.isHidden() and linkage.result() == 0
        linkage.kindCombo.setCurrentIndex(linkage.kindCombo.findData("in_kind"))
        linkage.providersTree.setCurrentItem(linkage.providersTree.topLevelItem(0))
        linkage.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        return linkage.result() == 1

    box.exec_linkage = link
    box.link_selected_need()
    assert rows(db, "SELECT kind, facility_id, status FROM linkages") == [("in_kind", "f-near", "requested")]
    assert rows(db, "SELECT status FROM needs") == [("linked",)]
    linkage_id = rows(db, "SELECT id FROM linkages")[0][0]
    assert box.select("linkage", linkage_id) is not None and box.providedButton.isEnabled()
    box.providedButton.click()
    assert rows(db, "SELECT l.status, n.status FROM linkages l JOIN needs n ON n.id = l.need_id") == [
        ("provided", "resolved")]
    top = box.timelineTree.topLevelItem(0)
    assert top.text(1) == "서비스" and "가까운 푸드뱅크" in top.text(2) and "제공" in top.text(2)
    conn = gpkg.connect(db)
    with conn:  # a report about the household and a registry change: on its timeline too
        conn.execute("INSERT INTO reports (id, received_on, channel, description, household_id, status) VALUES "
                     "('r-t', '2000-01-01', 'kakaotalk', '우편물 적체', 'hh-1', 'visited')")
        conn.execute("INSERT INTO registry_changes (case_no, change, effective_on, new_address, household_id) "
                     "VALUES ('2026-0001', 'address_change', '2000-01-02', '연희로 5', 'hh-1')")
    conn.close()
    box.reload()
    last = [box.timelineTree.topLevelItem(box.timelineTree.topLevelItemCount() - i) for i in (2, 1)]
    assert [item.text(0) for item in last] == ["2000-01-02", "2000-01-01"]
    assert "연희로 5" in last[0].text(2) and "우편물 적체" in last[1].text(2)


def test_dock_finds_households_and_hostile_text_is_just_text(plugin, opened, db):
    conn = gpkg.connect(db)
    with conn:
        conn.execute("UPDATE households SET head_name = ?, read_version = version WHERE id = 'hh-3'",
                     ("'); DROP TABLE households; --",))
    conn.close()
    form = plugin.dock.form
    form.workTabs.setCurrentIndex(1)
    form.searchEdit.setText("'); DROP TABLE households; --")
    plugin.dock.search()
    assert form.searchTree.topLevelItemCount() == 1
    assert form.searchTree.topLevelItem(0).text(0) == "2026-0003"
    assert rows(db, "SELECT count(*) FROM households") == [(3,)]
    form.searchEdit.setText("2통")
    plugin.dock.search()
    assert [form.searchTree.topLevelItem(i).text(1) for i in range(form.searchTree.topLevelItemCount())] == ["이영희"]
    plugin.dock.show_on_map(form.searchTree.topLevelItem(0))
    assert [f["id"] for f in opened["households"].selectedFeatures()] == ["hh-2"]
    assert form.visitButton.isEnabled() and not form.reportButton.isEnabled()


def test_dock_today_lists_overdue_unvisited_and_new_reports_of_my_dong(plugin, opened, db):
    conn = gpkg.connect(db)
    with conn:
        conn.execute("INSERT INTO visits (household_id, visited_on, visitor_id, outcome, risk_level) "
                     "VALUES ('hh-1', '2026-01-20', 'v-1', 'met', 'high')")
        conn.execute("INSERT INTO reports (id, received_on, channel, description, status, dong_code) VALUES "
                     "('r-1', '2026-11-20', 'kakaotalk', '우편물 적체', 'new', '1141055500')")
    conn.close()
    dock = plugin.dock
    dock.refresh()
    form = dock.form
    form.workDongCombo.setCurrentIndex(form.workDongCombo.findData("1141055500"))
    tree = form.workTree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [t.text(0) for t in tops] == ["신규 제보 (1)", "방문기한 경과 (1)", "미방문 (1)"]
    assert [tops[1].child(0).text(0), tops[2].child(0).text(0)] == ["2026-0001", "2026-0002"]
    assert "우편물 적체" in tops[0].child(0).text(0)
    form.workDongCombo.setCurrentIndex(form.workDongCombo.findData("1141056500"))
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "신규 제보 (0)", "방문기한 경과 (0)", "미방문 (1)"]


def test_a_report_becomes_a_household_where_the_user_clicks_or_attaches_to_the_known_one(plugin, iface, opened, db):
    conn = gpkg.connect(db)
    with conn:
        conn.execute("INSERT INTO reports (id, received_on, channel, address, description, status) VALUES "
                     "('r-new', '2026-11-20', 'call_centre', '서울특별시 서대문구 어딘가 7', '인기척 없음', 'new'), "
                     "('r-known', '2026-11-21', 'partner', '서울특별시 서대문구 연희로 2', '가스 중단 예정', 'new')")
    conn.close()
    dock = plugin.dock
    dock.refresh()
    form = dock.form
    form.workTabs.setCurrentIndex(0)
    reports = form.workTree.topLevelItem(0)
    by_id = {reports.child(i).data(0, 0x0100)[1]: reports.child(i) for i in range(reports.childCount())}
    form.workTree.setCurrentItem(by_id["r-known"])
    assert form.reportButton.isEnabled()
    form.reportButton.click()
    assert rows(db, "SELECT household_id, status FROM reports WHERE id = 'r-known'") == [("hh-2", "assigned")]
    assert rows(db, "SELECT count(*) FROM households") == [(3,)]
    dock.refresh_work()
    form.workTabs.setCurrentIndex(0)
    reports = form.workTree.topLevelItem(0)
    form.workTree.setCurrentItem(reports.child(0))
    form.reportButton.click()  # no place, unknown address: the next click on the map says where
    canvas = iface.mapCanvas()
    assert canvas.mapTool() is plugin.desk.place_tool
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(640, 250))
    plugin.desk.place_tool.canvasClicked.emit(canvas.getCoordinateTransform().toMapCoordinates(
        int(pixel.x()), int(pixel.y())), Qt.MouseButton.LeftButton)
    made = rows(db, "SELECT id, address, notes, discovery_source, geocode_quality, dong_code, tong, created_by "
                    "FROM households WHERE id NOT LIKE 'hh-%'")
    assert len(made) == 1
    assert made[0][1:7] == ("서울특별시 서대문구 어딘가 7", "인기척 없음", "call_centre", "manual", "1141055500", 2)
    assert made[0][7]
    assert rows(db, "SELECT household_id, status FROM reports WHERE id = 'r-new'") == [(made[0][0], "assigned")]
    assert [f["id"] for f in opened["households"].selectedFeatures()] == [made[0][0]]


def test_a_stale_save_is_refused_says_who_and_reload_keeps_other_edits(plugin, opened, db, monkeypatch):
    layer = opened["households"]
    asked = []
    monkeypatch.setattr(type(plugin.stale_guard), "ask_reload", lambda self, stale: asked.append(
        self.message(stale)) or True)
    assert layer.startEditing()
    by_id = {f["id"]: f.id() for f in layer.getFeatures()}
    phone = layer.fields().indexOf("phone")
    assert layer.changeAttributeValue(by_id["hh-1"], phone, "010-1111-2222")
    assert layer.changeAttributeValue(by_id["hh-2"], phone, "010-3333-4444")
    # meanwhile a colleague saves household 1
    conn = gpkg.connect(db)
    with conn:
        conn.execute("UPDATE households SET phone = '010-9999-0000', updated_by = 'lee', "
                     "updated_at = '2026-11-25T10:03:00.000Z', read_version = version WHERE id = 'hh-1'")
    conn.close()
    assert not layer.commitChanges()
    assert any("stale household" in e for e in layer.commitErrors())
    assert rows(db, "SELECT phone FROM households ORDER BY id") == [("010-9999-0000",), (None,), (None,)]
    from qgis.PyQt.QtWidgets import QApplication

    QApplication.processEvents()  # the guard offers the reload once the refusal is in
    assert len(asked) == 1 and "lee" in asked[0] and "2026-11-25 10:03" in asked[0] and "2026-0001" in asked[0]
    assert layer.isEditable()
    assert layer.commitChanges(), layer.commitErrors()
    assert rows(db, "SELECT id, phone FROM households ORDER BY id")[:2] == [("hh-1", "010-9999-0000"),
                                                                          ("hh-2", "010-3333-4444")]


def test_the_household_layer_offers_the_timeline_and_visit_as_feature_actions(plugin, opened, db, dialogs):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils

    recorded, _ = dialogs
    layer = opened["households"]
    actions = {a.name(): a for a in layer.actions().actions("Feature")}
    assert set(actions) == {"이력과 서비스 연계", "방문 기록"}
    feature = next(layer.getFeatures("\"id\" = 'hh-2'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    import qgis.utils
    from qgis.core import QgsExpression

    context.setFeature(feature)
    qgis.utils.plugins["welfare_visit_map"] = plugin
    try:  # what QGIS desktop's Python runner does with a Python action: expand it, run it
        for name in ("이력과 서비스 연계", "방문 기록"):
            exec(QgsExpression.replaceExpressionText(actions[name].command(), context), {})  # noqa: S102
    finally:
        del qgis.utils.plugins["welfare_visit_map"]
    assert [(type(d).__name__, d.household_id) for d in recorded] == [("HouseholdDialog", "hh-2"), ("VisitDialog", "hh-2")]
    plugin.desk.open_database(str(db))  # again: the actions are replaced, not repeated
    assert len(layer.actions().actions("Feature")) == 2
