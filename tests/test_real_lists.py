"""Real district lists in, nothing lost (issue 12): a 성북구 list in a layout the importer was never
shown (tests/tools/make_foreign_list.py, made without reading the importer) imports every valid
row on both engines; unknown labels in optional columns become warnings, not rejections; the
user's VALUE_MAP wins; the screening list's indicator columns, household size and the date found
land in their fields; coordinates that do not fit the declared CRS are rejected with a reason
that helps; a row is rejected once whatever its number of problems; a database of model
version 1 is upgraded when opened; statistics run with DATABASE and OUTPUT alone."""
import gzip
import json
import shutil
import subprocess
import sys

import openpyxl
import processing
import pytest
from conftest import ROOT, SEOUL, make_small_database, on_backend, plain_rows, shared_data
from qgis.core import QgsProcessingException, QgsVectorLayer

from welfare_visit_map.plugin.core import categories as cat
from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import importing, schema

# the Korean indicator column names the list generator writes -> the codes they must become
INDICATOR_COLUMNS = {
    "단전": "power_cut", "단수": "water_cut", "단가스": "gas_cut", "건강보험료체납": "health_insurance_arrears",
    "국민연금체납": "pension_arrears", "통신비체납": "telecom_arrears", "공동주택관리비체납": "housing_fee_arrears",
    "금융연체": "financial_delinquency", "공공임대료체납": "rent_arrears", "휴폐업": "business_closure",
    "실직(고용위기)": "job_loss", "재난적의료비": "catastrophic_medical", "의료급여중지": "medical_aid_stopped",
    "기초수급탈락": "benefit_dropped"}
# what a planner would file each of the list's 발굴경로 labels under
SOURCES = {"복지통장 발굴": "visitor", "통장 발굴": "visitor", "통장발굴": "visitor", "발굴관리시스템": "screening_list",
           "복지사각지대 발굴시스템": "screening_list", "주민센터 방문": "walk_in", "내방": "walk_in",
           "본인 신청": "walk_in", "이웃 제보": "other", "가족 신고": "other", "집주인 제보": "other",
           "카카오톡 채널": "kakaotalk", "120다산콜": "call_centre", "우리동네돌봄단": "visitor"}


@pytest.fixture(scope="module")
def foreign(tmp_path_factory):
    """The 성북구 list (xlsx and CP949 CSV) and what its maker says about every row."""
    folder = tmp_path_factory.mktemp("foreign")
    subprocess.run([sys.executable, str(ROOT / "tests" / "tools" / "make_foreign_list.py"), str(folder)], check=True)
    return folder, json.loads((folder / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seongbuk_gpkg(qgis_app, qgis_processing, tmp_path_factory):
    """An empty database of 성북구's real 행정동 (boundaries of 2024-01)."""
    from conftest import ensure_provider

    ensure_provider()
    hjd = shared_data("juso_zones_202401", "hjd_seodaemun_seongbuk_202401.geojson")
    layer = QgsVectorLayer(str(hjd), "hjd", "ogr")
    layer.setSubsetString("\"SIG_KOR_NM\" = '성북구'")
    path = tmp_path_factory.mktemp("seongbuk") / "seongbuk.gpkg"
    processing.run("welfarevisitmap:create_database", {"DATABASE": str(path), "DISTRICTS": layer,
                                                       "CODE_FIELD": "EMD_CD", "NAME_FIELD": "EMD_KOR_NM"})
    return path


@pytest.fixture(params=["gpkg", "postgres"])
def seongbuk(request, seongbuk_gpkg, tmp_path):
    copy = tmp_path / "seongbuk.gpkg"
    shutil.copy(seongbuk_gpkg, copy)
    return on_backend(request, str(copy))


def sheet_rows(path):
    return [[c.value for c in row] for row in openpyxl.load_workbook(path).active.iter_rows()]


@pytest.mark.parametrize("which", ["xlsx", "csv"])
def test_a_list_in_a_layout_never_seen_imports_every_valid_row(provider, foreign, seongbuk, tmp_path, which):
    folder, expected = foreign
    source = folder / ("seongbuk_list.xlsx" if which == "xlsx" else "seongbuk_list_cp949.csv")
    rejects, warnings = tmp_path / "rejects.xlsx", tmp_path / "warnings.xlsx"
    # the CSV is given no CRS: its X/Y headers say 5179 ('X좌표(5179)'), and that is what is read
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": seongbuk, "INPUT": str(source), "REJECTS": str(rejects), "WARNINGS": str(warnings),
        **({"SOURCE_CRS": "EPSG:5179"} if which == "xlsx" else {})})
    details = expected["rows_detail"]
    bad = {r[f"{which}_row"]: set(r["problems"]) for r in details if r["problems"]}
    valid = [r for r in details if not r["problems"]]
    assert result["IMPORTED"] == len(valid) == expected["valid_rows"]
    assert result["REJECTED"] == len(bad)  # each rejected row counted once, whatever its problems
    # a few of the list's points lie just beyond 성북구 (tens of metres past 정릉4동's edge): in no 동
    # of the database, they are kept without a place (their 동 from the 행정동 column) and listed
    outside = [r for r in sheet_rows(warnings)[1:] if r[1] == "X좌표(5179)"]
    assert result["UNLOCATED"] == len(outside) < len(valid) * 0.05
    assert all("imported without a place" in r[5] for r in outside)

    reported = {}
    for row, column, _reason_ko, reason_en in sheet_rows(rejects)[1:]:
        reported.setdefault(row, []).append((column, reason_en))
    assert set(reported) == set(bad)
    for row, kinds in bad.items():
        text = " | ".join(f"{c}: {r}" for c, r in reported[row])
        if kinds == {"degrees"}:
            assert "EPSG:4326" in text and "set the source CRS" in text, text
        if kinds == {"swapped"}:
            assert "swapped" in text, text
        if "rrn" in kinds:
            assert "resident registration" in text and "-1" not in text  # the number is not echoed
        if "duplicate_case" in kinds:
            assert "repeats row" in text

    got = {r[0]: r[1:] for r in plain_rows(
        seongbuk, "SELECT case_no, members, found_on, crisis_indicators, discovery_source, source_labels, dong_code "
                  "FROM households")}
    for r in valid:
        members, found_on, indicators, source, labels, dong = got[r["case_id"]]
        assert members == r["household_size"]
        assert found_on == r["found_date"]
        codes = {c for c in (indicators or "{}").strip("{}").split(",") if c}
        assert codes == {INDICATOR_COLUMNS[name] for name in r["indicators"]}, r
        if r["route"].strip() in SOURCES:
            assert source == SOURCES[r["route"].strip()], r["route"]
        else:  # a label no list of ours knows: a category all the same, and its words kept
            assert source in cat.codes(cat.DISCOVERY_SOURCES) and f"발굴경로={r['route'].strip()}" in labels
        assert dong is not None  # named '정릉1동' where the boundaries say '정릉제1동', or found by its point
    # the warnings list every relabelled value, with row, column, value and what it became
    table = sheet_rows(warnings)
    assert table[0][:4] == ["행 번호", "열", "원래 값", "저장된 분류"]
    assert len(table) - 1 == result["RELABELLED"] > 0
    listed = {(row, value) for row, column, value, *_ in table[1:] if column == "발굴경로"}
    for r in valid:
        if r["route"].strip() in SOURCES:
            assert (r[f"{which}_row"], r["route"].strip()) in listed


def test_the_users_value_map_wins_and_is_not_warned_about(provider, foreign, seongbuk, tmp_path):
    folder, expected = foreign
    unknown_risk = [r for r in expected["rows_detail"] if r["problems"] == ["unknown_risk"]]
    assert unknown_risk
    warnings = tmp_path / "warnings.xlsx"
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": seongbuk, "INPUT": str(folder / "seongbuk_list.xlsx"), "SOURCE_CRS": "EPSG:5179",
        "VALUE_MAP": "risk_level:매우높음=high;risk_level:초고위험=고위험;discovery_source:복지통장 발굴=partner",
        "WARNINGS": str(warnings)})
    assert result["REJECTED"] == len([r for r in expected["rows_detail"] if r["problems"]]) - len(unknown_risk)
    risks = dict(plain_rows(seongbuk, "SELECT case_no, risk_level FROM households"))
    assert all(risks[r["case_id"]] == "high" for r in unknown_risk)
    sources = dict(plain_rows(seongbuk, "SELECT case_no, discovery_source FROM households"))
    chosen = [r for r in expected["rows_detail"] if r["route"] == "복지통장 발굴" and not r["problems"]]
    assert chosen and all(sources[r["case_id"]] == "partner" for r in chosen)
    assert not [row for row in sheet_rows(warnings)[1:] if row[2] in ("복지통장 발굴", "매우높음")]


@pytest.mark.parametrize("text, message", [
    ("risk_level:매우높음=very_high", "is not a risk_level category"),
    ("nonsense:a=b", "is not a category field"),
    ("discovery_source=visitor", "is not field:value=code"),
])
def test_a_bad_value_map_is_refused_before_anything_is_read(provider, tmp_path, text, message):
    path = make_small_database(tmp_path / "w.gpkg", SEOUL)
    book = openpyxl.Workbook()
    book.active.append(["성명", "발굴경로"])
    book.active.append(["가나다", "복지통장 발굴"])
    book.save(tmp_path / "l.xlsx")
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("welfarevisitmap:import_households", {"DATABASE": str(path), "INPUT": str(tmp_path / "l.xlsx"),
                                                             "VALUE_MAP": text})
    assert plain_rows(str(path), "SELECT count(*) FROM households") == [(3,)]


# --- the reading rules, without QGIS ---------------------------------------------------------------

@pytest.mark.parametrize("list_name, value, code, how", [
    ("discovery_source", "복지통장 발굴", "visitor", importing.SYNONYM),
    ("discovery_source", "발굴시스템 대상자", "screening_list", importing.EXACT),
    ("discovery_source", "복지사각지대 발굴관리시스템", "screening_list", importing.CLOSEST),
    ("discovery_source", "경찰서 연계", "partner", importing.CLOSEST),
    ("discovery_source", "주민센터 방문", "walk_in", importing.SYNONYM),
    ("household_type", "독거노인 가구", "elderly_alone", importing.SYNONYM),
    ("household_type", "장애 가구", "disability", importing.CLOSEST),
    ("household_type", "1인가구(중장년)", "middle_aged_single", importing.CLOSEST),
    ("benefit_status", "생계급여 수급", "basic_general", importing.CLOSEST),
    ("crisis_indicator", "건보료 체납", "health_insurance_arrears", importing.SYNONYM),
    ("risk_level", "상", "high", importing.SYNONYM),
    ("household_type", "외계인", None, None),
])
def test_labels_are_read_exactly_by_synonym_or_by_the_closest_category(list_name, value, code, how):
    assert importing.read_label(list_name, value) == (code, how)


def test_a_risk_label_is_never_guessed():
    assert importing.read_label("risk_level", "매우높음", closest=False) == (None, None)
    imp = importing.Importer.__new__(importing.Importer)
    imp.value_map, imp.table = {}, "households"
    assert imp._label("risk_level", "risk_level", "초고위험") == (None, None)
    assert imp._label("discovery_source", "discovery_source", "복지등기 우편") == ("other", importing.FALLBACK)
    assert imp._label("benefit_status", "benefit_status", "기초연금") == (None, importing.FALLBACK)


def test_value_map_text_round_trips():
    choices = {"discovery_source": {"복지통장 발굴": "visitor", "복지등기 우편": None}, "risk_level": {"매우높음": "high"}}
    parsed = importing.parse_value_map(importing.format_value_map(choices))
    assert parsed == {"discovery_source": {"복지통장발굴": "visitor", "복지등기우편": None}, "risk_level": {"매우높음": "high"}}


def test_indicator_cells_household_size_and_dates_as_lists_write_them(local_small):
    conn = dbapi.connect(local_small)
    try:
        imp = importing.Importer(conn, "households", today=__import__("datetime").date(2026, 12, 1))
        headers = ["성명", "가구원 수(명)", "등록일자", "단전", "건보료체납", "통신비", "실직", "위기정보"]
        mapping = importing.find_header("households", [(1, headers)])
        assert {t for t in mapping.columns} >= {"members", "found_on", "crisis:power_cut", "crisis_indicators",
                                                 "crisis:health_insurance_arrears", "crisis:telecom_arrears",
                                                 "crisis:job_loss"}
        cases = [
            (["가", "3명", "2026. 3. 5.", "Y", "2026-02-01", "0", "N", "단수"],
             3, "2026-03-05", {"power_cut", "health_insurance_arrears", "water_cut"}),
            (["나", 2, "2026년 11월 30일", "N", None, "35000", "O", None], 2, "2026-11-30", {"telecom_arrears", "job_loss"}),
            (["다", "두 명", "20260101", "x", "-", "0", "n", None], None, "2026-01-01", set()),
        ]
        for cells, members, found, flags in cases:
            record, problems = imp.convert(2, cells, mapping)
            assert problems == []
            assert record.get("members") == members and record["found_on"] == found
            assert {c for c in (record.get("crisis_indicators") or "{}").strip("{}").split(",") if c} == flags
        record, _ = imp.convert(2, ["다", "두 명", "20260101", None, None, None, None, None], mapping)
        assert record["source_labels"] == "가구원 수(명)=두 명"  # the original words are kept
    finally:
        conn.close()


@pytest.fixture
def local_small(tmp_path):
    return make_small_database(tmp_path / "w.gpkg", SEOUL)


@pytest.mark.parametrize("declared, x, y, reason", [
    ("EPSG:5179", 127.01, 37.59, "looks like longitude/latitude (EPSG:4326)"),
    ("EPSG:5179", 37.59, 127.01, "looks like longitude/latitude (EPSG:4326)"),
    ("EPSG:4326", 37.5665, 126.978, "X and Y look swapped"),
    ("EPSG:5179", 1951000.0, 953000.0, "X and Y look swapped"),
    ("EPSG:5179", 195100.0, 451500.0, "look like EPSG:5186"),
])
def test_coordinates_that_do_not_fit_the_declared_crs_are_rejected_with_a_reason(provider, local_small, tmp_path,
                                                                                declared, x, y, reason):
    book = openpyxl.Workbook()
    book.active.append(["성명", "X", "Y"])
    book.active.append(["가나다", x, y])
    book.save(tmp_path / "l.xlsx")
    rejects = tmp_path / "r.xlsx"
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(local_small), "INPUT": str(tmp_path / "l.xlsx"), "SOURCE_CRS": declared,
        "REJECTS": str(rejects)})
    assert (result["IMPORTED"], result["REJECTED"]) == (0, 1)
    assert reason in sheet_rows(rejects)[1][3]


# --- an older database -----------------------------------------------------------------------------

@pytest.fixture
def model_v1(tmp_path):
    """A GeoPackage made by version 0.3.0 (model version 1), with one household."""
    path = tmp_path / "v1.gpkg"
    path.write_bytes(gzip.decompress((ROOT / "tests" / "data" / "model_v1.gpkg.gz").read_bytes()))
    return path


def test_a_model_1_geopackage_is_upgraded_when_opened_and_keeps_its_rows(model_v1):
    import sqlite3

    raw = sqlite3.connect(str(model_v1))
    assert raw.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone() == ("1",)
    assert "members" not in {r[1] for r in raw.execute("PRAGMA table_info(households)")}
    raw.close()
    rows = plain_rows(str(model_v1), "SELECT case_no, head_name, members, crisis_indicators FROM households")
    assert rows == [("V1-0001", "김옛날", None, None)]
    conn = dbapi.connect(str(model_v1))
    with conn:
        conn.execute("UPDATE households SET members = 2, crisis_indicators = '{power_cut}', updated_by = 'kim', "
                     "read_version = version WHERE id = 'hh-v1'")
    with pytest.raises(sqlite3.IntegrityError), conn:
        conn.execute("UPDATE households SET crisis_indicators = '{not_an_indicator}', read_version = version")
    assert conn.execute("SELECT version, members FROM households").fetchone() == (2, 2)
    detail = conn.execute("SELECT detail FROM audit_log WHERE action = 'update' ORDER BY fid DESC").fetchone()[0]
    assert set(json.loads(detail)["changed"]) == {"members", "crisis_indicators"}
    assert conn.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone() == (
        str(schema.SCHEMA_VERSION),)
    assert conn.execute("SELECT count(*) FROM categories WHERE list = 'crisis_indicator'").fetchone()[0] == len(
        cat.CRISIS_INDICATORS)
    conn.close()


def test_a_model_1_shared_database_is_upgraded_by_its_owner_only(pg_server):
    import psycopg2
    from conftest import fresh_database

    from welfare_visit_map.plugin.core import model, pg

    conn = fresh_database(pg_server, "wvm_v1")
    pg.create_schema(conn)
    pg.add_person(conn, "kim_dong", "staff", ["1141055500"])
    cur = conn.cursor()
    for column in model.added_since(1)["households"]:  # back to model version 1
        cur.execute(f"ALTER TABLE welfare.households DROP COLUMN {column.name} CASCADE")
    cur.execute("DELETE FROM welfare.categories WHERE list = 'crisis_indicator'")
    cur.execute("UPDATE welfare.settings SET value = '1' WHERE key = 'schema_version'")
    cur.execute("INSERT INTO welfare.households (id, dong_code) VALUES ('hh-1', '1141055500')")
    conn.commit()
    conn.close()
    base = f"127.0.0.1:{pg_server['port']}/wvm_v1#welfare"
    with pytest.raises(dbapi.OlderModelError, match="its owner"):
        dbapi.connect(f"postgresql://kim_dong@{base}")
    dbapi.connect(f"postgresql://postgres@{base}").close()  # the owner's first connection upgrades
    staff = dbapi.connect(f"postgresql://kim_dong@{base}")
    with staff:
        staff.execute("UPDATE households SET members = 3, read_version = version WHERE id = 'hh-1'")
    assert staff.execute("SELECT members, version FROM households").fetchone() == (3, 2)
    with pytest.raises(psycopg2.Error), staff:
        staff.execute("UPDATE households SET crisis_indicators = '{nope}', read_version = version")
    staff.close()


# --- statistics and filters on the new fields ---------------------------------------------------------

def test_statistics_run_with_database_and_output_alone_over_the_whole_history(provider, demo_database, tmp_path):
    output = tmp_path / "stats.xlsx"
    processing.run("welfarevisitmap:statistics_report", {"DATABASE": demo_database, "OUTPUT": str(output)})
    book = openpyxl.load_workbook(output)
    summary = {r[0]: r[1] for r in book["요약"].iter_rows(values_only=True) if r and r[0]}
    first = min(plain_rows(demo_database, "SELECT min(found_on) FROM households")[0][0],
                plain_rows(demo_database, "SELECT min(visited_on) FROM visits")[0][0])
    assert summary["기간"].startswith(first)
    assert summary["방문 건수"] == 13608  # every visit of the seed, whatever the period
    found = plain_rows(demo_database, "SELECT count(found_on) FROM households")[0][0]
    assert summary["기간 중 발굴 가구"] == found > 10000
    indicators = {r[0]: r[1] for r in book["위기정보"].iter_rows(min_row=2, values_only=True)}
    # the households in care today (the period ends today): moved and deceased ones left care
    with_power_cut = plain_rows(demo_database, "SELECT count(*) FROM households WHERE crisis_indicators LIKE "
                                               "'%power_cut%' AND status = 'active'")[0][0]
    assert indicators["단전"] == with_power_cut > 0


def test_filters_on_indicators_size_and_date_found(demo_database):
    from welfare_visit_map.plugin.core.filters import HouseholdFilter, counts

    conn = dbapi.connect_readonly(demo_database)
    try:
        flt = HouseholdFilter(status=[], crisis_indicators=["power_cut", "water_cut"], members_min=3,
                              found_from="2025-09-01", found_to="2025-12-31")
        got = counts(conn, flt.where())["total"]
        expected = sum(1 for types, members, found in conn.execute(
            "SELECT crisis_indicators, members, CAST(found_on AS TEXT) FROM households") if types
            and ({"power_cut", "water_cut"} & set(types.strip("{}").split(","))) and members >= 3
            and "2025-09-01" <= found <= "2025-12-31")
        assert got == expected > 0
        assert HouseholdFilter(crisis_indicators=["bogus"]).problems() == {"crisis_indicators": ["bogus"]}
    finally:
        conn.close()


def test_the_new_fields_move_up_to_the_shared_database_as_they_are(demo_dir, demo_server):
    columns = "case_no, members, found_on, crisis_indicators"
    local = plain_rows(str(demo_dir / "demo.gpkg"), f"SELECT {columns} FROM households WHERE case_no IS NOT NULL "
                                                    "ORDER BY case_no")
    assert local == plain_rows(demo_server["admin"], f"SELECT {columns} FROM households WHERE case_no IS NOT NULL "
                                                     "ORDER BY case_no")
    assert sum(1 for r in local if r[3]) > 1000 and all(r[1] and r[2] for r in local)
