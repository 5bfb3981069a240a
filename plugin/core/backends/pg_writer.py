"""The shared (PostgreSQL) database's import writer: a plan (:class:`..importing.ImportPlan`)
written in one transaction as the login. New households are copied (``COPY``) into a temporary
staging table, then written by one ``INSERT … SELECT``: the server's own row triggers keep
running on every row (the audit row as the login, the RRN guard, the 동/통 from the point, the
stamps, the CHECKs and row-level security). If the server refuses that statement, the refused
rows are found by bisection under savepoints, each reported with its row and the server's
reason while the rest go in. Households on record (upsert) are copied the same way and updated
by one ``UPDATE … FROM`` per set of columns, through the version check. Everything else is
written row by row under savepoints.

Needs psycopg2 (the connection is a :class:`..db.SharedWriter`)."""
import csv
import io
import time
from collections.abc import Callable
from typing import Any

from ..importing import HOUSEHOLD_INSERT, PlannedRecord, Rejection, RowWriter, Written

STAGING = "welfare_import_staging"
UPDATES = "welfare_import_updates"
COPY_CHUNK = 20_000  # rows per COPY: the cancel button is looked at between chunks


class PostgresWriter(RowWriter):
    """Writes an import plan into a shared database (an open :class:`..db.SharedWriter`)."""

    def __init__(self, conn: Any, table: str, *, user: str | None = None, mode: str = "insert") -> None:
        super().__init__(conn, table, user=user, mode=mode)
        self.raw = conn.conn  # the psycopg2 connection, for COPY
        self.epsg = int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])

    def begin(self) -> None:
        pass  # psycopg2 opens the transaction with the first statement

    def commit(self, detail: str) -> None:
        from .. import db

        start = time.perf_counter()
        db.audit(self.conn, "import", self.table, detail, self.user)  # written by the server, as the login
        self.raw.commit()
        self._time("commit", start)

    def rollback(self) -> None:
        self.raw.rollback()

    def fatal(self, error: BaseException) -> bool:
        """The connection lost or the statement timeout: no row's fault. A stale household (a
        serialization failure) is one row's."""
        import psycopg2
        from psycopg2 import extensions

        if isinstance(error, psycopg2.InterfaceError):
            return True
        return isinstance(error, psycopg2.OperationalError) and not isinstance(error,
                                                                              extensions.TransactionRollbackError)

    def point(self, x: float, y: float) -> bytes:
        import struct

        return struct.pack("<BIdd", 1, 1, x, y)

    # --- new households: COPY into a staging table, one INSERT … SELECT ---------------------------
    def insert_households(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        cur = self.raw.cursor()
        start = time.perf_counter()
        columns = [c for c in HOUSEHOLD_INSERT if c != "created_by"]  # the server stamps the login
        names = ", ".join(columns)
        cur.execute(f"DROP TABLE IF EXISTS pg_temp.{STAGING}")
        cur.execute(f"CREATE TEMPORARY TABLE {STAGING} ON COMMIT DROP AS SELECT {names} FROM households WITH NO DATA")
        cur.execute(f"ALTER TABLE {STAGING} ADD COLUMN import_row integer")
        # a NULL where the table has a default (status, share_consent): the default, as an INSERT naming
        # only the columns it has would give
        cur.execute("SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = "
                    "current_schema() AND table_name = 'households' AND is_nullable = 'NO' "
                    "AND column_default IS NOT NULL")
        defaults = dict(cur.fetchall())
        selected = ", ".join(f"coalesce({c}, {defaults[c]})" if c in defaults else c for c in columns)
        start = self._time("staging", start)
        others = columns[1:]
        prefix = f"SRID={self.epsg};POINT("
        for first in range(0, len(records), COPY_CHUNK):
            chunk = records[first:first + COPY_CHUNK]
            buffer = io.StringIO()
            out = csv.writer(buffer, lineterminator="\n")  # None: an empty field, which COPY reads as NULL
            out.writerows((f"{prefix}{r.point[0]!r} {r.point[1]!r})" if r.point is not None else None,
                           *map(r.values.get, others), k) for k, r in enumerate(chunk, start=first))
            buffer.seek(0)
            start = self._time("prepare", start)
            cur.copy_expert(f"COPY {STAGING} ({names}, import_row) FROM STDIN WITH (FORMAT csv)", buffer)
            start = self._time("copy", start)
            step(len(chunk) // 2)
            start = time.perf_counter()
        insert = (f"INSERT INTO households ({names}) SELECT {selected} FROM {STAGING} "
                  "WHERE import_row BETWEEN %s AND %s ORDER BY import_row")
        self._insert_range(cur, insert, 0, len(records) - 1, records, written)
        self._time("insert … select (triggers, audit, RRN)", start)
        step(len(records) - len(records) // 2)

    # --- households on record: COPY into a staging table, one UPDATE … FROM per set of columns ----
    SET_MIN = 20  # fewer updates than this go row by row

    def update_households(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        """Households on record, updated by case number: the planned rows copied into a staging
        table, then one ``UPDATE … FROM`` for each set of columns the rows give (each row sets
        exactly the columns it would set alone, so the same triggers fire: the version check and
        bump — ``read_version`` is the version the statement reads —, the audit row of the changed
        columns, the 동/통 from the point). Refused rows are found by bisection."""
        if len(records) < self.SET_MIN:
            self.write_rows(records, written, step)
            return
        cur = self.raw.cursor()
        start = time.perf_counter()
        columns = [c for c in HOUSEHOLD_INSERT if c != "created_by"]
        names = ", ".join(columns)
        cur.execute(f"DROP TABLE IF EXISTS pg_temp.{UPDATES}")
        cur.execute(f"CREATE TEMPORARY TABLE {UPDATES} ON COMMIT DROP AS SELECT {names} FROM households WITH NO DATA")
        cur.execute(f"ALTER TABLE {UPDATES} ADD COLUMN import_row integer")
        groups: dict[tuple[str, ...], list[int]] = {}
        for k, record in enumerate(records):
            sets = tuple(c for c in columns if c in record.values or (c == "geom" and record.point is not None))
            groups.setdefault(sets, []).append(k)
        buffer = io.StringIO()
        prefix = f"SRID={self.epsg};POINT("
        csv.writer(buffer, lineterminator="\n").writerows(
            (f"{prefix}{r.point[0]!r} {r.point[1]!r})" if r.point is not None else None,
             *map(r.values.get, columns[1:]), k) for k, r in enumerate(records))
        buffer.seek(0)
        cur.copy_expert(f"COPY {UPDATES} ({names}, import_row) FROM STDIN WITH (FORMAT csv)", buffer)
        start = self._time("copy", start)
        for sets, members in groups.items():
            assignments = ", ".join(f"{c} = s.{c}" for c in sets)
            update = (f"UPDATE households h SET {assignments}, updated_by = %s, updated_at = now(), "
                      f"read_version = h.version FROM {UPDATES} s WHERE h.case_no = s.case_no "
                      "AND s.import_row = ANY(%s) RETURNING s.import_row")
            self._update_part(cur, update, members, records, written)
            step(len(members))
        self._time("update … from (triggers, audit)", start)

    def _update_part(self, cur: Any, update: str, members: list[int], records: list[PlannedRecord],
                     written: Written) -> None:
        """Households on record ``members`` updated by one statement (bisected where refused); a
        row it did not update was deleted since the plan was made, or is not this login's to see."""
        def run(part: list[int]) -> None:
            cur.execute(update, (self.user, part))
            updated = {row[0] for row in cur.fetchall()}
            for k in part:
                if k not in updated:
                    written.refused[records[k].number] = Rejection(records[k].number, "", "gone")

        self._bisect(cur, run, members, records, written)

    def _insert_range(self, cur: Any, insert: str, low: int, high: int, records: list[PlannedRecord],
                      written: Written) -> None:
        """Rows ``low``…``high`` of the staging table in one statement (bisected where refused)."""
        self._bisect(cur, lambda part: cur.execute(insert, (part[0], part[-1])), list(range(low, high + 1)),
                     records, written)

    def _bisect(self, cur: Any, run: Callable[[list[int]], None], members: list[int], records: list[PlannedRecord],
                written: Written) -> None:
        """``run(members)`` as one statement under a savepoint; if the server refuses it, each half
        again (bisection), down to the single rows it refuses, reported with the server's reason."""
        cur.execute("SAVEPOINT import_set")
        try:
            run(members)
            cur.execute("RELEASE SAVEPOINT import_set")
            return
        except Exception as exc:  # noqa: BLE001 - some row of these was refused: find it
            if self.fatal(exc):
                raise
            cur.execute("ROLLBACK TO SAVEPOINT import_set")
            cur.execute("RELEASE SAVEPOINT import_set")
            if len(members) == 1:
                number = records[members[0]].number
                written.refused[number] = Rejection(number, "", "database", {"value": str(exc)})
                return
        middle = len(members) // 2
        self._bisect(cur, run, members[:middle], records, written)
        self._bisect(cur, run, members[middle:], records, written)
