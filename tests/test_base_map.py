"""The offline base map (issue 13, parts 2 and 3): the road-name address electronic map (SHP in
EPSG:5179, CP949 attributes, with and without .prj and .cpg) and an OpenStreetMap extract,
written here in their real formats, imported into a small district on both engines; styled for
print (road names and building numbers in a PDF's text); households placed on their buildings."""
import json
import struct
import zipfile
from pathlib import Path

import pytest
from conftest import SEOUL, make_small_database, on_backend, plain_rows

from welfare_visit_map.plugin.core import basemap_import as bm
from welfare_visit_map.plugin.core import db

OX, OY = SEOUL  # the small district's origin in EPSG:5186: 천연동 is (OX..OX+1000, OY..OY+1000)

# the sample in EPSG:5186 (the database's CRS), relative to the district's origin
ROADS = [  # (RN, RN_CD, ROAD_BT, ENG_RN, points)
    ("연희로", "3100001", 25, "Yeonhui-ro", [(50, 500), (400, 505), (950, 500)]),
    ("신촌로14길", "3100002", 8, "Sinchon-ro 14-gil", [(300, 100), (300, 900)]),
    ("먼곳로", "3100009", 10, "Meongot-ro", [(5000, 5000), (5600, 5000)]),  # far outside the district
]
BUILDINGS = [  # (BULD_MNNM, BULD_SLNO, RN_CD, BULD_NM, box)
    (12, 3, "3100001", "행복빌라", (200, 520, 240, 560)),
    (14, 0, "3100001", None, (260, 520, 290, 555)),
    (7, 0, "3100002", "희망아파트", (310, 600, 360, 660)),
    (3, 0, "3100009", None, (5100, 5020, 5130, 5050)),  # outside
]
SIG_CD = "11410"  # 서대문구


def to_5179(points):
    from pyproj import Transformer

    t = Transformer.from_crs(5186, 5179, always_xy=True)
    return [t.transform(OX + x, OY + y) for x, y in points]


def to_wgs84(points):
    from pyproj import Transformer

    t = Transformer.from_crs(5186, 4326, always_xy=True)
    return [t.transform(OX + x, OY + y) for x, y in points]


def _box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def _shapefile(path, geometry_type, fields, features, prj=True, cpg=True):
    """A shapefile as the electronic map ships it: EPSG:5179, attributes in CP949; without .prj
    or .cpg (and without the DBF's code page mark) when asked."""
    with bm.shape_encoding():  # written in CP949 even after QGIS set SHAPE_ENCODING to ''
        return _write_shapefile(path, geometry_type, fields, features, prj, cpg)


def _write_shapefile(path, geometry_type, fields, features, prj, cpg):
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("ESRI Shapefile")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5179)
    ds = driver.CreateDataSource(str(path))
    layer = ds.CreateLayer(path.stem, srs, geometry_type, ["ENCODING=CP949"])
    for name, kind, width in fields:
        definition = ogr.FieldDefn(name, kind)
        definition.SetWidth(width)
        layer.CreateField(definition)
    for values, wkt in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in values.items():
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None  # noqa: F841 - written and closed
    if not prj:
        path.with_suffix(".prj").unlink()
    if not cpg:
        path.with_suffix(".cpg").unlink(missing_ok=True)
        with open(path.with_suffix(".dbf"), "r+b") as dbf:  # no language driver mark either
            dbf.seek(29)
            dbf.write(b"\x00")
    return path


def write_juso(folder, prj=True, cpg=True, roads=ROADS, buildings=BUILDINGS, building_fields=None,
               entrances=((220, 520),)):
    """The electronic map of the sample: TL_SPRD_MANAGE, TL_SPBD_BULD, TL_SPBD_ENTRC."""
    from osgeo import ogr

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    road_fields = [("SIG_CD", ogr.OFTString, 5), ("RDS_MAN_NO", ogr.OFTInteger, 10), ("RN", ogr.OFTString, 80),
                   ("RN_CD", ogr.OFTString, 7), ("ENG_RN", ogr.OFTString, 80), ("ROA_CLS_SE", ogr.OFTString, 1),
                   ("ROAD_BT", ogr.OFTReal, 10), ("ROAD_LT", ogr.OFTReal, 10)]
    _shapefile(folder / "TL_SPRD_MANAGE.shp", ogr.wkbLineString, road_fields, [
        ({"SIG_CD": SIG_CD, "RDS_MAN_NO": i, "RN": rn, "RN_CD": code, "ENG_RN": eng, "ROA_CLS_SE": "3",
          "ROAD_BT": width, "ROAD_LT": 100.0},
         "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in to_5179(points)) + ")")
        for i, (rn, code, width, eng, points) in enumerate(roads, start=1)], prj=prj, cpg=cpg)
    fields = building_fields or [
        ("SIG_CD", ogr.OFTString, 5), ("EMD_CD", ogr.OFTString, 3), ("LI_CD", ogr.OFTString, 2),
        ("RN_CD", ogr.OFTString, 7), ("BULD_SE_CD", ogr.OFTString, 1), ("BULD_MNNM", ogr.OFTInteger, 5),
        ("BULD_SLNO", ogr.OFTInteger, 5), ("BUL_MAN_NO", ogr.OFTInteger, 10), ("BULD_NM", ogr.OFTString, 40),
        ("GRO_FLO_CO", ogr.OFTInteger, 3), ("BD_MGT_SN", ogr.OFTString, 25)]
    names = {f[0] for f in fields}
    _shapefile(folder / "TL_SPBD_BULD.shp", ogr.wkbPolygon, fields, [
        ({k: v for k, v in {"SIG_CD": SIG_CD, "EMD_CD": "118", "LI_CD": "00", "RN_CD": code, "BULD_SE_CD": "0",
                            "BULD_MNNM": main, "BULD_SLNO": sub, "BUL_MAN_NO": i, "BULD_NM": name, "GRO_FLO_CO": 3,
                            "BD_MGT_SN": f"1141011800{i:015d}"}.items() if k in names},
         "POLYGON ((" + ", ".join(f"{x} {y}" for x, y in to_5179(_box(*box))) + "))")
        for i, (main, sub, code, name, box) in enumerate(buildings, start=1)], prj=prj, cpg=cpg)
    _shapefile(folder / "TL_SPBD_ENTRC.shp", ogr.wkbPoint, [
        ("SIG_CD", ogr.OFTString, 5), ("ENT_MAN_NO", ogr.OFTInteger, 10), ("BUL_MAN_NO", ogr.OFTInteger, 10),
        ("ENTRC_SE", ogr.OFTString, 2)], [
        ({"SIG_CD": SIG_CD, "ENT_MAN_NO": i, "BUL_MAN_NO": 1, "ENTRC_SE": "RM"},
         "POINT ({} {})".format(*to_5179([point])[0])) for i, point in enumerate(entrances, start=1)], prj=prj, cpg=cpg)
    return folder


def write_osm(path):
    """An OpenStreetMap extract (OSM XML) of the sample: two named highways, a footpath without a
    name, buildings with addr:housenumber (one with a sub-number), one without."""
    nodes, ways, ids = [], [], iter(range(1, 10_000))

    def node(x, y):
        lon, lat = to_wgs84([(x, y)])[0]
        n = next(ids)
        nodes.append(f'  <node id="{n}" version="1" lat="{lat:.8f}" lon="{lon:.8f}"/>')
        return n

    def way(points, tags, closed=False):
        refs = [node(x, y) for x, y in points]
        if closed:
            refs[-1] = refs[0]
            nodes.pop()
        w = 1000 + len(ways)
        body = "".join(f'<nd ref="{r}"/>' for r in refs) + "".join(
            f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())
        ways.append(f'  <way id="{w}" version="1">{body}</way>')

    way([(50, 500), (400, 505), (950, 500)], {"highway": "secondary", "name": "연희로", "name:en": "Yeonhui-ro",
                                             "lanes": "4"})
    way([(300, 100), (300, 900)], {"highway": "residential", "name": "신촌로14길", "width": "8"})
    way([(600, 100), (620, 300)], {"highway": "footway"})
    way([(5000, 5000), (5600, 5000)], {"highway": "residential", "name": "먼곳로"})
    way(_box(200, 520, 240, 560), {"building": "apartments", "addr:street": "연희로", "addr:housenumber": "12-3",
                                   "name": "행복빌라"}, closed=True)
    way(_box(260, 520, 290, 555), {"building": "yes", "addr:street": "연희로", "addr:housenumber": "14"}, closed=True)
    way(_box(700, 700, 720, 720), {"building": "yes"}, closed=True)
    way(_box(400, 800, 420, 820), {"landuse": "grass"}, closed=True)  # not a building
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="test">\n'
                    + "\n".join(nodes + ways) + "\n</osm>\n", encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path):
    return make_small_database(tmp_path / "small.gpkg", origin=SEOUL)


@pytest.fixture(params=["gpkg", "postgres"])
def district(request, small):
    """DATABASE of the small district (in Seoul) on each engine."""
    return on_backend(request, small)


def run(database, source, **parameters):
    import processing
    from conftest import ensure_provider

    ensure_provider()
    return processing.run("welfarevisitmap:import_base_map",
                          {"DATABASE": str(database), "INPUT": str(source), **parameters})


def base_rows(database, sql, *args):
    return plain_rows(database, sql, *args)


def snapshot(database):
    """What an import could have changed: the base tables and the audit log."""
    return {t: plain_rows(database, f"SELECT count(*) FROM {t}")[0][0]
            for t in ("base_roads", "base_buildings", "base_entrances", "audit_log")}


# --- the electronic map --------------------------------------------------------------------------

def test_the_sample_is_in_the_real_format(tmp_path):
    """What the tests import is what juso.go.kr ships: EPSG:5179 coordinates, CP949 bytes in the
    DBF, no .prj and no .cpg when so written."""
    folder = write_juso(tmp_path / "juso", prj=False, cpg=False)
    dbf = (folder / "TL_SPRD_MANAGE.dbf").read_bytes()
    assert "연희로".encode("cp949") in dbf and "연희로".encode() not in dbf
    assert dbf[29] == 0  # no code page mark
    assert not (folder / "TL_SPRD_MANAGE.prj").exists() and not (folder / "TL_SPRD_MANAGE.cpg").exists()
    with open(folder / "TL_SPBD_BULD.shp", "rb") as shp:
        header = shp.read(100)
    xmin, ymin = struct.unpack("<dd", header[36:52])
    assert 900_000 < xmin < 1_000_000 and 1_800_000 < ymin < 1_900_000  # Korea 2000 / Unified CS metres


def test_electronic_map_without_prj_or_cpg_arrives_in_the_database_crs(tmp_path, district):
    from osgeo import gdal

    folder = write_juso(tmp_path / "juso", prj=False, cpg=False)
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "")  # as QGIS's own OGR provider leaves it: no recoding
    try:
        result = run(district, folder)
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    assert (result["ROADS"], result["BUILDINGS"], result["ENTRANCES"]) == (2, 3, 1)  # 먼곳로 and its house clipped
    roads = dict(base_rows(district, "SELECT road_name, width FROM base_roads"))
    assert roads == {"연희로": 25.0, "신촌로14길": 8.0}
    assert base_rows(district, "SELECT road_name_en, road_code FROM base_roads WHERE road_name = '연희로'") == [
        ("Yeonhui-ro", SIG_CD + "3100001")]
    buildings = sorted(base_rows(district, "SELECT road_name, main_no, sub_no, building_name, legal_dong_code, source "
                                           "FROM base_buildings"))
    assert buildings == [("신촌로14길", 7, 0, "희망아파트", "1141011800", "juso"),
                         ("연희로", 12, 3, "행복빌라", "1141011800", "juso"), ("연희로", 14, 0, None, "1141011800", "juso")]
    # transformed: the building 12-3 stands where it was drawn in EPSG:5186
    conn = db.connect_readonly(district)
    try:
        (blob,) = conn.execute(f"SELECT {db.geometry(conn, 'geom')} FROM base_buildings WHERE main_no = 12").fetchone()
        shape = db.decode_geometry(conn, blob)
    finally:
        conn.close()
    assert shape.geom_type == "MultiPolygon"
    minx, miny, maxx, maxy = shape.bounds
    assert abs(minx - (OX + 200)) < 0.05 and abs(maxy - (OY + 560)) < 0.05
    action, table, detail, _ = __import__("conftest").last_audit(district, "import")
    detail = json.loads(detail)
    assert (detail["source"], detail["base_buildings"], detail["outside_districts"]) == ("juso", 3, 2)


def test_a_zip_with_prj_and_cpg_and_replace(tmp_path, small):
    folder = write_juso(tmp_path / "juso" / "11410")  # as a 시군구 folder inside the download
    archive = tmp_path / "seodaemun.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for file in folder.iterdir():
            out.write(file, f"11410/{file.name}")
    run(small, archive)
    assert snapshot(small)["base_buildings"] == 3
    run(small, archive)  # REPLACE (default): the same map again replaces the first
    assert snapshot(small)["base_buildings"] == 3
    run(small, archive, REPLACE=False, CLIP=False)  # kept, and everything added, the far house too
    assert snapshot(small)["base_buildings"] == 7


def test_missing_field_is_named_and_nothing_changes(tmp_path, district):
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    folder = write_juso(tmp_path / "juso", building_fields=[
        ("SIG_CD", ogr.OFTString, 5), ("RN_CD", ogr.OFTString, 7), ("BULD_NM", ogr.OFTString, 40)])
    before = snapshot(district)
    with pytest.raises(QgsProcessingException, match=r"TL_SPBD_BULD\.shp.*BULD_MNNM"):
        run(district, folder)
    assert snapshot(district) == before


def test_wrong_crs_or_another_area_fails_clearly(tmp_path, small):
    from osgeo import ogr
    from qgis.core import QgsProcessingException

    # coordinates in EPSG:5186 written without a .prj: read as 5179 they lie in the sea west of Korea
    folder = tmp_path / "wrong"
    folder.mkdir()
    _shapefile(folder / "TL_SPRD_MANAGE.shp", ogr.wkbLineString, [("RN", ogr.OFTString, 40)],
               [({"RN": "연희로"}, f"LINESTRING ({OX + 10} {OY + 10}, {OX + 90} {OY + 10})")], prj=False)
    before = snapshot(small)
    with pytest.raises(QgsProcessingException, match=r"TL_SPRD_MANAGE\.shp.*outside Korea.*\.prj|\.prj"):
        run(small, folder)
    # a map of another area: nothing touches the districts
    far = write_juso(tmp_path / "far", roads=[ROADS[2]], buildings=[BUILDINGS[3]], entrances=[(5100, 5020)])
    with pytest.raises(QgsProcessingException, match="far|districts"):
        run(small, far)
    # no base map in the folder at all
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("hello")
    with pytest.raises(QgsProcessingException, match="TL_SPRD_MANAGE.*readme.txt|readme.txt"):
        run(small, tmp_path / "empty")
    assert snapshot(small) == before


def test_cancel_leaves_the_database_as_it_was(tmp_path, small):
    folder = write_juso(tmp_path / "juso")
    before = snapshot(small)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3  # during the writing

    with pytest.raises(bm.BaseMapError, match="cancelled"):
        bm.import_base_map(small, folder, cancelled=cancelled)
    assert len(calls) > 3
    assert snapshot(small) == before


# --- OpenStreetMap -------------------------------------------------------------------------------

def test_openstreetmap_extract(tmp_path, district):
    osm = write_osm(tmp_path / "seodaemun.osm")
    result = run(district, osm)
    assert (result["ROADS"], result["BUILDINGS"]) == (3, 3)  # the footway is a highway; 먼곳로 clipped; no grass
    roads = sorted(base_rows(district, "SELECT road_name, kind, lanes, width, source FROM base_roads"),
                   key=lambda r: r[1])
    assert roads == [(None, "footway", None, None, "osm"), ("신촌로14길", "residential", None, 8.0, "osm"),
                     ("연희로", "secondary", 4, None, "osm")]
    buildings = sorted(base_rows(district, "SELECT road_name, main_no, sub_no, building_name FROM base_buildings"),
                       key=lambda r: r[1] or 0)
    assert buildings == [(None, None, None, None), ("연희로", 12, 3, "행복빌라"), ("연희로", 14, 0, None)]
    conn = db.connect_readonly(district)
    try:
        (blob,) = conn.execute(f"SELECT {db.geometry(conn, 'geom')} FROM base_roads WHERE road_name = '연희로'").fetchone()
        line = db.decode_geometry(conn, blob)
    finally:
        conn.close()
    assert line.geom_type == "MultiLineString"
    assert abs(line.bounds[0] - (OX + 50)) < 0.5 and abs(line.bounds[2] - (OX + 950)) < 0.5  # from degrees to 5186


def test_house_numbers_and_other_tags():
    assert bm.house_number("12-3") == (12, 3, False)
    assert bm.house_number("지하 12") == (12, 0, True)
    assert bm.house_number("12번길") == (None, None, False)
    assert bm.other_tags('"addr:housenumber"=>"12-3","name:en"=>"A \\"B\\""') == {
        "addr:housenumber": "12-3", "name:en": 'A "B"'}


# --- styled for print ----------------------------------------------------------------------------

def _pdf_text(path):
    import re
    import subprocess

    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\x01]+", "", text)  # QGIS 3.22 PDFs give spaces as \x01 to pdftotext


def _print(tmp_path, layers, extent, name, scale=None):
    """One A3 page whose map shows ``layers`` over ``extent`` (or at ``scale``, centred on it), as a PDF."""
    from qgis.core import (
        Qgis,
        QgsLayoutExporter,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsUnitTypes,
    )

    project = QgsProject()
    for layer in layers:
        project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A3", page.Orientation.Landscape)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(400, 277, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setLayers(layers)
    item.setCrs(layers[0].crs())
    ratio = 400 / 277  # the item's: an extent of another shape would resize the item
    centre, width, height = extent.center(), max(extent.width(), extent.height() * ratio), 0.0
    height = width / ratio
    item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                                centre.y() + height / 2))
    if scale:
        item.setScale(scale)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # as the plugin's prints: text, not outlines
    pdf = tmp_path / name
    assert QgsLayoutExporter(layout).exportToPdf(str(pdf), settings) == QgsLayoutExporter.ExportResult.Success
    used = item.scale()
    del layout
    for layer in layers:
        project.takeMapLayer(layer)  # the caller's again
    return pdf, used


@pytest.mark.parametrize("source", ["juso", "osm"])
def test_a_tong_page_prints_road_names_and_building_numbers(tmp_path, small, source):
    import subprocess

    from qgis.core import QgsRectangle

    from welfare_visit_map.plugin import base_layers
    from welfare_visit_map.plugin.printing import fonts_available

    if not fonts_available():
        pytest.skip("no Hangul font installed")
    assert base_layers.database_base_layers(str(small)) == []  # no base map yet
    run(small, write_juso(tmp_path / "juso") if source == "juso" else write_osm(tmp_path / "s.osm"))
    layers = base_layers.database_base_layers(str(small))
    assert [layer.customProperty(base_layers.BASE_PROPERTY) for layer in layers] == ["base_roads", "base_buildings"]
    assert all(layer.name() for layer in layers)
    assert ("OpenStreetMap" in layers[0].attribution()) == (source == "osm")  # its licence asks for the credit
    tong = QgsRectangle(OX, OY, OX + 500, OY + 1000)  # 1통 of the small district
    pdf, scale = _print(tmp_path, layers, tong, "tong.pdf")
    assert 1500 < scale <= base_layers.BUILDING_NUMBERS_UP_TO  # a 통 page's scale
    text = _pdf_text(pdf)
    assert "연희로" in text and "신촌로14길" in text  # road names along the roads
    assert "12-3" in text and "14" in text        # building numbers, main-sub
    assert "행복빌라" not in text                    # building names only closer in
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Nanum" in fonts
    closer, scale = _print(tmp_path, layers, QgsRectangle(OX + 150, OY + 480, OX + 300, OY + 600), "closer.pdf", 1500)
    assert "행복빌라" in _pdf_text(closer)
    # at a 구's scale: no buildings at all, the roads still drawn
    assert layers[1].hasScaleBasedVisibility() and not layers[1].isInScaleRange(50000)


def test_base_layers_are_grey_under_the_risk_colours(tmp_path, small):
    from qgis.PyQt.QtGui import QColor

    from welfare_visit_map.plugin import base_layers
    from welfare_visit_map.plugin.core import categories as cat

    run(small, write_juso(tmp_path / "juso"))
    roads, buildings = base_layers.database_base_layers(str(small))
    colours = [roads.renderer().symbol().symbolLayer(i).color() for i in range(2)]
    colours.append(buildings.renderer().symbol().color())
    for colour in colours:  # greys: no hue, no saturation
        assert colour.saturation() == 0, colour.name()
    for code in ("high", "medium"):
        risk = QColor(cat.RISK_COLOURS[code])
        assert risk.saturation() > 150  # the risk colours stay the loudest thing on the page


# --- households on their buildings (part 3) ------------------------------------------------------

def _household_on_building(database, head_name, main, sub):
    """(the household's place is inside the polygon of building main-sub, geocode_quality, dong_code, tong)."""
    conn = db.connect_readonly(database)
    try:
        point_blob, quality, dong, tong = conn.execute(
            f"SELECT {db.geometry(conn, 'geom')}, geocode_quality, dong_code, tong FROM households "
            "WHERE head_name = ?", (head_name,)).fetchone()
        (building_blob,) = conn.execute(f"SELECT {db.geometry(conn, 'geom')} FROM base_buildings "
                                        "WHERE main_no = ? AND sub_no = ?", (main, sub)).fetchone()
        point, building = db.decode_geometry(conn, point_blob), db.decode_geometry(conn, building_blob)
    finally:
        conn.close()
    return point is not None and building.contains(point), quality, dong, tong


def test_an_imported_household_lands_on_its_building(tmp_path, district):
    import processing

    run(district, write_juso(tmp_path / "juso"))
    sheet = tmp_path / "list.csv"
    sheet.write_text("성명,주소\n홍건물,서울특별시 서대문구 연희로 12-3\n이지하,서울특별시 서대문구 연희로 12-4\n"
                     "박희망,서대문구 신촌로14길 7 (천연동) 101동 203호\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(district), "INPUT": str(sheet)})
    assert result["IMPORTED"] == 3 and result["UNLOCATED"] == 1  # 12-4 is no building of the map
    assert _household_on_building(district, "홍건물", 12, 3) == (True, "building", "1141055500", 1)
    assert _household_on_building(district, "박희망", 7, 0) == (True, "building", "1141055500", 1)
    assert plain_rows(district, "SELECT geocode_quality FROM households WHERE head_name = '이지하'") == [("unlocated",)]


@pytest.fixture(params=["gpkg", "postgres"])
def with_unplaced(request, small):
    """The small district with a household on record but without a place (imported before the base map)."""
    from welfare_visit_map.plugin.core import gpkg

    conn = gpkg.connect(small)
    with conn:
        conn.execute("INSERT INTO households (id, head_name, address, geocode_quality) VALUES "
                     "('hh-u', '최건물', '서울 서대문구 연희로 14', 'unlocated')")
    conn.close()
    return on_backend(request, small)


def test_the_base_map_places_households_without_a_place(tmp_path, with_unplaced):
    result = run(with_unplaced, write_juso(tmp_path / "juso"))
    assert result["PLACED"] == 1
    assert _household_on_building(with_unplaced, "최건물", 14, 0) == (True, "building", "1141055500", 1)
    # the households that had a place keep it
    assert plain_rows(with_unplaced, "SELECT count(*) FROM households WHERE geocode_quality = 'building'") == [(1,)]


def test_the_project_shows_the_base_map_under_the_welfare_layers(tmp_path, small):
    from qgis.core import QgsProject

    from welfare_visit_map.plugin import base_layers, project

    run(small, write_juso(tmp_path / "juso"))
    qgis_project = QgsProject()
    layers = project.open_database(small, qgis_project)
    group = qgis_project.layerTreeRoot().children()[0]
    order = [child.layer().customProperty(base_layers.BASE_PROPERTY) or child.layer().source().split("=")[-1]
             for child in group.children() if hasattr(child, "layer")]
    assert order[-2:] == ["base_roads", "base_buildings"]  # roads above buildings, both under the districts
    assert order.index("households") < order.index("districts") < order.index("base_roads")
    assert "base_roads" not in layers  # the welfare layers' dictionary stays as it was
    roads = next(child.layer() for child in group.children()
                 if hasattr(child, "layer") and child.layer().customProperty(base_layers.BASE_PROPERTY) == "base_roads")
    assert roads.featureCount() == 2 and roads.labelsEnabled()
    qgis_project.clear()


def test_base_layers_of_either_engine(tmp_path, district):
    from welfare_visit_map.plugin import base_layers

    run(district, write_juso(tmp_path / "juso"))
    roads, buildings = base_layers.database_base_layers(district)
    assert roads.isValid() and buildings.isValid()
    assert (roads.featureCount(), buildings.featureCount()) == (2, 3)
    assert roads.crs().authid() == "EPSG:5186" and buildings.geometryType() == 2  # polygons
    labels = sorted(f["road_name"] for f in roads.getFeatures())
    assert labels == ["신촌로14길", "연희로"]


def test_an_imported_base_map_shows_on_the_open_map_at_once(tmp_path, small, plugin, qgis_new_project, monkeypatch):
    """The dock's import (the Processing dialog) puts the new base map under the welfare layers
    of the open database without reopening it."""
    from qgis.core import QgsLayerTreeGroup, QgsProject

    from welfare_visit_map.plugin import base_layers

    plugin.desk.open_database(str(small))
    group = next(n for n in QgsProject.instance().layerTreeRoot().children() if isinstance(n, QgsLayerTreeGroup))
    assert not [n for n in group.findLayers() if n.layer().customProperty(base_layers.BASE_PROPERTY)]
    source = write_juso(tmp_path / "juso")
    monkeypatch.setattr("processing.execAlgorithmDialog", lambda name, parameters: run(small, source))
    plugin.desk.run_algorithm("import_base_map", {"DATABASE": str(small)})
    from welfare_visit_map.plugin.project import table_of

    names = [table_of(n.layer()) for n in group.children() if hasattr(n, "layer") and n.layer() is not None]
    assert "base_roads" in names and "base_buildings" in names
    assert names.index("base_roads") > names.index("districts")  # under every welfare layer
    assert isinstance(group.children()[-1], QgsLayerTreeGroup)  # above the tables group
    plugin.desk.run_algorithm("import_base_map", {"DATABASE": str(small)})  # again: no second copy
    again = [n.layer().customProperty(base_layers.BASE_PROPERTY) for n in group.findLayers()]
    assert again.count("base_roads") == 1
