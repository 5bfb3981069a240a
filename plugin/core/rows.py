"""The rows that cross from the database rules (:mod:`.visits`, :mod:`.filters`, :mod:`.resources`)
to the dock, the dialogs and the algorithms: frozen dataclasses read by name, never tuples read
by position. Dates are :class:`datetime.date` whichever engine (GeoPackage text, PostgreSQL
``date``) read them; what a user gives the rules (:class:`VisitInput`, :class:`NeedInput`) is
typed the same way.

Pure Python: no QGIS import."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Union


@dataclass(frozen=True)
class Household:
    """A household as the lists and dialogs show it."""

    id: str
    case_no: str | None
    head_name: str | None
    address: str | None
    dong_code: str | None
    tong: int | None
    risk_level: str | None
    status: str
    next_visit_due: dt.date | None
    last_visit_on: dt.date | None = None


@dataclass(frozen=True)
class Report:
    """A report (a new one in the work list, or one on a household's timeline)."""

    id: str
    received_on: dt.date | None
    channel: str | None
    address: str | None
    description: str | None
    dong_code: str | None
    status: str | None = None


WorkListItem = Union[Household, Report]


@dataclass(frozen=True)
class WorkList:
    """Today's work in a 동: households past their next visit (most overdue first), active
    households never visited (oldest on record first), new reports (oldest first)."""

    overdue: list[Household] = field(default_factory=list)
    unvisited: list[Household] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)


@dataclass(frozen=True)
class Visitor:
    id: str
    name: str
    role: str
    dong_code: str | None


@dataclass(frozen=True)
class Need:
    """A need, with the day of the visit that found it (None: noted without a visit)."""

    id: str
    domain: str
    item: str | None
    status: str
    visited_on: dt.date | None


@dataclass(frozen=True)
class Provider:
    """A facility offering a need's domain, ``distance_m`` from the household (None: not placed)."""

    facility_id: str
    name: str
    kind: str | None
    distance_m: float | None
    phone: str | None


@dataclass(frozen=True)
class Facility:
    """A facility found by name, address, kind or service."""

    id: str
    name: str
    kind: str | None
    services: str | None
    address: str | None
    phone: str | None


@dataclass(frozen=True)
class Visit:
    """A visit on a household's timeline."""

    id: str
    visited_on: dt.date | None
    method: str | None
    outcome: str | None
    risk_level: str | None
    notes: str | None
    visitor: str | None  # the (lead) visitor's name
    companions: tuple[str, ...] = ()  # the names of the further visitors (visit_visitors)


@dataclass(frozen=True)
class Linkage:
    """A service linked to a need: ``provider`` is the facility's name or the free-text provider."""

    id: str
    linked_on: dt.date | None
    kind: str | None
    status: str | None
    provider: str | None
    domain: str | None  # of the need
    item: str | None
    need_id: str | None


@dataclass(frozen=True)
class RegistryChange:
    """A change in the resident registry about a household (move-in, move-out, death...)."""

    id: str  # the row's fid, as text
    effective_on: dt.date | None
    change: str | None
    new_address: str | None


TimelineRecord = Union[Visit, Need, Linkage, Report, RegistryChange]


@dataclass(frozen=True)
class TimelineEvent:
    """One line of a household's timeline: ``kind`` is visit, need, linkage, report or registry,
    ``record`` the :class:`Visit`, :class:`Need`, :class:`Linkage`, :class:`Report` or
    :class:`RegistryChange` itself."""

    day: dt.date | None
    kind: str
    record_id: str
    record: TimelineRecord


@dataclass(frozen=True)
class StaleHousehold:
    """A household saved by someone since it was read."""

    id: str
    case_no: str | None
    version: int
    updated_by: str | None
    updated_at: str | None


@dataclass(frozen=True)
class ListedHousehold:
    """A row of the filtered household list (:func:`.filters.household_list`)."""

    id: str
    case_no: str | None
    head_name: str | None
    address: str | None
    dong_code: str | None
    tong: int | None
    risk_level: str | None
    next_visit_due: dt.date | None
    days_overdue: int
    open_needs: int
    last_visit_on: dt.date | None
    phone: str | None
    household_types: str | None
    notes: str | None


@dataclass(frozen=True)
class VisitInput:
    """A visit as the user gives it to :func:`.visits.validate_visit` / :func:`.visits.record_visit`."""

    visited_on: dt.date | None
    visitor_id: str | None
    outcome: str | None
    risk_level: str | None = None
    method: str | None = "in_person"
    notes: str | None = None
    companions: tuple[str, ...] = ()  # the ids of the further visitors (the lead is visitor_id)


@dataclass(frozen=True)
class NeedInput:
    """A need found at a visit."""

    domain: str | None
    item: str | None = None
    notes: str | None = None


# sqlite3.Connection of a GeoPackage, or db.SharedReader / db.SharedWriter of a shared database:
# both take execute(sql, params) with '?' and ':name' marks
Connection = Any
Problems = dict[str, tuple[str, dict[str, Any]]]  # {field: (code, params)} of refused input
