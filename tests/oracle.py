"""SPEC.md's risk and revisit rule, written plainly: the oracle both engines' triggers are held to
(tests/test_schema.py, tests/test_demo.py). Not plugin code: the database keeps the rule."""
from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterable, Mapping
from typing import Any

from welfare_visit_map.plugin.core.categories import MET_OUTCOMES
from welfare_visit_map.plugin.core.risk import DEFAULT_CYCLE_DAYS


def _date(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


Visit = namedtuple("Visit", "visited_on outcome risk_level order", defaults=(0,))
Derived = namedtuple("Derived", "risk_level last_visit_on next_visit_due")


def _date(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def derive(visits: Iterable[Any], cycle_days: Mapping[str, int] | None = None) -> Derived:
    """Risk level, last visit and next visit due of a household from its visits.

    Risk = the risk assessed at the latest visit in which the household was met; the next visit
    is due one cycle (by that risk) after that visit. ``order`` breaks ties within a day.
    """
    cycle_days = cycle_days or DEFAULT_CYCLE_DAYS
    visits = [v._replace(visited_on=_date(v.visited_on)) for v in visits]
    if not visits:
        return Derived(None, None, None)
    last = max(v.visited_on for v in visits)
    met = [v for v in visits if v.outcome in MET_OUTCOMES and v.risk_level]
    if not met:
        return Derived(None, last, None)
    latest = max(met, key=lambda v: (v.visited_on, v.order))
    due = latest.visited_on + dt.timedelta(days=int(cycle_days[latest.risk_level]))
    return Derived(latest.risk_level, last, due)
