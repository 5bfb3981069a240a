"""Imports of households, facilities, visits and reports from the lists districts get: headers
recognised in common Korean and English forms (or mapped by FIELD_MAP), category labels read
into codes, dates in the usual Korean ways, coordinates in any Korean CRS (Bessel datum shifts
done by PROJ) or an address matched offline against the road-address location DB, every
rejected row reported with its row, column and reason, all in one transaction.

In stages: :func:`load_context` reads what the import needs of the database once (read-only);
:func:`plan` (:class:`Planner`) reads, converts, validates and places the rows with no database
into an :class:`ImportPlan` — a dry run is that alone —; :func:`write_plan` hands the plan to the
engine's writer (:mod:`.backends.gpkg_writer`, :mod:`.backends.pg_writer`), one transaction with
the import's own audit row.

Pure Python (shapely, pyproj); tables come from :mod:`.tabular`."""
import datetime as dt
import functools
import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import categories as cat
from . import database, db, rrn, visits
from . import facilities as fac
from .registry import parse_date

TABLES = ("households", "facilities", "visits", "reports")
MODES = ("insert", "upsert")
KOREA = (124.0, 33.0, 132.0, 39.5)  # lon/lat bounds of where a Korean address can be


def _key(text):
    return re.sub(r"[\s_\-·()\[\]/.:*#]", "", str(text or "")).lower()


# The national screening list's indicator columns, by their header forms (keys as _key makes them).
CRISIS_COLUMNS = {
    "power_cut": ("단전", "단전여부", "전기단전", "한전단전"),
    "water_cut": ("단수", "단수여부", "수도단수"),
    "gas_cut": ("단가스", "가스단절", "가스공급중단", "단가스여부"),
    "utility_arrears": ("공과금체납", "전기요금체납", "수도요금체납", "가스요금체납", "공공요금체납"),
    "health_insurance_arrears": ("건강보험료체납", "건보료체납", "건강보험체납", "건보체납", "건강보험료"),
    "pension_arrears": ("국민연금체납", "연금체납", "국민연금보험료체납", "국민연금"),
    "telecom_arrears": ("통신비체납", "통신요금체납", "통신비"),
    "housing_fee_arrears": ("공동주택관리비체납", "관리비체납", "아파트관리비체납", "관리비"),
    "rent_arrears": ("공공임대료체납", "임대료체납", "공공임대주택임대료체납", "공공임대주택체납"),
    "financial_delinquency": ("금융연체", "금융채무연체", "채무연체", "대출연체", "금융연체정보"),
    "business_closure": ("휴폐업", "휴업", "폐업", "사업장휴폐업"),
    "job_loss": ("고용위기", "실직", "실직고용위기", "고용위기실직", "실업"),
    "catastrophic_medical": ("재난적의료비", "재난적의료비지원"),
    "medical_aid_stopped": ("의료급여중지", "의료급여중단"),
    "benefit_dropped": ("기초수급탈락", "기초수급탈락중지", "수급탈락", "수급중지", "기초생활수급탈락"),
    "long_term_care": ("장기요양", "장기요양등급"),
    "severe_illness": ("중증질환", "중증질환산정특례"),
    "mental_health": ("정신질환", "자살위기", "자살고위험", "정신질환자살위기"),
    "head_death": ("세대주사망", "주소득자사망"),
    "housing_crisis": ("주거위기", "주거취약", "전세피해"),
    "disaster": ("재난", "재해", "재난재해"),
}

# target field -> (kind, header synonyms); kinds: text, int, date, bool, number, a category list, "multi:<list>"
FIELDS = {
    "households": {
        "case_no": ("text", ("사례번호", "사례관리번호", "관리번호", "케이스번호", "caseno", "casenumber", "case")),
        "head_name": ("text", ("성명", "세대주", "세대주명", "세대주성명", "대상자명", "대상자", "이름", "name", "headname",
                               "head")),
        "phone": ("text", ("전화", "전화번호", "연락처", "휴대폰", "휴대전화", "phone", "tel", "mobile")),
        "address": ("text", ("주소", "도로명주소", "지번주소", "소재지", "거주지", "address", "roadaddress")),
        "address_detail": ("text", ("상세주소", "동호수", "동호", "addressdetail", "detail")),
        "dong": ("text", ("행정동", "행정동명", "동명", "동", "dong", "dongcode", "행정동코드")),
        "tong": ("int", ("통", "tong")),
        "ban": ("int", ("반", "ban")),
        "household_types": ("multi:household_type", ("가구유형", "가구형태", "가구구분", "householdtypes", "householdtype",
                                                     "type", "types")),
        "benefit_status": ("benefit_status", ("수급", "수급상태", "수급구분", "수급여부", "보장구분", "benefit",
                                               "benefitstatus")),
        "discovery_source": ("discovery_source", ("발굴경로", "발굴구분", "발굴", "경로", "discoverysource", "source")),
        "risk_level": ("risk_level", ("위기도", "위험도", "위기수준", "위기등급", "위험등급", "risk", "risklevel")),
        "status": ("household_status", ("상태", "관리상태", "status")),
        "share_consent": ("bool", ("정보제공동의", "제공동의", "공유동의", "동의", "consent", "shareconsent")),
        "notes": ("text", ("비고", "메모", "특이사항", "내용", "notes", "note", "remarks")),
        "x": ("number", ("x", "x좌표", "경도", "lon", "lng", "long", "longitude", "경도x", "xcoord")),
        "y": ("number", ("y", "y좌표", "위도", "lat", "latitude", "위도y", "ycoord")),
        "found_on": ("date", ("등록일", "등록일자", "발굴일", "발굴일자", "접수일", "접수일자", "최초등록일", "발견일",
                              "발굴등록일", "대상자등록일", "foundon", "found", "registeredon", "registered")),
        "members": ("count", ("가구원수", "세대원수", "가구원", "세대원", "가구원수명", "가족수", "members",
                              "householdsize", "size")),
        "crisis_indicators": ("multi:crisis_indicator", ("위기정보", "위기지표", "위기유형", "위기사유", "위기요인",
                                                         "위기정보유형", "crisisindicators", "crisis")),
        # the screening list's export: one column per indicator (Y/N, 1/0, O or a date)
        **{f"crisis:{code}": ("flag", names) for code, names in CRISIS_COLUMNS.items()},
    },
    "facilities": {
        "name": ("text", ("시설명", "기관명", "명칭", "이름", "name", "facility", "facilityname")),
        "code": ("text", ("시설코드", "기관코드", "코드", "code")),
        "kind": ("facility_kind", ("시설종류명시설유형", "시설유형", "시설종류", "시설구분", "종류", "kind", "type")),
        "kind_detail": ("text", ("시설종류상세명시설종류", "시설종류상세명", "상세종류", "kinddetail", "detail")),
        "services": ("multi:need_domain", ("서비스", "제공서비스", "services", "service")),
        "address": ("text", ("시설주소", "주소", "도로명주소", "소재지", "address")),
        "phone": ("text", ("전화번호", "전화", "연락처", "phone", "tel")),
        "capacity": ("int", ("정원", "capacity")),
        "x": ("number", ("x", "x좌표", "경도", "lon", "lng", "longitude")),
        "y": ("number", ("y", "y좌표", "위도", "lat", "latitude")),
    },
    "visits": {
        "case_no": ("text", ("사례번호", "사례관리번호", "관리번호", "caseno", "casenumber", "case")),
        "visited_on": ("date", ("방문일", "방문일자", "상담일", "상담일자", "일자", "날짜", "visitedon", "date", "visitdate")),
        "visitor": ("text", ("방문자", "방문자명", "담당자", "상담자", "visitor")),
        "method": ("visit_method", ("방문방법", "방법", "상담방법", "method")),
        "outcome": ("visit_outcome", ("방문결과", "결과", "outcome", "result")),
        "risk_level": ("risk_level", ("위기도", "위험도", "risk", "risklevel")),
        "notes": ("text", ("상담내용", "내용", "메모", "비고", "notes", "content")),
    },
    "reports": {
        "received_on": ("date", ("접수일", "접수일자", "제보일", "제보일자", "일자", "receivedon", "date")),
        "channel": ("report_channel", ("접수경로", "제보경로", "경로", "채널", "channel")),
        "reporter_role": ("visitor_role", ("제보자", "제보자구분", "제보기관", "reporter", "reporterrole")),
        "address": ("text", ("주소", "도로명주소", "소재지", "address")),
        "description": ("text", ("제보내용", "내용", "상황", "description", "content")),
        "x": ("number", ("x", "x좌표", "경도", "lon", "longitude")),
        "y": ("number", ("y", "y좌표", "위도", "lat", "latitude")),
    },
}
REQUIRED = {"households": (), "facilities": ("name",), "visits": ("case_no", "visited_on", "outcome"),
            "reports": ("received_on", "channel")}

SYNONYMS = {
    "risk_level": {"상": "high", "고": "high", "높음": "high", "위험": "high", "중": "medium", "보통": "medium",
                   "하": "low", "저": "low", "낮음": "low"},
    "benefit_status": {"수급": "basic_general", "수급자": "basic_general", "일반수급": "basic_general",
                       "생계급여": "basic_general", "의료급여": "basic_general", "주거급여": "basic_general",
                       "교육급여": "basic_general", "기초생활수급": "basic_general", "기초수급": "basic_general",
                       "조건부수급": "basic_conditional", "차상위계층": "near_poor", "일반": "none", "비수급": "none",
                       "해당없음": "none", "긴급": "emergency"},
    "household_type": {"독거": "elderly_alone", "독거노인가구": "elderly_alone", "노인독거": "elderly_alone",
                       "한부모가구": "single_parent", "조손가구": "grandparent", "다문화가구": "multicultural",
                       "북한이탈주민": "defector", "장애인": "disability", "장애인가구": "disability",
                       "1인가구": "middle_aged_single", "중장년1인가구": "middle_aged_single"},
    "visit_outcome": {"면담": "met", "만남": "met", "방문": "met", "부재중": "absent", "거절": "refused", "전출": "moved",
                      "입원": "hospitalised", "전화": "phone_only"},
    "visit_method": {"대면": "in_person", "방문상담": "in_person", "유선": "phone", "전화상담": "phone"},
    "household_status": {"관리": "active", "사망자": "deceased", "종료": "closed"},
    "discovery_source": {"복지통장": "visitor", "통장": "visitor", "복지통장발굴": "visitor", "통장발굴": "visitor",
                         "방문자": "visitor", "우리동네돌봄단": "visitor", "명예사회복지공무원": "visitor",
                         "발굴시스템": "screening_list", "발굴관리시스템": "screening_list",
                         "복지사각지대발굴시스템": "screening_list", "사각지대발굴시스템": "screening_list",
                         "행복e음": "screening_list", "빅데이터": "screening_list",
                         "주민센터방문": "walk_in", "내방": "walk_in", "방문상담": "walk_in", "본인": "walk_in",
                         "본인신청": "walk_in", "직접방문": "walk_in", "카톡": "kakaotalk", "카카오": "kakaotalk",
                         "120": "call_centre", "120다산콜": "call_centre", "다산콜": "call_centre",
                         "행복1004콜센터": "call_centre", "전화": "call_centre", "협약기관": "partner",
                         "기관제보": "partner", "기관연계": "partner", "경찰": "partner", "우체국": "partner",
                         "한전": "partner", "이웃": "other", "이웃제보": "other", "가족": "other", "가족신고": "other",
                         "집주인": "other", "집주인제보": "other", "지인": "other"},
    "report_channel": {"카톡": "kakaotalk", "카카오": "kakaotalk", "카카오톡채널": "kakaotalk", "120": "call_centre",
                       "다산콜": "call_centre", "전화": "call_centre", "협약기관제보": "partner", "이웃": "other",
                       "가족": "other", "본인": "walk_in", "내방": "walk_in", "집주인": "other"},
    "crisis_indicator": {_key(name): code for code, names in CRISIS_COLUMNS.items() for name in names},
}
# Words a label may carry around its category ('독거노인 가구', '차상위 계층', '한부모 대상자').
SUFFIXES = ("가구", "세대", "대상자", "대상", "계층", "해당", "등", "발굴", "제보", "신고", "신청", "연계")
#: how a value was read: exactly (a code or label), by a built-in synonym, by the closest label it
#: contains, as 'other' (or left empty) for want of any, or by the user's VALUE_MAP
EXACT, SYNONYM, CLOSEST, FALLBACK, USER = "exact", "synonym", "closest", "fallback", "user"
#: a place in Korea but in none of the database's 동: the row is imported without a place
OUTSIDE_DISTRICT = "outside_district"
REASONS = {
    "required": ("필수 항목이 비어 있음", "required value is empty"),
    "unknown_category": ("알 수 없는 값 {value!r}", "unknown value {value!r}"),
    "bad_date": ("날짜가 아님 {value!r}", "not a date {value!r}"),
    "future_date": ("미래 날짜 {value}", "date in the future {value}"),
    "bad_number": ("숫자가 아님 {value!r}", "not a number {value!r}"),
    "not_positive": ("0보다 커야 함 {value!r}", "must be greater than zero {value!r}"),
    "negative": ("음수일 수 없음 {value!r}", "cannot be negative {value!r}"),
    "outside_korea": ("좌표가 한국 밖 ({lon:.4f}, {lat:.4f})", "coordinates outside Korea ({lon:.4f}, {lat:.4f})"),
    "half_coordinates": ("X, Y 중 하나만 있음", "only one of X and Y"),
    "duplicate_case": ("이미 있는 사례번호 {value!r} (insert 모드)", "case number {value!r} already exists (insert mode)"),
    "duplicate_in_file": ("파일 안에서 사례번호 {value!r} 중복 (행 {first})", "case number {value!r} repeats row {first}"),
    "unknown_case": ("없는 사례번호 {value!r}", "unknown case number {value!r}"),
    "risk_not_met": ("면담하지 않은 방문에 위기도", "a risk for a visit where the household was not met"),
    "rrn": ("주민등록번호로 보이는 값: 저장하지 않음", "looks like a resident registration number: not stored"),
    "too_long": ("{limit}자를 넘는 값 ({length}자): 저장하지 않음", "longer than {limit} characters ({length}): not stored"),
    "database": ("데이터베이스가 거부함: {value}", "refused by the database: {value}"),
    "gone": ("가져오는 동안 기록에서 사라짐 (삭제됨): 다시 가져오세요",
             "no longer on record (deleted while the import ran): import it again"),
    "looks_like_degrees": ("경위도(EPSG:4326)로 보이는 좌표 ({x}, {y}): 원본 좌표계를 지정하세요",
                           "looks like longitude/latitude (EPSG:4326) ({x}, {y}); set the source CRS"),
    "swapped_xy": ("X와 Y가 바뀐 것으로 보이는 좌표 ({x}, {y}): 열을 확인하세요",
                   "X and Y look swapped ({x}, {y}); check the columns"),
    "other_crs": ("좌표 ({x}, {y})가 EPSG:{declared}로는 한국 밖, EPSG:{epsg}로 보임: 원본 좌표계를 지정하세요",
                  "coordinates ({x}, {y}) are outside Korea in EPSG:{declared} and look like EPSG:{epsg}; "
                  "set the source CRS"),
}
# The longest text a free-text field takes (characters): a longer cell is a column mix-up or pasted
# text, and rejects its row (reported with row and column, never with the text itself).
TEXT_LIMITS = {"case_no": 60, "code": 60, "head_name": 100, "name": 200, "visitor": 100, "phone": 40, "dong": 100,
               "address": 300, "address_detail": 200, "kind_detail": 200, "notes": 4000, "description": 4000}
# Risk decides who is visited first: a risk label is read exactly (or by a built-in synonym), never guessed.
NO_GUESS = ("risk_level",)
NOTES = {
    SYNONYM: ("{value!r} → {became}", "{value!r} → {became}"),
    CLOSEST: ("{value!r} → {became} (가장 가까운 분류)", "{value!r} → {became} (closest category)"),
    FALLBACK: ("알 수 없는 값 {value!r} → {became}", "unknown value {value!r} → {became}"),
    "unknown_part": ("알 수 없는 값 {value!r}: 원문만 보관", "unknown value {value!r}: original text kept"),
    "bad_count": ("가구원수가 아님 {value!r}: 원문만 보관", "not a household size {value!r}: original text kept"),
    "flag": ("위기정보 {value!r}를 '있음'으로 읽음", "indicator value {value!r} read as present"),
    OUTSIDE_DISTRICT: ("{value}: 이 데이터베이스의 어느 행정동에도 없는 위치, 위치 없이 가져옴",
                       "{value}: a place in none of this database's 동, imported without a place"),
}


class ImportCancelled(Exception):  # noqa: N818 - a cancel, not an error
    """The user cancelled: the transaction was rolled back."""


class DatabaseLocked(Exception):  # noqa: N818 - what the user is told
    """Another program holds the database (a GeoPackage being edited elsewhere): no row's fault,
    the import was rolled back whole."""


class _Gone(Exception):  # noqa: N818 - a row's outcome
    """The record a planned update names is no longer on record."""


@dataclass
class Rejection:
    row: int
    column: str
    code: str
    params: dict = field(default_factory=dict)

    def reason(self, lang="ko"):
        ko, en = REASONS[self.code]
        return (ko if lang == "ko" else en).format(**self.params)


@dataclass
class Relabel:
    """A value imported under another name than it had: the row stays, the original is kept."""
    row: int
    column: str
    value: str
    became: str            # the code stored ('' when the field was left empty)
    how: str               # SYNONYM, CLOSEST, FALLBACK, 'unknown_part', 'bad_count', 'flag', OUTSIDE_DISTRICT

    def reason(self, lang="ko"):
        ko, en = NOTES[self.how]
        return (ko if lang == "ko" else en).format(value=self.value, became=self.became or "—")


@dataclass
class Mapping:
    header_row: int                 # index in the sheet's rows of the header row
    columns: dict                   # target -> column index
    headers: list                   # header texts
    unknown: list                   # headers not recognised


@dataclass
class Result:
    imported: int = 0
    updated: int = 0
    unlocated: int = 0
    rejected: list = field(default_factory=list)   # [Rejection]: a row may have more than one
    total: int = 0
    warnings: list = field(default_factory=list)   # [Relabel]: the report's warnings (values read another way)

    @property
    def rejected_rows(self):
        """How many rows were rejected (each once, whatever its number of problems)."""
        return len({r.row for r in self.rejected})

    def relabelled(self):
        """{(column, value, became, how): rows} of the warnings: what the report lists per value."""
        out = {}
        for w in self.warnings:
            key = (w.column, w.value, w.became, w.how)
            out[key] = out.get(key, 0) + 1
        return out


SKIP = "-"  # FIELD_MAP '-=Header A,Header B': columns not to import, even when recognised


def _position(source, count):
    """A FIELD_MAP source written as a column number, '#3' (1-based), as an index; else None.
    Numbers name columns whose header is blank, repeated, or holds ';' or a line break."""
    match = re.fullmatch(r"#(\d{1,4})", str(source).strip())
    if match and 1 <= int(match.group(1)) <= count:
        return int(match.group(1)) - 1
    if match:
        raise ValueError(f"FIELD_MAP: there is no column {source} (the file has {count})")
    return None


def parse_field_map(text):
    """'head_name=대상자 성명;case_no=관리 번호;-=비고' → {target: source header} ('-': columns left
    out); raises ValueError."""
    out = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValueError(f"FIELD_MAP entry {part.strip()!r} is not target=Source header")
        target, source = part.split("=", 1)
        if target.strip() == SKIP and SKIP in out:
            out[SKIP] += "," + source.strip()
        else:
            out[target.strip()] = source.strip()
    return out


def recognise(table, headers, field_map=None):
    """{target: column index} for ``headers``; FIELD_MAP entries win. Raises ValueError for a
    FIELD_MAP naming an unknown target or a header not in the file."""
    fields = FIELDS[table]
    columns = {}
    keys = [_key(h) for h in headers]
    field_map = dict(field_map or {})
    skipped_names = [h.strip() for h in field_map.pop(SKIP, "").split(",") if h.strip()]
    skipped = {_key(h) for h in skipped_names if _position(h, len(headers)) is None}
    skipped_positions = {_position(h, len(headers)) for h in skipped_names} - {None}
    for target, source in field_map.items():
        if target not in fields:
            raise ValueError(f"FIELD_MAP: unknown field {target!r} for {table} (known: {', '.join(fields)})")
        position = _position(source, len(headers))
        if position is None and _key(source) not in keys:
            raise ValueError(f"FIELD_MAP: no column {source!r} in the file (columns: {', '.join(map(str, headers))})")
        columns[target] = position if position is not None else keys.index(_key(source))
    taken = set(columns.values()) | {i for i, k in enumerate(keys) if k in skipped} | skipped_positions
    for target, (_, names) in fields.items():
        if target in columns:
            continue
        wanted = [_key(n) for n in names]
        for name in wanted:  # synonyms in order of preference: exact match first
            if name in keys and keys.index(name) not in taken:
                columns[target] = keys.index(name)
                taken.add(columns[target])
                break
    # then headers with a note in brackets: 'X좌표(5179)', '가구원수 (명)', '등록일[발굴]'
    bare = [_key(re.sub(r"\(.*?\)|\[.*?\]", "", str(h))) for h in headers]
    for target, (_, names) in fields.items():
        if target in columns:
            continue
        for name in (_key(n) for n in names):
            if name in bare and bare.index(name) not in taken:
                columns[target] = bare.index(name)
                taken.add(columns[target])
                break
    return columns


def crs_in_header(headers, columns):
    """The EPSG code an X or Y header names ('X좌표(5179)', 'x (EPSG:5186)'), or None."""
    for target in ("x", "y"):
        if target in columns:
            match = re.search(r"(?:epsg\s*:?\s*)?\b(\d{4,5})\b", str(headers[columns[target]]), re.IGNORECASE)
            if match and int(match.group(1)) in Importer.GUESSES + (4326,):
                return int(match.group(1))
    return None


def find_header(table, rows, field_map=None, scan=20):
    """The :class:`Mapping` of a sheet: its header row is the first of the first ``scan`` rows
    with the most columns recognised by name — headers the recogniser knows, and the FIELD_MAP
    entries that name a header (titles and merged cells above it are skipped; FIELD_MAP entries
    by column number say nothing about which row is the header, so they do not count)."""
    field_map = dict(field_map or {})
    named = {t: src for t, src in field_map.items() if t != SKIP and _position(src, 10 ** 4) is None}
    best, best_score = None, -1
    for index, (_, cells) in enumerate(rows[:scan]):
        headers = [str(c).strip() if c is not None else "" for c in cells]
        keys = {_key(h) for h in headers}
        score = len(recognise(table, headers)) + sum(1 for src in named.values() if _key(src) in keys)
        if score > best_score:
            best, best_score = (index, headers), score
    if best is None:
        raise ValueError("the sheet is empty")
    index, headers = best
    if best_score == 0 and not field_map:
        raise ValueError("no header row recognised in the first rows; name the columns with FIELD_MAP")
    columns = recognise(table, headers, field_map)  # raises for a FIELD_MAP naming what is not there
    if not columns:
        raise ValueError("no header row recognised in the first rows; name the columns with FIELD_MAP")
    unknown = [h for i, h in enumerate(headers) if h and i not in columns.values()]
    return Mapping(index, columns, headers, unknown)


@functools.lru_cache(maxsize=8192)
def to_code(list_name, value):
    """A category code from a code, a Korean or English label or a common synonym; None if none."""
    return read_label(list_name, value)[0]


@functools.lru_cache(maxsize=64)
def _labels(list_name):
    """{key: code} of a list's codes, labels and synonyms, and its (key, code) pairs longest first."""
    exact = {}
    for c in cat.CATEGORY_LISTS[list_name]:
        for text in (c.code, c.ko, c.en):
            exact.setdefault(_key(text), c.code)
    synonyms = SYNONYMS.get(list_name, {})
    pairs = sorted([(k, c) for k, c in list(exact.items()) + list(synonyms.items()) if len(k) >= 2],
                   key=lambda p: -len(p[0]))
    return exact, synonyms, pairs


@functools.lru_cache(maxsize=8192)
def read_label(list_name, value, closest=True):
    """(code, how) of a label: exactly a code or a label, a built-in synonym, or (``closest``) the
    label left when a common suffix is taken off or the longest known label the text contains
    (when only one category's labels are that long); (None, None) when nothing fits."""
    exact, synonyms, pairs = _labels(list_name)
    key = _key(value)
    if key in exact:
        return exact[key], EXACT
    if key in synonyms:
        return synonyms[key], SYNONYM
    if not closest or not key:
        return None, None
    for suffix in SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            stem = key[: -len(suffix)]
            if stem in exact or stem in synonyms:
                return exact.get(stem) or synonyms[stem], CLOSEST
    found = [(k, c) for k, c in pairs if k in key]
    if found:
        longest = len(found[0][0])
        codes = {c for k, c in found if len(k) == longest}
        if len(codes) == 1:
            return codes.pop(), CLOSEST
    return None, None


def field_label(table, target, list_name, text, value_map=None):
    """(code, how) of one label of a ``table`` import's ``target`` field: the user's VALUE_MAP
    first, then the built-in reading (no guess for a risk); an optional field's unknown label
    becomes 'other' where its list has one (else stays empty); a required one's stays unknown."""
    chosen = (value_map or {}).get(target, {})
    key = _key(text)
    if key in chosen:
        return chosen[key], USER
    code, how = read_label(list_name, text, closest=target not in NO_GUESS)
    if code is None and target not in NO_GUESS and target not in REQUIRED[table]:
        return ("other" if "other" in cat.codes(cat.CATEGORY_LISTS[list_name]) else None), FALLBACK
    return code, how


def parse_value_map(text):
    """'discovery_source:복지통장 발굴=visitor;risk_level:매우높음=high' → {field: {value key: code}}
    (a code or a label; empty: leave the field empty). Raises ValueError naming the bad entry."""
    out = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        target, sep, rest = part.partition(":")
        value, sep2, code = rest.rpartition("=")
        if not sep or not sep2 or not target.strip() or not value.strip():
            raise ValueError(f"VALUE_MAP entry {part.strip()!r} is not field:value=code")
        target = target.strip()
        list_name = category_list(target)
        if list_name is None:
            known = sorted({t for table in FIELDS.values() for t, (kind, _) in table.items() if category_list(t, kind)})
            raise ValueError(f"VALUE_MAP: {target!r} is not a category field (known: {', '.join(known)})")
        chosen = None
        if code.strip():
            chosen, how = read_label(list_name, code.strip(), closest=False)
            if chosen is None:
                raise ValueError(f"VALUE_MAP: {code.strip()!r} is not a {target} category "
                                 f"(codes: {', '.join(cat.codes(cat.CATEGORY_LISTS[list_name]))})")
        out.setdefault(target, {})[_key(value)] = chosen
    return out


def category_list(target, kind=None):
    """The category list a field's values come from (None for other fields)."""
    if kind is None:
        kinds = {table[target][0] for table in FIELDS.values() if target in table}
        kind = kinds.pop() if len(kinds) == 1 else None
    if kind is None:
        return None
    kind = kind[6:] if kind.startswith("multi:") else kind
    return kind if kind in cat.CATEGORY_LISTS else None


def format_value_map(choices):
    """The VALUE_MAP text of {field: {value: code}} (what the wizard saves and hands over)."""
    return ";".join(f"{target}:{value}={code or ''}" for target, values in sorted(choices.items())
                    for value, code in values.items())


def _dong_key(name):
    """A 동 name as lists and boundaries both write it: '정릉제1동' and '정릉1동', '서울 성북구 정릉1동'."""
    return _key(re.sub(r"제\s*(\d+)\s*(동|가)$", r"\1\2", str(name).split()[-1] if str(name).split() else ""))


def _number_text(value):
    """A coordinate as written in a message: as many digits as it has, no exponent."""
    return f"{value:.6f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.1f}".rstrip("0").rstrip(".")


def _number(text):
    return float(str(text).replace(",", "").strip())


class AddressIndex:
    """The road-address location DB (위치정보요약DB: pipe-delimited, CP949, no header; 18 fields,
    X/Y in EPSG:5179) as a lookup from road name + building number to a point."""

    EPSG = 5179

    def __init__(self):
        self.points = {}       # (sigungu, road, underground, main, sub) -> (x, y)
        self.roads = {}        # (road, underground, main, sub) -> {sigungu}
        self.buildings = {}    # building name key -> [(sigungu, x, y)]

    @classmethod
    def load(cls, paths):
        from .tabular import decode

        index = cls()
        for path in paths:
            with open(path, "rb") as handle:
                text, _ = decode(handle.read(), str(path))
            for line in text.splitlines():
                parts = line.split("|")
                if len(parts) < 18:
                    continue
                try:
                    x, y = float(parts[16]), float(parts[17])
                    main, sub = int(parts[9]), int(parts[10] or 0)
                except ValueError:
                    continue
                index.add(parts[4], parts[7], parts[8] == "1", main, sub, x, y, parts[11])
        return index

    def add(self, sigungu, road, underground, main, sub, x, y, building=None):
        road = _key(road)
        self.points[(_key(sigungu), road, underground, main, sub)] = (x, y)
        self.roads.setdefault((road, underground, main, sub), set()).add(_key(sigungu))
        if building:
            self.buildings.setdefault(_key(building), []).append((_key(sigungu), x, y))

    def __len__(self):
        return len(self.points)

    def match(self, address):
        """(x, y) in EPSG:5179 for an address, or None: road name and building number (spacing,
        '(동명)' suffixes and '지하' tolerated), the 시군구 when the address names it or the road
        is unique; else a building name."""
        if not address:
            return None
        text = str(address)
        underground = bool(re.search(r"(?:로|길)\s*지하\s*\d", text))
        text = re.sub(r"((?:로|길))\s*지하\s*(\d)", r"\1 \2", text)
        parsed = fac.parse_address(text)
        if parsed.road_name and parsed.main_no is not None:
            road, sub = _key(parsed.road_name), parsed.sub_no or 0
            sigungu = _key(parsed.sigungu.split()[-1]) if parsed.sigungu else None
            if sigungu and (sigungu, road, underground, parsed.main_no, sub) in self.points:
                return self.points[(sigungu, road, underground, parsed.main_no, sub)]
            places = self.roads.get((road, underground, parsed.main_no, sub), set())
            if len(places) == 1 and (not sigungu or sigungu in places):
                return self.points[(next(iter(places)), road, underground, parsed.main_no, sub)]
        for word in re.split(r"[\s,()]+", str(address)):
            found = self.buildings.get(_key(word)) if len(_key(word)) >= 3 else None
            if found and len(found) == 1:
                return found[0][1:]
        return None


def _address_key(address):
    """(road key, underground, main, sub) of a road address, or None (the same reading as
    :meth:`AddressIndex.match`: spacing, '(동명)' suffixes and '지하' tolerated)."""
    if not address:
        return None
    text = str(address)
    underground = bool(re.search(r"(?:로|길)\s*지하\s*\d", text))
    parsed = fac.parse_address(re.sub(r"((?:로|길))\s*지하\s*(\d)", r"\1 \2", text))
    if not parsed.road_name or parsed.main_no is None:
        return None
    return _key(parsed.road_name), underground, parsed.main_no, parsed.sub_no or 0


class BuildingIndex:
    """The database's base-map buildings (base_buildings) as a lookup from road name + building
    number to a point on the building (in the database's CRS): a household whose road address
    names a building is placed on it (location quality 'building'). Where several polygons carry
    one address (a 건물군, or two sources), the largest."""

    def __init__(self, buildings=None):
        self.points = {}  # (road key, underground, main, sub) -> (x, y, area)
        for road, underground, main, sub, shape in buildings or ():
            self.add(road, bool(underground), main, sub, shape)

    @classmethod
    def load(cls, conn):
        """The index of the buildings of the database of ``conn`` (empty without a base map)."""
        rows = conn.execute(f"SELECT road_name, underground, main_no, sub_no, {db.geometry(conn, 'geom')} "
                            "FROM base_buildings WHERE road_name IS NOT NULL AND main_no IS NOT NULL "
                            "AND geom IS NOT NULL").fetchall()
        return cls((road, underground, main, sub, db.decode_geometry(conn, blob))
                   for road, underground, main, sub, blob in rows)

    def add(self, road, underground, main, sub, shape):
        if shape is None or shape.is_empty:
            return
        key = (_key(road), bool(underground), int(main), int(sub or 0))
        area = shape.area
        if key not in self.points or self.points[key][2] < area:
            point = shape.representative_point()  # on the building, even an L-shaped one
            self.points[key] = (point.x, point.y, area)

    def __len__(self):
        return len(self.points)

    def __bool__(self):
        return bool(self.points)

    def match(self, address):
        """(x, y) on the building a road address names, or None."""
        key = _address_key(address)
        found = self.points.get(key) if key else None
        return found[:2] if found else None


def place_on_buildings(conn: Any, user: str | None = None, only_unlocated: bool = True) -> int:
    """Households without a place (or all, ``only_unlocated=False``, except those placed by hand
    or from the source's coordinates) whose road address names a building of the base map are
    placed on it, location quality 'building', their 동/통 from there (either engine; the caller
    commits). Returns the number placed."""
    index = BuildingIndex.load(conn)
    if not index:
        return 0
    where = ("geom IS NULL OR geocode_quality = 'unlocated'" if only_unlocated
             else "coalesce(geocode_quality, '') NOT IN ('manual', 'source_coordinates', 'building')")
    locator = database.DistrictLocator(conn)
    mark, srs = db.geometry_mark(conn), db.srs_id(conn)
    updates = []
    for fid, address in conn.execute(f"SELECT fid, address FROM households WHERE address IS NOT NULL "
                                     f"AND status = 'active' AND ({where})").fetchall():
        found = index.match(address)
        if found is None:
            continue
        dong, tong = locator.locate(*found)
        updates.append((db.point_value(conn, found[0], found[1], srs), dong, tong, user, fid))
    conn.executemany(f"UPDATE households SET geom = {mark}, geocode_quality = 'building', dong_code = ?, tong = ?, "
                     "updated_by = ?, read_version = version WHERE fid = ?", updates)
    return len(updates)


def transformer(source_epsg, target_epsg):
    """A function (x, y) -> (x, y) from one EPSG code to another (PROJ picks the datum
    transformation: Korean 1985/Bessel 5174 and 2097 get their shift to Korea 2000)."""
    if source_epsg == target_epsg:
        return lambda x, y: (x, y)
    from pyproj import Transformer

    t = Transformer.from_crs(source_epsg, target_epsg, always_xy=True)
    return t.transform


# --- the stages: what the database says (read once), the plan (no database), the writers -------
@dataclass
class ImportContext:
    """What a plan needs to know of the database, read once from a connection (read-only) by
    :func:`load_context`: its CRS, its 동 (codes and names), the 동/통 polygons the places are
    located in, and what decides between insert, update and rejection."""
    table: str
    epsg: int
    dongs: dict[str, str] = field(default_factory=dict)   # 동 code or name key -> 동 code
    locator: "database.DistrictLocator | None" = None      # the prepared 동/통 polygons
    case_numbers: frozenset[str] = frozenset()              # households: case numbers on record
    facility_codes: frozenset[str] = frozenset()            # facilities: codes on record
    households: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # visits: case_no -> (id, 동)
    buildings: "BuildingIndex | None" = None                # the base map's buildings, by road address


def load_context(conn: Any, table: str) -> ImportContext:
    """The :class:`ImportContext` of a ``table`` import into the database of ``conn`` (either
    engine; only reads)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    dongs = conn.execute("SELECT code, name FROM districts WHERE level = 'dong'").fetchall()
    names = {_key(code): code for code, _ in dongs}
    names.update({_dong_key(name): code for code, name in dongs})
    context = ImportContext(table, db.crs_epsg(conn), names)
    if "x" in FIELDS[table]:
        context.locator = database.DistrictLocator(conn)
        context.buildings = BuildingIndex.load(conn) or None
    if table == "households":
        context.case_numbers = frozenset(
            r[0] for r in conn.execute("SELECT case_no FROM households WHERE case_no IS NOT NULL"))
    elif table == "facilities":
        context.facility_codes = frozenset(r[0] for r in conn.execute("SELECT code FROM facilities WHERE code IS NOT NULL"))
    elif table == "visits":
        context.households = {case_no: (hid, dong) for case_no, hid, dong in conn.execute(
            "SELECT case_no, id, dong_code FROM households WHERE case_no IS NOT NULL")}
    return context


@dataclass
class PlannedRecord:
    """One row of the list as it is to be written: its columns as the database stores them (the
    place apart), its point in the database's CRS, the values it relabelled."""
    number: int                                   # the row as the spreadsheet numbers it
    values: dict[str, Any]
    point: tuple[float, float] | None = None
    notes: list = field(default_factory=list)     # [Relabel]
    unlocated: bool = False
    update: bool = False                          # households: by case number; facilities: by code


@dataclass
class Written:
    """What a writer says of a plan it wrote: the rows the database refused (row -> rejection),
    and the visits already on record that an upsert left as they were."""
    refused: dict[int, "Rejection"] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)


@dataclass
class ImportPlan:
    """Everything an import is to do, made with no database: the records to insert and update
    (in the list's order), the rows rejected with their reasons, and the seconds each stage took."""
    table: str
    mode: str
    total: int = 0
    records: list[PlannedRecord] = field(default_factory=list)
    rejected: list["Rejection"] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)   # stage -> seconds (read, convert, place, plan)

    @property
    def inserts(self) -> list[PlannedRecord]:
        return [r for r in self.records if not r.update]

    @property
    def updates(self) -> list[PlannedRecord]:
        return [r for r in self.records if r.update]

    @property
    def warnings(self) -> list["Relabel"]:
        return [n for r in self.records for n in r.notes]

    def result(self, written: Written | None = None) -> "Result":
        """The :class:`Result` of this plan once written (a dry run: as planned)."""
        written = written or Written()
        result = Result(total=self.total)
        result.rejected = sorted(self.rejected + list(written.refused.values()), key=lambda r: r.row)
        for record in self.records:
            if record.number in written.refused:
                continue
            if record.update or record.number in written.skipped:
                result.updated += 1
            else:
                result.imported += 1
            result.unlocated += record.unlocated
            result.warnings.extend(record.notes)
        return result


def plan(rows: list, mapping: "Mapping", context: ImportContext, table: str | None = None, *,
         mode: str = "insert", source_epsg: Any = None, address_index: "AddressIndex | None" = None,
         today: dt.date | None = None, value_map: dict | None = None, progress: Callable | None = None,
         cancelled: Callable | None = None) -> ImportPlan:
    """Read → convert/validate → place the data rows (after the header row) of a sheet into an
    :class:`ImportPlan`, with no database: a dry run is this alone."""
    return Planner(context, table or context.table, source_epsg, address_index, mode, today,
                   value_map=value_map).plan(rows, mapping, progress, cancelled)


class Planner:
    """The pure stages of one import: every row converted and checked, the places of all rows
    projected, checked and located in their 동/통 at once, then each row decided (insert, update
    or rejection) from the :class:`ImportContext`."""

    def __init__(self, context: ImportContext, table: str, source_epsg: Any = None,
                 address_index: "AddressIndex | None" = None, mode: str = "insert", today: dt.date | None = None,
                 lang: str = "ko", value_map: dict | None = None) -> None:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (insert or upsert)")
        self.context, self.table, self.mode, self.lang = context, table, mode, lang
        self.value_map = value_map or {}  # {field: {value key: code or None}}: the user's choices win
        self._planned: tuple[Any, list, bool] = (None, [], False)  # mapping, its columns, any flag column
        self.today = today or dt.date.today()
        self.epsg = context.epsg
        self.source_epsg = source_epsg
        self.address_index = address_index
        self.buildings = context.buildings
        self.to_db: dict[Any, Callable] = {}
        self.to_wgs84 = transformer(self.epsg, 4326)
        self.locator = context.locator
        self.dongs = context.dongs
        self._dong_cache: dict[str, str | None] = {}
        self._kinds: dict[Any, bool] = {}  # EPSG -> is geographic

    def _project(self, x, y, epsg):
        if epsg not in self.to_db:
            self.to_db[epsg] = transformer(epsg, self.epsg)
        return self.to_db[epsg](x, y)

    # --- one row ------------------------------------------------------------------------------
    def convert(self, number, cells, mapping):
        """(record dict, [Rejection]) of one source row; the record is None when rejected. The
        record's place is still in source coordinates (``_xy``): :meth:`place` projects and
        checks the places of many rows at once."""
        problems = []
        notes = []
        record = {}
        plan = self._plan(mapping)
        # one search of the whole row: a cell, or a word of it, can only hold what looks like a
        # resident registration number if the row does (a line break, which none spans, between cells)
        try:
            joined = "\n".join(cells)  # a CSV's: all text
        except TypeError:
            joined = "\n".join([c if isinstance(c, str) else str(c) for c in cells if c is not None])
        suspicious = rrn.PATTERN.search(joined) is not None
        width = len(cells)
        for target, column, header, kind, cache, limit in plan:
            raw = cells[column] if column < width else None
            if raw is None:
                continue
            if kind == "text":
                text = raw.strip() if isinstance(raw, str) else str(raw).strip()
                if text:
                    if suspicious and rrn.found(text):
                        problems.append(Rejection(number, header, "rrn"))
                    if limit is not None and len(text) > limit:
                        problems.append(Rejection(number, header, "too_long", {"limit": limit, "length": len(text)}))
                    record[target] = text
                continue
            if kind == "number":
                try:
                    value = float(raw)
                except (TypeError, ValueError):
                    value = None
                if value is not None and math.isfinite(value) and abs(value) <= 1e15:
                    record[target] = value
                    continue
            if cache is None or isinstance(raw, dt.date):
                updates, issues, relabels = self._value(target, kind, raw)
            else:
                hit = cache.get(raw)
                if hit is None:
                    hit = cache[raw] = self._value(target, kind, raw)
                updates, issues, relabels = hit
            record.update(updates)
            if issues:
                problems.extend(Rejection(number, header, code, params) for code, params in issues)
            if relabels:
                if suspicious and any(rrn.found(value) for value, _, _ in relabels):  # its words would be kept
                    problems.append(Rejection(number, header, "rrn"))
                notes.extend(Relabel(number, header, value, became, how) for value, became, how in relabels)
        flags = [k for k in record if k.startswith("_flag_")] if self._planned[2] else None
        if flags:  # the screening list's indicator columns, with what a crisis_indicators column said
            found = [c for c in (record.get("crisis_indicators") or "{}").strip("{}").split(",") if c]
            found += [k[6:] for k in flags if record.pop(k) and k[6:] not in found]
            record["crisis_indicators"] = "{" + ",".join(found) + "}" if found else None
        if notes and self.table == "households":  # the original words, kept with the household
            kept = "; ".join(f"{n.column}={n.value}" for n in notes)
            record["source_labels"] = kept if len(kept) <= 2000 else kept[:1999] + "…"
        if notes:
            record["_notes"] = notes  # reported as warnings once the row is written
        for target in REQUIRED[self.table]:
            column = mapping.headers[mapping.columns[target]] if target in mapping.columns else target
            if target not in record and not any(p.column == column for p in problems):
                problems.append(Rejection(number, column, "required"))
        if self.table == "visits" and record.get("risk_level") and record.get("outcome") not in (None, *cat.MET_OUTCOMES):
            problems.append(Rejection(number, mapping.headers[mapping.columns["risk_level"]], "risk_not_met"))
        if self.table == "facilities" and "kind" not in record and not problems:
            record["kind"] = "other"
        if "_kind_text" in record:
            record.setdefault("kind_detail", record.pop("_kind_text"))
        if "x" in FIELDS[self.table]:
            self._source_place(number, record, mapping, problems)
        return (None if problems else record), problems

    def _plan(self, mapping):
        """(target, column, header, kind, cache, text limit) of each mapped column, made once per
        mapping."""
        if self._planned[0] is not mapping:
            fields = FIELDS[self.table]
            plan = [(target, column, mapping.headers[column], fields[target][0],
                     None if fields[target][0] in ("text", "number") or target == "kind" else {},
                     TEXT_LIMITS.get(target) if fields[target][0] == "text" else None)
                    for target, column in mapping.columns.items()
                    if target != "source_labels"]  # written by the import itself, from what it relabelled
            self._planned = (mapping, plan, any(p[3] == "flag" for p in plan))
        return self._planned[1]

    def _value(self, target, kind, raw):
        """({field: value}, [(problem code, params)], [(original, code, how)]) of one non-empty
        cell: what to store, what rejects the row, and what was read under another name."""
        text = str(raw).strip()
        if text == "":
            return {}, [], []
        if kind in ("int", "number"):
            try:
                value = _number(re.sub(r"\s*[통반]$", "", text) if kind == "int" else text)
                if not math.isfinite(value) or abs(value) > 1e15 or (kind == "int" and value != int(value)):
                    raise ValueError(text)
            except ValueError:
                return {}, [("bad_number", {"value": text})], []
            if kind == "int" and value <= 0 and target in ("tong", "ban"):
                return {}, [("not_positive", {"value": text})], []
            if kind == "int" and value < 0:
                return {}, [("negative", {"value": text})], []
            return {target: int(value) if kind == "int" else value}, [], []
        if kind == "count":  # a household size: '3', '3명', '3인'; anything else is kept as text only
            match = re.fullmatch(r"(\d{1,3})(?:\.0+)?\s*(?:명|인|인가구|가구원)?", text)
            if match and int(match.group(1)) > 0:
                return {target: int(match.group(1))}, [], []
            return {}, [], [(text, "", "bad_count")]
        if kind == "date":
            korean = re.fullmatch(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", text)
            day = parse_date(raw) if isinstance(raw, dt.date) else parse_date(
                "-".join(korean.groups()) if korean else  # '2026년 3월 5일'
                re.sub(r"\.\s+", ".", text).rstrip(".").split(" ")[0])  # '2026. 3. 5.' and '2026/03/05 10:30:00' too
            if day is None:
                return {}, [("bad_date", {"value": text})], []
            if day > self.today:
                return {}, [("future_date", {"value": day.isoformat()})], []
            return {target: day.isoformat()}, [], []
        if kind == "bool":
            return {target: _key(text) in ("y", "yes", "1", "예", "o", "동의", "true", "있음", "유")}, [], []
        if kind == "flag":  # one screening-list indicator: Y/N, 1/0, O/X, a date or an amount
            key = _key(text)
            if key in FLAG_NO:
                return {}, [], []
            if key in FLAG_YES or parse_date(re.sub(r"\.\s+", ".", text).rstrip(".").split(" ")[0]) is not None:
                return {"_flag_" + target.split(":", 1)[1]: True}, [], []
            try:
                return ({"_flag_" + target.split(":", 1)[1]: True}, [], []) if _number(text) > 0 else ({}, [], [])
            except ValueError:
                return {"_flag_" + target.split(":", 1)[1]: True}, [], [(text, target.split(":", 1)[1], "flag")]
        if kind.startswith("multi:"):
            codes, relabels = [], []
            for part in re.split(r"[,;/·\n]+", text.strip("{}")):
                if part.strip():
                    code, how = self._label(target, kind[6:], part.strip())
                    if how not in (EXACT, USER):
                        relabels.append((part.strip(), code or "", how if code else "unknown_part"))
                    if code is not None and code not in codes:
                        codes.append(code)
            return {target: "{" + ",".join(codes) + "}" if codes else None}, [], relabels
        if target == "kind" and self.table == "facilities":
            return {"kind": to_code("facility_kind", text) or fac.kind_of(text), "_kind_text": text}, [], []
        code, how = self._label(target, kind, text)
        if code is None and (target in NO_GUESS or target in REQUIRED[self.table]):
            return {}, [("unknown_category", {"value": text})], []
        relabels = [] if how in (EXACT, USER) else [(text, code or "", how or FALLBACK)]
        return ({target: code} if code else {}), [], relabels

    def _label(self, target, list_name, text):
        return field_label(self.table, target, list_name, text, self.value_map)

    def _source_place(self, number, record, mapping, problems):
        """Where the row says it is, before projection: ``record['_xy'] = (epsg, x, y, quality,
        column)``; or the row is unlocated."""
        x, y = record.pop("x", None), record.pop("y", None)

        def column(target):
            return mapping.headers[mapping.columns[target]] if target in mapping.columns else target

        if (x is None) != (y is None):
            if not any(p.column in (column("x"), column("y")) for p in problems):
                problems.append(Rejection(number, column("x" if x is None else "y"), "half_coordinates"))
            return
        if x is not None:
            # Korean longitudes and latitudes never overlap, and no Korean projected CRS has
            # coordinates that small: degrees are told apart from metres, and X from Y
            degrees = KOREA[0] <= x <= KOREA[2] and KOREA[1] <= y <= KOREA[3]
            swapped = KOREA[1] <= x <= KOREA[3] and KOREA[0] <= y <= KOREA[2]
            declared = self.source_epsg
            epsg = declared or self.epsg
            if declared is None and degrees:  # no CRS said: degrees are degrees
                epsg = 4326
            elif (degrees or swapped) and not self._geographic(epsg):
                problems.append(Rejection(number, column("x"), "looks_like_degrees",
                                          {"x": _number_text(x), "y": _number_text(y)}))
                return
            elif swapped and not degrees:
                problems.append(Rejection(number, column("x"), "swapped_xy", {"x": _number_text(x), "y": _number_text(y)}))
                return
            record["_xy"] = (epsg, x, y, "source_coordinates", column("x"))
        elif record.get("address"):
            # the base map's building first (in the database's CRS, the polygon printed on the map), then
            # the road-address location DB
            found = self.buildings.match(record["address"]) if self.buildings is not None else None
            if found:
                record["_xy"] = (self.epsg, found[0], found[1], "building", column("address"))
            elif self.address_index is not None:
                found = self.address_index.match(record["address"])
                if found:
                    record["_xy"] = (AddressIndex.EPSG, found[0], found[1], "address_point", column("address"))
        record["geocode_quality"] = "unlocated"

    def place(self, rows):
        """Project the places of many converted rows [(number, record, problems)] into the
        database's CRS at once, check they are in Korea, and find their 동 and 통. A row whose place
        is outside Korea gets its problem and loses its record; a row whose place is in Korea but in
        none of the database's 동 (when it has 동 at all) is kept without a place, with a warning."""
        import numpy as np

        groups = {}
        for index, (_, record, _) in enumerate(rows):
            if record is not None and "_xy" in record:
                groups.setdefault(record["_xy"][0], []).append(index)
        located, written = [], {}
        for epsg, members in groups.items():
            xs = np.array([rows[i][1]["_xy"][1] for i in members], dtype=float)
            ys = np.array([rows[i][1]["_xy"][2] for i in members], dtype=float)
            with np.errstate(all="ignore"):
                px, py = self._project(xs, ys, epsg)
                px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
                lon, lat = (xs, ys) if epsg == 4326 else (np.asarray(a, dtype=float) for a in self.to_wgs84(px, py))
                finite = np.isfinite(px) & np.isfinite(py) & (np.abs(px) < 1e9) & (np.abs(py) < 1e9)
                korean = finite & (lon >= KOREA[0]) & (lon <= KOREA[2]) & (lat >= KOREA[1]) & (lat <= KOREA[3])
            for k, i in enumerate(members):
                number, record, problems = rows[i]
                _, x, y, quality, column = record.pop("_xy")
                if korean[k]:
                    record["geom"], record["geocode_quality"] = (float(px[k]), float(py[k])), quality
                    located.append(i)
                    written[i] = (x, y, quality, column)
                    continue
                problems.append(self._outside(number, column, x, y, epsg, lon[k] if finite[k] else x,
                                              lat[k] if finite[k] else y))
                rows[i] = (number, None, problems)
        located = [i for i in located if rows[i][1] is not None]
        if located:
            places = self.locator.locate_many([rows[i][1]["geom"][0] for i in located],
                                              [rows[i][1]["geom"][1] for i in located])
            districts = bool(self.locator.dongs)  # a database without 동 takes places as they come
            for i, found in zip(located, places):
                if districts and found[0] is None:
                    self._unplace(rows[i][0], rows[i][1], *written[i])
                else:
                    rows[i][1]["_found"] = found
        return rows

    def _unplace(self, number, record, x, y, quality, column):
        """A place in Korea but in none of the database's 동 (another 구, a typo in a digit): the
        row is imported without a place — its 동 and 통 only as its own columns name them — and
        the place it gave is reported as a warning (the X/Y as written, or the address)."""
        del record["geom"]
        record["geocode_quality"] = "unlocated"
        value = ((record.get("address") or "") if quality in ("address_point", "building")
                 else f"{_number_text(x)}, {_number_text(y)}")
        record.setdefault("_notes", []).append(Relabel(number, column, value, "", OUTSIDE_DISTRICT))

    GUESSES = (5179, 5186, 5181, 5185, 5187, 5188, 5174, 2097, 32652)  # CRSs Korean lists come in

    def _geographic(self, epsg):
        if epsg not in self._kinds:
            from pyproj import CRS

            self._kinds[epsg] = CRS.from_user_input(epsg).is_geographic
        return self._kinds[epsg]

    def _in_korea(self, x, y, epsg):
        try:
            lon, lat = (x, y) if epsg == 4326 else transformer(epsg, 4326)(x, y)
        except Exception:  # noqa: BLE001 - no transformation: not there
            return False
        return math.isfinite(lon) and KOREA[0] <= lon <= KOREA[2] and KOREA[1] <= lat <= KOREA[3]

    def _outside(self, number, column, x, y, epsg, lon, lat):
        """The rejection of a place outside Korea, saying what would have fitted: X and Y the
        other way round, or another Korean CRS (the one whose point falls in this district first)."""
        where = {"x": _number_text(x), "y": _number_text(y), "declared": epsg}
        if self._in_korea(y, x, epsg):
            return Rejection(number, column, "swapped_xy", where)
        fits = [g for g in self.GUESSES if g != epsg and self._in_korea(x, y, g)]
        if fits:
            here = [g for g in fits if self.locator.locate(*self._project(x, y, g))[0] is not None]
            return Rejection(number, column, "other_crs", {**where, "epsg": (here or fits)[0]})
        return Rejection(number, column, "outside_korea", {"lon": lon, "lat": lat})

    # --- the whole list -----------------------------------------------------------------------
    def plan(self, rows: list, mapping: Mapping, progress: Callable | None = None,
             cancelled: Callable | None = None) -> ImportPlan:
        """The :class:`ImportPlan` of the data rows (after the header row): every row converted
        and checked, the places of all rows projected, checked and located at once, then each row
        decided from the context (progress 0–30 %)."""
        start = time.perf_counter()
        data = [(n, cells) for n, cells in rows[mapping.header_row + 1:] if any(c is not None for c in cells)]
        out = ImportPlan(self.table, self.mode, total=len(data))
        converted = []
        for i, (number, cells) in enumerate(data):
            if i % 500 == 0 and cancelled is not None and cancelled():
                raise ImportCancelled()
            if i % 2000 == 0 and progress is not None:
                progress(30.0 * i / max(1, len(data)))
            converted.append((number, *self.convert(number, cells, mapping)))
        placed = time.perf_counter()
        self.place(converted)
        decided = time.perf_counter()
        seen: dict[str, int] = {}
        codes = set(self.context.facility_codes)
        decide = getattr(self, f"_decide_{self.table}")
        for number, record, problems in converted:
            if record is not None and record.get("case_no") and self.table == "households":
                first = seen.setdefault(record["case_no"], number)
                if first != number:
                    problems = [Rejection(number, mapping.headers[mapping.columns["case_no"]], "duplicate_in_file",
                                          {"value": record["case_no"], "first": first})]
                    record = None
            if record is None:
                out.rejected.extend(problems)
                continue
            notes = record.pop("_notes", None)
            unlocated = record.get("geocode_quality") == "unlocated"
            try:
                planned = decide(number, record, mapping, codes)
            except _RowRejected as exc:
                out.rejected.append(exc.rejection)
                continue
            if notes:
                planned.notes = notes
            planned.unlocated = unlocated
            out.records.append(planned)
        out.seconds.update({"convert": placed - start, "place": decided - placed,
                            "decide": time.perf_counter() - decided})
        if progress is not None:
            progress(30.0)
        return out

    def _locate_point(self, x, y):
        return self.locator.locate(x, y)

    def _place(self, record):
        point = record.get("geom")
        dong = self._dong(record["dong"]) if record.get("dong") else None
        if point is None:
            return dong, record.get("tong")
        found_dong, found_tong = record.get("_found") or self._locate_point(*point)
        return dong or found_dong, record.get("tong") or found_tong

    def _dong(self, text):
        """The 동 code a cell names (a code or a name), remembered per distinct text."""
        if text not in self._dong_cache:
            self._dong_cache[text] = self.dongs.get(_key(text)) or self.dongs.get(_dong_key(text))
        return self._dong_cache[text]

    def _decide_households(self, number, record, mapping, codes):
        dong, tong = self._place(record)
        point = record.pop("geom", None)
        record.pop("dong", None)
        record.pop("_found", None)
        values = record  # the record becomes the row's values
        values["dong_code"], values["tong"] = dong, tong
        case_no = values.get("case_no")
        if not case_no or case_no not in self.context.case_numbers:
            return PlannedRecord(number, values, point)
        if self.mode == "insert":
            raise _RowRejected(Rejection(number, mapping.headers[mapping.columns["case_no"]], "duplicate_case",
                                         {"value": case_no}))
        if point is None:  # no new place: keep the one on record
            values.pop("geocode_quality", None)
            values = {k: v for k, v in values.items() if k not in ("dong_code", "tong") or v is not None}
        return PlannedRecord(number, values, point, update=True)

    def _decide_facilities(self, number, record, mapping, codes):
        values = {k: v for k, v in record.items() if k not in ("geom", "_found")}
        if not values.get("services"):
            values["services"] = "{" + ",".join(fac.services_of(values["kind"])) + "}"
        point = record.get("geom")
        if point is not None:
            values["dong_code"] = (record.get("_found") or self._locate_point(*point))[0]
        code = values.get("code") if self.mode == "upsert" else None
        update = bool(code) and code in codes  # on record, or written by an earlier row of the list
        if code:
            codes.add(code)
        if update and point is None:  # no new place: keep the one on record, and its quality
            values.pop("geocode_quality", None)
        return PlannedRecord(number, values, point, update=update)

    def _decide_visits(self, number, record, mapping, codes):
        household = self.context.households.get(record["case_no"])
        if household is None:
            raise _RowRejected(Rejection(number, mapping.headers[mapping.columns["case_no"]], "unknown_case",
                                         {"value": record["case_no"]}))
        return PlannedRecord(number, {"household_id": household[0], "dong_code": household[1],
                                      "visitor": record.get("visitor"), "visited_on": record["visited_on"],
                                      "method": record.get("method") or "in_person", "outcome": record["outcome"],
                                      "risk_level": record.get("risk_level"), "notes": record.get("notes")})

    def _decide_reports(self, number, record, mapping, codes):
        values = {k: v for k, v in record.items() if k not in ("geom", "geocode_quality", "_found")}
        point = record.get("geom")
        if point is not None:
            values["dong_code"] = (record.get("_found") or self._locate_point(*point))[0]
        return PlannedRecord(number, values, point)


class Importer(Planner):
    """One import into an open connection (either engine): the context read from it, the plan
    made (:class:`Planner`), then the plan written by the engine's writer in one transaction."""

    def __init__(self, conn, table, source_epsg=None, address_index=None, mode="insert", user=None, today=None,
                 lang="ko", value_map=None):
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (insert or upsert)")
        self.conn, self.user = conn, user
        super().__init__(load_context(conn, table), table, source_epsg, address_index, mode, today, lang, value_map)

    def run(self, rows, mapping, progress=None, cancelled=None, dry_run=False):
        """Import the data rows (after the header row) in one transaction; a cancel or a crash
        leaves the database as it was. ``dry_run`` is the plan alone: it writes nothing."""
        planned = self.plan(rows, mapping, progress, cancelled)
        if dry_run:
            if progress is not None:
                progress(100.0)
            return planned.result()
        return write_plan(self.conn, planned, user=self.user, value_map=self.value_map, progress=progress,
                          cancelled=cancelled)


def import_details(result: "Result", value_map: dict | None = None) -> str:
    """The detail of an import's own audit row (counts only: no personal data)."""
    return json.dumps({"imported": result.imported, "updated": result.updated, "unlocated": result.unlocated,
                       "rejected": result.rejected_rows, "relabelled": len(result.warnings),
                       "value_map": {t: len(v) for t, v in (value_map or {}).items()}})


def write_plan(conn: Any, planned: ImportPlan, *, user: str | None = None, value_map: dict | None = None,
               progress: Callable | None = None, cancelled: Callable | None = None,
               timings: dict | None = None, trial: bool = False) -> "Result":
    """Write ``planned`` with the engine's writer in one transaction, with the import's audit row
    (progress 30–100 %); a cancel or a crash rolls it all back. ``trial``: written, then rolled
    back (a dry run where the database itself decides what a login may write). ``timings``
    receives the seconds of each part of the write."""
    writer = import_writer(conn, planned.table, user=user, mode=planned.mode)
    try:
        written = writer.write(planned, progress, cancelled)
        result = planned.result(written)
        if trial:
            writer.rollback()
        else:
            writer.commit(import_details(result, value_map))
    except BaseException as exc:
        writer.rollback()
        if writer.locked(exc):
            raise DatabaseLocked(str(exc)) from exc
        raise
    finally:
        if timings is not None:
            timings.update(writer.seconds)
    if progress is not None:
        progress(100.0)
    return result


def import_writer(conn: Any, table: str, **kw: Any) -> "RowWriter":
    """The writer of ``conn``'s engine (:mod:`.backends`: :class:`.backends.gpkg_writer.GeoPackageWriter`
    or :class:`.backends.pg_writer.PostgresWriter`)."""
    from .backends import backend_of

    return backend_of(conn).import_writer(conn, table, **kw)


class RowWriter:
    """What both engines' writers share: one transaction, and the rows written one by one, each
    under a savepoint so that a row the database refuses is reported (row, reason) while the
    others go in. The engines' writers (:mod:`.backends.gpkg_writer`, :mod:`.backends.pg_writer`)
    write new households set-based instead."""

    def __init__(self, conn: Any, table: str, *, user: str | None = None, mode: str = "insert") -> None:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        self.conn, self.table, self.user, self.mode = conn, table, user, mode
        self.seconds: dict[str, float] = {}
        self.geometry_mark = db.geometry_mark(conn)

    # --- what each engine says --------------------------------------------------------------------
    def begin(self) -> None:
        raise NotImplementedError

    def commit(self, detail: str) -> None:
        """The import's own audit row, then COMMIT."""
        raise NotImplementedError

    def rollback(self) -> None:
        raise NotImplementedError

    def fatal(self, error: BaseException) -> bool:
        """Whether an error is no row's fault (the file locked, the connection lost): the whole
        import stops and rolls back."""
        return self.locked(error)

    def locked(self, error: BaseException) -> bool:
        """Whether another program holds the database (the user is told to close it)."""
        return False

    def point(self, x: float, y: float) -> Any:
        """A point as the value for ``geometry_mark``."""
        raise NotImplementedError

    def insert_households(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        """New households, set-based where the engine can; this default writes them one by one."""
        self.write_rows(records, written, step)

    def update_households(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        """Households on record updated by case number, set-based where the engine can; this
        default writes them one by one."""
        self.write_rows(records, written, step)

    # --- the common part --------------------------------------------------------------------------
    def _time(self, part: str, start: float) -> float:
        now = time.perf_counter()
        self.seconds[part] = self.seconds.get(part, 0.0) + now - start
        return now

    def write(self, planned: ImportPlan, progress: Callable | None = None,
              cancelled: Callable | None = None) -> Written:
        """Write a plan inside one transaction (left open: :meth:`commit` or :meth:`rollback`)."""
        written = Written()
        total = max(1, len(planned.records))
        done = [0]

        def step(count: int = 1, force: bool = False) -> None:
            """``count`` more rows written: the progress told every 2,000 rows and after each batch,
            then the cancel button looked at (every 500 rows, after each batch)."""
            before, done[0] = done[0], done[0] + count
            force = force or count > 1
            if progress is not None and (force or before // 2000 != done[0] // 2000):
                progress(30.0 + 65.0 * min(done[0], total) / total)
            if cancelled is not None and (force or before // 500 != done[0] // 500) and cancelled():
                raise ImportCancelled()

        self.begin()
        if self.table == "households":
            if planned.updates:
                self.update_households(planned.updates, written, step)
            if planned.inserts:
                self.insert_households(planned.inserts, written, step)
        else:
            self.write_rows(planned.records, written, step)
        step(0, force=True)
        return written

    def write_rows(self, records: list[PlannedRecord], written: Written, step: Callable) -> None:
        start = time.perf_counter()
        for record in records:
            step()
            self.conn.execute("SAVEPOINT import_row")
            try:
                outcome = getattr(self, f"_row_{self.table}")(record)
            except Exception as exc:  # noqa: BLE001 - the database refused this row: report it, go on
                if self.fatal(exc):
                    raise
                self.conn.execute("ROLLBACK TO SAVEPOINT import_row")
                self.conn.execute("RELEASE SAVEPOINT import_row")
                written.refused[record.number] = (Rejection(record.number, "", "gone") if isinstance(exc, _Gone) else
                                                  Rejection(record.number, "", "database", {"value": str(exc)}))
                continue
            self.conn.execute("RELEASE SAVEPOINT import_row")
            if outcome == "skipped":
                written.skipped.add(record.number)
        self._time("rows", start)

    def _marks(self, columns):
        return [self.geometry_mark if c == "geom" else "?" for c in columns]

    def _with_point(self, record: PlannedRecord) -> dict[str, Any]:
        values = dict(record.values)
        if record.point is not None:
            values["geom"] = self.point(*record.point)
        return values

    def _insert(self, table: str, values: dict[str, Any]) -> None:
        columns = ", ".join(f'"{k}"' for k in values)
        self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(self._marks(values))})",
                          tuple(values.values()))

    def _row_households(self, record: PlannedRecord) -> str:
        values = self._with_point(record)
        if not record.update:
            self._insert("households", {**values, "created_by": self.user})
            return "imported"
        sets = ", ".join(f'"{k}" = {m}' for k, m in zip(values, self._marks(values)))
        if not self.conn.execute(f"UPDATE households SET {sets}, updated_by = ?, updated_at = ?, "
                                 "read_version = version WHERE case_no = ?",
                                 (*values.values(), self.user, visits._now(), values["case_no"])).rowcount:
            raise _Gone(values["case_no"])  # deleted since the plan was made (or not this login's to see)
        return "updated"

    def _row_facilities(self, record: PlannedRecord) -> str:
        values = self._with_point(record)
        if not record.update:
            self._insert("facilities", {**values, "created_by": self.user})
            return "imported"
        sets = ", ".join(f'"{k}" = {m}' for k, m in zip(values, self._marks(values)))
        if not self.conn.execute(f"UPDATE facilities SET {sets}, updated_by = ?, updated_at = ? WHERE id = "
                                 "(SELECT id FROM facilities WHERE code = ? ORDER BY fid LIMIT 1)",
                                 (*values.values(), self.user, visits._now(), values["code"])).rowcount:
            raise _Gone(values["code"])  # deleted since the plan was made, or its first row was refused
        return "updated"

    def _visitor_id(self, name: str, dong_code: str | None) -> str:
        """The visitor of that name (of the household's 동 first), added as an official when new."""
        found = self.conn.execute(
            "SELECT id FROM visitors WHERE name = ? ORDER BY CASE WHEN dong_code = ? THEN 0 ELSE 1 END, fid LIMIT 1",
            (name, dong_code)).fetchone()
        if found is None:
            found = self.conn.execute("INSERT INTO visitors (name, role, dong_code, created_by) "
                                      "VALUES (?, 'official', ?, ?) RETURNING id",
                                      (name, dong_code, self.user)).fetchone()
        return found[0]

    def _row_visits(self, record: PlannedRecord) -> str:
        values = record.values
        # a cell naming several people ("김방문, 이통장"): the first leads the visit, the others
        # went with them (visit_visitors)
        ids = list(dict.fromkeys(self._visitor_id(name, values["dong_code"])
                                 for name in visitor_names(values.get("visitor"))))
        visitor_id = ids[0] if ids else None
        if self.mode == "upsert" and self.conn.execute(
                "SELECT 1 FROM visits WHERE household_id = ? AND visited_on = ? AND outcome = ? "
                "AND (visitor_id = ? OR visitor_id IS NULL AND ? IS NULL)",
                (values["household_id"], values["visited_on"], values["outcome"], visitor_id, visitor_id)).fetchone():
            return "skipped"  # the same visit again: nothing to add
        visit_id = self.conn.execute(
            "INSERT INTO visits (household_id, visited_on, visitor_id, method, outcome, risk_level, notes, "
            "created_by) VALUES (?,?,?,?,?,?,?,?) RETURNING id",
            (values["household_id"], values["visited_on"], visitor_id, values["method"],
             values["outcome"], values["risk_level"], values["notes"], self.user)).fetchone()[0]
        for companion in ids[1:]:
            self.conn.execute("INSERT INTO visit_visitors (visit_id, visitor_id, created_by) VALUES (?,?,?)",
                              (visit_id, companion, self.user))
        return "imported"

    def _row_reports(self, record: PlannedRecord) -> str:
        self._insert("reports", {**self._with_point(record), "created_by": self.user})
        return "imported"

# what separates the visitors of one visit in a list's visitor cell ("김방문, 이통장", "김방문·이통장")
VISITOR_SEPARATORS = re.compile(r"\s*[,·/;，、]\s*")


def visitor_names(cell: str | None) -> list[str]:
    """The names in a visitor cell, in order (the first is the visit's lead visitor)."""
    return [name for name in VISITOR_SEPARATORS.split((cell or "").strip()) if name]


FLAG_YES = {"y", "yes", "1", "o", "○", "●", "v", "✓", "예", "유", "있음", "해당", "대상", "true", "체납", "발생"}
FLAG_NO = {"", "n", "no", "0", "x", "×", "-", "아니오", "아니요", "무", "없음", "미해당", "비해당", "false", "해당없음"}
BATCH = 5000
HOUSEHOLD_INSERT = ("geom", "case_no", "head_name", "phone", "address", "address_detail", "dong_code", "tong", "ban",
                    "household_types", "benefit_status", "discovery_source", "risk_level", "status", "share_consent",
                    "notes", "geocode_quality", "created_by", "found_on", "members", "crisis_indicators",
                    "source_labels")



class _RowRejected(Exception):  # noqa: N818
    def __init__(self, rejection):
        super().__init__(rejection.code)
        self.rejection = rejection


REJECT_COLUMNS = (("row", "행 번호", "Row"), ("column", "열", "Column"), ("reason_ko", "사유", "Reason (Korean)"),
                  ("reason_en", "사유(영문)", "Reason (English)"))


def rejection_rows(rejected):
    return [{"row": r.row, "column": r.column, "reason_ko": r.reason("ko"), "reason_en": r.reason("en")}
            for r in sorted(rejected, key=lambda r: (r.row, r.column))]


WARNING_COLUMNS = (("row", "행 번호", "Row"), ("column", "열", "Column"), ("value", "원래 값", "Value in the list"),
                   ("became", "저장된 분류", "Stored as"), ("note_ko", "설명", "Note (Korean)"),
                   ("note_en", "설명(영문)", "Note (English)"))


def warning_rows(warnings):
    return [{"row": w.row, "column": w.column, "value": w.value, "became": w.became, "note_ko": w.reason("ko"),
             "note_en": w.reason("en")} for w in sorted(warnings, key=lambda w: (w.row, w.column))]
