"""welfarevisitmap:export_partner_share: nothing personal leaves, households no finer than the 통."""
import sqlite3

import processing
import pytest
from conftest import last_audit
from qgis.core import QgsProcessingException, QgsVectorLayer

from welfare_visit_map.plugin.core import privacy

DONG = "1141055500"


def test_partner_share_holds_no_name_phone_note_or_house_position(provider, demo_dir, demo_database, tmp_path):
    output = tmp_path / "share.gpkg"
    result = processing.run("welfarevisitmap:export_partner_share", {
        "DATABASE": demo_database, "FILTER": f"\"dong_code\" = '{DONG}'", "OUTPUT": str(output)})
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        consenting = conn.execute("SELECT count(*) FROM households WHERE dong_code = ? AND share_consent = 1 "
                                  "AND status = 'active'", (DONG,)).fetchone()[0]  # moved or deceased: not shared
        others = conn.execute("SELECT count(*) FROM households WHERE dong_code = ? AND share_consent = 0",
                              (DONG,)).fetchone()[0]
        secrets = [v for row in conn.execute("SELECT head_name, phone, address, notes FROM households") for v in row if v]
        secrets += [n for (n,) in conn.execute("SELECT notes FROM visits WHERE notes IS NOT NULL")]
    audit = last_audit(demo_database)
    assert (result["EXPORTED"], result["WITHOUT_CONSENT"]) == (consenting, others)
    raw = output.read_bytes().decode("utf-8", errors="ignore")
    leaked = {s for s in set(secrets) if s in raw}
    assert not leaked, sorted(leaked)[:5]
    layer = QgsVectorLayer(f"{output}|layername=partner_households", "share", "ogr")
    assert layer.isValid() and layer.featureCount() == consenting
    tong_points = {}
    for feature in layer.getFeatures():
        assert feature["household"].startswith("H-") and "*" in feature["name_masked"]
        tong_points.setdefault(feature["tong"], set()).add(feature.geometry().asWkt(1))
    assert all(len(points) == 1 for points in tong_points.values())  # one place per 통: no house positions
    assert {f.name() for f in layer.fields()}.isdisjoint({"head_name", "phone", "notes", "address", "id", "case_no"})
    # nor what a screening list tells of a household's finances, its size, when it was found, or the
    # list's own words
    assert {f.name() for f in layer.fields()}.isdisjoint({"crisis_indicators", "members", "found_on",
                                                          "source_labels"})
    assert "health_insurance_arrears" not in raw and "건강보험료" not in raw
    assert audit[0] == "export" and '"privacy": "partner"' in audit[2]
    assert "postgres@" not in audit[2]  # the source is named without its login


def test_the_share_never_replaces_the_database(provider, demo_dir):
    with pytest.raises(QgsProcessingException, match="reads as DATABASE|DATABASE\\(으\\)로 읽는"):
        processing.run("welfarevisitmap:export_partner_share", {
            "DATABASE": str(demo_dir / "demo.gpkg"), "OUTPUT": str(demo_dir / "demo.gpkg")})


def test_masked_ids_match_the_pseudonyms_printed_for_partners():
    pseudonym = privacy.masked_id("hh-000001", "00112233445566778899aabbccddeeff")
    assert pseudonym.startswith("H-") and len(pseudonym) == 10 and pseudonym[2:] == pseudonym[2:].upper()
    with pytest.raises(ValueError):
        privacy.masked_id("hh-000001", "")  # never without the database's key
