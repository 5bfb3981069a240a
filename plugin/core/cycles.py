"""What a change of the revisit cycle would do, before it is made: how many households' next
visit due dates the database would re-derive to another day (:func:`.schema.set_cycle_days`
re-derives every visited household's due date from its latest visit in which it was met).

Plain Python, SQL both engines speak; the arithmetic on days is done here, not in SQL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from . import categories as cat
from .db import day as _day
from .rows import Connection


def due_date_changes(conn: Connection, days: Mapping[str, int]) -> int:
    """How many households' ``next_visit_due`` would change if the revisit cycle were ``days``
    (days per risk level; a level left out keeps its stored cycle): each visited household's due
    date is re-derived as its latest met visit (with a risk) plus the cycle of that visit's risk,
    none without such a visit, and compared with the date it has now."""
    stored = {k[len("cycle_days_"):]: int(v) for k, v in
              conn.execute("SELECT key, value FROM settings WHERE key LIKE 'cycle_days_%'").fetchall()}
    cycle = {**stored, **{level: int(value) for level, value in days.items()}}
    met = ", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)
    latest: dict[str, tuple[dt.date | None, str | None]] = {}
    rows = conn.execute("SELECT household_id, visited_on, risk_level FROM visits "
                        f"WHERE outcome IN ({met}) AND risk_level IS NOT NULL "
                        "ORDER BY household_id, visited_on, fid").fetchall()
    for household_id, visited_on, risk in rows:  # the last row of a household is its latest
        latest[household_id] = (_day(visited_on), risk)
    changed = 0
    for household_id, due in conn.execute(
            "SELECT id, next_visit_due FROM households WHERE id IN (SELECT household_id FROM visits)").fetchall():
        visited_on, risk = latest.get(household_id, (None, None))
        derived = (visited_on + dt.timedelta(days=cycle[risk])
                   if visited_on is not None and risk in cycle else None)
        if derived != _day(due):
            changed += 1
    return changed
