"""Base maps under the printed pages (issue 13, part 1): real XYZ tiles served from a local folder
(file://, tiles the test paints magenta) seen in the PDF's pixels; an unreachable tile server that
leaves the page saying so; and a VWorld key that never lands in a PDF, the audit log or a saved
project."""
import json
import math
import re
import sqlite3
import subprocess
import zipfile

import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtNetwork import QNetworkRequest

from welfare_visit_map.plugin import basemap, printing

DONG = "1141055500"  # 북아현동
TONG = f"{DONG}-07"
KEY = "WVMTESTKEY-0F1E2D3C4B5A6978"
BASEMAP = {choice: i for i, choice in enumerate(printing.BASEMAP_CHOICES)}


def tile_xy(lon, lat, zoom):
    n = 2 ** zoom
    return int((lon + 180) / 360 * n), int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)


@pytest.fixture(scope="module")
def magenta_tiles(demo_dir, tmp_path_factory):
    """An XYZ folder {z}/{x}/{y}.png of pure magenta tiles over the 통 and some way round it, for
    every zoom a print or the probe asks for."""
    folder = tmp_path_factory.mktemp("tiles")
    districts = QgsVectorLayer(f"{demo_dir / 'demo.gpkg'}|layername=districts", "districts", "ogr")
    feature = next(districts.getFeatures(f"\"code\" = '{TONG}'"))
    box = feature.geometry().buffer(600, 4).boundingBox()
    wgs84 = QgsCoordinateTransform(districts.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    box = wgs84.transformBoundingBox(box)
    tile = QImage(256, 256, QImage.Format.Format_RGB32)
    tile.fill(QColor(255, 0, 255))
    written = 0
    for zoom in range(12, 21):
        x0, y0 = tile_xy(box.xMinimum(), box.yMaximum(), zoom)
        x1, y1 = tile_xy(box.xMaximum(), box.yMinimum(), zoom)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                (folder / str(zoom) / str(x)).mkdir(parents=True, exist_ok=True)
                assert tile.save(str(folder / str(zoom) / str(x) / f"{y}.png"))
                written += 1
    assert written > 50
    return folder


def print_tong(demo_dir, output, **extra):
    params = {"DATABASE": str(demo_dir / "demo.gpkg"), "LEVEL": 0, "FILTER": f"\"code\" = '{TONG}'", "PRIVACY": 0,
              "DPI": 96, "OUTPUT": str(output)}
    params.update(extra)
    return processing.run("welfarevisitmap:print_district_maps", params)


def page_text(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\x01]+", "", text)


def last_print(database):
    with sqlite3.connect(database) as conn:
        return json.loads(conn.execute("SELECT detail FROM audit_log WHERE action = 'print' ORDER BY fid DESC "
                                       "LIMIT 1").fetchone()[0])


def magenta_share(pdf, tmp_path, dpi=30):
    """(share of the map frame's pixels that are magenta, magenta pixels outside the frame) on the
    first page rendered by pdftoppm."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    layout = printing.load_template(QgsProject(), printing.template_path("district", "A3", "landscape"))
    frame = layout.itemById("map")
    position, size = frame.positionWithUnits(), frame.sizeWithUnits()
    px = dpi / 25.4
    left, top = position.x() * px + 2, position.y() * px + 2
    right, bottom = (position.x() + size.width()) * px - 2, (position.y() + size.height()) * px - 2
    inside = outside = magenta = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            is_magenta = colour.red() > 200 and colour.blue() > 200 and colour.green() < 80
            if left <= x <= right and top <= y <= bottom:
                inside += 1
                magenta += is_magenta
            else:
                outside += is_magenta
    return magenta / inside, outside


def test_a_tong_page_prints_on_tiles_from_a_local_xyz_folder(provider, demo_dir, magenta_tiles, tmp_path):
    url = (magenta_tiles.as_uri() + "/{z}/{x}/{y}.png").replace("%7B", "{").replace("%7D", "}")
    with_tiles = tmp_path / "with"
    with_tiles.mkdir()
    result = print_tong(demo_dir, with_tiles / "tiles.pdf", BASEMAP=BASEMAP["url"], BASEMAP_URL=url)
    assert result["PAGES"] == 1
    share, outside = magenta_share(with_tiles / "tiles.pdf", with_tiles)
    assert share > 0.25, share  # the page's 통 (not faded) shows the tiles' own colour
    assert outside == 0  # under the map only, not the legend or the table
    detail = last_print(demo_dir / "demo.gpkg")
    assert detail["basemap"] == "url" and detail["basemap_printed"] is True
    assert detail["basemap_host"] == "file://" and str(magenta_tiles) not in json.dumps(detail)
    # the same page without a base map has no magenta at all
    without = tmp_path / "without"
    without.mkdir()
    print_tong(demo_dir, without / "plain.pdf")
    assert magenta_share(without / "plain.pdf", without) == (0, 0)
    assert "basemap" not in page_text(without / "plain.pdf").lower()


def test_an_unreachable_tile_server_still_prints_and_the_page_says_so(provider, demo_dir, tmp_path):
    output = tmp_path / "offline.pdf"
    result = print_tong(demo_dir, output, BASEMAP=BASEMAP["url"], BASEMAP_URL="http://127.0.0.1:9/{z}/{x}/{y}.png")
    assert result["PAGES"] == 1 and output.exists()
    text = page_text(output)
    assert re.search(r"Basemapunavailable|배경지도.{0,20}불러오지못", text), text[-400:]
    assert "서대문구·북아현동·7통" in text  # the rest of the page is all there
    detail = last_print(demo_dir / "demo.gpkg")
    assert detail["basemap"] == "url" and detail["basemap_printed"] is False
    assert detail["basemap_host"] == "http://127.0.0.1"


def test_openstreetmap_without_network_prints_and_credits_nothing_it_did_not_draw(provider, demo_dir, tmp_path):
    """This machine has no network: the demo's staff print on OpenStreetMap must still succeed."""
    output = tmp_path / "osm.pdf"
    print_tong(demo_dir, output, BASEMAP=BASEMAP["osm"])
    text = page_text(output)
    assert re.search(r"Basemapunavailable\(OpenStreetMap\)|(OpenStreetMap|오픈스트리트맵).{0,30}불러오지못", text), text[-400:]
    assert "©OpenStreetMapcontributors" not in text
    assert last_print(demo_dir / "demo.gpkg")["basemap"] == "osm"


def test_a_database_without_a_base_map_prints_without_one(provider, demo_dir, tmp_path):
    output = tmp_path / "own.pdf"
    print_tong(demo_dir, output, BASEMAP=BASEMAP["database"])
    assert re.search(r"Basemapunavailable|불러오지못", page_text(output))
    assert last_print(demo_dir / "demo.gpkg")["basemap_printed"] is False


def test_a_tile_url_without_z_x_y_is_refused(provider, demo_dir, tmp_path):
    with pytest.raises(QgsProcessingException, match="XYZ"):
        print_tong(demo_dir, tmp_path / "bad.pdf", BASEMAP=BASEMAP["url"], BASEMAP_URL="https://example.invalid/tile.png")
    with pytest.raises(QgsProcessingException, match="BASEMAP_LAYER"):
        print_tong(demo_dir, tmp_path / "bad.pdf", BASEMAP=BASEMAP["layer"])
    assert not (tmp_path / "bad.pdf").exists()


def test_a_household_sheet_prints_its_location_map_on_the_tiles(provider, demo_dir, magenta_tiles, tmp_path):
    url = (magenta_tiles.as_uri() + "/{z}/{x}/{y}.png").replace("%7B", "{").replace("%7D", "}")
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        hid = conn.execute("SELECT id FROM households WHERE dong_code = ? AND tong = 7 AND status = 'active' "
                           "ORDER BY id LIMIT 1", (DONG,)).fetchone()[0]
    output = tmp_path / "sheet.pdf"
    result = processing.run("welfarevisitmap:print_household_sheets", {
        "DATABASE": str(demo_dir / "demo.gpkg"), "FILTER": f"\"id\" = '{hid}'", "PRIVACY": 0, "DPI": 96,
        "BASEMAP": BASEMAP["url"], "BASEMAP_URL": url, "OUTPUT": str(output)})
    assert result["PAGES"] == 1
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(output), str(tmp_path / "sheet")], check=True)
    image = QImage(str(next(tmp_path.glob("sheet*.png"))))
    # the sheet's map: 12-100 mm across, 27-107 mm down
    px = 30 / 25.4
    magenta = sum(1 for y in range(int(30 * px), int(104 * px)) for x in range(int(15 * px), int(97 * px))
                  if image.pixelColor(x, y).green() < 80 and image.pixelColor(x, y).red() > 200)
    assert magenta > 0.25 * (74 * px) * (82 * px)
    assert last_print(demo_dir / "demo.gpkg")["basemap_printed"] is True


@pytest.fixture
def vworld_key(qgis_app):
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("test master", True)
    basemap.set_vworld_key(KEY)
    yield KEY
    basemap.set_vworld_key("")


def test_the_vworld_key_reaches_the_request_and_nothing_else(provider, demo_dir, tmp_path, vworld_key):
    assert basemap.has_vworld_key()
    # a project with VWorld saved and unzipped: the placeholder, never the key
    project = QgsProject()
    layers = basemap.add_to_project(project, "vworld_white")
    assert [layer.customProperty(basemap.BASEMAP_PROPERTY) for layer in layers] == ["vworld_white"]
    assert vworld_key not in layers[0].source() and basemap.KEY_PLACEHOLDER in layers[0].source()
    assert project.write(str(tmp_path / "vworld.qgz"))
    with zipfile.ZipFile(tmp_path / "vworld.qgz") as archive:
        saved = b"".join(archive.read(name) for name in archive.namelist())
    assert basemap.KEY_PLACEHOLDER.encode() in saved and vworld_key.encode() not in saved
    project.clear()
    # the request QGIS sends carries the key: put in by the preprocessor as it is made
    tile = basemap.tile_for(basemap.BASEMAPS["vworld_white"].url, *tong_extent(demo_dir))
    assert basemap.KEY_PLACEHOLDER in tile
    fetch = QgsBlockingNetworkRequest()
    fetch.get(QNetworkRequest(QUrl(tile)), True)  # no network here: only the request counts
    sent = fetch.reply().request().url().toString()
    assert f"/{vworld_key}/white/" in sent and basemap.KEY_PLACEHOLDER not in sent
    assert vworld_key not in fetch.errorMessage()
    # a print on VWorld with no network: done, said on the page, and the key in neither PDF nor log
    output = tmp_path / "vworld.pdf"
    print_tong(demo_dir, output, BASEMAP=BASEMAP["vworld_white"])
    text = page_text(output)
    assert re.search(r"Basemapunavailable|불러오지못", text)
    assert vworld_key not in text and vworld_key.encode() not in output.read_bytes()
    with sqlite3.connect(demo_dir / "demo.gpkg") as conn:
        details = " ".join(d or "" for (d,) in conn.execute("SELECT detail FROM audit_log"))
    assert vworld_key not in details
    assert last_print(demo_dir / "demo.gpkg")["basemap"] == "vworld_white"


def tong_extent(demo_dir):
    districts = QgsVectorLayer(f"{demo_dir / 'demo.gpkg'}|layername=districts", "districts", "ogr")
    return next(districts.getFeatures(f"\"code\" = '{TONG}'")).geometry().boundingBox(), districts.crs()


def test_without_a_stored_key_vworld_is_not_offered_as_ready(qgis_app):
    basemap.set_vworld_key("")
    assert not basemap.has_vworld_key()
    with pytest.raises(basemap.BasemapError):
        basemap.basemap_layers("vworld_base")
    with pytest.raises(basemap.BasemapError):
        basemap.set_vworld_key("not/a key")
    assert [key for key, _ in basemap.choices()] == ["vworld_white", "vworld_base", "vworld_satellite",
                                                       "vworld_hybrid", "osm"]
    osm = basemap.basemap_layer("osm")
    assert osm.isValid() and osm.attribution() == "© OpenStreetMap contributors"


def test_a_base_map_goes_under_every_welfare_layer(qgis_app, demo_dir):
    from welfare_visit_map.plugin.project import open_database

    project = QgsProject()
    open_database(demo_dir / "demo.gpkg", project)
    added = basemap.add_to_project(project, "osm")
    order = [node.layer() for node in project.layerTreeRoot().findLayers()]
    assert order[-1] is added[0]  # the last in the tree: drawn first, under everything
    basemap.remove_from_project(project)
    assert not basemap.basemap_nodes(project)
    project.clear()


def test_a_tong_page_prints_on_the_database_s_own_roads_and_buildings(provider, tmp_path):
    """The road-name address electronic map imported into a small district (import_base_map), then a
    통 page printed with BASEMAP = the database's own base map: the road names and building numbers
    are in the PDF's text, and the page credits no online map."""
    from conftest import SEOUL, make_small_database
    from test_base_map import run, write_juso

    database = make_small_database(tmp_path / "small.gpkg", origin=SEOUL)
    source = tmp_path / "juso"
    source.mkdir()
    write_juso(source)
    run(database, source)
    output = tmp_path / "own.pdf"
    result = processing.run("welfarevisitmap:print_district_maps", {
        "DATABASE": str(database), "LEVEL": 0, "FILTER": "\"code\" = '1141055500-01'", "PRIVACY": 0, "DPI": 96,
        "BASEMAP": BASEMAP["database"], "OUTPUT": str(output)})
    assert result["PAGES"] == 1
    text = page_text(output)
    assert "연희로" in text and "신촌로14길" in text  # road names along the roads
    assert "12-3" in text  # building numbers on the buildings
    assert "Basemapunavailable" not in text and "불러오지못" not in text
    assert last_print(database)["basemap"] == "database" and last_print(database)["basemap_printed"] is True
