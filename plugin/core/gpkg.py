"""A small GeoPackage layer over the standard library's sqlite3, with shapely for geometry.

Why not GDAL here: the data model needs CHECK constraints, foreign keys and triggers, which
GDAL cannot declare, and the core must be testable without QGIS. What GDAL and QGIS do
provide at run time — the ``ST_MinX``/``ST_IsEmpty``… functions that the GeoPackage R-tree
triggers call — is registered on every connection made here, so inserts through this module,
through QGIS, through QField or through ``ogr2ogr`` all keep the spatial index true.
"""
import functools
import os
import sqlite3
import struct
from contextlib import contextmanager
from pathlib import Path

from shapely import wkb as shapely_wkb

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300  # GeoPackage 1.3

_BASE_SQL = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gpkg_tile_matrix_set (
  table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL,
  min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL);
CREATE TABLE gpkg_tile_matrix (
  table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL, matrix_width INTEGER NOT NULL,
  matrix_height INTEGER NOT NULL, tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL,
  pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL,
  CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level));
"""

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


# --- geometry blobs -------------------------------------------------------------------------

def encode(geometry, srs_id):
    """A GeoPackage geometry blob (little endian, with an XY envelope unless a point)."""
    if geometry is None:
        return None
    if geometry.is_empty:
        flags = 0b00010001  # empty, no envelope, little endian
        return b"GP" + bytes([0, flags]) + struct.pack("<i", srs_id) + geometry.wkb
    if geometry.geom_type == "Point":
        header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    else:
        minx, miny, maxx, maxy = geometry.bounds
        header = (b"GP" + bytes([0, 0b00000011]) + struct.pack("<i", srs_id)
                  + struct.pack("<dddd", minx, maxx, miny, maxy))
    return header + geometry.wkb


def encode_point(x, y, srs_id):
    """The blob of a 2D point, without shapely (fast for bulk writes)."""
    return b"GP\x00\x01" + struct.pack("<iBIdd", srs_id, 1, 1, x, y)


def _header(blob):
    flags = blob[3]
    envelope_kind = (flags >> 1) & 0b111
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope_kind]
    return flags, envelope_kind, 8 + size


def decode(blob):
    """The shapely geometry of a GeoPackage blob (None for NULL)."""
    if blob is None:
        return None
    _, _, offset = _header(blob)
    return shapely_wkb.loads(bytes(blob[offset:]))


def envelope(blob):
    """(minx, maxx, miny, maxy) of a blob, None when NULL or empty."""
    if blob is None:
        return None
    return _envelope(bytes(blob))


@functools.lru_cache(maxsize=64)  # the R-tree triggers ask for the four parts of one blob in turn
def _envelope(blob):
    flags, kind, offset = _header(blob)
    if flags & 0b10000:
        return None
    if kind:
        fmt = "<dddd" if flags & 1 else ">dddd"
        return struct.unpack(fmt, blob[8:40])
    if len(blob) == offset + 21:  # a 2D WKB point: read it directly
        order = "<" if blob[offset] == 1 else ">"
        (kind_code,) = struct.unpack(order + "I", blob[offset + 1:offset + 5])
        if kind_code == 1:
            x, y = struct.unpack(order + "dd", blob[offset + 5:offset + 21])
            if x != x and y != y:  # NaN, NaN: the empty point
                return None
            return x, x, y, y
    geom = shapely_wkb.loads(blob[offset:])
    if geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def _envelope_part(index):
    def part(blob):
        env = envelope(blob)
        return None if env is None else env[index]
    return part


def _is_empty(blob):
    if blob is None:
        return None
    return 1 if envelope(blob) is None else 0


# --- connections ----------------------------------------------------------------------------

class Connection(sqlite3.Connection):
    """A GeoPackage's sqlite3 connection, which leads to its engine's SQL helpers
    (:func:`.backends.backend_of`)."""

    @property
    def backend(self):
        from .backends.geopackage import GEOPACKAGE

        return GEOPACKAGE


def connect(path):
    """A sqlite3 connection to a GeoPackage, with foreign keys on and the ST_ functions the
    R-tree triggers need. Autocommit is off: use ``with conn:`` for a transaction."""
    conn = sqlite3.connect(str(path), factory=Connection)
    for name, func in (("ST_MinX", _envelope_part(0)), ("ST_MaxX", _envelope_part(1)),
                       ("ST_MinY", _envelope_part(2)), ("ST_MaxY", _envelope_part(3)),
                       ("ST_IsEmpty", _is_empty)):
        conn.create_function(name, 1, func, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


@contextmanager
def building(path, suffix="writing"):
    """A connection to a new GeoPackage written under a temporary name beside ``path`` and moved
    into place only when the ``with`` block ends without an error (a failure leaves no half-made
    file, and ``path`` as it was). The caller commits its own transactions inside the block."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{suffix}")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    conn = connect(tmp)
    try:
        yield conn
        conn.close()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        # an old write-ahead log beside the new file would be replayed into it
        sidecar.unlink(missing_ok=True)
    os.replace(tmp, path)


def connect_readonly(path):
    """A read-only sqlite3 connection; the path becomes a proper file URI, so '#', '?' or '%' in
    a folder name cannot cut it short."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, factory=Connection)


def initialise(conn):
    """Write the GeoPackage system tables into an empty database."""
    conn.executescript(_BASE_SQL)
    conn.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
        [("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
         ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
         ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT,
          "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")])


def add_srs(conn, epsg, name, wkt):
    conn.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
                 (name, epsg, "EPSG", epsg, wkt, name))


def register_table(conn, table, description, geometry=None, srs_id=None):
    """Register a table in gpkg_contents ('features' when it has a geometry column)."""
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?,?,?,?,?)",
        (table, "features" if geometry else "attributes", table, description, srs_id))
    if geometry:
        column, geometry_type = geometry
        conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)",
                     (table, column, geometry_type, srs_id))


def add_spatial_index(conn, table, column="geom", pk="fid"):
    """The GeoPackage R-tree extension on ``table.column``, filled from the existing rows."""
    rtree = f"rtree_{table}_{column}"
    t, c, i = table, column, pk
    values = f"NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    conn.executescript(f"""
CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy);
INSERT OR REPLACE INTO "{rtree}" SELECT {i}, ST_MinX({c}), ST_MaxX({c}), ST_MinY({c}), ST_MaxY({c})
  FROM "{t}" WHERE {c} NOT NULL AND NOT ST_IsEmpty({c});
CREATE TRIGGER "{rtree}_insert" AFTER INSERT ON "{t}"
  WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
CREATE TRIGGER "{rtree}_update1" AFTER UPDATE OF {c} ON "{t}"
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
CREATE TRIGGER "{rtree}_update2" AFTER UPDATE OF {c} ON "{t}"
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} IS NULL OR ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; END;
CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON "{t}"
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON "{t}"
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} IS NULL OR ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM "{rtree}" WHERE id IN (OLD.{i}, NEW.{i}); END;
CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON "{t}" WHEN old.{c} NOT NULL
BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; END;
""")
    conn.execute("INSERT INTO gpkg_extensions VALUES (?,?,?,?,?)",
                 (table, column, "gpkg_rtree_index",
                  "http://www.geopackage.org/spec120/#extension_rtree", "write-only"))


def update_extent(conn, table, column="geom"):
    """Refresh a feature table's extent in gpkg_contents from its rows (its R-tree when it has one)."""
    rtree = f"rtree_{table}_{column}"
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
        row = conn.execute(f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "{rtree}"').fetchone()
    else:
        row = conn.execute(
            f'SELECT min(ST_MinX({column})), min(ST_MinY({column})), max(ST_MaxX({column})), '
            f'max(ST_MaxY({column})) FROM "{table}"').fetchone()
    conn.execute("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, "
                 "last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name=?",
                 (*row, table))
