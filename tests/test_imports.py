"""Imports (welfarevisitmap:import_*): files made here — an xlsx with a merged title, trailing
spaces, blank rows, date cells and a formula; CP949 and BOM CSVs —, coordinates in Korean CRSs,
offline address matching, rejections with row and column, one transaction (cancel and crash
leave the database as it was), upsert, the real facility list, and random input (hypothesis)."""
import datetime as dt
import sqlite3

import openpyxl
import processing
import pytest
from conftest import SEOUL, make_small_database, on_backend, plain_rows, shared_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from welfare_visit_map.plugin.core import db as dbapi
from welfare_visit_map.plugin.core import gpkg, importing, tabular

TODAY = dt.date.today()


@pytest.fixture
def local_db(tmp_path):
    """The small database in Seoul, as a GeoPackage."""
    return make_small_database(tmp_path / "w.gpkg", SEOUL)


@pytest.fixture(params=["gpkg", "postgres"])
def db(request, local_db):
    """DATABASE of the small database in Seoul on each backend: the GeoPackage, and the same moved
    up to the test server (as its administrator)."""
    return on_backend(request, local_db)


def at(x, y):
    """A place of the small database, in Seoul (EPSG:5186)."""
    return SEOUL[0] + x, SEOUL[1] + y


def rows(db, sql, *args):
    return plain_rows(db, sql, *args)


def point_of(db, case_no):
    """(x, y) of a household, from either backend."""
    if dbapi.is_shared(db):
        return rows(db, "SELECT ST_X(geom), ST_Y(geom) FROM households WHERE case_no = ?", case_no)[0]
    point = gpkg.decode(rows(db, "SELECT geom FROM households WHERE case_no = ?", case_no)[0][0])
    return point.x, point.y


def content(db):
    """Every row of every table, and the schema with its triggers (what a byte-for-byte-in-content
    comparison needs)."""
    conn = sqlite3.connect(str(db))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
        out["sqlite_master"] = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return out
    finally:
        conn.close()


def households_xlsx(path, rows_):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "대상자"
    sheet.append(["2026년 복지사각지대 발굴 대상자 명단 (서대문구)"])
    sheet.merge_cells("A1:H1")
    sheet.append(["사례관리번호", "세대주 ", "도로명주소", "위기도", "가구유형", "발굴일", "X좌표", "Y좌표", "합계"])
    for r in rows_:
        sheet.append(r)
    book.save(path)
    return path


# 5174 (Korean 1985 / Modified Central Belt, Bessel) coordinates in the small database's area
# come from 5186 through PROJ's datum transformation, so the import must land back on them.
TO_5174 = Transformer.from_crs(5186, 5174, always_xy=True)


def p5174(x, y):
    return TO_5174.transform(*at(x, y))


def test_an_excel_list_with_title_blank_rows_dates_and_bessel_coordinates(provider, db, tmp_path):
    x1, y1 = p5174(100, 500)
    x2, y2 = p5174(700, 300)
    path = households_xlsx(tmp_path / "list.xlsx", [
        ["S-1", " 홍길동 ", "서울특별시 서대문구 연희로 1", "고위험", "독거노인, 장애", dt.date(2026, 3, 5), x1, y1, "=1+1"],
        [],
        ["S-2", "김영희", "서울특별시 서대문구 연희로 2", "low", "Single parent", "2026.03.06", x2, y2, None],
        ["S-3", "박철수", "주소 미상", "매우 높음", None, "2026/3/7", None, None, None],
        ["S-4", "이민수", "서울특별시 서대문구 어딘가 5", None, None, "20260308", None, None, None],
        ["S-5", "최지우", None, "중", "조손", "2026-02-30", None, None, None],
        ["S-7", "강바다", None, "중", "외계인", None, None, None, None],
        ["S-6", "정하나", None, None, None, None, 126.9, 37.5, None],
    ])
    rejects = tmp_path / "rejects.xlsx"
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(db), "INPUT": str(path), "SOURCE_CRS": "EPSG:5174", "REJECTS": str(rejects)})
    assert (result["IMPORTED"], result["UPDATED"], result["UNLOCATED"], result["REJECTED"]) == (4, 0, 2, 3)
    got = rows(db, "SELECT case_no, head_name, risk_level, household_types, geocode_quality, dong_code, tong, "
                   "source_labels, found_on FROM households WHERE case_no LIKE 'S-%' ORDER BY case_no")
    assert [r[:9] for r in got] == [
        ("S-1", "홍길동", "high", "{elderly_alone,disability}", "source_coordinates", "1141055500", 1, None, "2026-03-05"),
        ("S-2", "김영희", "low", "{single_parent}", "source_coordinates", "1141055500", 2, None, "2026-03-06"),
        ("S-4", "이민수", None, None, "unlocated", None, None, None, "2026-03-08"),
        # an unknown household type costs no row: the type is left out, its words kept
        ("S-7", "강바다", "medium", None, "unlocated", None, None, "가구유형=외계인; 위기도=중", None)]
    for (x, y), r in zip(((100, 500), (700, 300)), got):
        px, py = point_of(db, r[0])
        assert abs(px - at(x, y)[0]) < 0.01 and abs(py - at(x, y)[1]) < 0.01  # Bessel datum shift
    book = openpyxl.load_workbook(rejects).active
    table = [[c.value for c in row] for row in book.iter_rows()]
    assert table[0] == ["행 번호", "열", "사유", "사유(영문)"]
    # rows as the spreadsheet numbers them: title 1, header 2, S-1 3, blank 4, S-2 5, S-3 6, ...
    assert table[1][:2] == [6, "위기도"] and "매우 높음" in table[1][2] and "unknown value" in table[1][3]
    assert table[2][:2] == [8, "발굴일"] and "2026-02-30" in table[2][2]  # the date found is a date
    # degrees although the list said EPSG:5174: rejected with the reason, never re-read
    assert table[3][:2] == [10, "X좌표"] and "EPSG:4326" in table[3][3]
    assert len(table) == 4


def test_coordinates_outside_korea_are_rejected_with_the_reason(provider, db, tmp_path):
    path = households_xlsx(tmp_path / "far.xlsx", [["F-1", "가", None, None, None, None, 2.35, 48.85, None],
                                                   ["F-2", "나", None, None, None, None, 37.5665, 126.978, None]])
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(db), "INPUT": str(path), "SOURCE_CRS": "EPSG:4326", "REJECTS": str(tmp_path / "r.xlsx")})
    assert (result["IMPORTED"], result["REJECTED"]) == (0, 2)  # Paris refused; lat/lon the wrong way round too
    assert rows(db, "SELECT count(*) FROM households WHERE case_no LIKE 'F-%'") == [(0,)]
    reasons = [r[3] for r in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert "outside Korea" in reasons[0] and "X and Y look swapped" in reasons[1]


@pytest.mark.parametrize("encoding, bom", [("cp949", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b"")])
def test_csv_in_cp949_or_utf8_with_or_without_bom(provider, db, tmp_path, encoding, bom):
    text = ("성명,주소,위험도,경도,위도,수급구분\n"
            "한가람,서울특별시 서대문구 연희로 9,상,126.9469,36.6620,수급자\n"  # in 천연동 1통 of the small database
            "두나래,\"서울특별시 서대문구 연희로 10, 2층\",하,,,차상위\n")
    path = tmp_path / "list.csv"
    path.write_bytes(bom + text.encode(encoding))
    sheet = tabular.read(path)[0]
    assert sheet.encoding == ("utf-8-sig" if bom else encoding)
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["REJECTED"]) == (2, 1, 0)
    assert rows(db, "SELECT head_name, risk_level, benefit_status, geocode_quality FROM households "
                    "WHERE head_name IN ('한가람', '두나래') ORDER BY head_name DESC") == [
        ("한가람", "high", "basic_general", "source_coordinates"), ("두나래", "low", "near_poor", "unlocated")]


def test_field_map_names_columns_the_recogniser_does_not_know(provider, db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("관리 ID,대상 가구주,비고란\nK-1,오세훈,겨울 난방\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="FIELD_MAP"):
        processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path),
                                                             "FIELD_MAP": "nobody=관리 ID"})
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(db), "INPUT": str(path), "FIELD_MAP": "case_no=관리 ID;head_name=대상 가구주;notes=비고란"})
    assert result["IMPORTED"] == 1
    assert rows(db, "SELECT head_name, notes FROM households WHERE case_no = 'K-1'") == [("오세훈", "겨울 난방")]


def address_db(tmp_path):
    """A 위치정보요약DB file (CP949, pipe-delimited) with the three real sample lines and entrances
    in the small database's area (EPSG:5179 coordinates of 5186 points)."""
    sample = shared_data("juso_db_format_samples", "locsum_entrc_202602_sample.txt").read_text(encoding="utf-8")
    to5179 = Transformer.from_crs(5186, 5179, always_xy=True)
    lines = sample.strip().splitlines()
    for road, underground, main, sub, building, (x, y) in (("연희로", "0", 1, 0, "", (120, 520)),
                                                           ("연희로", "0", 1, 2, "", (130, 530)),
                                                           ("신촌역로", "1", 5, 0, "", (640, 200)),
                                                           ("북아현로", "0", 7, 0, "아현종합복지관", (1500, 600))):
        X, Y = to5179.transform(*at(x, y))  # noqa: N806
        lines.append(f"11410|1|1141011700|서울특별시|서대문구|연희동|114103005001|{road}|{underground}|{main}|{sub}|"
                     f"{building}|03700|주거시설|0|연희동|{X:.6f}|{Y:.6f}")
    path = tmp_path / "entrc_seoul.txt"
    path.write_bytes("\n".join(lines).encode("cp949"))
    return path


def test_addresses_are_matched_offline_against_the_road_address_db(provider, db, tmp_path):
    index = importing.AddressIndex.load([address_db(tmp_path)])
    assert len(index) == 7
    to5186 = Transformer.from_crs(5179, 5186, always_xy=True)

    def where(address):
        found = index.match(address)
        return None if found is None else tuple(round(v - o) for v, o in zip(to5186.transform(*found), SEOUL))

    assert where("서울특별시 서대문구 연희로 1") == (120, 520)
    assert where("서대문구 연희로1 (연희동)") == (120, 520)          # spacing and a (동명) suffix
    assert where("서울 서대문구  연희로 1-2, 3층") == (130, 530)      # sub-number, detail after it
    assert where("서울특별시 서대문구 신촌역로 지하 5") == (640, 200)  # 지하
    assert where("서울특별시 서대문구 신촌역로 5") is None            # above ground is another entrance
    assert where("아현종합복지관") == (1500, 600)                   # a building name
    assert where("서울특별시 종로구 자하문로 94") is not None          # a real sample line
    assert where("서울특별시 서대문구 연희로 999") is None
    path = tmp_path / "by_address.csv"
    path.write_text("성명,주소\n가,서울특별시 서대문구 연희로 1\n나,서대문구 신촌역로 지하 5 (창천동)\n다,어딘가 7\n",
                    encoding="utf-8")
    result = processing.run("welfarevisitmap:import_households", {
        "DATABASE": str(db), "INPUT": str(path), "ADDRESS_DB": str(address_db(tmp_path).parent)})
    assert (result["IMPORTED"], result["UNLOCATED"]) == (3, 1)
    assert rows(db, "SELECT head_name, geocode_quality, dong_code, tong FROM households WHERE head_name IN "
                    "('가', '나', '다') ORDER BY head_name") == [
        ("가", "address_point", "1141055500", 1), ("나", "address_point", "1141055500", 2), ("다", "unlocated", None, None)]


def test_upsert_updates_by_case_number_and_insert_rejects_known_ones(provider, db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("사례번호,성명,위기도,전화\nU-1,가나,고위험,\nU-2,다라,저위험,\n2026-0001,김철수,중위험,010-1234-5678\n",
                    encoding="utf-8")
    first = processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path)})
    assert (first["IMPORTED"], first["REJECTED"]) == (2, 1)  # 2026-0001 is on record already
    again = processing.run("welfarevisitmap:import_households", {"DATABASE": str(db), "INPUT": str(path), "MODE": 1})
    assert (again["IMPORTED"], again["UPDATED"], again["REJECTED"]) == (0, 3, 0)
    assert rows(db, "SELECT count(*) FROM households") == [(5,)]
    assert rows(db, "SELECT risk_level, phone, version FROM households WHERE case_no = '2026-0001'") == [
        ("medium", "010-1234-5678", 2)]
    # the update kept the place it had
    assert rows(db, "SELECT CASE WHEN geom IS NOT NULL THEN 1 END, tong FROM households WHERE case_no = '2026-0001'") == [
        (1, 1)]


def test_a_bulk_import_keeps_the_audit_trail_and_the_spatial_index(provider, local_db, tmp_path):
    triggers = rows(local_db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(local_db), "INPUT": str(big_csv(tmp_path))})
    assert result["IMPORTED"] == 3000
    assert rows(local_db, "SELECT count(*) FROM audit_log a JOIN households h ON h.id = a.record_id "
                    "WHERE a.action = 'insert' AND a.table_name = 'households' AND h.case_no LIKE 'B-%' "
                    "AND a.user IS NOT NULL") == [(3000,)]
    assert rows(local_db, "SELECT count(*) FROM rtree_households_geom r JOIN households h ON h.fid = r.id "
                    "WHERE h.case_no LIKE 'B-%' AND r.minx = r.maxx") == [(3000,)]
    assert rows(local_db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == triggers
    # the spatial index answers: QGIS finds them by rectangle
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    layer = QgsVectorLayer(f"{local_db}|layername=households", "h", "ogr")
    x, y = at(100, 500)
    found = [f["case_no"] for f in layer.getFeatures(QgsFeatureRequest(QgsRectangle(x - 0.5, y - 0.5, x + 0.5, y + 0.5)))]
    assert "B-0" in found and "B-800" in found


def test_a_case_number_twice_in_the_file_is_rejected_at_its_second_row(local_db):
    rows_ = [(1, ["사례번호", "성명"]), (2, ["D-1", "가"]), (3, ["D-1", "나"])]
    conn = gpkg.connect(local_db)
    try:
        result = importing.Importer(conn, "households").run(rows_, importing.find_header("households", rows_))
    finally:
        conn.close()
    assert result.imported == 1 and [(r.row, r.code) for r in result.rejected] == [(3, "duplicate_in_file")]


def test_dry_run_writes_nothing(provider, local_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("성명\n가\n나\n", encoding="utf-8")
    before = content(local_db)
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(local_db), "INPUT": str(path),
                                                                 "DRY_RUN": True})
    assert result["IMPORTED"] == 2 and content(local_db) == before


class CancelHalfway(QgsProcessingFeedback):
    def __init__(self, at=50):
        super().__init__()
        self.at = at

    def setProgress(self, progress):  # noqa: N802 - Qt API
        super().setProgress(progress)
        if progress >= self.at:
            self.cancel()


def big_csv(tmp_path, n=3000):
    path = tmp_path / "big.csv"
    path.write_text("사례번호,성명,X좌표,Y좌표\n" + "".join(f"B-{i},가구{i},{at(100 + i % 800, 500)[0]},{at(0, 500)[1]}\n"
                                                    for i in range(n)),
                    encoding="utf-8")
    return path


def test_a_cancel_midway_leaves_the_database_as_it_was(provider, local_db, tmp_path):
    before = content(local_db)
    with pytest.raises(QgsProcessingException, match="취소|cancel"):
        processing.run("welfarevisitmap:import_households", {"DATABASE": str(local_db), "INPUT": str(big_csv(tmp_path))},
                       feedback=CancelHalfway())
    assert content(local_db) == before


def test_a_crash_midway_leaves_the_database_as_it_was(local_db, tmp_path):
    sheet = tabular.read(big_csv(tmp_path))[0]
    before = content(local_db)
    conn = gpkg.connect(local_db)

    def crash(percent):
        if percent > 40:
            raise MemoryError("out of memory")

    try:
        with pytest.raises(MemoryError):
            importing.Importer(conn, "households").run(sheet.rows, importing.find_header("households", sheet.rows), crash)
    finally:
        conn.close()
    assert content(local_db) == before


def test_the_real_seoul_facility_list_imports_as_it_is(provider, db, tmp_path):
    path = shared_data("welfare_facilities", "social_welfare_facilities_seodaemun_seongbuk_2022.csv")
    lines = len(tabular.read(path)[0].rows) - 1
    rejects = tmp_path / "rejects.xlsx"
    result = processing.run("welfarevisitmap:import_facilities", {"DATABASE": str(db), "INPUT": str(path),
                                                                 "REJECTS": str(rejects)})
    assert result["REJECTED"] == 0 and result["IMPORTED"] == lines and result["UNLOCATED"] == lines
    kinds = dict(rows(db, "SELECT kind, count(*) FROM facilities WHERE code IS NOT NULL GROUP BY kind"))
    assert kinds.get("other", 0) < lines * 0.2 and kinds["elderly_centre"] > 0 and kinds["home_care"] > 0
    assert rows(db, "SELECT kind, kind_detail, services FROM facilities WHERE code = 'A0495'") == [
        ("elderly_centre", "노인여가복지시설", "{health,daily_living,social,education}")]
    again = processing.run("welfarevisitmap:import_facilities", {"DATABASE": str(db), "INPUT": str(path), "MODE": 1})
    assert (again["IMPORTED"], again["UPDATED"]) == (0, lines)


def test_visits_import_rejects_unknown_cases_future_dates_and_risk_when_not_met(provider, db, tmp_path):
    path = tmp_path / "visits.csv"
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    path.write_text("사례번호,방문일,방문자,방문결과,위기도,상담내용\n"
                    "2026-0001,2026.11.02,최복지,방문(면담),중위험,난방 걱정\n"
                    "2026-0002,2026-11-03,새 방문자,부재,,\n"
                    f"2026-0002,{tomorrow},최복지,met,low,\n"
                    "NOPE-1,2026-11-03,최복지,met,low,\n"
                    "2026-0003,2026-11-04,최복지,absent,high,\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_visits", {"DATABASE": str(db), "INPUT": str(path)})
    assert (result["IMPORTED"], result["REJECTED"]) == (2, 3)
    assert rows(db, "SELECT risk_level, last_visit_on FROM households WHERE id = 'hh-1'") == [("medium", "2026-11-02")]
    assert rows(db, "SELECT v.name, v.dong_code FROM visits x JOIN visitors v ON v.id = x.visitor_id "
                    "ORDER BY x.visited_on") == [("최복지", "1141055500"), ("새 방문자", "1141055500")]


def test_reports_import(provider, db, tmp_path):
    path = tmp_path / "reports.csv"
    x, y = at(150, 500)
    path.write_text(f"접수일,접수경로,제보내용,주소,X,Y\n2026-11-20,카카오톡,우편물 적체,연희로 1,{x},{y}\n"
                    "2026-11-21,120,인기척 없음,,,\n2026-11-22,비둘기,??,,,\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_reports", {"DATABASE": str(db), "INPUT": str(path)})
    assert (result["IMPORTED"], result["UNLOCATED"], result["REJECTED"]) == (2, 1, 1)
    assert rows(db, "SELECT channel, status, dong_code FROM reports ORDER BY received_on") == [
        ("kakaotalk", "new", "1141055500"), ("call_centre", "new", None)]


HEADERS = ["성명", "사례번호", "주소", "위기도", "가구유형", "X", "Y", "발굴경로", "메모", "통", "", "전화", "합계", "Name",
           "risk", "세대주 ", " 도로명주소"]
CELLS = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["고위험", "low", "독거노인", "장애,한부모", "2026-02-30",
                                                                   "20260305", "126.9", "37.5", "-1", "1e400", "0",
                                                                   "123456-1234567", "{x}", "'; DROP TABLE households"]),
                  st.integers(-10**6, 10**7).map(str), st.floats(allow_nan=True).map(str))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       data=st.lists(st.lists(CELLS, max_size=9), max_size=15),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949"]))
def test_random_files_never_crash_and_every_row_is_imported_or_reported(tmp_path_factory, headers, data, encoding):
    folder = tmp_path_factory.mktemp("random")
    path = make_small_database(folder / "w.gpkg", SEOUL)
    table = [headers] + data
    text = "\n".join(",".join('"' + (c or "").replace('"', '""') + '"' for c in row) for row in table) + "\n"
    csv_path = folder / "random.csv"
    try:
        csv_path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        csv_path.write_bytes(text.encode("utf-8"))
    try:
        sheet = tabular.read(csv_path)[0]
    except tabular.ReadError:
        return  # refused as a whole, with the reason
    try:
        mapping = importing.find_header("households", sheet.rows)
    except ValueError:
        return  # no header recognised: refused with the reason
    before = rows(path, "SELECT count(*) FROM households")[0][0]
    conn = gpkg.connect(path)
    try:
        result = importing.Importer(conn, "households").run(sheet.rows, mapping)
    finally:
        conn.close()
    rejected_rows = {r.row for r in result.rejected}
    assert result.imported + result.updated + len(rejected_rows) == result.total
    assert rows(path, "SELECT count(*) FROM households")[0][0] == before + result.imported
    assert all(r.reason("ko") and r.reason("en") for r in result.rejected)


def test_visits_from_excel_with_date_cells_formulas_and_blank_rows(provider, db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["방문 실적"])
    sheet.merge_cells("A1:E1")
    sheet.append(["사례번호 ", "방문일자", "방문결과", "위기도", "누계"])
    sheet.append(["2026-0001", dt.datetime(2026, 11, 2, 10, 30), "방문(면담)", "고위험", "=ROW()"])
    sheet.append([None, None, None, None, None])
    sheet.append(["2026-0002", dt.date(2026, 11, 3), "부재", None, "=A3"])
    sheet.append(["2026-0003", "2026. 11. 4.", "부재", None, None])
    sheet.append(["2026-0003", "2026-13-01", "부재", None, None])
    path = tmp_path / "visits.xlsx"
    book.save(path)
    result = processing.run("welfarevisitmap:import_visits", {"DATABASE": str(db), "INPUT": str(path),
                                                             "REJECTS": str(tmp_path / "r.xlsx")})
    assert (result["IMPORTED"], result["REJECTED"]) == (3, 1)
    assert rows(db, "SELECT h.case_no, v.visited_on, v.outcome, v.risk_level FROM visits v JOIN households h "
                    "ON h.id = v.household_id ORDER BY v.visited_on") == [
        ("2026-0001", "2026-11-02", "met", "high"), ("2026-0002", "2026-11-03", "absent", None),
        ("2026-0003", "2026-11-04", "absent", None)]
    rejected = [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=2)]
    assert [r[:2] for r in rejected] == [[7, "방문일자"]] and "2026-13-01" in rejected[0][2]


def test_many_points_are_located_as_one_point_is(demo_dir):
    """The vectorised 동/통 lookup an import uses gives, point for point, the answer of the one-by-one
    lookup — on the demo's real 동 and 통 polygons, with points on their boundaries and outside."""
    import random

    from welfare_visit_map.plugin.core import database

    conn = gpkg.connect(demo_dir / "demo.gpkg")
    try:
        locator = database.DistrictLocator(conn)
        rng = random.Random(7)
        minx = min(b[0] for _, _, b in locator.dongs)
        miny = min(b[1] for _, _, b in locator.dongs)
        maxx = max(b[2] for _, _, b in locator.dongs)
        maxy = max(b[3] for _, _, b in locator.dongs)
        points = [(rng.uniform(minx - 500, maxx + 500), rng.uniform(miny - 500, maxy + 500)) for _ in range(3000)]
        for _, prepared, _ in locator.dongs[:5]:  # vertices: on the boundary of a 동 and of its 통
            points.extend(prepared.context.exterior.coords[:20] if hasattr(prepared.context, "exterior")
                          else prepared.context.geoms[0].exterior.coords[:20])
        many = locator.locate_many([p[0] for p in points], [p[1] for p in points])
        one = [locator.locate(*p) for p in points]
    finally:
        conn.close()
    assert many == one
    assert sum(1 for dong, tong in one if tong) > 500  # most random points fall in a 통
    assert sum(1 for dong, _ in one if dong is None) > 100  # and some fall outside


def test_on_the_shared_database_a_dong_worker_imports_his_dong_and_the_server_audits(provider, local_db, move_up,
                                                                                     tmp_path):
    """import_households as kim_dong (staff of 1141055500, row-level security): his 동's rows go in,
    each with an audit row naming him, written by the server; a row placed in another 동 is
    reported with the server's reason; a cancel leaves the server as it was."""
    shared = move_up(local_db)
    path = tmp_path / "list.csv"
    x1, y1 = at(100, 500)  # 천연동 1통
    x2, y2 = at(1500, 500)  # 북아현동: not his
    path.write_text(f"사례번호,성명,X,Y\nK-1,가,{x1},{y1}\nK-2,나,{x2},{y2}\n", encoding="utf-8")
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": shared["kim_dong"], "INPUT": str(path),
                                                                 "REJECTS": str(tmp_path / "r.xlsx")})
    assert (result["IMPORTED"], result["REJECTED"]) == (1, 1)
    assert rows(shared["admin"], "SELECT case_no, dong_code, tong, created_by FROM households WHERE case_no LIKE 'K-%'"
                ) == [("K-1", "1141055500", 1, "kim_dong")]
    rejected = [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=2)]
    assert rejected[0][0] == 3 and "row-level security" in rejected[0][3]
    assert rows(shared["admin"], "SELECT a.\"user\", a.action FROM audit_log a JOIN households h ON h.id = a.record_id "
                "WHERE h.case_no = 'K-1'") == [("kim_dong", "insert")]
    assert rows(shared["admin"], "SELECT \"user\" FROM audit_log WHERE action = 'import'") == [("kim_dong",)]
    before = rows(shared["admin"], "SELECT count(*), (SELECT count(*) FROM audit_log) FROM households")
    with pytest.raises(QgsProcessingException, match="취소|cancel"):
        processing.run("welfarevisitmap:import_households", {"DATABASE": shared["admin"], "INPUT": str(big_csv(tmp_path))},
                       feedback=CancelHalfway(60))
    assert rows(shared["admin"], "SELECT count(*), (SELECT count(*) FROM audit_log) FROM households") == before
