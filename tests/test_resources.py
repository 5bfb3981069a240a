"""welfarevisitmap:nearest_resources: the right facilities, in the right order, with known answers."""
import processing
import pytest
from conftest import on_backend
from shapely.geometry import Point

from welfare_visit_map.plugin.core import database, gpkg
from welfare_visit_map.plugin.core.resources import nearest_resources

X, Y = 195000.0, 553000.0


@pytest.fixture
def local_db(tmp_path):
    path = database.create(tmp_path / "r.gpkg")
    conn = gpkg.connect(path)
    with conn:
        for fid, name, services, dx in (("f-food-near", "푸드뱅크", "{economy,daily_living}", 100),
                                        ("f-food-far", "먼 푸드마켓", "{economy}", 900),
                                        ("f-food-too-far", "아주 먼 푸드뱅크", "{economy}", 1500),
                                        ("f-health", "보건소", "{health}", 50),
                                        ("f-centre", "종합사회복지관", "{economy,health,social}", 400)):
            conn.execute("INSERT INTO facilities (geom, id, name, kind, services) VALUES (?,?,?,?,?)",
                         (gpkg.encode(Point(X + dx, Y), 5186), fid, name, "other", services))
        for hid, case in (("hh-a", "A-1"), ("hh-b", "B-1"), ("hh-c", "C-1")):
            conn.execute("INSERT INTO households (geom, id, case_no, status) VALUES (?,?,?, 'active')",
                         (gpkg.encode(Point(X, Y), 5186), hid, case))
        conn.execute("INSERT INTO needs (household_id, domain, status) VALUES ('hh-a', 'economy', 'open'), "
                     "('hh-a', 'social', 'linked'), ('hh-b', 'health', 'resolved'), ('hh-c', 'legal', 'open')")
    conn.close()
    return path


@pytest.fixture(params=["gpkg", "postgres"])
def db(request, local_db):
    """DATABASE on each backend: the GeoPackage, and the same moved up to the test server."""
    return on_backend(request, local_db)


def test_facilities_serving_open_needs_nearest_first(db):
    from welfare_visit_map.plugin.core import db as dbapi

    conn = dbapi.connect_readonly(db)
    matches = nearest_resources(conn, ["hh-a", "hh-b", "hh-c"], 1000)
    conn.close()
    assert [(m.household_id, m.facility_id, m.distance, m.domains) for m in matches] == [
        ("hh-a", "f-food-near", 100.0, "economy"),
        ("hh-a", "f-centre", 400.0, "economy,social"),
        ("hh-a", "f-food-far", 900.0, "economy"),
    ]  # hh-b's need is resolved, nobody offers hh-c's legal help; the health centre serves no open need


def test_the_algorithm_gives_the_same_as_a_table(provider, db):
    result = processing.run("welfarevisitmap:nearest_resources", {
        "DATABASE": str(db), "FILTER": "\"case_no\" = 'A-1'", "DISTANCE": 500, "PER_HOUSEHOLD": 5,
        "OUTPUT": "memory:"})
    rows = [(f["facility_name"], f["distance_m"], f["rank"]) for f in result["OUTPUT"].getFeatures()]
    assert rows == [("푸드뱅크", 100.0, 1), ("종합사회복지관", 400.0, 2)]
