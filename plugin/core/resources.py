"""Welfare resources near a household: the facilities within a distance that offer services for
its open needs, nearest first. Pure Python (shapely) on either database."""
from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence

from . import categories as cat
from . import db
from .rows import Connection, Facility

Match = namedtuple("Match", "household_id case_no domains facility_id facility_name kind distance phone")
OPEN_NEED_STATUS = ("open", "linked")


def _domains(text: str | None) -> set[str]:
    return {d for d in (text or "").strip("{}").replace(";", ",").split(",") if d}


def nearest_resources(conn: Connection, household_ids: Sequence[str], distance: float, per_household: int = 5) -> list[Match]:
    """[Match] for each household (in the order given): facilities within ``distance`` metres whose
    services cover at least one of its open needs' domains, nearest first, at most
    ``per_household``; households without a location or open needs get none."""
    facilities = []
    for fid, name, kind, services, phone, blob in conn.execute(
            f"SELECT id, name, kind, services, phone, {db.geometry(conn, 'geom')} FROM facilities WHERE geom IS NOT NULL"):
        facilities.append((fid, name, kind, _domains(services), phone, db.decode_geometry(conn, blob)))
    out = []
    for hid in household_ids:
        row = conn.execute(f"SELECT case_no, {db.geometry(conn, 'geom')} FROM households WHERE id = ?", (hid,)).fetchone()
        if row is None or row[1] is None:
            continue
        needs = {d for (d,) in conn.execute(
            f"SELECT domain FROM needs WHERE household_id = ? AND status IN ({','.join('?' * len(OPEN_NEED_STATUS))})",
            (hid, *OPEN_NEED_STATUS))}
        if not needs:
            continue
        point = db.decode_geometry(conn, row[1])
        candidates = []
        for fid, name, kind, services, phone, geom in facilities:
            covered = needs & services
            if covered:
                d = point.distance(geom)
                if d <= distance:
                    candidates.append(Match(hid, row[0], ",".join(sorted(covered)), fid, name, kind, round(d, 1), phone))
        candidates.sort(key=lambda m: (m.distance, m.facility_name))
        out.extend(candidates[:per_household])
    return out


def domains(text: str | None) -> list[str]:
    """The need domains a facility's services field names, in category order."""
    found = _domains(text)
    return [c.code for c in cat.NEED_DOMAINS if c.code in found]


def find_facilities(conn: Connection, text: str | None, limit: int = 200) -> list[Facility]:
    """Facilities whose name or address contains ``text``, or whose kind or a service's label (in
    either language) or code does, by name."""
    text = (text or "").strip()
    if not text:
        return []
    needle = text.lower()
    kinds = [c.code for c in cat.FACILITY_KINDS if needle in c.ko.lower() or needle in c.en.lower() or needle == c.code]
    services = [c.code for c in cat.NEED_DOMAINS if needle in c.ko.lower() or needle in c.en.lower() or needle == c.code]
    out: list[Facility] = []
    for row in conn.execute("SELECT id, name, kind, services, address, phone FROM facilities ORDER BY name, fid"):
        fid, name, kind, offered, address, phone = row
        if (kind in kinds or _domains(offered) & set(services)
                or needle in (name or "").lower() or needle in (address or "").lower()):
            out.append(Facility(*row))
            if len(out) >= limit:
                break
    return out

