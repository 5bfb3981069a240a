"""`make bench` (part 3): imports. A 100,000-row xlsx of households with X/Y and the same as a
CP949 CSV (made once into build/bench/), imported with welfarevisitmap:import_households into a
new database (reading, header recognition, validation, transformation, one transaction, audit)
against `ogr2ogr` of the same file into a GeoPackage, in the same run. Prints seconds, rows per
second and the ratio (target ≤ 2×). Figures, not assertions."""
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))

ROWS = 100_000
HEADERS = ["사례번호", "성명", "전화번호", "도로명주소", "행정동", "위기도", "가구유형", "수급구분", "발굴경로", "X좌표", "Y좌표"]


def make_rows():
    rng = random.Random(100_000)
    risks, types = ["고위험", "중위험", "저위험", None], ["독거노인", "한부모", "장애", "조손", None]
    benefits, sources = ["수급자", "차상위", "해당없음"], ["발굴시스템 대상자", "카카오톡", "콜센터", "방문자 발굴"]
    for i in range(ROWS):
        yield [f"B{i:07d}", f"이름{i % 997}", f"010-{i % 10000:04d}-{(i * 7) % 10000:04d}",
               f"서울특별시 서대문구 연희로 {i % 500 + 1}", "연희동", rng.choice(risks), rng.choice(types),
               rng.choice(benefits), rng.choice(sources), round(190_000 + rng.random() * 8000, 2),
               round(450_000 + rng.random() * 6000, 2)]


def make_files(folder):
    folder.mkdir(parents=True, exist_ok=True)
    xlsx, csv_path = folder / "households_100k.xlsx", folder / "households_100k_cp949.csv"
    if not xlsx.exists():
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("가구")
        sheet.append(HEADERS)
        for row in make_rows():
            sheet.append(row)
        book.save(xlsx)
    if not csv_path.exists():
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(make_rows())
        csv_path.write_bytes(out.getvalue().encode("cp949"))
    return xlsx, csv_path


def ogr2ogr(source, target, csv=False):
    command = ["ogr2ogr", "-f", "GPKG", str(target), str(source), "-nln", "households", "-a_srs", "EPSG:5186"]
    if csv:
        command += ["-oo", "X_POSSIBLE_NAMES=X좌표", "-oo", "Y_POSSIBLE_NAMES=Y좌표", "-oo", "AUTODETECT_TYPE=YES"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def ours(source, database):
    import processing

    start = time.perf_counter()
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(database), "INPUT": str(source),
                                                                  "SOURCE_CRS": "EPSG:5186"})
    return time.perf_counter() - start, result


def database_floor(folder):
    """Seconds the database itself takes for 100,000 households already validated, with no reading
    or conversion at all: one executemany into the households table (its CHECKs, indexes and
    UNIQUE case numbers), the R-tree entries and the audit rows — the work no import into this
    model can skip, measured to show how much of the ratio is the model and how much the importer."""
    import uuid

    from welfare_visit_map.plugin.core import database, gpkg, importing

    path = database.create(Path(folder) / "floor.gpkg")
    conn = gpkg.connect(path)
    rng = random.Random(1)
    rows = [(i + 1, str(uuid.uuid4()), gpkg.encode_point(190_000 + rng.random() * 8000, 450_000 + rng.random() * 6000, 5186),
             f"B{i:07d}", f"이름{i % 997}", "010-1234-5678", f"서울특별시 서대문구 연희로 {i % 500 + 1}", None, None, None,
             None, "{elderly_alone}", "near_poor", "screening_list", "high", None, 0, None, "source_coordinates", "bench",
             "2026-03-05", 2, "{power_cut}", None)
            for i in range(ROWS)]
    columns = ("fid", "id") + importing.HOUSEHOLD_INSERT
    start = time.perf_counter()
    conn.execute("BEGIN")
    for name in importing.Importer.BULK_TRIGGERS:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.executemany(f"INSERT INTO households ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    conn.executemany("INSERT INTO rtree_households_geom VALUES (?, ?, ?, ?, ?)",
                     [(i + 1, 1.0, 1.0, 2.0, 2.0) for i in range(ROWS)])
    conn.execute("INSERT INTO audit_log (user, action, table_name, record_id) "
                 "SELECT created_by, 'insert', 'households', id FROM households")
    from welfare_visit_map.plugin.core.schema import rrn_test

    conn.execute(f"SELECT 1 FROM households WHERE {rrn_test('households', '')} LIMIT 1").fetchone()  # as the importer
    conn.execute("ROLLBACK")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def main():
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from welfare_visit_map.plugin.algorithms.provider import WelfareVisitMapProvider
    from welfare_visit_map.plugin.core import database

    Processing.initialize()
    provider = WelfareVisitMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    xlsx, csv_path = make_files(ROOT / "build" / "bench")
    print(f"\n{'file':34} {'ogr2ogr s':>10} {'ours s':>8} {'ratio':>6} {'rows/s':>9}  imported/unlocated/rejected")
    with tempfile.TemporaryDirectory() as tmp:
        for source, is_csv in ((xlsx, False), (csv_path, True)):
            baseline = ogr2ogr(source, Path(tmp) / f"ogr_{source.stem}.gpkg", is_csv)
            target = database.create(Path(tmp) / f"ours_{source.stem}.gpkg")
            seconds, result = ours(source, target)
            print(f"{source.name:34} {baseline:>10.2f} {seconds:>8.2f} {seconds / baseline:>6.2f} "
                  f"{ROWS / seconds:>9,.0f}  {result['IMPORTED']:,}/{result['UNLOCATED']:,}/{result['REJECTED']:,}")
        floor = database_floor(tmp)
        print(f"{'database work alone (no reading)':34} {baseline:>10.2f} {floor:>8.2f} {floor / baseline:>6.2f} "
              f"{ROWS / floor:>9,.0f}  (CSV's ogr2ogr as the baseline)")
    print("\ntarget: ours ≤ 2 × ogr2ogr (ours also validates every value, transforms, writes the audit trail "
          "and the spatial index in one transaction)")
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    main()
    app.exitQgis()
