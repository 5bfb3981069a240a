"""A throw-away PostgreSQL + PostGIS server holding the demo district, for looking at the shared
database in QGIS (`make screenshots` uses it): `start FOLDER PORT` starts the server in FOLDER,
moves demo/demo.gpkg up into database `seodaemun` (schema welfare) and adds kim_dong, staff of
북아현동 (1141055500); `stop FOLDER` stops it and removes the folder. Trust authentication on
127.0.0.1 only: a picture, not a deployment (see the README for that)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))
BIN = Path("/usr/lib/postgresql/15/bin")


def as_postgres(*command):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run(prefix + [str(c) for c in command], check=True, capture_output=True, text=True)


def start(folder, port):
    import psycopg2

    from welfare_visit_map.plugin.core import pg

    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    as_postgres(BIN / "initdb", "-D", folder / "data", "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                "--locale=C.UTF-8")
    as_postgres(BIN / "pg_ctl", "-D", folder / "data", "-l", folder / "log", "-w", "-o",
                f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    admin = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute("CREATE DATABASE seodaemun")
    admin.close()
    conn = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="seodaemun")
    counts = pg.move_up(ROOT / "demo" / "demo.gpkg", conn)
    pg.add_person(conn, "kim_dong", "staff", ["1141055500"])
    conn.commit()
    conn.close()
    print(f"postgresql://kim_dong@127.0.0.1:{port}/seodaemun — households {counts['households']:,}")


def stop(folder):
    folder = Path(folder)
    if (folder / "data").exists():
        as_postgres(BIN / "pg_ctl", "-D", folder / "data", "-m", "fast", "stop")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1] == "start":
        start(sys.argv[2], int(sys.argv[3]))
    else:
        stop(sys.argv[2])
