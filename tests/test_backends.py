"""The database values and their engines (plugin/core/backends): names read and written back,
passwords kept out of every name, message and repr, a saved QGIS connection with its login in
QGIS's authentication database, the engine of an open connection, QGIS layers of both engines."""
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest

from welfare_visit_map.plugin.core import backends, db, gpkg
from welfare_visit_map.plugin.core.backends import GeoPackage, Postgres, backend_of, parse

SECRET = "s3cret-패스:@/#?'"


@pytest.mark.parametrize("name", [
    "/tmp/a #1/w.gpkg", "relative/w.GPKG", "postgresql://kim@127.0.0.1:5432/wvm#welfare",
    "postgres://db.example/welfare#seodaemun", "service=seodaemun#welfare", "postgresql://h/d%20b#s"])
def test_a_name_is_read_back_as_it_was_written(name):
    value = parse(name)
    assert str(value) == name and parse(str(value)) == value and parse(value) is value


def test_what_a_name_stands_for():
    assert parse("/tmp/a #1/w.gpkg") == GeoPackage("/tmp/a #1/w.gpkg") and parse(Path("/x/y.gpkg")) == GeoPackage("/x/y.gpkg")
    assert parse("service=x") == Postgres("service=x", "welfare")
    assert parse("postgresql://u@h:5433/d#s") == Postgres("postgresql://u@h:5433/d", "s")
    assert db.split("service=seodaemun#welfare") == ("service=seodaemun", "welfare")
    gp, pgv = parse("/tmp/w.gpkg"), parse("service=x#seodaemun")
    assert gp.files() == (Path("/tmp/w.gpkg"),) and pgv.files() == ()
    assert (gp.table_prefix, pgv.table_prefix) == ("", "seodaemun.")
    assert not gp.capabilities.server_checks_stale_edits and pgv.capabilities.server_checks_stale_edits
    assert not gp.capabilities.rows_per_login and pgv.capabilities.rows_per_login
    assert (gp.display_name, pgv.display_name) == ("w.gpkg", "x#seodaemun")
    assert parse("postgresql://kim@db.example:5432/wvm#welfare").display_name == "db.example/wvm#welfare"
    assert GeoPackage.file_name("/x/new") == "/x/new.gpkg" and GeoPackage.file_name("/x/a.GPKG") == "/x/a.GPKG"
    with pytest.raises(ValueError):
        parse("service=x#welfare; DROP TABLE households")


@pytest.mark.parametrize("name", [
    "postgresql://kim:{}@127.0.0.1:5432/wvm#welfare", "postgresql://kim@127.0.0.1/wvm?password={}#welfare",
    "service=seodaemun password={}#welfare"])
def test_a_password_in_a_name_goes_into_the_value_and_nowhere_else(name):
    from urllib.parse import quote

    secret = "pw-" + str(time.time_ns())
    value = parse(name.format(quote(secret, safe="") if "://" in name else secret))
    assert value.password == secret
    for text in (str(value), repr(value), value.display_name, value.title, repr(value.layer_source("households")),
                 value.layer_source("households").uri, str(parse(str(value)))):
        assert secret not in text and quote(secret, safe="") not in text
    assert secret in value.layer_source("households", keep_password=True).uri  # one run's layer only
    assert value == Postgres(value.dsn, value.schema)  # the password is not part of what the database is


def test_a_password_never_reaches_a_message():
    value = Postgres("postgresql://nobody_here@127.0.0.1:1/none", "welfare", password=SECRET)
    for text in (str(value), repr(value), value.display_name, value.title):
        assert "s3cret" not in text
    with pytest.raises(Exception) as failed:
        value.connect()
    assert "s3cret" not in str(failed.value) and "s3cret" not in repr(failed.value)


@pytest.fixture(scope="module")
def password_login(pg_server, demo_server):
    """A staff login of the demo database that must give its password (every other login of the
    test server is trusted): the server's pg_hba.conf asks this one for it."""
    import psycopg2

    from welfare_visit_map.plugin.core import pg

    login = "wvm_pw_login"
    admin = psycopg2.connect(dbname="wvm_demo", **pg_server)
    admin.autocommit = True
    cur = admin.cursor()
    cur.execute("SHOW hba_file")
    hba = Path(cur.fetchone()[0])
    original = hba.read_text()
    hba.write_text(f"host all {login} 127.0.0.1/32 scram-sha-256\n{original}")
    cur.execute("SELECT pg_reload_conf()")
    pg.add_person(admin, login, "staff", ["1141055500"])
    cur.execute(f"ALTER ROLE {login} PASSWORD %s", (SECRET,))
    for _ in range(50):  # the server reads its pg_hba.conf again in a moment
        try:
            psycopg2.connect(dbname="wvm_demo", **dict(pg_server, user=login)).close()
        except psycopg2.OperationalError:
            break
        time.sleep(0.1)
    try:
        yield login
    finally:
        hba.write_text(original)
        cur.execute("SELECT pg_reload_conf()")
        admin.close()


def test_a_saved_connection_with_an_auth_config_connects_with_the_password_in_memory(
        qgis_app, pg_server, demo_server, password_login):
    import psycopg2
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProviderRegistry

    from welfare_visit_map.plugin.algorithms.common import resolve_database
    from welfare_visit_map.plugin.project import vector_layer

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("test master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("비밀번호 로그인")
    config.setConfig("username", password_login)
    config.setConfig("password", SECRET)
    assert manager.storeAuthenticationConfig(config)[0]
    metadata = QgsProviderRegistry.instance().providerMetadata(Postgres.PROVIDER)
    metadata.saveConnection(metadata.createConnection(
        f"host=127.0.0.1 port={pg_server['port']} dbname='wvm_demo' authcfg={config.id()}", {}), "비밀번호 연결")
    try:
        value = resolve_database("비밀번호 연결#welfare")
    finally:
        metadata.deleteConnection("비밀번호 연결")
    assert isinstance(value, Postgres) and value.password == SECRET and value.schema == "welfare"
    for text in (str(value), repr(value), value.display_name, db.display_name(value)):
        assert "s3cret" not in text
    with pytest.raises(psycopg2.OperationalError):  # the server does ask this login for its password
        psycopg2.connect(value.dsn).close()
    with pytest.raises(psycopg2.OperationalError) as refused:
        replace(value, password="wrong").connect()
    assert "wrong" not in str(refused.value)
    conn = db.connect(value)
    try:
        assert conn.execute("SELECT current_user").fetchone()[0] == password_login
        assert conn.execute("SELECT count(*) FROM households").fetchone()[0] > 0  # 천연동's, as the server lets it
        assert backend_of(conn) is backends.POSTGRES
    finally:
        conn.close()
    reader = db.connect_readonly(value)
    reader.close()
    layer = vector_layer(value, "households", keep_password=True)
    assert layer.isValid() and layer.featureCount() > 0
    del layer


def test_the_engine_of_an_open_connection(demo_database):
    from shapely.geometry import Point

    with_engine = db.connect_readonly(demo_database)
    try:
        backend = backend_of(with_engine)
        assert backend is parse(demo_database).backend
        geom = with_engine.execute(f"SELECT {db.geometry(with_engine, 'geom')} FROM households LIMIT 1").fetchone()[0]
        assert isinstance(db.decode_geometry(with_engine, geom), Point)
        epsg = db.crs_epsg(with_engine)
        assert db.srs_id(with_engine) == epsg and db.srs(with_engine, epsg)[1]
    finally:
        with_engine.close()


def test_a_plain_sqlite_connection_is_a_geopackages(demo_dir):
    plain = sqlite3.connect(str(demo_dir / "demo.gpkg"))
    try:
        assert backend_of(plain) is backends.GEOPACKAGE
    finally:
        plain.close()
    conn = gpkg.connect_readonly(demo_dir / "demo.gpkg")
    try:
        assert isinstance(conn, gpkg.Connection) and conn.backend is backends.GEOPACKAGE
    finally:
        conn.close()


def test_the_import_writer_is_the_engines(demo_dir, tmp_path):
    import shutil

    copy = tmp_path / "w.gpkg"
    shutil.copy(demo_dir / "demo.gpkg", copy)
    conn = db.connect(copy)
    try:
        writer = db.import_writer(conn, "households", user="tester")
        assert type(writer).__name__ == "GeoPackageWriter"
    finally:
        conn.close()


@pytest.mark.parametrize("table", ["households", "visits", "districts"])
def test_a_layer_source_opens_a_valid_qgis_layer_on_both_engines(qgis_app, demo_database, table):
    from qgis.core import QgsDataSourceUri

    from welfare_visit_map.plugin.project import vector_layer

    value = parse(demo_database)
    source = value.layer_source(table)
    layer = vector_layer(value, table)
    assert layer.isValid() and layer.featureCount() > 0 and layer.providerType() == source.provider
    assert backends.table_in_source(layer.providerType(), layer.source()) == table
    if not value.files():  # what QGIS itself reads of the source
        uri = QgsDataSourceUri(source.uri)
        assert (uri.schema(), uri.table(), uri.keyColumn()) == (value.schema, table, "fid")
        assert uri.geometryColumn() == ("" if table == "visits" else "geom")
    del layer
