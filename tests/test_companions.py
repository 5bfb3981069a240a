"""Several visitors per visit (model version 6, table visit_visitors): the rules record the further
visitors with the visit in one transaction and refuse unknown ones and the lead twice, on a
GeoPackage and on a shared database; the timeline names them; staff of a shared database see and
add only those of the visits they may see; the visit dialog ticks them; a visits list naming
several people per cell imports the others as further visitors; the statistics count every
participant; an upgrade from model version 5 adds the tables and keeps the data; the demo gives
the seed's number of participations."""
import datetime as dt
import sqlite3

import processing
import pytest
from conftest import make_small_database, on_backend, plain_rows

from welfare_visit_map.plugin.core import categories as cat
from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import gpkg, importing, model, pg, schema, statistics, visits
from welfare_visit_map.plugin.core.rows import VisitInput

DAY = dt.date(2026, 3, 2)
TODAY = dt.date(2026, 12, 1)
NEW_TABLES = ("visit_visitors", "field_reviews")


@pytest.fixture
def small(tmp_path):
    return make_small_database(tmp_path / "w.gpkg")


@pytest.fixture(params=["gpkg", "postgres"])
def database(request, small):
    return on_backend(request, str(small))


def record(database, household="hh-1", lead="v-1", companions=("v-2", "v-3"), day=DAY, outcome="met",
           risk="low"):
    conn = dbapi.connect(database)
    try:
        return visits.record_visit(conn, household, VisitInput(visited_on=day, visitor_id=lead, outcome=outcome,
                                                               risk_level=risk, companions=companions),
                                   user="tester", today=TODAY)
    finally:
        conn.close()


def test_a_visit_is_recorded_with_its_further_visitors(database):
    visit_id = record(database)
    assert plain_rows(database, "SELECT c.visitor_id FROM visit_visitors c WHERE c.visit_id = ? ORDER BY c.fid",
                      visit_id) == [("v-2",), ("v-3",)]
    assert plain_rows(database, "SELECT visitor_id FROM visits WHERE id = ?", visit_id) == [("v-1",)]
    # audited like the visit itself
    assert plain_rows(database, "SELECT count(*) FROM audit_log WHERE table_name = 'visit_visitors' "
                                "AND action = 'insert'") == [(2,)]
    conn = dbapi.connect_readonly(database)
    try:
        event = next(e for e in visits.timeline(conn, "hh-1") if e.kind == "visit")
    finally:
        conn.close()
    assert (event.record.visitor, event.record.companions) == ("최복지", ("정통장", "한구청"))
    # a visit alone has none
    alone = record(database, companions=(), day=DAY + dt.timedelta(days=1))
    conn = dbapi.connect_readonly(database)
    try:
        by_id = {e.record_id: e.record for e in visits.timeline(conn, "hh-1") if e.kind == "visit"}
    finally:
        conn.close()
    assert by_id[alone].companions == () and by_id[visit_id].companions == ("정통장", "한구청")


@pytest.mark.parametrize("companions, code", [(("v-1",), "companion_is_lead"), (("v-2", "nobody"), "not_found")])
def test_the_lead_twice_or_an_unknown_visitor_is_refused_and_nothing_written(database, companions, code):
    with pytest.raises(visits.InvalidInputError) as refused:
        record(database, companions=companions)
    assert refused.value.problems["companions"][0] == code
    assert plain_rows(database, "SELECT count(*) FROM visits") == [(0,)]
    assert plain_rows(database, "SELECT count(*) FROM visit_visitors") == [(0,)]


def test_the_same_further_visitor_twice_is_one_row(database):
    visit_id = record(database, companions=("v-2", "v-2"))
    assert plain_rows(database, "SELECT count(*) FROM visit_visitors WHERE visit_id = ?", visit_id) == [(1,)]


def test_statistics_count_every_participant(database):
    record(database)                                                          # 최복지 with 정통장 and 한구청
    record(database, household="hh-3", lead="v-2", companions=(), day=DAY)      # 정통장 alone
    record(database, household="hh-2", lead="v-3", companions=("v-2",), day=DAY, outcome="absent", risk=None)
    conn = dbapi.connect_readonly(database)
    try:
        stats = statistics.compute(conn, "2026-01-01", "2026-12-31")
    finally:
        conn.close()
    assert stats["summary"]["visits"] == 3 and stats["summary"]["participations"] == 6
    official, leader = (cat.label(cat.VISITOR_ROLES, r, "ko") for r in ("official", "welfare_block_leader"))
    assert dict(stats["roles"]) == {official: 3, leader: 3}


def test_the_workbook_names_the_participations(small, tmp_path):
    record(str(small))
    conn = gpkg.connect_readonly(small)
    try:
        stats = statistics.compute(conn, "2026-01-01", "2026-12-31")
    finally:
        conn.close()
    import openpyxl

    path = statistics.write(tmp_path / "s.xlsx", stats, "2026-01-01", "2026-12-31")
    cells = {row[0]: row[1] for row in openpyxl.load_workbook(path)["요약"].iter_rows(values_only=True) if row}
    assert cells["방문자 참여 연인원"] == 3 and cells["방문자 역할별 방문 (참여자마다 1회)"] is None


def test_staff_see_and_add_further_visitors_only_of_the_visits_they_may_see(small, move_up):
    mine = record(str(small))                                                  # 천연동: kim_dong's
    theirs = record(str(small), household="hh-3", lead="v-2", companions=("v-1",))  # 북아현동
    up = move_up(str(small))
    assert plain_rows(up["admin"], "SELECT count(*) FROM visit_visitors") == [(3,)]  # moved up with the rest
    assert plain_rows(up["kim_dong"], "SELECT visit_id FROM visit_visitors ORDER BY visitor_id") == [(mine,), (mine,)]
    conn = dbapi.connect(up["kim_dong"])
    try:
        with pytest.raises(Exception, match="row-level security|no such visit"):
            with conn:
                conn.execute("INSERT INTO visit_visitors (visit_id, visitor_id) VALUES (?, 'v-3')", (theirs,))
        with pytest.raises(Exception, match="row-level security|no such visit"):
            with conn:  # the same refusal for a visit that is not there at all
                conn.execute("INSERT INTO visit_visitors (visit_id, visitor_id) VALUES ('visit-nowhere', 'v-3')")
        # a visit of his own, recorded by the rules: the server stamps who wrote the rows
        visit_id = visits.record_visit(conn, "hh-2", VisitInput(visited_on=DAY, visitor_id="v-1", outcome="met",
                                                                risk_level="high", companions=("v-3",)),
                                       user="someone-else", today=TODAY)
        with pytest.raises(Exception, match="cannot change"):
            with conn:
                conn.execute("UPDATE visit_visitors SET id = 'mine-now' WHERE visit_id = ?", (visit_id,))
        with pytest.raises(Exception, match="row-level security|no such visit"):
            with conn:  # nor moved onto a visit he may not see
                conn.execute("UPDATE visit_visitors SET visit_id = ? WHERE visit_id = ?", (theirs, visit_id))
    finally:
        conn.close()
    assert plain_rows(up["admin"], "SELECT created_by FROM visit_visitors WHERE visit_id = ?", visit_id) == [("kim_dong",)]
    assert plain_rows(up["admin"], "SELECT count(*) FROM visit_visitors WHERE visit_id = ?", theirs) == [(1,)]


def test_field_reviews_follow_the_report_rule_for_staff(small, move_up):
    up = move_up(str(small))
    admin = dbapi.connect(up["admin"])
    try:
        with admin:
            for household, dong in (("hh-1", "1141055500"), ("hh-3", "1141056500")):
                admin.execute("INSERT INTO field_reviews (package_id, kind, table_name, record_id, household_id, "
                              "dong_code, proposal) VALUES ('p-1', 'proposal', 'households', ?, ?, ?, '{}')",
                              (household, household, dong))
    finally:
        admin.close()
    assert plain_rows(up["kim_dong"], "SELECT household_id FROM field_reviews") == [("hh-1",)]
    conn = dbapi.connect(up["kim_dong"])
    try:
        with pytest.raises(Exception, match="row-level security|no such household"):
            with conn:
                conn.execute("INSERT INTO field_reviews (package_id, kind, table_name, record_id, household_id) "
                             "VALUES ('p-2', 'invalid', 'visits', 'x', 'hh-3')")
        with pytest.raises(Exception, match="주민등록번호|resident registration"):
            with conn:
                conn.execute("INSERT INTO field_reviews (package_id, kind, table_name, record_id, household_id, "
                             "proposal) VALUES ('p-2', 'invalid', 'visits', 'x', 'hh-1', '800101-1234567')")
    finally:
        conn.close()
    assert plain_rows(up["admin"], "SELECT count(*) FROM audit_log WHERE table_name = 'field_reviews'") == [(2,)]


def test_the_rrn_guard_watches_the_new_free_text_in_a_geopackage(small):
    conn = gpkg.connect(small)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="field_reviews.proposal"), conn:
            conn.execute("INSERT INTO field_reviews (package_id, kind, table_name, record_id, proposal) "
                         "VALUES ('p', 'proposal', 'households', 'hh-1', '주민번호 800101-1234567')")
    finally:
        conn.close()


# --- the visit dialog ------------------------------------------------------------------------------

def test_the_visit_dialog_ticks_further_visitors(small, qgis_app):
    from qgis.PyQt.QtCore import Qt

    from welfare_visit_map.plugin.gui.visit_dialog import VisitDialog

    dialog = VisitDialog(str(small), "hh-1", today=TODAY)
    combo = dialog.companionsCombo
    leads = [dialog.visitorCombo.itemData(i) for i in range(1, dialog.visitorCombo.count())]
    assert [combo.itemData(i) for i in range(combo.count())] == leads  # the same visitors as the lead's list
    assert dialog.companions() == ()
    for vid in ("v-1", "v-3"):
        combo.setItemCheckState(combo.findData(vid), Qt.CheckState.Checked)
    dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.findData("v-1"))  # the lead: unticked below
    assert dialog.companions() == ("v-3",)
    dialog.visitDate.setDate(dialog.visitDate.date().addDays(-1))
    dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData("met"))
    dialog.lowRadio.setChecked(True)
    dialog.save()
    assert dialog.visit_id is not None
    assert plain_rows(str(small), "SELECT visitor_id FROM visit_visitors WHERE visit_id = ?", dialog.visit_id) == [
        ("v-3",)]


def test_the_visit_dialog_shows_a_refused_further_visitor_at_its_field(small, provider):
    from welfare_visit_map.plugin.gui.visit_dialog import VisitDialog

    dialog = VisitDialog(str(small), "hh-1", today=TODAY)
    dialog.show_problems({"companions": ("companion_is_lead", {})})
    assert dialog.companionsError.text() == "이미 이 방문의 주 방문자입니다."


# --- imports ---------------------------------------------------------------------------------------

@pytest.fixture(params=["gpkg", "postgres"])
def import_db(request, small):
    return on_backend(request, str(small))


def test_a_visitor_cell_naming_several_people_imports_further_visitors(provider, import_db, tmp_path):
    path = tmp_path / "visits.csv"
    path.write_text("사례번호,방문일,방문자,방문결과,위기도\n"
                    "2026-0001,2026-03-02,\"최복지, 정통장\",met,medium\n"
                    "2026-0002,2026-03-03,한구청·새 통장 / 최복지,absent,\n"
                    "2026-0003,2026-03-04,정통장,absent,\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_visits", {"DATABASE": str(import_db), "INPUT": str(path)})
    assert (result["IMPORTED"], result["REJECTED"]) == (3, 0)
    got = plain_rows(import_db, "SELECT h.case_no, l.name, w.name FROM visits v JOIN households h ON h.id = v.household_id "
                                "JOIN visitors l ON l.id = v.visitor_id LEFT JOIN visit_visitors c ON c.visit_id = v.id "
                                "LEFT JOIN visitors w ON w.id = c.visitor_id ORDER BY h.case_no, c.fid")
    assert got == [("2026-0001", "최복지", "정통장"), ("2026-0002", "한구청", "새 통장"), ("2026-0002", "한구청", "최복지"),
                   ("2026-0003", "정통장", None)]
    assert plain_rows(import_db, "SELECT role, dong_code FROM visitors WHERE name = '새 통장'") == [
        ("official", "1141055500")]  # found as the lead is: added in the household's 동


def test_visitor_names_split_on_the_usual_separators():
    assert importing.visitor_names("김방문, 이통장") == ["김방문", "이통장"]
    assert importing.visitor_names("김방문·이통장/박간호; 최복지") == ["김방문", "이통장", "박간호", "최복지"]
    assert importing.visitor_names(" 김방문 ") == ["김방문"] and importing.visitor_names(None) == []


# --- upgrades from model version 5 -----------------------------------------------------------------

def _as_v5_gpkg(path):
    """A GeoPackage as model version 5 left it: without the tables version 6 brought."""
    conn = gpkg.connect(path)
    with conn:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (?, ?)",
                                  NEW_TABLES).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        for table in NEW_TABLES:
            conn.execute(f'DROP TABLE "{table}"')
            conn.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
        conn.execute("DELETE FROM categories WHERE list IN ('review_kind', 'review_status')")
        conn.execute("UPDATE settings SET value = '5' WHERE key = 'schema_version'")
    conn.close()


def test_a_v5_geopackage_is_upgraded_with_its_data(small):
    visit_id = record(str(small), companions=())
    _as_v5_gpkg(small)
    dbapi.upgrade_gpkg(str(small))
    conn = gpkg.connect(small)
    try:
        assert schema.schema_version(conn) == model.SCHEMA_VERSION == 6
        assert dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents WHERE table_name IN (?, ?)",
                                 NEW_TABLES)) == {t: "attributes" for t in NEW_TABLES}
        assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 3
        assert conn.execute("SELECT visitor_id FROM visits WHERE id = ?", (visit_id,)).fetchone()[0] == "v-1"
        assert conn.execute("SELECT count(*) FROM categories WHERE list = 'review_status'").fetchone()[0] == 3
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    later = record(str(small), household="hh-2", companions=("v-2",))
    assert plain_rows(str(small), "SELECT visitor_id FROM visit_visitors WHERE visit_id = ?", later) == [("v-2",)]
    assert plain_rows(str(small), "SELECT count(*) FROM audit_log WHERE table_name = 'visit_visitors'") == [(1,)]


def test_a_v5_shared_database_is_upgraded_with_its_data(small, move_up, pg_server):
    import psycopg2

    visit_id = record(str(small), companions=())
    up = move_up(str(small))
    conn = psycopg2.connect(dbname=up["admin"].split("/")[-1].split("#")[0], **pg_server)
    try:
        cur = conn.cursor()
        for table in NEW_TABLES:
            cur.execute(f"DROP TABLE welfare.{table}")
        cur.execute("DELETE FROM welfare.categories WHERE list IN ('review_kind', 'review_status')")
        cur.execute("UPDATE welfare.settings SET value = '5' WHERE key = 'schema_version'")
        conn.commit()
        assert pg.upgrade(conn)
        conn.commit()
        assert pg.schema_version(conn) == 6
        cur.execute("SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'welfare' AND tablename IN %s "
                    "ORDER BY 1, 2", (NEW_TABLES,))
        assert cur.fetchall() == [("field_reviews", "field_reviews_admin"), ("field_reviews", "field_reviews_staff"),
                                  ("visit_visitors", "visit_visitors_admin"), ("visit_visitors", "visit_visitors_staff")]
        for table in NEW_TABLES:
            cur.execute("SELECT has_table_privilege('kim_dong', %s, 'INSERT'), "
                        "has_table_privilege('welfare_partner', %s, 'SELECT')", (f"welfare.{table}",) * 2)
            assert cur.fetchone() == (True, False)
        cur.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'welfare.visit_visitors'::regclass "
                    "AND NOT tgisinternal ORDER BY 1")
        assert [r[0] for r in cur.fetchall()] == ["visit_visitors_audit", "visit_visitors_check_links",
                                                  "visit_visitors_keep_identity", "visit_visitors_stamp"]
        assert not pg.upgrade(conn)  # once is enough
        conn.commit()
    finally:
        conn.close()
    assert plain_rows(up["admin"], "SELECT count(*) FROM households") == [(3,)]
    assert plain_rows(up["admin"], "SELECT visitor_id FROM visits WHERE id = ?", visit_id) == [("v-1",)]
    later = record(up["kim_dong"], household="hh-2", companions=("v-2",))
    assert plain_rows(up["kim_dong"], "SELECT visitor_id, created_by FROM visit_visitors WHERE visit_id = ?",
                      later) == [("v-2", "kim_dong")]


# --- the demo --------------------------------------------------------------------------------------

def test_the_demo_gives_the_seeds_participations(demo_dir):
    conn = gpkg.connect_readonly(demo_dir / "demo.gpkg")
    try:
        visits_, companions = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                               for t in ("visits", "visit_visitors"))
        assert visits_ + companions == 19024
        assert conn.execute("SELECT count(*) FROM visit_visitors c JOIN visits v ON v.id = c.visit_id "
                            "WHERE c.visitor_id = v.visitor_id").fetchone()[0] == 0
        assert conn.execute("SELECT count(DISTINCT visit_id) FROM visit_visitors").fetchone()[0] == companions
        stats = statistics.compute(conn, "2026-01-01", "2026-12-31")
    finally:
        conn.close()
    assert stats["summary"]["participations"] == 19024



# --- the QGIS project ------------------------------------------------------------------------------

def test_the_visit_form_shows_its_further_visitors(small, qgis_new_project):
    from qgis.core import QgsEditFormConfig, QgsProject

    from welfare_visit_map.plugin.project import open_database

    record(str(small))
    layers = open_database(small, QgsProject.instance())
    companions = layers["visit_visitors"]
    assert companions.name() == "방문 동행자" and companions.featureCount() == 2
    relation = QgsProject.instance().relationManager().relation("visit_visitors_visit")
    assert relation.isValid() and relation.referencedLayer() is layers["visits"]
    # the visit form is laid out by QGIS, which shows every relation of the layer in it
    assert layers["visits"].editFormConfig().layout() == QgsEditFormConfig.EditorLayout.GeneratedLayout
    setup = companions.editorWidgetSetup(companions.fields().indexOf("visitor_id"))
    assert setup.type() == "ValueRelation" and setup.config()["Layer"] == layers["visitors"].id()
    assert setup.config()["Value"] == "name"


def test_the_visit_results_export_names_the_further_visitors(small):
    from welfare_visit_map.plugin.core import exports

    record(str(small))
    conn = gpkg.connect_readonly(small)
    try:
        (row,) = exports.visit_results(conn, "2026-01-01", "2026-12-31")
    finally:
        conn.close()
    assert (row["visitor"], row["companions"]) == ("최복지", "정통장, 한구청")
    assert exports.VISIT_RESULT_COLUMNS[-1][0] == "companions"  # after the columns laid out for 행복e음
