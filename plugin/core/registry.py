"""Resident-registration changes (deaths, moves, address changes) applied to households, so lists
do not go stale. Pure Python: reads rows already taken from a file, writes in one transaction."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import namedtuple
from collections.abc import Iterable, Sequence
from typing import Any

from . import db
from .rows import Connection

HEADERS = {
    "case_no": ("사례번호", "사례관리번호", "case_no", "case number", "caseno"),
    "change": ("변동구분", "변동", "구분", "변동사유", "change", "change type"),
    "effective_on": ("변동일", "변동일자", "일자", "날짜", "effective_on", "date", "effective date"),
    "new_address": ("새주소", "변경주소", "전입주소", "주소", "new_address", "address"),
}
CHANGES = {
    "death": ("사망", "death", "deceased"),
    "move_out": ("전출", "move_out", "move-out", "moved out"),
    "move_in": ("전입", "move_in", "move-in", "moved in"),
    "address_change": ("주소변경", "주소 변경", "address_change", "address change"),
}

Problem = namedtuple("Problem", "row column reason_ko reason_en")


class MissingColumnsError(ValueError):
    """The file lacks columns the changes need; ``missing`` lists (target, Korean name)."""

    def __init__(self, missing: Sequence[tuple[str, str]]) -> None:
        super().__init__("missing columns: " + ", ".join(f"{t} ({k})" for t, k in missing))
        self.missing = missing
Report = namedtuple("Report", "applied skipped unknown rejected")


def _key(text):
    return re.sub(r"[\s_\-()]", "", str(text or "")).lower()


def map_headers(headers: Sequence[Any]) -> dict[str, int]:
    """{target: source header} for the headers recognised; targets missing are left out."""
    keys = {_key(h): h for h in headers}
    out = {}
    for target, aliases in HEADERS.items():
        for alias in aliases:
            if _key(alias) in keys:
                out[target] = keys[_key(alias)]
                break
    return out


def parse_change(value: object) -> str | None:
    key = _key(value)
    for code, aliases in CHANGES.items():
        if key in {_key(a) for a in aliases}:
            return code
    return None


def parse_date(value: object) -> dt.date | None:
    """A date from a date object, '2026-03-05', '2026.03.05', '2026/3/5' or '20260305'; None if not."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    match = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?", text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def apply(conn: Connection, rows: Iterable[Any], source: str = "", user: str | None = None) -> Report:
    """Apply registry changes. ``rows``: (row number, {header: value}) as read from the file.

    Deaths and move-outs close the household and drop its open needs; a move-in re-opens a moved
    household; an address change records the new address and flags the household for placement.
    Unknown case numbers and bad rows are reported, not applied; a change already applied (same
    case, change and date) is skipped, so a re-run changes nothing. One transaction."""
    rows = list(rows)
    headers = map_headers(rows[0][1].keys()) if rows else {}
    missing = [t for t in ("case_no", "change", "effective_on") if t not in headers]
    if missing:
        raise MissingColumnsError([(t, HEADERS[t][0]) for t in missing])
    applied, skipped, unknown, rejected = [], [], [], []
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    with conn:
        for number, record in rows:
            case_no = str(record.get(headers["case_no"]) or "").strip()
            change = parse_change(record.get(headers["change"]))
            day = parse_date(record.get(headers["effective_on"]))
            new_address = str(record.get(headers.get("new_address"), "") or "").strip() if "new_address" in headers else ""
            if not case_no:
                rejected.append(Problem(number, headers["case_no"], "사례번호가 비어 있음", "case number is empty"))
                continue
            if change is None:
                rejected.append(Problem(number, headers["change"], f"알 수 없는 변동구분 {record.get(headers['change'])!r}",
                                        f"unknown change {record.get(headers['change'])!r}"))
                continue
            if day is None:
                rejected.append(Problem(number, headers["effective_on"], f"날짜가 아님 {record.get(headers['effective_on'])!r}",
                                        f"not a date {record.get(headers['effective_on'])!r}"))
                continue
            if change == "address_change" and not new_address:
                rejected.append(Problem(number, headers.get("new_address", "new_address"), "새 주소가 없음",
                                        "the new address is missing"))
                continue
            household = conn.execute("SELECT id, status FROM households WHERE case_no = ?", (case_no,)).fetchone()
            if household is None:
                unknown.append(Problem(number, headers["case_no"], f"등록되지 않은 사례번호 {case_no}",
                                       f"unknown case number {case_no}"))
                continue
            hid, status = household
            done = conn.execute("SELECT 1 FROM registry_changes WHERE case_no = ? AND change = ? AND effective_on = ? "
                                "AND applied_at IS NOT NULL", (case_no, change, day.isoformat())).fetchone()
            if done:
                skipped.append(number)
                continue
            _apply_one(conn, hid, status, change, new_address, user, now)
            conn.execute("INSERT INTO registry_changes (case_no, change, effective_on, new_address, applied_at, household_id) "
                         "VALUES (?,?,?,?,?,?)", (case_no, change, day.isoformat(), new_address or None, now, hid))
            applied.append(number)
        db.audit(conn, "import", "registry_changes", json.dumps(
            {"source": source, "applied": len(applied), "skipped": len(skipped), "unknown": len(unknown),
             "rejected": len(rejected)}, ensure_ascii=False), user)
    return Report(applied, skipped, unknown, rejected)


def _apply_one(conn, hid, status, change, new_address, user, now):
    if change in ("death", "move_out"):
        conn.execute("UPDATE households SET status = ?, updated_at = ?, updated_by = ?, read_version = version WHERE id = ?",
                     ("deceased" if change == "death" else "moved", now, user, hid))
        conn.execute("UPDATE needs SET status = 'dropped', updated_at = ?, updated_by = ? "
                     "WHERE household_id = ? AND status IN ('open', 'linked')", (now, user, hid))
    elif change == "move_in" and status == "moved":
        conn.execute("UPDATE households SET status = 'active', updated_at = ?, updated_by = ?, read_version = version "
                     "WHERE id = ?",
                     (now, user, hid))
    elif change == "address_change":
        # the old point is wrong now: take it off the map and flag the household for placement
        conn.execute("UPDATE households SET address = ?, address_detail = NULL, geom = NULL, "
                     "geocode_quality = 'unlocated', updated_at = ?, updated_by = ?, read_version = version WHERE id = ?",
                     (new_address, now, user, hid))
