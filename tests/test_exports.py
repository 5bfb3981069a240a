"""welfarevisitmap:export_visit_results: one row per visit, ready for re-entry upstream."""
import datetime as dt
import sqlite3

import openpyxl
import processing
import pytest
from qgis.core import QgsProcessingException


def test_visits_of_a_month_one_row_each_formatted(provider, demo_dir, tmp_path):
    output = tmp_path / "visits.xlsx"
    result = processing.run("welfarevisitmap:export_visit_results", {
        "DATABASE": str(demo_dir / "demo.gpkg"), "DATE_FROM": "2026.03.01", "DATE_TO": "20260331",
        "OUTPUT": str(output)})
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        expected = conn.execute("SELECT count(*) FROM visits WHERE visited_on BETWEEN '2026-03-01' AND '2026-03-31'"
                                ).fetchone()[0]
        with_needs = conn.execute(
            "SELECT v.visited_on, h.case_no, n.item FROM needs n JOIN visits v ON v.id = n.visit_id JOIN households h "
            "ON h.id = v.household_id WHERE v.visited_on BETWEEN '2026-03-01' AND '2026-03-31' AND h.case_no IS NOT NULL "
            "ORDER BY v.fid LIMIT 1").fetchone()
        audit = conn.execute("SELECT action, table_name FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()
    assert result["VISITS"] == expected > 500
    sheet = openpyxl.load_workbook(output).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["사례번호", "가구", "방문일", "방문방법", "방문결과", "위기도"]
    assert sheet.max_row == expected + 1
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    dates = [sheet.cell(row=r, column=3).value for r in range(2, sheet.max_row + 1)]
    assert all(isinstance(d, dt.datetime) and dt.datetime(2026, 3, 1) <= d <= dt.datetime(2026, 3, 31) for d in dates)
    assert dates == sorted(dates)
    risk_fills = {sheet.cell(row=r, column=6).value: sheet.cell(row=r, column=6).fill.fgColor.rgb
                  for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=6).value}
    assert risk_fills["저위험"].upper().endswith("1F78B4") and risk_fills["중위험"].upper().endswith("FF7F00")
    day, case_no, item = with_needs
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any(r[0] == case_no and r[2].date().isoformat() == day and item in (r[9] or "") for r in rows)
    assert audit == ("export", "visits")


def test_bad_dates_are_refused(provider, demo_dir, tmp_path):
    with pytest.raises(QgsProcessingException, match="DATE_FROM"):
        processing.run("welfarevisitmap:export_visit_results", {
            "DATABASE": str(demo_dir / "demo.gpkg"), "DATE_FROM": "2026-02-30", "DATE_TO": "2026-03-31",
            "OUTPUT": str(tmp_path / "x.xlsx")})
    assert not (tmp_path / "x.xlsx").exists()


def test_statistics_workbook_reproduces_the_seed_figures_on_the_demo(provider, demo_dir, tmp_path):
    from welfare_visit_map.plugin.core import demo

    output = tmp_path / "stats.xlsx"
    processing.run("welfarevisitmap:statistics_report", {
        "DATABASE": str(demo_dir / "demo.gpkg"), "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31",
        "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["요약", "동별", "통별", "월별", "욕구 영역", "연계 유형"]
    summary = {row[0]: row[1] for row in book["요약"].iter_rows(min_row=4, max_row=11, values_only=True)}
    assert summary == {"대상 가구": 10497, "방문 가구": 5950, "방문 건수": 13608, "고위험 가구": 36, "중위험 가구": 583,
                       "저위험 가구": 5331, "욕구 건수": 9373, "서비스 연계 건수": 4961}
    assert list(summary.values()) == list(demo.SEED_FIGURES.values())
    dongs = list(book["동별"].iter_rows(min_row=2, values_only=True))
    assert len(dongs) == 14 and sum(r[1] for r in dongs) == 10497 and sum(r[2] for r in dongs) == 5950
    assert sum(r[2] for r in book["통별"].iter_rows(min_row=2, values_only=True)) == 10497
    assert sum(r[1] for r in book["월별"].iter_rows(min_row=2, values_only=True)) == 13608
    assert sum(r[1] for r in book["욕구 영역"].iter_rows(min_row=2, values_only=True)) == 9373
    assert sum(r[1] for r in book["연계 유형"].iter_rows(min_row=2, values_only=True)) == 4961
    assert len(book["월별"]._charts) == 1 and len(book["욕구 영역"]._charts) == 1
