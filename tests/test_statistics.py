"""The statistics workbook as of the period (issue 17), on a small known-answer district built
here, on the GeoPackage and on the same moved up to the test server: households in care at the
end of the period, their risk at their latest met visit on or before it, moves, deaths and
closings taking households out of care on their day, households and persons by benefit type,
needs by domain and item, linkages by kind and status, the comparison with an earlier period;
the workbook opens in LibreOffice (converted to PDF and rendered)."""
import shutil
import subprocess

import openpyxl
import processing
import pytest
from conftest import make_small_database, on_backend

from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import gpkg, statistics

P1 = ("2026-01-01", "2026-03-31")
P2 = ("2026-04-01", "2026-06-30")
P3 = ("2026-07-01", "2026-12-31")


def build(path):
    """make_small_database, then:
    hh-1 천연동 1통, 기초(일반), 2 persons: met high 02-01 (needs 식품, 의료비; linkage in kind
      02-05 provided), met low 05-01 (need 식품; linkage public benefit 05-10 requested);
    hh-2 천연동 2통, 긴급복지, size unknown: met medium 03-01 with a further visitor, moved 06-15;
    hh-3 북아현동, 차상위, 3 persons: absent 04-01, registry death effective 07-15;
    hh-4 천연동 1통, 기초(조건부), 1 person, found 2026-08-01: met medium 09-01;
    hh-5 천연동 2통, 해당없음, 2 persons, found 2025-03-01: met low 2025-04-01, registry move-out
      2025-06-01, move-in 2025-10-01;
    hh-6 북아현동, 한부모, 4 persons: never visited, closed by hand on 2026-05-20."""
    make_small_database(path)
    c = gpkg.connect(path)
    with c:
        c.execute("UPDATE households SET benefit_status = 'basic_general', members = 2, read_version = version WHERE id = 'hh-1'")
        c.execute("UPDATE households SET benefit_status = 'emergency', read_version = version WHERE id = 'hh-2'")
        c.execute("UPDATE households SET benefit_status = 'near_poor', members = 3, read_version = version WHERE id = 'hh-3'")
        c.execute("INSERT INTO households (id, head_name, dong_code, tong, benefit_status, members, found_on, "
                  "created_at) VALUES ('hh-4', '오영자', '1141055500', 1, 'basic_conditional', 1, '2026-08-01', "
                  "'2026-08-02T09:00:00.000Z'), ('hh-5', '강민호', '1141055500', 2, 'none', 2, '2025-03-01', "
                  "'2025-03-01T09:00:00.000Z'), ('hh-6', '조은비', '1141056500', NULL, 'single_parent_support', 4, "
                  "NULL, '2026-01-10T09:00:00.000Z')")
        visits = (("x-1", "hh-1", "2026-02-01", "v-1", "met", "high"), ("x-2", "hh-1", "2026-05-01", "v-1", "met", "low"),
                  ("x-3", "hh-2", "2026-03-01", "v-1", "met", "medium"), ("x-4", "hh-2", "2026-06-15", "v-1", "moved", None),
                  ("x-5", "hh-3", "2026-04-01", "v-2", "absent", None), ("x-6", "hh-4", "2026-09-01", "v-1", "met", "medium"),
                  ("x-7", "hh-5", "2025-04-01", "v-1", "met", "low"))
        c.executemany("INSERT INTO visits (id, household_id, visited_on, visitor_id, outcome, risk_level) "
                      "VALUES (?,?,?,?,?,?)", visits)
        c.execute("INSERT INTO visit_visitors (visit_id, visitor_id) VALUES ('x-3', 'v-3')")
        c.executemany("INSERT INTO needs (id, household_id, visit_id, domain, item) VALUES (?,?,?,?,?)",
                      (("n-1", "hh-1", "x-1", "economy", "식품"), ("n-2", "hh-1", "x-1", "health", "의료비"),
                       ("n-3", "hh-1", "x-2", "economy", "식품")))
        c.executemany("INSERT INTO linkages (need_id, household_id, kind, provider_name, linked_on, status) "
                      "VALUES (?,?,?,?,?,?)", (("n-1", "hh-1", "in_kind", "푸드뱅크", "2026-02-05", "provided"),
                                               ("n-3", "hh-1", "public_benefit", "주민센터", "2026-05-10", "requested")))
        c.executemany("INSERT INTO registry_changes (case_no, change, effective_on, applied_at, household_id) "
                      "VALUES (?,?,?,?,?)", (("2026-0003", "death", "2026-07-15", "2026-07-16T09:00:00Z", "hh-3"),
                                             ("X-5", "move_out", "2025-06-01", "2025-06-02T09:00:00Z", "hh-5"),
                                             ("X-5", "move_in", "2025-10-01", "2025-10-02T09:00:00Z", "hh-5")))
        c.execute("UPDATE households SET status = 'deceased', read_version = version WHERE id = 'hh-3'")
        c.execute("UPDATE households SET status = 'closed', read_version = version WHERE id = 'hh-6'")
    with c:  # the day it was closed by hand: its last edit
        c.execute("UPDATE households SET updated_at = '2026-05-20T10:00:00.000Z', read_version = version WHERE id = 'hh-6'")
    c.close()
    return path


# (households in care at the end, in care during, visited, visits, participations, high, medium, low,
#  not assessed, needs, linkages, found, left, persons) — counted by hand from build()'s words
TRUTH = {
    P1: (5, 5, 2, 2, 3, 1, 1, 1, 2, 2, 1, 4, 0, 12),
    P2: (3, 5, 3, 3, 3, 0, 0, 2, 1, 1, 1, 0, 2, 7),
    P3: (3, 4, 1, 1, 1, 0, 1, 2, 0, 0, 0, 1, 1, 5),
    ("2025-07-01", "2025-09-30"): (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),  # hh-5 moved away then
    ("2025-07-01", "2025-12-31"): (1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2),  # back on 10-01, risk from 2025-04
}
KEYS = ("households", "households_in_period", "visited_households", "visits", "participations", "risk_high",
        "risk_medium", "risk_low", "risk_none", "needs", "linkages", "found", "left", "persons")


@pytest.fixture
def small(tmp_path):
    return build(tmp_path / "w.gpkg")


@pytest.fixture(params=["gpkg", "postgres"])
def database(request, small):
    return on_backend(request, str(small))


def figures(database, period, compare=None):
    conn = dbapi.connect_readonly(database)
    try:
        return statistics.compare(conn, *period, *(compare or (None, None)))
    finally:
        conn.close()


def test_the_closed_household_was_edited_on_its_day(small):
    conn = gpkg.connect_readonly(small)
    try:
        assert conn.execute("SELECT status, updated_at FROM households WHERE id IN ('hh-2', 'hh-6') ORDER BY id"
                            ).fetchall() == [("moved", None), ("closed", "2026-05-20T10:00:00.000Z")]
    finally:
        conn.close()


@pytest.mark.parametrize("period", list(TRUTH))
def test_every_figure_is_as_of_the_period(database, period):
    stats = figures(database, period)
    assert tuple(stats["summary"][k] for k in KEYS) == TRUTH[period]


def test_a_household_stops_counting_after_its_move(database):
    before, after = figures(database, ("2026-01-01", "2026-06-14")), figures(database, ("2026-01-01", "2026-06-15"))
    assert before["summary"]["households"] - after["summary"]["households"] == 1
    assert (before["summary"]["risk_medium"], after["summary"]["risk_medium"]) == (1, 0)
    assert (before["summary"]["left"], after["summary"]["left"]) == (1, 2)  # hh-6 closed 05-20, hh-2 moved 06-15
    dong = {r[0]: r[2:] for r in after["dong"]}
    assert dong["천연동"] == (2, 2, 0, 0, 2, 0)  # hh-1 low, hh-5 low; hh-2 visited, gone


def test_tables_as_of_the_period(database):
    stats = figures(database, ("2026-01-01", "2026-12-31"))
    benefit = {r[0]: r[1:] for r in stats["benefit"]}
    assert benefit["기초생활 수급(일반)"] == (1, 2, 0) and benefit["기초생활 수급(조건부)"] == (1, 1, 0)
    assert benefit["기초생활 수급 계"] == (2, 3, 0) and benefit["해당없음"] == (1, 2, 0)
    assert benefit["긴급복지"] == (0, 0, 0) and benefit["계"] == (3, 5, 0)
    p1 = {r[0]: r[1:] for r in figures(database, P1)["benefit"]}
    assert p1["긴급복지"] == (1, 1, 1)  # size unknown: one person, and said so
    assert stats["need_items"] == [("건강", "의료비", 1), ("경제", "식품", 2)]
    assert sorted(stats["domains"]) == [("건강", 1), ("경제", 2)]
    assert sorted(stats["kind_status"]) == [("공적급여 신청", 1, 1, 0, 0), ("현물", 1, 0, 1, 0)]
    assert dict(stats["roles"]) == {"공무원": 6, "복지통장": 1}
    assert dict(stats["role_visits"]) == {"공무원": 5, "복지통장": 1}  # x-3: two officials, one visit
    assert stats["months"] == [("2026-02", 1, 1), ("2026-03", 1, 1), ("2026-04", 1, 1), ("2026-05", 1, 1),
                               ("2026-06", 1, 1), ("2026-09", 1, 1)]


def test_the_comparison_is_the_two_single_period_runs(database):
    stats = figures(database, P3, P2)
    alone, earlier = figures(database, P3)["summary"], figures(database, P2)["summary"]
    assert stats["summary"] == alone and stats["earlier"]["summary"] == earlier
    default = figures(database, P3)["earlier"]
    assert default["period"][0].isoformat() == "2025-07-01" and default["summary"]["households"] == 1


def test_both_engines_write_the_same_workbook_numbers(small, move_up, tmp_path):
    books = []
    for database in (str(small), move_up(str(small))["admin"]):
        stats = figures(database, P3, P2)
        path = statistics.write(tmp_path / f"{len(books)}.xlsx", stats, *P3)
        book = openpyxl.load_workbook(path)
        books.append({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book})
    assert books[0] == books[1]
    summary = {r[0]: r[1:4] for r in books[0]["요약"] if r and r[0]}
    assert summary["대상 가구"] == [3, 3, 0.0] and summary["기간 중 관리 가구"] == [4, 5, -20.0]
    assert summary["방문 건수"] == [1, 3, -66.7] and summary["욕구 건수"] == [0, 1, -100.0]


def test_staff_get_the_figures_of_their_dong(small, move_up):
    kim = move_up(str(small))["kim_dong"]
    stats = figures(kim, P1)
    assert stats["summary"]["households"] == 3 and stats["summary"]["risk_none"] == 0  # hh-1, hh-2, hh-5


def test_the_algorithm_compares_and_the_workbook_opens_in_libreoffice(provider, small, tmp_path):
    output = tmp_path / "통계.xlsx"
    processing.run("welfarevisitmap:statistics_report", {
        "DATABASE": str(small), "DATE_FROM": P3[0], "DATE_TO": P3[1], "COMPARE_FROM": P2[0], "COMPARE_TO": P2[1],
        "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["요약", "기간 비교", "동별", "통별", "월별", "급여 유형", "욕구 영역", "욕구 항목",
                               "연계 유형", "위기정보", "발굴경로", "주석"]
    charts = [c for ws in book for c in ws._charts]
    assert len(book["기간 비교"]._charts) == 1 and all(c.title for c in charts)
    rows = {r[0]: r[1:] for r in book["기간 비교"].iter_rows(min_row=2, values_only=True)}
    assert rows["방문 가구"] == (1, 3, -66.7)
    notes = {r[0]: r[1] for r in book["주석"].iter_rows(min_row=2, values_only=True)}
    assert "1명" in notes["대상 가구원"] and "마지막 면담 방문" in notes["고위험 가구"]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (make setup installs libreoffice-calc-nogui)")
    home = tmp_path / "lo-home"
    done = subprocess.run([soffice, f"-env:UserInstallation=file://{home}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(output)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "통계.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, done.stderr
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages and all(p.stat().st_size > 1000 for p in pages)
