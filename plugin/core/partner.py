"""What a partner agency may receive (개인정보 보호법): consenting households with masked names,
no phones, notes or addresses, placed no finer than their 통; risk and needs kept. Pure Python."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import categories as cat
from . import db, gpkg
from .districts import tong_code
from .privacy import mask_name, masked_id, pseudonym_secret
from .rows import Connection

COLUMNS = """
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  household TEXT NOT NULL,
  name_masked TEXT,
  dong TEXT,
  tong INTEGER,
  risk TEXT,
  risk_code TEXT,
  household_types TEXT,
  open_needs TEXT,
  last_visit_on DATE,
  next_visit_due DATE"""


_ITEMS = {ko: (ko, en) for _, ko, en in cat.COMMON_NEED_ITEMS}
_ITEMS.update({en: (ko, en) for _, ko, en in cat.COMMON_NEED_ITEMS})


def coded_need(domain: str | None, item: str | None, lang: str = "ko") -> str:
    """A need as a partner may read it: its domain, and its item only when it is one of the
    category list's items — never the words a worker typed (they may name a person or a place)."""
    text = cat.label(cat.NEED_DOMAINS, domain, lang) or ""
    known = _ITEMS.get((item or "").strip())
    return f"{text}: {known[0] if lang == 'ko' else known[1]}" if known else text


def export(conn: Connection, household_ids: Sequence[str], path: str | Path, lang: str = "ko", user: str | None = None,
           source: str = "") -> tuple[int, Any]:
    """Write the partner GeoPackage at ``path`` (replacing it) for the households given; only
    those with share_consent are included, under pseudonyms keyed with the database's pseudonym key
    (:class:`.privacy.PseudonymSecretError` without one, before anything is written). Returns
    (exported, left out for lack of consent)."""
    secret = pseudonym_secret(conn)
    epsg = int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])
    srs = db.srs(conn, epsg)
    districts = {code: (name, db.decode_geometry(conn, blob)) for code, name, blob in conn.execute(
        f"SELECT code, name, {db.geometry(conn, 'geom')} FROM districts WHERE level IN ('dong', 'tong')")}
    rows, refused = [], 0
    for hid in household_ids:
        record = conn.execute(
            "SELECT head_name, dong_code, tong, risk_level, household_types, last_visit_on, next_visit_due, "
            "share_consent, status FROM households WHERE id = ?", (hid,)).fetchone()
        if record is None:
            continue
        name, dong, tong, risk, types, last, due, consent, status = record
        if not consent:
            refused += 1
            continue
        if status != "active":  # moved, deceased or closed: nothing to share
            continue
        area = districts.get(tong_code(dong, tong)) if tong else None
        area = area or districts.get(dong)
        point = area[1].representative_point() if area else None  # the 통 (or 동), never the house
        needs = [coded_need(d, item, lang) for d, item in conn.execute(
            "SELECT domain, item FROM needs WHERE household_id = ? AND status IN ('open', 'linked') ORDER BY fid", (hid,))]
        type_labels = [cat.label(cat.HOUSEHOLD_TYPES, t, lang) for t in (types or "").strip("{}").split(",") if t]
        rows.append((gpkg.encode(point, epsg) if point else None, masked_id(hid, secret), mask_name(name),
                     districts.get(dong, ("",))[0], tong, cat.label(cat.RISK_LEVELS, risk, lang) if risk else
                     (cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en), risk, ", ".join(type_labels),
                     "; ".join(needs), db.text_day(last), db.text_day(due)))
    with gpkg.building(path) as out, out:
        gpkg.initialise(out)
        gpkg.add_srs(out, epsg, srs[0], srs[1])
        out.execute(f"CREATE TABLE partner_households ({COLUMNS}\n)")
        gpkg.register_table(out, "partner_households", "협력기관 공유 가구 (partner share)", ("geom", "POINT"), epsg)
        gpkg.add_spatial_index(out, "partner_households")
        out.executemany("INSERT INTO partner_households (geom, household, name_masked, dong, tong, risk, risk_code, "
                        "household_types, open_needs, last_visit_on, next_visit_due) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        rows)
        gpkg.update_extent(out, "partner_households")
    with conn:
        db.audit(conn, "export", "households", json.dumps(
            {"algorithm": "export_partner_share", "privacy": "partner", "records": len(rows), "without_consent": refused,
             "source": source, "output": Path(path).name}, ensure_ascii=False), user)
    return len(rows), refused
