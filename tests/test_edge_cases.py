"""Edge cases found in review, each pinned down: odd headers in the import wizard, a risk that
came with an imported list, services declined after one was provided, need items in the
English interface, reports at shared or vacated addresses, search input that is not a 통,
folders with '#' in their name, back-dated closing visits, Korean 통 and date forms."""
import datetime as dt
from dataclasses import replace

import openpyxl
import processing
from conftest import SEOUL, make_small_database

from welfare_visit_map.plugin.core import gpkg, importing, visits
from welfare_visit_map.plugin.core.rows import NeedInput, VisitInput

TODAY = dt.date(2026, 11, 25)
VISIT = VisitInput(visited_on=dt.date(2026, 11, 20), visitor_id="v-1", outcome="met", risk_level="high")


def test_wizard_columns_with_line_breaks_semicolons_blank_and_repeated_headers(provider, tmp_path):
    from welfare_visit_map.plugin.gui.import_dialog import ImportDialog

    db = make_small_database(tmp_path / "w.gpkg", SEOUL)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["사례\n번호", "성명", "비고;참고", "", "성명"])
    sheet.append(["Q-1", "가나", "메모", "x", "다른 이름"])
    book.save(tmp_path / "odd.xlsx")
    dialog = ImportDialog(db)
    dialog.fileEdit.setText(str(tmp_path / "odd.xlsx"))
    dialog.load()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("case_no"))
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("notes"))
    assert [c.currentData() for c in dialog.combos] == ["case_no", "head_name", "notes", None, None]
    dialog.importButton.click()
    assert dialog.last_result["IMPORTED"] == 1, dialog.summaryLabel.text()
    with gpkg.connect(db) as conn:
        assert conn.execute("SELECT head_name, notes FROM households WHERE case_no = 'Q-1'").fetchone() == ("가나", "메모")


def test_a_risk_from_a_list_stays_until_a_visit_meets_the_household(tmp_path):
    conn = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    try:
        with conn:
            conn.execute("UPDATE households SET risk_level = 'high', read_version = version WHERE id = 'hh-3'")
        assert "hh-3" in [h.id for h in visits.work_list(conn, None, TODAY).unvisited]  # never visited
        visits.record_visit(conn, "hh-3", replace(VISIT, outcome="absent", risk_level=None), today=TODAY)
        assert conn.execute("SELECT risk_level FROM households WHERE id = 'hh-3'").fetchone()[0] == "high"
        visits.record_visit(conn, "hh-3", replace(VISIT, visited_on=dt.date(2026, 11, 21), risk_level="low"), today=TODAY)
        assert conn.execute("SELECT risk_level FROM households WHERE id = 'hh-3'").fetchone()[0] == "low"
    finally:
        conn.close()


def test_declining_one_service_after_another_was_provided_keeps_the_need_resolved(tmp_path):
    conn = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    try:
        visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy")], today=TODAY)
        need = visits.open_needs(conn, "hh-1")[0].id
        a = visits.link_service(conn, need, "in_kind", facility_id="f-near", today=TODAY)
        b = visits.link_service(conn, need, "cash", provider_name="교회", today=TODAY)
        visits.close_linkage(conn, a, "provided")
        visits.close_linkage(conn, b, "declined")
        assert conn.execute("SELECT status FROM needs WHERE id = ?", (need,)).fetchone()[0] == "resolved"
    finally:
        conn.close()


def test_need_items_are_stored_in_korean_in_the_english_interface(tmp_path, monkeypatch, qgis_app):
    from welfare_visit_map.plugin.gui.visit_dialog import VisitDialog

    monkeypatch.setenv("WELFARE_VISIT_MAP_LANG", "en")
    dialog = VisitDialog(make_small_database(tmp_path / "w.gpkg"), "hh-1")
    food = next(b for b in dialog.common_buttons if b.text() == "Food")
    food.click()
    assert dialog.needs() == [NeedInput(domain="economy", item="식품")]


def test_reports_do_not_attach_to_a_moved_household_or_to_one_of_several_units(tmp_path):
    conn = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    try:
        with conn:
            conn.execute("UPDATE households SET address = '서울특별시 서대문구 중앙로 12', address_detail = '101동 1001호', "
                         "read_version = version WHERE id = 'hh-1'")
            conn.execute("UPDATE households SET address = '서울특별시 서대문구 중앙로 12', address_detail = '102동 5호', "
                         "read_version = version WHERE id = 'hh-2'")
            conn.execute("UPDATE households SET status = 'moved', read_version = version WHERE id = 'hh-3'")
            conn.execute("INSERT INTO reports (id, received_on, channel, address) VALUES "
                         "('r-building', '2026-11-20', 'call_centre', '서울특별시 서대문구 중앙로 12'), "
                         "('r-unit', '2026-11-20', 'call_centre', '서울특별시 서대문구 중앙로 12 101동 1001호'), "
                         "('r-moved', '2026-11-20', 'call_centre', '서울특별시 서대문구 연희로 3')")
        assert visits.matching_household(conn, "r-building") is None
        assert visits.matching_household(conn, "r-unit") == "hh-1"
        assert visits.matching_household(conn, "r-moved") is None  # new occupants: a new household
    finally:
        conn.close()


def test_search_text_that_is_no_tong_is_just_text(tmp_path):
    folder = tmp_path / "자료 #1 ?%"
    folder.mkdir()
    path = make_small_database(folder / "w.gpkg")
    conn = visits.connect_readonly(path)  # '#', '?' and '%' in the folder name
    try:
        for text in ("12345678901234567890", "²", "٣", "2통", "999"):
            visits.find_households(conn, text)
        assert [h.id for h in visits.find_households(conn, "2통")] == ["hh-2"]
    finally:
        conn.close()
    assert not (tmp_path / "자료 ").exists()


def test_a_back_dated_closing_visit_does_not_close_a_household_met_since(tmp_path):
    conn = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    try:
        visits.record_visit(conn, "hh-1", VISIT, today=TODAY)
        with conn:  # a paper record of an older visit, typed in late
            conn.execute("INSERT INTO visits (household_id, visited_on, outcome) VALUES ('hh-1', '2026-06-01', 'moved')")
        assert conn.execute("SELECT status FROM households WHERE id = 'hh-1'").fetchone()[0] == "active"
    finally:
        conn.close()


def test_korean_tong_and_date_forms_are_read(tmp_path):
    conn = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    rows = [(1, ["성명", "통", "반"]), (2, ["가", "12통", "3반"])]
    visit_rows = [(1, ["사례번호", "방문일", "방문결과"]), (2, ["2026-0001", "2026년 3월 5일", "부재"])]
    try:
        result = importing.Importer(conn, "households").run(rows, importing.find_header("households", rows))
        assert result.imported == 1 and not result.rejected
        assert conn.execute("SELECT tong, ban FROM households WHERE head_name = '가'").fetchone() == (12, 3)
        result = importing.Importer(conn, "visits").run(visit_rows, importing.find_header("visits", visit_rows))
        assert result.imported == 1 and conn.execute("SELECT visited_on FROM visits").fetchone()[0] == "2026-03-05"
    finally:
        conn.close()


def test_facilities_updated_without_a_place_keep_theirs(provider, tmp_path):
    db = make_small_database(tmp_path / "w.gpkg", SEOUL)
    with gpkg.connect(db) as conn:
        conn.execute("UPDATE facilities SET code = 'F-1', geocode_quality = 'source_coordinates' WHERE id = 'f-near'")
    path = tmp_path / "f.csv"
    path.write_text("시설명,시설코드,전화번호\n새 이름,F-1,02-9\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_facilities", {"DATABASE": str(db), "INPUT": str(path), "MODE": 1})
    assert result["UPDATED"] == 1
    with gpkg.connect(db) as conn:
        assert conn.execute("SELECT name, phone, geocode_quality, geom IS NOT NULL FROM facilities WHERE code = 'F-1'"
                            ).fetchone() == ("새 이름", "02-9", "source_coordinates", 1)
