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
