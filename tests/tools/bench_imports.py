"""`make bench` (part 3): imports. A 100,000-row xlsx of households with X/Y and the same as a
CP949 CSV (made once into build/bench/), imported with welfarevisitmap:import_households into a
new GeoPackage (reading, header recognition, validation, transformation, one transaction, audit,
R-tree, RRN guard) against `ogr2ogr` of the same file into a GeoPackage, in the same run; then the
same CSV into a new database on a throw-away PostgreSQL server (COPY into a staging table, one
INSERT … SELECT through the server's triggers). Prints seconds, rows per second and the ratios
(targets: xlsx ≤ 3×, CSV ≤ 5× ogr2ogr; PostgreSQL ≤ 2× the GeoPackage), then where each second
goes, stage by stage (read, convert/validate, place, decide, write — and inside the write), and
the database's own floor. Figures, not assertions."""
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
    """The import as the user runs it (welfarevisitmap:import_households): (seconds, outputs)."""
    import processing

    start = time.perf_counter()
    result = processing.run("welfarevisitmap:import_households", {"DATABASE": str(database), "INPUT": str(source),
                                                                  "SOURCE_CRS": "EPSG:5186"})
    return time.perf_counter() - start, result


def staged(source, database):
    """The same import stage by stage (what the algorithm calls, in its order): {stage: seconds}
    and the result."""
    from welfare_visit_map.plugin.core import db, importing, tabular

    seconds = {}
    start = time.perf_counter()
    sheet = tabular.read(source)[0]
    seconds["read"] = time.perf_counter() - start
    start = time.perf_counter()
    mapping = importing.find_header("households", sheet.rows)
    conn = db.connect(database)
    try:
        context = importing.load_context(conn, "households")
        seconds["header, context"] = time.perf_counter() - start
        planned = importing.Planner(context, "households", 5186).plan(sheet.rows, mapping)
        seconds.update({f"plan: {k}": v for k, v in planned.seconds.items()})
        write = {}
        start = time.perf_counter()
        result = importing.write_plan(conn, planned, user="bench", timings=write)
        seconds["write"] = time.perf_counter() - start
    finally:
        conn.close()
    seconds.update({f"  write: {k}": v for k, v in write.items()})
    return seconds, result


def profile_convert(source, database, top=12):
    """cProfile of the convert stage (the per-cell work), its top functions by own time."""
    import cProfile
    import io
    import pstats

    from welfare_visit_map.plugin.core import db, importing, tabular

    sheet = tabular.read(source)[0]
    mapping = importing.find_header("households", sheet.rows)
    conn = db.connect(database)
    try:
        planner = importing.Planner(importing.load_context(conn, "households"), "households", 5186)
    finally:
        conn.close()
    data = sheet.rows[mapping.header_row + 1:]
    profiler = cProfile.Profile()
    profiler.enable()
    for number, cells in data:
        planner.convert(number, cells, mapping)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def database_floor(folder):
    """Seconds the database itself takes for 100,000 households already validated, with no reading
    or conversion at all: one executemany into the households table (its CHECKs, indexes and
    UNIQUE case numbers), the R-tree entries and the audit rows — the work no import into this
    model can skip, measured to show how much of the ratio is the model and how much the importer.
    {part: seconds}."""
    import uuid

    from welfare_visit_map.plugin.core import database, gpkg, importing
    from welfare_visit_map.plugin.core.backends.gpkg_writer import BULK_TRIGGERS

    path = database.create(Path(folder) / "floor.gpkg")
    conn = gpkg.connect(path)
    rng = random.Random(1)
    rows = [(i + 1, str(uuid.uuid4()), gpkg.encode_point(190_000 + rng.random() * 8000, 450_000 + rng.random() * 6000, 5186),
             f"B{i:07d}", f"이름{i % 997}", "010-1234-5678", f"서울특별시 서대문구 연희로 {i % 500 + 1}", None, None, None,
             None, "{elderly_alone}", "near_poor", "screening_list", "high", None, 0, None, "source_coordinates", "bench",
             None, None, None, None)
            for i in range(ROWS)]
    columns = ("fid", "id") + importing.HOUSEHOLD_INSERT
    parts = {}
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("BEGIN")
    for name in BULK_TRIGGERS:
        conn.execute(f'DROP TRIGGER "{name}"')
    start = time.perf_counter()
    conn.executemany(f"INSERT INTO households ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    parts["inserts (CHECKs, UNIQUE ids and case numbers, indexes)"] = time.perf_counter() - start
    start = time.perf_counter()
    conn.executemany("INSERT INTO rtree_households_geom VALUES (?, ?, ?, ?, ?)",
                     sorted((i + 1, 190_000 + i % 8000, 190_000 + i % 8000, 450_000 + i % 6000, 450_000 + i % 6000)
                            for i in range(ROWS)))
    parts["r-tree"] = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("INSERT INTO audit_log (user, action, table_name, record_id) "
                 "SELECT created_by, 'insert', 'households', id FROM households")
    parts["audit rows"] = time.perf_counter() - start
    conn.execute("ROLLBACK")
    conn.close()
    return parts


PG_PORT = 55435


def pg_trigger_costs(source, database):
    """Inside the server's INSERT … SELECT of the 100,000 households: the same statement (each
    time rolled back) with every trigger (the RRN trigger behind its WHEN clause), without the RRN
    trigger, and with none of the row triggers. {variant: seconds}."""
    from welfare_visit_map.plugin.core import db, importing, tabular
    from welfare_visit_map.plugin.core.backends.pg_writer import PostgresWriter

    sheet = tabular.read(source)[0]
    conn = db.connect(database)
    costs = {}

    class Timed(PostgresWriter):
        def _insert_range(self, cur, insert, low, high, records, written):
            variants = {
                "every trigger (as imported)": [],
                "without the RRN trigger": ["ALTER TABLE households DISABLE TRIGGER households_no_rrn"],
                "without any row trigger": ["ALTER TABLE households DISABLE TRIGGER USER"]}
            for name, statements in variants.items():
                cur.execute("SAVEPOINT bench")
                for statement in statements:
                    cur.execute(statement)
                start = time.perf_counter()
                cur.execute(insert, (low, high))
                costs[name] = time.perf_counter() - start
                cur.execute("ROLLBACK TO SAVEPOINT bench")

    try:
        planned = importing.Planner(importing.load_context(conn, "households"), "households", 5186).plan(
            sheet.rows, importing.find_header("households", sheet.rows))
        writer = Timed(conn, "households", user="bench")
        writer.begin()
        writer.insert_households(planned.inserts, importing.Written(), lambda *a, **k: None)
    finally:
        conn.rollback()
        conn.close()
    return costs



def start_server(folder):
    """A throw-away PostgreSQL + PostGIS server in ``folder`` on a loopback port (trust, fsync
    off, as the tests' server)."""
    sys.path.insert(0, str(ROOT / "tests" / "tools"))
    import shared_server

    if os.geteuid() == 0:
        import shutil

        shutil.chown(folder, "postgres")
    shared_server.as_postgres(shared_server.BIN / "initdb", "-D", folder / "data", "-A", "trust", "-U", "postgres",
                              "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
    shared_server.as_postgres(shared_server.BIN / "pg_ctl", "-D", folder / "data", "-l", folder / "log", "-w", "-o",
                              f"-p {PG_PORT} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")


def stop_server(folder):
    sys.path.insert(0, str(ROOT / "tests" / "tools"))
    import shared_server

    shared_server.as_postgres(shared_server.BIN / "pg_ctl", "-D", folder / "data", "-m", "immediate", "stop")


def moved_up(empty_gpkg, name):
    """DATABASE of a new database ``name`` on the bench server holding ``empty_gpkg`` moved up."""
    import psycopg2

    from welfare_visit_map.plugin.core import pg

    admin = psycopg2.connect(host="127.0.0.1", port=PG_PORT, user="postgres", dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    admin.close()
    conn = psycopg2.connect(host="127.0.0.1", port=PG_PORT, user="postgres", dbname=name)
    pg.move_up(empty_gpkg, conn)
    conn.commit()
    conn.close()
    return f"postgresql://postgres@127.0.0.1:{PG_PORT}/{name}#welfare"


def main():
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from welfare_visit_map.plugin.algorithms.provider import WelfareVisitMapProvider
    from welfare_visit_map.plugin.core import database

    Processing.initialize()
    provider = WelfareVisitMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    xlsx, csv_path = make_files(ROOT / "build" / "bench")
    header = (f"\n{'file':40} {'ogr2ogr s':>10} {'ours s':>8} {'ratio':>6} {'target':>7} {'rows/s':>9}  "
              "imported/unlocated/rejected")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        baselines, totals, breakdowns = {}, {}, {}
        print(header)
        for source, is_csv, target in ((xlsx, False, 3.0), (csv_path, True, 5.0)):
            baseline = ogr2ogr(source, tmp / f"ogr_{source.stem}.gpkg", is_csv)
            seconds, result = ours(source, database.create(tmp / f"ours_{source.stem}.gpkg"))
            baselines[source], totals[source] = baseline, seconds
            print(f"{source.name:40} {baseline:>10.2f} {seconds:>8.2f} {seconds / baseline:>6.2f} {target:>6.0f}× "
                  f"{ROWS / seconds:>9,.0f}  {result['IMPORTED']:,}/{result['UNLOCATED']:,}/{result['REJECTED']:,}")
        folder = Path(tempfile.mkdtemp(prefix="wvm-bench-import-pg-"))
        try:
            start_server(folder)
            shared = moved_up(database.create(tmp / "empty_for_pg.gpkg"), "bench_import")
            seconds, result = ours(csv_path, shared)
            totals["pg"] = seconds
            gpkg_seconds = totals[csv_path]
            print(f"{'same CSV into PostgreSQL (COPY)':40} {baselines[csv_path]:>10.2f} {seconds:>8.2f} "
                  f"{seconds / baselines[csv_path]:>6.2f} {'':>7} {ROWS / seconds:>9,.0f}  "
                  f"{result['IMPORTED']:,}/{result['UNLOCATED']:,}/{result['REJECTED']:,}")
            print(f"{'  PostgreSQL / GeoPackage (same CSV)':40} {'':>10} {'':>8} {seconds / gpkg_seconds:>6.2f} "
                  f"{2.0:>6.0f}×")
            breakdowns["PostgreSQL, CSV"] = staged(csv_path, moved_up(database.create(tmp / "empty_2.gpkg"),
                                                                      "bench_import_staged"))
            triggers = pg_trigger_costs(csv_path, moved_up(database.create(tmp / "empty_3.gpkg"), "bench_triggers"))
        finally:
            stop_server(folder)
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
        for source in (xlsx, csv_path):
            breakdowns[f"GeoPackage, {source.suffix[1:]}"] = staged(
                source, database.create(tmp / f"staged_{source.stem}.gpkg"))
        print("\nwhere each second goes (the same import called stage by stage; seconds, share of the baseline):")
        for name, (seconds, _) in breakdowns.items():
            baseline = baselines[csv_path if "csv" in name.lower() else xlsx]
            total = sum(v for k, v in seconds.items() if not k.startswith("  "))
            print(f"  {name}: {total:.2f} s = {total / baseline:.2f} × ogr2ogr ({baseline:.2f} s)")
            for stage, value in seconds.items():
                print(f"    {stage:52} {value:>7.2f}  {value / baseline:>5.2f}×")
        print("\n  inside the server's INSERT … SELECT (the same statement, rolled back each time):")
        for name, value in triggers.items():
            print(f"    {name:52} {value:>7.2f}  {value / baselines[csv_path]:>5.2f}×")
        floor = database_floor(tmp)
        baseline = baselines[csv_path]
        print(f"\nthe GeoPackage's floor: the database work alone for 100,000 rows already validated "
              f"({sum(floor.values()):.2f} s = {sum(floor.values()) / baseline:.2f} × the CSV's ogr2ogr)")
        for part, value in floor.items():
            print(f"    {part:52} {value:>7.2f}  {value / baseline:>5.2f}×")
        if os.environ.get("BENCH_PROFILE"):
            print("\nconvert stage, cProfile (own time):")
            print(profile_convert(csv_path, database.create(tmp / "profile.gpkg")))
    print("ours also validates every value, transforms, writes the audit trail, the RRN check and the spatial index "
          "in one transaction")
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    main()
    app.exitQgis()
