"""What each printed page says about its district: title and households per risk.
Computed once per print with SQL (pure Python), then read by the layout per page."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from . import categories as cat
from .db import text_day
from .districts import tong_code
from .rows import Connection

RISK_KEYS = ("high", "medium", "low", "unvisited")


def district_pages(conn: Connection, lang: str = "ko", household_sql: str | None = None,
                   today: dt.date | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """{district code: {'title', 'high', 'medium', 'low', 'unvisited', 'overdue', 'total'}} for
    every 동 and 통 of a database; counts are of active households (and, when given, of those
    matching ``household_sql``, a SQL condition on the households table). SQL both engines speak."""
    day = (today or dt.date.today()).isoformat()
    rows = conn.execute("SELECT code, name, level, parent_code FROM districts").fetchall()
    by_code = {code: (name, level, parent) for code, name, level, parent in rows}
    pages: dict[str, dict[str, Any]] = {}
    for code, (name, _, parent) in by_code.items():
        chain = [name]
        while parent in by_code:
            parent_name, _, parent = by_code[parent]
            chain.insert(0, parent_name)
        pages[code] = {"title": " · ".join(chain), "total": 0, "overdue": 0, **{k: 0 for k in RISK_KEYS}}
    counts = conn.execute(
        "SELECT dong_code, tong, coalesce(risk_level, 'unvisited'), count(*), "
        "sum(CASE WHEN next_visit_due < ? THEN 1 ELSE 0 END) "
        "FROM households WHERE status = 'active'" + (f" AND ({household_sql})" if household_sql else "")
        + " GROUP BY 1, 2, 3", (day,)).fetchall()
    for dong, tong, risk, n, overdue in counts:
        for code in (dong, tong_code(dong, tong) if tong else None):
            if code in pages:
                pages[code][risk] += n
                pages[code]["overdue"] += overdue
                pages[code]["total"] += n
    labels = {c.code: (c.ko if lang == "ko" else c.en) for c in cat.RISK_LEVELS}
    labels["unvisited"] = cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en
    for page in pages.values():
        page["short_counts"] = " ".join(f"{labels[k][0]}{page[k]}" for k in RISK_KEYS)
    return pages, labels


def household_sheets(conn: Connection, household_ids: Iterable[str], privacy_mode: str = "staff", lang: str = "ko",
                     max_rows: int = 14, max_list_rows: int | None = None) -> dict[str, dict[str, str]]:
    """{household id: {'title', 'details', 'visits', 'needs', 'linkages'}}: the texts of one A4
    visit sheet per household. Partner sheets carry a masked name and masked id, the 통 instead
    of the address, and no phone or notes. Pseudonyms are keyed with the database's pseudonym key
    (:class:`.privacy.PseudonymSecretError` without one, when a pseudonym is needed). At most
    ``max_rows`` visits and ``max_list_rows`` (default ``max_rows``) needs and linkages each."""
    from .privacy import mask_name, masked_id, pseudonym_secret

    secrets: list[str] = []

    def pseudonym(hid):
        if not secrets:
            secrets.append(pseudonym_secret(conn))
        return masked_id(hid, secrets[0])

    def lab(categories, code):
        return cat.label(categories, code, lang) if code else ""

    districts = {code: name for code, name in conn.execute("SELECT code, name FROM districts")}
    visitors = {vid: (name, role) for vid, name, role in conn.execute("SELECT id, name, role FROM visitors")}
    facilities = {fid: name for fid, name in conn.execute("SELECT id, name FROM facilities")}
    list_rows = max_rows if max_list_rows is None else max_list_rows
    out = {}
    for hid in household_ids:
        row = conn.execute(
            "SELECT case_no, head_name, phone, address, address_detail, dong_code, tong, household_types, "
            "benefit_status, risk_level, status, last_visit_on, next_visit_due, notes FROM households WHERE id = ?",
            (hid,)).fetchone()
        if row is None:
            continue
        (case_no, name, phone, address, detail, dong, tong, types, benefit, risk, status, last, due, notes) = row
        place = " ".join(p for p in (districts.get(dong, ""), f"{tong}통" if tong else "") if p)
        type_labels = ", ".join(lab(cat.HOUSEHOLD_TYPES, t) for t in (types or "").strip("{}").split(",") if t)
        risk_text = lab(cat.RISK_LEVELS, risk) or (cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en)
        if privacy_mode == "partner":
            title = f"{pseudonym(hid)} · {mask_name(name)} · {place}"
            lines = [("위치" if lang == "ko" else "Area", place)]
        else:
            title = f"{name or ''} · {case_no or pseudonym(hid)} · {place}"
            lines = [("주소" if lang == "ko" else "Address", " ".join(p for p in (address, detail) if p)),
                     ("전화" if lang == "ko" else "Phone", phone or "-")]
        lines += [("가구유형" if lang == "ko" else "Household types", type_labels or "-"),
                  ("수급" if lang == "ko" else "Benefits", lab(cat.BENEFIT_STATUS, benefit) or "-"),
                  ("위기도" if lang == "ko" else "Risk", risk_text),
                  ("상태" if lang == "ko" else "Status", lab(cat.HOUSEHOLD_STATUS, status)),
                  ("최근 방문" if lang == "ko" else "Last visit", text_day(last) or "-"),
                  ("다음 방문" if lang == "ko" else "Next visit due", text_day(due) or "-")]
        if privacy_mode == "staff" and notes:
            lines.append(("메모" if lang == "ko" else "Notes", notes))
        visits = []
        for day, outcome, level, visitor, method, vnotes in conn.execute(
                "SELECT visited_on, outcome, risk_level, visitor_id, method, notes FROM visits "
                "WHERE household_id = ? ORDER BY visited_on DESC, fid DESC LIMIT ?", (hid, max_rows)):
            who = visitors.get(visitor, ("", ""))
            role = lab(cat.VISITOR_ROLES, who[1])
            who_text = role if privacy_mode == "partner" else f"{who[0]} ({role})"
            parts = (text_day(day), lab(cat.VISIT_OUTCOMES, outcome), lab(cat.RISK_LEVELS, level), lab(cat.VISIT_METHODS, method),
                     who_text)
            text = "  ".join(p for p in parts if p)
            if privacy_mode == "staff" and vnotes:
                text += f"  — {vnotes}"
            visits.append(text)
        needs = [f"{lab(cat.NEED_DOMAINS, d)} · {item or ''} · {lab(cat.NEED_STATUS, s)}" for d, item, s in conn.execute(
            "SELECT domain, item, status FROM needs WHERE household_id = ? AND status IN ('open', 'linked') "
            "ORDER BY fid LIMIT ?", (hid, list_rows))]
        linkages = [f"{text_day(on)}  {lab(cat.LINKAGE_KINDS, k)} · {facilities.get(f) or p or ''} · {lab(cat.LINKAGE_STATUS, s)}"
                    for on, k, f, p, s in conn.execute(
                        "SELECT linked_on, kind, facility_id, provider_name, status FROM linkages WHERE household_id = ? "
                        "ORDER BY linked_on DESC LIMIT ?", (hid, list_rows))]
        out[hid] = {"title": title, "details": "\n".join(f"{k}: {v}" for k, v in lines),
                    "visits": "\n".join(visits) or "-", "needs": "\n".join(needs) or "-",
                    "linkages": "\n".join(linkages) or "-"}
    return out
