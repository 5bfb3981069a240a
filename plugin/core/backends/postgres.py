"""A shared welfare database: a schema of a PostgreSQL/PostGIS server, named
'postgresql://[user@]host[:port]/dbname#schema' or 'service=NAME#schema' (a pg_service.conf
entry). Its value, its connections (which take sqlite3-style SQL: the read queries of the dock and
the filters are written once, in SQL both engines speak) and its engine helpers.

A password is held by the value in memory only (never in its name, its repr, a log or a
message) and handed to psycopg2 as a keyword. Plain Python; psycopg2 is imported when connecting."""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from . import Capabilities, LayerSource, OlderModelError

PREFIXES = ("postgresql://", "postgres://", "service=")

#: QGIS's name of its PostgreSQL data provider (layers, saved connections, authentication)
PROVIDER = "postgres"

# no statement of a run may hold the shared database longer than this (a filter that would scan
# forever, a lock someone forgot): the server stops it and the run reports it
TIMEOUT = "-c statement_timeout=300000"

SPATIAL = {"districts", "households", "facilities", "reports", "base_roads", "base_buildings", "base_entrances"}

_TABLE = re.compile(r'\btable="(?:[^"]|"")*"\."((?:[^"]|"")*)"')
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_KEYWORD_PASSWORD = re.compile(r"\s*\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")

# passwords of the databases named in this session, by name: a name found again later (in a
# project's layer group) connects as it did. In memory only, never written anywhere.
_PASSWORDS: dict[str, str] = {}


def translate(sql: str) -> str:
    """sqlite3 placeholders to psycopg2's: '%' doubled, '?' to '%s', ':name' to '%(name)s'
    (casts such as '::date' are left alone)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(lambda m: f"%({m.group(1)})s", sql)


def _quote(value: str) -> str:
    """A value of a QGIS data source uri (as QgsDataSourceUri quotes it)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _without_password(dsn: str) -> tuple[str, str | None]:
    """(dsn, password) with the password taken out of a URI's user info or query, or out of a
    keyword dsn."""
    if not dsn.startswith(("postgresql://", "postgres://")):
        match = _KEYWORD_PASSWORD.search(dsn)
        if not match:
            return dsn, None
        password = match.group(1)
        if password.startswith("'"):
            password = re.sub(r"\\(.)", r"\1", password[1:-1])
        return (dsn[:match.start()] + dsn[match.end():]).strip(), password
    parts = urlsplit(dsn)
    password = None
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if at and ":" in userinfo:
        user, _, secret = userinfo.partition(":")
        password = unquote(secret)
        netloc = f"{user}@{hostport}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == "password" for key, _ in query):
        password = password or next(value for key, value in query if key == "password")
        query = [(key, value) for key, value in query if key != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment)), password


class PostgresBackend:
    """The SQL helpers of a shared database's connection."""

    name = "postgresql"

    def locked(self, error: BaseException) -> bool:
        """A server waits for its locks (up to the statement timeout): never 'held by another program'."""
        return False

    def errors(self) -> tuple[type[BaseException], ...]:
        try:
            import psycopg2
        except ImportError:
            return ()
        return (psycopg2.Error,)

    def audit(self, conn: Any, action: str, table: str | None, detail: str, user: str | None = None) -> None:
        """One audit row written by the server as the login (``log_event``: staff may not write
        the audit log themselves); ``user`` is not needed. The caller commits."""
        conn.execute("SELECT log_event(?, ?, ?)", (action, table, detail))

    def geometry(self, column: str) -> str:
        return f"ST_AsBinary({column})"

    def decode_geometry(self, value: Any) -> Any:
        if value is None:
            return None
        from shapely import wkb

        return wkb.loads(bytes(value))

    def srs(self, conn: Any, epsg: int) -> tuple[str, str]:
        from pyproj import CRS

        crs = CRS.from_epsg(epsg)
        return crs.name, crs.to_wkt("WKT1_GDAL")

    def crs_epsg(self, conn: Any) -> int:
        return int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])

    def srs_id(self, conn: Any, table: str = "households") -> int:
        return self.crs_epsg(conn)  # every geometry column is in the database's CRS

    def geometry_mark(self, conn: Any) -> str:
        return f"ST_SetSRID(ST_GeomFromWKB(?), {self.crs_epsg(conn)})"

    def point_value(self, conn: Any, x: float, y: float, srs: int | None = None) -> bytes:
        return struct.pack("<BIdd", 1, 1, x, y)

    def geometry_value(self, conn: Any, geometry: Any, srs: int | None = None) -> bytes:
        """Any shapely geometry as the value for :meth:`geometry_mark` (WKB)."""
        return geometry.wkb

    def refresh_extent(self, conn: Any, table: str) -> None:
        """Nothing: the server knows its tables' extents."""

    def import_writer(self, conn: Any, table: str, **kw: Any) -> Any:
        from .pg_writer import PostgresWriter

        return PostgresWriter(conn, table, **kw)


POSTGRES = PostgresBackend()


@dataclass(frozen=True)
class Postgres:
    """A schema of a PostgreSQL server: ``dsn`` (a libpq URI or 'service=NAME', without
    password), ``schema``, and the login's password when it is not in the service file or
    ~/.pgpass (in memory only: not in ``str()``, ``repr()`` or :attr:`display_name`)."""

    dsn: str
    schema: str = "welfare"
    password: str | None = field(default=None, repr=False, compare=False)

    PROVIDER = PROVIDER

    def __post_init__(self) -> None:
        from ..pg import check_name

        dsn, password = _without_password(str(self.dsn))
        object.__setattr__(self, "dsn", dsn)
        object.__setattr__(self, "schema", check_name(self.schema or "welfare"))
        if self.password is None:
            object.__setattr__(self, "password", password or _PASSWORDS.get(str(self)))
        if self.password is not None:
            _PASSWORDS[str(self)] = self.password

    @staticmethod
    def names(text: str) -> bool:
        """Whether ``text`` names a shared database (rather than a file)."""
        return str(text).startswith(PREFIXES)

    @classmethod
    def from_name(cls, text: str) -> Postgres:
        """The value of 'dsn#schema' (schema 'welfare' when left out)."""
        dsn, hash_, schema = str(text).rpartition("#")
        if not hash_:
            dsn, schema = str(text), ""
        return cls(dsn, schema or "welfare")

    @classmethod
    def from_parts(cls, *, service: str = "", host: str = "", port: str | int = "", dbname: str = "",
                   user: str = "", schema: str = "welfare", password: str | None = None) -> Postgres:
        """The value of a connection given by its parts (a service, or host, port, database and
        user), as QGIS keeps a saved connection."""
        if service:
            return cls(f"service={service}", schema, password=password)
        login = quote(user, safe="")
        dsn = (f"postgresql://{login + '@' if login else ''}{host or 'localhost'}{f':{port}' if port else ''}"
               f"/{quote(dbname, safe='')}")
        return cls(dsn, schema, password=password)

    def __str__(self) -> str:
        return f"{self.dsn}#{self.schema}"

    @property
    def display_name(self) -> str:
        """Host, database and schema — never a user name or password."""
        if self.dsn.startswith("service="):
            return f"{self.dsn.split('=', 1)[1].split()[0]}#{self.schema}"
        parsed = urlsplit(self.dsn)
        return f"{parsed.hostname or 'localhost'}/{parsed.path.lstrip('/')}#{self.schema}"

    @property
    def title(self) -> str:
        name = self.dsn.split("@")[-1] if "@" in self.dsn else self.dsn
        return f"{name} ({self.schema})"

    @property
    def table_prefix(self) -> str:
        return f"{self.schema}."

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(server_checks_stale_edits=True, rows_per_login=True, audit_by_login=True)

    @property
    def backend(self) -> PostgresBackend:
        return POSTGRES

    def files(self) -> tuple:
        return ()

    def layer_source(self, table: str, keep_password: bool = False) -> LayerSource:
        """The QGIS 'postgres' source of ``schema.table``; no password in it (QGIS takes it from
        the service file, ~/.pgpass or its authentication database) unless ``keep_password``, for
        a layer that lives only in one run and is never saved."""
        if self.dsn.startswith("service="):
            parts = [f"service={_quote(self.dsn.split('=', 1)[1].split()[0])}"]
        else:
            parsed = urlsplit(self.dsn)
            parts = [f"dbname={_quote(unquote(parsed.path.lstrip('/')))}"]
            if parsed.hostname:
                parts.append(f"host={parsed.hostname}")
            parts.append(f"port={parsed.port or 5432}")
            if parsed.username:
                parts.append(f"user={_quote(unquote(parsed.username))}")
        if keep_password and self.password:
            parts.append(f"password={_quote(self.password)}")
        parts.append("key='fid'")
        geometry = " (geom)" if table in SPATIAL else ""
        parts.append(f'table="{self.schema}"."{table}"{geometry}')
        return LayerSource(" ".join(parts), PROVIDER, table)

    @staticmethod
    def table_in(uri: str) -> str | None:
        """The table of a QGIS 'postgres' layer source (None when it names none)."""
        match = _TABLE.search(uri)
        return match.group(1).replace('""', '"') if match else None

    def connect_server(self, **options: Any) -> Any:
        """A plain psycopg2 connection to the server (for the model's own work: creating,
        moving up, adding a person)."""
        import psycopg2

        return psycopg2.connect(self.dsn, password=self.password, **options)

    def connect(self) -> SharedWriter:
        """A read-write connection for the login; ``with`` makes one transaction. A database of an
        older model version is upgraded by its owner on connecting; any other login gets
        :class:`OlderModelError`."""
        writer = SharedWriter(self)
        try:
            _upgrade(writer)
        except BaseException:
            writer.close()
            raise
        return writer

    def connect_readonly(self) -> SharedReader:
        """A read-only connection (an older model version upgraded first, as by :meth:`connect`)."""
        from .. import schema as model

        reader = SharedReader(self)
        version = _version(reader)
        if version is not None and version != model.SCHEMA_VERSION:
            reader.close()
            self.connect().close()  # the owner upgrades; anyone else gets OlderModelError
            reader = SharedReader(self)
        return reader


def _database(database: Any) -> Postgres:
    return database if isinstance(database, Postgres) else Postgres.from_name(str(database))


class SharedReader:
    """A read-only psycopg2 connection that takes sqlite3-style SQL; tables resolve in the
    welfare schema (search_path)."""

    backend = POSTGRES

    def __init__(self, database: Any) -> None:
        self.database = _database(database)
        self.schema = self.database.schema
        self.conn = self.database.connect_server(options=TIMEOUT)
        self.conn.set_session(readonly=True, autocommit=True)
        self.conn.cursor().execute(f"SET search_path TO {self.schema}, public")

    def execute(self, sql: str, params: Any = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(translate(sql), params if params else None)
        return cur

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SharedReader:
        return self

    def __exit__(self, *_: Any) -> Any:
        self.close()


class SharedWriter(SharedReader):
    """A read-write connection for a login; ``with`` makes one transaction (commit or roll back),
    as with sqlite3."""

    def __init__(self, database: Any) -> None:
        self.database = _database(database)
        self.schema = self.database.schema
        self.conn = self.database.connect_server(options=TIMEOUT)
        cur = self.conn.cursor()
        cur.execute(f"SET search_path TO {self.schema}, public")
        self.conn.commit()

    def executemany(self, sql: str, rows: Any) -> Any:
        cur = self.conn.cursor()
        cur.executemany(translate(sql), rows)
        return cur

    def commit(self) -> None:
        self.conn.commit()

    def rollback(self) -> None:
        self.conn.rollback()

    def __enter__(self) -> SharedWriter:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if kind is None:
            self.conn.commit()
        else:
            self.conn.rollback()


def _version(conn: SharedReader) -> int | None:
    """The model version the schema says it has (None when it is not a welfare database)."""
    from .. import pg

    try:
        return pg.schema_version(conn.conn, conn.schema)
    except POSTGRES.errors():
        if not conn.conn.autocommit:
            conn.conn.rollback()
        return None


def _upgrade(writer: SharedWriter) -> None:
    """A shared database of an older model version is upgraded by its owner on connecting; any
    other login is told who must do it."""
    from .. import pg
    from .. import schema as model

    version = _version(writer)
    if version is None or version == model.SCHEMA_VERSION:
        return
    try:
        pg.upgrade(writer.conn, writer.schema)
        writer.conn.commit()
    except POSTGRES.errors() as exc:
        writer.conn.rollback()
        raise OlderModelError(
            f"the shared database {writer.schema} is of model version {version} and this plugin needs "
            f"{model.SCHEMA_VERSION}: its owner (the login that made it) must connect once to upgrade it ({exc})") from exc
