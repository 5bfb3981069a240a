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
