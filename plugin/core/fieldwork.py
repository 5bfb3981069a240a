"""Visits recorded in the street, offline: a field package of one 동 (or some of its 통) for QField,
and the safe merge of what comes back.

A package is a welfare GeoPackage of its own (the same model, triggers and forms as the office's
database) holding only the area: its active households (fields per privacy mode: a volunteer's
package has no phone and no notes), their visits and needs so far, the visitors, the facilities
around, the 동 and 통 outlines and the base map. Its manifest (settings key ``field_manifest``,
and ``manifest.json`` beside it) records the source database, the area, the packaging time, each
household's ``version`` and the values it was packaged with, and the records it held.

The merge brings back, in one transaction, the new visits (with their companions and needs), the
needs added on their own, the reports, and the households found in the field, through the
database's own rules (derived risk and due date, audit). Merging twice adds nothing (records keep
their ids). What the office must decide is kept in ``field_reviews``, never lost: a household
edited in the field (proposed, not forced), and every record that met a conflict — the household
edited at the office since packaging, closed or moved meanwhile, a visit dated in the future or
before the household was on record.

Pure Python (sqlite3, shapely); the office database is either engine (see :mod:`.db`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from shapely import wkt as shapely_wkt
from shapely.geometry import box

from . import categories as cat
from . import db, gpkg, rrn, schema
from . import model as m
from .database import DistrictLocator
from .rows import Connection, NeedInput, VisitInput
from .visits import validate_visit

PRIVACY_MODES = ("staff", "volunteer")
# what a volunteer's package leaves out (the columns stay, empty)
SCRUBBED: dict[str, tuple[str, ...]] = {"households": ("phone", "notes", "source_labels", "case_no"), "visits": ("notes",),
                                        "needs": ("notes",), "visitors": ("phone",)}
# the household fields a visitor may correct in the field (proposed to the office, never forced)
EDITABLE = ("head_name", "phone", "address", "address_detail", "ban", "household_types", "benefit_status",
            "share_consent", "members", "crisis_indicators", "assigned_visitor_id", "notes")
# the fields of a visit or a need already on record that a visitor may correct in the field
# (proposed to the office like a household's)
RECORD_EDITABLE: dict[str, tuple[str, ...]] = {
    "visits": ("visited_on", "visitor_id", "method", "outcome", "risk_level", "notes"),
    "needs": ("domain", "item", "status", "notes"),
}
MOVED_METRES = 1.0        # a household point moved further than this in the field is a proposal
MANIFEST_KEY = "field_manifest"
MANIFEST_FILE = "manifest.json"
FACILITY_MARGIN = 1000.0  # metres of facilities around the area
BASE_MARGIN = 300.0       # metres of base map around the area
PACKAGE_TABLES = ("districts", "visitors", "households", "visits", "visit_visitors", "needs", "facilities",
                  *m.BASE_TABLES)


class FieldPackageError(ValueError):
    """A package that cannot be made or merged; ``code`` and ``params`` for the caller's words."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Area:
    """A 동, or some of its 통 (numbers)."""
    dong_code: str
    tongs: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return self.dong_code + (":" + ",".join(str(t) for t in self.tongs) if self.tongs else "")


def parse_area(text: str) -> Area:
    """'1141055500' (a 동), '1141055500:3,7' (통 3 and 7) or '1141055500-03,1141055500-07' (통 codes)."""
    text = (text or "").strip()
    if not text:
        raise FieldPackageError("no_area")
    if ":" in text:
        dong, _, numbers = text.partition(":")
        parts = [p.strip() for p in numbers.replace(";", ",").split(",") if p.strip()]
    elif "-" in text:
        codes = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        dongs = {c.rsplit("-", 1)[0] for c in codes}
        if len(dongs) != 1:
            raise FieldPackageError("area_dongs", area=text)
        dong, parts = dongs.pop(), [c.rsplit("-", 1)[1] for c in codes]
    else:
        dong, parts = text, []
    try:
        tongs = tuple(sorted({int(p) for p in parts}))
    except ValueError as exc:
        raise FieldPackageError("area_tong", area=text) from exc
    return Area(dong.strip(), tongs)


@dataclass(frozen=True)
class PackageResult:
    path: Path
    package_id: str
    households: int
    visits: int
    facilities: int
    base_features: int
    visitor_name: str | None


@dataclass(frozen=True)
class Review:
    """One row of field_reviews, read for the dock."""
    id: str
    kind: str
    table_name: str
    record_id: str
    household_id: str | None
    head_name: str | None
    visitor_name: str | None
    proposal: dict[str, Any]
    reason: dict[str, Any]
    status: str
    created_at: str | None


@dataclass
class MergeResult:
    package_id: str
    dry_run: bool
    added: dict[str, int] = field(default_factory=dict)
    already: int = 0                   # records of the package already in the database
    deleted: int = 0                   # records deleted in the field: kept at the office
    proposals: int = 0
    conflicts: int = 0
    reviews: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, table, record id, reason code)
    visitors: tuple[str, ...] = ()

    @property
    def added_total(self) -> int:
        return sum(self.added.values())


# --- values across engines ---------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """A value from either engine as a GeoPackage stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.timezone.utc) if value.tzinfo else value
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return "{" + ",".join(str(v) for v in value) + "}"
    return value


def _same(a: Any, b: Any) -> bool:
    a, b = _plain(a), _plain(b)
    if a in ("", None) and b in ("", None):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, str) and isinstance(b, str) and ("{" in a + b or "," in a + b or ";" in a + b):
        return _codes(a) == _codes(b)
    if a in ("", None, "{}") and b in ("", None, "{}"):
        return True
    return a == b


def _codes(text: str) -> list[str]:
    """A multi-value field's codes, whichever way it was written ('{a,b}', '{"a","b"}', 'a; b')."""
    return sorted(x for x in (p.strip().strip('"') for p in text.strip().strip("{}").replace(";", ",").split(",")) if x)


def fingerprint(conn: Connection) -> str:
    """Which database a package came from, without its pseudonym key: a hash of that key."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'pseudonym_secret'").fetchone()
    return hashlib.sha256(("welfare-field:" + str(row[0] if row else "")).encode()).hexdigest()[:20]


def _columns(table: str, present: Iterable[str] | None = None) -> list[m.Column]:
    names = set(present) if present is not None else None
    return [c for c in m.table(table).columns if c.type not in (m.KEY, m.BIG_KEY)
            and (names is None or c.name in names)]


def _select(conn: Connection, table: str, columns: Sequence[m.Column], where: str = "1=1",
            params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    sql = ", ".join(db.geometry(conn, c.name) if c.type in m.GEOMETRY_TYPES else c.name for c in columns)
    rows = conn.execute(f"SELECT {sql} FROM {table} WHERE {where}", tuple(params)).fetchall()
    out = []
    for row in rows:
        record = {}
        for c, value in zip(columns, row):
            record[c.name] = db.decode_geometry(conn, value) if c.type in m.GEOMETRY_TYPES else _plain(value)
        out.append(record)
    return out


def _in(ids: Sequence[Any]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")" if ids else "(NULL)"


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _select_in(conn: Connection, table: str, columns: Sequence[m.Column], column: str,
               ids: Sequence[Any], extra: str = "") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for part in _chunks(list(ids)):
        out += _select(conn, table, columns, f"{column} IN {_in(part)}{extra}", part)
    return out


# --- packaging ----------------------------------------------------------------------------------

def _present_columns(conn: Connection, table: str) -> set[str]:
    """The columns ``table`` has in the office database (all of the model's after an upgrade)."""
    try:
        cur = conn.execute(f"SELECT * FROM {table} WHERE 1=0")
    except db.errors():
        return set()
    return {d[0] for d in cur.description}


def package(conn: Connection, area: Area, out_path: str | Path, privacy: str = "staff",
            visitor_id: str | None = None, user: str | None = None, source: str = "",
            base_map: bool = True, now: dt.datetime | None = None,
            progress: Callable[[float, str], bool] | None = None,
            household_ids: Sequence[str] | None = None) -> PackageResult:
    """Write the field GeoPackage of ``area`` at ``out_path`` (built under another
    name and moved into place when whole) and log it in the office database's audit log as an
    export (an existing package is never replaced). ``household_ids``: only these households of
    the area. ``progress(fraction, step)`` may return False to cancel (nothing is written)."""
    if privacy not in PRIVACY_MODES:
        raise FieldPackageError("privacy", privacy=privacy, modes=PRIVACY_MODES)
    now = now or dt.datetime.now(dt.timezone.utc)
    dong = conn.execute("SELECT name, {} FROM districts WHERE code = ? AND level = 'dong'".format(
        db.geometry(conn, "geom")), (area.dong_code,)).fetchone()
    if dong is None:
        raise FieldPackageError("unknown_dong", dong=area.dong_code)
    dong_name, dong_geom = dong[0], db.decode_geometry(conn, dong[1])
    known_tongs = {int(t) for (t,) in conn.execute(
        "SELECT DISTINCT tong FROM households WHERE dong_code = ? AND tong IS NOT NULL", (area.dong_code,))}
    known_tongs |= {int(c.rsplit("-", 1)[1]) for (c,) in conn.execute(
        "SELECT code FROM districts WHERE level = 'tong' AND parent_code = ?", (area.dong_code,)) if "-" in c}
    unknown = [t for t in area.tongs if t not in known_tongs]
    if unknown:
        raise FieldPackageError("unknown_tong", dong=area.dong_code, tongs=unknown)
    visitor_name = None
    if visitor_id:
        row = conn.execute("SELECT name FROM visitors WHERE id = ?", (visitor_id,)).fetchone()
        if row is None:
            raise FieldPackageError("unknown_visitor", visitor=visitor_id)
        visitor_name = row[0]

    def step(fraction: float, text: str) -> None:
        if progress is not None and progress(fraction, text) is False:
            raise FieldPackageError("cancelled")

    epsg = db.crs_epsg(conn)
    srs_name, srs_wkt = db.srs(conn, epsg)
    present = {t: _present_columns(conn, t) for t in PACKAGE_TABLES}
    where = "dong_code = ? AND status = 'active'"
    params: list[Any] = [area.dong_code]
    if area.tongs:
        where += f" AND tong IN {_in(area.tongs)}"
        params += list(area.tongs)
    if household_ids is not None:  # only these of the area (a day's route, say)
        where += f" AND id IN {_in(list(household_ids))}"
        params += list(household_ids)
    step(0.05, "households")
    households = _select(conn, "households", _columns("households", present["households"]),
                         where + " ORDER BY tong, ban, fid", params)
    ids = [h["id"] for h in households]
    visits = _select_in(conn, "visits", _columns("visits", present["visits"]), "household_id", ids)
    visit_ids = [v["id"] for v in visits]
    companions = (_select_in(conn, "visit_visitors", _columns("visit_visitors", present["visit_visitors"]),
                             "visit_id", visit_ids) if present["visit_visitors"] else [])
    needs = _select_in(conn, "needs", _columns("needs", present["needs"]), "household_id", ids)
    step(0.3, "visitors")
    wanted = {v for v in [visitor_id, *(h.get("assigned_visitor_id") for h in households),
                          *(v.get("visitor_id") for v in visits), *(c["visitor_id"] for c in companions)] if v}
    visitor_columns = _columns("visitors", present["visitors"])
    # the 동's visitors and the district's (no 동: 구청 staff who may join a visit)
    people = {p["id"]: p for p in _select(conn, "visitors", visitor_columns,
                                          "(dong_code = ? OR dong_code IS NULL) AND active", [area.dong_code])}
    missing = sorted(wanted - set(people))
    people.update({p["id"]: p for p in _select_in(conn, "visitors", visitor_columns, "id", missing)})
    districts = _select(conn, "districts", _columns("districts"),
                        "code = ? OR (level = 'tong' AND parent_code = ?)", [area.dong_code, area.dong_code])
    outline = dong_geom
    if area.tongs:
        chosen = {f"{area.dong_code}-{t:02d}" for t in area.tongs}
        shapes = [d["geom"] for d in districts if d["code"] in chosen and d["geom"] is not None]
        if shapes:
            outline = _union(shapes)
    bounds = outline.bounds if outline is not None else _points_bounds(households)
    step(0.45, "facilities")
    facilities = _within(conn, "facilities", _columns("facilities", present["facilities"]), bounds, FACILITY_MARGIN)
    base: dict[str, list[dict[str, Any]]] = {}
    if base_map:
        for table in m.BASE_TABLES:
            if present[table]:
                base[table] = _within(conn, table, _columns(table, present[table]), bounds, BASE_MARGIN)
    step(0.6, "writing")
    cycles = conn.execute("SELECT key, value FROM settings WHERE key LIKE 'cycle_days_%'").fetchall()

    scrub = SCRUBBED if privacy == "volunteer" else {}
    package_id = str(uuid.uuid4())
    originals: dict[str, dict[str, Any]] = {h["id"]: {"version": h.get("version"), "values": {c: h.get(c) for c in EDITABLE},
                           "geom": h["geom"].wkt if h.get("geom") is not None else None} for h in households}
    for h in households:  # what the package holds is what the field starts from
        for column in scrub.get("households", ()):
            originals[h["id"]]["values"][column] = None
    manifest = {
        "kind": "welfare-visit-map field package", "blind": list(scrub.get("households", ())), "package_id": package_id,
        "source": source, "source_fingerprint": fingerprint(conn), "schema_version": m.SCHEMA_VERSION,
        "area": area.text, "dong_code": area.dong_code, "dong_name": dong_name, "tongs": list(area.tongs),
        "privacy": privacy, "visitor_id": visitor_id, "visitor_name": visitor_name,
        "packaged_at": _plain(now), "packaged_by": user,
        "households": originals, "visits": visit_ids, "needs": [n["id"] for n in needs],
        "records": {table: {r["id"]: {c: (None if c in scrub.get(table, ()) else r.get(c)) for c in columns}
                            for r in rows} for table, columns, rows in
                    (("visits", RECORD_EDITABLE["visits"], visits), ("needs", RECORD_EDITABLE["needs"], needs))},
        "visit_visitors": [c["id"] for c in companions],
    }
    out_path = Path(out_path)
    if out_path.exists() and _manifest_or_none(out_path) is not None:
        # it may hold visits not merged yet: a new package goes to a new folder
        raise FieldPackageError("package_exists", path=str(out_path))
    with gpkg.building(out_path) as out:
        with out:
            schema.create_schema(out, epsg, srs_name, srs_wkt)
            # one person edits a package: the office's version check is the merge's (by the manifest), and
            # QField's map tools move a point without naming the version they read
            out.execute('DROP TRIGGER "trg_households_version_check"')
            out.executemany("UPDATE settings SET value = ? WHERE key = ?", [(v, k) for k, v in cycles])
            out.execute("INSERT INTO settings VALUES (?, ?)", (MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False)))
            _insert(out, "districts", districts, epsg)
            _insert(out, "visitors", list(people.values()), epsg, scrub.get("visitors", ()))
            _insert(out, "households", households, epsg, scrub.get("households", ()))
            _insert(out, "visits", visits, epsg, scrub.get("visits", ()))
            _insert(out, "visit_visitors", companions, epsg)
            _insert(out, "needs", needs, epsg, scrub.get("needs", ()))
            _insert(out, "facilities", facilities, epsg)
            for table, rows in base.items():
                _insert(out, table, rows, epsg)
            for t in m.tables():
                if t.geometry:
                    gpkg.update_extent(out, t.name)
            out.execute("DELETE FROM audit_log")  # the package's own history starts empty
        step(0.9, "compacting")
        out.execute("VACUUM")  # no page keeps a deleted value
    summary = {k: v for k, v in manifest.items() if k not in ("households", "visits", "needs", "visit_visitors")}
    summary["household_versions"] = {hid: o["version"] for hid, o in originals.items()}
    summary["files"] = [out_path.name]
    (out_path.parent / MANIFEST_FILE).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    with conn:
        db.audit(conn, "export", "households", json.dumps(
            {"kind": "field_package", "package": package_id, "area": area.text, "privacy": privacy,
             "visitor": visitor_name, "households": len(households), "file": out_path.name}, ensure_ascii=False),
            user)
    step(1.0, "done")
    return PackageResult(out_path, package_id, len(households), len(visits), len(facilities),
                         sum(len(r) for r in base.values()), visitor_name)


def _union(shapes: Sequence[Any]) -> Any:
    from shapely.ops import unary_union
    return unary_union(list(shapes))


def _points_bounds(rows: Sequence[Mapping[str, Any]]) -> tuple[float, float, float, float]:
    points = [r["geom"] for r in rows if r.get("geom") is not None]
    if not points:
        raise FieldPackageError("nothing_placed")
    return _union(points).bounds


def _within(conn: Connection, table: str, columns: Sequence[m.Column], bounds: tuple[float, float, float, float],
            margin: float) -> list[dict[str, Any]]:
    """The rows of ``table`` whose geometry meets ``bounds`` grown by ``margin`` (the GeoPackage's
    R-tree or the server's spatial index narrows the read; shapely decides)."""
    minx, miny, maxx, maxy = bounds[0] - margin, bounds[1] - margin, bounds[2] + margin, bounds[3] + margin
    area = box(minx, miny, maxx, maxy)
    if isinstance(conn, sqlite3.Connection):
        rtree = f"rtree_{table}_geom"
        where = (f"fid IN (SELECT id FROM {rtree} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)"
                 if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone() else "1=1")
        params: Sequence[Any] = (minx, maxx, miny, maxy) if where != "1=1" else ()
    else:
        where, params = "geom && ST_MakeEnvelope(?, ?, ?, ?, ST_SRID(geom))", (minx, miny, maxx, maxy)
    return [r for r in _select(conn, table, columns, where, params) if r["geom"] is not None and r["geom"].intersects(area)]


def _insert(out: sqlite3.Connection, table: str, rows: Sequence[Mapping[str, Any]], epsg: int,
            scrub: Sequence[str] = ()) -> None:
    if not rows:
        return
    names = [c for c in rows[0] if c in m.table(table).names]
    geometry = m.table(table).geometry
    marks = ",".join("?" * len(names))
    values = []
    for r in rows:
        line = []
        for name in names:
            value = None if name in scrub else r.get(name)
            if geometry is not None and name == geometry.name and value is not None:
                value = gpkg.encode(value, epsg)
            line.append(value)
        values.append(line)
    out.executemany(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({marks})', values)


# --- reading a package --------------------------------------------------------------------------

def find_package(path: str | Path) -> Path:
    """The package's GeoPackage: ``path`` itself, or the one in the folder ``path`` that has a
    manifest."""
    path = Path(path)
    if path.is_dir():
        found = [p for p in sorted(path.glob("*.gpkg")) if _manifest_or_none(p) is not None]
        if not found:
            raise FieldPackageError("no_package", path=str(path))
        if len(found) > 1:
            raise FieldPackageError("several_packages", path=str(path), files=[p.name for p in found])
        return found[0]
    if not path.is_file():
        raise FieldPackageError("no_package", path=str(path))
    return path


def _manifest_or_none(path: Path) -> dict[str, Any] | None:
    try:
        pkg = gpkg.connect_readonly(path)
        try:
            row = pkg.execute("SELECT value FROM settings WHERE key = ?", (MANIFEST_KEY,)).fetchone()
        finally:
            pkg.close()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def read_manifest(path: str | Path) -> dict[str, Any]:
    path = find_package(path)
    manifest = _manifest_or_none(path)
    if manifest is None:
        raise FieldPackageError("not_a_package", path=str(path))
    return manifest


# --- merging ------------------------------------------------------------------------------------

class _DryRunError(Exception):
    """Raised at the end of a dry run: the transaction rolls back."""


def merge(conn: Connection, path: str | Path, dry_run: bool = False, user: str | None = None,
          today: dt.date | None = None) -> MergeResult:
    """Bring a field package's new records into the office database in one transaction (see the
    module's text). ``dry_run``: everything is checked and counted, nothing kept."""
    path = find_package(path)
    manifest = read_manifest(path)
    if manifest.get("source_fingerprint") != fingerprint(conn):
        raise FieldPackageError("other_database", path=str(path), source=manifest.get("source") or "?")
    today = today or dt.date.today()
    records = _read_package(path)
    result = MergeResult(manifest["package_id"], dry_run)
    try:
        with conn:
            _merge(conn, manifest, records, result, user, today)
            if dry_run:
                raise _DryRunError
    except _DryRunError:
        pass
    return result


def _read_package(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The package's records. QField and QGIS write a GeoPackage in WAL mode: what is still in its
    -wal file beside it is read too (from a copy, so the package itself is left as it came)."""
    if not Path(f"{path}-wal").exists():
        pkg = gpkg.connect_readonly(path)
        try:
            return _package_records(pkg)
        finally:
            pkg.close()
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
        pkg = gpkg.connect(copy)
        try:
            return _package_records(pkg)
        finally:
            pkg.close()


def _package_records(pkg: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    tables = {r[0] for r in pkg.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out = {}
    for table in ("visitors", "households", "visits", "visit_visitors", "needs", "reports"):
        if table in tables:
            columns = _columns(table, _present_columns(pkg, table))
            out[table] = _select(pkg, table, columns, "1=1 ORDER BY fid")
        else:
            out[table] = []
    return out


def _existing(conn: Connection, table: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(list(ids)):
        found |= {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE id IN {_in(part)}", tuple(part))}
    return found


def _guarded(conn: Connection, write: Callable[..., Any], *args: Any) -> str | None:
    """Run ``write`` under a savepoint: None when it went in, else the database's refusal (the
    record is then kept for review and the rest of the merge goes on)."""
    if isinstance(conn, sqlite3.Connection) and not conn.in_transaction:
        conn.execute("BEGIN")  # else sqlite3 would make the savepoint a transaction, committed on release
    conn.execute("SAVEPOINT field_record")
    try:
        write(*args)
    except db.errors() as exc:
        conn.execute("ROLLBACK TO SAVEPOINT field_record")
        conn.execute("RELEASE SAVEPOINT field_record")
        return str(exc).splitlines()[0][:300]
    conn.execute("RELEASE SAVEPOINT field_record")
    return None


def _merge(conn: Connection, manifest: Mapping[str, Any], records: Mapping[str, list[dict[str, Any]]],
           result: MergeResult, user: str | None, today: dt.date) -> None:
    package_id = manifest["package_id"]
    originals: Mapping[str, Any] = manifest["households"]
    packaged = {t: set(manifest.get(t, ())) for t in ("visits", "needs", "visit_visitors")}
    names = {v["id"]: v["name"] for v in records["visitors"]}
    field_visitors: set[str] = set()
    added = result.added
    for table in ("households", "visits", "needs", "reports", "visitors"):
        added.setdefault(table, 0)
    srs = db.srs_id(conn)

    def review(kind: str, table: str, record_id: str, household_id: str | None, proposal: Mapping[str, Any],
               reason: Mapping[str, Any], visitor: str | None = None) -> None:
        if conn.execute("SELECT 1 FROM field_reviews WHERE package_id = ? AND table_name = ? AND record_id = ?",
                        (package_id, table, record_id)).fetchone():
            result.already += 1  # merged before: kept once
            return
        if kind == "proposal":
            result.proposals += 1
        else:
            result.conflicts += 1
        result.reviews.append((kind, table, record_id, reason["code"]))
        dong = None
        if household_id:
            row = conn.execute("SELECT dong_code FROM households WHERE id = ?", (household_id,)).fetchone()
            dong = row[0] if row else None
            if row is None:
                household_id = None
        conn.execute("INSERT INTO field_reviews (package_id, kind, table_name, record_id, household_id, dong_code, "
                     "visitor_name, proposal, reason, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (package_id, kind, table, record_id, household_id, dong or manifest.get("dong_code"),
                      visitor or manifest.get("visitor_name"),
                      json.dumps(_jsonable(proposal), ensure_ascii=False),
                      json.dumps(_jsonable(reason), ensure_ascii=False), user))

    # visitors added in the field
    new_people = [v for v in records["visitors"] if v["id"] not in _existing(conn, "visitors", list(names))]
    for v in new_people:
        if rrn.found(v.get("name")) or rrn.found(v.get("organisation")):
            continue
        conn.execute("INSERT INTO visitors (id, name, role, organisation, dong_code, created_by) VALUES (?,?,?,?,?,?)",
                     (v["id"], v["name"], v.get("role") or "visitor", v.get("organisation"),
                      v.get("dong_code") or manifest.get("dong_code"), user))
        added["visitors"] += 1

    # households: the packaged ones (proposals, conflicts) and those found in the field
    households = {h["id"]: h for h in records["households"]}
    in_office = {r[0]: r[1:] for part in _chunks(list(households)) for r in conn.execute(
        f"SELECT id, status, version, created_at FROM households WHERE id IN {_in(part)}", tuple(part))}
    gone: dict[str, str] = {}
    placed: list[str] = []
    for hid, h in households.items():
        if hid in originals:
            office = in_office.get(hid)
            if office is None or office[0] != "active":
                gone[hid] = office[0] if office else "deleted"
            changes = _changes(originals[hid], h, manifest.get("blind", ()))
            if not changes:
                continue
            if hid in gone:
                review("household_gone", "households", hid, hid, changes, {"code": "gone", "status": gone[hid]})
            elif office is not None and office[1] != originals[hid]["version"]:
                review("edited_meanwhile", "households", hid, hid, changes,
                       {"code": "versions", "packaged": originals[hid]["version"], "office": office[1]})
            else:
                review("proposal", "households", hid, hid, changes, {"code": "edited"})
        elif hid in in_office:
            result.already += 1
        else:
            problem = _new_household_problem(h)
            if problem:
                review("invalid", "households", hid, None, h, {"code": "refused", "detail": problem})
                continue
            point = h.get("geom")
            columns = ["id", "case_no", "head_name", "phone", "address", "address_detail", "ban", "household_types",
                       "benefit_status", "discovery_source", "share_consent", "notes", "members",
                       "crisis_indicators", "assigned_visitor_id", "found_on", "dong_code"]
            values = [h.get(c) for c in columns]
            values[columns.index("discovery_source")] = h.get("discovery_source") or "visitor"
            values[columns.index("found_on")] = h.get("found_on") or today.isoformat()
            values[columns.index("share_consent")] = bool(h.get("share_consent"))
            # the package's 동 until its point says otherwise (the server places it by its point)
            values[columns.index("dong_code")] = h.get("dong_code") or manifest.get("dong_code")
            extra, marks = "", ""
            if point is not None:
                extra, marks = ", geom, geocode_quality", f", {db.geometry_mark(conn)}, 'manual'"
                values.append(db.backend_of(conn).geometry_value(conn, point, srs))
            refused = _guarded(conn, conn.execute, f"INSERT INTO households ({', '.join(columns)}, created_by{extra}) "
                               f"VALUES ({','.join('?' * len(columns))}, ?{marks})",
                               (*values[:len(columns)], user, *values[len(columns):]))
            if refused:
                review("invalid", "households", hid, None, h, {"code": "refused", "detail": refused})
                continue
            added["households"] += 1
            placed.append(hid)
            in_office[hid] = ("active", 1, None)
    _place_new(conn, placed)

    # visits and needs that were in the package: corrections proposed, deletions counted
    blind_of = {"visits": SCRUBBED["visits"], "needs": SCRUBBED["needs"]} if manifest.get("blind") else {}
    for table in ("visits", "needs"):
        before: Mapping[str, Mapping[str, Any]] = manifest.get("records", {}).get(table, {})
        now_rows = {r["id"]: r for r in records[table]}
        result.deleted += sum(1 for rid in packaged[table] if rid not in now_rows)
        for rid, old in before.items():
            row = now_rows.get(rid)
            if row is None:
                continue
            edits = {k: {"from": old.get(k), "to": _plain(row.get(k))} for k in RECORD_EDITABLE[table]
                     if k in row and not _same(old.get(k), row.get(k))}
            for column in blind_of.get(table, ()):
                if column in edits:
                    edits[column]["blind"] = True
            if edits:
                hid = row.get("household_id")
                if hid in gone:
                    review("household_gone", table, rid, hid, edits, {"code": "gone", "status": gone[hid]})
                else:
                    review("proposal", table, rid, hid, edits, {"code": "edited"},
                           names.get(row.get("visitor_id") or "") if table == "visits" else None)

    # visits, with their companions and needs
    companions: dict[str, list[str]] = {}
    for c in records["visit_visitors"]:
        if c["id"] not in packaged["visit_visitors"]:
            companions.setdefault(c["visit_id"], []).append(c["visitor_id"])
    needs_of: dict[str, list[dict[str, Any]]] = {}
    for n in records["needs"]:
        if n["id"] not in packaged["needs"] and n.get("visit_id"):
            needs_of.setdefault(n["visit_id"], []).append(n)
    candidates = [v for v in records["visits"] if v["id"] not in packaged["visits"]]
    office_visits = _existing(conn, "visits", [v["id"] for v in candidates])
    taken_needs: set[str] = set()
    merged_visits: set[str] = set()
    for v in candidates:
        vid, hid = v["id"], v["household_id"]
        if vid in office_visits:  # merged before: needs added since come with the needs below
            result.already += 1
            continue
        if v.get("visitor_id"):
            field_visitors.add(names.get(v["visitor_id"], v["visitor_id"]))
        bundle = {**v, "companions": companions.get(vid, []), "needs": needs_of.get(vid, [])}
        visitor = names.get(v.get("visitor_id") or "")
        taken_needs |= {n["id"] for n in bundle["needs"]}
        if hid in gone:
            review("household_gone", "visits", vid, hid, bundle, {"code": "gone", "status": gone[hid]}, visitor)
            continue
        problems = _visit_problems(conn, hid, v, bundle["companions"], bundle["needs"], today)
        if problems:
            kind = "visit_date" if set(problems) == {"visited_on"} else "invalid"
            review(kind, "visits", vid, hid, bundle, {"code": "problems", "problems": problems}, visitor)
            continue
        refused = _guarded(conn, write_visit, conn, bundle, user)
        if refused:
            review("invalid", "visits", vid, hid, bundle, {"code": "refused", "detail": refused}, visitor)
            continue
        added["visits"] += 1
        added["needs"] += len(bundle["needs"])
        merged_visits.add(vid)

    # further visitors named in the field on visits the office has (packaged, or merged before)
    for visit_id, people in companions.items():
        if visit_id in merged_visits or not conn.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone():
            continue
        for visitor in dict.fromkeys(people):
            if conn.execute("SELECT 1 FROM visit_visitors WHERE visit_id = ? AND visitor_id = ?",
                            (visit_id, visitor)).fetchone():
                result.already += 1
                continue
            refused = _guarded(conn, conn.execute, "INSERT INTO visit_visitors (visit_id, visitor_id, created_by) "
                               "VALUES (?,?,?)", (visit_id, visitor, user))
            if not refused:
                added["visit_visitors"] = added.get("visit_visitors", 0) + 1

    # needs added on their own (not with a new visit)
    alone = [n for n in records["needs"] if n["id"] not in packaged["needs"] and n["id"] not in taken_needs]
    office_needs = _existing(conn, "needs", [n["id"] for n in alone])
    for n in alone:
        if n["id"] in office_needs:
            result.already += 1
            continue
        hid = n["household_id"]
        if hid in gone:
            review("household_gone", "needs", n["id"], hid, n, {"code": "gone", "status": gone[hid]})
            continue
        if n.get("domain") not in cat.codes(cat.NEED_DOMAINS) or rrn.found(n.get("item")) or rrn.found(n.get("notes")) \
                or (n.get("visit_id") and not conn.execute("SELECT 1 FROM visits WHERE id = ?", (n["visit_id"],)).fetchone()):
            review("invalid", "needs", n["id"], hid, n, {"code": "refused", "detail": "need domain or text, or its visit"})
            continue
        refused = _guarded(conn, _write_need, conn, n, user)
        if refused:
            review("invalid", "needs", n["id"], hid, n, {"code": "refused", "detail": refused})
            continue
        added["needs"] += 1

    # reports made in the field
    locator: DistrictLocator | None = None
    office_reports = _existing(conn, "reports", [r["id"] for r in records["reports"]])
    for r in records["reports"]:
        if r["id"] in office_reports:
            result.already += 1
            continue
        if rrn.found(r.get("address")) or rrn.found(r.get("description")) or not r.get("received_on") \
                or r.get("channel") not in cat.codes(cat.REPORT_CHANNELS):
            review("invalid", "reports", r["id"], None, r, {"code": "refused", "detail": "report date, channel or text"})
            continue
        columns = ["id", "received_on", "channel", "reporter_role", "address", "description", "household_id", "dong_code"]
        values = [r.get(c) for c in columns]
        extra, marks = "", ""
        if r.get("geom") is not None:
            extra, marks = ", geom", f", {db.geometry_mark(conn)}"
            values.append(db.backend_of(conn).geometry_value(conn, r["geom"], srs))
        if not values[columns.index("dong_code")] and r.get("geom") is not None:  # its 동 by its point
            locator = locator or DistrictLocator(conn)
            values[columns.index("dong_code")] = locator.locate(r["geom"].x, r["geom"].y)[0]
        if values[columns.index("household_id")] and values[columns.index("household_id")] not in in_office:
            values[columns.index("household_id")] = None
        refused = _guarded(conn, conn.execute, f"INSERT INTO reports ({', '.join(columns)}, created_by{extra}) "
                           f"VALUES ({','.join('?' * len(columns))}, ?{marks})",
                           (*values[:len(columns)], user, *values[len(columns):]))
        if refused:
            review("invalid", "reports", r["id"], None, r, {"code": "refused", "detail": refused})
            continue
        added["reports"] += 1

    result.visitors = tuple(sorted(field_visitors))
    if result.added_total or result.reviews:
        db.audit(conn, "import", "visits", json.dumps(
            {"kind": "field_merge", "package": package_id, "area": manifest.get("area"),
             "visitors": list(result.visitors), "added": added, "proposals": result.proposals,
             "conflicts": result.conflicts}, ensure_ascii=False), user)


def _place_new(conn: Connection, household_ids: Sequence[str]) -> None:
    """Households found in the field get their 동 and 통 from their point, as an import's do."""
    if not household_ids or not isinstance(conn, sqlite3.Connection):
        return  # the server places a household by its point itself
    index = DistrictLocator(conn)
    for hid in household_ids:
        row = conn.execute("SELECT geom FROM households WHERE id = ? AND geom IS NOT NULL", (hid,)).fetchone()
        if row is None:
            continue
        point = gpkg.decode(row[0])
        dong, tong = index.locate(point.x, point.y)
        conn.execute("UPDATE households SET dong_code = ?, tong = ? WHERE id = ?", (dong, tong, hid))


def _jsonable(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "wkt"):
        return _wkt(value)
    return _plain(value)


def _wkt(geometry: Any) -> str | None:
    """A point as text to centimetres: never long runs of digits (the resident-registration-number
    guard watches the column a proposal is kept in)."""
    return shapely_wkt.dumps(geometry, rounding_precision=2) if geometry is not None else None


def _changes(original: Mapping[str, Any], now: Mapping[str, Any], blind: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """{column: {"from": packaged, "to": field}} of a household's fields edited in the field.
    ``blind``: the columns the package did not hold (a volunteer's: phone, notes); what the field
    wrote there is marked so, and an accepted note is added to the office's, not put in its place."""
    blind = set(blind)
    changes: dict[str, dict[str, Any]] = {}
    for c in EDITABLE:
        if c in now and not _same(original["values"].get(c), now.get(c)):
            changes[c] = {"from": original["values"].get(c), "to": _plain(now.get(c))}
            if c in blind:
                changes[c]["blind"] = True
    before = shapely_wkt.loads(original["geom"]) if original.get("geom") else None
    after = now.get("geom")
    if (before is None) != (after is None) or (before is not None and after is not None
                                               and before.distance(after) > MOVED_METRES):
        changes["geom"] = {"from": _wkt(before), "to": _wkt(after)}
    return changes


def _new_household_problem(h: Mapping[str, Any]) -> str | None:
    for column in m.FREE_TEXT["households"]:
        if rrn.found(h.get(column)):
            return f"{column}: a resident registration number is never stored"
    for column in ("benefit_status", "discovery_source"):
        lst = m.table("households").column(column).categories
        if h.get(column) and lst and h[column] not in cat.codes(cat.CATEGORY_LISTS[lst]):
            return f"{column}: unknown code {h[column]}"
    if not (h.get("head_name") or h.get("address") or h.get("geom")):
        return "neither a name, an address nor a point"
    return None


def _visit_input(v: Mapping[str, Any], companions: Sequence[str] = ()) -> VisitInput:
    return VisitInput(visited_on=db.day(v.get("visited_on")), visitor_id=v.get("visitor_id"), outcome=v.get("outcome"),
                      risk_level=v.get("risk_level"), method=v.get("method") or "in_person", notes=v.get("notes"),
                      companions=tuple(companions))


def _visit_problems(conn: Connection, household_id: str, v: Mapping[str, Any], companions: Sequence[str],
                    needs: Sequence[Mapping[str, Any]], today: dt.date) -> dict[str, Any]:
    try:
        return dict(validate_visit(conn, household_id, _visit_input(v, companions),
                                   [NeedInput(n.get("domain"), n.get("item"), n.get("notes")) for n in needs], today))
    except ValueError as exc:  # the household is not in the database
        return {"household": ("not_found", {"error": str(exc)})}


def write_visit(conn: Connection, bundle: Mapping[str, Any], user: str | None) -> None:
    """One visit of a package (with its id), its companions and needs; the database derives the
    household's risk, last visit and due date, and audits."""
    met = bundle.get("outcome") in cat.MET_OUTCOMES
    conn.execute("INSERT INTO visits (id, household_id, visited_on, visitor_id, method, outcome, risk_level, notes, "
                 "created_by) VALUES (?,?,?,?,?,?,?,?,?)",
                 (bundle["id"], bundle["household_id"], db.text_day(bundle.get("visited_on")), bundle.get("visitor_id"),
                  bundle.get("method") or "in_person", bundle["outcome"], bundle.get("risk_level") if met else None,
                  bundle.get("notes") or None, user))
    for visitor in dict.fromkeys(bundle.get("companions") or ()):
        if visitor and visitor != bundle.get("visitor_id"):
            conn.execute("INSERT INTO visit_visitors (visit_id, visitor_id, created_by) VALUES (?,?,?)",
                         (bundle["id"], visitor, user))
    for n in bundle.get("needs") or ():
        _write_need(conn, {**n, "visit_id": bundle["id"], "household_id": bundle["household_id"]}, user)
    now = _plain(dt.datetime.now(dt.timezone.utc))
    if bundle.get("outcome") in ("moved", "deceased"):  # as visits.record_visit does
        conn.execute("UPDATE needs SET status = 'dropped', updated_at = ?, updated_by = ? WHERE household_id = ? "
                     "AND status IN ('open', 'linked')", (now, user, bundle["household_id"]))
    conn.execute("UPDATE reports SET status = 'visited', updated_at = ?, updated_by = ? "
                 "WHERE household_id = ? AND status IN ('new', 'assigned')", (now, user, bundle["household_id"]))


def _write_need(conn: Connection, n: Mapping[str, Any], user: str | None) -> None:
    conn.execute("INSERT INTO needs (id, household_id, visit_id, domain, item, status, notes, created_by) "
                 "VALUES (?,?,?,?,?,?,?,?)",
                 (n["id"], n["household_id"], n.get("visit_id"), n["domain"], n.get("item") or None,
                  n.get("status") or "open", n.get("notes") or None, user))


# --- the office decides --------------------------------------------------------------------------

def reviews(conn: Connection, status: str | None = "open", dong_code: str | None = None) -> list[Review]:
    """The field results to review, newest first."""
    where, params = ["1=1"], []
    if status:
        where.append("r.status = ?")
        params.append(status)
    if dong_code:
        where.append("r.dong_code = ?")
        params.append(dong_code)
    rows = conn.execute(
        "SELECT r.id, r.kind, r.table_name, r.record_id, r.household_id, h.head_name, r.visitor_name, r.proposal, "
        "r.reason, r.status, r.created_at FROM field_reviews r LEFT JOIN households h ON h.id = r.household_id "
        f"WHERE {' AND '.join(where)} ORDER BY r.created_at DESC, r.fid DESC", tuple(params)).fetchall()
    return [Review(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7] or "{}"), _reason(r[8]), r[9], _plain(r[10]))
            for r in rows]


def _reason(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        value = {"code": "refused", "detail": text}
    return value if isinstance(value, dict) else {"code": "refused", "detail": str(value)}


def decide(conn: Connection, review_id: str, accept: bool, user: str | None = None) -> None:
    """Accept (apply what the field brought) or reject a review, in one transaction. An accepted
    household edit is saved as an office edit of the household's current version; an accepted
    visit, need or report is written as it was recorded in the field."""
    row = conn.execute("SELECT kind, table_name, record_id, household_id, proposal, status FROM field_reviews "
                       "WHERE id = ?", (review_id,)).fetchone()
    if row is None:
        raise FieldPackageError("no_review", review=review_id)
    kind, table, record_id, household_id, proposal_text, status = row
    if status != "open":
        raise FieldPackageError("decided", review=review_id, status=status)
    proposal = json.loads(proposal_text or "{}")
    with conn:
        if accept:
            if table == "households" and kind != "invalid":
                _apply_household(conn, record_id, proposal, user)
            elif table in RECORD_EDITABLE and kind in ("proposal", "household_gone") and proposal \
                    and all(isinstance(v, dict) and "to" in v for v in proposal.values()):
                _apply_record(conn, table, record_id, proposal, user)
            elif table == "visits":
                bundle = {**proposal, "needs": [{**n, "status": n.get("status") or "open"} for n in proposal.get("needs", [])]}
                write_visit(conn, bundle, user)
            elif table == "needs":
                _write_need(conn, proposal, user)
            else:
                raise FieldPackageError("cannot_accept", review=review_id, table=table, kind=kind)
        conn.execute("UPDATE field_reviews SET status = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                     ("accepted" if accept else "rejected", user, _plain(dt.datetime.now(dt.timezone.utc)), review_id))


def _apply_record(conn: Connection, table: str, record_id: str, changes: Mapping[str, Mapping[str, Any]],
                  user: str | None) -> None:
    """A correction made in the field to a visit or a need already on record (the database
    derives the household's risk and dates again after a visit changes)."""
    sets: list[str] = []
    values: list[Any] = []
    for column, change in changes.items():
        if column not in RECORD_EDITABLE[table]:
            continue
        if column == "notes" and change.get("blind"):
            sets.append("notes = CASE WHEN coalesce(notes, '') = '' THEN ? ELSE notes || ? END")
            values += [change.get("to"), f"\n{change.get('to')}"]
            continue
        sets.append(f"{column} = ?")
        values.append(change.get("to"))
    if sets:
        conn.execute(f"UPDATE {table} SET {', '.join(sets)}, updated_by = ?, updated_at = ? WHERE id = ?",
                     (*values, user, _plain(dt.datetime.now(dt.timezone.utc)), record_id))


def _apply_household(conn: Connection, household_id: str, changes: Mapping[str, Mapping[str, Any]],
                     user: str | None) -> None:
    version = conn.execute("SELECT version FROM households WHERE id = ?", (household_id,)).fetchone()
    if version is None:
        raise FieldPackageError("no_household", household=household_id)
    sets: list[str] = []
    values: list[Any] = []
    for column, change in changes.items():
        if column == "geom":
            if change.get("to"):
                sets.append(f"geom = {db.geometry_mark(conn)}")
                values.append(db.backend_of(conn).geometry_value(conn, shapely_wkt.loads(change["to"]), db.srs_id(conn)))
                sets.append("geocode_quality = 'manual'")
            continue
        if column not in EDITABLE:
            continue
        value = change.get("to")
        if column == "share_consent":
            value = bool(value)
        if column == "notes" and change.get("blind"):  # the office's notes stay; the field's come after
            sets.append("notes = CASE WHEN coalesce(notes, '') = '' THEN ? ELSE notes || ? END")
            values += [value, f"\n{value}"]
            continue
        sets.append(f"{column} = ?")
        values.append(value)
    if not sets:
        return
    conn.execute(f"UPDATE households SET {', '.join(sets)}, read_version = version, updated_by = ?, updated_at = ? "
                 "WHERE id = ?", (*values, user, _plain(dt.datetime.now(dt.timezone.utc)), household_id))
    if isinstance(conn, sqlite3.Connection) and "geom" in changes:
        _place_new(conn, [household_id])
