"""Generated 통 polygons (plugin/core/tongs.py): exact tiling of the real Seodaemun-gu 행정동
boundaries, determinism and reading-order numbering. Plain pytest, no QGIS."""
import csv
import json
import math
from pathlib import Path

import pytest
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.ops import unary_union

from welfare_visit_map.plugin.core.tongs import make_tongs, tong_count

# shared/ lies beside the checkout (CI clones the repo elsewhere with a copy of shared/ next to it)
ZONES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "real" / "juso_zones_202401"
SEED = 2015


def _project(geometry, transformer):
    """A GeoJSON geometry in EPSG:4326 as a shapely geometry in the transformer's CRS."""
    def walk(coords):
        if isinstance(coords[0][0], (int, float)):  # a ring
            xs, ys = zip(*((c[0], c[1]) for c in coords))
            return list(zip(*transformer.transform(xs, ys)))
        return [walk(c) for c in coords]
    return shape({"type": geometry["type"], "coordinates": walk(geometry["coordinates"])})


@pytest.fixture(scope="module")
def dongs():
    """(code, name, polygon in EPSG:5186, registered households) of Seodaemun-gu's 14 행정동."""
    if not ZONES.exists():
        pytest.skip(f"real boundary data not found beside the checkout: {ZONES}")
    to_5186 = Transformer.from_crs(4326, 5186, always_xy=True)
    with open(ZONES / "population_hjd_202401_seodaemun_seongbuk.csv", encoding="utf-8") as f:
        households = {r["행정기관코드"]: int(r["세대수"]) for r in csv.DictReader(f)}
    with open(ZONES / "hjd_seodaemun_seongbuk_202401.geojson", encoding="utf-8") as f:
        features = json.load(f)["features"]
    rows = [(ft["properties"]["EMD_CD"], ft["properties"]["EMD_KOR_NM"], _project(ft["geometry"], to_5186),
             households[ft["properties"]["EMD_CD"]])
            for ft in features if ft["properties"]["EMD_CD"].startswith("11410")]
    assert len(rows) == 14
    return rows


@pytest.fixture(scope="module")
def tiled(dongs):
    """{code: (dong polygon, count, make_tongs result)} with counts from the households."""
    out = {}
    for code, _, geom, households in dongs:
        count = tong_count(households)
        out[code] = (geom, count, make_tongs(geom, count, SEED))
    return out


def test_tong_count_follows_households_and_is_clamped():
    assert tong_count(0) == 20
    assert tong_count(9000) == 20
    assert tong_count(13050) == 29
    assert tong_count(15750) == 35
    assert tong_count(100000) == 35


def test_each_dong_gets_its_count_numbered_from_one(tiled):
    counts = [count for _, count, _ in tiled.values()]
    assert min(counts) >= 20 and max(counts) <= 35 and len(set(counts)) > 1
    for _, count, pieces in tiled.values():
        assert [number for number, _ in pieces] == list(range(1, count + 1))


def test_pieces_tile_the_dong_without_gaps_or_overlaps(tiled, dongs):
    names = {code: name for code, name, _, _ in dongs}
    for code, (geom, _, pieces) in tiled.items():
        union = unary_union([p for _, p in pieces])
        total = sum(p.area for _, p in pieces)
        assert union.area == pytest.approx(geom.area, rel=1e-6), names[code]      # no gaps
        assert total == pytest.approx(geom.area, rel=1e-6), names[code]           # so no overlaps
        assert union.symmetric_difference(geom).area < 1e-6 * geom.area, names[code]


def test_pieces_are_valid_polygons_of_even_size(tiled):
    for geom, count, pieces in tiled.values():
        areas = []
        for _, piece in pieces:
            assert isinstance(piece, (Polygon, MultiPolygon))
            assert piece.is_valid and piece.area > 0
            areas.append(piece.area)
        assert max(areas) < 3 * geom.area / count   # Lloyd relaxation keeps sizes near the mean


def test_same_seed_same_output_other_seed_other_output(tiled):
    geom, count, pieces = next(iter(tiled.values()))
    again = make_tongs(geom, count, SEED)
    assert [(n, p.wkb) for n, p in again] == [(n, p.wkb) for n, p in pieces]
    other = make_tongs(geom, count, SEED + 1)
    assert [p.wkb for _, p in other] != [p.wkb for _, p in pieces]


def test_numbers_run_in_reading_order(tiled):
    for geom, _, pieces in tiled.values():
        minx, miny, maxx, maxy = geom.bounds
        first = pieces[0][1].centroid
        assert first.y > miny + 2 / 3 * (maxy - miny)                 # tong 1 in the northern third
        assert pieces[-1][1].centroid.y < miny + 1 / 2 * (maxy - miny)  # the last one in the south
        centroids = [p.centroid for _, p in pieces]
        step = sum(a.distance(b) for a, b in zip(centroids, centroids[1:])) / (len(centroids) - 1)
        spread = sum(a.distance(b) for a in centroids for b in centroids) / len(centroids) ** 2
        assert step < 0.6 * spread   # neighbouring numbers lie near each other


@pytest.mark.parametrize("dong", [
    box(0, 0, 1000, 1000),
    box(0, 0, 1000, 1000).difference(box(100, 100, 900, 1000)),             # a U: cells cross the gap
    box(0, 0, 1000, 1000).difference(box(300, 300, 700, 700)),               # a hole
    box(0, 0, 5000, 20),                                                     # a thin strip
    MultiPolygon([box(0, 0, 1000, 1000), box(1500, 0, 1600, 100), box(3000, 3000, 3001, 3001)]),
], ids=["square", "u-shape", "hole", "strip", "islands"])
@pytest.mark.parametrize("count", [1, 2, 7, 60])
def test_awkward_shapes_still_tile(dong, count):
    pieces = make_tongs(dong, count, seed=1)
    assert [n for n, _ in pieces] == list(range(1, count + 1))
    assert all(isinstance(p, (Polygon, MultiPolygon)) and p.is_valid and p.area > 0 for _, p in pieces)
    assert math.isclose(sum(p.area for _, p in pieces), dong.area, rel_tol=1e-9)
    assert math.isclose(unary_union([p for _, p in pieces]).area, dong.area, rel_tol=1e-9)


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        make_tongs(box(0, 0, 10, 10), 0, seed=1)
    with pytest.raises(ValueError):
        make_tongs(Polygon([(0, 0), (1, 1), (2, 2)]), 3, seed=1)
