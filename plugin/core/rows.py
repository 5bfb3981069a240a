"""The rows that cross from the database rules (:mod:`.visits`, :mod:`.filters`, :mod:`.resources`)
to the dock, the dialogs and the algorithms: frozen dataclasses read by name, never tuples read
by position. Dates are :class:`datetime.date` whichever engine (GeoPackage text, PostgreSQL
``date``) read them; what a user gives the rules (:class:`VisitInput`, :class:`NeedInput`) is
typed the same way.

Pure Python: no QGIS import."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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
    """A new report in the work list."""

    id: str
    received_on: dt.date | None
    channel: str | None
    address: str | None
    description: str | None
    dong_code: str | None


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
    """A need still open or linked, with the day of the visit that found it."""

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
    visitor: str | None  # the visitor's name


@dataclass(frozen=True)
class TimelineEvent:
    """One line of a household's timeline. ``kind`` is visit, need, linkage, report or registry;
    ``fields`` holds the record's codes and texts by name (visit: method, outcome, risk_level,
    notes, visitor; need: domain, item, status; linkage: kind, status, provider, domain, item,
    need_id; report: channel, description, status; registry: change, new_address)."""

    day: dt.date | None
    kind: str
    record_id: str
    fields: Mapping[str, Any]


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
