"""The data model inside the GeoPackage: tables, constraints, indexes and triggers, exercised
through plain SQL (the standard library's sqlite3), as any client other than QGIS would."""
import json
import sqlite3

import oracle
import pytest
from shapely.geometry import Point

from welfare_visit_map.plugin.core import categories as cat
from welfare_visit_map.plugin.core import database, gpkg, risk, schema


@pytest.fixture
def conn(tmp_path):
    path = database.create(tmp_path / "w.gpkg")
    c = gpkg.connect(path)
    yield c
    c.close()


def add_household(conn, x=200000.0, y=550000.0, **values):
    values.setdefault("head_name", "홍길동")
    cols = ", ".join(["geom", *values])
    marks = ", ".join("?" * (len(values) + 1))
    with conn:
        cur = conn.execute(f"INSERT INTO households ({cols}) VALUES ({marks})",
                           (gpkg.encode(Point(x, y), 5186), *values.values()))
    return conn.execute("SELECT id FROM households WHERE fid = ?", (cur.lastrowid,)).fetchone()[0]


def add_visit(conn, household_id, visited_on, outcome="met", risk_level=None):
    with conn:
        cur = conn.execute("INSERT INTO visits (household_id, visited_on, outcome, risk_level) VALUES (?,?,?,?)",
                           (household_id, visited_on, outcome, risk_level))
    return cur.lastrowid


def household(conn, hid):
    return conn.execute("SELECT risk_level, last_visit_on, next_visit_due, status FROM households WHERE id = ?",
                        (hid,)).fetchone()


def test_every_table_of_the_model_is_there_and_registered(conn):
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(schema.TABLE_NAMES) | set(schema.BASE_TABLES) <= tables
    contents = dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert {t: contents[t] for t in schema.SPATIAL_TABLES} == {t: "features" for t in schema.SPATIAL_TABLES}
    assert contents["visits"] == "attributes"
    geometry_types = dict(conn.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
    assert geometry_types == {"districts": "MULTIPOLYGON", "households": "POINT", "facilities": "POINT",
                              "reports": "POINT", "base_roads": "MULTILINESTRING", "base_buildings": "MULTIPOLYGON",
                              "base_entrances": "POINT"}
    assert conn.execute("PRAGMA application_id").fetchone()[0] == gpkg.GPKG_APPLICATION_ID
    assert conn.execute("SELECT srs_id FROM gpkg_spatial_ref_sys WHERE srs_id = 5186").fetchone()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(households)")}
    assert {"id", "case_no", "head_name", "phone", "address", "address_detail", "dong_code", "tong", "ban",
            "household_types", "benefit_status", "discovery_source", "risk_level", "status", "last_visit_on",
            "next_visit_due", "assigned_visitor_id", "share_consent", "created_at", "created_by", "updated_at",
            "updated_by", "version"} <= columns
    assert not any("resident" in c or "rrn" in c or "jumin" in c for c in columns)


def test_foreign_keys_link_the_tables(conn):
    def fks(table):
        return {(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
    assert ("household_id", "households", "id") in fks("visits")
    assert ("visitor_id", "visitors", "id") in fks("visits")
    assert ("visit_id", "visits", "id") in fks("needs")
    assert ("need_id", "needs", "id") in fks("linkages")
    assert ("facility_id", "facilities", "id") in fks("linkages")
    assert ("household_id", "households", "id") in fks("reports")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        add_visit(conn, "no-such-household", "2026-01-05", "absent")


def test_indexes_on_dong_risk_and_next_visit_due(conn):
    indexed = {r[0] for r in conn.execute(
        "SELECT ii.name FROM sqlite_master m, pragma_index_info(m.name) ii "
        "WHERE m.type = 'index' AND m.tbl_name = 'households'")}
    assert {"dong_code", "risk_level", "next_visit_due"} <= indexed
    rtrees = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rtree_%_geom'")}
    assert rtrees == {f"rtree_{t}_geom" for t in schema.SPATIAL_TABLES}
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(schema.TRIGGERS) <= triggers


@pytest.mark.parametrize("table, column, extra", [
    ("households", "risk_level", {}), ("households", "status", {}), ("households", "benefit_status", {}),
    ("households", "discovery_source", {}), ("households", "household_types", {}),
])
def test_household_categories_outside_their_lists_are_refused(conn, table, column, extra):
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        add_household(conn, **{column: "not_a_code"}, **extra)
    assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 0


@pytest.mark.parametrize("column, good, bad", [
    ("outcome", "absent", "gone_fishing"), ("method", "phone", "email"), ("risk_level", "high", "extreme"),
])
def test_visit_categories_are_checked(conn, column, good, bad):
    hid = add_household(conn)
    values = {"household_id": hid, "visited_on": "2026-03-05", "outcome": "met", "method": "in_person"}
    for value, ok in ((good, True), (bad, False)):
        row = dict(values, **{column: value})
        sql = f"INSERT INTO visits ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        if ok:
            with conn:
                conn.execute(sql, tuple(row.values()))
        else:
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"), conn:
                conn.execute(sql, tuple(row.values()))


def test_every_category_code_is_accepted_and_stored_with_labels(conn):
    hid = add_household(conn, household_types="{" + ",".join(cat.codes(cat.HOUSEHOLD_TYPES)) + "}")
    for status in cat.codes(cat.NEED_STATUS):
        for domain in cat.codes(cat.NEED_DOMAINS):
            with conn:
                conn.execute("INSERT INTO needs (household_id, domain, status) VALUES (?,?,?)", (hid, domain, status))
    assert conn.execute("SELECT count(*) FROM needs").fetchone()[0] == len(cat.NEED_STATUS) * len(cat.NEED_DOMAINS)
    labels = dict(conn.execute("SELECT code, label_ko FROM categories WHERE list = 'risk_level'"))
    assert labels == {"high": "고위험", "medium": "중위험", "low": "저위험"}


def test_multi_value_household_types(conn):
    add_household(conn, household_types="{elderly_alone,disability}")
    add_household(conn, household_types="elderly_alone;disability")
    with pytest.raises(sqlite3.IntegrityError):
        add_household(conn, household_types="{elderly_alone,disabilityX}")
    with pytest.raises(sqlite3.IntegrityError):
        add_household(conn, household_types="{elderly_alone,,}x")


def test_plain_sql_visit_derives_risk_last_visit_and_next_due(conn):
    hid = add_household(conn)
    assert household(conn, hid) == (None, None, None, "active")
    add_visit(conn, hid, "2026-01-10", "met", "low")
    assert household(conn, hid) == ("low", "2026-01-10", "2026-07-09", "active")
    add_visit(conn, hid, "2026-02-01", "absent")  # not met: risk and due date stay, last visit moves
    assert household(conn, hid) == ("low", "2026-02-01", "2026-07-09", "active")
    vid = add_visit(conn, hid, "2026-03-01", "met", "high")
    assert household(conn, hid) == ("high", "2026-03-01", "2026-03-31", "active")
    with conn:
        conn.execute("UPDATE visits SET risk_level = 'medium' WHERE fid = ?", (vid,))
    assert household(conn, hid) == ("medium", "2026-03-01", "2026-05-30", "active")
    with conn:
        conn.execute("DELETE FROM visits WHERE fid = ?", (vid,))
    assert household(conn, hid) == ("low", "2026-02-01", "2026-07-09", "active")


def test_trigger_and_python_rule_agree(conn):
    hid = add_household(conn)
    visits = [("2026-01-03", "met", "medium"), ("2026-01-03", "met", "high"), ("2026-04-01", "refused", None),
              ("2026-02-11", "met", "low"), ("2026-05-01", "absent", None)]
    for day, outcome, level in visits:
        add_visit(conn, hid, day, outcome, level)
    expected = oracle.derive([oracle.Visit(d, o, r, i) for i, (d, o, r) in enumerate(visits)])
    assert household(conn, hid)[:3] == (expected.risk_level, str(expected.last_visit_on), str(expected.next_visit_due))


def test_changing_the_cycle_rederives_next_visit_due(conn):
    hid = add_household(conn)
    add_visit(conn, hid, "2026-01-10", "met", "high")
    schema.set_cycle_days(conn, {"high": 14})
    assert household(conn, hid)[2] == "2026-01-24"
    assert schema.cycle_days(conn) == {"high": 14, "medium": 90, "low": 180}
    with pytest.raises(sqlite3.IntegrityError, match="positive whole number"):
        schema.set_cycle_days(conn, {"high": 0})
    assert schema.cycle_days(conn)["high"] == 14


def test_moved_or_deceased_outcome_takes_the_household_off_the_working_map(conn):
    hid = add_household(conn)
    add_visit(conn, hid, "2026-01-10", "met", "medium")
    add_visit(conn, hid, "2026-02-10", "deceased")
    assert household(conn, hid) == ("medium", "2026-02-10", "2026-04-10", "deceased")
    assert risk.display_class("medium", "deceased") is None


@pytest.mark.parametrize("sql, message", [
    ("INSERT INTO visits (household_id, visited_on, outcome, risk_level) VALUES ('{h}', '2026-01-05', 'absent', 'high')",
     "CHECK"),  # a risk for a household not met
    ("INSERT INTO visits (household_id, visited_on, outcome) VALUES ('{h}', '2026-02-30', 'met')", "CHECK"),
    ("INSERT INTO visits (household_id, visited_on, outcome) VALUES ('{h}', '05/01/2026', 'met')", "CHECK"),
    ("INSERT INTO needs (household_id, domain) VALUES ('{h}', NULL)", "NOT NULL"),
    ("UPDATE households SET notes = '주민번호 900101-1234567', read_version = version WHERE id = '{h}'", "registration number"),
    ("UPDATE households SET head_name = '9001011234567', read_version = version WHERE id = '{h}'", "registration number"),
    ("INSERT INTO linkages (household_id, kind, linked_on) VALUES ('{h}', 'cash', '2026-01-01')", "CHECK"),
])
def test_bad_rows_are_refused_and_nothing_changes(conn, sql, message):
    hid = add_household(conn)
    before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("visits", "needs", "linkages")]
    with pytest.raises(sqlite3.IntegrityError, match=message), conn:
        conn.execute(sql.format(h=hid))
    after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("visits", "needs", "linkages")]
    assert before == after
    assert conn.execute("SELECT notes, head_name FROM households").fetchone() == (None, "홍길동")


def test_spatial_index_follows_edits(conn):
    hid = add_household(conn, x=100.0, y=200.0)
    rtree = "SELECT minx, maxx, miny, maxy FROM rtree_households_geom"
    assert conn.execute(rtree).fetchall() == [(100.0, 100.0, 200.0, 200.0)]
    with conn:
        conn.execute("UPDATE households SET geom = ?, read_version = version WHERE id = ?",
                     (gpkg.encode(Point(300, 400), 5186), hid))
    assert conn.execute(rtree).fetchall() == [(300.0, 300.0, 400.0, 400.0)]
    with conn:
        conn.execute("DELETE FROM households")
    assert conn.execute(rtree).fetchall() == []


def test_create_never_overwrites_and_leaves_no_half_file(tmp_path):
    path = database.create(tmp_path / "w.gpkg")
    before = path.read_bytes()
    with pytest.raises(database.DatabaseExistsError):
        database.create(path)
    assert path.read_bytes() == before
    broken = tmp_path / "broken.gpkg"
    with pytest.raises(Exception):  # noqa: B017 - any failure while building
        database.create(broken, districts=[object()])
    assert not broken.exists()
    assert list(tmp_path.iterdir()) == [path]


def audit(conn):
    return conn.execute("SELECT user, action, table_name, record_id, detail FROM audit_log ORDER BY fid").fetchall()


def test_every_write_leaves_an_audit_row_naming_the_user_and_record(conn):
    hid = add_household(conn, created_by="kim")
    assert audit(conn)[-1] == ("kim", "insert", "households", hid, None)
    with conn:
        conn.execute("UPDATE households SET phone = '010-0000-0000', updated_by = 'lee', read_version = version "
                     "WHERE id = ?", (hid,))
    user, action, table, record, detail = audit(conn)[-1]
    assert (user, action, table, record) == ("lee", "update", "households", hid)
    assert json.loads(detail) == {"changed": ["phone"]}  # which columns, never their values
    vid = conn.execute("SELECT id FROM visits WHERE fid = ?", (add_visit(conn, hid, "2026-01-10", "met", "high"),)).fetchone()[0]
    rows = audit(conn)
    assert rows[-1][1:4] == ("insert", "visits", vid)
    assert not [r for r in rows if r[1] == "update" and r[2] == "households" and "risk_level" in (r[4] or "")], \
        "the household's derived risk is the database's doing, not an edit"
    with conn:
        conn.execute("DELETE FROM visits WHERE id = ?", (vid,))
    assert audit(conn)[-1][1:4] == ("delete", "visits", vid)
    counts = dict(conn.execute("SELECT table_name, count(*) FROM audit_log GROUP BY table_name"))
    assert counts == {"households": 2, "visits": 2}
