"""welfarevisitmap:print_district_maps, checked from the PDF itself (pdfinfo, pdffonts, pdftotext)."""
import json
import re
import sqlite3
import subprocess

import processing
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from welfare_visit_map.plugin.core import privacy

DONG = "1141055500"  # 북아현동


def run_print(demo_dir, tmp_path, privacy_mode, **extra):
    output = tmp_path / f"maps_{privacy_mode}.pdf"
    params = {"DATABASE": str(demo_dir / "demo.gpkg"), "LEVEL": 0, "FILTER": f"\"parent_code\" = '{DONG}'",
              "PRIVACY": 0 if privacy_mode == "staff" else 1, "DPI": 96, "OUTPUT": str(output)}
    params.update(extra)
    return processing.run("welfarevisitmap:print_district_maps", params), output


def pages_text(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # QGIS 3.22 PDFs give spaces as \x01 to pdftotext: compare text without any spacing
    return [re.sub(r"[\s\x01]+", "", page) for page in text.split("\f")[:-1]]


def secret_of(database):
    """The database's pseudonym key (what the partners' pseudonyms are keyed with)."""
    with sqlite3.connect(database) as conn:
        return privacy.pseudonym_secret(conn)


def audit_rows(database):
    with sqlite3.connect(database) as conn:
        return [json.loads(d) for (d,) in conn.execute("SELECT detail FROM audit_log WHERE action = 'print'")]


@pytest.fixture(scope="module")
def tongs(demo_dir):
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        return [r[0] for r in conn.execute("SELECT name FROM districts WHERE parent_code = ? ORDER BY code", (DONG,))]


def test_staff_maps_one_a3_page_per_tong_with_hangul_embedded(provider, demo_dir, tmp_path, tongs):
    before = len(audit_rows(demo_dir / "demo.gpkg"))
    result, pdf = run_print(demo_dir, tmp_path, "staff")
    assert result["PAGES"] == len(tongs) >= 20
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{len(tongs)}\b", info)
    assert "(A3)" in info and "1191 x 842" in info
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"NanumGothic\S*\s+CID TrueType\s+Identity-H\s+yes", fonts), fonts
    pages = pages_text(pdf)
    assert len(pages) == len(tongs)
    for page, tong in zip(pages, tongs):
        assert f"서대문구·북아현동·{tong}" in page  # the title names its 통
        assert "직원용" in page
        # the footer says the privacy mode in the page's language too, not the parameter's code
        assert "개인정보모드:직원용" in page and "staff" not in page
    rows = audit_rows(demo_dir / "demo.gpkg")
    assert len(rows) == before + 1
    assert rows[-1]["privacy"] == "staff" and rows[-1]["pages"] == len(tongs) and rows[-1]["level"] == "tong"


def test_staff_maps_mask_every_name(provider, demo_dir, tmp_path):
    _, pdf = run_print(demo_dir, tmp_path, "staff")
    text = "".join(pages_text(pdf))
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        names = [r[0] for r in conn.execute("SELECT head_name FROM households WHERE dong_code = ?", (DONG,))]
    assert not [n for n in names if n in text]
    assert any(privacy.mask_name(n) in text for n in names)  # masked names are in the tables


def test_partner_maps_hold_no_name_phone_note_or_address(provider, demo_dir, tmp_path, tongs):
    result, pdf = run_print(demo_dir, tmp_path, "partner")
    assert result["PAGES"] == len(tongs)
    text = "".join(pages_text(pdf))
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        secrets = [v for row in conn.execute("SELECT head_name, phone, notes, address FROM households") for v in row if v]
        secrets += [v for (v,) in conn.execute("SELECT notes FROM visits WHERE notes IS NOT NULL")]
        rows = conn.execute("SELECT id, share_consent FROM households WHERE dong_code = ? AND status = 'active'",
                            (DONG,)).fetchall()
    leaked = {s for s in secrets if re.sub(r"\s+", "", s) in text}
    assert not leaked, sorted(leaked)[:5]
    assert not re.search(r"010-?\d{3,4}-?\d{4}", text)
    secret = secret_of(demo_dir / "demo.gpkg")
    consenting = [i for i, consent in rows if consent]
    refusing = [i for i, consent in rows if not consent]
    assert len(consenting) > 50 and len(refusing) > 50
    # keyed pseudonyms instead, and only of the households that consented to sharing
    assert sum(privacy.masked_id(i, secret) in text for i in consenting) >= len(consenting) * 0.9
    assert not [i for i in refusing if privacy.masked_id(i, secret) in text]
    assert audit_rows(demo_dir / "demo.gpkg")[-1]["privacy"] == "partner"


def test_an_empty_selection_says_so_and_writes_no_file(provider, demo_dir, tmp_path):
    before = len(audit_rows(demo_dir / "demo.gpkg"))
    with pytest.raises(QgsProcessingException, match="nothing printed|인쇄하지 않았습니다"):
        run_print(demo_dir, tmp_path, "staff", FILTER="\"code\" = 'no-such-district'")
    assert not (tmp_path / "maps_staff.pdf").exists()
    assert len(audit_rows(demo_dir / "demo.gpkg")) == before


@pytest.mark.parametrize("name", ["홍길동", "남궁민수", "김철", "이", "  박서연 ", None])
def test_mask_expression_matches_the_python_rule(qgis_app, name):
    fields = QgsFields()
    for field in ("head_name", "id", "address"):
        fields.append(QgsField(field, QVariant.String))
    feature = QgsFeature(fields)
    feature["head_name"] = name
    feature["id"] = "hh-000123"
    feature["address"] = "서울특별시 서대문구 영천로28길 15-11"
    context = QgsExpressionContext()
    context.setFeature(feature)
    assert QgsExpression(privacy.MASK_NAME_EXPRESSION).evaluate(context) == privacy.mask_name(name)
    secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    assert QgsExpression(privacy.masked_id_expression(secret)).evaluate(context) == privacy.masked_id("hh-000123",
                                                                                                      secret)
    assert QgsExpression(privacy.HOUSE_NUMBER_EXPRESSION).evaluate(context) == privacy.house_number(feature["address"])
    assert privacy.house_number("서울특별시 서대문구 영천로28길 15-11") == "15-11"


def test_household_sheets_one_a4_page_each_with_history(provider, demo_dir, tmp_path):
    output = tmp_path / "sheets.pdf"
    where = f"\"risk_level\" IN ('high', 'medium') AND \"dong_code\" = '{DONG}'"
    result = processing.run("welfarevisitmap:print_household_sheets", {
        "DATABASE": str(demo_dir / "demo.gpkg"), "FILTER": where, "PRIVACY": 0, "DPI": 96, "OUTPUT": str(output)})
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        rows = conn.execute("SELECT id, head_name, (SELECT max(visited_on) FROM visits v WHERE v.household_id = h.id) "
                            f"FROM households h WHERE {where} AND status = 'active'").fetchall()  # no closed ones
    assert result["PAGES"] == len(rows) > 5
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and re.search(rf"Pages:\s+{len(rows)}\b", info)
    text = "".join(pages_text(output))
    for _, name, last_visit in rows:
        assert name in text and last_visit in text  # staff sheets: the name and the visit history
    assert "staff" not in text and "개인정보모드:직원용" in text
    assert audit_rows(demo_dir / "demo.gpkg")[-1]["algorithm"] == "print_household_sheets"


def test_partner_household_sheets_hold_no_personal_data(provider, demo_dir, tmp_path):
    output = tmp_path / "sheets_partner.pdf"
    where = f"\"risk_level\" = 'medium' AND \"dong_code\" = '{DONG}'"
    processing.run("welfarevisitmap:print_household_sheets", {
        "DATABASE": str(demo_dir / "demo.gpkg"), "FILTER": where, "PRIVACY": 1, "DPI": 96, "OUTPUT": str(output)})
    text = "".join(pages_text(output))
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        rows = conn.execute(f"SELECT id, head_name, phone, address, notes FROM households WHERE {where} "
                            "AND status = 'active'").fetchall()
        notes = [n for (n,) in conn.execute("SELECT notes FROM visits WHERE notes IS NOT NULL")]
        visitor_names = [n for (n,) in conn.execute("SELECT name FROM visitors")]
    key = secret_of(demo_dir / "demo.gpkg")
    for hid, name, phone, address, note in rows:
        assert privacy.masked_id(hid, key) in text
        for secret in (name, phone, address, note):
            assert not secret or re.sub(r"\s+", "", secret) not in text
    assert not any(re.sub(r"\s+", "", n) in text for n in notes)
    assert not any(n in text for n in visitor_names)


def test_the_household_filter_limits_points_tables_and_counts(provider, demo_dir, tmp_path):
    result, pdf = run_print(demo_dir, tmp_path, "staff", FILTER=f"\"code\" = '{DONG}-07'",
                            HOUSEHOLD_FILTER="\"risk_level\" = 'medium'")
    assert result["PAGES"] == 1
    text = pages_text(pdf)[0]
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        medium, others = conn.execute(
            "SELECT sum(risk_level = 'medium'), sum(coalesce(risk_level, '') <> 'medium') FROM households "
            "WHERE dong_code = ? AND tong = 7 AND status = 'active'", (DONG,)).fetchone()
    assert f"이쪽의가구:{medium}" in text or f"Householdsonthispage:{medium}" in text
    assert "저위험" not in text.split("범례")[-1] and "미방문0" in text  # only medium rows in the table
    assert others > 0
    with pytest.raises(QgsProcessingException):
        run_print(demo_dir, tmp_path, "staff", HOUSEHOLD_FILTER="no_such_column = 1")


def test_on_the_shared_database_the_same_page_prints_with_the_same_counts(provider, demo_dir, demo_server, tmp_path):
    """print_district_maps on the demo moved up to PostgreSQL: one 통's A3 page with the same
    household counts, Hangul embedded, and the print in the server's audit log."""
    from conftest import last_audit

    pages = {}
    for backend, database in (("gpkg", str(demo_dir / "demo.gpkg")), ("postgres", demo_server["admin"])):
        output = tmp_path / f"{backend}.pdf"
        result = processing.run("welfarevisitmap:print_district_maps", {
            "DATABASE": database, "LEVEL": 0, "FILTER": f"\"code\" = '{DONG}-07'", "PRIVACY": 0, "DPI": 96,
            "OUTPUT": str(output)})
        assert result["PAGES"] == 1
        pages[backend] = pages_text(output)[0]
        fonts = subprocess.run(["pdffonts", str(output)], capture_output=True, text=True, check=True).stdout
        assert "Nanum" in fonts or "Noto" in fonts
    counts = re.compile(r"(이쪽의가구:\d+|고위험\d+|중위험\d+|저위험\d+|미방문\d+)")
    assert counts.findall(pages["postgres"]) == counts.findall(pages["gpkg"]) and counts.findall(pages["gpkg"])
    action, table, detail, user = last_audit(demo_server["admin"], "print")
    assert (action, table, user) == ("print", "districts", "postgres") and "print_district_maps" in detail


def test_a_dong_worker_prints_visit_sheets_of_his_dong_from_the_server(provider, demo_dir, demo_server, tmp_path):
    """print_household_sheets as kim_dong (staff of 1141055500): his high-risk households, one A4
    page each with their names; a filter reaching into another 동 prints none of it (row-level
    security), and the print is audited under his login."""
    from conftest import last_audit

    output = tmp_path / "kim.pdf"
    result = processing.run("welfarevisitmap:print_household_sheets", {
        "DATABASE": demo_server["kim_dong"], "FILTER": "\"risk_level\" = 'high'", "PRIVACY": 0, "DPI": 96,
        "OUTPUT": str(output)})
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        mine = conn.execute("SELECT head_name FROM households WHERE risk_level = 'high' AND dong_code = ?",
                            (DONG,)).fetchall()
        everyone = conn.execute("SELECT count(*) FROM households WHERE risk_level = 'high'").fetchone()[0]
    assert result["PAGES"] == len(mine) > 0 and everyone > len(mine)
    text = "".join(pages_text(output))
    assert all(name in text for (name,) in mine)
    assert last_audit(demo_server["admin"], "print")[3] == "kim_dong"


def test_partner_pages_show_households_per_tong_with_their_legend(provider, demo_dir, tmp_path, tongs):
    """No household point on a partner page, but its 통's households per risk: a pie and the counts
    under it, and the pies' legend in the legend box (it was empty)."""
    from welfare_visit_map.plugin.core.pages import district_pages

    _, pdf = run_print(demo_dir, tmp_path, "partner", FILTER=f"\"code\" = '{DONG}-07'")
    text = pages_text(pdf)[0]
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        pages, _ = district_pages(conn, "ko")
    assert pages[f"{DONG}-07"]["short_counts"].replace(" ", "") in text  # 고0중2저19미11 under the pie
    legend = text.split("범례")[-1]
    assert all(label in legend for label in ("고위험", "중위험", "저위험", "미방문"))
    assert re.search("Householdsper통|통별가구", legend)
    assert re.search("consentedtosharingarelisted|동의한가구만", text)


def test_dong_pages_show_households_per_tong_not_every_point(provider, demo_dir, tmp_path):
    """A 동 page: each of its 통 with its households per risk (a pie and counts), the 통-count legend;
    the page table still lists the most urgent households."""
    from welfare_visit_map.plugin.core.pages import district_pages

    result, pdf = run_print(demo_dir, tmp_path, "staff", LEVEL=1, FILTER=f"\"code\" = '{DONG}'")
    assert result["PAGES"] == 1
    text = pages_text(pdf)[0]
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        pages, _ = district_pages(conn, "ko")
        tongs = [c for (c,) in conn.execute("SELECT code FROM districts WHERE parent_code = ?", (DONG,))]
    found = [c for c in tongs if pages[c]["short_counts"].replace(" ", "") in text]
    assert len(found) >= len(tongs) * 0.9, (len(found), len(tongs))
    assert re.search("Householdsper통|통별가구", text)


def test_the_page_table_is_readable_on_a3_and_marks_overdue_visits(provider, demo_dir, tmp_path):
    import datetime as dt

    from qgis.core import QgsProject

    from welfare_visit_map.plugin import printing

    layout = printing.load_template(QgsProject(), printing.template_path("district", "A3", "landscape"))
    table = layout.itemById("table").multiFrame()
    assert table.contentTextFormat().size() >= 8 and table.headerTextFormat().size() >= 8
    _, pdf = run_print(demo_dir, tmp_path, "staff", FILTER=f"\"code\" = '{DONG}-07'")
    text = pages_text(pdf)[0]
    today = dt.date.today().isoformat()
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        dues = [d for (d,) in conn.execute("SELECT next_visit_due FROM households WHERE dong_code = ? AND tong = 7 "
                                           "AND status = 'active' AND next_visit_due IS NOT NULL", (DONG,))]
    overdue = [d for d in dues if d < today]
    on_time = [d for d in dues if d >= today]
    assert overdue and on_time
    assert all(f"▲{d}" in text for d in overdue)
    assert not [d for d in on_time if f"▲{d}" in text]
    # the words of the table in the PDF are as tall as 8 pt text (NanumGothic: ascent + descent 1.16 em)
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">▲', bbox)]
    assert heights and min(heights) >= 9.0, heights


def sheets(demo_dir, tmp_path, where, name, **extra):
    output = tmp_path / f"{name}.pdf"
    params = {"DATABASE": str(demo_dir / "demo.gpkg"), "FILTER": where, "PRIVACY": 0, "DPI": 72, "OUTPUT": str(output)}
    params.update(extra)
    return processing.run("welfarevisitmap:print_household_sheets", params), output


def test_household_sheets_leave_out_closed_households_unless_asked(provider, demo_dir, tmp_path):
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        gone = [r[0] for r in conn.execute("SELECT id FROM households WHERE status <> 'active' ORDER BY id LIMIT 3")]
        active = [r[0] for r in conn.execute("SELECT id FROM households WHERE status = 'active' ORDER BY id LIMIT 2")]
    assert len(gone) == 3
    where = "\"id\" IN ({})".format(", ".join(f"'{i}'" for i in gone + active))
    result, _ = sheets(demo_dir, tmp_path, where, "active")
    assert result["PAGES"] == 2
    assert audit_rows(demo_dir / "demo.gpkg")[-1]["households"] == sorted(active)
    result, _ = sheets(demo_dir, tmp_path, where, "all", INCLUDE_CLOSED=True)
    assert result["PAGES"] == 5
    assert audit_rows(demo_dir / "demo.gpkg")[-1]["include_closed"] is True
    with pytest.raises(QgsProcessingException, match="nothing printed|인쇄하지 않았습니다"):
        sheets(demo_dir, tmp_path, "\"id\" IN ({})".format(", ".join(f"'{i}'" for i in gone)), "none")


def test_a_household_sheet_has_a_box_for_the_next_visit_and_says_what_it_shows(provider, demo_dir, tmp_path):
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        hid, name, phone = conn.execute("SELECT id, head_name, phone FROM households WHERE status = 'active' "
                                        "AND phone IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    _, staff = sheets(demo_dir, tmp_path, f"\"id\" = '{hid}'", "staff")
    text = pages_text(staff)[0]
    assert name in text and re.sub(r"\s+", "", phone) in text
    # the privacy label says the sheet shows names and phones
    assert re.search(r"직원용\((namesandphonesshown|성명·전화)", text), text[:300]
    # the write-in box: date, visitor and signature, met or not, risk, needs
    box = text.split("Nextvisit(writeinonthespot)")[-1] if "Nextvisit(writeinonthespot)" in text else text
    for label in ("□방문(면담)", "□부재", "□거부", "□고위험", "□중위험", "□저위험"):
        assert label in box, label
    assert re.search("Signature|서명", box) and re.search("Needsfound|발견한욕구|욕구", box)
    _, partner = sheets(demo_dir, tmp_path, f"\"id\" = '{hid}'", "partner", PRIVACY=1)
    text = pages_text(partner)[0]
    assert name not in text and re.sub(r"\s+", "", phone) not in text
    assert "□고위험" in text  # partners write in the same box
