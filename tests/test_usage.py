"""welfarevisitmap:usage_report (issue 17): who uses the system and where, from the audit log, per
person and per 동, with the 동 idle for N days and a month chart; the same figures on the
GeoPackage and on the shared database; a 동's staff see their 동 there."""
import datetime as dt

import openpyxl
import processing
import pytest
from conftest import make_small_database, on_backend

from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import gpkg, usage

YEAR = ("2024-01-01", "2024-12-31")


def build(path):
    """make_small_database, visits x-a (hh-1, 천연동), x-b (hh-2, 천연동), x-c (hh-3, 북아현동), and
    the audit rows of 2024: kim_dong recorded x-a and x-b, edited hh-1 twice, printed 1통 of 천연동
    and exported once; lee recorded x-c, added hh-3 and imported once; park printed 북아현동 in
    2023 and did nothing since."""
    make_small_database(path)
    c = gpkg.connect(path)
    with c:
        c.executemany("INSERT INTO visits (id, household_id, visited_on, visitor_id, outcome) VALUES (?,?,?,?,?)",
                      (("x-a", "hh-1", "2024-03-05", "v-1", "absent"), ("x-b", "hh-2", "2024-04-10", "v-1", "absent"),
                       ("x-c", "hh-3", "2024-02-01", "v-2", "absent")))
        c.executemany('INSERT INTO audit_log ("user", action, table_name, record_id, detail, at) VALUES (?,?,?,?,?,?)', (
            ("kim_dong", "insert", "visits", "x-a", None, "2024-03-05T01:00:00.000Z"),
            ("kim_dong", "insert", "visits", "x-b", None, "2024-04-10T01:00:00.000Z"),
            ("kim_dong", "update", "households", "hh-1", '{"changed": ["phone"]}', "2024-04-10T02:00:00.000Z"),
            ("kim_dong", "update", "households", "hh-1", '{"changed": ["notes"]}', "2024-05-01T02:00:00.000Z"),
            ("kim_dong", "print", None, None, '{"districts": ["1141055500-01"]}', "2024-05-02T02:00:00.000Z"),
            ("kim_dong", "export", "visits", None, '{"algorithm": "export_visit_results"}', "2024-06-01T02:00:00.000Z"),
            ("lee", "insert", "visits", "x-c", None, "2024-02-01T01:00:00.000Z"),
            ("lee", "insert", "households", "hh-3", None, "2024-02-01T00:30:00.000Z"),
            ("lee", "import", "households", None, '{"source": "list.xlsx"}', "2024-02-02T01:00:00.000Z"),
            ("park", "print", None, None, '{"districts": ["1141056500"]}', "2023-12-01T01:00:00.000Z")))
    c.close()
    return path


@pytest.fixture
def small(tmp_path):
    return build(tmp_path / "w.gpkg")


@pytest.fixture(params=["gpkg", "postgres"])
def database(request, small):
    return on_backend(request, str(small))


def report(database, idle_days=30, period=YEAR):
    conn = dbapi.connect_readonly(database)
    try:
        return usage.compute(conn, *period, idle_days=idle_days)
    finally:
        conn.close()


def test_per_person_and_per_dong(database):
    got = report(database)
    people = {r[0]: r[1:] for r in got["people"]}
    d = dt.date
    assert people["kim_dong"] == (2, 1, 1, 1, 0, d(2024, 6, 1), 213)
    assert people["lee"] == (1, 1, 0, 0, 1, d(2024, 2, 2), 333)
    assert people["park"] == (0, 0, 0, 0, 0, d(2023, 12, 1), 396)
    dongs = {r[0]: r[1:] for r in got["dongs"]}
    assert dongs["천연동"] == (2, 1, 1, 1, 0, d(2024, 6, 1), 213)
    assert dongs["북아현동"] == (1, 1, 0, 0, 1, d(2024, 2, 2), 333)
    assert got["months"] == [("2024-02", 1, 1, 0, 0, 1), ("2024-03", 1, 0, 0, 0, 0), ("2024-04", 1, 1, 0, 0, 0),
                             ("2024-05", 0, 1, 1, 0, 0), ("2024-06", 0, 0, 0, 1, 0)]


@pytest.mark.parametrize("idle_days, idle", [(200, ["천연동", "북아현동"]), (300, ["북아현동"]), (400, [])])
def test_the_dongs_with_no_activity_in_n_days(database, idle_days, idle):
    assert [name for name, _ in report(database, idle_days)["idle"]] == idle


def test_the_algorithm_writes_the_workbook_with_a_chart(provider, small, tmp_path):
    output = tmp_path / "사용.xlsx"
    processing.run("welfarevisitmap:usage_report", {"DATABASE": str(small), "DATE_FROM": YEAR[0], "DATE_TO": YEAR[1],
                                                     "IDLE_DAYS": 300, "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["요약", "사람별", "동별", "월별", "주석"]
    assert len(book["월별"]._charts) == 1 and book["월별"]._charts[0].title is not None
    summary = {r[0]: r[1] for r in book["요약"].iter_rows(values_only=True) if r and r[0]}
    assert summary["방문 기록"] == 3 and summary["300일 이상 활동 없는 동"] == 1 and "북아현동" in summary
    people = {r[0]: r[1:6] for r in book["사람별"].iter_rows(min_row=2, values_only=True)}
    assert people["kim_dong"] == (2, 1, 1, 1, 0)


def test_on_the_shared_database_staff_see_their_dong_and_the_admin_the_district(provider, small, move_up, tmp_path):
    """kim_dong, staff of 천연동: the use of their 동 and their colleagues (the logins of their 동),
    nothing of 북아현동 or of lee and park; the admin gets what the GeoPackage gives."""
    up = move_up(str(small))
    mine = report(up["kim_dong"])
    assert [row[0] for row in mine["people"]] == ["kim_dong"]
    assert [row[0] for row in mine["dongs"]] == ["천연동"] and mine["only_dongs"] == ["1141055500"]
    assert mine["people"][0][1:6] == report(str(small))["people"][[r[0] for r in report(str(small))["people"]]
                                                                  .index("kim_dong")][1:6]
    output = tmp_path / "k.xlsx"
    processing.run("welfarevisitmap:usage_report", {"DATABASE": up["kim_dong"], "DATE_FROM": YEAR[0],
                                                     "DATE_TO": YEAR[1], "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    assert [r[0] for r in book["동별"].iter_rows(min_row=2, values_only=True) if r[0]] == ["천연동"]
    assert report(up["admin"]) == report(str(small))
