"""Privacy rules (개인정보 보호법): what staff and partners may see. Pure Python.

Each rule has a twin QGIS expression (for layouts and tables), held equal by the tests.
"""
import hashlib
import re

PRIVACY_MODES = ("staff", "partner")


def mask_name(name):
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


def masked_id(household_id):
    """A stable pseudonym for a household that reveals nothing: 'H-3F2A9C'."""
    return "H-" + hashlib.sha256(str(household_id).encode("utf-8")).hexdigest()[:6].upper()


MASKED_ID_EXPRESSION = "'H-' || upper(left(sha256(\"id\"), 6))"


def house_number(address):
    """The building number of a road address, for a short map label: '… 영천로28길 15-11' → '15-11'."""
    if not address:
        return ""
    match = re.search(r"(\d+(?:-\d+)?)\s*(?:\([^)]*\))?\s*$", str(address).strip())
    return match.group(1) if match else ""


HOUSE_NUMBER_EXPRESSION = "regexp_substr(\"address\", '(\\\\d+(?:-\\\\d+)?)\\\\s*(?:\\\\([^)]*\\\\))?\\\\s*$')"
