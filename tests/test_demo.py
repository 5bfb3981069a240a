"""welfarevisitmap:build_demo: the Seodaemun-gu demo equals the seed's figures, is
deterministic, and its project opens styled in QGIS."""
import sqlite3
from collections import defaultdict

import oracle
import pytest
from qgis.core import QgsAttributeEditorElement, QgsProject
from qgis.PyQt.QtGui import QImage
from shapely.ops import unary_union

from welfare_visit_map.plugin.core import database, demo, gpkg, schema


@pytest.fixture(scope="module")
def conn(demo_dir):
    c = gpkg.connect(demo_dir / "demo.gpkg")
    yield c
    c.close()


def test_figures_equal_the_seed(conn):
    assert demo.figures(conn) == demo.SEED_FIGURES
    assert demo.SEED_FIGURES == {"households": 10497, "visited_households": 5950, "visits": 13608,
                                 "risk_high": 36, "risk_medium": 583, "risk_low": 5331, "needs": 9373,
                                 "linkages": 4961}


def test_every_visited_household_was_met_and_no_unvisited_has_a_risk(conn):
    assert conn.execute("SELECT count(*) FROM households WHERE risk_level IS NULL AND id IN "
                        "(SELECT household_id FROM visits)").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM households WHERE risk_level IS NOT NULL AND id NOT IN "
                        "(SELECT household_id FROM visits)").fetchone()[0] == 0


def test_derived_fields_follow_the_rule_for_every_household(conn):
    cycle = schema.cycle_days(conn)
    visits = defaultdict(list)
    for hid, day, outcome, level, fid in conn.execute(
            "SELECT household_id, visited_on, outcome, risk_level, fid FROM visits"):
        visits[hid].append(oracle.Visit(day, outcome, level, fid))
    mismatches = 0
    for hid, level, last, due in conn.execute(
            "SELECT id, risk_level, last_visit_on, next_visit_due FROM households"):
        expected = oracle.derive(visits.get(hid, []), cycle)
        got = (level, last, due)
        want = (expected.risk_level, expected.last_visit_on and str(expected.last_visit_on),
                expected.next_visit_due and str(expected.next_visit_due))
        mismatches += got != want
    assert mismatches == 0


def test_households_spread_by_real_population(conn):
    rows = conn.execute("SELECT d.code, d.households_registered, count(h.fid) FROM districts d "
                        "LEFT JOIN households h ON h.dong_code = d.code WHERE d.level = 'dong' GROUP BY d.code").fetchall()
    assert len(rows) == 14
    registered = sum(r[1] for r in rows)
    for code, reg, count in rows:
        assert abs(count - demo.SEED_FIGURES["households"] * reg / registered) <= 1, code


def test_households_stand_in_their_dong_and_tong(conn):
    """dong_code and tong written by the generator agree with where the points stand."""
    conn.execute("SAVEPOINT check_assign")
    try:
        assert database.assign_districts(conn) == 0
    finally:
        conn.execute("ROLLBACK TO check_assign")
    assert conn.execute("SELECT count(*) FROM households WHERE dong_code IS NULL OR tong IS NULL").fetchone()[0] == 0


def test_tongs_tile_each_dong_without_gaps_or_overlaps(conn):
    dongs = {code: geom for code, _, _, _, geom in database.districts(conn, "dong")}
    tongs = defaultdict(list)
    for _, _, _, parent, geom in database.districts(conn, "tong"):
        tongs[parent].append(geom)
    assert set(tongs) == set(dongs)
    for code, geom in dongs.items():
        pieces = tongs[code]
        assert 20 <= len(pieces) <= 35, code
        assert abs(sum(p.area for p in pieces) - geom.area) / geom.area < 1e-6, code  # no overlaps
        assert unary_union(pieces).symmetric_difference(geom).area / geom.area < 1e-6, code  # no gaps


def test_real_facilities_placed_honestly(conn):
    rows = conn.execute("SELECT kind, geocode_quality, source, dong_code FROM facilities").fetchall()
    assert len(rows) == 108  # the Seoul list's Seodaemun-gu rows
    qualities = {q for _, q, _, _ in rows}
    assert qualities <= {"source_coordinates", "estimated_legal_dong", "estimated_road_name", "estimated_district",
                         "unlocated"}
    assert sum(q == "source_coordinates" for _, q, _, _ in rows) == 2  # MOHW disability centres
    assert all("서울특별시" in s for _, _, s, _ in rows)
    placed = [d for _, q, _, d in rows if q != "unlocated"]
    assert len(placed) >= 105 and all(placed)  # every placed facility stands inside the district
    # listed under 서대문구 but its address is in 파주시: kept, not placed anywhere false
    assert conn.execute("SELECT name, geom FROM facilities WHERE geocode_quality = 'unlocated'").fetchall() == [
        ("늘푸른자활의집", None)]
    assert {k for k, _, _, _ in rows} >= {"welfare_centre", "elderly_care", "home_care", "child", "disability"}


def test_visitors_in_the_roles_of_the_spec_and_reports(conn):
    roles = {r[0] for r in conn.execute("SELECT DISTINCT role FROM visitors")}
    assert {"official", "welfare_block_leader", "visiting_nurse", "postal_carrier", "yakult"} <= roles
    statuses = dict(conn.execute("SELECT status, count(*) FROM reports GROUP BY status"))
    assert statuses["new"] == 14 * 3
    assert conn.execute("SELECT count(*) FROM reports WHERE status <> 'new' AND household_id IS NULL").fetchone()[0] == 0


def test_no_synthetic_phone_is_a_real_assignable_number(conn):
    phones = [r[0] for r in conn.execute("SELECT phone FROM households WHERE phone IS NOT NULL "
                                         "UNION ALL SELECT phone FROM visitors")]
    assert phones and all(p.startswith("010-0") for p in phones)


def table_dump(path):
    with sqlite3.connect(path) as c:
        out = {}
        for table in ("districts", "visitors", "facilities", "households", "visits", "needs", "linkages", "reports"):
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({table})") if r[1] not in ("created_at",)]
            out[table] = c.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY fid").fetchall()
        return out


def test_same_seed_same_data_other_seed_other_data(demo_dir, tmp_path):
    again = tmp_path / "again.gpkg"
    demo.build(again, seed=2015)
    assert table_dump(again) == table_dump(demo_dir / "demo.gpkg")
    other = tmp_path / "other.gpkg"
    assert demo.build(other, seed=7) == demo.SEED_FIGURES
    assert table_dump(other)["households"] != table_dump(again)["households"]


def test_demo_project_opens_styled_with_relations(demo_dir, qgis_new_project):
    project = QgsProject.instance()
    assert project.read(str(demo_dir / "demo.qgz"))
    layers = {lyr.name(): lyr for lyr in project.mapLayers().values()}
    assert {"가구", "복지자원·시설", "행정구역 (구·동·통)", "방문 기록", "욕구", "서비스 연계"} <= set(layers)
    assert all(lyr.isValid() for lyr in layers.values())
    households = layers["가구"]
    assert households.featureCount() == demo.SEED_FIGURES["households"]
    assert households.renderer().type() == "RuleRenderer"
    relations = project.relationManager().relations()
    assert {"visits_household", "needs_household", "linkages_household"} <= set(relations)
    assert all(r.isValid() for r in relations.values())
    # the household form's relation editors are bound to those relations
    editors = [c for tab in households.editFormConfig().tabs() for c in tab.children()
               if c.type() == QgsAttributeEditorElement.AeTypeRelation]
    assert {e.relation().id() for e in editors} == {"visits_household", "needs_household", "linkages_household"}
    assert all(e.relation().isValid() for e in editors)
    # the layer tree: one group, districts under households
    group = project.layerTreeRoot().children()[0]
    order = [child.name() for child in group.children()]
    assert order.index("가구") < order.index("행정구역 (구·동·통)")


def test_overview_png_shows_the_risk_colours(demo_dir):
    image = QImage(str(demo_dir / "overview.png"))
    assert image.width() > 1000 and image.height() > 700
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    for colour in ("#e31a1c", "#ff7f00", "#1f78b4"):
        assert colour in colours, colour


def test_a_household_placed_in_qgis_gets_its_dong_and_tong(demo_dir, qgis_new_project):
    from qgis.core import QgsVectorLayerUtils

    from welfare_visit_map.plugin.project import open_database

    layers = open_database(demo_dir / "demo.gpkg", QgsProject.instance())
    tong = next(layers["districts"].getFeatures("\"code\" = '1141055500-07'"))
    feature = QgsVectorLayerUtils.createFeature(layers["households"], tong.geometry().pointOnSurface(), {},
                                                layers["households"].createExpressionContext())
    assert (feature["dong_code"], feature["tong"]) == ("1141055500", 7)
