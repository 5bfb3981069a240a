"""The import's stages and writers (issue 16, part 3): a plan made with no database; the
GeoPackage writer (batched inserts, set-based R-tree, audit and RRN rule) and the PostgreSQL
writer (COPY into a staging table, one INSERT … SELECT) against real databases — a row the
database refuses in the middle of a bulk import is reported with its row while the others go in,
a cancel leaves the database as it was, one audit row per imported household, and a dry run
writes nothing and opens no write connection."""
import sqlite3

import processing
import pytest
from conftest import SEOUL, make_small_database, on_backend, plain_rows

from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import importing

N = 400  # rows of the list: households W-0 … W-399, every 2 m along y = 500 of 천연동 (1통, 2통)


@pytest.fixture
def local_db(tmp_path):
    return make_small_database(tmp_path / "w.gpkg", SEOUL)


@pytest.fixture(params=["gpkg", "postgres"])
def db(request, local_db):
    """DATABASE of the small database in Seoul on each backend (the server's as its administrator)."""
    return on_backend(request, local_db)


def sheet(n=N):
    """A list of ``n`` households with X/Y in EPSG:5186 (rows numbered as a spreadsheet: header 1)."""
    rows = [(1, ["사례번호", "성명", "위기도", "X", "Y"])]
    rows += [(i + 2, [f"W-{i}", f"가구{i}", ("고위험", "중", "저위험")[i % 3], SEOUL[0] + 100 + i * 2, SEOUL[1] + 500])
             for i in range(n)]
    return rows


def planned(database, rows):
    conn = dbapi.connect_readonly(database)
    try:
        context = importing.load_context(conn, "households")
    finally:
        conn.close()
    return importing.plan(rows, importing.find_header("households", rows), context)


def write(database, plan_, **kw):
    conn = dbapi.connect(database)
    try:
        return importing.write_plan(conn, plan_, user="tester", **kw)
    finally:
        conn.close()


def state(database):
    """What a failed import must leave as it was: every household (case number, head, version),
    the audit log's size, the R-tree's (GeoPackage) and the triggers."""
    out = {"households": plain_rows(database, "SELECT case_no, head_name, version FROM households ORDER BY case_no"),
           "audit": plain_rows(database, "SELECT count(*) FROM audit_log")}
    if not dbapi.is_shared(database):
        conn = sqlite3.connect(str(database))
        try:
            out["rtree"] = conn.execute("SELECT count(*) FROM rtree_households_geom").fetchall()
            out["schema"] = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        finally:
            conn.close()
    return out


def test_a_plan_needs_no_database():
    """The plan is made from a context alone: no connection anywhere."""
    context = importing.ImportContext("households", 5186, case_numbers=frozenset({"W-1"}))
    rows = [(1, ["사례번호", "성명", "위기도"]), (2, ["W-0", "가", "고위험"]), (3, ["W-1", "나", "중"]),
            (4, ["W-2", "다", "매우 높음"]), (5, ["W-0", "라", None])]
    plan_ = importing.plan(rows, importing.find_header("households", rows), context)
    assert [r.number for r in plan_.inserts] == [2]
    assert [(r.row, r.code) for r in plan_.rejected] == [(3, "duplicate_case"), (4, "unknown_category"),
                                                         (5, "duplicate_in_file")]
    upsert = importing.plan(rows, importing.find_header("households", rows), context, mode="upsert")
    assert [r.number for r in upsert.updates] == [3] and upsert.result().updated == 1


def test_a_row_the_database_refuses_midway_is_reported_and_the_rest_imported(db):
    """One planned row the database's CHECK refuses, in the middle of a bulk import (COPY and one
    INSERT … SELECT on the server; batched inserts in the GeoPackage): reported with its row, the
    others in, each with its audit row and (GeoPackage) its R-tree entry."""
    plan_ = planned(db, sheet())
    assert len(plan_.inserts) == N
    plan_.inserts[N // 2].values["risk_level"] = "bogus"  # what only the database's CHECK stops
    result = write(db, plan_)
    assert (result.imported, result.rejected_rows) == (N - 1, 1)
    (refused,) = result.rejected
    assert refused.row == N // 2 + 2 and refused.code == "database" and "risk_level" in refused.reason("en")
    assert plain_rows(db, "SELECT count(*) FROM households WHERE case_no LIKE 'W-%'") == [(N - 1,)]
    assert plain_rows(db, f"SELECT count(*) FROM households WHERE case_no = 'W-{N // 2}'") == [(0,)]
    assert plain_rows(db, "SELECT count(*) FROM audit_log a JOIN households h ON h.id = a.record_id "
                          "WHERE a.action = 'insert' AND h.case_no LIKE 'W-%'") == [(N - 1,)]
    assert plain_rows(db, "SELECT count(DISTINCT dong_code), min(tong) FROM households WHERE case_no LIKE 'W-%'"
                      ) == [(1, 1)]  # placed in their 동 and 통
    if not dbapi.is_shared(db):
        assert plain_rows(db, "SELECT count(*) FROM rtree_households_geom r JOIN households h ON h.fid = r.id "
                              "WHERE h.case_no LIKE 'W-%'") == [(N - 1,)]


def test_a_resident_registration_number_is_refused_by_both_writers(db):
    """The RRN guard holds in the bulk path too (the GeoPackage's set-based rule, the server's
    trigger): a planned value that slipped through is refused, its row reported."""
    plan_ = planned(db, sheet(50))
    plan_.inserts[10].values["notes"] = "주민번호 900101-1234567"
    result = write(db, plan_)
    assert result.imported == 49 and [r.row for r in result.rejected] == [12]
    assert "resident registration number" in result.rejected[0].reason("en")
    assert plain_rows(db, "SELECT count(*) FROM households WHERE notes LIKE '%900101%'") == [(0,)]


@pytest.mark.parametrize("stop", ["cancel", "crash"])
def test_a_cancel_or_crash_leaves_the_database_as_it_was(db, stop):
    before = state(db)
    plan_ = planned(db, sheet())
    seen = []

    def progress(percent):
        seen.append(percent)
        if stop == "crash" and percent > 50:
            raise MemoryError("out of memory")

    with pytest.raises(importing.ImportCancelled if stop == "cancel" else MemoryError):
        write(db, plan_, progress=progress, cancelled=lambda: bool(seen) and seen[-1] > 50)
    assert state(db) == before
    assert write(db, plan_).imported == N  # and the same plan, written again, goes in whole


def test_one_audit_row_per_imported_household_and_one_for_the_import(db):
    result = write(db, planned(db, sheet()))
    assert result.imported == N
    assert plain_rows(db, "SELECT count(*), count(DISTINCT a.record_id) FROM audit_log a JOIN households h "
                          "ON h.id = a.record_id WHERE a.action = 'insert' AND a.table_name = 'households' "
                          "AND h.case_no LIKE 'W-%' AND a.\"user\" IS NOT NULL") == [(N, N)]
    assert plain_rows(db, "SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'households'"
                      ) == [(1,)]


def test_upserts_and_inserts_together(db):
    rows = sheet(20) + [(30, ["2026-0001", "김철순", "저위험", None, None])]
    conn = dbapi.connect_readonly(db)
    try:
        context = importing.load_context(conn, "households")
    finally:
        conn.close()
    plan_ = importing.plan(rows, importing.find_header("households", rows), context, mode="upsert")
    result = write(db, plan_)
    assert (result.imported, result.updated, result.rejected_rows) == (20, 1, 0)
    assert plain_rows(db, "SELECT head_name, risk_level, version FROM households WHERE case_no = '2026-0001'") == [
        ("김철순", "low", 2)]


def test_a_dry_run_writes_nothing_and_opens_no_write_connection(provider, local_db, tmp_path, monkeypatch):
    db = local_db  # a GeoPackage: the plan knows everything the file would refuse
    path = tmp_path / "list.csv"
    path.write_text("사례번호,성명\nD-1,가\nD-2,나\n2026-0001,다\n", encoding="utf-8")
    before = state(db)

    def no_writer(database):
        raise AssertionError("a dry run opened a write connection")

    monkeypatch.setattr(dbapi, "connect", no_writer)
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path),
                                                                 "DRY_RUN": True})
    assert (result["IMPORTED"], result["REJECTED"]) == (2, 1)
    monkeypatch.undo()
    assert state(db) == before


def test_a_dry_run_on_a_shared_database_reports_what_the_server_refuses_the_login(provider, demo_server, tmp_path):
    """On a server the login's rights and 동 rules decide what may be written, which a plan cannot
    know: the dry run writes and rolls back, so it reports what the real run would refuse."""
    staff = demo_server["kim_dong"]
    path = tmp_path / "facilities.csv"
    path.write_text("시설명,시설유형\n임시 시설,노인복지관\n임시 시설 2,노인복지관\n", encoding="utf-8")
    before = plain_rows(demo_server["admin"], "SELECT count(*) FROM facilities")
    rejects = tmp_path / "rejects.xlsx"
    dry = processing.run("welfarevisitmap:import_facilities", {"DATABASE": staff, "INPUT": str(path), "DRY_RUN": True,
                                                               "REJECTS": str(rejects)})
    assert (dry["IMPORTED"], dry["REJECTED"]) == (0, 2)  # staff may not add facilities
    assert plain_rows(demo_server["admin"], "SELECT count(*) FROM facilities") == before
    real = processing.run("welfarevisitmap:import_facilities", {"DATABASE": staff, "INPUT": str(path)})
    assert (real["IMPORTED"], real["REJECTED"]) == (dry["IMPORTED"], dry["REJECTED"])


def test_a_household_deleted_while_the_import_runs_is_reported_not_counted(db):
    """The plan says 'update W-5' but W-5 is gone when the plan is written: the row is reported
    (row, 'no longer on record'), never counted as updated; the others are updated (on the server
    set-based, as more than 20 are)."""
    assert write(db, planned(db, sheet(30))).imported == 30
    rows = sheet(30)
    plan_ = importing.plan(rows, importing.find_header("households", rows), _context(db), mode="upsert")
    assert len(plan_.updates) == 30
    conn = dbapi.connect(db)
    with conn:
        conn.execute("DELETE FROM households WHERE case_no = 'W-5'")
    conn.close()
    result = write(db, plan_)
    assert (result.updated, [(r.row, r.code) for r in result.rejected]) == (29, [(7, "gone")])
    assert "deleted while the import ran" in result.rejected[0].reason("en")
    assert plain_rows(db, "SELECT count(*) FROM households WHERE case_no LIKE 'W-%'") == [(29,)]


def _context(database):
    conn = dbapi.connect_readonly(database)
    try:
        return importing.load_context(conn, "households")
    finally:
        conn.close()


def test_text_with_tabs_line_breaks_quotes_and_backslashes_goes_in_as_it_is(db):
    """What COPY's format must escape reaches the table unchanged (and an empty cell stays NULL)."""
    plan_ = planned(db, sheet(5))
    awkward = 'a\tb\nc\r\nd\\e "f", g\\N'
    plan_.inserts[2].values["notes"] = awkward
    plan_.inserts[3].values["address_detail"] = "3층, 301호"
    assert write(db, plan_).imported == 5
    assert plain_rows(db, "SELECT case_no, notes, address_detail FROM households WHERE case_no LIKE 'W-%' "
                          "ORDER BY case_no") == [("W-0", None, None), ("W-1", None, None), ("W-2", awkward, None),
                                                  ("W-3", None, "3층, 301호"), ("W-4", None, None)]


def test_many_upserts_go_through_the_version_check_and_the_audit(db):
    """Enough households on record to be updated set-based on the server (one UPDATE … FROM per set
    of columns): each one's version moves on by one, one audit row of its changed columns, the rows
    without a place keep theirs; a refused one is reported by row."""
    rows = sheet(60)
    assert write(db, planned(db, rows)).imported == 60
    again = [rows[0]] + [(n, [case_no, f"{name} 개명", risk, x if n % 2 else None, y if n % 2 else None])
                         for n, (case_no, name, risk, x, y) in rows[1:]]
    conn = dbapi.connect_readonly(db)
    try:
        context = importing.load_context(conn, "households")
    finally:
        conn.close()
    plan_ = importing.plan(again, importing.find_header("households", again), context, mode="upsert")
    plan_.updates[30].values["risk_level"] = "bogus"
    result = write(db, plan_)
    assert (result.imported, result.updated, [r.row for r in result.rejected]) == (0, 59, [32])
    assert plain_rows(db, "SELECT count(*), min(version), max(version) FROM households WHERE head_name LIKE '%개명'"
                      ) == [(59, 2, 2)]
    assert plain_rows(db, "SELECT count(*) FROM households WHERE case_no LIKE 'W-%' AND geom IS NULL") == [(0,)]
    assert plain_rows(db, "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'households' "
                          "AND detail LIKE '%head_name%'") == [(59,)]
