"""Importer limits (issue 19, item 14): a place in Korea but in none of the database's 동 is kept
off the map with a warning; free text longer than its field takes rejects the row (row and column
said, the text never echoed); an output in a folder that does not exist, and a GeoPackage another
program holds, are refused with a message that says so — before anything is written."""
import sqlite3

import openpyxl
import processing
import pytest
from conftest import SEOUL, make_small_database, on_backend, plain_rows
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from welfare_visit_map.plugin.core import database, gpkg, importing

DONG = "1141055500"  # 천연동 (1통 x < 500, 2통 500 ≤ x < 1000); 북아현동 1000 ≤ x < 2000; y 0–1000


def at(x, y):
    """A place relative to the small database's origin in Seoul (EPSG:5186)."""
    return SEOUL[0] + x, SEOUL[1] + y


INSIDE = at(100, 500)                # 천연동 1통
FAR = at(5000.5, 300.25)             # in Korea, in no 동 of the database
FAR_TEXT = "200000.5, 451300.25"     # FAR as the list writes it
OTHER = at(-3000, 2000)


@pytest.fixture
def local_db(tmp_path):
    return make_small_database(tmp_path / "w.gpkg", SEOUL)


@pytest.fixture(params=["gpkg", "postgres"])
def db(request, local_db):
    """DATABASE of the small database in Seoul on each backend."""
    return on_backend(request, local_db)


def rows(database, sql, *args):
    return plain_rows(database, sql, *args)


def sheet_rows(path):
    return [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]


class Recorder(QgsProcessingFeedback):
    """Every text a run shows its user."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS's names
        self.texts.append(error)

    def pushWarning(self, warning):  # noqa: N802
        self.texts.append(warning)

    def pushInfo(self, info):  # noqa: N802
        self.texts.append(info)


# --- 1. places outside the district -------------------------------------------------------------

def test_a_household_in_no_dong_of_the_database_is_imported_without_a_place(provider, db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("사례번호,성명,행정동,통,X,Y\n"
                    f"O-1,가,,,{INSIDE[0]},{INSIDE[1]}\n"
                    f"O-2,나,천연동,2,{FAR[0]},{FAR[1]}\n"        # its 동 and 통 only as its columns name them
                    f"O-3,다,,,{OTHER[0]},{OTHER[1]}\n", encoding="utf-8")
    warnings = tmp_path / "warnings.xlsx"
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path),
                                                                 "WARNINGS": str(warnings)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["REJECTED"], result["RELABELLED"]) == (3, 2, 0, 2)
    assert rows(db, "SELECT case_no, geocode_quality, dong_code, tong, CASE WHEN geom IS NULL THEN 0 ELSE 1 END "
                    "FROM households WHERE case_no LIKE 'O-%' ORDER BY case_no") == [
        ("O-1", "source_coordinates", DONG, 1, 1), ("O-2", "unlocated", DONG, 2, 0), ("O-3", "unlocated", None, None, 0)]
    found = sheet_rows(warnings)
    assert [r[:4] for r in found] == [[3, "X", FAR_TEXT, None], [4, "X", "192000, 453000", None]]
    assert "위치 없이" in found[0][4] and "imported without a place" in found[0][5]


def test_facilities_and_reports_in_no_dong_are_kept_without_a_place(provider, db, tmp_path):
    facilities = tmp_path / "facilities.csv"
    facilities.write_text(f"시설명,X,Y\n안쪽 복지관,{INSIDE[0]},{INSIDE[1]}\n바깥 복지관,{FAR[0]},{FAR[1]}\n",
                          encoding="utf-8")
    result = processing.run("welfarevisitmap:import_facilities", {"DATABASE": str(db), "INPUT": str(facilities)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["RELABELLED"]) == (2, 1, 1)
    assert rows(db, "SELECT name, geocode_quality, dong_code, CASE WHEN geom IS NULL THEN 0 ELSE 1 END FROM facilities "
                    "WHERE name IN ('안쪽 복지관', '바깥 복지관') ORDER BY name DESC") == [
        ("안쪽 복지관", "source_coordinates", DONG, 1), ("바깥 복지관", "unlocated", None, 0)]
    reports = tmp_path / "reports.csv"
    reports.write_text(f"접수일,접수경로,제보내용,X,Y\n2026-11-20,kakaotalk,우편물 적체,{FAR[0]},{FAR[1]}\n"
                       f"2026-11-21,call_centre,인기척 없음,{INSIDE[0]},{INSIDE[1]}\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_reports", {"DATABASE": str(db), "INPUT": str(reports)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["RELABELLED"]) == (2, 1, 1)
    assert rows(db, "SELECT received_on, dong_code, CASE WHEN geom IS NULL THEN 0 ELSE 1 END FROM reports "
                    "ORDER BY received_on") == [("2026-11-20", None, 0), ("2026-11-21", DONG, 1)]


@pytest.fixture(params=["gpkg", "postgres"])
def no_dongs(request, tmp_path):
    """DATABASE of a database without any district, on each backend."""
    return on_backend(request, database.create(tmp_path / "bare.gpkg"))


def test_a_database_without_dongs_takes_places_as_they_come(provider, no_dongs, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f"성명,X,Y\n가,{FAR[0]},{FAR[1]}\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(no_dongs), "INPUT": str(path)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["RELABELLED"]) == (1, 0, 0)
    assert rows(no_dongs, "SELECT geocode_quality, dong_code, CASE WHEN geom IS NULL THEN 0 ELSE 1 END "
                          "FROM households") == [("source_coordinates", None, 1)]


def test_an_address_matched_outside_the_dongs_is_reported_by_its_address(local_db):
    index = importing.AddressIndex()
    x, y = Transformer.from_crs(5186, 5179, always_xy=True).transform(*FAR)
    index.add("서대문구", "연희로", False, 1, 0, x, y)
    sheet = [(1, ["성명", "주소"]), (2, ["가", "서울특별시 서대문구 연희로 1"])]
    conn = gpkg.connect(local_db)
    try:
        result = importing.Importer(conn, "households", address_index=index).run(
            sheet, importing.find_header("households", sheet))
    finally:
        conn.close()
    assert (result.imported, result.unlocated) == (1, 1)
    assert [(w.row, w.column, w.value, w.how) for w in result.warnings] == [
        (2, "주소", "서울특별시 서대문구 연희로 1", importing.OUTSIDE_DISTRICT)]
    assert rows(local_db, "SELECT geocode_quality, geom FROM households WHERE head_name = '가'") == [("unlocated", None)]


# --- 2. text longer than its field ---------------------------------------------------------------

def test_text_longer_than_its_field_rejects_the_row_without_echoing_it(provider, db, tmp_path):
    at_limit = ["C" * 60, "가" * 100, "0" * 40, "서울 " + "나" * 297, "다" * 4000]
    too_long = "라" * 101
    notes = "마" * 4001
    lines = ["사례번호,성명,전화,주소,메모", ",".join(at_limit), f"L-2,{too_long},,,", f"L-3,바,,,{notes}",
             f"L-4,사,{'0' * 41},{'아' * 301},"]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rejects = tmp_path / "rejects.xlsx"
    feedback = Recorder()
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(db), "INPUT": str(path), "REJECTS": str(rejects)}, feedback=feedback)
    assert (result["IMPORTED"], result["REJECTED"]) == (1, 3)  # each row once, whatever its number of problems
    assert rows(db, "SELECT case_no, length(head_name), length(notes) FROM households WHERE case_no LIKE 'C%'") == [
        ("C" * 60, 100, 4000)]
    found = sheet_rows(rejects)
    assert [r[:2] for r in found] == [[3, "성명"], [4, "메모"], [5, "전화"], [5, "주소"]]
    assert "100자" in found[0][2] and "longer than 100 characters (101)" in found[0][3]
    assert "4000" in found[1][3] and "40 characters" in found[2][3] and "300 characters" in found[3][3]
    shown = [str(c) for r in found for c in r] + feedback.texts
    assert not [t for t in shown if any(v[:20] in t for v in (too_long, notes, "0" * 41, "아" * 301))]


def test_long_visitor_names_and_report_texts_are_rejected_too(provider, db, tmp_path):
    visits = tmp_path / "visits.csv"
    visits.write_text(f"사례번호,방문일,방문자,방문결과\n2026-0001,2026-11-02,{'가' * 101},부재\n"
                      f"2026-0001,2026-11-03,{'가' * 100},부재\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_visits", {"DATABASE": str(db), "INPUT": str(visits)})
    assert (result["IMPORTED"], result["REJECTED"]) == (1, 1)
    reports = tmp_path / "reports.csv"
    reports.write_text(f"접수일,접수경로,제보내용\n2026-11-20,카카오톡,{'나' * 4001}\n2026-11-21,120,{'나' * 4000}\n",
                       encoding="utf-8")
    result = processing.run("welfarevisitmap:import_reports", {"DATABASE": str(db), "INPUT": str(reports)})
    assert (result["IMPORTED"], result["REJECTED"]) == (1, 1)
    assert rows(db, "SELECT received_on, length(description) FROM reports") == [("2026-11-21", 4000)]


def test_the_limits_are_for_text_fields_only():
    for table, fields in importing.FIELDS.items():
        for target in fields:
            if target in importing.TEXT_LIMITS:
                assert fields[target][0] == "text", (table, target)
    reason = importing.Rejection(2, "성명", "too_long", {"limit": 100, "length": 250})
    assert reason.reason("ko") and reason.reason("en") == "longer than 100 characters (250): not stored"


# --- 3. outputs and locks -------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm, output, extra", [
    ("import_households", "REJECTS", {}),
    ("import_households", "WARNINGS", {}),
    ("export_household_list", "OUTPUT", {}),
    ("export_partner_share", "OUTPUT", {}),
    ("export_visit_results", "OUTPUT", {}),
    ("print_district_maps", "OUTPUT", {"DPI": 72}),
    ("print_household_sheets", "OUTPUT", {"DPI": 72}),
])
def test_an_output_in_a_folder_that_does_not_exist_is_refused_first(provider, local_db, tmp_path, algorithm, output,
                                                                     extra):
    folder = tmp_path / "no such folder"
    params = {"DATABASE": str(local_db), output: str(folder / "out.file"), **extra}
    if algorithm.startswith("import"):
        source = tmp_path / "list.csv"
        source.write_text("성명\n가\n", encoding="utf-8")
        params["INPUT"] = str(source)
    before = rows(local_db, "SELECT (SELECT count(*) FROM households), (SELECT count(*) FROM audit_log)")
    with pytest.raises(QgsProcessingException) as refused:
        processing.run(f"welfarevisitmap:{algorithm}", params)
    assert str(folder) in str(refused.value) and output in str(refused.value)
    assert not folder.exists()
    assert rows(local_db, "SELECT (SELECT count(*) FROM households), (SELECT count(*) FROM audit_log)") == before


@pytest.mark.parametrize("table, lock", [("facilities", "IMMEDIATE"), ("households", "IMMEDIATE"),
                                         ("households", "EXCLUSIVE")])
def test_a_geopackage_held_by_another_program_is_said_so_and_left_as_it_was(provider, local_db, tmp_path, table,
                                                                             lock):
    """Another program (a QGIS editing session saving, a second QGIS) holds the file: the import
    stops with a message naming the file (not a traceback, not every row 'refused'), and nothing
    of it is written."""
    source = tmp_path / "list.csv"
    source.write_text("시설명\n가 복지관\n나 복지관\n" if table == "facilities" else "성명\n가\n나\n", encoding="utf-8")
    before = rows(local_db, f"SELECT (SELECT count(*) FROM {table}), (SELECT count(*) FROM audit_log)")
    other = sqlite3.connect(str(local_db), isolation_level=None)
    other.execute(f"BEGIN {lock}")
    try:
        with pytest.raises(QgsProcessingException) as refused:
            processing.run(f"welfarevisitmap:import_{table}", {"DATABASE": str(local_db), "INPUT": str(source)})
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(refused.value)
    assert str(local_db) in message and ("locked" in message or "잠겨" in message)
    assert "Traceback" not in message and "refused by the database" not in message
    assert rows(local_db, f"SELECT (SELECT count(*) FROM {table}), (SELECT count(*) FROM audit_log)") == before
    result = processing.run(f"welfarevisitmap:import_{table}", {"DATABASE": str(local_db), "INPUT": str(source)})
    assert result["IMPORTED"] == 2  # once the other program lets go, the same import goes in
