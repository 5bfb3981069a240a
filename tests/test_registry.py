"""welfarevisitmap:apply_registry_changes: deaths and moves close households, once."""
import datetime as dt

import openpyxl
import processing
import pytest
from conftest import on_backend, plain_rows
from qgis.core import QgsProcessingException
from shapely.geometry import Point

from welfare_visit_map.plugin.core import database, gpkg, registry


@pytest.fixture
def local_db(tmp_path):
    path = database.create(tmp_path / "w.gpkg")
    conn = gpkg.connect(path)
    with conn:
        for i in range(1, 6):
            conn.execute("INSERT INTO households (geom, id, case_no, head_name, status) VALUES (?,?,?,?,?)",
                         (gpkg.encode(Point(195000 + i, 553000), 5186), f"hh-{i}", f"C-{i}", f"가구{i}",
                          "moved" if i == 5 else "active"))
        conn.execute("INSERT INTO needs (household_id, domain, status) VALUES ('hh-1', 'economy', 'open'), "
                     "('hh-1', 'health', 'linked'), ('hh-1', 'social', 'resolved'), ('hh-2', 'economy', 'open')")
    conn.close()
    return path


@pytest.fixture(params=["gpkg", "postgres"])
def db(request, local_db):
    """DATABASE on each backend: the GeoPackage, and the same moved up to the test server."""
    return on_backend(request, local_db)


def state(path, sql, *args):
    return plain_rows(path, sql, *args)


CSV = ("사례번호,변동구분,변동일,새주소\n"
       "C-1,사망,2026-03-05,\n"
       "C-2,전출,2026.03.06,\n"
       "C-3,주소변경,20260307,서울특별시 서대문구 연희로 1\n"
       "C-404,사망,2026-03-08,\n"
       "C-4,이혼,2026-03-09,\n"
       "C-4,사망,2026-02-30,\n"
       "C-5,전입,2026/3/10,\n")


def run(db, source):
    return processing.run("welfarevisitmap:apply_registry_changes", {"DATABASE": str(db), "INPUT": str(source)})


def test_changes_apply_once_and_report_the_rest(provider, db, tmp_path):
    source = tmp_path / "changes.csv"
    source.write_text(CSV, encoding="utf-8")
    result = run(db, source)
    assert (result["APPLIED"], result["SKIPPED"], result["UNKNOWN"], result["REJECTED"]) == (4, 0, 1, 2)
    assert dict(state(db, "SELECT id, status FROM households")) == {
        "hh-1": "deceased", "hh-2": "moved", "hh-3": "active", "hh-4": "active", "hh-5": "active"}
    assert sorted(state(db, "SELECT household_id, domain, status FROM needs")) == [
        ("hh-1", "economy", "dropped"), ("hh-1", "health", "dropped"), ("hh-1", "social", "resolved"),
        ("hh-2", "economy", "dropped")]
    assert state(db, "SELECT address, CASE WHEN geom IS NULL THEN 1 END, geocode_quality FROM households "
                     "WHERE id = 'hh-3'") == [
        ("서울특별시 서대문구 연희로 1", 1, "unlocated")]  # flagged for placement, off the map
    snapshot = state(db, "SELECT * FROM households ORDER BY fid") + state(db, "SELECT * FROM needs ORDER BY fid")
    again = run(db, source)
    assert (again["APPLIED"], again["SKIPPED"], again["UNKNOWN"]) == (0, 4, 1)
    assert state(db, "SELECT * FROM households ORDER BY fid") + state(db, "SELECT * FROM needs ORDER BY fid") == snapshot
    assert len(state(db, "SELECT * FROM registry_changes")) == 4
    assert len(state(db, "SELECT * FROM audit_log WHERE table_name = 'registry_changes'")) == 2


def test_problems_name_the_row_and_column(local_db):
    db = local_db
    rows = [(2, {"사례번호": "C-404", "변동구분": "사망", "변동일": "2026-01-01"}),
            (3, {"사례번호": "C-1", "변동구분": "이혼", "변동일": "2026-01-01"}),
            (4, {"사례번호": "C-1", "변동구분": "사망", "변동일": "어제"}),
            (5, {"사례번호": "", "변동구분": "사망", "변동일": "2026-01-01"})]
    conn = gpkg.connect(db)
    report = registry.apply(conn, rows)
    conn.close()
    assert [(p.row, p.column) for p in report.unknown] == [(2, "사례번호")]
    assert [(p.row, p.column) for p in report.rejected] == [(3, "변동구분"), (4, "변동일"), (5, "사례번호")]
    assert "이혼" in report.rejected[0].reason_ko and "unknown change" in report.rejected[0].reason_en


def test_excel_with_date_cells_and_english_headers(provider, db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Case number", "Change", "Date"])
    sheet.append(["C-2", "move-out", dt.date(2026, 4, 1)])
    sheet.append(["C-4", "death", dt.datetime(2026, 4, 2)])
    source = tmp_path / "changes.xlsx"
    book.save(source)
    result = run(db, source)
    assert result["APPLIED"] == 2
    assert state(db, "SELECT case_no, change, effective_on FROM registry_changes ORDER BY fid") == [
        ("C-2", "move_out", "2026-04-01"), ("C-4", "death", "2026-04-02")]


def test_a_file_without_the_needed_columns_is_refused(provider, db, tmp_path):
    source = tmp_path / "wrong.csv"
    source.write_text("이름,날짜\n홍길동,2026-01-01\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="wrong.csv.*사례번호 \\(case_no\\)"):
        run(db, source)
    assert state(db, "SELECT count(*) FROM registry_changes") == [(0,)]


@pytest.mark.parametrize("text, expected", [("2026-03-05", dt.date(2026, 3, 5)), ("2026.3.5", dt.date(2026, 3, 5)),
                                            ("20260305", dt.date(2026, 3, 5)), ("2026-02-30", None), ("", None)])
def test_dates_in_the_forms_districts_use(text, expected):
    assert registry.parse_date(text) == expected
