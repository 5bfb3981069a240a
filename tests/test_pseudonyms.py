"""Partner pseudonyms keyed with a per-database secret (issue 19, item 15): 'H-' and the first 8
hex digits of SHA-256(secret ':' id), the same in Python, in the QGIS expression of partner
prints, in the partner share and the partner household list on both engines, and in the shared
database's partner view. Without the secret nobody can hash ids into pseudonyms."""
import hashlib
import sqlite3

import openpyxl
import processing
import pytest
from conftest import SEOUL, make_small_database, on_backend
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import gpkg, privacy

SECRET_A = "5f0c8e1d2b3a49768695a4b3c2d1e0f9"
SECRET_B = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
IDS = ("hh-1", "hh-2", "hh-3")


def keyed_database(path, secret, consent=True):
    """The small database (in Seoul) with ``secret`` as its pseudonym key, every household
    consenting to be shared (unless ``consent`` is False)."""
    make_small_database(path, SEOUL)
    conn = gpkg.connect(path)
    with conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('pseudonym_secret', ?)", (secret,))
        if consent:
            conn.execute("UPDATE households SET share_consent = 1, read_version = version")
    conn.close()
    return path


def secret_of(database):
    conn = dbapi.connect_readonly(database)
    try:
        return privacy.pseudonym_secret(conn)
    finally:
        conn.close()


def share(database, output):
    processing.run("welfarevisitmap:export_partner_share", {"DATABASE": str(database), "OUTPUT": str(output)})
    with sqlite3.connect(output) as conn:
        return sorted(r[0] for r in conn.execute("SELECT household FROM partner_households"))


@pytest.fixture(params=["gpkg", "postgres"])
def keyed(request, tmp_path):
    """DATABASE of the small database keyed with SECRET_A, on each backend."""
    return on_backend(request, keyed_database(tmp_path / "a.gpkg", SECRET_A))


# --- the rule -------------------------------------------------------------------------------------

def test_a_pseudonym_is_the_keyed_hash_and_not_the_hash_of_the_id():
    for hid in IDS + ("0b9e7c1a-4d2f-4a51-9f0e-3c2b1a0d9e8f", "가구-1"):
        pseudonym = privacy.masked_id(hid, SECRET_A)
        assert pseudonym == "H-" + hashlib.sha256(f"{SECRET_A}:{hid}".encode()).hexdigest()[:8].upper()
        plain = hashlib.sha256(hid.encode()).hexdigest().upper()
        assert plain[:6] not in pseudonym and plain[:8] not in pseudonym  # hashing guessed ids finds nothing
        assert pseudonym != privacy.masked_id(hid, SECRET_B)
    with pytest.raises(ValueError):
        privacy.masked_id("hh-1", "")
    with pytest.raises(ValueError):
        privacy.masked_id("hh-1", None)


@pytest.mark.parametrize("hid", ["hh-000123", "0b9e7c1a-4d2f-4a51-9f0e-3c2b1a0d9e8f", "가구-7", ""])
@pytest.mark.parametrize("secret", [SECRET_A, SECRET_B.upper(), "00"])
def test_the_qgis_expression_gives_the_python_pseudonym(qgis_app, hid, secret):
    fields = QgsFields()
    fields.append(QgsField("id", QVariant.String))
    feature = QgsFeature(fields)
    feature["id"] = hid
    context = QgsExpressionContext()
    context.setFeature(feature)
    expression = QgsExpression(privacy.masked_id_expression(secret))
    assert not expression.hasParserError(), expression.parserErrorString()
    assert expression.evaluate(context) == privacy.masked_id(hid, secret)


@pytest.mark.parametrize("secret", ["", None, "xyz", "ab' || 'cd", "0f 1e", "0f1e\n"])
def test_only_a_hex_secret_goes_into_an_expression(secret):
    with pytest.raises(ValueError):
        privacy.masked_id_expression(secret)


def test_the_secret_is_read_from_the_settings_and_never_made_up(tmp_path):
    path = keyed_database(tmp_path / "w.gpkg", SECRET_A)
    with gpkg.connect(path) as conn:  # the settings triggers need the GeoPackage functions
        assert privacy.pseudonym_secret(conn) == SECRET_A
        conn.execute("UPDATE settings SET value = 'not hex!' WHERE key = 'pseudonym_secret'")
        with pytest.raises(privacy.PseudonymSecretError, match="not hexadecimal"):
            privacy.pseudonym_secret(conn)
        conn.execute("DELETE FROM settings WHERE key = 'pseudonym_secret'")
        with pytest.raises(privacy.PseudonymSecretError, match="no pseudonym key") as missing:
            privacy.pseudonym_secret(conn)
        assert "pseudonym_secret" in missing.value.reason("ko")
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'pseudonym_secret'").fetchone() == (0,)
    conn.close()


# --- what partners receive ------------------------------------------------------------------------

def test_the_same_household_has_other_pseudonyms_in_another_database(provider, tmp_path):
    first = keyed_database(tmp_path / "a.gpkg", SECRET_A)
    second = keyed_database(tmp_path / "b.gpkg", SECRET_B)
    in_first, in_second = share(first, tmp_path / "a_share.gpkg"), share(second, tmp_path / "b_share.gpkg")
    assert in_first == sorted(privacy.masked_id(h, SECRET_A) for h in IDS)
    assert in_second == sorted(privacy.masked_id(h, SECRET_B) for h in IDS)
    assert not set(in_first) & set(in_second)  # nothing links the two shares of the same households


def test_the_partner_share_carries_the_keyed_pseudonyms(provider, keyed, tmp_path):
    output = tmp_path / "share.gpkg"
    secret = secret_of(keyed)
    assert share(keyed, output) == sorted(privacy.masked_id(h, secret) for h in IDS)
    raw = output.read_bytes()
    assert secret.encode() not in raw and secret.upper().encode() not in raw  # the key never leaves
    assert not any(hashlib.sha256(h.encode()).hexdigest()[:6].upper().encode() in raw for h in IDS)


def test_the_partner_household_list_carries_the_keyed_pseudonyms(provider, keyed, tmp_path):
    output = tmp_path / "partner.xlsx"
    result = processing.run("welfarevisitmap:export_household_list",
                            {"DATABASE": str(keyed), "PRIVACY": 1, "OUTPUT": str(output)})
    sheet = openpyxl.load_workbook(output).active
    headers = [c.value for c in sheet[1]]
    assert headers[0] in ("가구 번호(가명)", "Household (pseudonym)")
    pseudonyms = sorted(sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1))
    assert result["HOUSEHOLDS"] == len(IDS)
    assert pseudonyms == sorted(privacy.masked_id(h, secret_of(keyed)) for h in IDS)
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not any(h in c for h in IDS for c in cells) and not any("2026-000" in c for c in cells)


def test_the_shared_databases_partner_view_agrees(keyed):
    """The partner view of the shared database (SQL of its own) gives the Python pseudonyms."""
    if not dbapi.is_shared(keyed):
        pytest.skip("a GeoPackage has no partner view")
    conn = dbapi.connect_readonly(keyed)
    try:
        view = sorted(r[0] for r in conn.execute("SELECT household FROM partner_households").fetchall())
        secret = privacy.pseudonym_secret(conn)
    finally:
        conn.close()
    assert view and set(view) <= {privacy.masked_id(h, secret) for h in IDS}


@pytest.mark.parametrize("algorithm, output, extra", [
    ("export_partner_share", "share.gpkg", {}),
    ("export_household_list", "partner.xlsx", {"PRIVACY": 1}),
    ("print_district_maps", "maps.pdf", {"PRIVACY": 1, "DPI": 72}),
    ("print_household_sheets", "sheets.pdf", {"PRIVACY": 1, "DPI": 72}),
])
def test_without_a_secret_nothing_is_shared_or_printed_for_partners(provider, tmp_path, algorithm, output, extra):
    path = keyed_database(tmp_path / "w.gpkg", SECRET_A)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'pseudonym_secret'")
        audits = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(QgsProcessingException) as refused:
        processing.run(f"welfarevisitmap:{algorithm}", {"DATABASE": str(path), "OUTPUT": str(tmp_path / output),
                                                        **extra})
    assert "w.gpkg" in str(refused.value) and "pseudonym_secret" in str(refused.value)  # which database, what lacks
    assert not (tmp_path / output).exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'pseudonym_secret'").fetchone() == (0,)


def test_staff_lists_need_no_secret(provider, tmp_path):
    """Staff see case numbers, not pseudonyms: their list is made without the key."""
    path = keyed_database(tmp_path / "w.gpkg", SECRET_A)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'pseudonym_secret'")
    result = processing.run("welfarevisitmap:export_household_list",
                            {"DATABASE": str(path), "PRIVACY": 0, "OUTPUT": str(tmp_path / "staff.xlsx")})
    assert result["HOUSEHOLDS"] == len(IDS)
