"""Creating and filling a welfare-visit GeoPackage. Pure Python (sqlite3 + shapely)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon, Point
from shapely.prepared import prep

from . import gpkg, schema
from .districts import District
from .rows import Connection


class DatabaseExistsError(FileExistsError):
    """create() refuses to replace an existing file unless asked to."""


def create(path: str | Path, epsg: int = schema.DEFAULT_EPSG, districts: Iterable[District] = (), overwrite: bool = False,
           srs_name: str | None = None, srs_wkt: str | None = None) -> Path:
    """Create a new welfare-visit GeoPackage at ``path`` with the whole data model.

    ``districts``: :class:`.districts.District` records already in ``epsg``. The file is built
    under a temporary name and moved into place only when complete, so a failure leaves no
    half-made database, and an existing file is never replaced unless ``overwrite``.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise DatabaseExistsError(f"{path} already exists; choose another file or allow overwriting")
    with gpkg.building(path, "creating") as conn, conn:
        schema.create_schema(conn, epsg, srs_name, srs_wkt)
        write_districts(conn, districts, epsg)
    return path


def write_districts(conn: Connection, districts: Iterable[District], epsg: int) -> None:
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


def districts(conn: Connection, level: str | None = None) -> list[tuple[Any, ...]]:
    """(code, name, level, parent_code, shapely geometry) of the districts, optionally one level."""
    from . import db

    sql = f"SELECT code, name, level, parent_code, {db.geometry(conn, 'geom')} FROM districts"
    args: tuple[str, ...] = ()
    if level:
        sql += " WHERE level = ?"
        args = (level,)
    return [(c, n, lv, p, db.decode_geometry(conn, g)) for c, n, lv, p, g in conn.execute(sql + " ORDER BY code", args)]


class DistrictLocator:
    """Which 동 and 통 a point stands in, the district polygons read and prepared once."""

    def __init__(self, conn: Connection) -> None:
        self.dongs = [(code, prep(geom), geom.bounds) for code, _, _, _, geom in districts(conn, "dong")]
        self.tongs: dict[str, list[tuple[int, Any, tuple[float, ...]]]] = {}
        for code, _, _, parent, geom in districts(conn, "tong"):
            self.tongs.setdefault(parent, []).append((int(code.rsplit("-", 1)[1]), prep(geom), geom.bounds))

    def locate(self, x: float, y: float) -> tuple[str | None, int | None]:
        """(dong_code, tong number) of a point in the database's CRS; None where there is none."""
        point = Point(x, y)
        dong = _find(self.dongs, point)
        return dong, _find(self.tongs.get(dong, ()), point) if dong else None

    def locate_many(self, xs: Sequence[float], ys: Sequence[float]) -> list[tuple[str | None, int | None]]:
        """[(dong_code, tong number)] of many points at once: each polygon tests the points inside
        its bounding box in one vectorised call (an import of 100,000 rows locates in a fraction of
        a second); boundaries count as in :meth:`locate`, so the answers are the same."""
        import numpy as np

        x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        dongs = _find_many(self.dongs, x, y)
        tongs: list[int | None] = [None] * len(x)
        by_dong: dict[str, list[int]] = {}
        for i, dong in enumerate(dongs):
            if dong in self.tongs:
                by_dong.setdefault(dong, []).append(i)
        for dong, indices in by_dong.items():
            members = np.asarray(indices)
            for i, tong in zip(members, _find_many(self.tongs[dong], x[members], y[members])):
                tongs[i] = tong
        return list(zip(dongs, tongs))


def assign_districts(conn: Connection, table: str = "households", only_missing: bool = False) -> int:
    """Set dong_code (and tong, for households, where 통 polygons exist) from where each point
    stands. Returns the number of rows changed."""
    locator = DistrictLocator(conn)
    has_tong = table == "households"
    where = " AND dong_code IS NULL" if only_missing else ""
    updates = []
    cols = "fid, geom, dong_code" + (", tong" if has_tong else "")
    rows, xs, ys = [], [], []
    for row in conn.execute(f'SELECT {cols} FROM "{table}" WHERE geom IS NOT NULL{where}'):
        env = gpkg.envelope(row[1])
        if env is not None:
            rows.append(row)
            xs.append((env[0] + env[1]) / 2)
            ys.append((env[2] + env[3]) / 2)
    for row, (dong, tong) in zip(rows, locator.locate_many(xs, ys)):
        new = (dong, tong) if has_tong else (dong,)
        old = (row[2], row[3]) if has_tong else (row[2],)
        if new != old:
            updates.append((*new, row[0]))
    if updates:
        sets = "dong_code = ?" + (", tong = ?" if has_tong else "")
        conn.executemany(f'UPDATE "{table}" SET {sets} WHERE fid = ?', updates)
    return len(updates)


def _find_many(candidates, xs, ys):
    """The key of the candidate polygon holding each point, or None (as :func:`_find`)."""
    import numpy as np
    from shapely.vectorized import contains, touches

    keys = [None] * len(xs)
    unplaced = np.ones(len(xs), dtype=bool)
    for key, prepared, (minx, miny, maxx, maxy) in candidates:
        where = np.flatnonzero(unplaced & (xs >= minx) & (xs <= maxx) & (ys >= miny) & (ys <= maxy))
        if not len(where):
            continue
        x, y = xs[where], ys[where]
        covered = contains(prepared, x, y) | touches(prepared.context, x, y)  # covers: boundaries too
        hit = where[covered]
        for i in hit:
            keys[i] = key
        unplaced[hit] = False
    return keys


def _find(candidates, point):
    x, y = point.x, point.y
    for key, prepared, (minx, miny, maxx, maxy) in candidates:
        if minx <= x <= maxx and miny <= y <= maxy and prepared.covers(point):
            return key
    return None
