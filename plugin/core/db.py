"""One way to read a welfare database, whichever it is: a GeoPackage (sqlite3) or a shared
PostgreSQL database named as '<postgresql://… or service=NAME>#<schema>'. A thin facade over
:mod:`.backends` with the names the callers have always used: each function takes a database
(its name, a str, or a :class:`.backends.Database` value) or an open connection, and hands the
work to the value (:func:`.backends.parse`) or to the connection's engine
(:func:`.backends.backend_of`). The read queries of the dock and the filters are written once,
in SQL both engines speak; a shared connection adapts the placeholders and the schema.

Plain Python."""
from . import backends
from .backends import OlderModelError, backend_of, parse
from .backends.postgres import PREFIXES as SHARED_PREFIXES
from .backends.postgres import TIMEOUT, SharedReader, SharedWriter, translate

__all__ = ["SHARED_PREFIXES", "TIMEOUT", "OlderModelError", "SharedReader", "SharedWriter", "audit", "backend_of",
           "connect", "connect_readonly", "crs_epsg", "day", "decode_geometry", "display_name", "errors", "geometry",
           "geometry_mark", "is_shared", "parse", "point_value", "split", "srs", "srs_id", "table_prefix", "text_day",
           "translate", "upgrade_gpkg"]


def is_shared(database):
    """Whether a database is a server's (for the model's own modules and the tests: callers ask the
    value what they need to know instead, see :class:`.backends.Capabilities`)."""
    return isinstance(parse(database), backends.Postgres)


def split(database):
    """(dsn, schema) of a shared database (the dsn without password)."""
    value = parse(database)
    if not isinstance(value, backends.Postgres):
        raise ValueError(f"{value.display_name} is not a shared database")
    return value.dsn, value.schema


def upgrade_gpkg(path):
    """Upgrade a welfare GeoPackage of an older model version in place (one transaction)."""
    backends.GeoPackage(str(path)).upgrade()


def connect(database):
    """A read-write connection to a database; use ``with`` for a transaction (as with sqlite3),
    and close() when done. A database of an older model version is upgraded first
    (:func:`.schema.upgrade`, :func:`.pg.upgrade`)."""
    return parse(database).connect()


def connect_readonly(database):
    """A read-only connection to a database (an older model version upgraded first, as by
    :func:`connect`)."""
    return parse(database).connect_readonly()


def table_prefix(database):
    """How SQL handed to a QGIS layer (its filter) names the other tables: 'schema.' for a
    shared database, '' for a GeoPackage."""
    return parse(database).table_prefix


def display_name(database):
    """A database's name fit for a log or a message: a GeoPackage's file name, a shared
    database's host, database and schema — never a user name or password."""
    return parse(database).display_name


def audit(conn, action, table, detail, user=None):
    """One audit row for a print or an export. On a shared database the server writes it as the
    login (``log_event``: staff may not write the audit log themselves); in a GeoPackage, as
    ``user``. The caller commits."""
    backend_of(conn).audit(conn, action, table, detail, user)


def geometry(conn, column):
    """SQL reading a geometry column as bytes :func:`decode_geometry` takes."""
    return backend_of(conn).geometry(column)


def decode_geometry(conn, value):
    """The shapely geometry of what :func:`geometry` read (None for NULL)."""
    if value is None:
        return None
    return backend_of(conn).decode_geometry(value)


def srs(conn, epsg):
    """(name, WKT) of the database's CRS."""
    return backend_of(conn).srs(conn, epsg)


def errors():
    """The exception classes a bad query raises, whichever the engine."""
    return backends.errors()


def crs_epsg(conn):
    """The EPSG code of the database's CRS (its settings)."""
    return backend_of(conn).crs_epsg(conn)


def geometry_mark(conn):
    """The placeholder for a geometry written from :func:`point_value`."""
    return backend_of(conn).geometry_mark(conn)


def srs_id(conn, table="households"):
    """The srs_id of a table's geometry column."""
    return backend_of(conn).srs_id(conn, table)


def point_value(conn, x, y, srs=None):
    """A point in the database's CRS as the value for :func:`geometry_mark`: WKB for the server,
    a GeoPackage blob for a GeoPackage (``srs``: the srs_id, looked up when not given)."""
    return backend_of(conn).point_value(conn, x, y, srs)


def import_writer(conn, table, **kw):
    """The bulk import writer of the connection's engine."""
    return backend_of(conn).import_writer(conn, table, **kw)


def day(value):
    """A date from what either engine returns for a DATE column (text, a date or a timestamp);
    None for NULL or empty text."""
    import datetime as dt

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def text_day(value):
    """A date column's value as 'YYYY-MM-DD' text, whichever engine read it."""
    return None if value is None else str(value)[:10]
