"""The GeoPackage's import writer: a plan (:class:`..importing.ImportPlan`) written in one
transaction. New households go in with batched prepared inserts while their per-row R-tree,
audit and RRN insert triggers make way for set-based work (the RRN rule on the values bound, the
R-tree entries and the audit rows in one statement each: same rows, same audit trail, same RRN
rule, inside the same transaction, so a failure or a cancel restores
the triggers too); a batch the database refuses is written again row by row under savepoints, so
that only the refused rows are reported. Everything else is written row by row.

Plain Python (sqlite3)."""
import os
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from .. import gpkg, rrn
from ..importing import BATCH, HOUSEHOLD_INSERT, PlannedRecord, Rejection, RowWriter, Written
from .geopackage import GEOPACKAGE

#: the per-row insert triggers a bulk import replaces by set-based statements
BULK_TRIGGERS = ("rtree_households_geom_insert", "trg_audit_households_insert", "trg_rrn_households_insert")


class GeoPackageWriter(RowWriter):
    """Writes an import plan into a GeoPackage (an open :func:`..gpkg.connect` connection)."""

    def __init__(self, conn: sqlite3.Connection, table: str, *, user: str | None = None, mode: str = "insert") -> None:
        super().__init__(conn, table, user=user, mode=mode)
        self.srs = conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                (table,)).fetchone()[0] if table != "visits" else None

    def begin(self) -> None:
        self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB for this connection: the indexes of 100,000 rows
        self.conn.execute("BEGIN")

    def commit(self, detail: str) -> None:
        from .. import db

        start = time.perf_counter()
        if self.table in ("households", "facilities", "reports"):
            gpkg.update_extent(self.conn, self.table)
        db.audit(self.conn, "import", self.table, detail, self.user)
        self.conn.execute("COMMIT")
        self._time("commit", start)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def locked(self, error: BaseException) -> bool:
        """Another program holds the file: no row's fault, so the whole import stops and rolls back."""
        return GEOPACKAGE.locked(error)

    def point(self, x: float, y: float) -> bytes:
        return gpkg.encode_point(x, y, self.srs)

    def insert_households(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        """The new households in batches of prepared inserts (each batch's values checked for RRNs
        first); then, set-based, the R-tree entries and one audit row per household."""
        conn = self.conn
        start = time.perf_counter()
        saved = dict(conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(BULK_TRIGGERS))})", BULK_TRIGGERS).fetchall())
        for name in saved:
            conn.execute(f'DROP TRIGGER "{name}"')
        before = conn.execute(
            "SELECT max(coalesce((SELECT max(fid) FROM households), 0), "
            "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'households'), 0))").fetchone()[0]
        start = self._time("triggers", start)
        columns = ("fid", "id") + HOUSEHOLD_INSERT
        sql = f"INSERT INTO households ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        user_at = HOUSEHOLD_INSERT.index("created_by")
        head, tail = HOUSEHOLD_INSERT[1:user_at], HOUSEHOLD_INSERT[user_at + 1:]  # around created_by
        srs, encode, user = self.srs, gpkg.encode_point, self.user
        fids: dict[int, PlannedRecord] = {}
        fid = before
        for first in range(0, len(records), BATCH):
            batch = records[first:first + BATCH]
            rows = []
            for record, id_ in zip(batch, new_ids(len(batch))):
                fid += 1
                fids[fid] = record
                get = record.values.get
                point = record.point
                rows.append((fid, id_, encode(point[0], point[1], srs) if point is not None else None,
                             *map(get, head), user, *map(get, tail)))
            start = self._time("prepare", start)
            if "trg_rrn_households_insert" in saved:
                rows = self._refuse_rrn(rows, columns, fids, written)
                start = self._time("rrn check", start)
            self._insert_batch(sql, rows, fids, written)
            start = self._time("inserts", start)
            step(len(batch))
            start = time.perf_counter()
        if "rtree_households_geom_insert" in saved:
            entries = [(f, r.point[0], r.point[0], r.point[1], r.point[1]) for f, r in fids.items()
                       if r.point is not None and r.number not in written.refused]
            conn.executemany("INSERT OR REPLACE INTO rtree_households_geom (id, minx, maxx, miny, maxy) "
                             "VALUES (?, ?, ?, ?, ?)", entries)
            start = self._time("r-tree", start)
        if "trg_audit_households_insert" in saved:
            conn.execute("INSERT INTO audit_log (user, action, table_name, record_id) SELECT "
                         "coalesce(updated_by, created_by), 'insert', 'households', id FROM households "
                         "WHERE fid > ? ORDER BY fid", (before,))
            start = self._time("audit", start)
        for body in saved.values():
            conn.execute(body)
        self._time("triggers", start)

    def _insert_batch(self, sql: str, rows: list[tuple], fids: dict[int, PlannedRecord], written: Written) -> None:
        """One batch in one statement; if the database refuses one of its rows, the batch again
        row by row so that only the refused rows are reported."""
        conn = self.conn
        conn.execute("SAVEPOINT import_batch")
        try:
            conn.executemany(sql, rows)
            conn.execute("RELEASE SAVEPOINT import_batch")
            return
        except Exception as exc:  # noqa: BLE001 - find the refused rows one by one
            if self.fatal(exc):
                raise
            conn.execute("ROLLBACK TO SAVEPOINT import_batch")
            conn.execute("RELEASE SAVEPOINT import_batch")
        for row in rows:
            conn.execute("SAVEPOINT import_row")
            try:
                conn.execute(sql, row)
                conn.execute("RELEASE SAVEPOINT import_row")
            except Exception as exc:  # noqa: BLE001
                if self.fatal(exc):
                    raise
                conn.execute("ROLLBACK TO SAVEPOINT import_row")
                conn.execute("RELEASE SAVEPOINT import_row")
                number = fids[row[0]].number
                written.refused[number] = Rejection(number, "", "database", {"value": str(exc)})

    def _refuse_rrn(self, rows: list[tuple], columns: tuple, fids: dict[int, PlannedRecord],
                    written: Written) -> list[tuple]:
        """What the RRN insert trigger refuses, found in the very values the insert binds (the
        rule of :mod:`..rrn`, one search per row over every free-text column): each such row is
        reported with its column, as the trigger names it, and left out."""
        from ..schema import FREE_TEXT

        names = FREE_TEXT["households"]
        where = [columns.index(c) for c in names]
        kept = []
        for row in rows:
            index = _rrn_column(*(row[i] for i in where))
            if index < 0:
                kept.append(row)
                continue
            number = fids[row[0]].number
            written.refused[number] = Rejection(number, "", "database",
                                                {"value": f"households.{names[index]}: {rrn.MESSAGE}"})
        return kept


_VARIANT = {c: "89ab"[int(c, 16) % 4] for c in "0123456789abcdef"}


def new_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as the id column's default makes them, from
    one read of the system's random source."""
    hexes = os.urandom(16 * count).hex()
    return [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"
            for h in (hexes[i:i + 32] for i in range(0, 32 * count, 32))]


def _rrn_column(*values: Any) -> int:
    """The index of the first value that looks like a resident registration number, or -1 (the
    values joined by a line break, which no number spans, are searched once)."""
    texts = [v if isinstance(v, str) else "" if v is None else str(v) for v in values]
    if not rrn.PATTERN.search("\n".join(texts)):
        return -1
    return next(i for i, text in enumerate(texts) if rrn.found(text))
