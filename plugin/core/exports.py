"""Exports for upstream systems and partners. Pure Python: rows from the GeoPackage, and a
formatted workbook written with openpyxl."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import categories as cat
from . import db
from .rows import Connection, ListedHousehold

VISIT_RESULT_COLUMNS = (
    ("case_no", "사례번호", "Case no."), ("household", "가구", "Household"), ("visited_on", "방문일", "Visit date"),
    ("method", "방문방법", "Method"), ("outcome", "방문결과", "Outcome"), ("risk", "위기도", "Risk"),
    ("visitor", "방문자", "Visitor"), ("visitor_role", "방문자 역할", "Visitor role"),
    ("content", "상담내용", "Content"), ("needs", "욕구", "Needs"), ("linkages", "서비스 연계", "Linkages"),
    # after the columns laid out for 행복e음 (the lead visitor is its 방문자)
    ("companions", "동행 방문자", "Further visitors"),
)


def visit_results(conn: Connection, date_from: dt.date | str, date_to: dt.date | str,
                  lang: str = "ko") -> list[dict[str, Any]]:
    """One dict per visit between the dates (inclusive), laid out for re-entry into 행복e음: case
    number, date, method, outcome, risk, visitor, content, the needs found at the visit and the
    services linked for them. Oldest first."""
    def lab(categories, code):
        return cat.label(categories, code, lang) if code else ""

    rows = []
    for vid, hid, case_no, day, method, outcome, risk, vname, vrole, notes in conn.execute(
            "SELECT v.id, v.household_id, h.case_no, v.visited_on, v.method, v.outcome, v.risk_level, "
            "p.name, p.role, v.notes FROM visits v JOIN households h ON h.id = v.household_id "
            "LEFT JOIN visitors p ON p.id = v.visitor_id WHERE v.visited_on BETWEEN ? AND ? "
            "ORDER BY v.visited_on, v.fid", (str(date_from), str(date_to))):
        companions = [name for (name,) in conn.execute(
            "SELECT w.name FROM visit_visitors c JOIN visitors w ON w.id = c.visitor_id WHERE c.visit_id = ? "
            "ORDER BY c.fid", (vid,))]
        needs, linkages = [], []
        for nid, domain, item, status in conn.execute(
                "SELECT id, domain, item, status FROM needs WHERE visit_id = ? ORDER BY fid", (vid,)):
            needs.append(f"{lab(cat.NEED_DOMAINS, domain)}: {item or ''} ({lab(cat.NEED_STATUS, status)})")
            for kind, facility, provider, on, lstatus in conn.execute(
                    "SELECT l.kind, f.name, l.provider_name, l.linked_on, l.status FROM linkages l "
                    "LEFT JOIN facilities f ON f.id = l.facility_id WHERE l.need_id = ? ORDER BY l.fid", (nid,)):
                linkages.append(f"{db.text_day(on)} {lab(cat.LINKAGE_KINDS, kind)} · {facility or provider or ''} "
                                f"({lab(cat.LINKAGE_STATUS, lstatus)})")
        rows.append({"case_no": case_no or "", "household": hid, "visited_on": db.day(day),
                     "method": lab(cat.VISIT_METHODS, method), "outcome": lab(cat.VISIT_OUTCOMES, outcome),
                     "risk": lab(cat.RISK_LEVELS, risk), "visitor": vname or "", "visitor_role": lab(cat.VISITOR_ROLES, vrole),
                     "companions": ", ".join(companions),
                     "content": notes or "", "needs": "\n".join(needs), "linkages": "\n".join(linkages)})
    return rows


# A cell text starting with one of these is a formula to a spreadsheet (CSV/DDE injection):
# such values are written as text, never as formulas.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: Any) -> Any:
    """Keep a cell whose text would read as a formula a plain text (and mark it so in Excel)."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def append_row(sheet: Any, values: Sequence[Any]) -> int:
    """Append one row of values, every formula-looking text kept as text; returns its row number
    (counted by openpyxl as it appends: reading ``max_row`` per row would make writing quadratic)."""
    sheet.append(values)
    number = sheet._current_row  # noqa: SLF001 - the row append just wrote
    for index in range(1, len(values) + 1):
        value = values[index - 1]
        if isinstance(value, str) and value.startswith(FORMULA_START):
            as_text(sheet.cell(row=number, column=index))
    return number


def write_workbook(path: str | Path, sheet_title: str, columns: Sequence[tuple[str, str, str]],
                   rows: Sequence[Mapping[str, Any]], lang: str = "ko", risk_key: str | None = None) -> str | Path:
    """A workbook with one sheet: headers in the language, bold, filled and frozen, an autofilter,
    dates as dates, risk cells filled in the risk colours, columns sized to their text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet.append([ko if lang == "ko" else en for _, ko, en in columns])
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    fills = {(c.ko if lang == "ko" else c.en): PatternFill("solid", fgColor=cat.RISK_COLOURS[c.code].lstrip("#").upper())
             for c in cat.RISK_LEVELS}
    white = Font(color="FFFFFF", bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        number = append_row(sheet, [row[key] for key, _, _ in columns])
        for index, (key, _, _) in enumerate(columns, start=1):
            value = row[key]
            if isinstance(value, dt.date):
                sheet.cell(row=number, column=index).number_format = "yyyy-mm-dd"
            elif key == risk_key and value in fills:
                cell = sheet.cell(row=number, column=index)
                cell.fill = fills[value]
                cell.font = white
            elif isinstance(value, str) and "\n" in value:
                sheet.cell(row=number, column=index).alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, (key, ko, en) in enumerate(columns, start=1):
        longest = max([len(ko if lang == "ko" else en)] + [max((len(s) for s in str(r[key]).split("\n")), default=0)
                                                          for r in rows[:500]])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest * 1.6 + 2))
    book.save(path)
    return path


HOUSEHOLD_LIST_COLUMNS = (
    ("case_no", "사례번호", "Case no."), ("head_name", "성명", "Name"), ("address", "주소", "Address"),
    ("dong", "행정동", "Dong"), ("tong", "통", "Tong"), ("risk", "위기도", "Risk"),
    ("next_visit_due", "다음 방문 예정일", "Next visit due"), ("days_overdue", "경과일수", "Days overdue"),
    ("open_needs", "미해결 욕구", "Open needs"), ("last_visit_on", "최근 방문일", "Last visit"),
    ("household_types", "가구유형", "Household types"), ("phone", "전화", "Phone"), ("notes", "메모", "Notes"),
)
PARTNER_HIDDEN = ("phone", "notes", "address")  # a partner sees no phone, note or house: 동 and 통 only
PARTNER_LIST_COLUMNS = tuple(c if c[0] != "case_no" else ("case_no", "가구 번호(가명)", "Household (pseudonym)")
                             for c in HOUSEHOLD_LIST_COLUMNS if c[0] not in PARTNER_HIDDEN)


def household_list_rows(conn: Connection, rows: Iterable[ListedHousehold], lang: str = "ko",
                        partner: bool = False) -> list[dict[str, Any]]:
    """Dicts for the workbook from :func:`.filters.household_list` rows; ``partner`` masks the
    name (홍*동), replaces the case number by a pseudonym (keyed with the database's pseudonym key:
    :class:`.privacy.PseudonymSecretError` without one) and leaves out phone, notes, address."""
    from .privacy import mask_name, masked_id, pseudonym_secret

    secret = pseudonym_secret(conn) if partner else None
    dongs = dict(conn.execute("SELECT code, name FROM districts WHERE level = 'dong'"))
    type_labels = {c.code: (c.ko if lang == "ko" else c.en) for c in cat.HOUSEHOLD_TYPES}
    unvisited = cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en
    out = []
    for h in rows:
        types = [type_labels.get(t, t) for t in (h.household_types or "").strip("{}").replace(";", ",").replace('"', "")
                 .split(",") if t]
        row = {"case_no": masked_id(h.id, secret) if partner else (h.case_no or ""),
               "head_name": mask_name(h.head_name) if partner else (h.head_name or ""),
               "address": h.address or "", "dong": dongs.get(h.dong_code, h.dong_code or ""), "tong": h.tong,
               "risk": cat.label(cat.RISK_LEVELS, h.risk_level, lang) if h.risk_level else unvisited,
               "next_visit_due": h.next_visit_due, "days_overdue": h.days_overdue or 0,
               "open_needs": h.open_needs, "last_visit_on": h.last_visit_on,
               "household_types": ", ".join(types), "phone": h.phone or "", "notes": h.notes or ""}
        if partner:
            for key in PARTNER_HIDDEN:
                del row[key]
        out.append(row)
    return out
