"""Household filters: what a planner asks ("high-risk elderly living alone with an open heating
need in 북아현동, not visited for 60 days") as one SQL predicate over the households table of the
GeoPackage. The same predicate is the households layer's filter in QGIS (so the map, the
attribute table and printing agree), the count per risk, the sorted list and the Excel export.

Pure Python. Values are never pasted into SQL: every text goes through ``quote`` — by default
SQLite's rule (a single quote doubled); the plugin passes QGIS's own ``QgsSqliteUtils.quotedString``
— and every number through ``int``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Callable

from . import categories as cat
from . import db
from .rows import Connection, ListedHousehold

UNVISITED = "unvisited"  # the risk choice "not yet visited" (risk_level IS NULL)
OPEN_NEED_STATUS = ("open", "linked")


def sql_quote(text: object) -> str:
    """SQLite's quoting of a text literal."""
    return "'" + str(text).replace("'", "''") + "'"


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching text that contains ``text`` literally: its own
    '%', '_' and '\\' are escaped."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class HouseholdFilter:
    risk: list = field(default_factory=list)             # high / medium / low / unvisited
    need_domains: list = field(default_factory=list)     # open (or linked) needs in any of these domains
    need_items: list = field(default_factory=list)       # ... or with any of these items
    household_types: list = field(default_factory=list)  # any of these types
    benefit_status: list = field(default_factory=list)
    discovery_source: list = field(default_factory=list)
    dong_code: str | None = None
    tongs: list = field(default_factory=list)
    visitor_id: str | None = None                               # assigned visitor
    status: list = field(default_factory=lambda: ["active"])
    overdue_only: bool = False
    not_visited_days: int | None = None                         # no visit for at least N days (or never)
    text: str | None = None                                     # case number, name or address contains
    crisis_indicators: list = field(default_factory=list)  # any of these screening-list indicators
    members_min: int | None = None                              # households of at least N members
    found_from: str | None = None                               # found (registered) on or after this day
    found_to: str | None = None                                 # ... and on or before this one

    def is_empty(self) -> bool:
        return self == HouseholdFilter(status=[])

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> HouseholdFilter:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def problems(self) -> dict[str, list[str]]:
        """Values outside their category lists: {field: [values]} (the filter would match nothing)."""
        lists = {"risk": cat.codes(cat.RISK_LEVELS) + (UNVISITED,), "need_domains": cat.codes(cat.NEED_DOMAINS),
                 "household_types": cat.codes(cat.HOUSEHOLD_TYPES), "benefit_status": cat.codes(cat.BENEFIT_STATUS),
                 "discovery_source": cat.codes(cat.DISCOVERY_SOURCES), "status": cat.codes(cat.HOUSEHOLD_STATUS),
                 "crisis_indicators": cat.codes(cat.CRISIS_INDICATORS)}
        out = {}
        for name, allowed in lists.items():
            bad = [v for v in getattr(self, name) if v not in allowed]
            if bad:
                out[name] = bad
        return out

    def where(self, quote: Callable[[Any], str] = sql_quote, today: dt.date | None = None, prefix: str = "") -> str:
        """The SQL predicate over ``households``, in SQL both SQLite (a GeoPackage layer's filter)
        and PostgreSQL speak; '' when the filter is empty. ``prefix`` names the schema of the
        other tables ('welfare.') where the predicate runs without a search path (a PostGIS
        layer's filter)."""
        today = today or dt.date.today()
        parts = []

        def in_list(column, values):
            return f"{column} IN ({', '.join(quote(v) for v in values)})"

        if self.risk:
            levels = [r for r in self.risk if r != UNVISITED]
            terms = ([in_list("risk_level", levels)] if levels else []) + (
                ["risk_level IS NULL"] if UNVISITED in self.risk else [])
            parts.append("(" + " OR ".join(terms) + ")")
        if self.need_domains or self.need_items:
            terms = ([in_list("n.domain", self.need_domains)] if self.need_domains else []) + (
                [in_list("n.item", self.need_items)] if self.need_items else [])
            parts.append(f"id IN (SELECT n.household_id FROM {prefix}needs n WHERE {in_list('n.status', OPEN_NEED_STATUS)} "
                         f"AND ({' OR '.join(terms)}))")
        for column, values in (("household_types", self.household_types), ("crisis_indicators", self.crisis_indicators)):
            if values:
                # a multi-value text: {a,b} or a,b — match a whole code between separators
                terms = [f"(',' || replace(replace(replace(replace(replace({column}, '{{', ''), '}}', ''), ';', ','), "
                         f"' ', ''), '\"', '') || ',') LIKE {quote('%,' + t + ',%')}" for t in values]
                parts.append("(" + " OR ".join(terms) + ")")
        if self.members_min is not None:
            parts.append(f"members >= {int(self.members_min)}")
        for bound, op in ((self.found_from, ">="), (self.found_to, "<=")):
            if bound:
                parts.append(f"found_on {op} {quote(dt.date.fromisoformat(str(bound)[:10]).isoformat())}")
        for column, values in (("benefit_status", self.benefit_status), ("discovery_source", self.discovery_source),
                               ("status", self.status)):
            if values:
                parts.append(in_list(column, values))
        if self.dong_code:
            parts.append(f"dong_code = {quote(self.dong_code)}")
        if self.tongs:
            parts.append(f"tong IN ({', '.join(str(int(t)) for t in self.tongs)})")
        if self.visitor_id:
            parts.append(f"assigned_visitor_id = {quote(self.visitor_id)}")
        if self.overdue_only:
            parts.append(f"next_visit_due < {quote(today.isoformat())}")
        if self.not_visited_days is not None:
            since = today - dt.timedelta(days=int(self.not_visited_days))
            parts.append(f"(last_visit_on IS NULL OR last_visit_on <= {quote(since.isoformat())})")
        if self.text and self.text.strip():
            like = quote(contains_pattern(self.text.strip()))
            parts.append("(" + " OR ".join(f"{c} LIKE {like} ESCAPE '\\'" for c in
                                           ("case_no", "head_name", "address", "address_detail")) + ")")
        return " AND ".join(parts)


def masked_literals(text: str | None) -> str:
    """A filter as the audit log keeps it: its structure and its codes ('high', '1141055500'), but
    every other quoted value masked — an auditor must not read a name or a street someone looked
    for (개인정보 보호법)."""
    def mask(match):
        value = match.group(0)[1:-1].replace("''", "'")
        return match.group(0) if re.fullmatch(r"[a-z_]+|[0-9.\-]+|%?,[a-z_]+,%?", value) else "'…'"

    return re.sub(r"'(?:[^']|'')*'", mask, text or "")


def unsafe_sql(text: str | None) -> str | None:
    """Why a SQL filter may not run — 'statement' (a ';' outside quoted text: a second statement),
    'comment' ('--' or '/*' outside quoted text) or 'quote' (an unclosed one) — or None."""
    bare = re.sub(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", "0", text or "")  # quoted text and names out of the way
    if "'" in bare or '"' in bare:
        return "quote"
    for mark, what in ((";", "statement"), ("--", "comment"), ("/*", "comment")):
        if mark in bare:
            return what
    return None


RISK_ORDER_SQL = "CASE risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END"


def counts(conn: Connection, where: str | None) -> dict[str, int]:
    """{risk code or 'unvisited': households} matching ``where``, and 'total'."""
    sql = "SELECT coalesce(risk_level, 'unvisited'), count(*) FROM households"
    sql += f" WHERE {where}" if where else ""
    out = {r: 0 for r in cat.codes(cat.RISK_LEVELS) + (UNVISITED,)}
    for risk, n in conn.execute(sql + " GROUP BY 1"):
        out[risk] = n
    out["total"] = sum(out.values())
    return out


def tong_counts(conn: Connection, where: str | None = None) -> dict[str, dict[str, int]]:
    """{통 code ('1141055500-07'): {risk code or 'unvisited': active households, 'total': …}} of the
    households matching ``where``: what the map's pies per 통 show (a value handed to the map,
    never a query the map runs while it draws)."""
    from .districts import tong_code

    sql = ("SELECT dong_code, tong, coalesce(risk_level, 'unvisited'), count(*) FROM households "
           "WHERE status = 'active' AND dong_code IS NOT NULL AND tong IS NOT NULL")
    sql += f" AND ({where})" if where else ""
    out: dict[str, dict[str, int]] = {}
    for dong, tong, risk, n in conn.execute(sql + " GROUP BY 1, 2, 3"):
        counted = out.setdefault(tong_code(dong, tong), {r: 0 for r in cat.codes(cat.RISK_LEVELS) + (UNVISITED,)})
        counted[risk] = counted.get(risk, 0) + n
    for counted in out.values():
        counted["total"] = sum(counted.values())
    return out


LIST_COLUMNS = ("id", "case_no", "head_name", "address", "dong_code", "tong", "risk_level", "next_visit_due",
                "days_overdue", "open_needs", "last_visit_on", "phone", "household_types", "notes")


def household_list(conn: Connection, where: str | None, today: dt.date | None = None,
                   limit: int | None = None) -> list[ListedHousehold]:
    """Households matching ``where``, sorted by risk (high first, unvisited last), then days
    overdue (most first), then open needs (most first)."""
    today = today or dt.date.today()
    # most days overdue first = the earliest due date among the overdue (SQL both engines speak)
    sql = f"""SELECT h.id, h.case_no, h.head_name, h.address, h.dong_code, h.tong, h.risk_level, h.next_visit_due,
        (SELECT count(*) FROM needs n WHERE n.household_id = h.id AND n.status IN ('open', 'linked')) AS open_needs,
        h.last_visit_on, h.phone, h.household_types, h.notes
      FROM (SELECT * FROM households {'WHERE ' + where if where else ''}) h
      ORDER BY {RISK_ORDER_SQL.replace('risk_level', 'h.risk_level')},
        CASE WHEN h.next_visit_due < :today THEN 0 ELSE 1 END, CASE WHEN h.next_visit_due < :today THEN h.next_visit_due END,
        open_needs DESC, h.case_no, h.fid"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for (hid, case_no, name, address, dong, tong, risk, due, needs, last, phone, types, notes) in conn.execute(
            sql, {"today": today.isoformat()}).fetchall():
        due, last = db.day(due), db.day(last)
        overdue = (today - due).days if due and due < today else 0
        out.append(ListedHousehold(hid, case_no, name, address, dong, tong, risk, due, overdue, needs, last, phone, types,
                                   notes))
    return out
