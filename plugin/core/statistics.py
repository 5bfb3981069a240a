"""The statistics workbook: the figures Seodaemun reported, then by 동, 통, month, benefit type,
need domain and item, linkage kind and status, crisis indicator and discovery source, each
**as of the period**, and each compared with an earlier period (by default the same period a
year earlier). Pure Python: plain rows read with SQL both engines speak (the shared database
answers as the login: a 동's staff get their 동's figures), counted here; openpyxl to write.

As of the period (DATE_FROM–DATE_TO):

- a household exists from the day it was found (``found_on``), or else the day it was recorded
  (``created_at``);
- it leaves care on the day of a closing visit (outcome moved/deceased) or of a registry death
  or move-out (``registry_changes.effective_on``); a registry move-in takes a moved household back;
  a household whose status today says otherwise than those (closed by hand, 종결, or re-opened)
  changed on the day it was last edited (``updated_at``): the database keeps no other date;
- its risk at a day is the risk assessed at its latest met visit on or before that day; a risk
  that came with an imported list counts from the day the household was recorded, while no visit
  has assessed it;
- visits, participations, needs (on their visit's day) and linkages (on ``linked_on``) count
  when dated within the period; benefit type, members, crisis indicators, discovery source and a
  linkage's status are what the database holds today (it keeps no history of them).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import categories as cat
from .rows import Connection

ACTIVE, MOVED, DECEASED, CLOSED, MOVE_IN = "active", "moved", "deceased", "closed", "move_in"
CLOSING_OUTCOMES = {"moved": MOVED, "deceased": DECEASED}
CLOSING_CHANGES = {"death": DECEASED, "move_out": MOVED, "move_in": MOVE_IN}
BASIC_LIVELIHOOD = ("basic_general", "basic_conditional", "basic_special", "basic_facility")

# (key, Korean, English) of the summary, in the order of the sheet
SUMMARY = (
    ("households", "대상 가구", "Households in care"),
    ("households_in_period", "기간 중 관리 가구", "Households in care during the period"),
    ("visited_households", "방문 가구", "Households visited"),
    ("visits", "방문 건수", "Visits"),
    # each visitor taking part in a visit, its lead and its further visitors (the seed: 19,024)
    ("participations", "방문자 참여 연인원", "Visitor participations"),
    ("risk_high", "고위험 가구", "High-risk households"),
    ("risk_medium", "중위험 가구", "Medium-risk households"),
    ("risk_low", "저위험 가구", "Low-risk households"),
    ("risk_none", "위기도 미평가 가구", "Households not yet assessed"),
    ("needs", "욕구 건수", "Needs recorded"),
    ("linkages", "서비스 연계 건수", "Service linkages"),
    ("found", "기간 중 발굴 가구", "Households found in the period"),
    ("left", "기간 중 관리 종료 가구", "Households that left care in the period"),
    ("with_indicators", "위기정보 있는 가구", "Households with crisis indicators"),
    ("persons", "대상 가구원", "Persons in the households in care"),
)

# how each figure is counted (the notes sheet)
NOTES = {
    "households": ("기간 말일(DATE_TO)에 관리 중인 가구: 발굴일(found_on, 없으면 등록일 created_at)이 말일 이전이고, 말일까지 "
                   "이사·사망 방문(방문결과 이사/사망)이나 주민등록 사망·전출(registry_changes.effective_on)로 관리가 끝나지 "
                   "않은 가구. 전입은 전출한 가구를 다시 관리 중으로 돌림. 지금 상태가 이와 다른 가구(직접 종결하거나 다시 "
                   "연 가구)는 마지막 수정일(updated_at)에 바뀐 것으로 봄.",
                   "Households in care on DATE_TO: found (found_on, else recorded: created_at) on or before it, and not "
                   "taken out of care by then by a closing visit (outcome moved/deceased) or a registry death or "
                   "move-out (registry_changes.effective_on); a move-in takes a moved household back. A household whose "
                   "status today says otherwise (closed or re-opened by hand) changed on the day it was last edited "
                   "(updated_at)."),
    "households_in_period": ("기간 중 하루라도 관리 중이던 가구 (기간 중 관리가 끝난 가구 포함: 누적 대상 가구).",
                             "Households in care on at least one day of the period (those that left care in it "
                             "included: the cumulative figure)."),
    "visited_households": ("기간 중 방문 기록이 있는 가구 (이후 관리가 끝난 가구 포함).",
                           "Households with a visit dated in the period (those that left care afterwards included)."),
    "visits": ("방문일이 기간 안인 방문.", "Visits dated in the period."),
    "participations": ("기간 중 방문의 방문자 참여: 주 방문자와 동행 방문자(visit_visitors) 각 1회.",
                       "Visitors taking part in the visits of the period: the lead and each further visitor "
                       "(visit_visitors) once."),
    "risk_high": ("대상 가구(기간 말 현재) 중, 말일 이전 마지막 면담 방문에서 평가한 위기도가 고위험인 가구. 방문 없이 "
                  "명단과 함께 들어온 위기도는 등록일부터 방문이 평가할 때까지 셈. 전출·사망 가구는 세지 않음.",
                  "Households in care on DATE_TO whose risk assessed at their latest met visit on or before it is high "
                  "(a risk that came with an imported list counts from the day recorded until a visit assesses it). "
                  "Moved and deceased households are not counted."),
    "risk_medium": ("위와 같이, 중위험.", "As above, medium."),
    "risk_low": ("위와 같이, 저위험.", "As above, low."),
    "risk_none": ("대상 가구(기간 말 현재) 중 말일까지 위기도가 평가되지 않은 가구.",
                  "Households in care on DATE_TO with no risk assessed by then."),
    "needs": ("기간 중 방문에서 들은 욕구 (방문 없이 기록한 욕구는 기록일로 셈).",
              "Needs heard at the visits of the period (a need recorded without a visit: on the day recorded)."),
    "linkages": ("연계일(linked_on)이 기간 안인 서비스 연계. 연계 상태(요청·제공·거절)는 오늘의 상태.",
                 "Service linkages dated (linked_on) in the period; their status (requested, provided, declined) is "
                 "today's."),
    "found": ("발굴일(없으면 등록일)이 기간 안인 가구.", "Households found (else recorded) in the period."),
    "left": ("기간 중 관리가 끝나 말일에 관리 중이 아닌 가구 (이사·사망·종결).",
             "Households in care during the period but no longer on DATE_TO (moved, deceased, closed)."),
    "with_indicators": ("대상 가구(기간 말 현재) 중 위기정보(crisis_indicators)가 있는 가구. 위기정보는 오늘 기록된 것.",
                        "Households in care on DATE_TO with crisis indicators (as recorded today)."),
    "persons": ("대상 가구(기간 말 현재)의 가구원 수(members) 합. 가구원 수를 모르는 가구는 1명으로 셈.",
                "The members of the households in care on DATE_TO; a household whose size is unknown counts as 1."),
    "benefit": ("급여 유형(benefit_status)별 대상 가구(기간 말 현재)와 가구원. 가구원 수를 모르는 가구는 1명으로 셈(그 가구 "
                "수는 '가구원 수 미상' 열). 급여 유형은 오늘 기록된 것. '기초생활 수급 계'는 일반·조건부·특례·시설의 합.",
                "Households in care on DATE_TO and their members, by benefit type (benefit_status, as recorded today); "
                "a household whose size is unknown counts as 1 person (how many: the 'size unknown' column). 'Basic "
                "livelihood, total' adds general, conditional, special and facility."),
    "compare": ("비교 기간(COMPARE_FROM–COMPARE_TO, 기본: 1년 전 같은 기간)을 같은 방법으로 센 값과 증감률 "
                "((이번 − 비교) ÷ 비교 × 100, 비교 값이 0이면 빈칸).",
                "The comparison period (COMPARE_FROM–COMPARE_TO, by default the same period a year earlier) counted "
                "the same way, and the change in % ((this − earlier) ÷ earlier × 100; empty when earlier is 0)."),
}


KST = dt.timezone(dt.timedelta(hours=9), "KST")  # Korea keeps no daylight saving time


def _day(value: Any) -> dt.date | None:
    """A date from a DATE or a DATETIME of either engine; a timestamp (stored in UTC: a
    GeoPackage's text ends in 'Z', the server's carries its zone) counts on its day in Korea —
    a record made at 08:00 on 1 January is January's, not December's."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(KST).date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) > 10 and text[10] in "T ":
        try:
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return dt.date.fromisoformat(text[:10])
        return _day(stamp)
    return dt.date.fromisoformat(text[:10])


def year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February: the 28th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def change(now: float | None, earlier: float | None) -> float | None:
    """The change from ``earlier`` to ``now`` in % (one decimal); None when earlier is 0."""
    if not earlier or now is None:
        return None
    return round((now - earlier) / earlier * 100, 1)


@dataclass
class _Household:
    id: str
    dong: str | None
    tong: int | None
    benefit: str | None
    members: int | None
    start: dt.date | None
    source: str | None
    indicators: frozenset[str]
    listed_risk: str | None
    events: list[tuple[dt.date, int, str]] = field(default_factory=list)
    met: list[tuple[dt.date, int, str]] = field(default_factory=list)

    def state(self, day: dt.date) -> str:
        state = ACTIVE
        for when, _, event in self.events:
            if when > day:
                break
            if event == MOVE_IN:
                state = ACTIVE if state == MOVED else state
            else:
                state = event
        return state

    def exists(self, day: dt.date) -> bool:
        return self.start is None or self.start <= day

    def in_care(self, day: dt.date) -> bool:
        return self.exists(day) and self.state(day) == ACTIVE

    def in_care_during(self, first: dt.date, last: dt.date) -> bool:
        if not self.exists(last):
            return False
        begin = max(first, self.start) if self.start else first
        days = [begin] + [when for when, _, _ in self.events if begin < when <= last]
        return any(self.state(d) == ACTIVE for d in days)

    def risk(self, day: dt.date) -> str | None:
        latest = None
        for when, _, level in self.met:
            if when > day:
                break
            latest = level
        if latest is None and not self.met and self.exists(day):
            return self.listed_risk
        return latest


def _codes(text: Any) -> frozenset[str]:
    if text is None:
        return frozenset()
    if isinstance(text, (list, tuple)):
        return frozenset(str(c) for c in text if c)
    return frozenset(c.strip().strip('"') for c in str(text).strip("{}").replace(";", ",").split(",") if c.strip())


def _households(conn: Connection) -> dict[str, _Household]:
    households = {}
    edited: dict[str, dt.date | None] = {}
    for (hid, dong, tong, benefit, members, found, created, updated, status, source, indicators,
         risk) in conn.execute(
            "SELECT id, dong_code, tong, benefit_status, members, found_on, created_at, updated_at, status, "
            "discovery_source, crisis_indicators, risk_level FROM households"):
        start = _day(found) or _day(created)
        h = _Household(hid, dong, tong, benefit, members, start, source, _codes(indicators), risk)
        h.events.append((dt.date.min, 0, status or ACTIVE))  # stands for today's status until the checks below
        households[hid] = h
        edited[hid] = _day(updated) or _day(created)
    for hid, day, fid, outcome, risk in conn.execute(
            "SELECT household_id, visited_on, fid, outcome, risk_level FROM visits "
            "WHERE outcome IN ('met', 'moved', 'deceased') ORDER BY visited_on, fid"):
        visited = households.get(hid)
        if visited is None:
            continue
        if outcome in CLOSING_OUTCOMES:
            visited.events.append((_day(day) or dt.date.min, 1, CLOSING_OUTCOMES[outcome]))
        elif outcome in cat.MET_OUTCOMES and risk:
            visited.met.append((_day(day) or dt.date.min, fid, risk))
    for hid, change_, day, fid in conn.execute(
            "SELECT household_id, change, effective_on, fid FROM registry_changes WHERE household_id IS NOT NULL "
            "AND change IN ('death', 'move_out', 'move_in')"):
        if hid in households:
            households[hid].events.append((_day(day) or dt.date.min, 2 + int(fid or 0), CLOSING_CHANGES[change_]))
    # today's status the events do not explain (closed or re-opened by hand): from the day last edited
    for h in households.values():
        status = h.events.pop(0)[2]
        h.events.sort()
        h.met.sort()
        if h.met:
            h.listed_risk = None
        explained = h.state(dt.date.max)
        if (status == ACTIVE) != (explained == ACTIVE):
            last = max([when for when, _, _ in h.events] + [edited.get(h.id) or dt.date.min])
            h.events.append((last, 10 ** 9, status))
    return households


def _label(categories: Iterable[cat.Category], code: str | None, lang: str) -> str:
    return cat.label(categories, code, lang) if code else "-"


def _item_label(item: Any, lang: str) -> str:
    if not item:
        return "-"
    text = str(item).strip()
    if lang != "ko":
        for _, ko, en in cat.COMMON_NEED_ITEMS:
            if text == ko:
                return en
    return text


def compute(conn: Connection, date_from: dt.date | str, date_to: dt.date | str, lang: str = "ko") -> dict[str, Any]:
    """All the tables of the report, as of the period (see the module's words)."""
    first, last = _day(date_from), _day(date_to)
    assert first is not None and last is not None
    within = lambda value: (d := _day(value)) is not None and first <= d <= last  # noqa: E731
    households = _households(conn)
    in_care = {hid for hid, h in households.items() if h.in_care(last)}
    risk = {hid: households[hid].risk(last) for hid in in_care}

    visits: list[tuple[str, str, dt.date, str | None]] = []
    for vid, hid, day, visitor in conn.execute("SELECT id, household_id, visited_on, visitor_id FROM visits"):
        if (on := _day(day)) is not None and first <= on <= last:
            visits.append((vid, hid, on, visitor))
    visited = {hid for _, hid, _, _ in visits}
    in_period = {vid for vid, _, _, _ in visits}
    roles = {vid: role for vid, role in conn.execute("SELECT id, role FROM visitors")}
    participants = [(vid, visitor) for vid, _, _, visitor in visits if visitor is not None]
    participants += [(vid, visitor) for vid, visitor in conn.execute("SELECT visit_id, visitor_id FROM visit_visitors")
                     if vid in in_period]
    role_participations = Counter(roles.get(p) for _, p in participants)
    role_visits = Counter(role for role, _ in {(roles.get(p), vid) for vid, p in participants})
    role_order = sorted(role_participations, key=lambda r: (-role_participations[r], r or ""))

    visit_days = {vid: day for vid, day in conn.execute("SELECT id, visited_on FROM visits")}
    needs = [(domain, item) for domain, item, visit_id, created in conn.execute(
        "SELECT domain, item, visit_id, created_at FROM needs")
        if within(visit_days.get(visit_id) if visit_id else created)]
    linkages = [(kind, status) for kind, status, day in conn.execute("SELECT kind, status, linked_on FROM linkages")
                if within(day)]
    found = [h for h in households.values() if h.start is not None and first <= h.start <= last]
    during = {hid for hid, h in households.items() if h.in_care_during(first, last)}
    persons = lambda hids: sum(households[h].members or 1 for h in hids)  # noqa: E731

    summary = {
        "households": len(in_care),
        "households_in_period": len(during),
        "visited_households": len(visited),
        "visits": len(visits),
        "participations": len(participants),
        "risk_high": sum(1 for r in risk.values() if r == "high"),
        "risk_medium": sum(1 for r in risk.values() if r == "medium"),
        "risk_low": sum(1 for r in risk.values() if r == "low"),
        "risk_none": sum(1 for r in risk.values() if r is None),
        "needs": len(needs),
        "linkages": len(linkages),
        "found": len(found),
        "left": len(during - in_care),
        "with_indicators": sum(1 for hid in in_care if households[hid].indicators),
        "persons": persons(in_care),
    }

    # by 동 and 통: households in care at the end, visited in the period, risk at the end
    names = {code: (name, parent) for code, name, parent in conn.execute(
        "SELECT code, name, parent_code FROM districts")}

    def area_rows(key_of) -> list[tuple[Any, ...]]:
        rows: dict[str, list[int]] = {}
        for hid, h in households.items():
            key = key_of(h)
            if key is None or key not in names or not (hid in in_care or hid in visited):
                continue
            row = rows.setdefault(key, [0] * 6)
            row[1] += hid in visited
            if hid in in_care:
                row[0] += 1
                row[2 + ("high", "medium", "low", None).index(risk[hid])] += 1
        out = []
        for key in sorted(rows):
            name, parent = names[key]
            out.append((name, names.get(parent, (None,))[0] if parent else None, *rows[key]))
        return out

    by_dong = area_rows(lambda h: h.dong)
    by_tong = area_rows(lambda h: f"{h.dong}-{h.tong:02d}" if h.dong and h.tong else None)
    months = sorted(Counter(d.isoformat()[:7] for _, _, d, _ in visits).items())
    month_households = {m: len({hid for _, hid, d, _ in visits if d.isoformat()[:7] == m}) for m, _ in months}
    by_month = [(m, n, month_households[m]) for m, n in months]

    def counted(values: Iterable[Any]) -> list[tuple[Any, int]]:
        return sorted(Counter(values).items(), key=lambda kv: (-kv[1], str(kv[0])))

    domains = [(_label(cat.NEED_DOMAINS, d, lang), n) for d, n in counted(d for d, _ in needs)]
    domain_order = cat.codes(cat.NEED_DOMAINS)
    items = sorted(Counter((d, _item_label(i, lang)) for d, i in needs).items(),
                   key=lambda kv: (domain_order.index(kv[0][0]) if kv[0][0] in domain_order else 99, -kv[1], kv[0][1]))
    need_items = [(_label(cat.NEED_DOMAINS, d, lang), item, n) for (d, item), n in items]
    kinds = [(_label(cat.LINKAGE_KINDS, k, lang), n) for k, n in counted(k for k, _ in linkages)]
    by_status = Counter(linkages)
    statuses = cat.codes(cat.LINKAGE_STATUS)
    kind_status = [(_label(cat.LINKAGE_KINDS, k, lang), n, *(by_status[(k, s)] for s in statuses))
                   for k, n in counted(k for k, _ in linkages)]

    benefit: dict[str | None, list[int]] = {}
    for hid in in_care:
        h = households[hid]
        row = benefit.setdefault(h.benefit, [0, 0, 0])
        row[0] += 1
        row[1] += h.members or 1
        row[2] += h.members is None
    benefit_rows = []
    for c in cat.BENEFIT_STATUS:
        figures = benefit.get(c.code, [0, 0, 0])
        benefit_rows.append((cat.label(cat.BENEFIT_STATUS, c.code, lang), *figures))
        if c.code == BASIC_LIVELIHOOD[-1]:
            total = [sum(benefit.get(b, [0, 0, 0])[i] for b in BASIC_LIVELIHOOD) for i in range(3)]
            benefit_rows.append(("기초생활 수급 계" if lang == "ko" else "Basic livelihood, total", *total))
    unknown = [v for k, v in benefit.items() if k not in cat.codes(cat.BENEFIT_STATUS)]
    if unknown:
        benefit_rows.append(("미상" if lang == "ko" else "Unknown", *(sum(v[i] for v in unknown) for i in range(3))))
    benefit_rows.append(("계" if lang == "ko" else "Total", len(in_care), persons(in_care),
                         sum(1 for h in in_care if households[h].members is None)))

    indicators = Counter(code for hid in in_care for code in households[hid].indicators)
    indicator_rows = [(cat.label(cat.CRISIS_INDICATORS, c.code, lang), indicators[c.code])
                      for c in cat.CRISIS_INDICATORS if indicators.get(c.code)]
    in_care_sources = Counter(households[h].source for h in in_care)
    found_sources = Counter(h.source for h in found)
    sources = [(_label(cat.DISCOVERY_SOURCES, s, lang), in_care_sources[s], found_sources[s])
               for s in sorted(set(in_care_sources) | set(found_sources),
                               key=lambda s: (-in_care_sources[s], -found_sources[s], str(s)))]
    return {"period": (first, last), "summary": summary,
            "roles": [(_label(cat.VISITOR_ROLES, r, lang), role_participations[r]) for r in role_order],
            "role_visits": [(_label(cat.VISITOR_ROLES, r, lang), role_visits[r]) for r in role_order],
            "dong": by_dong, "tong": by_tong, "months": by_month, "benefit": benefit_rows,
            "domains": domains, "need_items": need_items, "kinds": kinds, "kind_status": kind_status,
            "indicators": indicator_rows, "sources": sources}


def compare(conn: Connection, date_from: dt.date | str, date_to: dt.date | str,
            compare_from: dt.date | str | None = None, compare_to: dt.date | str | None = None,
            lang: str = "ko") -> dict[str, Any]:
    """The report of the period with the report of the comparison period under ``earlier`` (by
    default the same period a year earlier)."""
    first, last = _day(date_from), _day(date_to)
    assert first is not None and last is not None
    earlier_from = _day(compare_from) or year_earlier(first)
    earlier_to = _day(compare_to) or year_earlier(last)
    stats = compute(conn, first, last, lang)
    stats["earlier"] = compute(conn, earlier_from, earlier_to, lang)
    return stats


def with_earlier(rows: Sequence[Sequence[Any]], earlier: Sequence[Sequence[Any]] | None,
                 column: int = 1) -> list[tuple[Any, ...]]:
    """Each row (label first) with the earlier period's value of ``column`` (by label) and the
    change in %."""
    if earlier is None:
        return [tuple(r) for r in rows]
    before = {r[0]: r[column] for r in earlier}
    out = [(*r, before.get(r[0], 0), change(r[column], before.get(r[0], 0))) for r in rows]
    seen = {r[0] for r in rows}
    for r in earlier:  # what only the earlier period has
        if r[0] not in seen:
            out.append((r[0], *([0] * (len(r) - 1)), r[column], change(0, r[column])))
    return out


def write(path: str | Path, stats: dict[str, Any], date_from: dt.date | str, date_to: dt.date | str,
          lang: str = "ko") -> str | Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

    from .exports import append_row

    ko = lang == "ko"
    earlier = stats.get("earlier")
    book = Workbook()
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    compared = (["비교 기간", "증감(%)"] if ko else ["Earlier period", "Change (%)"]) if earlier else []

    def bold_row(ws, row):
        for cell in ws[row]:
            cell.font = Font(bold=True)
            cell.fill = header_fill

    def bar(ws, title, min_row, max_row, data_cols=(2,), anchor=None, y_title=None):
        chart = BarChart()
        chart.type = "col"
        chart.title = title
        for col in data_cols:
            chart.add_data(Reference(ws, min_col=col, min_row=min_row - 1, max_row=max_row), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=min_row, max_row=max_row))
        if y_title:
            chart.y_axis.title = y_title
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, anchor or f"{chr(ord('A') + ws.max_column + 1)}2")

    def sheet(title, headers, rows, chart_title=None, width=14, data_cols=(2,)):
        ws = book.create_sheet(title)
        ws.append(headers)
        bold_row(ws, 1)
        for row in rows:
            append_row(ws, list(row))
        ws.freeze_panes = "A2"
        for column in ws.columns:
            ws.column_dimensions[column[0].column_letter].width = width
        if chart_title and rows:
            bar(ws, chart_title, 2, len(rows) + 1, data_cols, f"{chr(ord('A') + len(headers) + 1)}2")
        return ws

    def before(key):
        return earlier[key] if earlier else None

    summary = book.active
    summary.title = "요약" if ko else "Summary"
    summary.append(["복지방문지도 통계" if ko else "Welfare visit map statistics"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["기간" if ko else "Period", f"{date_from} ~ {date_to}"])
    if earlier:
        summary.append(["비교 기간" if ko else "Earlier period", "{} ~ {}".format(*earlier["period"])])
    summary.append(["항목" if ko else "Figure", "이번 기간" if ko else "This period", *compared])
    bold_row(summary, summary.max_row)
    for key, k, e in SUMMARY:
        now = stats["summary"][key]
        row = [k if ko else e, now]
        if earlier:
            row += [earlier["summary"][key], change(now, earlier["summary"][key])]
        append_row(summary, row)
    summary.append([])
    summary.append(["방문자 역할별 방문 (참여자마다 1회)" if ko else "Visits by visitor role (once per participant)"])
    summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    summary.append(["역할" if ko else "Role", "참여 연인원" if ko else "Participations",
                    "방문 건수" if ko else "Visits", *compared])
    bold_row(summary, summary.max_row)
    role_visits = dict(stats["role_visits"])
    for role_row in with_earlier(stats["roles"], before("roles")):
        append_row(summary, [role_row[0], role_row[1], role_visits.get(role_row[0], 0), *role_row[2:]])
    summary.column_dimensions["A"].width = 34
    for letter in "BCD":
        summary.column_dimensions[letter].width = 16
    if earlier:
        # the two periods side by side: every figure, the flows first (visits, needs, ...: the chart)
        flows = ("visited_households", "visits", "participations", "needs", "linkages", "found")
        order = [*flows, *(k for k, _, _ in SUMMARY if k not in flows)]
        names = {key: (k if ko else e) for key, k, e in SUMMARY}
        side = book.create_sheet("기간 비교" if ko else "Comparison")
        side.append(["항목" if ko else "Figure", "이번 기간" if ko else "This period", *compared])
        bold_row(side, 1)
        for key in order:
            now, then = stats["summary"][key], earlier["summary"][key]
            append_row(side, [names[key], now, then, change(now, then)])
        side.freeze_panes = "A2"
        side.column_dimensions["A"].width = 34
        for letter in "BCD":
            side.column_dimensions[letter].width = 14
        bar(side, "이번 기간과 비교 기간" if ko else "This period and the earlier period", 2, 1 + len(flows), (2, 3),
            "F2")
    risk_heads = (["고위험", "중위험", "저위험", "미평가"] if ko else ["High", "Medium", "Low", "Not yet assessed"])
    sheet("동별" if ko else "By dong", ["행정동" if ko else "Dong", "대상 가구" if ko else "Households in care",
                                      "방문 가구" if ko else "Visited", *risk_heads],
          [(name, *figures) for name, _, *figures in stats["dong"]], "동별 대상 가구" if ko else "Households in care")
    sheet("통별" if ko else "By tong", ["통" if ko else "Tong", "행정동" if ko else "Dong",
                                      "대상 가구" if ko else "Households in care", "방문 가구" if ko else "Visited",
                                      *risk_heads], stats["tong"])
    sheet("월별" if ko else "By month", ["월" if ko else "Month", "방문 건수" if ko else "Visits",
                                       "방문 가구" if ko else "Households visited"], stats["months"],
          "월별 방문" if ko else "Visits by month")
    sheet("급여 유형" if ko else "Benefit types",
          ["급여 유형" if ko else "Benefit type", "가구" if ko else "Households", "가구원" if ko else "Persons",
           "가구원 수 미상" if ko else "Size unknown", *compared],
          with_earlier(stats["benefit"], before("benefit")), "급여 유형별 가구" if ko else "Households by benefit type",
          20, (2, 3))
    sheet("욕구 영역" if ko else "Need domains", ["욕구 영역" if ko else "Domain", "건수" if ko else "Needs", *compared],
          with_earlier(stats["domains"], before("domains")), "욕구 영역별" if ko else "Needs by domain", 18)
    sheet("욕구 항목" if ko else "Need items", ["욕구 영역" if ko else "Domain", "욕구 항목" if ko else "Item",
                                            "건수" if ko else "Needs"], stats["need_items"], None, 18)
    statuses = [cat.label(cat.LINKAGE_STATUS, s, lang) for s in cat.codes(cat.LINKAGE_STATUS)]
    sheet("연계 유형" if ko else "Linkage kinds", ["연계 유형" if ko else "Kind", "건수" if ko else "Linkages",
                                               *statuses, *compared],
          with_earlier(stats["kind_status"], before("kind_status")), "연계 유형별" if ko else "Linkages by kind", 22)
    sheet("위기정보" if ko else "Crisis indicators", ["위기정보" if ko else "Indicator", "가구" if ko else "Households"],
          stats["indicators"], "위기정보별 가구" if ko else "Households by crisis indicator", 22)
    sheet("발굴경로" if ko else "Discovery sources", ["발굴경로" if ko else "Source", "대상 가구" if ko else "In care",
                                                "기간 중 발굴" if ko else "Found in the period"],
          stats["sources"], "발굴경로별 가구" if ko else "Households by discovery source", 20)
    notes = book.create_sheet("주석" if ko else "Notes")
    notes.append(["항목" if ko else "Figure", "세는 방법" if ko else "How it is counted"])
    bold_row(notes, 1)
    labels = {key: (k, e) for key, k, e in SUMMARY}
    labels["benefit"] = ("급여 유형", "Benefit types")
    labels["compare"] = ("비교 기간", "Earlier period")
    for key, (k, e) in NOTES.items():
        append_row(notes, [labels[key][0 if ko else 1], k if ko else e])
    notes.column_dimensions["A"].width, notes.column_dimensions["B"].width = 26, 110
    for row in notes.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
        row[0].alignment = Alignment(vertical="top")
    book.save(path)
    return path
