"""Privacy rules (개인정보 보호법): what staff and partners may see. Pure Python.

Each rule has a twin QGIS expression (for layouts and tables), held equal by the tests.
"""
from __future__ import annotations

import hashlib
import re

from .rows import Connection

PRIVACY_MODES = ("staff", "partner")


def mask_name(name: object) -> str:
    """'홍길동' → '홍*동', '남궁민수' → '남**수', '김철' → '김*'; never the whole name."""
    if not name:
        return ""
    name = str(name).strip()
    if len(name) <= 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


MASK_NAME_EXPRESSION = (
    "CASE WHEN \"head_name\" IS NULL OR length(trim(\"head_name\")) = 0 THEN '' "
    "WHEN length(trim(\"head_name\")) = 1 THEN '*' "
    "WHEN length(trim(\"head_name\")) = 2 THEN left(trim(\"head_name\"), 1) || '*' "
    "ELSE left(trim(\"head_name\"), 1) || rpad('', length(trim(\"head_name\")) - 2, '*') "
    "|| right(trim(\"head_name\"), 1) END"
)


SECRET_KEY = "pseudonym_secret"  # the settings row of every welfare database holding its pseudonym key
_HEX = re.compile(r"[0-9a-fA-F]+")


class PseudonymSecretError(LookupError):
    """The database holds no usable pseudonym key (settings ``pseudonym_secret``): no pseudonym can
    be made, and none is invented here (a made-up key would give other pseudonyms every run)."""

    REASONS = {
        "missing": ("데이터베이스에 가명 키(설정 pseudonym_secret)가 없음",
                    "the database has no pseudonym key (setting pseudonym_secret)"),
        "not_hex": ("데이터베이스의 가명 키(설정 pseudonym_secret)가 16진수가 아님",
                    "the database's pseudonym key (setting pseudonym_secret) is not hexadecimal"),
    }

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(self.reason("en"))

    def reason(self, lang: str = "ko") -> str:
        ko, en = self.REASONS[self.code]
        return ko if lang == "ko" else en


def pseudonym_secret(conn: Connection) -> str:
    """The database's pseudonym key (32 hex characters, made when the database was created or
    upgraded), read as it is stored through a connection of either engine (``?`` placeholders);
    PseudonymSecretError when there is none or it is not hexadecimal."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SECRET_KEY,)).fetchone()
    secret = "" if row is None or row[0] is None else str(row[0])
    if not secret:
        raise PseudonymSecretError("missing")
    if not _HEX.fullmatch(secret):
        raise PseudonymSecretError("not_hex")
    return secret


def masked_id(household_id: str, secret: str | None) -> str:
    """A stable pseudonym for a household that reveals nothing without the database's key:
    'H-' and the first 8 hex digits of SHA-256(secret ':' id), 'H-3F2A9C07'. The same formula as
    :func:`masked_id_expression` and the shared database's partner view."""
    if not secret:
        raise ValueError("a pseudonym needs the database's pseudonym key")
    digest = hashlib.sha256(f"{secret}:{household_id}".encode()).hexdigest()  # UTF-8
    return "H-" + digest[:8].upper()


def masked_id_expression(secret: str | None) -> str:
    """The QGIS expression twin of :func:`masked_id` (for layout tables); the key must be hex (it
    is written into the expression)."""
    if not secret or not _HEX.fullmatch(str(secret)):
        raise ValueError("the pseudonym key must be hexadecimal")
    return f"'H-' || upper(left(sha256('{secret}' || ':' || \"id\"), 8))"


def house_number(address: object) -> str:
    """The building number of a road address, for a short map label: '… 영천로28길 15-11' → '15-11'."""
    if not address:
        return ""
    match = re.search(r"(\d+(?:-\d+)?)\s*(?:\([^)]*\))?\s*$", str(address).strip())
    return match.group(1) if match else ""


HOUSE_NUMBER_EXPRESSION = "regexp_substr(\"address\", '(\\\\d+(?:-\\\\d+)?)\\\\s*(?:\\\\([^)]*\\\\))?\\\\s*$')"
