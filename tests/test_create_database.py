"""welfarevisitmap:create_database run through Processing, opened and edited with real QGIS."""
import sqlite3

import processing
import pytest
from conftest import shared_data
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from welfare_visit_map.plugin.core import gpkg, schema

JUSO = ("juso_zones_202401", "hjd_seodaemun_seongbuk_202401.geojson")
VUSKI = ("vuski_admdongkor_ver20210401", "hangjeongdong_ver20210401_seodaemun_seongbuk.geojson")


def create(path, **params):
    return processing.run("welfarevisitmap:create_database", {"DATABASE": str(path), **params})


def layer(path, table):
    lyr = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert lyr.isValid(), table
    return lyr


def test_creates_every_table_openable_and_styled_in_qgis(provider, tmp_path):
    path = tmp_path / "district.gpkg"
    result = create(path)
    assert result["DATABASE"] == str(path)
    for table in schema.TABLE_NAMES:
        layer(path, table)
    households = layer(path, "households")
    assert households.crs().authid() == "EPSG:5186"
    # default styles live in the file: plain QGIS opens it styled, with the forms' value maps
    assert households.renderer().type() == "RuleRenderer"
    labels = [r.label() for r in households.renderer().rootRule().descendants()]
    assert {"고위험", "중위험", "저위험", "미방문", "방문기한 경과"} <= set(labels)
    risk_widget = households.editorWidgetSetup(households.fields().indexOf("risk_level"))
    assert risk_widget.type() == "ValueMap"
    assert {k: v for d in risk_widget.config()["map"] for k, v in d.items()} == {
        "고위험": "high", "중위험": "medium", "저위험": "low"}
    assert households.attributeAlias(households.fields().indexOf("head_name")) == "세대주"
    with sqlite3.connect(path) as conn:
        styled = {r[0] for r in conn.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert {"households", "facilities", "districts", "visits", "needs", "linkages"} <= styled


def test_refuses_to_overwrite_an_existing_database(provider, tmp_path):
    path = tmp_path / "district.gpkg"
    create(path)
    before = path.read_bytes()
    with pytest.raises(QgsProcessingException):
        create(path)
    assert path.read_bytes() == before
    create(path, OVERWRITE=True)  # said out loud, it may
    assert layer(path, "households").featureCount() == 0


def test_juso_districts_get_codes_names_levels_and_a_gu(provider, tmp_path):
    path = tmp_path / "d.gpkg"
    result = create(path, DISTRICTS=str(shared_data(*JUSO)))
    assert result["DISTRICT_COUNT"] == 36  # 34 행정동 + 2 구
    districts = {f["code"]: f for f in layer(path, "districts").getFeatures()}
    assert districts["1141055500"]["name"] == "북아현동"
    assert districts["1141055500"]["level"] == "dong"
    assert districts["1141055500"]["parent_code"] == "1141000000"
    assert districts["1141000000"]["level"] == "gu"
    assert districts["1141000000"]["name"] == "서대문구"
    gu = districts["1141000000"].geometry()
    dongs = [f.geometry() for f in districts.values() if f["parent_code"] == "1141000000"]
    assert len(dongs) == 14
    # the 구 is the union of its 행정동 (the source polygons overlap by a few m² along shared edges)
    assert abs(gu.area() - sum(g.area() for g in dongs)) / gu.area() < 1e-4


def test_vuski_fields_are_recognised(provider, tmp_path):
    path = tmp_path / "v.gpkg"
    create(path, DISTRICTS=str(shared_data(*VUSKI)))
    names = {f["code"]: f["name"] for f in layer(path, "districts").getFeatures()}
    assert names["1141055500"] == "북아현동"  # '서울특별시 서대문구 북아현동' shortened


def test_unknown_fields_need_code_and_name_field(provider, tmp_path):
    source = QgsVectorLayer("Polygon?crs=EPSG:5186&field=gid:string&field=label:string", "x", "memory")
    feature = QgsFeature(source.fields())
    feature.setAttributes(["1141055500", "북아현동"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
    source.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="CODE_FIELD"):
        create(tmp_path / "a.gpkg", DISTRICTS=source)
    assert not (tmp_path / "a.gpkg").exists()
    create(tmp_path / "b.gpkg", DISTRICTS=source, CODE_FIELD="gid", NAME_FIELD="label")
    assert [f["name"] for f in layer(tmp_path / "b.gpkg", "districts").getFeatures("level = 'dong'")] == ["북아현동"]


def test_districts_in_4326_and_5179_land_on_the_same_place(provider, tmp_path):
    wgs84 = shared_data(*JUSO)
    in_5179 = processing.run("native:reprojectlayer", {
        "INPUT": str(wgs84), "TARGET_CRS": "EPSG:5179", "OUTPUT": str(tmp_path / "hjd_5179.gpkg")})["OUTPUT"]
    assert layer(tmp_path / "hjd_5179.gpkg", "hjd_5179").crs().authid() == "EPSG:5179"
    create(tmp_path / "a.gpkg", DISTRICTS=str(wgs84))
    create(tmp_path / "b.gpkg", DISTRICTS=in_5179)
    a = {f["code"]: f.geometry() for f in layer(tmp_path / "a.gpkg", "districts").getFeatures()}
    b = {f["code"]: f.geometry() for f in layer(tmp_path / "b.gpkg", "districts").getFeatures()}
    assert a.keys() == b.keys()
    for code in a:
        assert a[code].hausdorffDistance(b[code]) < 0.01, code  # within a centimetre
    # and in EPSG:5186 metres, Seodaemun-gu is where it should be
    centre = a["1141000000"].centroid().asPoint()
    assert 193000 < centre.x() < 196000 and 552000 < centre.y() < 555500


def test_a_visit_added_through_a_qgis_layer_edit_updates_the_household(provider, tmp_path):
    path = tmp_path / "edit.gpkg"
    create(path)
    households = layer(path, "households")
    feature = QgsFeature(households.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(195000, 553000)))
    feature["id"] = "hh-1"
    feature["head_name"] = "김영희"
    feature["status"] = "active"
    assert households.dataProvider().addFeatures([feature])[0]
    visits = layer(path, "visits")
    visits.startEditing()
    visit = QgsFeature(visits.fields())
    for name, value in {"id": "v-1", "household_id": "hh-1", "visited_on": "2026-03-05", "outcome": "met",
                        "method": "in_person", "risk_level": "high", "created_at": "2026-03-05T10:00:00Z"}.items():
        visit[name] = value
    assert visits.addFeature(visit)
    assert visits.commitChanges(), visits.commitErrors()
    households.reload()
    row = next(households.getFeatures())
    assert row["risk_level"] == "high"
    assert str(row["last_visit_on"].toString("yyyy-MM-dd")) == "2026-03-05"
    assert str(row["next_visit_due"].toString("yyyy-MM-dd")) == "2026-04-04"


def test_a_category_outside_its_list_is_refused_through_qgis(provider, tmp_path):
    path = tmp_path / "bad.gpkg"
    create(path)
    households = layer(path, "households")
    households.startEditing()
    feature = QgsFeature(households.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(195000, 553000)))
    feature["id"] = "hh-2"
    feature["status"] = "on_holiday"
    households.addFeature(feature)
    assert not households.commitChanges()
    assert any("CHECK constraint" in e for e in households.commitErrors())
    households.rollBack()
    assert layer(path, "households").featureCount() == 0


def test_a_household_placed_in_qgis_gets_its_dong_from_where_it_stands(provider, tmp_path, qgis_new_project):
    from qgis.core import QgsExpressionContextUtils, QgsProject, QgsVectorLayerUtils

    from welfare_visit_map.plugin.project import open_database

    path = tmp_path / "place.gpkg"
    create(path, DISTRICTS=str(shared_data(*JUSO)))
    layers = open_database(path, QgsProject.instance())
    households = layers["households"]
    buk_ahyeon = next(layers["districts"].getFeatures("\"code\" = '1141055500'")).geometry().pointOnSurface()
    context = households.createExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(households))
    feature = QgsVectorLayerUtils.createFeature(households, buk_ahyeon, {}, context)
    assert feature["dong_code"] == "1141055500"
    assert len(feature["id"]) == 36  # a UUID from the form's default


def test_an_edit_in_qgis_is_audited_with_the_qgis_user(provider, tmp_path, qgis_new_project):
    import getpass

    from qgis.core import QgsExpressionContextUtils, QgsProject

    from welfare_visit_map.plugin.project import open_database

    path = tmp_path / "audit.gpkg"
    create(path)
    layers = open_database(path, QgsProject.instance())
    households = layers["households"]
    households.startEditing()
    feature = QgsFeature(households.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(195000, 553000)))
    for name, value in {"id": "hh-9", "head_name": "박서연", "status": "active", "share_consent": 0}.items():
        feature[name] = value
    assert households.addFeature(feature)
    assert households.commitChanges(), households.commitErrors()
    households.startEditing()
    fid = next(households.getFeatures()).id()
    households.changeAttributeValue(fid, households.fields().indexOf("phone"), "010-0123-4567")
    assert households.commitChanges(), households.commitErrors()
    user = QgsExpressionContextUtils.globalScope().variable("user_account_name") or getpass.getuser()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT user, action, record_id, detail FROM audit_log WHERE table_name = 'households'").fetchall()
    assert [r[1] for r in rows] == ["insert", "update"]
    assert rows[1][0] == user and rows[1][2] == "hh-9" and "phone" in rows[1][3]


def test_no_lost_update_a_stale_copy_is_refused_by_the_database(provider, tmp_path, qgis_new_project):
    from qgis.core import QgsProject

    from welfare_visit_map.plugin.project import open_database

    path = tmp_path / "lock.gpkg"
    create(path)
    with gpkg.connect(path) as conn:  # inserted by another client (plain SQL), version 1
        conn.execute("INSERT INTO households (id, head_name, status, share_consent, version) "
                     "VALUES ('hh-1', '김영희', 'active', 0, 1)")
    layers = open_database(path, QgsProject.instance())
    mine = layers["households"]
    fid = next(mine.getFeatures()).id()
    mine.startEditing()  # two changes in one session: still one version step
    mine.changeAttributeValue(fid, mine.fields().indexOf("phone"), "010-0111-2222")
    mine.changeAttributeValue(fid, mine.fields().indexOf("ban"), 3)
    assert mine.commitChanges(), mine.commitErrors()
    assert next(mine.getFeatures())["version"] == 2
    theirs = QgsVectorLayer(mine.source(), "theirs", "ogr")  # a colleague who read version 2
    theirs.setDefaultValueDefinition(theirs.fields().indexOf("read_version"), mine.defaultValueDefinition(
        mine.fields().indexOf("read_version")))
    theirs.startEditing()
    theirs.changeAttributeValue(fid, theirs.fields().indexOf("ban"), 5)  # edits what they read: version 2
    mine.startEditing()
    mine.changeAttributeValue(fid, mine.fields().indexOf("ban"), 4)
    assert mine.commitChanges(), mine.commitErrors()  # saved first: version 3
    assert not theirs.commitChanges()  # their copy says version 2: refused
    assert any("stale household" in e for e in theirs.commitErrors())
    theirs.rollBack()
    with gpkg.connect(path) as conn:
        assert conn.execute("SELECT ban, version FROM households").fetchone() == (4, 3)
        with pytest.raises(sqlite3.IntegrityError, match="stale household"):
            conn.execute("UPDATE households SET ban = 9")  # plain SQL must say which version it read
        conn.execute("UPDATE households SET ban = 9, read_version = 3")
        assert conn.execute("SELECT ban, version, read_version FROM households").fetchone() == (9, 4, None)
