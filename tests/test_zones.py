"""welfarevisitmap:make_visit_zones: contiguous, compact zones of balanced workload (core/zones.py)."""
import shutil
from collections import deque

import pytest
from conftest import make_small_database, on_backend, plain_rows
from shapely.ops import unary_union

DONG = "1141055500"  # 북아현동 of the demo


def _zoning(demo_dir, k=5, weighting="households", keep_tong=False, area=DONG):
    from welfare_visit_map.plugin.core import db
    from welfare_visit_map.plugin.core import zones as zn
    from welfare_visit_map.plugin.core.fieldwork import parse_area

    conn = db.connect_readonly(demo_dir / "demo.gpkg")
    try:
        data = zn.read_area(conn, parse_area(area))
    finally:
        conn.close()
    return data, zn.make_zones(data, k, weighting, keep_tong)


def _connected(units, neighbours):
    units = set(units)
    start = next(iter(units))
    seen, queue = {start}, deque([start])
    while queue:
        for v in neighbours[queue.popleft()]:
            if v in units and v not in seen:
                seen.add(v)
                queue.append(v)
    return seen == units


def _active(database, dong=DONG):
    return {r[0] for r in plain_rows(database, "SELECT id FROM households WHERE dong_code = ? AND status = 'active'",
                                     dong)}


@pytest.mark.parametrize("weighting", ["households", "time"])
def test_free_zones_on_the_demo_are_contiguous_cover_everyone_once_and_balanced(demo_dir, weighting):
    from welfare_visit_map.plugin.core import zones as zn

    data, zoning = _zoning(demo_dir, 5, weighting)
    assert len(zoning.zones) == 5 and [z.number for z in zoning.zones] == [1, 2, 3, 4, 5]
    # every active household of the 동 exactly once
    ids = [i for z in zoning.zones for i in z.household_ids]
    assert len(ids) == len(set(ids)) and set(ids) == _active(str(demo_dir / "demo.gpkg")) and not zoning.left_out
    assert len(ids) > 450
    # balanced: the most loaded zone at most 1.15 × the least loaded
    assert zoning.ratio <= 1.15, [z.workload for z in zoning.zones]
    if weighting == "households":
        assert [z.workload for z in zoning.zones] == [z.households for z in zoning.zones]
    # contiguous under the households' adjacency (Voronoi cells sharing a border) ...
    sites = sorted({(round(h.x, zn.SITE_DECIMALS), round(h.y, zn.SITE_DECIMALS)) for h in data.households})
    site_of = {h.id: sites.index((round(h.x, zn.SITE_DECIMALS), round(h.y, zn.SITE_DECIMALS)))
               for h in data.households}
    cells, _ = zn.voronoi_cells(sites, data.outline)
    neighbours = zn.cell_neighbours(sites, cells)
    for zone in zoning.zones:
        assert _connected({site_of[i] for i in zone.household_ids}, neighbours), zone.number
    # ... and each zone one polygon; together they tile the 동 without overlap
    assert all(z.geometry.geom_type == "Polygon" and z.geometry.is_valid for z in zoning.zones)
    total = sum(z.geometry.area for z in zoning.zones)
    assert total == pytest.approx(data.outline.area, rel=1e-6)
    assert unary_union([z.geometry for z in zoning.zones]).area == pytest.approx(total, rel=1e-6)
    # each household lies in its zone's polygon
    points = {h.id: (h.x, h.y) for h in data.households}
    from shapely.geometry import Point
    for zone in zoning.zones:
        shape = zone.geometry.buffer(0.01)
        assert all(shape.contains(Point(points[i])) for i in zone.household_ids)


def test_workload_by_time_follows_risk_and_the_revisit_cycle():
    from welfare_visit_map.plugin.core import zones as zn

    cycles = {"high": 30, "medium": 90, "low": 180}
    assert zn.workload("high", "households", cycles) == 1
    assert zn.workload("high", "time", cycles) == pytest.approx(365 / 30 * 60 / 60)
    assert zn.workload("low", "time", cycles) == pytest.approx(365 / 180 * 30 / 60)
    assert zn.workload(None, "time", cycles) == pytest.approx(1.0)  # not visited yet: one visit of an hour
    assert zn.workload("high", "time", {"high": 60}) == pytest.approx(365 / 60)


def test_keep_tong_keeps_every_tong_whole(demo_dir):
    data, zoning = _zoning(demo_dir, 5, "households", keep_tong=True)
    tong_of = {h.id: h.tong for h in data.households}
    seen = {}
    for zone in zoning.zones:
        for household in zone.household_ids:
            assert seen.setdefault(tong_of[household], zone.number) == zone.number, "a 통 split between zones"
        # the zone's polygon is the union of its 통
        assert zone.geometry.geom_type == "Polygon"
        assert zone.geometry.area == pytest.approx(sum(data.tong_polygons[t].area for t in zone.tongs), rel=1e-6)
    assert sorted(seen) == sorted(data.tong_polygons)
    assert sum(z.households for z in zoning.zones) == len(data.households)
    assert zoning.ratio < 1.5  # 통 granularity: reported, not held to 1.15


def test_some_tong_of_a_dong(demo_dir):
    data, zoning = _zoning(demo_dir, 2, area=f"{DONG}:3,4,5,6")
    assert {h.tong for h in data.households} == {3, 4, 5, 6}
    assert sum(z.households for z in zoning.zones) == len(data.households)
    assert sum(z.geometry.area for z in zoning.zones) == pytest.approx(data.outline.area, rel=1e-6)


def _visitors(database, dong=DONG, count=5):
    return [r[0] for r in plain_rows(database, "SELECT id FROM visitors WHERE dong_code = ? ORDER BY id", dong)][:count]


def test_algorithm_dry_run_shows_the_zones_and_writes_nothing(provider, demo_dir, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    database = str(tmp_path / "demo.gpkg")
    shutil.copy(demo_dir / "demo.gpkg", database)
    visitors = _visitors(database)
    assert len(visitors) == 5
    before = plain_rows(database, "SELECT id, assigned_visitor_id, version FROM households ORDER BY id")
    audit = plain_rows(database, "SELECT count(*) FROM audit_log")
    result = processing.run("welfarevisitmap:make_visit_zones", {
        "DATABASE": database, "DISTRICT": DONG, "VISITORS": ", ".join(visitors), "WEIGHTING": 0,
        "DRY_RUN": True, "OUTPUT": str(tmp_path / "zones.gpkg")})
    assert result["ASSIGNED"] == 0 and result["RATIO"] <= 1.15
    assert plain_rows(database, "SELECT id, assigned_visitor_id, version FROM households ORDER BY id") == before
    assert plain_rows(database, "SELECT count(*) FROM audit_log") == audit
    layer = QgsVectorLayer(result["OUTPUT"], "zones", "ogr")
    assert layer.isValid() and layer.featureCount() == 5
    rows = sorted((f["zone"], f["visitor_id"], f["households"], f["workload"], f["high_risk"])
                  for f in layer.getFeatures())
    # each zone one of the visitors (a zone goes to whoever has most of it already)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5] and sorted(r[1] for r in rows) == sorted(visitors)
    assert sum(r[2] for r in rows) == len(_active(database))
    assert layer.crs().authid() == "EPSG:5186"
    del layer


def test_algorithm_assigns_each_zone_to_its_visitor(provider, demo_dir, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    database = str(tmp_path / "demo.gpkg")
    shutil.copy(demo_dir / "demo.gpkg", database)
    visitors = _visitors(database, count=4)
    names = [plain_rows(database, "SELECT name FROM visitors WHERE id = ?", v)[0][0] for v in visitors]
    result = processing.run("welfarevisitmap:make_visit_zones", {
        "DATABASE": database, "DISTRICT": DONG, "VISITORS": ",".join([visitors[0], *names[1:]]), "WEIGHTING": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"] if not isinstance(result["OUTPUT"], str) else QgsVectorLayer(result["OUTPUT"], "z", "ogr")
    zones = {f["zone"]: (f["visitor_id"], f["households"]) for f in layer.getFeatures()}
    assert sorted(zones[n][0] for n in (1, 2, 3, 4)) == sorted(visitors)  # each zone one visitor of them
    counts = dict(plain_rows(database, "SELECT assigned_visitor_id, count(*) FROM households WHERE dong_code = ? "
                                       "AND status = 'active' GROUP BY assigned_visitor_id", DONG))
    assert counts == {zones[n][0]: zones[n][1] for n in (1, 2, 3, 4)}
    assert result["ASSIGNED"] <= sum(counts.values()) and result["RATIO"] <= 1.15
    del layer
    # zoning again, the visitors named in another order: each keeps the zone they have (nothing moves)
    again = processing.run("welfarevisitmap:make_visit_zones", {
        "DATABASE": database, "DISTRICT": DONG, "VISITORS": ",".join(reversed(visitors)), "WEIGHTING": 1,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    assert again["ASSIGNED"] == 0


@pytest.fixture(params=["gpkg", "postgres"])
def backend(request):
    return request


def test_assignments_on_both_engines(provider, backend, tmp_path):
    import processing

    database = on_backend(backend, str(make_small_database(tmp_path / "small.gpkg")))
    result = processing.run("welfarevisitmap:make_visit_zones", {
        "DATABASE": database, "DISTRICT": "1141055500", "VISITORS": "최복지, v-3", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["ASSIGNED"] == 2
    assert plain_rows(database, "SELECT id, assigned_visitor_id, version FROM households ORDER BY id") == [
        ("hh-1", "v-1", 2), ("hh-2", "v-3", 2), ("hh-3", None, 1)]  # zone 1 is the west one
    assert plain_rows(database, "SELECT count(*) FROM audit_log WHERE table_name = 'households' "
                                "AND action = 'update'")[0][0] == 2
    again = processing.run("welfarevisitmap:make_visit_zones", {
        "DATABASE": database, "DISTRICT": "1141055500", "VISITORS": "최복지, v-3", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert again["ASSIGNED"] == 0  # already so: no edit


def test_errors_are_said_in_the_users_words(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    database = str(make_small_database(tmp_path / "small.gpkg"))
    for parameters, words in (({"DISTRICT": "1141055500", "VISITORS": "없는사람"}, "없는사람"),
                              ({"DISTRICT": "9999999999", "ZONES": 2}, "9999999999"),
                              ({"DISTRICT": "1141055500"}, "ZONES"),
                              ({"DISTRICT": "1141055500", "ZONES": 3}, "3"),
                              ({"DISTRICT": "1141055500", "VISITORS": "v-1", "ZONES": 2}, "ZONES")):
        with pytest.raises(QgsProcessingException, match=words):
            processing.run("welfarevisitmap:make_visit_zones", {"DATABASE": database, "OUTPUT": "TEMPORARY_OUTPUT",
                                                                 **parameters})
    assert plain_rows(database, "SELECT count(*) FROM households WHERE assigned_visitor_id IS NOT NULL") == [(0,)]
