"""The one guard against resident registration numbers (주민등록번호, 개인정보 보호법): six digits of
the birth date, up to three separators, a first digit 1-8 and six more digits, written with
ASCII or full-width digits and any of the dashes, spaces and dots people type. The same rule as
a Python pattern (forms, imports), SQLite GLOB patterns (GeoPackage triggers) and a PostgreSQL
regular expression (server triggers), all made here from one definition.

Plain Python."""
from __future__ import annotations

import re

SEPARATORS = "-‐‑‒–—―−－ ._·~/"  # ASCII hyphen, the Unicode dashes and minus, full-width hyphen, space ...
MAX_SEPARATORS = 3
FULL_WIDTH = "０１２３４５６７８９"

PATTERN = re.compile(
    r"[0-9０-９]{6}[" + re.escape(SEPARATORS) + "]{0," + str(MAX_SEPARATORS) + r"}[1-8１-８][0-9０-９]{6}")

MESSAGE = "looks like a resident registration number (주민등록번호): never stored"


def found(text: object) -> bool:
    """Whether ``text`` holds something that looks like a resident registration number."""
    return bool(text) and PATTERN.search(str(text)) is not None


def glob_patterns() -> list[str]:
    """SQLite GLOB patterns, one per number of separators (GLOB has no repetition)."""
    digit = "[0-9０-９]"
    first = "[1-8１-８]"
    separator = "[" + SEPARATORS + "]"  # a leading '-' in a GLOB class is literal
    return ["*" + digit * 6 + separator * k + first + digit * 6 + "*" for k in range(MAX_SEPARATORS + 1)]


def pg_regex() -> str:
    """The PostgreSQL regular expression (ARE) of the same rule."""
    separators = SEPARATORS.replace("-", "").replace(".", r"\.")
    return "[0-9０-９]{6}[-" + separators + "]{0," + str(MAX_SEPARATORS) + "}[1-8１-８][0-9０-９]{6}"
