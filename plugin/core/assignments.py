"""Who visits whom: households assigned to visitors (``households.assigned_visitor_id``, the one
truth), each visitor's load, and who is due this week — for the dock's visitor tab, the
assignment algorithm, the visit zones and the visitors' lists.

An assignment is an edit of the household like any other: written as an office edit of the
version it changes (the version check passes, the version moves on) and audited by the database
itself. Pure Python, SQL both engines speak.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .filters import RISK_ORDER_SQL
from .rows import Connection, Household
from .visits import HOUSEHOLD_COLUMNS, _households

CHUNK = 500


class AssignmentError(ValueError):
    """``code``: 'unknown_visitor'; ``params`` name it."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class VisitorLoad:
    """A visitor and their assigned active households: how many, how many past their due date,
    how many at high risk, how many due within the week (overdue and never visited included)."""

    visitor_id: str
    name: str
    role: str | None
    dong_code: str | None
    households: int
    overdue: int
    high: int
    due_this_week: int


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def assign(conn: Connection, household_ids: Sequence[str], visitor_id: str | None, user: str | None) -> int:
    """Assign the households to ``visitor_id`` (None: unassign) in one transaction; returns how
    many changed (those already so are left as they are: no edit, no audit row)."""
    return assign_plan(conn, {visitor_id: household_ids}, user)


def assign_plan(conn: Connection, plan: Mapping[str | None, Sequence[str]], user: str | None) -> int:
    """Several assignments (visitor → households; None unassigns) in one transaction: all or
    nothing. Only active households are touched (a closed one keeps its record as it was).
    Returns how many households changed."""
    for visitor_id in plan:
        if visitor_id is not None and conn.execute("SELECT 1 FROM visitors WHERE id = ?",
                                                   (visitor_id,)).fetchone() is None:
            raise AssignmentError("unknown_visitor", visitor=visitor_id)
    changed = 0
    with conn:
        for visitor_id, household_ids in plan.items():
            ids = list(dict.fromkeys(household_ids))
            for i in range(0, len(ids), CHUNK):
                part = ids[i:i + CHUNK]
                marks = ",".join("?" * len(part))
                cur = conn.execute(
                    f"UPDATE households SET assigned_visitor_id = ?, read_version = version, updated_by = ?, "
                    f"updated_at = ? WHERE id IN ({marks}) AND status = 'active' "
                    "AND coalesce(assigned_visitor_id, '') <> coalesce(?, '')",
                    (visitor_id, user, _now(), *part, visitor_id))
                changed += max(cur.rowcount, 0)
    return changed


def tong_households(conn: Connection, dong_code: str, tongs: Sequence[int]) -> list[str]:
    """The active households of some 통 of a 동."""
    if not tongs:
        return []
    marks = ",".join("?" * len(tongs))
    return [r[0] for r in conn.execute(
        f"SELECT id FROM households WHERE status = 'active' AND dong_code = ? AND tong IN ({marks}) ORDER BY fid",
        (dong_code, *tongs))]


def loads(conn: Connection, dong_code: str | None = None, today: dt.date | None = None) -> list[VisitorLoad]:
    """The active visitors of a 동 (or all) and every visitor with households assigned there, with
    their load; the most loaded first."""
    today = today or dt.date.today()
    week = today + dt.timedelta(days=7)
    dong = "AND h.dong_code = :dong" if dong_code else ""
    counted = {r[0]: r[1:] for r in conn.execute(
        "SELECT h.assigned_visitor_id, count(*), "
        "sum(CASE WHEN h.next_visit_due < :today THEN 1 ELSE 0 END), "
        "sum(CASE WHEN h.risk_level = 'high' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN h.next_visit_due <= :week OR h.last_visit_on IS NULL THEN 1 ELSE 0 END) "
        f"FROM households h WHERE h.status = 'active' AND h.assigned_visitor_id IS NOT NULL {dong} "
        "GROUP BY h.assigned_visitor_id",
        {"today": today.isoformat(), "week": week.isoformat(), "dong": dong_code}).fetchall()}
    where = "WHERE (v.active AND v.dong_code = :dong) OR v.id IN ({})".format(
        ",".join(f":v{i}" for i in range(len(counted))) or "NULL") if dong_code else ""
    args: dict[str, object] = {"dong": dong_code, **{f"v{i}": vid for i, vid in enumerate(counted)}}
    people = conn.execute(f"SELECT v.id, v.name, v.role, v.dong_code FROM visitors v {where} ORDER BY v.name, v.fid",
                          args).fetchall()
    out = [VisitorLoad(vid, name, role, dong, *(int(n or 0) for n in counted.get(vid, (0, 0, 0, 0))))
           for vid, name, role, dong in people]
    return sorted(out, key=lambda load: (-load.households, load.name))


def unassigned(conn: Connection, dong_code: str | None = None) -> int:
    """Active households with nobody assigned (in a 동, or all)."""
    dong = "AND dong_code = ?" if dong_code else ""
    return int(conn.execute(f"SELECT count(*) FROM households WHERE status = 'active' AND assigned_visitor_id IS NULL "
                            f"{dong}", (dong_code,) if dong_code else ()).fetchone()[0])


def due_list(conn: Connection, visitor_id: str, today: dt.date | None = None, days: int = 7,
             dong_code: str | None = None) -> list[Household]:
    """A visitor's households due within ``days`` (past due and never visited included), the most
    urgent first: by risk, then the earliest due (never visited last)."""
    until = ((today or dt.date.today()) + dt.timedelta(days=days)).isoformat()
    dong = "AND dong_code = :dong" if dong_code else ""
    return _households(conn.execute(
        f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE status = 'active' AND assigned_visitor_id = :visitor "
        f"AND (next_visit_due <= :until OR last_visit_on IS NULL) {dong} "
        f"ORDER BY {RISK_ORDER_SQL}, next_visit_due IS NULL, next_visit_due, fid",
        {"visitor": visitor_id, "until": until, "dong": dong_code}).fetchall())
