"""Imports of households, facilities, visits and reports from the lists districts get: headers
recognised in common Korean and English forms (or mapped by FIELD_MAP), category labels read
into codes, dates in the usual Korean ways, coordinates in any Korean CRS (Bessel datum shifts
done by PROJ) or an address matched offline against the road-address location DB, every
rejected row reported with its row, column and reason, all in one transaction.

Pure Python (sqlite3, shapely, pyproj); tables come from :mod:`.tabular`."""
import datetime as dt
import functools
import math
import re
import uuid
from dataclasses import dataclass, field

from . import categories as cat
from . import database, db, gpkg, visits
from . import facilities as fac
from .registry import parse_date

TABLES = ("households", "facilities", "visits", "reports")
MODES = ("insert", "upsert")
KOREA = (124.0, 33.0, 132.0, 39.5)  # lon/lat bounds of where a Korean address can be


def _key(text):
    return re.sub(r"[\s_\-·()\[\]/.:*#]", "", str(text or "")).lower()


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
                       "조건부수급": "basic_conditional", "차상위계층": "near_poor", "일반": "none", "비수급": "none",
                       "해당없음": "none", "긴급": "emergency"},
    "household_type": {"독거": "elderly_alone", "독거노인가구": "elderly_alone", "노인독거": "elderly_alone",
                       "한부모가구": "single_parent", "조손가구": "grandparent", "다문화가구": "multicultural",
                       "북한이탈주민": "defector", "장애인": "disability", "장애인가구": "disability",
                       "1인가구": "middle_aged_single", "중장년1인가구": "middle_aged_single"},
    "visit_outcome": {"면담": "met", "만남": "met", "방문": "met", "부재중": "absent", "거절": "refused", "전출": "moved",
                      "입원": "hospitalised", "전화": "phone_only"},
    "visit_method": {"대면": "in_person", "방문상담": "in_person", "유선": "phone", "전화상담": "phone"},
    "report_channel": {"카톡": "kakaotalk", "카카오": "kakaotalk", "카카오톡채널": "kakaotalk", "120": "call_centre",
                       "다산콜": "call_centre", "전화": "call_centre", "협약기관제보": "partner"},
    "household_status": {"관리": "active", "사망자": "deceased", "종료": "closed"},
}
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
    "database": ("데이터베이스가 거부함: {value}", "refused by the database: {value}"),
}


class ImportCancelled(Exception):  # noqa: N818 - a cancel, not an error
    """The user cancelled: the transaction was rolled back."""


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
    rejected: list = field(default_factory=list)
    total: int = 0


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
    return columns


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
    items = cat.CATEGORY_LISTS[list_name]
    key = _key(value)
    for c in items:
        if key in (_key(c.code), _key(c.ko), _key(c.en)):
            return c.code
    return SYNONYMS.get(list_name, {}).get(key)


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


def transformer(source_epsg, target_epsg):
    """A function (x, y) -> (x, y) from one EPSG code to another (PROJ picks the datum
    transformation: Korean 1985/Bessel 5174 and 2097 get their shift to Korea 2000)."""
    if source_epsg == target_epsg:
        return lambda x, y: (x, y)
    from pyproj import Transformer

    t = Transformer.from_crs(source_epsg, target_epsg, always_xy=True)
    return t.transform


class Importer:
    """One import into an open GeoPackage connection."""

    def __init__(self, conn, table, source_epsg=None, address_index=None, mode="insert", user=None, today=None,
                 lang="ko"):
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (insert or upsert)")
        self.conn, self.table, self.mode, self.user, self.lang = conn, table, mode, user, lang
        self.shared = db.dialect(conn) == "postgresql"  # a shared database: the server audits and derives
        self.geometry_mark = db.geometry_mark(conn)
        self._planned = (None, [])
        self.today = today or dt.date.today()
        self.epsg = int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])
        self.source_epsg = source_epsg
        self.address_index = address_index
        self.to_db = {}
        self.to_wgs84 = transformer(self.epsg, 4326)
        self.locator = None
        dongs = conn.execute("SELECT code, name FROM districts WHERE level = 'dong'").fetchall()
        self.dongs = {_key(code): code for code, _ in dongs}
        self.dongs.update({_key(name): code for code, name in dongs})
        self._dong_cache = {}

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
        record = {}
        for target, column, header, kind, cache in self._plan(mapping):
            raw = cells[column] if column < len(cells) else None
            if raw is None:
                continue
            if kind == "text":
                text = raw.strip() if isinstance(raw, str) else str(raw).strip()
                if text:
                    if visits.RRN.search(text):
                        problems.append(Rejection(number, header, "rrn"))
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
                updates, issues = self._value(target, kind, raw)
            else:
                hit = cache.get(raw)
                if hit is None:
                    hit = cache[raw] = self._value(target, kind, raw)
                updates, issues = hit
            record.update(updates)
            problems.extend(Rejection(number, header, code, params) for code, params in issues)
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
        """(target, column, header, kind, cache) of each mapped column, made once per mapping."""
        if self._planned[0] is not mapping:
            fields = FIELDS[self.table]
            plan = [(target, column, mapping.headers[column], fields[target][0],
                     None if fields[target][0] in ("text", "number") or target == "kind" else {})
                    for target, column in mapping.columns.items()]
            self._planned = (mapping, plan)
        return self._planned[1]

    def _value(self, target, kind, raw):
        """({field: value}, [(problem code, params)]) of one non-empty cell."""
        text = str(raw).strip()
        if text == "":
            return {}, []
        if kind in ("int", "number"):
            try:
                value = _number(re.sub(r"\s*[통반]$", "", text) if kind == "int" else text)
                if not math.isfinite(value) or abs(value) > 1e15 or (kind == "int" and value != int(value)):
                    raise ValueError(text)
            except ValueError:
                return {}, [("bad_number", {"value": text})]
            if kind == "int" and value <= 0 and target in ("tong", "ban"):
                return {}, [("not_positive", {"value": text})]
            if kind == "int" and value < 0:
                return {}, [("negative", {"value": text})]
            return {target: int(value) if kind == "int" else value}, []
        if kind == "date":
            korean = re.fullmatch(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", text)
            day = parse_date(raw) if isinstance(raw, dt.date) else parse_date(
                "-".join(korean.groups()) if korean else  # '2026년 3월 5일'
                re.sub(r"\.\s+", ".", text).split(" ")[0])  # '2026. 3. 5.' and '2026/03/05 10:30:00' too
            if day is None:
                return {}, [("bad_date", {"value": text})]
            if day > self.today:
                return {}, [("future_date", {"value": day.isoformat()})]
            return {target: day.isoformat()}, []
        if kind == "bool":
            return {target: _key(text) in ("y", "yes", "1", "예", "o", "동의", "true", "있음", "유")}, []
        if kind.startswith("multi:"):
            codes, issues = [], []
            for part in re.split(r"[,;/·\n]+", text.strip("{}")):
                if part.strip():
                    code = to_code(kind[6:], part)
                    if code is None:
                        issues.append(("unknown_category", {"value": part.strip()}))
                    elif code not in codes:
                        codes.append(code)
            return {target: "{" + ",".join(codes) + "}" if codes else None}, issues
        if target == "kind" and self.table == "facilities":
            return {"kind": to_code("facility_kind", text) or fac.kind_of(text), "_kind_text": text}, []
        code = to_code(kind, text)
        if code is None:
            return {}, [("unknown_category", {"value": text})]
        return {target: code}, []

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
            epsg = self.source_epsg or self.epsg
            # Korean longitudes and latitudes never overlap, and no Korean projected CRS has
            # coordinates that small: degrees are read as degrees, in either column order
            if KOREA[0] <= x <= KOREA[2] and KOREA[1] <= y <= KOREA[3]:
                epsg = 4326
            elif KOREA[1] <= x <= KOREA[3] and KOREA[0] <= y <= KOREA[2]:
                epsg, x, y = 4326, y, x
            record["_xy"] = (epsg, x, y, "source_coordinates", column("x"))
        elif self.address_index is not None and record.get("address"):
            found = self.address_index.match(record["address"])
            if found:
                record["_xy"] = (AddressIndex.EPSG, found[0], found[1], "address_point", column("address"))
        record["geocode_quality"] = "unlocated"

    def place(self, rows):
        """Project the places of many converted rows [(number, record, problems)] into the
        database's CRS at once, check they are in Korea, and find their 동 and 통. A row whose place
        is outside Korea gets its problem and loses its record."""
        import numpy as np

        groups = {}
        for index, (_, record, _) in enumerate(rows):
            if record is not None and "_xy" in record:
                groups.setdefault(record["_xy"][0], []).append(index)
        located = []
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
                    continue
                params = {"lon": lon[k], "lat": lat[k]} if finite[k] else {"lon": x, "lat": y}
                problems.append(Rejection(number, column, "outside_korea", params))
                rows[i] = (number, None, problems)
        located = [i for i in located if rows[i][1] is not None]
        if located:
            if self.locator is None:
                self.locator = database.DistrictLocator(self.conn)
            places = self.locator.locate_many([rows[i][1]["geom"][0] for i in located],
                                              [rows[i][1]["geom"][1] for i in located])
            for i, found in zip(located, places):
                rows[i][1]["_found"] = found
        return rows

    # --- the whole import ---------------------------------------------------------------------
    def run(self, rows, mapping, progress=None, cancelled=None, dry_run=False):
        """Import the data rows (after the header row) in one transaction; a cancel or a crash
        leaves the database as it was. ``dry_run`` checks everything and writes nothing.

        Three passes: every row converted and checked; the places of all rows projected, checked
        and located in their 동/통 at once; the rows written (new households in batches)."""
        result = Result()
        data = [(n, cells) for n, cells in rows[mapping.header_row + 1:] if any(c is not None for c in cells)]
        result.total = len(data)

        def step(i, share, offset):
            if cancelled is not None and i % 500 == 0 and cancelled():
                raise ImportCancelled()
            if progress is not None and i % 2000 == 0:
                progress(offset + share * i / max(1, len(data)))

        converted = []
        for i, (number, cells) in enumerate(data):
            step(i, 30.0, 0.0)
            converted.append((number, *self.convert(number, cells, mapping)))
        self.place(converted)
        srs = db.srs_id(self.conn, "households") if self.table != "visits" and not self.shared else None
        seen = {}
        self.case_numbers = {r[0] for r in self.conn.execute("SELECT case_no FROM households WHERE case_no IS NOT NULL")}
        self.batch = [] if self.table == "households" and not self.shared else None
        self._transaction("BEGIN")
        try:
            bulk = self._bulk_begin() if self.batch is not None else None
            for i, (number, record, problems) in enumerate(converted):
                step(i, 70.0, 30.0)
                if record is not None and record.get("case_no") and self.table == "households":
                    first = seen.setdefault(record["case_no"], number)
                    if first != number:
                        problems = [Rejection(number, mapping.headers[mapping.columns["case_no"]], "duplicate_in_file",
                                              {"value": record["case_no"], "first": first})]
                        record = None
                if record is None:
                    result.rejected.extend(problems)
                    continue
                if self.batch is not None and len(self.batch) >= BATCH:
                    self._flush(result)
                if self.batch is not None and record.get("case_no") not in self.case_numbers:
                    self._write_households(record, srs, number, mapping)  # batched, written later
                    result.imported += 1
                    result.unlocated += record.get("geocode_quality") == "unlocated"
                    continue
                self.conn.execute("SAVEPOINT row")
                try:
                    outcome = getattr(self, f"_write_{self.table}")(record, srs, number, mapping)
                except Exception as exc:  # noqa: BLE001 - the database refused this row: report it, go on
                    self.conn.execute("ROLLBACK TO row")
                    self.conn.execute("RELEASE row")
                    if isinstance(exc, _RowRejected):
                        result.rejected.append(exc.rejection)
                    else:
                        result.rejected.append(Rejection(number, "", "database", {"value": str(exc)}))
                    continue
                self.conn.execute("RELEASE row")
                if outcome == "updated":
                    result.updated += 1
                else:
                    result.imported += 1
                if record.get("geocode_quality") == "unlocated":
                    result.unlocated += 1
            if self.batch is not None:
                self._flush(result)
            if bulk is not None:
                self._bulk_end(bulk)
            if dry_run:
                self._transaction("ROLLBACK")
            else:
                if self.table in ("households", "facilities", "reports") and not self.shared:
                    gpkg.update_extent(self.conn, self.table)
                db.audit(self.conn, "import", self.table,
                         f'{{"imported": {result.imported}, "updated": {result.updated}, '
                         f'"unlocated": {result.unlocated}, "rejected": {len(result.rejected)}}}', self.user)
                self._transaction("COMMIT")
        except BaseException:
            self._transaction("ROLLBACK")
            raise
        if progress is not None:
            progress(100.0)
        return result

    BULK_TRIGGERS = ("rtree_households_geom_insert", "trg_audit_households_insert")

    def _transaction(self, statement):
        """BEGIN, COMMIT or ROLLBACK, as each engine's connection takes them."""
        if not self.shared:
            self.conn.execute(statement)
        elif statement == "COMMIT":
            self.conn.commit()
        elif statement == "ROLLBACK":
            self.conn.rollback()

    def _marks(self, columns):
        """The placeholders for ``columns`` (the geometry's as :func:`.db.geometry_mark` says)."""
        return [self.geometry_mark if c == "geom" else "?" for c in columns]

    def _insert(self, table, values):
        """INSERT one row of {column: value}."""
        columns = ", ".join(f'"{k}"' for k in values)
        self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(self._marks(values))})",
                          tuple(values.values()))

    def _bulk_begin(self):
        """Many households at once: the per-row R-tree and audit insert triggers make way for one
        set-based statement each at the end (same rows, same audit trail, inside the same
        transaction, so a failure restores them too). New rows get their fid from here on, so the
        R-tree entries are written from the points already at hand."""
        saved = dict(self.conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(self.BULK_TRIGGERS))})", self.BULK_TRIGGERS).fetchall())
        for name in saved:
            self.conn.execute(f'DROP TRIGGER "{name}"')
        before = self.conn.execute(
            "SELECT max(coalesce((SELECT max(fid) FROM households), 0), "
            "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'households'), 0))").fetchone()[0]
        self.next_fid, self.rtree = before + 1, []
        return before, saved

    def _bulk_end(self, bulk):
        before, saved = bulk
        if "rtree_households_geom_insert" in saved:
            self.conn.executemany("INSERT OR REPLACE INTO rtree_households_geom (id, minx, maxx, miny, maxy) "
                                  "VALUES (?, ?, ?, ?, ?)", self.rtree)
        if "trg_audit_households_insert" in saved:
            self.conn.execute("INSERT INTO audit_log (user, action, table_name, record_id) SELECT "
                              "coalesce(updated_by, created_by), 'insert', 'households', id FROM households "
                              "WHERE fid > ? ORDER BY fid", (before,))
        for sql in saved.values():
            self.conn.execute(sql)

    def _flush(self, result):
        """Write the batched new households with one statement; if the database refuses one, write
        that batch row by row so only the refused rows are reported."""
        batch, self.batch = self.batch, None
        sql = (f"INSERT INTO households (fid, id, {', '.join(HOUSEHOLD_INSERT)}) "
               f"VALUES (?, ?, {', '.join('?' * len(HOUSEHOLD_INSERT))})")  # ids as the column default makes them
        first = self.next_fid
        self.next_fid += len(batch)
        try:
            if batch:
                self.conn.execute("SAVEPOINT batch")
                try:
                    self.conn.executemany(sql, [(first + k, str(uuid.uuid4()), *values)
                                                for k, (_, values, _) in enumerate(batch)])
                    self.conn.execute("RELEASE batch")
                    self.rtree.extend((first + k, p[0], p[0], p[1], p[1])
                                      for k, (_, _, p) in enumerate(batch) if p is not None)
                except Exception:  # noqa: BLE001 - find the refused rows one by one
                    self.conn.execute("ROLLBACK TO batch")
                    self.conn.execute("RELEASE batch")
                    for k, (number, values, point) in enumerate(batch):
                        self.conn.execute("SAVEPOINT row")
                        try:
                            self.conn.execute(sql, (first + k, str(uuid.uuid4()), *values))
                            self.conn.execute("RELEASE row")
                            if point is not None:
                                self.rtree.append((first + k, point[0], point[0], point[1], point[1]))
                        except Exception as exc:  # noqa: BLE001
                            self.conn.execute("ROLLBACK TO row")
                            self.conn.execute("RELEASE row")
                            result.imported -= 1
                            if values[HOUSEHOLD_INSERT.index("geocode_quality")] == "unlocated":
                                result.unlocated -= 1
                            result.rejected.append(Rejection(number, "", "database", {"value": str(exc)}))
        finally:
            self.batch = []
        self.case_numbers.update(values[HOUSEHOLD_INSERT.index("case_no")] for _, values, _ in batch)

    def _geom(self, record, srs):
        point = record.get("geom")
        return db.point_value(self.conn, point[0], point[1], srs) if point is not None else None

    def _locate_point(self, x, y):
        if self.locator is None:
            self.locator = database.DistrictLocator(self.conn)
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
            self._dong_cache[text] = self.dongs.get(_key(text))
        return self._dong_cache[text]

    def _write_households(self, record, srs, number, mapping):
        dong, tong = self._place(record)
        values = {k: v for k, v in record.items() if k not in ("geom", "dong", "x", "y", "_found")}
        values.update({"dong_code": dong, "tong": tong})
        if record.get("geom") is not None:
            values["geom"] = self._geom(record, srs)
        existing = None
        if record.get("case_no") and record["case_no"] in self.case_numbers:
            existing = self.conn.execute("SELECT id FROM households WHERE case_no = ?", (record["case_no"],)).fetchone()
        if existing and self.mode == "insert":
            raise _RowRejected(Rejection(number, mapping.headers[mapping.columns["case_no"]], "duplicate_case",
                                         {"value": record["case_no"]}))
        if existing:
            if record.get("geom") is None:  # no new place: keep the one on record
                values.pop("geocode_quality", None)
                values = {k: v for k, v in values.items() if k not in ("dong_code", "tong") or v is not None}
            sets = ", ".join(f'"{k}" = {m}' for k, m in zip(values, self._marks(values)))
            self.conn.execute(f"UPDATE households SET {sets}, updated_by = ?, updated_at = ?, read_version = version "
                              "WHERE id = ?", (*values.values(), self.user, visits._now(), existing[0]))
            return "updated"
        values["created_by"] = self.user
        if self.batch is not None:  # many new households: written together (see run)
            self.batch.append((number, tuple(values.get(c) for c in HOUSEHOLD_INSERT), record.get("geom")))
            return "imported"
        self._insert("households", values)
        return "imported"

    def _write_facilities(self, record, srs, number, mapping):
        values = {k: v for k, v in record.items() if k not in ("geom", "_found")}
        if not values.get("services"):
            values["services"] = "{" + ",".join(fac.services_of(values["kind"])) + "}"
        if record.get("geom") is not None:
            values["geom"] = self._geom(record, srs)
            values["dong_code"] = (record.get("_found") or self._locate_point(*record["geom"]))[0]
        values["created_by"] = self.user
        existing = None
        if values.get("code") and self.mode == "upsert":
            existing = self.conn.execute("SELECT id FROM facilities WHERE code = ?", (values["code"],)).fetchone()
        if existing:
            if record.get("geom") is None:  # no new place: keep the one on record, and its quality
                values.pop("geocode_quality", None)
            sets = ", ".join(f'"{k}" = {m}' for k, m in zip(values, self._marks(values)) if k != "created_by")
            self.conn.execute(f"UPDATE facilities SET {sets}, updated_by = ?, updated_at = ? WHERE id = ?",
                              (*[v for k, v in values.items() if k != "created_by"], self.user, visits._now(), existing[0]))
            return "updated"
        self._insert("facilities", values)
        return "imported"

    def _write_visits(self, record, srs, number, mapping):
        household = self.conn.execute("SELECT id, dong_code FROM households WHERE case_no = ?",
                                      (record["case_no"],)).fetchone()
        if household is None:
            raise _RowRejected(Rejection(number, mapping.headers[mapping.columns["case_no"]], "unknown_case",
                                         {"value": record["case_no"]}))
        visitor_id = None
        if record.get("visitor"):
            found = self.conn.execute(
                "SELECT id FROM visitors WHERE name = ? ORDER BY CASE WHEN dong_code = ? THEN 0 ELSE 1 END, fid LIMIT 1",
                (record["visitor"], household[1])).fetchone()
            if found is None:
                found = self.conn.execute("INSERT INTO visitors (name, role, dong_code, created_by) "
                                          "VALUES (?, 'official', ?, ?) RETURNING id",
                                          (record["visitor"], household[1], self.user)).fetchone()
            visitor_id = found[0]
        duplicate = self.conn.execute(
            "SELECT 1 FROM visits WHERE household_id = ? AND visited_on = ? AND outcome = ? "
            "AND (visitor_id = ? OR visitor_id IS NULL AND ? IS NULL)",
            (household[0], record["visited_on"], record["outcome"], visitor_id, visitor_id)).fetchone()
        if duplicate and self.mode == "upsert":
            return "updated"  # the same visit again: nothing to add
        self.conn.execute("INSERT INTO visits (household_id, visited_on, visitor_id, method, outcome, risk_level, notes, "
                          "created_by) VALUES (?,?,?,?,?,?,?,?)",
                          (household[0], record["visited_on"], visitor_id, record.get("method") or "in_person",
                           record["outcome"], record.get("risk_level"), record.get("notes"), self.user))
        return "imported"

    def _write_reports(self, record, srs, number, mapping):
        values = {k: v for k, v in record.items() if k not in ("geom", "geocode_quality", "_found")}
        if record.get("geom") is not None:
            values["geom"] = self._geom(record, srs)
            values["dong_code"] = (record.get("_found") or self._locate_point(*record["geom"]))[0]
        values["created_by"] = self.user
        self._insert("reports", values)
        return "imported"


BATCH = 5000
HOUSEHOLD_INSERT = ("geom", "case_no", "head_name", "phone", "address", "address_detail", "dong_code", "tong", "ban",
                    "household_types", "benefit_status", "discovery_source", "risk_level", "status", "share_consent",
                    "notes", "geocode_quality", "created_by")


class _RowRejected(Exception):  # noqa: N818
    def __init__(self, rejection):
        super().__init__(rejection.code)
        self.rejection = rejection


REJECT_COLUMNS = (("row", "행 번호", "Row"), ("column", "열", "Column"), ("reason_ko", "사유", "Reason (Korean)"),
                  ("reason_en", "사유(영문)", "Reason (English)"))


def rejection_rows(rejected):
    return [{"row": r.row, "column": r.column, "reason_ko": r.reason("ko"), "reason_en": r.reason("en")}
            for r in sorted(rejected, key=lambda r: (r.row, r.column))]
