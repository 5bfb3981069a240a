"""Social-welfare facility lists (서울시 사회복지시설 목록 and the like): type names mapped to our
facility kinds and need domains, and the messy road addresses parsed well enough to place
each facility honestly when the list has no coordinates. Pure Python, no QGIS import.
"""
from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Iterable

from .districts import normalise_dong_name

# (group in the parentheses, text in the detail name, kind); None matches anything. The type
# names look like '(노인) 재가노인복지시설': the group, then the detail. First match wins.
_KIND_RULES = (
    (None, "사회복지관", "welfare_centre"),
    (None, "푸드뱅크", "food_bank"),
    (None, "푸드마켓", "food_bank"),
    (None, "치매", "health"),
    ("노인", "경로식당", "food_bank"),            # free meals for elders: food, like a food bank
    ("노인", "일자리", "self_sufficiency"),       # 노인일자리지원기관 (시니어클럽)
    ("노인", "재가", "home_care"),
    ("노인", "요양", "elderly_care"),             # 노인요양시설, 노인요양공동생활가정, 장기요양기관
    ("노인", "양로", "elderly_care"),             # residential homes (노인주거복지시설) go with care
    ("노인", "공동생활가정", "elderly_care"),
    ("노인", "노인복지주택", "elderly_care"),
    ("노인", None, "elderly_centre"),             # 노인복지관 (incl. 소규모), 노인교실, 상담·보호기관
    ("저소득", None, "self_sufficiency"),         # 지역자활센터
    ("기타", "고용", "self_sufficiency"),         # 고용복지지원센터
    ("여성", "자활", "self_sufficiency"),
    ("여성", "대안교육", "child"),
    ("여성", None, "family"),                     # violence/exploitation-victim support (여성가족부)
    ("건강가정", None, "family"),
    ("다문화가족", None, "family"),
    ("한부모가족", None, "family"),
    ("건강", None, "health"),                     # 치매상담센터 (치매안심센터)
    ("결핵한센인", None, "health"),
    ("장애인", None, "disability"),
    ("아동", None, "child"),
    ("영유아", None, "child"),
    ("청소년", None, "child"),
    ("노숙인등", None, "homeless"),
    ("노숙인", None, "homeless"),
    ("정신보건", None, "mental_health"),
)

# Need domains (NEED_DOMAINS codes) each kind of facility typically serves.
_KIND_SERVICES = {
    "welfare_centre": ("safety", "health", "daily_living", "family", "social", "economy",
                       "education", "employment", "living_env", "legal"),
    "elderly_centre": ("health", "daily_living", "social", "education"),
    "elderly_care": ("health", "daily_living", "safety"),
    "home_care": ("daily_living", "health", "safety"),
    "child": ("education", "family", "safety", "daily_living"),
    "disability": ("health", "daily_living", "social", "employment", "education"),
    "family": ("family", "social", "education", "legal"),
    "homeless": ("living_env", "economy", "health", "employment", "daily_living"),
    "mental_health": ("health", "social", "safety"),
    "self_sufficiency": ("employment", "economy"),
    "food_bank": ("economy", "daily_living"),
    "health": ("health",),
    "other": ("other",),
}

_TYPE_NAME = re.compile(r"\(([^)]*)\)(.*)")


def kind_of(type_name: str | None) -> str:
    """The FACILITY_KINDS code of a 시설종류명 such as '(노인) 재가노인복지시설'; 'other' when unknown.

    A name without the '(group)' prefix (e.g. '노인요양시설') is matched on its text alone; for
    lists that keep the group in a column of its own (SSIS 시설유형(대)), pass '(대) 소'.
    """
    text = re.sub(r"\s+", "", str(type_name or ""))
    m = _TYPE_NAME.fullmatch(text)
    group, detail = (m.group(1), m.group(2)) if m else (None, text)
    for rule_group, rule_text, kind in _KIND_RULES:
        if rule_group is not None and rule_group != group and not (group is None and rule_group in detail):
            continue
        if rule_text is None or rule_text in detail:
            return kind
    return "other"


def services_of(kind: str | None) -> tuple[str, ...]:
    """NEED_DOMAINS codes the facility kind typically serves; ('other',) for an unknown kind."""
    return _KIND_SERVICES.get(kind or "other", _KIND_SERVICES["other"])


ParsedAddress = namedtuple("ParsedAddress", "road_name main_no sub_no legal_dong hint_dong sigungu",
                           defaults=(None,))
ParsedAddress.__doc__ = """A road (or lot) address taken apart.

road_name: '경기대로9길'; None for a lot (지번) address, whose 본번/부번 are then in main_no/sub_no.
main_no, sub_no: building (or lot) number as ints; sub_no None when absent or written '-0'.
legal_dong: 법정동 in parentheses ('(충정로3가)') or of a lot address ('천연동 117-1').
hint_dong: a '…동' word elsewhere, e.g. in a building name glued on ('북가좌2동노인복지센터').
sigungu: the 시/군/구 words at the start ('서대문구', '파주시'), to catch addresses outside the district.
"""

_REGION_WORD = re.compile(r"\S+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구|읍|면)$")
_SIDO_ENDINGS = ("특별시", "광역시", "특별자치시", "특별자치도", "도")
_PARENS = re.compile(r"\(([^()]*)\)")
# 경기대로9길, 북아현로11가길, 명지대1라길, 홍제원6길, 기산로440번길, 4.19로, '봉은사로 21길' …
# then the building number
_ROAD = re.compile(r"(?P<road>(?:\d+\.\d+|[가-힣·])[가-힣·]*(?:\d+[가-힣]?)?(?:로|길)(?: ?\d+[가-힣]?길)?)"
                   r"\s*(?P<main>\d+)(?:\s*-\s*(?P<sub>\d+))?(?P<rest>.*)$")
# a lot (지번) address right after the region: 천연동117-1, 안암동5가 104번지, 중계4동 358
_LOT = re.compile(r"(?P<dong>[가-힣]+\d*(?:동|가|리))\s*(?:산\s*)?"
                  r"(?P<main>\d+)(?![\d동가])(?:\s*-\s*(?P<sub>\d+))?(?:번지)?(?P<rest>.*)$")
_LEADING_DONG = re.compile(r"(?P<dong>[가-힣]+?\d*동)(?P<rest>.*)$")   # '흑석동명수대현대아파트'
_LEGAL_DONG = re.compile(r"[가-힣]+(?:\d*동|동?\d+가)")
_HINT_DONG = re.compile(r"[가-힣]{2,}(?:\d+동|동(?![가-힣]))")
# Digits glued to a unit: 1 trailing digit is the floor before '층', 3 are the room or block
# before '호'/'동' ('624층' = 62 + 4층, '13201호' = 13 + 201호).
_UNIT_DIGITS = {"층": 1, "호": 3, "동": 3}


def parse_address(text: str | None) -> ParsedAddress:
    """Take apart a road address as written in facility lists; tolerant of run-together text.

    Rules for digits glued to what follows the building number: before '층' the last digit is
    the floor ('경기대로9길 624층' → 62, 4층); before '호' or '동' the last three digits are the
    room or apartment block ('연희로156203호' → 156, 203호). Only split when digits remain for the
    number. A sub-number written with a leading 0 ('59-0', '62-01-38', '61-061') is the
    register's "no sub-number" mark followed by noise, so sub_no is None. A lot address
    ('천연동117-1') gives its dong as legal_dong unless parentheses name one; the other then
    becomes hint_dong.
    """
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    paren_dong = next((word for group in _PARENS.findall(text) for word in re.split(r"[\s,]+", group)
                       if _LEGAL_DONG.fullmatch(word)), None)
    words = _PARENS.sub(" ", text).split()
    sigungu = []
    while len(words) > 1 and _REGION_WORD.match(words[0]):
        word = words.pop(0)
        if not word.endswith(_SIDO_ENDINGS + ("읍", "면")):
            sigungu.append(word)
    body = " ".join(words)
    road = area_dong = main = sub = None
    m = _ROAD.search(body) or _LOT.match(body)
    if m is None:
        lead = _LEADING_DONG.match(body)
        area_dong, rest = (lead.group("dong"), lead.group("rest")) if lead else (None, body)
    else:
        if m.re is _ROAD:
            road = m.group("road").replace(" ", "")
        else:
            area_dong = m.group("dong")
        main, sub, rest = m.group("main"), m.group("sub"), m.group("rest")
        if sub is None:
            main, rest = _split_unit(main, rest)
        else:
            sub, rest = _split_unit(sub, rest)
            sub = None if sub.startswith("0") else int(sub)
        main = int(main)
    hint = area_dong if paren_dong and area_dong else _hint(rest)
    return ParsedAddress(road, main, sub, paren_dong or area_dong, hint, " ".join(sigungu) or None)


def _split_unit(digits, rest):
    """('624', '층 …') → ('62', '4층 …'): see :func:`parse_address`."""
    unit = _UNIT_DIGITS.get(rest[:1])
    if unit and len(digits) > unit:
        return digits[:-unit], digits[-unit:] + rest
    return digits, rest


def _hint(text):
    """The first '…동' word of ``text`` (see _HINT_DONG), or None."""
    m = _HINT_DONG.search(text)
    return m.group(0) if m else None


def estimate_area(parsed: ParsedAddress, legal_dong_names: Iterable[str],
                  admin_dong_names: Iterable[str]) -> tuple[str, str | None]:
    """Where a facility can honestly be placed: ``(geocode quality, legal dong name or None)``.

    'estimated_legal_dong': the address names a 법정동 — in parentheses, as a lot address, or
    as a '…동' word (an 행정동 such as 북가좌2동 counts as its 법정동 북가좌동);
    'estimated_road_name': the road name starts with the stem of exactly one 법정동 (연희로 →
    연희동; stem = name less trailing digits, 동 and 가, at least 2 Hangul; longest stem wins,
    a tie such as 충정로2가/충정로3가 is no match);
    'estimated_district': nothing better, the name is None.
    """
    legal = {normalise_dong_name(n): n for n in legal_dong_names}
    admin = {normalise_dong_name(n) for n in admin_dong_names}
    for word in (parsed.legal_dong, parsed.hint_dong):
        name = _legal_dong_of(word, legal, admin)
        if name:
            return "estimated_legal_dong", name
    if parsed.road_name:
        stems: dict[str, list[str]] = {}
        for key, name in legal.items():
            stem = re.sub(r"[\d동가]+$", "", key)
            if len(re.findall(r"[가-힣]", stem)) >= 2 and parsed.road_name.startswith(stem):
                stems.setdefault(stem, []).append(name)
        if stems:
            best = max(stems, key=len)
            if len(stems[best]) == 1:
                return "estimated_road_name", stems[best][0]
    return "estimated_district", None


def _legal_dong_of(word, legal, admin):
    """The 법정동 a dong word points to: itself, or for an 행정동 ('홍제1동', '북가좌제2동') the
    legal dong named like it without the number. Words with a prefix glued on
    ('구립북가좌2동') match on their longest known ending of 3 or more letters."""
    if not word:
        return None
    word = normalise_dong_name(word)
    for start in range(len(word) - 1):
        tail = word[start:]
        if start and len(tail) < 3:
            break
        if tail in legal:
            return legal[tail]
        if tail in admin:
            base = re.sub(r"\d+동$", "동", tail)
            if base in legal:
                return legal[base]
    return None


def normalised_address_key(parsed: ParsedAddress) -> str:
    """'서소문로 43-49' (or '천연동 117-1' for a lot address): facilities sharing it share a point.
    Empty when the address has no number."""
    if parsed.main_no is None:
        return ""
    number = f"{parsed.main_no}-{parsed.sub_no}" if parsed.sub_no else str(parsed.main_no)
    return f"{parsed.road_name or parsed.legal_dong} {number}"
