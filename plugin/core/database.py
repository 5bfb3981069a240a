"""Creating and filling a welfare-visit GeoPackage. Pure Python (sqlite3 + shapely)."""
import os
from pathlib import Path

from shapely.geometry import MultiPolygon, Point
from shapely.prepared import prep

from . import gpkg, schema


class DatabaseExistsError(FileExistsError):
    """create() refuses to replace an existing file unless asked to."""


def create(path, epsg=schema.DEFAULT_EPSG, districts=(), overwrite=False, srs_name=None, srs_wkt=None):
    """Create a new welfare-visit GeoPackage at ``path`` with the whole data model.

    ``districts``: :class:`.districts.District` records already in ``epsg``. The file is built
    under a temporary name and moved into place only when complete, so a failure leaves no
    half-made database, and an existing file is never replaced unless ``overwrite``.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise DatabaseExistsError(f"{path} already exists; choose another file or allow overwriting")
    tmp = path.with_name(f".{path.name}.creating")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        if leftover.exists():
            leftover.unlink()
    conn = gpkg.connect(tmp)
    try:
        with conn:
            schema.create_schema(conn, epsg, srs_name, srs_wkt)
            write_districts(conn, districts, epsg)
        conn.close()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        # an old write-ahead log beside the new file would be replayed into it
        sidecar.unlink(missing_ok=True)
    os.replace(tmp, path)
    return path


def write_districts(conn, districts, epsg):
    rows = []
    for d in districts:
        geom = d.geometry
        if geom.geom_type == "Polygon":
            geom = MultiPolygon([geom])
        rows.append((gpkg.encode(geom, epsg), str(d.code), str(d.name), d.level, d.parent_code,
                     d.population, d.households_registered, d.source))
    conn.executemany(
        "INSERT INTO districts (geom, code, name, level, parent_code, population, households_registered, source) "
        "VALUES (?,?,?,?,?,?,?,?)", rows)
    gpkg.update_extent(conn, "districts")


def districts(conn, level=None):
    """(code, name, level, parent_code, shapely geometry) of the districts, optionally one level."""
    sql = "SELECT code, name, level, parent_code, geom FROM districts"
    args = ()
    if level:
        sql += " WHERE level = ?"
        args = (level,)
    return [(c, n, lv, p, gpkg.decode(g)) for c, n, lv, p, g in conn.execute(sql + " ORDER BY code", args)]


class DistrictLocator:
    """Which 동 and 통 a point stands in, the district polygons read and prepared once."""

    def __init__(self, conn):
        self.dongs = [(code, prep(geom), geom.bounds) for code, _, _, _, geom in districts(conn, "dong")]
        self.tongs = {}
        for code, _, _, parent, geom in districts(conn, "tong"):
            self.tongs.setdefault(parent, []).append((int(code.rsplit("-", 1)[1]), prep(geom), geom.bounds))

    def locate(self, x, y):
        """(dong_code, tong number) of a point in the database's CRS; None where there is none."""
        point = Point(x, y)
        dong = _find(self.dongs, point)
        return dong, _find(self.tongs.get(dong, ()), point) if dong else None


def assign_districts(conn, table="households", only_missing=False):
    """Set dong_code (and tong, for households, where 통 polygons exist) from where each point
    stands. Returns the number of rows changed."""
    locator = DistrictLocator(conn)
    has_tong = table == "households"
    where = " AND dong_code IS NULL" if only_missing else ""
    updates = []
    cols = "fid, geom, dong_code" + (", tong" if has_tong else "")
    for row in conn.execute(f'SELECT {cols} FROM "{table}" WHERE geom IS NOT NULL{where}'):
        fid, blob, old_dong = row[0], row[1], row[2]
        point = gpkg.decode(blob)
        dong, tong = locator.locate(point.x, point.y)
        new = (dong, tong) if has_tong else (dong,)
        old = (old_dong, row[3]) if has_tong else (old_dong,)
        if new != old:
            updates.append((*new, fid))
    if updates:
        sets = "dong_code = ?" + (", tong = ?" if has_tong else "")
        conn.executemany(f'UPDATE "{table}" SET {sets} WHERE fid = ?', updates)
    return len(updates)


def _find(candidates, point):
    x, y = point.x, point.y
    for key, prepared, (minx, miny, maxx, maxy) in candidates:
        if minx <= x <= maxx and miny <= y <= maxy and prepared.covers(point):
            return key
    return None
