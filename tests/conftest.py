"""Test set-up: the checkout folder may have any name, so the plugin is imported as
`welfare_visit_map` through a symlink in a temporary plugins folder."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLUGINS_DIR = Path(os.environ.get("WELFARE_TEST_PLUGINS_DIR") or tempfile.mkdtemp(prefix="wvm-plugins-"))
PACKAGE = PLUGINS_DIR / "welfare_visit_map"
if not PACKAGE.exists():
    PACKAGE.symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(PLUGINS_DIR))
# QGIS's own Processing plugin (importable as `processing` in test modules)
for candidate in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(candidate, "processing").is_dir() and candidate not in sys.path:
        sys.path.append(candidate)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyproj looks for proj.db under sys.prefix, which is the venv's; Debian keeps it in /usr/share/proj
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    os.environ.setdefault("PROJ_LIB", "/usr/share/proj")
os.environ.setdefault("WELFARE_VISIT_MAP_LANG", "ko")
# QGIS's authentication database of this test session, not the user's (tests store credentials)
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", tempfile.mkdtemp(prefix="wvm-auth-"))


def shared_data(*parts):
    """A file of ../shared/data/real, or skip when the checkout has no shared folder beside it."""
    path = SHARED.joinpath("data", "real", *parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


_TRANSLATOR = []
_PROVIDERS = []  # Python providers must stay referenced from Python, or their methods vanish


def ensure_provider():
    """The plugin's Processing provider registered (again, if a plugin test unloaded it), with
    the Korean translation installed as the plugin does when QGIS loads it."""
    from qgis.core import QgsApplication

    from welfare_visit_map.plugin.algorithms.provider import WelfareVisitMapProvider
    from welfare_visit_map.plugin.language import install_translator

    if not _TRANSLATOR:
        _TRANSLATOR.append(install_translator("ko"))
    registry = QgsApplication.processingRegistry()
    if registry.providerById("welfarevisitmap") is None:
        _PROVIDERS.append(WelfareVisitMapProvider())
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("welfarevisitmap")


@pytest.fixture
def provider(qgis_app, qgis_processing):
    return ensure_provider()


@pytest.fixture
def iface(qgis_iface):
    """pytest-qgis's QgisInterface stub, with the plugin-menu calls QGIS has (recorded)."""
    menus = {}

    def add(name, action):
        menus.setdefault(name, []).append(action)

    def remove(name, action):
        menus[name].remove(action)
        if not menus[name]:
            del menus[name]

    qgis_iface.plugin_menus = menus
    qgis_iface.addPluginToMenu = add
    qgis_iface.removePluginMenu = remove
    qgis_iface.removeDockWidget = qgis_iface.mainWindow().removeDockWidget
    return qgis_iface


@pytest.fixture
def plugin(iface, qgis_app):
    """The plugin as QGIS loads it (classFactory, initGui), unloaded after the test."""
    from qgis.core import QgsApplication

    import welfare_visit_map

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("welfarevisitmap")
    if existing is not None:  # the session fixture's copy: the plugin must add its own
        registry.removeProvider(existing)
    instance = welfare_visit_map.classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def demo_dir(qgis_app, qgis_processing, tmp_path_factory):
    """The demo district built once for the whole session (seed 2015)."""
    import processing

    ensure_provider()
    folder = tmp_path_factory.mktemp("demo")
    processing.run("welfarevisitmap:build_demo", {"OUTPUT": str(folder), "SEED": 2015})
    return folder


def _districts(ox=0.0, oy=0.0):
    from shapely.affinity import translate
    from shapely.geometry import box

    from welfare_visit_map.plugin.core.districts import District

    return [d._replace(geometry=translate(d.geometry, ox, oy)) for d in [
        District("1141000000", "서대문구", "gu", None, box(0, 0, 2000, 1000)),
        District("1141055500", "천연동", "dong", "1141000000", box(0, 0, 1000, 1000)),
        District("1141055500-01", "1통", "tong", "1141055500", box(0, 0, 500, 1000)),
        District("1141055500-02", "2통", "tong", "1141055500", box(500, 0, 1000, 1000)),
        District("1141056500", "북아현동", "dong", "1141000000", box(1000, 0, 2000, 1000)),
    ]]


SEOUL = (195000.0, 451000.0)  # an origin in Seoul (EPSG:5186) for tests that need real-world places


def make_small_database(path, origin=(0.0, 0.0)):
    """A district of two 동 (천연동 with 1통 and 2통, 북아현동) in EPSG:5186 metres: households
    hh-1 (김철수, 1통, x=100), hh-2 (이영희, 2통, x=700), hh-3 (박민수, 북아현동, x=1500), all on
    record since 2026-01-10 and never visited; visitors v-1 (천연동), v-2 (북아현동), v-3 (no
    동); facilities offering economy (f-near 50 m from hh-1, f-far 800 m, f-nowhere unplaced)
    and health (f-health). ``origin`` shifts every place (:data:`SEOUL` puts it in Seoul)."""
    from shapely.geometry import Point

    from welfare_visit_map.plugin.core import database, gpkg

    ox, oy = origin

    def at(x, y):
        return gpkg.encode(Point(ox + x, oy + y), 5186)

    path = database.create(path, districts=_districts(ox, oy))
    c = gpkg.connect(path)
    with c:
        for i, (x, name, dong, tong) in enumerate(((100, "김철수", "1141055500", 1), (700, "이영희", "1141055500", 2),
                                                   (1500, "박민수", "1141056500", None)), start=1):
            c.execute("INSERT INTO households (geom, id, case_no, head_name, address, dong_code, tong, created_at) "
                      "VALUES (?,?,?,?,?,?,?, '2026-01-10T09:00:00.000Z')",
                      (at(x, 500), f"hh-{i}", f"2026-{i:04d}", name,
                       f"서울특별시 서대문구 연희로 {i}", dong, tong))
        c.execute("INSERT INTO visitors (id, name, role, dong_code) VALUES ('v-1', '최복지', 'official', '1141055500'), "
                  "('v-2', '정통장', 'welfare_block_leader', '1141056500'), ('v-3', '한구청', 'official', NULL)")
        c.execute("INSERT INTO facilities (id, geom, name, kind, services, phone) VALUES "
                  "('f-far', ?, '먼 복지관', 'welfare_centre', 'economy,social', '02-1'), "
                  "('f-near', ?, '가까운 푸드뱅크', 'food_bank', 'economy', '02-2'), "
                  "('f-health', ?, '보건소', 'health', 'health', '02-3'), "
                  "('f-nowhere', NULL, '주소미상 기관', 'other', 'economy', NULL)",
                  (at(900, 500), at(150, 500), at(110, 500)))
    c.close()
    return path


# --- a throw-away PostgreSQL + PostGIS server for the shared-database tests ---------------------
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port():
    """A loopback port nothing listens on now (a server left by a crashed run may hold any other)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PG_PORT = _free_port()


def _as_postgres(*command):
    """Run a server command as the postgres system user when we are root (initdb refuses root)."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + [str(c) for c in command], check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server started for this test session on a loopback port (trust
    authentication, fsync off) and removed afterwards."""
    pytest.importorskip("psycopg2")
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 server binaries are not installed (make setup installs them)")
    folder = Path(tempfile.mkdtemp(prefix="wvm-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    _as_postgres(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
                 "--locale=C.UTF-8")
    _as_postgres(PG_BIN / "pg_ctl", "-D", data, "-l", folder / "log", "-w", "-o",
                 f"-p {PG_PORT} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60", "start")
    try:
        yield {"host": "127.0.0.1", "port": PG_PORT, "user": "postgres"}
    finally:
        _as_postgres(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(server, name):
    """A new, empty database ``name`` on the test server (any old one of that name dropped), and
    a connection to it as the server's superuser."""
    import psycopg2

    admin = psycopg2.connect(dbname="postgres", **server)
    admin.autocommit = True
    admin.cursor().execute(f"DROP DATABASE IF EXISTS {name}")
    admin.cursor().execute(f"CREATE DATABASE {name}")
    admin.close()
    return psycopg2.connect(dbname=name, **server)


@pytest.fixture(scope="session")
def demo_server(pg_server, demo_dir):
    """The demo district moved up into database wvm_demo (schema welfare) of the test server, with
    kim_dong as staff of 천연동. {"admin": DATABASE as the server's superuser, "kim_dong": as him}."""

    from welfare_visit_map.plugin.core import pg

    conn = fresh_database(pg_server, "wvm_demo")
    pg.move_up(demo_dir / "demo.gpkg", conn)
    pg.add_person(conn, "kim_dong", "staff", ["1141055500"])
    conn.commit()
    conn.close()
    base = f"127.0.0.1:{pg_server['port']}/wvm_demo#welfare"
    return {"admin": f"postgresql://postgres@{base}", "kim_dong": f"postgresql://kim_dong@{base}"}


@pytest.fixture(params=["gpkg", "postgres"])
def demo_database(request, demo_dir):
    """DATABASE of the demo district on each backend: the GeoPackage, and the same moved up to the
    test server (read as its administrator)."""
    if request.param == "gpkg":
        return str(demo_dir / "demo.gpkg")
    return request.getfixturevalue("demo_server")["admin"]


def last_audit(database, action=None):
    """(action, table_name, detail, user) of the newest audit row of either backend."""
    from welfare_visit_map.plugin.core import db

    conn = db.connect_readonly(database)
    try:
        where = "WHERE action = ?" if action else ""
        return tuple(conn.execute(f'SELECT action, table_name, detail, "user" FROM audit_log {where} '
                                  "ORDER BY fid DESC LIMIT 1", (action,) if action else ()).fetchone())
    finally:
        conn.close()


@pytest.fixture
def move_up(pg_server, request):
    """A function moving a welfare GeoPackage up into a new database of the test server (schema
    welfare, kim_dong as staff of 1141055500); returns {"admin": DATABASE, "kim_dong": DATABASE}."""

    from welfare_visit_map.plugin.core import pg

    made = []

    def up(path):
        name = f"wvm_up_{len(made)}_{abs(hash(request.node.nodeid)) % 10 ** 8}"
        conn = fresh_database(pg_server, name)
        pg.move_up(path, conn)
        pg.add_person(conn, "kim_dong", "staff", ["1141055500"])
        conn.commit()
        conn.close()
        made.append(name)
        base = f"127.0.0.1:{pg_server['port']}/{name}#welfare"
        return {"admin": f"postgresql://postgres@{base}", "kim_dong": f"postgresql://kim_dong@{base}"}

    return up


def on_backend(request, path):
    """DATABASE of the GeoPackage ``path`` on the backend a test is parametrised with: the file
    itself ("gpkg"), or the same moved up to the test server, as its administrator ("postgres")."""
    if request.param == "gpkg":
        return path
    return request.getfixturevalue("move_up")(path)["admin"]


def plain_rows(database, sql, *args):
    """Rows of either backend, values as the GeoPackage gives them (booleans 0/1, dates as text)."""
    import datetime as dt

    from welfare_visit_map.plugin.core import db

    def plain(value):
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, dt.date):  # datetimes too
            return value.isoformat()
        return value

    conn = db.connect_readonly(database)
    try:
        return [tuple(plain(v) for v in row) for row in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


# --- `make audit`: the attack list of issue 19 as held / broken -------------------------------------
AUDIT_MODULES = ("test_hardening.py", "test_pseudonyms.py", "test_import_limits.py")


def pytest_terminal_summary(terminalreporter):
    """After a run that tried attacks, say how many held and how many broke."""
    held = broken = 0
    for outcome, key in (("passed", "held"), ("failed", "broken"), ("error", "broken")):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") in ("call", "setup") and any(
                    m in report.nodeid for m in AUDIT_MODULES):
                if key == "held" and report.when == "call":
                    held += 1
                elif key == "broken":
                    broken += 1
    if held or broken:
        terminalreporter.write_line(f"attacks: {held} held, {broken} broken")
