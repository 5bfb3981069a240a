"""welfarevisitmap:plan_day — the households due first by risk, walked in the shortest order over
the base map's roads (or straight lines), as layers, an A4 route sheet and a QField package."""
import itertools
import math
import random
import re
import sqlite3
import subprocess

import pytest
from conftest import SEOUL, ensure_provider, last_audit, make_small_database, on_backend

OX, OY = SEOUL
DAY = "2026-06-01"
DONG = "1141055500"
START = f"{OX + 20},{OY + 20} [EPSG:5186]"
# (id, x, y, name, house number, risk at the last met visit, visited on, status); the cycles are
# high 30, medium 90, low 180 days: on 2026-06-01 hA…hD are overdue, hE is not due yet
EXTRA = (
    ("hA", 210, 720, "가나다", 21, "high", "2026-03-01", "active"),   # due 03-31: most overdue high
    ("hB", 610, 880, "라마바", 22, "high", "2026-04-15", "active"),   # due 05-15
    ("hC", 810, 310, "사아자", 23, "medium", "2026-01-15", "active"),  # due 04-15
    ("hD", 390, 110, "차카타", 24, "low", "2025-11-01", "active"),    # due 2026-04-30
    ("hE", 600, 600, "파하가", 25, "high", "2026-05-20", "active"),   # due 06-19: not due
    ("hF", 300, 300, "나다라", 26, None, None, "closed"),            # closed: never planned
)
URGENCY = ["hA", "hB", "hC", "hD", "hh-1", "hh-2"]  # of 천연동, due on DAY, most urgent first


def _grid_roads(broken=()):
    """Walkable streets of 천연동: a 200 m grid (x 0…1000, y 100…900), one line per block side,
    less the sides in ``broken`` — so the way round differs from the straight line."""
    from shapely.geometry import LineString, MultiLineString

    xs, ys = range(0, 1001, 200), range(100, 901, 200)
    lines = []
    for x in xs:
        for y0, y1 in zip(ys, ys[1:]):
            lines.append(((x, y0), (x, y1)))
    for y in ys:
        for x0, x1 in zip(xs, xs[1:]):
            lines.append(((x0, y), (x1, y)))
    return [MultiLineString([LineString([(OX + a, OY + b), (OX + c, OY + d)])]) for (a, b), (c, d) in lines
            if ((a, b), (c, d)) not in broken]


BROKEN = (((400, 500), (600, 500)), ((400, 300), (400, 500)), ((600, 700), (600, 900)), ((200, 100), (400, 100)))


def make_day_database(path, roads=True):
    from shapely.geometry import Point

    from welfare_visit_map.plugin.core import gpkg

    make_small_database(path, origin=SEOUL)
    c = gpkg.connect(path)
    with c:
        c.execute("INSERT INTO facilities (id, geom, name, kind, dong_code) VALUES ('f-office', ?, '천연동 주민센터', "
                  "'other', ?)", (gpkg.encode(Point(OX + 20, OY + 20), 5186), DONG))
        for hid, x, y, name, number, risk, visited, status in EXTRA:
            c.execute("INSERT INTO households (geom, id, head_name, address, dong_code, tong, status, created_at) "
                      "VALUES (?,?,?,?,?,?,?, '2025-01-10T09:00:00.000Z')",
                      (gpkg.encode(Point(OX + x, OY + y), 5186), hid, name, f"서울특별시 서대문구 연희로 {number}",
                       DONG, 1 if x < 500 else 2, status))
            if visited:
                c.execute("INSERT INTO visits (household_id, visited_on, visitor_id, outcome, risk_level) "
                          "VALUES (?, ?, 'v-1', 'met', ?)", (hid, visited, risk))
        c.execute("INSERT INTO needs (household_id, domain, item) VALUES ('hA', 'economy', '식품')")
        c.execute("UPDATE households SET assigned_visitor_id = 'v-1', read_version = version WHERE dong_code = ?", (DONG,))
        if roads:
            for line in _grid_roads(BROKEN):
                c.execute("INSERT INTO base_roads (geom, road_name, source) VALUES (?, '연희로', 'osm')",
                          (gpkg.encode(line, 5186),))
    c.close()
    return path


@pytest.fixture
def day_db(tmp_path):
    return make_day_database(tmp_path / "day.gpkg")


@pytest.fixture(params=["gpkg", "postgres"])
def day_database(request, tmp_path):
    return on_backend(request, make_day_database(tmp_path / "day.gpkg"))


def plan(database, tmp_path, **parameters):
    import processing

    ensure_provider()
    base = {"DATABASE": str(database), "DATE": DAY, "OUTPUT": "memory:", "PATH": "memory:",
            "SHEET": str(tmp_path / "route.pdf")}
    return processing.run("welfarevisitmap:plan_day", {**base, **parameters})


def _points(database, ids):
    from welfare_visit_map.plugin.core import db

    conn = db.connect_readonly(database)
    try:
        found = {}
        for hid in ids:
            row = conn.execute(f"SELECT {db.geometry(conn, 'geom')} FROM households WHERE id = ?", (hid,)).fetchone()
            point = db.decode_geometry(conn, row[0])
            found[hid] = (point.x, point.y)
        return [found[h] for h in ids]
    finally:
        conn.close()


def _brute_force(matrix):
    n = len(matrix)
    return min(sum(matrix[a][b] for a, b in zip((0, *p), p)) for p in itertools.permutations(range(1, n)))


# --- the order (plain Python) -------------------------------------------------------------------

def test_exact_order_is_the_shortest_and_the_heuristic_is_good():
    from welfare_visit_map.plugin.core import routes

    rng = random.Random(18)
    for n in range(1, 9):
        for _ in range(5):
            matrix = [[0 if i == j else rng.uniform(10, 1000) for j in range(n + 1)] for i in range(n + 1)]  # asymmetric
            order = routes.best_order(matrix)
            assert sorted(order) == list(range(1, n + 1))
            assert routes.path_length(matrix, order) == pytest.approx(_brute_force(matrix))
    points = [(rng.uniform(0, 2000), rng.uniform(0, 2000)) for _ in range(30)]
    matrix = routes.straight_matrix(points)
    order = routes.best_order(matrix)
    assert sorted(order) == list(range(1, 30))
    nearest = routes._nearest_neighbour(matrix, range(1, 30))
    assert routes.path_length(matrix, order) <= routes.path_length(matrix, nearest) + 1e-6


def test_time_limit_drops_the_least_urgent():
    from welfare_visit_map.plugin.core import routes

    points = [(0, 0), (400, 0), (800, 0), (1200, 0)]  # 6 minutes' walk apart at 4 km/h
    matrix = routes.straight_matrix(points)
    route = routes.plan(matrix, max_minutes=None, visit_minutes=20)
    assert route.order == [1, 2, 3] and route.arrivals == pytest.approx([6, 32, 58])
    assert route.minutes == pytest.approx(78)
    route = routes.plan(matrix, max_minutes=55, visit_minutes=20)
    assert route.order == [1, 2] and route.dropped == [3] and route.minutes == pytest.approx(52)


def test_due_households_first_by_risk_then_most_overdue(day_db):
    import datetime as dt

    from welfare_visit_map.plugin.core import db, routes

    conn = db.connect_readonly(day_db)
    try:
        stops, unplaced = routes.candidates(conn, dt.date(2026, 6, 1), visitor_id="v-1")
        start = routes.start_place(conn, routes.main_dong(stops))
    finally:
        conn.close()
    assert [s.id for s in stops] == URGENCY and unplaced == 0
    assert (start.name, start.kind) == ("천연동 주민센터", "office")


# --- the algorithm ------------------------------------------------------------------------------

def test_route_over_the_roads_is_the_shortest_order(day_database, tmp_path):
    from welfare_visit_map.plugin import network
    from welfare_visit_map.plugin.core import db, routes

    result = plan(day_database, tmp_path, VISITOR="최복지", MAX_STOPS=6)
    assert result["METHOD"] == "road" and result["STOPS"] == 6
    ids = result["HOUSEHOLD_IDS"].split(",")
    assert sorted(ids) == sorted(URGENCY)
    points = [(OX + 20, OY + 20)] + _points(day_database, URGENCY)  # the start is the 주민센터
    conn = db.connect_readonly(day_database)
    try:
        lines = network.read_roads(conn, (OX, OY, OX + 1000, OY + 1000))
    finally:
        conn.close()
    matrix, _, off = network.RoadNetwork(lines, 5186).distances(points)
    assert not off
    shortest = _brute_force(matrix)
    assert result["METRES"] == pytest.approx(shortest, abs=0.5)
    walked = [0] + [URGENCY.index(h) + 1 for h in ids]
    assert sum(matrix[a][b] for a, b in zip(walked, walked[1:])) == pytest.approx(shortest, abs=0.5)
    assert shortest > _brute_force(routes.straight_matrix(points)) + 50  # the roads go round
    stops = {f["stop"]: f for f in result["OUTPUT"].getFeatures()}
    assert sorted(stops) == list(range(1, 7)) and [stops[n]["household_id"] for n in range(1, 7)] == ids
    assert stops[1]["arrival_min"] >= 0 and stops[6]["arrival_min"] > stops[5]["arrival_min"]
    legs = list(result["PATH"].getFeatures())
    assert len(legs) == 6 and {f["method"] for f in legs} == {"road"}
    assert sum(f.geometry().length() for f in legs) == pytest.approx(shortest, abs=1.0)
    action, table, detail, _ = last_audit(day_database, "print")
    assert (action, table) == ("print", "households") and '"algorithm": "plan_day"' in detail


def test_max_stops_takes_the_most_urgent(day_db, tmp_path):
    result = plan(day_db, tmp_path, FILTER=f"\"dong_code\" = '{DONG}'", MAX_STOPS=3)
    assert result["STOPS"] == 3 and sorted(result["HOUSEHOLD_IDS"].split(",")) == sorted(URGENCY[:3])
    result = plan(day_db, tmp_path, HOUSEHOLDS="hD, hE, hh-2, hF", MAX_STOPS=8)
    assert sorted(result["HOUSEHOLD_IDS"].split(",")) == ["hD", "hh-2"]  # hE not due, hF closed


def test_straight_lines_without_roads(tmp_path):
    from welfare_visit_map.plugin.core import routes

    database = make_day_database(tmp_path / "plain.gpkg", roads=False)
    result = plan(database, tmp_path, VISITOR="v-1", START=START, MAX_STOPS=6)
    assert result["METHOD"] == "straight"
    points = [(OX + 20, OY + 20)] + _points(database, URGENCY)
    assert result["METRES"] == pytest.approx(_brute_force(routes.straight_matrix(points)), abs=0.5)
    assert {f["method"] for f in result["PATH"].getFeatures()} == {"straight"}


def _pdf_text(path):
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\x01]+", "", text)  # QGIS 3.22 PDFs give spaces as \x01 to pdftotext


def test_the_sheet_lists_the_stops_in_korean(day_db, tmp_path):
    result = plan(day_db, tmp_path, VISITOR="v-1", MAX_STOPS=6)
    text = _pdf_text(result["SHEET"])
    assert "오늘의방문경로" in text or "Today'sroute" in text
    for number in (1, 2, 21, 22, 23, 24):
        assert f"연희로{number}" in text
    assert "가*다" in text and "가나다" not in text  # names masked unless PRIVACY staff
    assert "식품" in text  # the open needs to check
    staff = plan(day_db, tmp_path, VISITOR="v-1", MAX_STOPS=6, PRIVACY=0, SHEET=str(tmp_path / "staff.pdf"))
    assert "가나다" in _pdf_text(staff["SHEET"])


def test_the_qfield_package_holds_the_days_households(day_db, tmp_path):
    folder = tmp_path / "field"
    result = plan(day_db, tmp_path, VISITOR="v-1", MAX_STOPS=4, PACKAGE=str(folder))
    packages = list(folder.glob("*.gpkg"))
    assert len(packages) == 1 and list(folder.glob("*.qgz"))
    conn = sqlite3.connect(packages[0])
    try:
        packaged = sorted(r[0] for r in conn.execute("SELECT id FROM households"))
    finally:
        conn.close()
    assert packaged == sorted(result["HOUSEHOLD_IDS"].split(",")) == sorted(URGENCY[:4])


def test_nothing_due_or_no_choice_is_said(day_db, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        plan(day_db, tmp_path)  # whose day?
    with pytest.raises(QgsProcessingException):
        plan(day_db, tmp_path, HOUSEHOLDS="hE")  # not due
    assert math.isfinite(plan(day_db, tmp_path, HOUSEHOLDS="hE", DATE="2026-07-01")["METRES"])
