"""The use report (welfarevisitmap:usage_report): who uses the system, and where, from the audit
log — per person (``audit_log.user``) and per 동: visits recorded, households edited, prints,
exports, imports and the last activity; the 동 with no activity in N days; a month by month
table. Pure Python: plain rows read with SQL both engines speak, counted here; openpyxl to write.

A row is the 동's by what it touched: a visit by its household's 동, a household by its own, a
print by the 동 it printed (its ``districts``); an export or import, or a print that names no
place, by the person's 동 (``staff_dongs`` on a shared database, else the 동 most of the
person's visits and households are in). On a shared database the audit log is readable by the
district admin and the auditor; a 동's staff read, through the server's ``dong_usage()``, the
rows of the logins who work for their 동 and get their 동's figures only (a login with neither gets
:class:`NotAllowedError`); the auditor, who reads the log and nothing else, gets the figures per
person and 동 only as far as the log names them.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from . import db
from .rows import Connection
from .statistics import _day

# (key, Korean, English) of the figures, per person and per 동
FIGURES = (
    ("visits", "방문 기록", "Visits recorded"),
    ("households", "가구 수정", "Households edited"),
    ("prints", "인쇄", "Prints"),
    ("exports", "내보내기", "Exports"),
    ("imports", "가져오기", "Imports"),
)


class NotAllowedError(Exception):
    """The login may not read the audit log (a shared database's staff)."""


def _readable(conn: Connection, sql: str, args: tuple[Any, ...] = ()) -> list[Any] | None:
    """The rows of ``sql``, or None when the login may not read them (the auditor: the log only)."""
    try:
        return conn.execute(sql, args).fetchall()
    except db.errors():
        return None


def _figure(action: str, table: str | None) -> str | None:
    if action in ("print", "export", "import"):
        return action + "s"
    if table == "visits" and action == "insert":
        return "visits"
    if table == "households" and action in ("insert", "update"):
        return "households"
    return None


def compute(conn: Connection, date_from: dt.date | str, date_to: dt.date | str, idle_days: int = 30,
            lang: str = "ko") -> dict[str, Any]:
    first, last = _day(date_from), _day(date_to)
    assert first is not None and last is not None
    columns = '"user", action, table_name, record_id, detail, at'
    mine: set[str] | None = None  # a 동's staff on a shared database: their 동 only
    log = _readable(conn, f"SELECT {columns} FROM audit_log")
    if log is None:
        log = _readable(conn, f"SELECT {columns} FROM dong_usage()")  # the colleagues of my 동 (pg.py)
        if log is None:
            raise NotAllowedError("the audit log cannot be read")
        mine = {code for (code,) in (_readable(conn, "SELECT dong_code FROM staff_dongs WHERE login = session_user")
                                     or [])}
    dongs = {code: name for code, name in (_readable(conn, "SELECT code, name FROM districts WHERE level = 'dong'")
                                            or []) if mine is None or code in mine}
    household_dong = {hid: dong for hid, dong in (_readable(conn, "SELECT id, dong_code FROM households") or [])}
    visit_dong = {vid: household_dong.get(hid) for vid, hid in
                  (_readable(conn, "SELECT id, household_id FROM visits") or [])}
    staff = defaultdict(list)
    for login, dong in _readable(conn, "SELECT login, dong_code FROM staff_dongs") or []:
        staff[login].append(dong)

    def touched(table: str | None, record: Any) -> str | None:
        if table == "visits":
            return visit_dong.get(record)
        if table == "households":
            return household_dong.get(record)
        return None

    # each person's 동: staff_dongs, else where most of what they touched is
    where: dict[str, Counter[str]] = defaultdict(Counter)
    for user, _, table, record, _, _ in log:
        dong = touched(table, record)
        if dong:
            where[user or "-"][dong] += 1
    home = {user: (staff[user] if staff.get(user) else [where[user].most_common(1)[0][0]] if where[user] else [])
            for user in {u or "-" for u, *_ in log}}

    people: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    months: dict[str, Counter[str]] = defaultdict(Counter)
    last_seen_person: dict[str, dt.date] = {}
    last_seen_dong: dict[str, dt.date] = {}
    for user, action, table, record, detail, at in log:
        user = user or "-"
        day = _day(at)
        if day is None or day > last:
            continue
        figure = _figure(action, table)
        places_of = _dongs_of(action, table, record, detail, touched, home.get(user, []))
        if mine is not None and not (places_of and set(places_of) <= mine):
            continue  # a colleague's work in another 동 is not my 동's to see
        last_seen_person[user] = max(day, last_seen_person.get(user, day))
        if day < first:  # before the period: only the last activity
            for dong in places_of:
                last_seen_dong[dong] = max(day, last_seen_dong.get(dong, day))
            continue
        for dong in places_of:
            last_seen_dong[dong] = max(day, last_seen_dong.get(dong, day))
        if figure is None:
            continue
        person = people.setdefault(user, {"households": set(), **{k: 0 for k, _, _ in FIGURES if k != "households"}})
        for dong in places_of or ["-"]:
            place = places.setdefault(dong, {"households": set(), **{k: 0 for k, _, _ in FIGURES if k != "households"}})
            _count(place, figure, record)
        _count(person, figure, record)
        months[day.isoformat()[:7]][figure if figure != "households" else "households"] += 1

    def row(name: str, figures: dict[str, Any] | None, seen: dt.date | None) -> tuple[Any, ...]:
        figures = figures or {"households": set()}
        values = [len(figures["households"]) if k == "households" else figures.get(k, 0) for k, _, _ in FIGURES]
        return (name, *values, seen, (last - seen).days if seen else None)

    person_rows = [row(user, people.get(user), last_seen_person.get(user))
                   for user in sorted(set(people) | set(last_seen_person))]
    dong_codes = sorted(set(dongs) | {d for d in places if d != "-"} | {d for d in last_seen_dong if d != "-"})
    if mine is not None:
        dong_codes = [code for code in dong_codes if code in mine]
    dong_rows = [row(dongs.get(code, code), places.get(code), last_seen_dong.get(code)) for code in dong_codes]
    if "-" in places and mine is None:
        dong_rows.append(row("-", places["-"], last_seen_dong.get("-")))
    idle = [(dongs.get(code, code), last_seen_dong.get(code)) for code in dong_codes
            if code in dongs and (code not in last_seen_dong or (last - last_seen_dong[code]).days >= idle_days)]
    month_rows = [(m, *(months[m][k] for k, _, _ in FIGURES)) for m in sorted(months)]
    return {"period": (first, last), "idle_days": idle_days, "people": person_rows, "dongs": dong_rows,
            "idle": idle, "months": month_rows, "dongs_known": bool(household_dong) or not log,
            "only_dongs": sorted(mine) if mine is not None else None}


def _count(figures: dict[str, Any], figure: str, record: Any) -> None:
    if figure == "households":
        figures["households"].add(record)
    else:
        figures[figure] += 1


def _dongs_of(action: str, table: str | None, record: Any, detail: Any, touched: Any, home: list[str]) -> list[str]:
    dong = touched(table, record)
    if dong:
        return [dong]
    if action == "print" and detail:
        try:
            named = json.loads(detail).get("districts") or []
        except (ValueError, AttributeError):
            named = []
        found = sorted({str(code)[:10] for code in named if code})
        if found:
            return found
    if action in ("print", "export", "import"):
        return list(home)
    return []


def write(path: str | Path, report: dict[str, Any], lang: str = "ko") -> str | Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill

    from .exports import append_row

    ko = lang == "ko"
    book = Workbook()
    fill = PatternFill("solid", fgColor="DDEBF7")
    heads = [k if ko else e for _, k, e in FIGURES]
    tail = ["마지막 활동" if ko else "Last activity", "지난 날수" if ko else "Days since"]

    def sheet(ws, headers, rows, width=14):
        ws.append(headers)
        for cell in ws[ws.max_row]:
            cell.font, cell.fill = Font(bold=True), fill
        for r in rows:
            append_row(ws, list(r))
        ws.freeze_panes = "A2"
        for column in ws.columns:
            ws.column_dimensions[column[0].column_letter].width = width
        return ws

    summary = book.active
    summary.title = "요약" if ko else "Summary"
    first, last = report["period"]
    summary.append(["복지방문지도 사용 현황" if ko else "Welfare visit map use"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["기간" if ko else "Period", f"{first} ~ {last}"])
    summary.append(["사용자" if ko else "People", len(report["people"])])
    for i, (_, k, e) in enumerate(FIGURES, start=1):
        summary.append([k if ko else e, sum(r[i] for r in report["people"])])
    summary.append([])
    summary.append([(f"{report['idle_days']}일 이상 활동 없는 동" if ko else
                     f"동 with no activity in {report['idle_days']} days"), len(report["idle"])])
    summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    for name, seen in report["idle"]:
        append_row(summary, [name, seen if seen else ("활동 없음" if ko else "none")])
    if not report["dongs_known"]:
        summary.append([])
        summary.append(["이 로그인은 가구를 볼 수 없어 동별 집계는 로그가 이름 붙인 곳만 셈" if ko else
                        "This login cannot read the households: by 동, only what the log itself names"])
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 34, 22
    sheet(book.create_sheet("사람별" if ko else "By person"), ["사용자" if ko else "Person", *heads, *tail],
          report["people"])
    sheet(book.create_sheet("동별" if ko else "By dong"), ["행정동" if ko else "Dong", *heads, *tail], report["dongs"])
    months = sheet(book.create_sheet("월별" if ko else "By month"), ["월" if ko else "Month", *heads],
                   report["months"])
    if report["months"]:
        chart = BarChart()
        chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
        chart.title = "월별 사용" if ko else "Use by month"
        chart.add_data(Reference(months, min_col=2, max_col=1 + len(FIGURES), min_row=1,
                                 max_row=len(report["months"]) + 1), titles_from_data=True)
        chart.set_categories(Reference(months, min_col=1, min_row=2, max_row=len(report["months"]) + 1))
        chart.width, chart.height = 20, 10
        months.add_chart(chart, "H2")
    notes = book.create_sheet("주석" if ko else "Notes")
    for k, e in (
            ("감사 기록(audit_log)에서 셈: 방문 기록은 방문 추가, 가구 수정은 추가·수정한 가구 수, 인쇄·내보내기·가져오기는 "
             "그 기록 건수.", "Counted from the audit log: visits recorded are visits added, households edited the "
             "households added or changed, prints, exports and imports their audit rows."),
            ("동별: 방문은 가구의 동, 가구는 그 동, 인쇄는 인쇄한 동, 내보내기·가져오기(와 장소 없는 인쇄)는 그 사람의 동 "
             "(공유 DB의 담당 동, 없으면 그 사람이 가장 많이 기록한 동).",
             "By 동: a visit by its household's 동, a household by its own, a print by the 동 printed, an export or "
             "import (or a print naming no place) by the person's 동 (their 동 on a shared database, else where "
             "most of what they recorded is)."),
            ("지난 날수와 활동 없는 동은 기간 말일 기준.", "Days since and 동 with no activity: counted to the end of "
             "the period.")):
        notes.append([k if ko else e])
    notes.column_dimensions["A"].width = 120
    book.save(path)
    return path
