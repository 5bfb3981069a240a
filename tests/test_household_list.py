"""welfarevisitmap:export_household_list: the filtered list as a workbook, staff and partner."""
import shutil
import sqlite3

import openpyxl
import processing
import pytest
from conftest import last_audit
from qgis.core import QgsProcessingException, QgsSqliteUtils

from welfare_visit_map.plugin.core import categories as cat
from welfare_visit_map.plugin.core.filters import HouseholdFilter
from welfare_visit_map.plugin.core.privacy import mask_name, masked_id, pseudonym_secret


@pytest.fixture
def demo_copy(demo_dir, tmp_path):
    return shutil.copy(demo_dir / "demo.gpkg", tmp_path / "demo.gpkg")


@pytest.fixture(params=["gpkg", "postgres"])
def target(request, demo_copy):
    """(DATABASE, a GeoPackage with the same content to compute the expectations from): a copy of
    the demo, or the demo moved up to the test server."""
    if request.param == "gpkg":
        return str(demo_copy), demo_copy
    return request.getfixturevalue("demo_server")["admin"], demo_copy


def count(database):
    from welfare_visit_map.plugin.core import db

    conn = db.connect_readonly(database)
    try:
        return conn.execute("SELECT count(*) FROM households").fetchone()[0]
    finally:
        conn.close()


def query(path, sql, *args):
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_staff_list_is_sorted_styled_and_audited(provider, target, tmp_path):
    database, demo_copy = target
    where = HouseholdFilter(risk=["high", "medium"], need_domains=["living_env"]).where(QgsSqliteUtils.quotedString)
    expected = query(demo_copy, f"SELECT count(*) FROM households WHERE {where}")[0][0]
    assert expected > 20
    out = tmp_path / "list.xlsx"
    result = processing.run("welfarevisitmap:export_household_list",
                            {"DATABASE": database, "HOUSEHOLD_FILTER": where, "PRIVACY": 0, "OUTPUT": str(out)})
    assert result["HOUSEHOLDS"] == expected
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["사례번호", "성명", "주소", "행정동", "통", "위기도"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.max_row == expected + 1
    risks = [sheet.cell(row=r, column=6).value for r in range(2, sheet.max_row + 1)]
    assert risks == sorted(risks, key=["고위험", "중위험"].index)  # high first
    first = sheet.cell(row=2, column=6)
    assert first.fill.fgColor.rgb.endswith(cat.RISK_COLOURS["high"].lstrip("#").upper())
    due = sheet.cell(row=2, column=7)
    assert due.is_date and due.number_format == "yyyy-mm-dd"
    names = {r[0] for r in query(demo_copy, f"SELECT head_name FROM households WHERE {where}")}
    assert {sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)} <= names
    audit = last_audit(database, "export")
    assert audit[:2] == ("export", "households") and f'"records": {expected}' in audit[2] and '"staff"' in audit[2]


def test_partner_list_masks_names_and_drops_phones_notes_and_addresses(provider, target, tmp_path):
    database, demo_copy = target
    out = tmp_path / "partner.xlsx"
    where = HouseholdFilter(risk=["high"]).where()
    processing.run("welfarevisitmap:export_household_list",
                   {"DATABASE": database, "HOUSEHOLD_FILTER": where, "PRIVACY": 1, "OUTPUT": str(out)})
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert "전화" not in headers and "메모" not in headers and "주소" not in headers and "사례번호" not in headers
    source = query(demo_copy, f"SELECT id, head_name, phone, notes, address, case_no FROM households WHERE {where}")
    cells = {str(c.value) for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None}
    from welfare_visit_map.plugin.core import db

    conn = db.connect_readonly(database)
    try:
        key = pseudonym_secret(conn)  # the database's own key: on the server, the one moved up with it
    finally:
        conn.close()
    for hid, name, phone, notes, address, case_no in source:
        assert mask_name(name) in cells and masked_id(hid, key) in cells
        for secret in (name, phone, notes, address, case_no):
            assert not secret or all(secret not in c for c in cells), secret


def test_a_hostile_filter_changes_nothing(provider, target, tmp_path):
    database, _ = target
    before = count(database)
    with pytest.raises(QgsProcessingException, match="one condition|조건 하나여야"):
        processing.run("welfarevisitmap:export_household_list",
                       {"DATABASE": database, "HOUSEHOLD_FILTER": "1); DROP TABLE households; --",
                        "OUTPUT": str(tmp_path / "x.xlsx")})
    with pytest.raises(QgsProcessingException):
        processing.run("welfarevisitmap:export_household_list",
                       {"DATABASE": database, "HOUSEHOLD_FILTER": "1 = 1; DELETE FROM households",
                        "OUTPUT": str(tmp_path / "y.xlsx")})
    assert count(database) == before
    name = "'); DROP TABLE households; --"
    result = processing.run("welfarevisitmap:export_household_list",
                            {"DATABASE": database, "HOUSEHOLD_FILTER": HouseholdFilter(text=name).where(
                                QgsSqliteUtils.quotedString), "OUTPUT": str(tmp_path / "z.xlsx")})
    assert result["HOUSEHOLDS"] == 0 and count(database) == before
