"""The visit loop as plain rules on the GeoPackage: record a visit and its needs in one
transaction, link a service to a need and close it, turn a report into a household (or attach it
to the household it is about), find households, today's work list, a household's timeline, and
the stale-edit check behind "no lost update".

Pure Python (sqlite3, shapely): the dock and dialogs are thin clients of these functions, and
the database's own triggers keep risk, dates, status and the audit trail true.

What goes in and comes out are the typed values of :mod:`.rows` (:class:`.rows.VisitInput`,
:class:`.rows.Household`, :class:`.rows.WorkList`, :class:`.rows.TimelineEvent`...), read by name.
Validation returns problems as ``{field: (code, params)}``; the user interface words them
(translated) next to the field. Codes are listed in :data:`PROBLEMS`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import categories as cat
from . import db, resources, rrn
from .filters import RISK_ORDER_SQL, contains_pattern
from .rows import (
    Connection,
    Household,
    Linkage,
    Need,
    NeedInput,
    Problems,
    Provider,
    RegistryChange,
    Report,
    StaleHousehold,
    TimelineEvent,
    TimelineRecord,
    Visit,
    VisitInput,
    Visitor,
    WorkList,
)

PROBLEMS = (
    "required",            # a required field is empty
    "future_date",         # a date after today
    "before_household",    # a visit dated before the household was on record
    "risk_required",       # the household was met: a risk assessment is required
    "risk_not_met",        # a risk for a household that was not met
    "need_domain",         # a need without a domain (params: row)
    "unknown_code",        # a value outside its category list
    "rrn",                 # a resident registration number in a free-text field
    "provider_required",   # a linkage names neither a facility nor a provider
    "need_closed",         # the need is resolved already (a dropped need may be linked again)
    "not_found",           # the record is not in the database
    "companion_is_lead",   # a further visitor of a visit who is its lead visitor
)

CLOSING_OUTCOMES = ("moved", "deceased")
LIVE_LINKAGE = ("requested", "provided")
REPORT_SOURCE = {"kakaotalk": "kakaotalk", "call_centre": "call_centre", "partner": "partner",
                 "visitor": "visitor", "walk_in": "walk_in", "other": "other"}


class InvalidInputError(ValueError):
    """Input the rules refuse; ``problems`` is ``{field: (code, params)}``. Nothing was written."""

    def __init__(self, problems: Problems) -> None:
        super().__init__("; ".join(f"{field}: {code}" for field, (code, _) in problems.items()))
        self.problems = problems


_day = db.day  # a date from what either engine returns


def _text(value: object) -> str | None:
    value = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    return value or None


def _household(conn: Connection, household_id: str) -> tuple[Any, ...]:
    row = conn.execute("SELECT id, dong_code, status, created_at FROM households WHERE id = ?",
                       (household_id,)).fetchone()
    if row is None:
        raise InvalidInputError({"household": ("not_found", {"id": household_id})})
    return row


def on_record_since(conn: Connection, household_id: str) -> dt.date | None:
    """The day a household is on record from: the earliest of its creation, its visits, the
    reports about it and a move-in registered for it."""
    days = conn.execute("""SELECT min(d) FROM (
        SELECT date(created_at) AS d FROM households WHERE id = :h
        UNION ALL SELECT min(visited_on) FROM visits WHERE household_id = :h
        UNION ALL SELECT min(received_on) FROM reports WHERE household_id = :h
        UNION ALL SELECT min(effective_on) FROM registry_changes WHERE household_id = :h AND change = 'move_in') AS since""",
                        {"h": household_id}).fetchone()[0]
    return _day(days)


# --- visits -----------------------------------------------------------------------------------

def validate_visit(conn: Connection, household_id: str, visit: VisitInput, needs: Sequence[NeedInput] = (),
                   today: dt.date | None = None) -> Problems:
    """Problems of a visit and its needs for ``household_id``; {} when it may be saved."""
    today = today or dt.date.today()
    problems: Problems = {}
    _household(conn, household_id)
    try:
        day = _day(visit.visited_on)
    except ValueError:
        day = None
        problems["visited_on"] = ("required", {})
    if day is None:
        problems.setdefault("visited_on", ("required", {}))
    elif day > today:
        problems["visited_on"] = ("future_date", {"date": day.isoformat(), "today": today.isoformat()})
    else:
        since = on_record_since(conn, household_id)
        if since and day < since:
            problems["visited_on"] = ("before_household", {"date": day.isoformat(), "since": since.isoformat()})
    if not visit.visitor_id:
        problems["visitor_id"] = ("required", {})
    elif conn.execute("SELECT 1 FROM visitors WHERE id = ?", (visit.visitor_id,)).fetchone() is None:
        problems["visitor_id"] = ("not_found", {"id": visit.visitor_id})
    for companion in visit.companions:
        if not companion:
            continue
        if companion == visit.visitor_id:
            problems.setdefault("companions", ("companion_is_lead", {"id": companion}))
        elif conn.execute("SELECT 1 FROM visitors WHERE id = ?", (companion,)).fetchone() is None:
            problems.setdefault("companions", ("not_found", {"id": companion}))
    method = visit.method or "in_person"
    if method not in cat.codes(cat.VISIT_METHODS):
        problems["method"] = ("unknown_code", {"value": method})
    outcome = visit.outcome
    if not outcome:
        problems["outcome"] = ("required", {})
    elif outcome not in cat.codes(cat.VISIT_OUTCOMES):
        problems["outcome"] = ("unknown_code", {"value": outcome})
    risk = visit.risk_level
    if risk and risk not in cat.codes(cat.RISK_LEVELS):
        problems["risk_level"] = ("unknown_code", {"value": risk})
    elif outcome in cat.MET_OUTCOMES and not risk:
        problems["risk_level"] = ("risk_required", {})
    elif risk and outcome and outcome not in cat.MET_OUTCOMES:
        problems["risk_level"] = ("risk_not_met", {"outcome": outcome})
    if rrn.found(visit.notes):
        problems["notes"] = ("rrn", {})
    for row, need in enumerate(needs, start=1):
        domain = need.domain
        if not domain:
            problems.setdefault("needs", ("need_domain", {"row": row}))
        elif domain not in cat.codes(cat.NEED_DOMAINS):
            problems.setdefault("needs", ("unknown_code", {"row": row, "value": domain}))
        elif rrn.found(need.item) or rrn.found(need.notes):
            problems.setdefault("needs", ("rrn", {"row": row}))
    return problems


def record_visit(conn: Connection, household_id: str, visit: VisitInput, needs: Sequence[NeedInput] = (),
                 user: str | None = None, today: dt.date | None = None) -> str:
    """Write a visit and its needs in one transaction; returns the new visit's id. The database
    derives the household's risk, last visit, next due date and (moved/deceased) status, and
    writes the audit rows. Raises :class:`InvalidInputError` (nothing written)."""
    problems = validate_visit(conn, household_id, visit, needs, today)
    if problems:
        raise InvalidInputError(problems)
    day = _day(visit.visited_on)
    assert day is not None and visit.outcome  # validated
    with conn:
        # RETURNING: SQLite 3.35+ and PostgreSQL alike (a shared database takes the same code)
        visit_id = conn.execute(
            "INSERT INTO visits (household_id, visited_on, visitor_id, method, outcome, risk_level, notes, created_by) "
            "VALUES (?,?,?,?,?,?,?,?) RETURNING id",
            (household_id, day.isoformat(), visit.visitor_id, visit.method or "in_person", visit.outcome,
             visit.risk_level if visit.outcome in cat.MET_OUTCOMES else None,
             _text(visit.notes), user)).fetchone()[0]
        # the further visitors of the visit (each once; the lead is visits.visitor_id)
        conn.executemany("INSERT INTO visit_visitors (visit_id, visitor_id, created_by) VALUES (?,?,?)",
                         [(visit_id, c, user) for c in dict.fromkeys(visit.companions) if c])
        conn.executemany(
            "INSERT INTO needs (household_id, visit_id, domain, item, notes, created_by) VALUES (?,?,?,?,?,?)",
            [(household_id, visit_id, n.domain, _text(n.item), _text(n.notes), user) for n in needs])
        if visit.outcome in CLOSING_OUTCOMES:
            # the household has gone: its open needs cannot be served any more
            conn.execute("UPDATE needs SET status = 'dropped', updated_at = ?, updated_by = ? "
                         "WHERE household_id = ? AND status IN ('open', 'linked')", (_now(), user, household_id))
        conn.execute("UPDATE reports SET status = 'visited', updated_at = ?, updated_by = ? "
                     "WHERE household_id = ? AND status IN ('new', 'assigned')", (_now(), user, household_id))
    return visit_id


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def visitors(conn: Connection, dong_code: str | None = None) -> list[Visitor]:
    """Active visitors for a household of ``dong_code``: that 동's first, then district-wide ones
    (no 동)."""
    # SQL both SQLite and PostgreSQL speak (the dock reads shared databases too)
    return [Visitor(*row) for row in conn.execute(
        "SELECT id, name, role, dong_code FROM visitors WHERE active = ? AND (dong_code = ? OR dong_code IS NULL "
        "OR ? IS NULL) ORDER BY CASE WHEN dong_code = ? THEN 0 ELSE 1 END, name",
        (True, dong_code, dong_code, dong_code)).fetchall()]


def find_visitor(conn: Connection, text: str, dong_code: str | None = None) -> tuple[str, str] | None:
    """(id, name) of the visitor named by ``text``: an id, or a name (the 동's visitor of that name
    first, then the oldest); None when there is none."""
    row = conn.execute("SELECT id, name FROM visitors WHERE id = ? OR name = ? ORDER BY CASE WHEN id = ? THEN 0 "
                       "WHEN dong_code = ? THEN 1 ELSE 2 END, fid LIMIT 1", (text, text, text, dong_code)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def add_visitor(conn: Connection, name: str | None, role: str | None, dong_code: str | None = None,
                organisation: str | None = None, user: str | None = None) -> str:
    """Add a visitor (the visit dialog's quick add); returns its id."""
    problems: Problems = {}
    if not _text(name):
        problems["name"] = ("required", {})
    if role not in cat.codes(cat.VISITOR_ROLES):
        problems["role"] = ("required", {}) if not role else ("unknown_code", {"value": role})
    if problems:
        raise InvalidInputError(problems)
    with conn:
        return conn.execute("INSERT INTO visitors (name, role, dong_code, organisation, created_by) VALUES (?,?,?,?,?) "
                            "RETURNING id", (_text(name), role, dong_code, _text(organisation), user)).fetchone()[0]


# --- linkages ---------------------------------------------------------------------------------

def providers(conn: Connection, need_id: str, limit: int = 30) -> list[Provider]:
    """Facilities offering the need's domain, nearest to the household first (those without a
    place last)."""
    row = conn.execute(f"SELECT n.domain, {db.geometry(conn, 'h.geom')} FROM needs n "
                       "JOIN households h ON h.id = n.household_id WHERE n.id = ?", (need_id,)).fetchone()
    if row is None:
        raise InvalidInputError({"need": ("not_found", {"id": need_id})})
    domain, blob = row
    home = db.decode_geometry(conn, blob)
    out: list[Provider] = []
    for fid, name, kind, services, phone, geom in conn.execute(
            f"SELECT id, name, kind, services, phone, {db.geometry(conn, 'geom')} FROM facilities"):
        if domain in resources.domains(services):
            distance = (round(home.distance(db.decode_geometry(conn, geom)), 1)
                        if home is not None and geom is not None else None)
            out.append(Provider(fid, name, kind, distance, phone))
    out.sort(key=lambda p: (p.distance_m is None, p.distance_m or 0, p.name))
    return out[:limit]


def link_service(conn: Connection, need_id: str, kind: str | None, facility_id: str | None = None,
                 provider_name: str | None = None, linked_on: dt.date | str | None = None, notes: str | None = None,
                 user: str | None = None, today: dt.date | None = None) -> str:
    """Link a service to a need (status requested); the need becomes linked. Returns the
    linkage id. Raises :class:`InvalidInputError` (nothing written)."""
    today = today or dt.date.today()
    need = conn.execute("SELECT household_id, status FROM needs WHERE id = ?", (need_id,)).fetchone()
    problems: Problems = {}
    if need is None:
        raise InvalidInputError({"need": ("not_found", {"id": need_id})})
    if need[1] == "resolved":
        problems["need"] = ("need_closed", {"status": need[1]})
    if not kind:
        problems["kind"] = ("required", {})
    elif kind not in cat.codes(cat.LINKAGE_KINDS):
        problems["kind"] = ("unknown_code", {"value": kind})
    if not facility_id and not _text(provider_name):
        problems["provider"] = ("provider_required", {})
    elif facility_id and conn.execute("SELECT 1 FROM facilities WHERE id = ?", (facility_id,)).fetchone() is None:
        problems["provider"] = ("not_found", {"id": facility_id})
    day = _day(linked_on) or today
    if day > today:
        problems["linked_on"] = ("future_date", {"date": day.isoformat(), "today": today.isoformat()})
    if rrn.found(notes):
        problems["notes"] = ("rrn", {})
    if problems:
        raise InvalidInputError(problems)
    with conn:
        linkage_id = conn.execute(
            "INSERT INTO linkages (need_id, household_id, kind, facility_id, provider_name, linked_on, notes, created_by) "
            "VALUES (?,?,?,?,?,?,?,?) RETURNING id",
            (need_id, need[0], kind, facility_id or None, None if facility_id else _text(provider_name),
             day.isoformat(), _text(notes), user)).fetchone()[0]
        conn.execute("UPDATE needs SET status = 'linked', updated_at = ?, updated_by = ? WHERE id = ?",
                     (_now(), user, need_id))
    return linkage_id


def close_linkage(conn: Connection, linkage_id: str, status: str, user: str | None = None) -> None:
    """Mark a linkage provided (its need is resolved) or declined (its need is dropped, unless
    another service for it was provided — resolved — or is still requested — linked)."""
    if status not in ("provided", "declined"):
        raise InvalidInputError({"status": ("unknown_code", {"value": status})})
    row = conn.execute("SELECT need_id FROM linkages WHERE id = ?", (linkage_id,)).fetchone()
    if row is None:
        raise InvalidInputError({"linkage": ("not_found", {"id": linkage_id})})
    now = _now()
    with conn:
        conn.execute("UPDATE linkages SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                     (status, now, user, linkage_id))
        if row[0]:
            others = {r[0] for r in conn.execute("SELECT status FROM linkages WHERE need_id = ? AND id <> ?",
                                                 (row[0], linkage_id))}
            if status == "provided" or "provided" in others:
                need_status = "resolved"  # a service was given: the need is met
            else:
                need_status = "linked" if "requested" in others else "dropped"
            conn.execute("UPDATE needs SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                         (need_status, now, user, row[0]))


def open_needs(conn: Connection, household_id: str) -> list[Need]:
    """A household's needs still open or linked, with the day of the visit that found them."""
    rows = conn.execute("SELECT n.id, n.domain, n.item, n.status, v.visited_on FROM needs n "
                        "LEFT JOIN visits v ON v.id = n.visit_id WHERE n.household_id = ? "
                        "AND n.status IN ('open', 'linked') ORDER BY n.fid", (household_id,)).fetchall()
    return [Need(nid, domain, item, status, _day(on)) for nid, domain, item, status, on in rows]


# --- timeline ---------------------------------------------------------------------------------

def visit_companions(conn: Connection, household_id: str) -> dict[str, tuple[str, ...]]:
    """{visit id: the names of its further visitors, in the order they were added} of a
    household's visits (the lead visitor is the visit's own)."""
    out: dict[str, tuple[str, ...]] = {}
    for visit_id, name in conn.execute(
            "SELECT c.visit_id, w.name FROM visit_visitors c JOIN visits v ON v.id = c.visit_id "
            "JOIN visitors w ON w.id = c.visitor_id WHERE v.household_id = ? ORDER BY c.fid", (household_id,)):
        out[visit_id] = out.get(visit_id, ()) + (name,)
    return out


def timeline(conn: Connection, household_id: str) -> list[TimelineEvent]:
    """What happened to a household, newest first: its visits, needs, linkages, reports and
    registry changes, each with its record (:class:`.rows.TimelineEvent`)."""
    # (day, kind, record, order on one day, fid)
    events: list[tuple[dt.date | None, str, TimelineRecord, int, int]] = []
    companions = visit_companions(conn, household_id)
    for *row, fid in conn.execute(
            "SELECT v.id, v.visited_on, v.method, v.outcome, v.risk_level, v.notes, w.name, v.fid "
            "FROM visits v LEFT JOIN visitors w ON w.id = v.visitor_id WHERE v.household_id = ?", (household_id,)):
        visit = Visit(row[0], _day(row[1]), row[2], row[3], row[4], row[5], row[6], companions.get(row[0], ()))
        events.append((visit.visited_on, "visit", visit, 1, fid))
    for day, nid, domain, item, status, visited, fid in conn.execute(
            "SELECT coalesce(v.visited_on, date(n.created_at)), n.id, n.domain, n.item, n.status, v.visited_on, n.fid "
            "FROM needs n LEFT JOIN visits v ON v.id = n.visit_id WHERE n.household_id = ?", (household_id,)):
        events.append((_day(day), "need", Need(nid, domain, item, status, _day(visited)), 2, fid))
    for *row, fid in conn.execute(
            "SELECT l.id, l.linked_on, l.kind, l.status, coalesce(f.name, l.provider_name), n.domain, n.item, l.need_id, "
            "l.fid FROM linkages l LEFT JOIN facilities f ON f.id = l.facility_id "
            "LEFT JOIN needs n ON n.id = l.need_id WHERE l.household_id = ?", (household_id,)):
        linkage = Linkage(row[0], _day(row[1]), *row[2:])
        events.append((linkage.linked_on, "linkage", linkage, 3, fid))
    for *row, fid in conn.execute("SELECT id, received_on, channel, address, description, dong_code, status, fid "
                                  "FROM reports WHERE household_id = ?", (household_id,)):
        report = Report(row[0], _day(row[1]), *row[2:])
        events.append((report.received_on, "report", report, 0, fid))
    for fid, on, change, new_address in conn.execute(
            "SELECT fid, effective_on, change, new_address FROM registry_changes WHERE household_id = ?", (household_id,)):
        registry = RegistryChange(str(fid), _day(on), change, new_address)
        events.append((registry.effective_on, "registry", registry, 4, fid))
    # newest first; on one day: registry change, service, need, visit, report (the order things follow)
    events.sort(key=lambda e: (e[0] or dt.date.min, e[3], e[4]), reverse=True)
    return [TimelineEvent(day, kind, record.id, record) for day, kind, record, _, _ in events]


# --- finding households -----------------------------------------------------------------------

# the columns of a :class:`.rows.Household`, in its order
HOUSEHOLD_COLUMNS = "id, case_no, head_name, address, dong_code, tong, risk_level, status, next_visit_due, last_visit_on"
TONG = re.compile(r"^\s*([0-9]{1,3})\s*통\s*$")


def _households(rows: Iterable[Sequence[Any]]) -> list[Household]:
    # dates as dates, whichever engine read them (text in a GeoPackage, date on the server)
    return [Household(hid, case_no, name, address, dong, tong, risk, status, _day(due), _day(last))
            for hid, case_no, name, address, dong, tong, risk, status, due, last in rows]


def household(conn: Connection, household_id: str) -> Household | None:
    """One household, or None when it is not in the database."""
    return next(iter(_households(conn.execute(f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE id = ?",
                                              (household_id,)).fetchall())), None)


def find_households(conn: Connection, text: str | None, dong_code: str | None = None, limit: int = 100) -> list[Household]:
    """Households whose case number, head's name or address contains ``text`` (or, for "12통"
    or a bare number, in that 통), optionally in one 동; active first. Text is always a bound
    parameter: quotes and SQL in a name are just characters."""
    text = (text or "").strip()
    if not text:
        return []
    match = TONG.match(text)
    bare = text.isascii() and text.isdecimal() and len(text) <= 3
    tong = int(match.group(1)) if match else (int(text) if bare else None)
    fields = " OR ".join(f"{c} LIKE :like ESCAPE '\\'" for c in ("case_no", "head_name", "address", "address_detail"))
    where = ["tong = :tong" if match else f"({fields}" + (" OR tong = :tong)" if tong is not None else ")")]
    if dong_code:
        where.append("dong_code = :dong")
    return _households(conn.execute(f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE {' AND '.join(where)} "
                                    "ORDER BY status <> 'active', case_no IS NULL, case_no, fid LIMIT :limit",
                                    {"like": contains_pattern(text), "tong": tong, "dong": dong_code,
                                     "limit": limit}).fetchall())


def work_list(conn: Connection, dong_code: str | None = None, today: dt.date | None = None,
              limit: int = 200) -> WorkList:
    """Today's work in a 동 (or the whole district): households past their next visit, the most
    urgent first (risk high, medium, low, none; then the most days overdue); active households
    never visited (a risk from an imported list included), oldest on record first; new reports,
    oldest first (the dock shows them before the households: nobody has looked at them yet)."""
    dong = "AND dong_code = :dong" if dong_code else ""
    args = {"today": (today or dt.date.today()).isoformat(), "dong": dong_code, "limit": limit}
    overdue = conn.execute(f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE status = 'active' "
                           f"AND next_visit_due < :today {dong} ORDER BY {RISK_ORDER_SQL}, next_visit_due, fid LIMIT :limit",
                           args).fetchall()
    unvisited = conn.execute(f"SELECT {HOUSEHOLD_COLUMNS} FROM households WHERE status = 'active' "
                             f"AND last_visit_on IS NULL {dong} ORDER BY created_at, fid LIMIT :limit", args).fetchall()
    reports = conn.execute(f"SELECT id, received_on, channel, address, description, dong_code FROM reports "
                           f"WHERE status = 'new' {dong.replace('dong_code', 'coalesce(dong_code, :dong)')} "
                           "ORDER BY received_on, fid LIMIT :limit", args).fetchall()
    return WorkList(overdue=_households(overdue), unvisited=_households(unvisited),
                    reports=[Report(rid, _day(received), *rest) for rid, received, *rest in reports])


# --- reports ----------------------------------------------------------------------------------

def _norm_address(text: str | None) -> str:
    return re.sub(r"[\s,.()·\-]", "", text or "")


def matching_household(conn: Connection, report_id: str) -> str | None:
    """The household a report is about, if it is on record already: the one it is attached to,
    one whose case number the report quotes, or the one active household at the same address
    (road address and 동/호 as written, spaces and punctuation ignored). None otherwise."""
    row = conn.execute("SELECT household_id, address, description FROM reports WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        raise InvalidInputError({"report": ("not_found", {"id": report_id})})
    if row[0]:
        return row[0]
    text = f"{row[1] or ''} {row[2] or ''}"
    for token in set(re.findall(r"[0-9A-Za-z][0-9A-Za-z\-]{3,}", text)):
        found = conn.execute("SELECT id FROM households WHERE case_no = ?", (token,)).fetchone()
        if found:
            return found[0]
    address = _norm_address(row[1])
    if len(address) < 4:
        return None
    exact: list[str] = []
    building: list[str] = []
    for hid, a, detail in conn.execute("SELECT id, address, address_detail FROM households WHERE address IS NOT NULL "
                                       "AND status = 'active' ORDER BY fid"):
        if detail and _norm_address(f"{a} {detail}") == address:
            exact.append(hid)
        elif _norm_address(a) == address:
            building.append(hid)
    # the same unit; or the building when only one household on record lives there (a report
    # naming the building of several households, or of a household that moved away, is new)
    if len(exact) == 1:
        return exact[0]
    return building[0] if not exact and len(building) == 1 else None


def attach_report(conn: Connection, report_id: str, household_id: str, user: str | None = None) -> None:
    """Attach a report to the household it is about (status assigned)."""
    _household(conn, household_id)
    with conn:
        changed = conn.execute("UPDATE reports SET household_id = ?, status = CASE WHEN status = 'new' THEN 'assigned' "
                               "ELSE status END, updated_at = ?, updated_by = ? WHERE id = ?",
                               (household_id, _now(), user, report_id)).rowcount
    if not changed:
        raise InvalidInputError({"report": ("not_found", {"id": report_id})})


def locate(conn: Connection, x: float, y: float) -> tuple[str | None, int | None]:
    """(dong_code, tong) of the districts a point (in the database's CRS) stands in."""
    from .database import DistrictLocator

    return DistrictLocator(conn).locate(x, y)


def geocode(conn: Connection, address: str | None) -> tuple[float, float] | None:
    """A place for an address from what the database knows already (a household or facility at
    the same address): (x, y) or None."""
    target = _norm_address(address)
    if len(target) < 4:
        return None
    for table in ("households", "facilities"):
        for a, blob in conn.execute(f"SELECT address, {db.geometry(conn, 'geom')} FROM {table} "
                                    "WHERE geom IS NOT NULL AND address IS NOT NULL"):
            if _norm_address(a) == target:
                point = db.decode_geometry(conn, blob)
                return point.x, point.y
    return None


def household_from_report(conn: Connection, report_id: str, point: tuple[float, float] | None = None,
                          user: str | None = None) -> tuple[str, bool]:
    """Make a household from a report, or attach the report to the household it is about.

    ``point`` (x, y in the database's CRS) is where the user clicked; without it the report's
    own point, or an address already known, is used. Returns (household_id, created)."""
    existing = matching_household(conn, report_id)
    if existing:
        attach_report(conn, report_id, existing, user)
        return existing, False
    channel, address, description, blob = conn.execute(
        f"SELECT channel, address, description, {db.geometry(conn, 'geom')} FROM reports WHERE id = ?",
        (report_id,)).fetchone()
    if point is not None:
        quality = "manual"
    elif blob is not None:
        reported = db.decode_geometry(conn, blob)
        quality, point = "source_coordinates", (reported.x, reported.y)
    else:
        point = geocode(conn, address)
        quality = "address_point" if point else "unlocated"
    geom = db.point_value(conn, *point) if point is not None else None
    dong, tong = locate(conn, *point) if point is not None else (None, None)
    mark = db.geometry_mark(conn)
    with conn:
        hid = conn.execute(
            "INSERT INTO households (geom, address, dong_code, tong, discovery_source, geocode_quality, notes, created_by) "
            f"VALUES ({mark},?,?,?,?,?,?,?) RETURNING id",
            (geom, address, dong, tong, REPORT_SOURCE.get(channel, "other"), quality, description, user)).fetchone()[0]
        conn.execute(f"UPDATE reports SET household_id = ?, status = 'assigned', geom = coalesce(geom, {mark}), "
                     "dong_code = coalesce(dong_code, ?), updated_at = ?, updated_by = ? WHERE id = ?",
                     (hid, geom, dong, _now(), user, report_id))
    return hid, True


# --- no lost update ---------------------------------------------------------------------------

def stale_households(conn: Connection, read_versions: Mapping[str, int | None]) -> list[StaleHousehold]:
    """Of {household_id: version read}, those saved by someone since."""
    out = []
    for hid, version in read_versions.items():
        row = conn.execute("SELECT id, case_no, version, updated_by, updated_at FROM households WHERE id = ?",
                           (hid,)).fetchone()
        if row and version is not None and row[2] != version:
            out.append(StaleHousehold(*row))
    return out


def connect_readonly(database: str) -> Connection:
    """Read access to a GeoPackage or a shared database (see :mod:`.db`)."""
    return db.connect_readonly(database)
