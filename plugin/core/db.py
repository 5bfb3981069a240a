"""One way to read a welfare database, whichever it is: a GeoPackage (sqlite3) or a shared
PostgreSQL database named as '<postgresql://… or service=NAME>#<schema>'. The read queries of
the dock and the filters are written once, in SQL both engines speak; this module adapts the
placeholders (sqlite3's ``?`` and ``:name`` to psycopg2's) and the schema.

Plain Python."""
import re

from . import gpkg

SHARED_PREFIXES = ("postgresql://", "postgres://", "service=")


def is_shared(database):
    return str(database).startswith(SHARED_PREFIXES)


def split(database):
    """(dsn, schema) of a shared database name."""
    dsn, _, schema = str(database).rpartition("#")
    from .pg import check_name

    return dsn, check_name(schema or "welfare")


# no statement of a run may hold the shared database longer than this (a filter that would scan
# forever, a lock someone forgot): the server stops it and the run reports it
TIMEOUT = "-c statement_timeout=300000"

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def translate(sql):
    """sqlite3 placeholders to psycopg2's: '%' doubled, '?' to '%s', ':name' to '%(name)s'
    (casts such as '::date' are left alone)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(lambda m: f"%({m.group(1)})s", sql)


class SharedReader:
    """A read-only psycopg2 connection that takes sqlite3-style SQL; tables resolve in the
    welfare schema (search_path)."""

    dialect = "postgresql"

    def __init__(self, database):
        import psycopg2

        dsn, self.schema = split(database)
        self.conn = psycopg2.connect(dsn, options=TIMEOUT)
        self.conn.set_session(readonly=True, autocommit=True)
        self.conn.cursor().execute(f"SET search_path TO {self.schema}, public")

    def execute(self, sql, params=()):
        cur = self.conn.cursor()
        cur.execute(translate(sql), params if params else None)
        return cur

    def close(self):
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()


class SharedWriter(SharedReader):
    """A read-write connection for a login; ``with`` makes one transaction (commit or roll back),
    as with sqlite3."""

    def __init__(self, database):
        import psycopg2

        dsn, self.schema = split(database)
        self.conn = psycopg2.connect(dsn, options=TIMEOUT)
        cur = self.conn.cursor()
        cur.execute(f"SET search_path TO {self.schema}, public")
        self.conn.commit()

    def executemany(self, sql, rows):
        cur = self.conn.cursor()
        cur.executemany(translate(sql), rows)
        return cur

    def commit(self):
        self.conn.commit()

    def rollback(self):
        self.conn.rollback()

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        if kind is None:
            self.conn.commit()
        else:
            self.conn.rollback()
        return False


class OlderModelError(Exception):
    """A shared database of an older model version, opened by a login that may not upgrade it."""


def _current(conn, schema=None):
    """The model version a welfare database says it has (None for a file that is not one)."""
    from . import pg
    from . import schema as model

    errors_ = errors()
    try:
        return pg.schema_version(conn.conn, schema) if schema else model.schema_version(conn)
    except errors_:
        if schema:
            conn.conn.rollback()
        return None


def _upgraded(conn):
    """An open GeoPackage connection, its database brought up to this plugin's model version first
    (one transaction); closed when the upgrade fails."""
    from . import schema as model

    version = _current(conn)
    if version is not None and version != model.SCHEMA_VERSION:
        try:
            model.upgrade(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def upgrade_gpkg(path):
    """Upgrade a welfare GeoPackage of an older model version in place (one transaction)."""
    _upgraded(gpkg.connect(path)).close()


def _upgrade_shared(writer):
    """A shared database of an older model version is upgraded by its owner on connecting; any
    other login is told who must do it."""
    from . import pg
    from . import schema as model

    version = _current(writer, writer.schema)
    if version is None or version == model.SCHEMA_VERSION:
        return
    try:
        pg.upgrade(writer.conn, writer.schema)
        writer.conn.commit()
    except errors() as exc:
        writer.conn.rollback()
        raise OlderModelError(
            f"the shared database {writer.schema} is of model version {version} and this plugin needs "
            f"{model.SCHEMA_VERSION}: its owner (the login that made it) must connect once to upgrade it ({exc})") from exc


def connect(database):
    """A read-write connection to a GeoPackage path or a shared database name; use ``with`` for
    a transaction (as with sqlite3), and close() when done. A database of an older model
    version is upgraded first (:func:`.schema.upgrade`, :func:`.pg.upgrade`)."""
    if is_shared(database):
        writer = SharedWriter(database)
        try:
            _upgrade_shared(writer)
        except BaseException:
            writer.close()
            raise
        return writer
    return _upgraded(gpkg.connect(database))


def connect_readonly(database):
    """A read-only connection to a GeoPackage path or a shared database name (an older model
    version upgraded first, as by :func:`connect`)."""
    from . import schema as model

    if is_shared(database):
        reader = SharedReader(database)
        version = _current(reader, reader.schema)
        if version is not None and version != model.SCHEMA_VERSION:
            reader.close()
            connect(database).close()  # the owner upgrades; anyone else gets OlderModelError
            reader = SharedReader(database)
        return reader
    conn = gpkg.connect_readonly(database)
    version = _current(conn)
    if version is not None and version != model.SCHEMA_VERSION:
        conn.close()
        upgrade_gpkg(database)
        conn = gpkg.connect_readonly(database)
    return conn


def table_prefix(database):
    """How SQL handed to a QGIS layer (its filter) names the other tables: 'schema.' for a
    shared database, '' for a GeoPackage."""
    return f"{split(database)[1]}." if is_shared(database) else ""


def dialect(conn):
    """'postgresql' for a shared connection, 'sqlite' for a GeoPackage's."""
    return getattr(conn, "dialect", "sqlite")


def display_name(database):
    """A database's name fit for a log or a message: a GeoPackage's file name, a shared
    database's host, database and schema — never a user name or password."""
    if not is_shared(database):
        from pathlib import Path

        return Path(str(database)).name
    dsn, schema = split(database)
    if dsn.startswith("service="):
        return f"{dsn.split('=', 1)[1].split()[0]}#{schema}"
    from urllib.parse import urlparse

    parsed = urlparse(dsn)
    return f"{parsed.hostname or 'localhost'}/{parsed.path.lstrip('/')}#{schema}"


def audit(conn, action, table, detail, user=None):
    """One audit row for a print or an export. On a shared database the server writes it as the
    login (``log_event``: staff may not write the audit log themselves); in a GeoPackage, as
    ``user``. The caller commits."""
    if dialect(conn) == "postgresql":
        conn.execute("SELECT log_event(?, ?, ?)", (action, table, detail))
    else:
        conn.execute("INSERT INTO audit_log (user, action, table_name, detail) VALUES (?, ?, ?, ?)",
                     (user, action, table, detail))


def geometry(conn, column):
    """SQL reading a geometry column as bytes :func:`decode_geometry` takes."""
    return f"ST_AsBinary({column})" if dialect(conn) == "postgresql" else column


def decode_geometry(conn, value):
    """The shapely geometry of what :func:`geometry` read (None for NULL)."""
    if value is None:
        return None
    if dialect(conn) == "postgresql":
        from shapely import wkb

        return wkb.loads(bytes(value))
    return gpkg.decode(value)


def srs(conn, epsg):
    """(name, WKT) of the database's CRS."""
    if dialect(conn) == "postgresql":
        from pyproj import CRS

        crs = CRS.from_epsg(epsg)
        return crs.name, crs.to_wkt("WKT1_GDAL")
    return conn.execute("SELECT srs_name, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (epsg,)).fetchone()


def day(value):
    """A date from what either engine returns for a DATE column (text or a date)."""
    import datetime as dt

    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def text_day(value):
    """A date column's value as 'YYYY-MM-DD' text, whichever engine read it."""
    return None if value is None else str(value)[:10]


def errors():
    """The exception classes a bad query raises, whichever the engine."""
    import sqlite3

    try:
        import psycopg2
    except ImportError:
        return (sqlite3.Error,)
    return sqlite3.Error, psycopg2.Error


def crs_epsg(conn):
    """The EPSG code of the database's CRS (its settings)."""
    return int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])


def geometry_mark(conn):
    """The placeholder for a geometry written from :func:`point_value`."""
    return f"ST_SetSRID(ST_GeomFromWKB(?), {crs_epsg(conn)})" if dialect(conn) == "postgresql" else "?"


def srs_id(conn, table="households"):
    """The GeoPackage srs_id of a table's geometry column."""
    return conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()[0]


def point_value(conn, x, y, srs=None):
    """A point in the database's CRS as the value for :func:`geometry_mark`: WKB for the server,
    a GeoPackage blob for a GeoPackage (``srs``: the srs_id, looked up when not given)."""
    if dialect(conn) == "postgresql":
        import struct

        return struct.pack("<BIdd", 1, 1, x, y)
    return gpkg.encode_point(x, y, srs if srs is not None else srs_id(conn))
