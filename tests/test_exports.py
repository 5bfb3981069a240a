"""welfarevisitmap:export_visit_results and statistics_report: one row per visit, ready for
re-entry upstream; the statistics workbook. Both on the GeoPackage and on the shared database
(the demo moved up to the test server), with the same figures."""
import datetime as dt
import sqlite3

import openpyxl
import processing
import pytest
from conftest import last_audit
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def test_visits_of_a_month_one_row_each_formatted(provider, demo_dir, demo_database, tmp_path):
    output = tmp_path / "visits.xlsx"
    result = processing.run("welfarevisitmap:export_visit_results", {
        "DATABASE": demo_database, "DATE_FROM": "2026.03.01", "DATE_TO": "20260331",
        "OUTPUT": str(output)})
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        expected = conn.execute("SELECT count(*) FROM visits WHERE visited_on BETWEEN '2026-03-01' AND '2026-03-31'"
                                ).fetchone()[0]
        with_needs = conn.execute(
            "SELECT v.visited_on, h.case_no, n.item FROM needs n JOIN visits v ON v.id = n.visit_id JOIN households h "
            "ON h.id = v.household_id WHERE v.visited_on BETWEEN '2026-03-01' AND '2026-03-31' AND h.case_no IS NOT NULL "
            "ORDER BY v.fid LIMIT 1").fetchone()
    audit = last_audit(demo_database)
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
    assert audit[:2] == ("export", "visits") and '"records": ' + str(expected) in audit[2]


def test_bad_dates_are_refused(provider, demo_dir, tmp_path):
    with pytest.raises(QgsProcessingException, match="DATE_FROM"):
        processing.run("welfarevisitmap:export_visit_results", {
            "DATABASE": str(demo_dir / "demo.gpkg"), "DATE_FROM": "2026-02-30", "DATE_TO": "2026-03-31",
            "OUTPUT": str(tmp_path / "x.xlsx")})
    assert not (tmp_path / "x.xlsx").exists()


def test_statistics_workbook_reproduces_the_seed_figures_on_the_demo(provider, demo_dir, demo_database, tmp_path):
    """The seed's figures are cumulative over its period: the 10,497 households in care during 2026,
    5,950 visited, 13,608 visits, 9,373 needs, 4,961 linkages, 19,024 participations. As of the
    end of 2026 the demo has fewer in care: the households whose last visit found them moved or
    deceased (after the visit that assessed their risk) left care, and with them their risk; the
    seed's 36 / 583 / 5,331 are the risks of all 5,950 visited households, those that left included."""
    from welfare_visit_map.plugin.core import demo

    output = tmp_path / "stats.xlsx"
    processing.run("welfarevisitmap:statistics_report", {
        "DATABASE": demo_database, "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31",
        "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["요약", "기간 비교", "동별", "통별", "월별", "급여 유형", "욕구 영역", "욕구 항목",
                               "연계 유형", "위기정보", "발굴경로", "주석"]
    summary = {row[0]: row[1:4] for row in book["요약"].iter_rows(min_row=5, values_only=True) if row and row[0]}
    now = {k: v[0] for k, v in summary.items()}
    seed = demo.SEED_FIGURES
    assert (now["기간 중 관리 가구"], now["방문 가구"], now["방문 건수"], now["욕구 건수"], now["서비스 연계 건수"]) == (
        seed["households"], seed["visited_households"], seed["visits"], seed["needs"], seed["linkages"])
    assert now["방문자 참여 연인원"] == demo.SEED_PARTICIPATIONS
    # as of 2026-12-31: those whose last visit was a move or a death are gone, with their risk
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        gone = dict(conn.execute("SELECT risk_level, count(*) FROM households WHERE status IN ('moved', 'deceased') "
                                 "GROUP BY risk_level").fetchall())
    left = sum(gone.values())
    assert now["기간 중 관리 종료 가구"] == left > 0
    assert now["대상 가구"] == seed["households"] - left == 10379
    assert (now["고위험 가구"], now["중위험 가구"], now["저위험 가구"]) == (
        seed["risk_high"] - gone.get("high", 0), seed["risk_medium"] - gone.get("medium", 0),
        seed["risk_low"] - gone.get("low", 0)) == (35, 571, 5226)
    assert now["위기도 미평가 가구"] == seed["households"] - seed["visited_households"] == 4547
    # compared with 2025 (the same period a year earlier): no visits then, households found in 2025
    assert summary["방문 건수"] == (13608, 0, None)
    benefit = {r[0]: r[1:3] for r in book["급여 유형"].iter_rows(min_row=2, values_only=True)}
    assert benefit["계"] == (10379, now["대상 가구원"])
    assert benefit["기초생활 수급 계"][0] == sum(benefit[k][0] for k in benefit if k.startswith("기초생활 수급("))
    dongs = list(book["동별"].iter_rows(min_row=2, values_only=True))
    assert len(dongs) == 14 and sum(r[1] for r in dongs) == 10379 and sum(r[2] for r in dongs) == 5950
    assert sum(r[2] for r in book["통별"].iter_rows(min_row=2, values_only=True)) == 10379
    assert sum(r[1] for r in book["월별"].iter_rows(min_row=2, values_only=True)) == 13608
    assert sum(r[1] for r in book["욕구 영역"].iter_rows(min_row=2, values_only=True)) == 9373
    assert sum(r[2] for r in book["욕구 항목"].iter_rows(min_row=2, values_only=True)) == 9373
    assert sum(r[1] for r in book["연계 유형"].iter_rows(min_row=2, values_only=True)) == 4961
    assert len(book["월별"]._charts) == 1 and len(book["욕구 영역"]._charts) == 1 and len(book["기간 비교"]._charts) == 1


def test_on_the_shared_database_a_dong_worker_gets_the_figures_of_his_dong(provider, demo_dir, demo_server, tmp_path):
    """Row-level security reaches the statistics: kim_dong (staff of 1141055500) counts only his
    동, and the export is in the audit log under his login, written by the server."""
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        households, visits = conn.execute(
            "SELECT count(DISTINCT h.id), count(v.id) FROM households h LEFT JOIN visits v ON v.household_id = h.id "
            "AND v.visited_on BETWEEN '2026-01-01' AND '2026-12-31' WHERE h.dong_code = '1141055500'").fetchone()
        (dong,) = conn.execute("SELECT name FROM districts WHERE code = '1141055500'").fetchone()
    output = tmp_path / "kim.xlsx"
    processing.run("welfarevisitmap:statistics_report", {
        "DATABASE": demo_server["kim_dong"], "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31", "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    summary = {row[0]: row[1] for row in book["요약"].iter_rows(min_row=5, values_only=True) if row and row[0]}
    assert (summary["기간 중 관리 가구"], summary["방문 건수"]) == (households, visits) and 0 < households < 10497
    assert [r[0] for r in book["동별"].iter_rows(min_row=2, values_only=True)] == [dong]
    action, table, detail, user = last_audit(demo_server["admin"])
    assert (action, table, user) == ("export", None, "kim_dong") and "statistics_report" in detail


def test_a_database_that_is_not_there_is_named(provider, tmp_path):
    for value, message in ((str(tmp_path / "missing.gpkg"), "missing.gpkg"),
                           ("no such connection", "no such connection")):
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("welfarevisitmap:statistics_report", {
                "DATABASE": value, "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31",
                "OUTPUT": str(tmp_path / "x.xlsx")})


def test_a_saved_qgis_connection_or_a_service_names_the_shared_database(provider, demo_server, pg_server, tmp_path,
                                                                         monkeypatch):
    """DATABASE as the name of a PostgreSQL connection saved in QGIS, and as service=NAME of a
    pg_service.conf: both reach the same shared database as the postgresql:// form."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = f"host=127.0.0.1 port={pg_server['port']} dbname='wvm_demo' user='kim_dong'"
    metadata.saveConnection(metadata.createConnection(uri, {"saveUsername": True}), "구청 복지DB")
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[welfare_test]\nhost=127.0.0.1\nport={pg_server['port']}\ndbname=wvm_demo\nuser=kim_dong\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    try:
        figures = []
        for database in (demo_server["kim_dong"], "구청 복지DB", "구청 복지DB#welfare", "service=welfare_test#welfare"):
            output = tmp_path / f"{len(figures)}.xlsx"
            processing.run("welfarevisitmap:statistics_report", {
                "DATABASE": database, "DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31", "OUTPUT": str(output)})
            book = openpyxl.load_workbook(output)
            figures.append([row[1] for row in book["요약"].iter_rows(min_row=5, max_row=20, values_only=True)])
            assert last_audit(demo_server["admin"])[3] == "kim_dong"
    finally:
        metadata.deleteConnection("구청 복지DB")
    assert figures[0] == figures[1] == figures[2] == figures[3] and figures[0][0] > 0


def test_a_saved_connection_takes_its_login_from_qgis_authentication_database(provider, demo_server, pg_server,
                                                                               tmp_path):
    """A saved connection whose login is kept in QGIS's authentication database (authcfg): the
    run connects as that login, and its password appears in no output, log or audit row."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProviderRegistry

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("test master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("김동 로그인")
    config.setConfig("username", "kim_dong")
    config.setConfig("password", "s3cret-패스")
    assert manager.storeAuthenticationConfig(config)[0]
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(
        f"host=127.0.0.1 port={pg_server['port']} dbname='wvm_demo' authcfg={config.id()}", {}), "인증 연결")
    feedback = QgsProcessingFeedback()
    try:
        result = processing.run("welfarevisitmap:export_visit_results", {
            "DATABASE": "인증 연결", "DATE_FROM": "2026-03-01", "DATE_TO": "2026-03-31",
            "OUTPUT": str(tmp_path / "v.xlsx")}, feedback=feedback)
    finally:
        metadata.deleteConnection("인증 연결")
    action, _, detail, user = last_audit(demo_server["admin"])
    assert (action, user) == ("export", "kim_dong") and result["VISITS"] > 0
    assert "s3cret" not in detail and "s3cret" not in feedback.textLog()
