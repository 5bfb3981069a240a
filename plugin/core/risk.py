"""Risk and revisit rules (SPEC.md), in plain Python.

The database triggers in :mod:`.schema` apply the same rules inside the GeoPackage; tests hold
the two to each other on the demo district.
"""
import datetime as dt
from collections import namedtuple

from .categories import MET_OUTCOMES

#: Revisit cycle by risk level, in days (settable per database).
DEFAULT_CYCLE_DAYS = {"high": 30, "medium": 90, "low": 180}

Visit = namedtuple("Visit", "visited_on outcome risk_level order", defaults=(0,))
Derived = namedtuple("Derived", "risk_level last_visit_on next_visit_due")


def _date(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def derive(visits, cycle_days=None):
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


def display_class(risk_level, status="active"):
    """The map class of a household: its risk, 'unvisited', or None (off the working map)."""
    if status != "active":
        return None
    return risk_level or "unvisited"
