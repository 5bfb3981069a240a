"""Household filters (plugin/core/filters.py) on a database with known answers: each criterion's
members and counts, combinations, the sorted list, hostile text; and the same predicate as the
households layer's filter in QGIS gives the same members."""
import datetime as dt

import pytest
from shapely.geometry import Point

from welfare_visit_map.plugin.core import database, gpkg
from welfare_visit_map.plugin.core.filters import HouseholdFilter, counts, household_list, sql_quote

TODAY = dt.date(2026, 11, 25)
HOSTILE = "'); DROP TABLE households; --"
# id, risk, types, benefit, source, dong, tong, visitor, status, next due, last visit, name
HOUSEHOLDS = [
    ("a", "high", "{elderly_alone}", "basic_general", "kakaotalk", "D1", 1, "v1", "active", "2026-11-01", "2026-10-02", "김가"),
    ("b", "high", "{elderly_alone,disability}", "near_poor", "screening_list", "D1", 2, "v2", "active", "2026-12-20",
     "2026-11-20", "이나"),
    ("c", "medium", "{single_parent}", "none", "call_centre", "D1", 1, "v1", "active", "2026-10-01", "2026-07-03", "박다"),
    ("d", "low", "{middle_aged_single}", "basic_general", "screening_list", "D2", 1, None, "active", "2027-03-01",
     "2026-09-02", "최라"),
    ("e", None, "{elderly_alone}", None, "partner", "D2", 3, "v2", "active", None, None, HOSTILE),
    ("f", None, None, None, "screening_list", "D2", 3, None, "active", None, None, "정바"),
    ("g", "high", "{elderly_alone}", None, "kakaotalk", "D1", 1, "v1", "moved", "2026-11-01", "2026-10-02", "한사"),
]
# household, domain, item, status
NEEDS = [("a", "living_env", "냉난방기", "open"), ("a", "economy", "식품", "linked"), ("b", "living_env", "집수리", "resolved"),
         ("c", "health", "의료비", "open"), ("d", "living_env", "냉난방기", "open"), ("e", "economy", "생계비", "open"),
         ("g", "living_env", "냉난방기", "open")]


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    path = database.create(tmp_path_factory.mktemp("filters") / "f.gpkg")
    c = gpkg.connect(path)
    with c:
        c.execute("DROP TRIGGER trg_households_version_check")  # fixtures write the derived fields directly
        c.executemany("INSERT INTO visitors (id, name, role) VALUES (?, ?, 'official')", [("v1", "갑"), ("v2", "을")])
        for i, (hid, risk, types, benefit, source, dong, tong, visitor, status, due, last, name) in enumerate(HOUSEHOLDS):
            c.execute("INSERT INTO households (geom, id, case_no, head_name, risk_level, household_types, benefit_status, "
                      "discovery_source, dong_code, tong, assigned_visitor_id, status, next_visit_due, last_visit_on, "
                      "address) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      (gpkg.encode(Point(1000 + i, 1000), 5186), hid, f"C-{hid}", name, risk, types, benefit, source,
                       dong, tong, visitor, status, due, last, f"연희로 {i + 1}"))
        c.executemany("INSERT INTO needs (household_id, domain, item, status) VALUES (?,?,?,?)", NEEDS)
    yield c
    c.close()


@pytest.fixture(scope="module", params=["gpkg", "postgres"])
def conn(request, local):
    """The database with known answers on each backend: the GeoPackage, and the same moved up to
    the test server, read as its administrator (the dock's filters run on both)."""
    if request.param == "gpkg":
        yield local
        return
    from conftest import fresh_database

    from welfare_visit_map.plugin.core import db, pg

    server = request.getfixturevalue("pg_server")
    up = fresh_database(server, "wvm_filters")
    pg.move_up(local.execute("PRAGMA database_list").fetchone()[2], up)
    up.commit()
    up.close()
    shared = db.connect_readonly(f"postgresql://postgres@127.0.0.1:{server['port']}/wvm_filters#welfare")
    yield shared
    shared.close()


def members(conn, f):
    where = f.where(today=TODAY)
    return sorted(r[0] for r in conn.execute(f"SELECT id FROM households{' WHERE ' + where if where else ''}"))


@pytest.mark.parametrize("criteria, expected", [
    ({}, ["a", "b", "c", "d", "e", "f"]),
    ({"status": []}, ["a", "b", "c", "d", "e", "f", "g"]),
    ({"risk": ["high"]}, ["a", "b"]),
    ({"risk": ["unvisited"]}, ["e", "f"]),
    ({"risk": ["medium", "unvisited"]}, ["c", "e", "f"]),
    ({"need_domains": ["living_env"]}, ["a", "d"]),           # b's is resolved, g moved
    ({"need_domains": ["economy"]}, ["a", "e"]),              # linked counts as still open
    ({"need_items": ["냉난방기"]}, ["a", "d"]),
    ({"need_domains": ["health"], "need_items": ["생계비"]}, ["c", "e"]),
    ({"household_types": ["elderly_alone"]}, ["a", "b", "e"]),
    ({"household_types": ["disability", "single_parent"]}, ["b", "c"]),
    ({"benefit_status": ["basic_general"]}, ["a", "d"]),
    ({"discovery_source": ["screening_list"]}, ["b", "d", "f"]),
    ({"dong_code": "D2"}, ["d", "e", "f"]),
    ({"dong_code": "D1", "tongs": [1]}, ["a", "c"]),
    ({"visitor_id": "v2"}, ["b", "e"]),
    ({"status": ["moved"]}, ["g"]),
    ({"overdue_only": True}, ["a", "c"]),
    ({"not_visited_days": 60}, ["c", "d", "e", "f"]),          # last visit on or before 2026-09-26, or never
    ({"text": "연희로 2"}, ["b"]),
    ({"text": "C-d"}, ["d"]),
    ({"text": "%"}, []),
    ({"text": HOSTILE}, ["e"]),
    # "고위험 독거노인, 난방 욕구"
    ({"risk": ["high"], "household_types": ["elderly_alone"], "need_items": ["냉난방기"]}, ["a"]),
    ({"risk": ["high", "medium"], "dong_code": "D1", "overdue_only": True}, ["a", "c"]),
    ({"household_types": ["elderly_alone"], "not_visited_days": 30, "discovery_source": ["partner", "kakaotalk"]},
     ["a", "e"]),
])
def test_each_filter_and_combination_has_exactly_its_members(conn, criteria, expected):
    f = HouseholdFilter(**criteria)
    assert members(conn, f) == expected
    c = counts(conn, f.where(today=TODAY))
    assert c["total"] == len(expected)
    assert c["high"] == sum(1 for h in HOUSEHOLDS if h[0] in expected and h[1] == "high")
    assert c["unvisited"] == sum(1 for h in HOUSEHOLDS if h[0] in expected and h[1] is None)


def test_hostile_values_in_every_text_criterion_are_just_text(conn):
    f = HouseholdFilter(risk=[HOSTILE], need_items=[HOSTILE], household_types=[HOSTILE], dong_code=HOSTILE,
                        visitor_id=HOSTILE, text=HOSTILE, status=[HOSTILE])
    assert members(conn, f) == []
    assert f.problems() == {"risk": [HOSTILE], "household_types": [HOSTILE], "status": [HOSTILE]}
    assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == len(HOUSEHOLDS)
    with pytest.raises(ValueError):
        HouseholdFilter(tongs=["1); DROP TABLE households; --"]).where()


def test_the_list_is_sorted_by_risk_then_days_overdue_then_open_needs(conn):
    rows = household_list(conn, HouseholdFilter().where(today=TODAY), today=TODAY)
    assert [(r.id, r.days_overdue, r.open_needs) for r in rows] == [
        ("a", 24, 2), ("b", 0, 0), ("c", 55, 1), ("d", 0, 1), ("e", 0, 1), ("f", 0, 0)]


def test_filters_round_trip_through_json():
    f = HouseholdFilter(risk=["high"], household_types=["elderly_alone"], need_items=["냉난방기"], not_visited_days=30)
    assert HouseholdFilter.from_json(f.to_json()) == f
    assert HouseholdFilter().where() == "status IN ('active')"
    assert HouseholdFilter(status=[]).is_empty()


def test_qgis_quoting_and_ours_agree_and_the_layer_filter_has_the_same_members(local, qgis_app):
    from qgis.core import QgsSqliteUtils, QgsVectorLayer

    conn = local
    for text in (HOSTILE, "O'Brien", "a\\b", "줄\n바꿈", "%_"):
        assert QgsSqliteUtils.quotedString(text) == sql_quote(text)
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    layer = QgsVectorLayer(f"{path}|layername=households", "h", "ogr")
    for criteria in ({"risk": ["high"], "household_types": ["elderly_alone"], "need_items": ["냉난방기"]},
                     {"text": HOSTILE}, {"not_visited_days": 60, "status": []}):
        f = HouseholdFilter(**criteria)
        assert layer.setSubsetString(f.where(quote=QgsSqliteUtils.quotedString, today=TODAY))
        assert sorted(feature["id"] for feature in layer.getFeatures()) == members(conn, f)
