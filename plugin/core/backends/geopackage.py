"""A welfare database in a GeoPackage file (sqlite3): its value and its engine helpers.

Plain Python (sqlite3, shapely)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import gpkg
from . import Capabilities, LayerSource

SUFFIX = ".gpkg"


class GeoPackageBackend:
    """The SQL helpers of a GeoPackage connection."""

    name = "sqlite"

    def locked(self, error: BaseException) -> bool:
        """Whether an error says another program holds the file ('database is locked'): no
        statement's fault; the user is told to let the other program go."""
        import sqlite3

        return isinstance(error, sqlite3.OperationalError) and "locked" in str(error).lower()

    def errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def audit(self, conn: Any, action: str, table: str | None, detail: str, user: str | None = None) -> None:
        """One audit row, written as ``user`` (the caller commits)."""
        conn.execute("INSERT INTO audit_log (user, action, table_name, detail) VALUES (?, ?, ?, ?)",
                     (user, action, table, detail))

    def geometry(self, column: str) -> str:
        return column

    def decode_geometry(self, value: Any) -> Any:
        return gpkg.decode(value)

    def srs(self, conn: Any, epsg: int) -> tuple[str, str]:
        return conn.execute("SELECT srs_name, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
                            (epsg,)).fetchone()

    def crs_epsg(self, conn: Any) -> int:
        return int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])

    def srs_id(self, conn: Any, table: str = "households") -> int:
        return conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()[0]

    def geometry_mark(self, conn: Any) -> str:
        return "?"

    def point_value(self, conn: Any, x: float, y: float, srs: int | None = None) -> bytes:
        return gpkg.encode_point(x, y, srs if srs is not None else self.srs_id(conn))

    def geometry_value(self, conn: Any, geometry: Any, srs: int | None = None) -> bytes:
        """Any shapely geometry as the value for :meth:`geometry_mark` (a GeoPackage blob)."""
        return gpkg.encode(geometry, srs if srs is not None else self.srs_id(conn))

    def refresh_extent(self, conn: Any, table: str) -> None:
        """A feature table's extent in gpkg_contents, after a write."""
        gpkg.update_extent(conn, table)

    def import_writer(self, conn: Any, table: str, **kw: Any) -> Any:
        from .gpkg_writer import GeoPackageWriter

        return GeoPackageWriter(conn, table, **kw)


GEOPACKAGE = GeoPackageBackend()


def _version(conn: Any) -> int | None:
    """The model version a file says it has (None for a file that is not a welfare database)."""
    from .. import schema as model

    try:
        return model.schema_version(conn)
    except sqlite3.Error:
        return None


@dataclass(frozen=True)
class GeoPackage:
    """A welfare GeoPackage; ``str()`` is its path."""

    path: str

    #: QGIS's data provider of a GeoPackage's layers
    PROVIDER = "ogr"

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", str(self.path))

    def __str__(self) -> str:
        return self.path

    @staticmethod
    def file_name(path: str) -> str:
        """``path`` with the GeoPackage suffix added when it has none."""
        return path if path.lower().endswith(SUFFIX) else path + SUFFIX

    @property
    def display_name(self) -> str:
        return Path(self.path).name

    @property
    def title(self) -> str:
        return Path(self.path).stem

    @property
    def table_prefix(self) -> str:
        return ""

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(server_checks_stale_edits=False, rows_per_login=False, audit_by_login=False)

    @property
    def backend(self) -> GeoPackageBackend:
        return GEOPACKAGE

    def files(self) -> tuple[Path, ...]:
        return (Path(self.path),)

    def layer_source(self, table: str, keep_password: bool = False) -> LayerSource:
        return LayerSource(f"{self.path}|layername={table}", self.PROVIDER, table)

    @staticmethod
    def table_in(uri: str) -> str | None:
        """The table of a layer source made by :meth:`layer_source` (None when it names none)."""
        return uri.split("|layername=")[1].split("|")[0] if "|layername=" in uri else None

    def upgrade(self) -> None:
        """Bring a welfare GeoPackage of an older model version up to this plugin's (one
        transaction); nothing for a current one."""
        _upgraded(gpkg.connect(self.path)).close()

    def connect(self) -> gpkg.Connection:
        """A read-write connection (``with`` = one transaction); an older model upgraded first."""
        return _upgraded(gpkg.connect(self.path))

    def connect_readonly(self) -> gpkg.Connection:
        """A read-only connection (an older model upgraded first)."""
        from .. import schema as model

        conn = gpkg.connect_readonly(self.path)
        version = _version(conn)
        if version is not None and version != model.SCHEMA_VERSION:
            conn.close()
            self.upgrade()
            conn = gpkg.connect_readonly(self.path)
        return conn


def _upgraded(conn: Any) -> Any:
    """An open connection, its database brought up to this plugin's model version first (one
    transaction); closed when the upgrade fails."""
    from .. import schema as model

    version = _version(conn)
    if version is not None and version != model.SCHEMA_VERSION:
        try:
            model.upgrade(conn)
        except BaseException:
            conn.close()
            raise
    return conn
