"""The database engines (GeoPackage, PostgreSQL) behind one interface.

A welfare database is a value — :class:`.geopackage.GeoPackage` (a file) or
:class:`.postgres.Postgres` (a schema on a server) — made by :func:`parse` from what a user, a
project or a Processing parameter names it with (the only place that looks at that name's form).
The value connects (:meth:`Database.connect`, :meth:`Database.connect_readonly`), names itself
without secrets (``str()``, :attr:`Database.display_name`), says which files it is
(:meth:`Database.files`), how QGIS opens one of its tables (:meth:`Database.layer_source`) and
what its users must be told (:attr:`Database.capabilities`). An open connection leads to its
engine's SQL helpers through :func:`backend_of`.

Plain Python (no QGIS); psycopg2 is imported only when a server is connected to."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, Union


class OlderModelError(Exception):
    """A shared database of an older model version, opened by a login that may not upgrade it."""


@dataclass(frozen=True)
class LayerSource:
    """How QGIS opens one table of a database: ``QgsVectorLayer(uri, name, provider)``. The uri
    may hold a password (only when asked for, for a layer of one run): it is never in the repr."""

    uri: str = field(repr=False)
    provider: str
    table: str


@dataclass(frozen=True)
class Capabilities:
    """What the users of a database must be told, or what the plugin need not do itself."""

    #: the server refuses a save over someone else's newer edit itself (no client-side guard)
    server_checks_stale_edits: bool
    #: what a user sees and may change is decided per login (the dock says so)
    rows_per_login: bool
    #: the audit log is written by the database as the login (not by the plugin as a user name)
    audit_by_login: bool


class Backend(Protocol):
    """The SQL helpers of one engine, reachable from an open connection (:func:`backend_of`)."""

    name: str

    def errors(self) -> tuple[type[BaseException], ...]: ...

    def locked(self, error: BaseException) -> bool: ...

    def audit(self, conn: Any, action: str, table: str | None, detail: str, user: str | None = None) -> None: ...

    def geometry(self, column: str) -> str: ...

    def decode_geometry(self, value: Any) -> Any: ...

    def srs(self, conn: Any, epsg: int) -> tuple[str, str]: ...

    def crs_epsg(self, conn: Any) -> int: ...

    def srs_id(self, conn: Any, table: str = "households") -> int: ...

    def geometry_mark(self, conn: Any) -> str: ...

    def point_value(self, conn: Any, x: float, y: float, srs: int | None = None) -> bytes: ...

    def import_writer(self, conn: Any, table: str, **kw: Any) -> Any: ...

    def geometry_value(self, conn: Any, geometry: Any, srs: int | None = None) -> bytes: ...

    def refresh_extent(self, conn: Any, table: str) -> None: ...


class Database(Protocol):
    """What every database value offers (see :class:`.geopackage.GeoPackage`,
    :class:`.postgres.Postgres`)."""

    @property
    def display_name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def table_prefix(self) -> str: ...

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def backend(self) -> Backend: ...

    def connect(self) -> Any: ...

    def connect_readonly(self) -> Any: ...

    def files(self) -> tuple[Path, ...]: ...

    def layer_source(self, table: str, keep_password: bool = False) -> LayerSource: ...


from .geopackage import GEOPACKAGE, GeoPackage  # noqa: E402 - the values need the types above
from .postgres import POSTGRES, Postgres  # noqa: E402

DatabaseValue = Union[GeoPackage, Postgres]


def parse(value: str | os.PathLike | DatabaseValue) -> DatabaseValue:
    """The database a name stands for: 'postgresql://…#schema', 'postgres://…#schema' or
    'service=NAME#schema' (schema 'welfare' when left out) is a server's; anything else a
    GeoPackage's path. A value is returned as it is."""
    if isinstance(value, (GeoPackage, Postgres)):
        return value
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    if Postgres.names(text):
        return Postgres.from_name(text)
    return GeoPackage(text)


def table_in_source(provider: str, uri: str) -> str | None:
    """The table a QGIS layer of a welfare database shows, from its provider and source (None
    for a layer that is not one of a database's tables)."""
    for kind in (GeoPackage, Postgres):
        if provider == kind.PROVIDER:
            return kind.table_in(uri)
    return None


def backend_of(conn: Any) -> Backend:
    """The engine helpers of an open connection (a plain sqlite3 connection is a GeoPackage's)."""
    return getattr(conn, "backend", None) or GEOPACKAGE


def errors() -> tuple[type[BaseException], ...]:
    """The exception classes a bad query raises, whichever the engine."""
    return GEOPACKAGE.errors() + POSTGRES.errors()


__all__ = ["GEOPACKAGE", "POSTGRES", "Backend", "Capabilities", "Database", "DatabaseValue", "GeoPackage",
           "LayerSource", "OlderModelError", "Postgres", "backend_of", "errors", "parse", "table_in_source"]
