"""The shared PostgreSQL/PostGIS database (plugin/core/pg.py) on a throw-away server started for
these tests on a loopback port: per-동 access by row-level security, partner views without
personal data, the auditor, the audit trail naming the login, the stale save refused by the
server, concurrent writers, and moving a GeoPackage up with everything in it."""
import datetime as dt
import tempfile
import threading
from pathlib import Path

import pytest
from conftest import fresh_database, make_small_database

psycopg2 = pytest.importorskip("psycopg2")

from welfare_visit_map.plugin.core import gpkg, pg  # noqa: E402


@pytest.fixture(scope="module")
def server(pg_server):
    return pg_server


@pytest.fixture
def district(server, request):
    """A new database with the model in schema ``welfare`` and four people: 김동 (staff of
    천연동), 이동 (staff of 북아현동), a partner and an auditor. Households as in the small
    GeoPackage, moved up."""
    name = "wvm_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]
    conn = fresh_database(server, name)
    source = make_small_database(Path(tempfile.mkdtemp()) / "w.gpkg")
    with gpkg.connect(source) as lite:
        lite.execute("UPDATE households SET share_consent = 1, phone = '010-5555-0000', notes = '비밀 메모', "
                     "read_version = version")
    pg.move_up(source, conn)
    for login, group, dongs in (("kim_dong", "staff", ["1141055500"]), ("lee_dong", "staff", ["1141056500"]),
                                ("partner_org", "partner", []), ("audit_team", "auditor", []),
                                ("gu_admin", "admin", [])):
        pg.add_person(conn, login, group, dongs)
    conn.commit()
    people = {}

    def login(user):
        if user not in people:
            people[user] = psycopg2.connect(dbname=name, **dict(server, user=user))
        return people[user]

    yield conn, login, name
    for c in people.values():
        c.close()
    conn.close()


def one(conn, sql, *args):
    cur = conn.cursor()
    cur.execute(sql, args or None)
    return cur.fetchall()


def test_dong_staff_see_and_change_only_their_dong(district):
    conn, login, _ = district
    kim = login("kim_dong")
    assert one(kim, "SELECT id FROM welfare.households ORDER BY id") == [("hh-1",), ("hh-2",)]
    cur = kim.cursor()
    cur.execute("UPDATE welfare.households SET phone = 'x', read_version = version WHERE id = 'hh-3'")
    assert cur.rowcount == 0
    cur.execute("DELETE FROM welfare.households WHERE id = 'hh-3'")
    assert cur.rowcount == 0
    cur.execute("SELECT count(*) FROM welfare.visits v JOIN welfare.households h ON h.id = v.household_id "
                "WHERE h.dong_code = '1141056500'")
    assert cur.fetchone() == (0,)
    with pytest.raises(psycopg2.Error, match="row-level security"):
        cur.execute("INSERT INTO welfare.households (case_no, dong_code) VALUES ('X-1', '1141056500')")
    kim.rollback()
    # another 동's household is refused as one that does not exist (the refusal tells nothing)
    with pytest.raises(psycopg2.Error, match="visits.household_id: no such household"):
        cur.execute("INSERT INTO welfare.visits (household_id, visited_on, outcome) VALUES ('hh-3', '2026-11-01', 'absent')")
    kim.rollback()
    cur.execute("UPDATE welfare.households SET phone = '010-1', read_version = version WHERE id = 'hh-1'")
    assert cur.rowcount == 1
    kim.commit()
    assert one(conn, "SELECT phone, updated_by, version FROM welfare.households WHERE id = 'hh-3'") == [
        ("010-5555-0000", None, 2)]  # the move-up kept hh-3 as it was; kim changed nothing there
    lee = login("lee_dong")
    assert one(lee, "SELECT id FROM welfare.households") == [("hh-3",)]


def test_a_partner_sees_only_masked_views(district):
    _, login, _ = district
    partner = login("partner_org")
    for table in ("households", "visits", "needs", "visitors", "audit_log"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            one(partner, f"SELECT * FROM welfare.{table}")
        partner.rollback()
    rows = one(partner, "SELECT * FROM welfare.partner_households ORDER BY household")
    cur = partner.cursor()
    cur.execute("SELECT * FROM welfare.partner_households LIMIT 0")
    columns = [d.name for d in cur.description]
    assert not {"head_name", "phone", "notes", "address", "id", "case_no", "geom"} & set(columns)
    text = repr(rows)
    for secret in ("김철수", "이영희", "박민수", "010-5555", "비밀", "연희로", "hh-", "2026-000"):
        assert secret not in text
    assert sorted(r[columns.index("head_name_masked")] for r in rows) == ["김*수", "박*수", "이*희"]
    assert one(partner, "SELECT dong_code, tong, unvisited FROM welfare.partner_tong_counts ORDER BY 1, 2") == [
        ("1141055500", 1, 1), ("1141055500", 2, 1), ("1141056500", None, 1)]


def test_the_auditor_sees_the_audit_log_and_nothing_else(district):
    _, login, _ = district
    kim = login("kim_dong")
    kim.cursor().execute("UPDATE welfare.households SET phone = '010-2', read_version = version WHERE id = 'hh-2'")
    kim.cursor().execute("INSERT INTO welfare.visits (household_id, visited_on, visitor_id, outcome, risk_level) "
                         "VALUES ('hh-2', '2026-11-20', 'v-1', 'met', 'high')")
    kim.commit()
    auditor = login("audit_team")
    log = one(auditor, "SELECT \"user\", action, table_name, record_id, detail FROM welfare.audit_log "
                       "WHERE \"user\" = 'kim_dong' ORDER BY fid")
    assert [(u, a, t) for u, a, t, _, _ in log] == [("kim_dong", "update", "households"), ("kim_dong", "insert", "visits")]
    assert '"phone"' in log[0][4] and "010-2" not in log[0][4]  # which columns, never their values
    for table in ("households", "visits", "partner_households"):
        with pytest.raises(psycopg2.Error, match="permission denied"):
            one(auditor, f"SELECT * FROM welfare.{table}")
        auditor.rollback()
    with pytest.raises(psycopg2.Error, match="permission denied"):
        auditor.cursor().execute("DELETE FROM welfare.audit_log")
    auditor.rollback()


def test_the_server_derives_risk_and_refuses_a_stale_save(district):
    conn, login, _ = district
    kim = login("kim_dong")
    cur = kim.cursor()
    cur.execute("INSERT INTO welfare.visits (household_id, visited_on, visitor_id, outcome, risk_level) "
                "VALUES ('hh-1', '2026-11-20', 'v-1', 'met', 'medium')")
    kim.commit()
    assert one(kim, "SELECT risk_level, next_visit_due FROM welfare.households WHERE id = 'hh-1'") == [
        ("medium", dt.date(2027, 2, 18))]
    version = one(kim, "SELECT version FROM welfare.households WHERE id = 'hh-1'")[0][0]
    admin = login("gu_admin")
    admin.cursor().execute("UPDATE welfare.households SET phone = '010-7', read_version = %s WHERE id = 'hh-1'", (version,))
    admin.commit()
    with pytest.raises(psycopg2.Error, match=r"stale household 2026-0001: saved by gu_admin"):
        cur.execute("UPDATE welfare.households SET phone = '010-8', read_version = %s WHERE id = 'hh-1'", (version,))
    kim.rollback()
    assert one(conn, "SELECT phone, version, updated_by FROM welfare.households WHERE id = 'hh-1'") == [
        ("010-7", version + 1, "gu_admin")]
    with pytest.raises(psycopg2.Error, match="stale"):  # an edit that names no version is refused too
        cur.execute("UPDATE welfare.households SET phone = '010-9' WHERE id = 'hh-1'")
    kim.rollback()
    with pytest.raises(psycopg2.Error, match="resident registration number"):
        cur.execute("UPDATE welfare.households SET notes = '800101-1234567', read_version = version WHERE id = 'hh-1'")
    kim.rollback()


def test_eight_concurrent_writers_lose_nothing(district, server):
    conn, _, name = district
    households = [r[0] for r in one(conn, "SELECT id FROM welfare.households")]
    errors = []

    def writer(n):
        try:
            c = psycopg2.connect(dbname=name, **dict(server, user="gu_admin"))
            cur = c.cursor()
            for i in range(500):
                day = dt.date(2026, 1, 1) + dt.timedelta(days=(n * 500 + i) % 300)
                cur.execute("INSERT INTO welfare.visits (household_id, visited_on, visitor_id, outcome, risk_level, notes) "
                            "VALUES (%s, %s, 'v-1', 'met', %s, %s)",
                            (households[(n + i) % len(households)], day, ("high", "medium", "low")[i % 3], f"w{n}-{i}"))
                c.commit()
            c.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert one(conn, "SELECT count(*), count(DISTINCT notes) FROM welfare.visits WHERE notes LIKE 'w%'") == [(4000, 4000)]
    assert one(conn, "SELECT count(*) FROM welfare.audit_log WHERE action = 'insert' AND table_name = 'visits' "
                     "AND \"user\" = 'gu_admin'") == [(4000,)]
    for hid, risk, last, due in one(conn, "SELECT id, risk_level, last_visit_on, next_visit_due FROM welfare.households"):
        latest = one(conn, "SELECT risk_level, visited_on FROM welfare.visits WHERE household_id = %s AND outcome = 'met' "
                           "ORDER BY visited_on DESC, fid DESC LIMIT 1", hid)[0]
        days = {"high": 30, "medium": 90, "low": 180}[latest[0]]
        assert (risk, last, due) == (latest[0], latest[1], latest[1] + dt.timedelta(days=days))


def test_moving_up_copies_everything(server, tmp_path, demo_dir):
    source = demo_dir / "demo.gpkg"
    fresh_database(server, "wvm_moveup").close()
    conn = psycopg2.connect(dbname="wvm_moveup", **server)
    try:
        counts = pg.move_up(source, conn)
        conn.commit()
        with gpkg.connect(source) as lite:
            for table, n in counts.items():
                assert lite.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n, table
                assert one(conn, f"SELECT count(*) FROM welfare.{table}")[0][0] == n, table
            derived = lite.execute("SELECT id, risk_level, last_visit_on, next_visit_due, version FROM households "
                                   "ORDER BY id LIMIT 200").fetchall()
            point = gpkg.decode(lite.execute("SELECT geom FROM households ORDER BY id LIMIT 1").fetchone()[0])
        got = one(conn, "SELECT id, risk_level, last_visit_on::text, next_visit_due::text, version FROM "
                        "welfare.households ORDER BY id LIMIT 200")
        assert [tuple(r) for r in got] == [tuple(r) for r in derived]
        x, y = one(conn, "SELECT ST_X(geom), ST_Y(geom) FROM welfare.households ORDER BY id LIMIT 1")[0]
        assert (round(x, 6), round(y, 6)) == (round(point.x, 6), round(point.y, 6))
        assert counts["households"] == 10497 and counts["visits"] == 13608
        # the copy works on: a new visit through the server's own triggers
        cur = conn.cursor()
        cur.execute("INSERT INTO welfare.visits (household_id, visited_on, outcome, risk_level) "
                    "VALUES (%s, '2026-11-24', 'met', 'high')", (derived[0][0],))
        assert one(conn, "SELECT risk_level FROM welfare.households WHERE id = %s", derived[0][0]) == [("high",)]
    finally:
        conn.close()


def test_names_written_into_sql_must_be_plain_identifiers():
    for bad in ("welfare; DROP SCHEMA public", "Kim", "a-b", "", "x" * 60):
        with pytest.raises(ValueError):
            pg.check_name(bad)


def test_the_algorithms_move_up_and_add_a_person(provider, server, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    fresh_database(server, "wvm_algorithms").close()
    uri = f"postgresql://postgres@127.0.0.1:{server['port']}/wvm_algorithms"
    source = make_small_database(tmp_path / "w.gpkg")
    result = processing.run("welfarevisitmap:postgres_move_up", {"DATABASE": str(source), "CONNECTION": uri,
                                                                 "SCHEMA": "seodaemun"})
    assert (result["HOUSEHOLDS"], result["VISITS"]) == (3, 0)
    processing.run("welfarevisitmap:postgres_add_person", {"CONNECTION": uri, "SCHEMA": "seodaemun",
                                                           "LOGIN": "park_dong", "GROUP": 0, "DONGS": "1141056500"})
    park = psycopg2.connect(dbname="wvm_algorithms", **dict(server, user="park_dong"))
    try:
        assert one(park, "SELECT id FROM seodaemun.households") == [("hh-3",)]
    finally:
        park.close()
    with pytest.raises(QgsProcessingException, match="plain lower-case"):
        processing.run("welfarevisitmap:postgres_add_person", {"CONNECTION": uri, "SCHEMA": "seodaemun",
                                                               "LOGIN": "x; DROP ROLE postgres", "GROUP": 1})
    with pytest.raises(QgsProcessingException, match="already exists"):  # nothing written: the schema is there
        processing.run("welfarevisitmap:postgres_move_up", {"DATABASE": str(source), "CONNECTION": uri,
                                                            "SCHEMA": "seodaemun"})
    with pytest.raises(QgsProcessingException, match="postgresql://"):
        processing.run("welfarevisitmap:postgres_move_up", {"DATABASE": str(source), "CONNECTION": "host=x",
                                                            "SCHEMA": "seodaemun"})


def test_unplaced_reports_are_every_offices_and_a_new_group_replaces_the_old(district):
    conn, login, _ = district
    cur = conn.cursor()
    cur.execute("INSERT INTO welfare.reports (id, received_on, channel, description) "
                "VALUES ('r-open', '2026-11-20', 'kakaotalk', '인기척 없음')")
    cur.execute("INSERT INTO welfare.reports (id, received_on, channel, dong_code) "
                "VALUES ('r-other', '2026-11-20', 'call_centre', '1141056500')")
    conn.commit()
    kim = login("kim_dong")
    assert one(kim, "SELECT id FROM welfare.reports ORDER BY id") == [("r-open",)]
    pg.add_person(conn, "gu_admin", "staff", ["1141055500"], password="s3cret-비밀")
    conn.commit()
    admin = login("gu_admin")
    assert one(admin, "SELECT id FROM welfare.households ORDER BY id") == [("hh-1",), ("hh-2",)]  # staff now, not admin
    stored = one(conn, "SELECT rolpassword FROM pg_authid WHERE rolname = 'gu_admin'")[0][0]
    assert stored.startswith("SCRAM-SHA-256$") and "s3cret" not in stored


def test_qgis_opens_the_shared_database_as_a_login_with_the_servers_rules(district, server, plugin, qgis_new_project):
    from qgis.core import QgsProject

    from welfare_visit_map.plugin import project as wproject

    conn, login, name = district
    dsn = f"postgresql://kim_dong@127.0.0.1:{server['port']}/{name}"
    layers = plugin.desk.open_shared(dsn)  # what the menu's "open a shared database" does
    assert QgsProject.instance().layerTreeRoot().children()[0].customProperty(wproject.GROUP_PROPERTY) == f"{dsn}#welfare"
    assert all(layer.isValid() for layer in layers.values())
    assert set(layers) == {"reports", "facilities", "households", "districts", "visits", "visit_visitors", "needs",
                           "linkages", "visitors",
                           "categories", "registry_changes"}  # no audit log for dong staff
    households = layers["households"]
    assert sorted(f["id"] for f in households.getFeatures()) == ["hh-1", "hh-2"]  # 천연동 only
    assert households.renderer().type() == "RuleRenderer" and households.editFormConfig().tabs()
    assert wproject.database_layers()["households"] is households
    assert wproject.databases_in_project()[0] == f"{dsn}#welfare"
    plugin.dock.refresh()
    form = plugin.dock.form
    assert "127.0.0.1" in form.databaseLabel.text()
    assert form.workGroup.isEnabled() and form.printGroup.isEnabled() and form.importListButton.isEnabled()
    # today's work, search and filters read the server: what kim_dong may see
    assert [form.workDongCombo.itemData(i) for i in range(form.workDongCombo.count())] == [None, "1141056500",
                                                                                          "1141055500"]  # by name
    unvisited = form.workTree.topLevelItem(2)  # after the new reports and the overdue
    assert sorted(unvisited.child(i).text(0) for i in range(unvisited.childCount())) == ["2026-0001", "2026-0002"]
    form.searchEdit.setText("박민수")  # 북아현동: not kim_dong's
    plugin.dock.search()
    assert form.searchTree.topLevelItemCount() == 0
    form.searchEdit.setText("2통")
    plugin.dock.search()
    assert form.searchTree.topLevelItem(0).text(1) == "이영희"
    panel = plugin.dock.filter_panel
    panel.combos["household_types"].setCheckedItems([])
    form.riskUnvisitedCheck.setChecked(True)
    panel.apply()
    assert panel.counts["total"] == 2
    assert sorted(f["id"] for f in households.getFeatures()) == ["hh-1", "hh-2"]
    panel.combos["need_domains"].setCheckedItems(["경제"])
    panel.apply()  # a subquery on needs inside the PostGIS layer's filter, schema-qualified
    assert "welfare.needs" in households.subsetString() and list(households.getFeatures()) == []
    form.clearFilterButton.click()
    plugin.dock.form.workTabs.setCurrentIndex(1)
    plugin.dock.form.searchTree.setCurrentItem(plugin.dock.form.searchTree.topLevelItem(0))
    assert form.visitButton.isEnabled() and form.formButton.isEnabled() and form.householdButton.isEnabled()
    from welfare_visit_map.plugin.gui.print_dialog import print_parameters

    assert print_parameters("print_household_sheets", QgsProject.instance())["DATABASE"] == f"{dsn}#welfare"
    # the visit dialog on the server, as kim_dong: one transaction, the server derives and audits
    from welfare_visit_map.plugin.gui import visit_dialog

    def fill_and_save(dialog):
        dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.findData("v-1"))
        dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
        dialog.mediumRadio.setChecked(True)
        dialog.common_buttons[3].click()  # 식품
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Save).click()
        return dialog.result()

    original = visit_dialog.VisitDialog.exec
    visit_dialog.VisitDialog.exec = fill_and_save
    from qgis.PyQt.QtWidgets import QMessageBox

    def refuse(parent, title, text, *args):  # a refusal would block in a modal box: fail with its text instead
        raise AssertionError(text)

    warning, QMessageBox.warning = QMessageBox.warning, refuse
    try:
        dialog = plugin.record_visit("hh-2")
    finally:
        visit_dialog.VisitDialog.exec = original
        QMessageBox.warning = warning
    assert dialog.result() == 1 and dialog.visit_id
    assert one(conn, "SELECT risk_level, version FROM welfare.households WHERE id = 'hh-2'") == [("medium", 2)]
    assert one(conn, "SELECT domain, item FROM welfare.needs WHERE visit_id = %s", dialog.visit_id) == [("economy", "식품")]
    assert one(conn, "SELECT \"user\" FROM welfare.audit_log WHERE record_id = %s", dialog.visit_id) == [("kim_dong",)]
    assert next(households.getFeatures("\"id\" = 'hh-2'"))["risk_level"] == "medium"  # the map shows it
    form.searchEdit.setText("2통")  # the dock lists its due date, which the server gives as a date
    plugin.dock.search()
    due = one(conn, "SELECT next_visit_due FROM welfare.households WHERE id = 'hh-2'")[0][0]
    assert form.searchTree.topLevelItem(0).toolTip(3) == due.isoformat()  # shown as 26-mm-dd
    # the timeline on the server: link a service to the need found, and close it as provided
    from welfare_visit_map.plugin.gui import household_dialog

    need = one(conn, "SELECT id FROM welfare.needs WHERE visit_id = %s", dialog.visit_id)[0][0]
    seen = {}

    def drive(timeline):
        seen["events"] = [timeline.timelineTree.topLevelItem(i).text(1)
                          for i in range(timeline.timelineTree.topLevelItemCount())]
        timeline.select("need", need)

        def link(linkage):
            linkage.kindCombo.setCurrentIndex(linkage.kindCombo.findData("in_kind"))
            linkage.providersTree.setCurrentItem(linkage.providersTree.topLevelItem(0))
            seen["provider"] = linkage.providersTree.topLevelItem(0).text(0)
            linkage.save()
            seen["linkage"] = linkage.linkage_id
            return linkage.result() == 1

        timeline.exec_linkage = link
        timeline.link_selected_need()
        timeline.select("linkage", seen["linkage"])
        timeline.providedButton.click()
        return 0

    original = household_dialog.HouseholdDialog.exec
    household_dialog.HouseholdDialog.exec = drive
    try:
        assert plugin.open_household("hh-2") is not None
    finally:
        household_dialog.HouseholdDialog.exec = original
    assert len(seen["events"]) == 2 and seen["provider"] == "먼 복지관"  # 200 m from hh-2: nearest first
    assert one(conn, "SELECT l.status, l.created_by, n.status FROM welfare.linkages l JOIN welfare.needs n "
               "ON n.id = l.need_id WHERE l.id = %s", seen["linkage"]) == [("provided", "kim_dong", "resolved")]
    # an edit through QGIS names the version it read (the form's default); the server counts it
    phone = households.fields().indexOf("phone")
    hh1 = next(households.getFeatures("\"id\" = 'hh-1'"))
    assert households.startEditing()
    assert households.changeAttributeValue(hh1.id(), phone, "010-3000-0000")
    assert households.commitChanges(), households.commitErrors()
    assert one(conn, "SELECT phone, updated_by, version FROM welfare.households WHERE id = 'hh-1'") == [
        ("010-3000-0000", "kim_dong", 3)]
    # a colleague saves it; kim's copy is now stale and the server refuses it, saying who
    households.reload()
    assert households.startEditing()
    assert households.changeAttributeValue(hh1.id(), phone, "010-4000-0000")
    admin = login("gu_admin")
    admin.cursor().execute("UPDATE welfare.households SET phone = '010-5000-0000', read_version = version "
                           "WHERE id = 'hh-1'")
    admin.commit()
    assert not households.commitChanges()
    assert any("stale household 2026-0001: saved by gu_admin" in e for e in households.commitErrors())
    households.rollBack()
    assert one(conn, "SELECT phone FROM welfare.households WHERE id = 'hh-1'") == [("010-5000-0000",)]


def test_sqlite_style_sql_is_adapted_for_psycopg2():
    from welfare_visit_map.plugin.core import db

    assert db.translate("SELECT * FROM t WHERE a = ? AND b LIKE 'x_%' AND c = :day AND d::date = :day") == (
        "SELECT * FROM t WHERE a = %s AND b LIKE 'x_%%' AND c = %(day)s AND d::date = %(day)s")
    assert db.split("service=seodaemun#welfare") == ("service=seodaemun", "welfare")
    assert db.table_prefix("/tmp/a #1/w.gpkg") == "" and db.table_prefix("service=x#seodaemun") == "seodaemun."


def test_the_dialogs_rules_work_on_the_server_as_a_login(district, server):
    """What the timeline, service-linkage and report dialogs call (core/visits.py), on the server as
    kim_dong: providers nearest first, a linkage opened and closed, the timeline, a report turned
    into a household where he clicked — the server placing it, stamping and auditing his login."""
    from welfare_visit_map.plugin.core import db, visits
    from welfare_visit_map.plugin.core.rows import NeedInput, VisitInput

    _, login, name = district
    (before,) = one(login("audit_team"), "SELECT max(fid) FROM welfare.audit_log")[0]
    kim = db.connect(f"postgresql://kim_dong@127.0.0.1:{server['port']}/{name}#welfare")
    today = dt.date(2026, 11, 25)
    try:
        visits.record_visit(kim, "hh-1", VisitInput(visited_on=dt.date(2026, 11, 20), visitor_id="v-1",
                                                    method="in_person", outcome="met", risk_level="high"),
                            [NeedInput(domain="economy", item="식품")], user="kim_dong", today=today)
        need = visits.open_needs(kim, "hh-1")[0]
        assert need.visited_on == dt.date(2026, 11, 20)
        need = need.id
        assert [(f.facility_id, f.distance_m) for f in visits.providers(kim, need)] == [
            ("f-near", 50.0), ("f-far", 800.0), ("f-nowhere", None)]
        linkage = visits.link_service(kim, need, "in_kind", facility_id="f-near", linked_on="2026-11-22",
                                      user="kim_dong", today=today)
        visits.close_linkage(kim, linkage, "provided", user="kim_dong")
        assert kim.execute("SELECT status FROM needs WHERE id = ?", (need,)).fetchone()[0] == "resolved"
        events = visits.timeline(kim, "hh-1")
        assert [(e.day, e.kind) for e in events][:3] == [(dt.date(2026, 11, 22), "linkage"),
                                                         (dt.date(2026, 11, 20), "need"), (dt.date(2026, 11, 20), "visit")]
        with kim:
            kim.execute("INSERT INTO reports (id, received_on, channel, address, description) VALUES "
                        "('r-new', '2026-11-21', 'kakaotalk', '서울특별시 서대문구 연희로 99', '인기척 없음')")
        hid, created = visits.household_from_report(kim, "r-new", point=(600.0, 300.0), user="someone else")
        assert created
        assert kim.execute("SELECT geocode_quality, dong_code, tong, created_by, ST_X(geom), ST_Y(geom) "
                           "FROM households WHERE id = ?", (hid,)).fetchone() == (
            "manual", "1141055500", 2, "kim_dong", 600.0, 300.0)
        assert kim.execute("SELECT household_id, status, ST_X(geom) FROM reports WHERE id = 'r-new'").fetchone() == (
            hid, "assigned", 600.0)
    finally:
        kim.close()
    assert one(login("audit_team"), "SELECT DISTINCT \"user\", table_name FROM welfare.audit_log WHERE fid > %s "
               "AND action = 'insert' ORDER BY 2", before) == [("kim_dong", t) for t in
                                                              ("households", "linkages", "needs", "reports", "visits")]


def test_create_database_makes_the_shared_database_on_a_server(provider, server, tmp_path):
    """create_database with CONNECTION: the model, with the districts given, made on the server
    in its own schema; the name it returns is a DATABASE the other algorithms take."""
    import processing
    from conftest import _districts
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    fresh_database(server, "wvm_created").close()
    layer = QgsVectorLayer("Polygon?crs=EPSG:5186", "dongs", "memory")
    layer.dataProvider().addAttributes([QgsField("adm_cd2", QVariant.String), QgsField("adm_nm", QVariant.String)])
    layer.updateFields()
    for d in _districts(195000, 451000):
        if d.level == "dong":
            feature = QgsFeature(layer.fields())
            feature.setAttributes([d.code, f"서울특별시 서대문구 {d.name}"])
            feature.setGeometry(QgsGeometry.fromWkt(d.geometry.wkt))
            layer.dataProvider().addFeature(feature)
    uri = f"postgresql://postgres@127.0.0.1:{server['port']}/wvm_created"
    with_password = uri.replace("postgres@", "postgres:kept-out@")  # (trust: any password does)
    result = processing.run("welfarevisitmap:create_database", {"CONNECTION": with_password, "SCHEMA": "seodaemun",
                                                                "DISTRICTS": layer})
    # the output names the database without the password it was given
    assert result["DATABASE"] == f"{uri}#seodaemun" and result["DISTRICT_COUNT"] >= 2
    conn = psycopg2.connect(dbname="wvm_created", **server)
    assert one(conn, "SELECT count(*) FROM seodaemun.districts WHERE level = 'dong'") == [(2,)]
    assert one(conn, "SELECT rolname FROM pg_roles WHERE rolname LIKE 'seodaemun_%' ORDER BY 1") == [
        ("seodaemun_admin",), ("seodaemun_auditor",), ("seodaemun_partner",), ("seodaemun_staff",)]
    conn.close()
    # the styles are the server's defaults: a layer added through QGIS's own browser, by a login
    # of the schema, opens with the plugin's renderer and form
    conn = psycopg2.connect(dbname="wvm_created", **server)
    pg.add_person(conn, "choi_dong", "staff", ["1141055500"], schema="seodaemun")
    conn.commit()
    conn.close()
    plain = QgsVectorLayer(f"dbname='wvm_created' host=127.0.0.1 port={server['port']} user='choi_dong' "
                           "key='fid' srid=5186 type=Point checkPrimaryKeyUnicity='0' table=\"seodaemun\".\"households\" "
                           "(geom)", "households", "postgres")
    assert plain.isValid() and plain.renderer().type() == "RuleRenderer"
    assert plain.editFormConfig().tabs() and plain.fields().field("risk_level").editorWidgetSetup().type() == "ValueMap"
    stats = processing.run("welfarevisitmap:statistics_report", {
        "DATABASE": result["DATABASE"], "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31",
        "OUTPUT": str(tmp_path / "empty.xlsx")})
    assert Path(stats["OUTPUT"]).exists()
    with pytest.raises(Exception, match="DATABASE|CONNECTION"):
        processing.run("welfarevisitmap:create_database", {})
