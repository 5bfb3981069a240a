"""Hardening (issue 19), the classes closed so far, each attacked as a user would: an output that
names the database or a file the run reads is refused before anything is written (both engines
where a file is involved); an invalid filter is an error, never "no filter"; a value that a
spreadsheet would run as a formula is written as text in every workbook; writing a workbook is
linear in its rows."""
import hashlib
import shutil

import openpyxl
import processing
import pytest
from conftest import SEOUL, make_small_database, on_backend, plain_rows
from qgis.core import QgsProcessingException

from welfare_visit_map.plugin.core import exports


@pytest.fixture
def small(tmp_path):
    return make_small_database(tmp_path / "w.gpkg", SEOUL)


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


# --- 8. no output may be the database or a file the run reads -------------------------------------

@pytest.mark.parametrize("algorithm, output, extra", [
    ("export_household_list", "OUTPUT", {}),
    ("export_visit_results", "OUTPUT", {"DATE_FROM": "2026-01-01", "DATE_TO": "2026-12-31"}),
    ("statistics_report", "OUTPUT", {}),
    ("usage_report", "OUTPUT", {}),
    ("export_partner_share", "OUTPUT", {}),
    ("print_household_sheets", "OUTPUT", {}),
    ("print_district_maps", "OUTPUT", {}),
])
def test_an_output_naming_the_database_is_refused_and_the_database_is_untouched(provider, small, algorithm, output,
                                                                                  extra):
    before = digest(small)
    with pytest.raises(QgsProcessingException, match="reads as DATABASE|DATABASE\\(으\\)로 읽는"):
        processing.run(f"welfarevisitmap:{algorithm}", {"DATABASE": str(small), output: str(small), **extra})
    assert digest(small) == before


@pytest.mark.parametrize("output", ["REJECTS", "WARNINGS"])
def test_an_import_report_naming_the_database_or_the_list_is_refused(provider, small, tmp_path, output):
    book = openpyxl.Workbook()
    book.active.append(["성명", "발굴경로"])
    book.active.append(["가나다", "복지통장 발굴"])
    listing = tmp_path / "list.xlsx"
    book.save(listing)
    # the same file under another name (a link) is still the same file
    alias = tmp_path / "alias.gpkg"
    alias.symlink_to(small)
    for target, name in ((alias, "DATABASE"), (listing, "INPUT")):
        before = (digest(small), digest(listing))
        with pytest.raises(QgsProcessingException, match=f"reads as {name}|{name}\\(으\\)로 읽는"):
            processing.run("welfarevisitmap:import_households", {"DATABASE": str(small), "INPUT": str(listing),
                                                                 output: str(target)})
        assert (digest(small), digest(listing)) == before
    assert plain_rows(str(small), "SELECT count(*) FROM households") == [(3,)]


# --- 9. an invalid filter is an error -------------------------------------------------------------

@pytest.fixture(params=["gpkg", "postgres"])
def small_db(request, small, tmp_path):
    copy = tmp_path / "copy.gpkg"
    shutil.copy(small, copy)
    return on_backend(request, str(copy))


@pytest.mark.parametrize("algorithm, expression, extra", [
    ("export_partner_share", "\"dong_code\" = ", {}),                       # does not parse
    ("export_partner_share", "\"dongcode\" = '1141055500'", {}),            # a field that is not there
    ("export_household_list", "\"risk\" = 'high'", {}),
    ("nearest_resources", "no_such_function(1) = 1", {}),
    ("print_household_sheets", "\"risk_levl\" = 'high'", {}),
    ("print_district_maps", "\"parent\" = '1141055500'", {}),
])
def test_an_invalid_filter_is_an_error_not_no_filter(provider, small_db, tmp_path, algorithm, expression, extra):
    suffix = ".pdf" if algorithm.startswith("print") else (".gpkg" if algorithm == "export_partner_share" else ".xlsx")
    output = tmp_path / f"out{suffix}"
    parameters = {"DATABASE": small_db, "FILTER": expression, **extra}
    if algorithm != "nearest_resources":
        parameters["OUTPUT"] = str(output)
    else:
        parameters["OUTPUT"] = "memory:"
    with pytest.raises(QgsProcessingException, match="FILTER"):
        processing.run(f"welfarevisitmap:{algorithm}", parameters)
    assert not output.exists()


def test_a_valid_filter_still_filters(provider, small_db, tmp_path):
    result = processing.run("welfarevisitmap:export_partner_share", {
        "DATABASE": small_db, "FILTER": "\"dong_code\" = '1141056500'", "OUTPUT": str(tmp_path / "s.gpkg")})
    assert result["EXPORTED"] + result["WITHOUT_CONSENT"] == 1


# --- 12. formulas stay text; 13. writing is linear ------------------------------------------------

HOSTILE = ["=HYPERLINK(\"http://example.invalid\",\"클릭\")", "+1+1", "-2+3", "@SUM(1,1)", "\tTAB", "\rCR"]


def test_values_a_spreadsheet_would_run_are_written_as_text(tmp_path):
    columns = (("name", "이름", "Name"), ("n", "수", "N"))
    rows = [{"name": value, "n": i} for i, value in enumerate(HOSTILE)] + [{"name": "보통 이름", "n": -5}]
    path = exports.write_workbook(tmp_path / "w.xlsx", "t", columns, rows)
    cells = list(openpyxl.load_workbook(path).active.iter_rows(min_row=2))
    assert [c[0].value for c in cells] == HOSTILE + ["보통 이름"]
    assert all(c[0].data_type == "s" for c in cells)  # no formula ('f') anywhere
    assert cells[-1][1].value == -5 and cells[-1][1].data_type == "n"  # numbers stay numbers


def test_a_hostile_name_reaches_the_household_list_and_the_import_report_as_text(provider, small, tmp_path):
    from welfare_visit_map.plugin.core import gpkg

    conn = gpkg.connect(str(small))
    conn.execute("UPDATE households SET head_name = ?, notes = ?, read_version = version WHERE id = 'hh-1'",
                 (HOSTILE[0], HOSTILE[3]))
    conn.commit()
    conn.close()
    output = tmp_path / "list.xlsx"
    processing.run("welfarevisitmap:export_household_list", {"DATABASE": str(small), "OUTPUT": str(output)})
    values = {c.value: c.data_type for row in openpyxl.load_workbook(output).active.iter_rows() for c in row}
    assert values[HOSTILE[0]] == "s" and values[HOSTILE[3]] == "s"
    assert "f" not in values.values()
    book = openpyxl.Workbook()
    book.active.append(["성명", "가구유형"])
    book.active.append(["가", "=1+1"])  # an unknown type (a text in the list), written back in the warnings as it came
    exports.as_text(book.active["B2"])
    book.save(tmp_path / "l.xlsx")
    processing.run("welfarevisitmap:import_households", {"DATABASE": str(small), "INPUT": str(tmp_path / "l.xlsx"),
                                                         "WARNINGS": str(tmp_path / "w.xlsx")})
    cells = [c for row in openpyxl.load_workbook(tmp_path / "w.xlsx").active.iter_rows(min_row=2) for c in row]
    assert any(c.value == "=1+1" and c.data_type == "s" for c in cells)
    assert all(c.data_type != "f" for c in cells)


def test_writing_a_workbook_is_linear_in_its_rows(tmp_path, monkeypatch):
    """Counted, not timed: how many cells openpyxl's sheet holds when each row is written stays
    proportional to the rows (reading max_row per row scanned every cell written so far)."""
    from openpyxl.worksheet.worksheet import Worksheet

    calls = []
    original = Worksheet.max_row.fget
    monkeypatch.setattr(Worksheet, "max_row", property(lambda self: calls.append(1) or original(self)))
    columns = (("a", "가", "A"), ("b", "나", "B"))
    exports.write_workbook(tmp_path / "w.xlsx", "t", columns, [{"a": i, "b": str(i)} for i in range(2000)])
    assert len(calls) < 10  # not once per row (or per cell)


# --- 11. a partner output carries coded values only -----------------------------------------------

def test_a_need_typed_in_free_words_reaches_a_partner_as_its_domain_only(provider, small_db, tmp_path):
    from qgis.core import QgsVectorLayer

    from welfare_visit_map.plugin.core import db as dbapi

    conn = dbapi.connect(small_db)
    with conn:
        conn.execute("UPDATE households SET share_consent = ?, read_version = version WHERE id IN ('hh-1', 'hh-2')",
                     (True,))
        conn.execute("INSERT INTO needs (household_id, domain, item) VALUES ('hh-1', 'economy', ?), "
                     "('hh-1', 'living_env', '임대주택'), ('hh-2', 'health', ?)",
                     ("김철수 씨 아들 빚 3천만원", "OO병원 정신과 진료 중단"))
    conn.close()
    output = tmp_path / "share.gpkg"
    processing.run("welfarevisitmap:export_partner_share", {"DATABASE": small_db, "OUTPUT": str(output)})
    layer = QgsVectorLayer(f"{output}|layername=partner_households", "s", "ogr")
    needs = sorted(f["open_needs"] for f in layer.getFeatures())
    assert needs == ["건강", "경제; 생활환경: 임대주택"]
    raw = output.read_bytes().decode("utf-8", errors="ignore")
    assert "빚" not in raw and "병원" not in raw


# --- 10. one guard against resident registration numbers, every free-text column, both engines -----

RRN_FORMS = ["800101 1234567", "800101–1234567", "800101 - 1234567", "８００１０１-１２３４５６７", "800101.1234567",
             "주민번호800101‐2234567끝"]
RRN_COLUMNS = [
    ("households", "case_no", "INSERT INTO households (id, case_no, dong_code) VALUES ('hh-x', ?, '1141055500')"),
    ("households", "notes", "UPDATE households SET notes = ?, read_version = version WHERE id = 'hh-1'"),
    ("needs", "item", "INSERT INTO needs (household_id, domain, item) VALUES ('hh-1', 'economy', ?)"),
    ("visitors", "name", "INSERT INTO visitors (name, role, dong_code) VALUES (?, 'official', '1141055500')"),
    ("linkages", "provider_name", "INSERT INTO linkages (household_id, kind, provider_name, linked_on) "
                                  "VALUES ('hh-1', 'cash', ?, '2026-11-01')"),
    ("registry_changes", "new_address", "INSERT INTO registry_changes (case_no, change, effective_on, new_address) "
                                        "VALUES ('2026-0001', 'address_change', '2026-11-01', ?)"),
    ("reports", "description", "INSERT INTO reports (received_on, channel, description) VALUES ('2026-11-01', 'other', ?)"),
]


@pytest.mark.parametrize("table, column, sql", RRN_COLUMNS)
def test_a_resident_registration_number_is_refused_in_any_form_in_any_free_text_column(small_db, table, column, sql):
    from welfare_visit_map.plugin.core import db as dbapi

    conn = dbapi.connect(small_db)
    try:
        for form in RRN_FORMS:
            with pytest.raises(dbapi.errors(), match=f"{table}.{column}: looks like a resident registration number"), conn:
                conn.execute(sql, (form,))
        with conn:  # a phone number, a case number and a date are not one
            conn.execute(sql, ("010-1234-5678 / 11290-2026-000112 / 2026.11.30",))
    finally:
        conn.close()


def test_the_importer_reads_every_form_as_a_number_to_refuse_without_echoing_it(provider, small, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["성명", "비고"])
    for form in RRN_FORMS:
        book.active.append(["가나다", form])
    book.save(tmp_path / "l.xlsx")
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(small), "INPUT": str(tmp_path / "l.xlsx"), "REJECTS": str(tmp_path / "r.xlsx")})
    assert (result["IMPORTED"], result["REJECTED"]) == (0, len(RRN_FORMS))
    text = " ".join(str(c.value) for row in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows() for c in row)
    assert "1234567" not in text and "１２３４５６７" not in text


# --- 1–7. the shared database, attacked as its logins --------------------------------------------------

@pytest.fixture
def server(small, move_up, pg_server):
    """The small database moved up; logins: kim_dong (staff of 천연동), choi_dong (staff of 북아현동),
    gu_admin (district admin, not a superuser), park_partner (partner), lee_audit (auditor).
    {login: a psycopg2 connection as that login, "owner": as the server's superuser, "database": DATABASE}."""
    import psycopg2

    from welfare_visit_map.plugin.core import pg

    databases = move_up(str(small))
    dbname = databases["admin"].split("/")[-1].split("#")[0]
    owner = psycopg2.connect(dbname=dbname, **pg_server)
    for login, group, dongs in (("choi_dong", "staff", ["1141056500"]), ("gu_admin", "admin", []),
                                ("park_partner", "partner", []), ("lee_audit", "auditor", [])):
        pg.add_person(owner, login, group, dongs)
    owner.commit()
    out = {"owner": owner, "database": databases}
    for login in ("kim_dong", "choi_dong", "gu_admin", "park_partner", "lee_audit"):
        out[login] = psycopg2.connect(dbname=dbname, **{**pg_server, "user": login})
    yield out
    for value in out.values():
        if hasattr(value, "close"):
            value.close()


def refused(conn, sql, args=(), match=None):
    """Run ``sql`` as the connection's login: it must fail (and leaves nothing behind)."""
    import psycopg2

    with pytest.raises(psycopg2.Error, match=match):
        conn.cursor().execute(sql, args)
    conn.rollback()


def test_1_no_login_but_the_owner_sets_or_reads_a_counter(server):
    for login in ("kim_dong", "gu_admin", "park_partner", "lee_audit"):
        refused(server[login], "SELECT setval(pg_get_serial_sequence('welfare.audit_log', 'fid'), 1)", match="permission")
        refused(server[login], "SELECT last_value FROM welfare.audit_log_fid_seq", match="permission")
    kim = server["kim_dong"]
    kim.cursor().execute("INSERT INTO welfare.visits (household_id, visited_on, outcome) VALUES ('hh-1', '2026-11-01', "
                         "'absent')")
    kim.commit()
    cur = server["owner"].cursor()
    cur.execute("SELECT count(*) FROM welfare.audit_log WHERE \"user\" = 'kim_dong' AND table_name = 'visits'")
    assert cur.fetchone() == (1,)  # writes and their audit go on


def test_2_owner_run_functions_are_not_callable_by_logins(server):
    for login in ("kim_dong", "gu_admin", "park_partner", "lee_audit"):
        refused(server[login], "SELECT welfare.derive_household('hh-3')", match="permission denied for function")
    for login in ("park_partner", "lee_audit"):
        refused(server[login], "SELECT welfare.log_event('export', 'households', '{}')", match="permission denied")


def test_3_visitors_follow_the_dong_rules_ids_never_change_and_changes_are_audited(server):
    kim = server["kim_dong"]
    cur = kim.cursor()
    cur.execute("UPDATE welfare.visitors SET active = false")  # every visitor of the district, he tries
    assert cur.rowcount == 1  # only v-1, of his 동
    kim.commit()
    refused(kim, "UPDATE welfare.visitors SET id = 'v-9' WHERE id = 'v-1'", match="id cannot change")
    refused(kim, "INSERT INTO welfare.visitors (name, role, dong_code) VALUES ('남', 'official', '1141056500')",
            match="row-level security")
    refused(server["gu_admin"], "UPDATE welfare.households SET id = 'hh-9', read_version = version WHERE id = 'hh-3'",
            match="id cannot change")
    owner = server["owner"].cursor()
    owner.execute("SELECT active FROM welfare.visitors ORDER BY id")
    assert owner.fetchall() == [(False,), (True,), (True,)]
    owner.execute("SELECT count(*) FROM welfare.audit_log WHERE table_name = 'visitors' AND \"user\" = 'kim_dong'")
    assert owner.fetchone() == (1,)


def test_4_links_reach_only_rows_the_login_may_see_and_say_nothing_of_others(server):
    owner = server["owner"]
    cur = owner.cursor()
    cur.execute("INSERT INTO welfare.visits (id, household_id, visited_on, outcome) VALUES ('vis-3', 'hh-3', "
                "'2026-11-01', 'absent')")
    cur.execute("INSERT INTO welfare.needs (id, household_id, domain) VALUES ('need-3', 'hh-3', 'economy')")
    owner.commit()
    kim = server["kim_dong"]
    for visit in ("vis-3", "no-such-visit"):  # another 동's and none at all: the same refusal
        refused(kim, "INSERT INTO welfare.needs (household_id, visit_id, domain) VALUES ('hh-1', %s, 'economy')",
                (visit,), match="needs.visit_id: no such visit of this household")
    for need in ("need-3", "no-such-need"):
        refused(kim, "INSERT INTO welfare.linkages (household_id, need_id, kind, provider_name, linked_on) "
                     "VALUES ('hh-1', %s, 'cash', '가', '2026-11-01')", (need,),
                match="linkages.need_id: no such need of this household")
    for household in ("hh-3", "no-such-household"):
        refused(kim, "INSERT INTO welfare.reports (received_on, channel, dong_code, household_id) "
                     "VALUES ('2026-11-01', 'other', '1141055500', %s)", (household,),
                match="reports.household_id: no such household")


def test_5_the_dong_follows_the_point_creators_stay_the_audit_log_is_append_only(server):
    kim = server["kim_dong"]
    # hh-1's point moved into 북아현동 (x 1,000-2,000 of the small district): its 동 follows, so he may not
    refused(kim, f"UPDATE welfare.households SET geom = ST_SetSRID(ST_MakePoint({SEOUL[0] + 1500}, {SEOUL[1] + 500}), "
                 "5186), read_version = version WHERE id = 'hh-1'", match="row-level security")
    cur = kim.cursor()
    cur.execute("UPDATE welfare.households SET created_by = 'someone else', created_at = '2000-01-01', "
                "notes = '확인', read_version = version WHERE id = 'hh-1'")
    kim.commit()
    owner = server["owner"].cursor()
    owner.execute("SELECT created_by, created_at > '2020-01-01' FROM welfare.households WHERE id = 'hh-1'")
    assert owner.fetchone()[0] != "someone else"
    for sql in ("UPDATE welfare.audit_log SET \"user\" = 'x'", "DELETE FROM welfare.audit_log",
                "TRUNCATE welfare.audit_log"):
        refused(server["gu_admin"], sql)
        refused(server["owner"], sql, match="append-only")
    refused(kim, "SELECT welfare.log_event('export', 'households', 'free words, not JSON')", match="JSON")
    refused(kim, "SELECT welfare.log_event('export', 'households', %s)", ('{"x": "' + "y" * 5000 + '"}',), match="JSON")
    cur = kim.cursor()
    with pytest.raises(Exception, match="a minute"):
        for _ in range(200):
            cur.execute("SELECT welfare.log_event('export', 'households', '{}')")
    kim.rollback()


def test_6_partners_read_through_a_barrier_active_households_and_auditors_no_names(provider, server, tmp_path):
    owner = server["owner"]
    cur = owner.cursor()
    cur.execute("SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'welfare' AND c.relname LIKE 'partner_%' ORDER BY 1")
    assert [(name, "security_barrier=true" in (options or [])) for name, options in cur.fetchall()] == [
        ("partner_households", True), ("partner_tong_counts", True)]
    cur.execute("UPDATE welfare.households SET share_consent = true, status = CASE WHEN id = 'hh-2' THEN 'moved' "
                "ELSE 'active' END, read_version = version")
    owner.commit()
    partner = server["park_partner"].cursor()
    partner.execute("SELECT count(*) FROM welfare.partner_households")
    assert partner.fetchone() == (2,)
    refused(server["park_partner"], "SELECT * FROM welfare.households", match="permission")
    processing.run("welfarevisitmap:export_household_list", {
        "DATABASE": server["database"]["admin"], "HOUSEHOLD_FILTER": "head_name = '김철수' AND risk_level IS NULL",
        "OUTPUT": str(tmp_path / "l.xlsx")})
    auditor = server["lee_audit"].cursor()
    auditor.execute("SELECT detail FROM welfare.audit_log WHERE action = 'export' ORDER BY fid DESC LIMIT 1")
    detail = auditor.fetchone()[0]
    assert "김철수" not in detail and "head_name = '…'" in detail


@pytest.mark.parametrize("where", ["1=1; UPDATE households SET notes = 'x'", "1=1 -- ", "1=1 /* */",
                                   "risk_level = 'high'); DELETE FROM visits; --"])
def test_7_a_household_filter_is_one_condition_or_nothing_runs(provider, server, tmp_path, where):
    cur = server["owner"].cursor()
    cur.execute("SELECT count(*), max(fid) FROM welfare.audit_log")
    before = cur.fetchone()
    server["owner"].commit()
    with pytest.raises(QgsProcessingException, match="must be one condition|조건 하나여야"):
        processing.run("welfarevisitmap:export_household_list", {
            "DATABASE": server["database"]["admin"], "HOUSEHOLD_FILTER": where, "OUTPUT": str(tmp_path / "l.xlsx")})
    cur.execute("SELECT count(*), max(fid) FROM welfare.audit_log")
    assert cur.fetchone() == before
    cur.execute("SELECT count(*) FROM welfare.households WHERE notes = 'x'")
    assert cur.fetchone() == (0,)


def test_7_every_shared_connection_has_a_statement_timeout(server):
    from welfare_visit_map.plugin.core import db as dbapi

    for connect in (dbapi.connect, dbapi.connect_readonly):
        conn = connect(server["database"]["kim_dong"])
        try:
            assert conn.execute("SHOW statement_timeout").fetchone() == ("5min",)
        finally:
            conn.close()


# --- 14. a file left mid-write by a program that died --------------------------------------------

@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_geopackage_left_mid_write_by_a_killed_program_opens_as_it_was(small, journal):
    """A run killed in the middle of a transaction leaves a hot journal (or a WAL) beside the
    file: the next read-only open (the dock, a filter, an export) reads the database as it was
    before that run, and the next write goes through — no read-only error to explain."""
    import subprocess
    import sys

    from welfare_visit_map.plugin.core import db as dbapi

    conn = dbapi.connect(str(small))
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()
    killed = f"""
import os, sqlite3
conn = sqlite3.connect({str(small)!r})
conn.execute("BEGIN")
conn.execute("UPDATE visitors SET name = 'half-written'")
conn.execute("INSERT INTO audit_log (action, detail) VALUES ('export', 'half-written')")
os._exit(9)  # killed before COMMIT
"""
    assert subprocess.run([sys.executable, "-c", killed]).returncode == 9
    assert plain_rows(str(small), "SELECT count(*) FROM visitors WHERE name = 'half-written'") == [(0,)]
    conn = dbapi.connect(str(small))
    with conn:
        conn.execute("UPDATE visitors SET name = '최복지2' WHERE id = 'v-1'")
    conn.close()
    assert plain_rows(str(small), "SELECT name FROM visitors WHERE id = 'v-1'") == [("최복지2",)]
    assert plain_rows(str(small), "SELECT count(*) FROM audit_log WHERE detail = 'half-written'") == [(0,)]
