"""The demo district: Seodaemun-gu from real boundaries, population and facility lists, with
synthetic households, visits, needs and linkages whose totals reproduce the figures Seodaemun
reported for its welfare visit map (SPEC.md, Dec 2015).

Pure Python (sqlite3, shapely, pyproj). Deterministic: the same seed gives the same database,
row for row. No real person is in the synthetic data; phone numbers use the unassigned
010-0xxx range.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from shapely.geometry import Point, shape
from shapely.ops import unary_union
from shapely.prepared import prep

from . import categories as cat
from . import crs, database, facilities, gpkg, schema, tongs
from .districts import JUSO_ATTRIBUTION, District, tong_code, tong_name
from .rows import Connection

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GU_CODE, GU_NAME = "1141000000", "서대문구"
FACILITY_ATTRIBUTION = "사회복지시설: 서울특별시 서울시 사회복지시설 목록 (2022)"
DISABILITY_ATTRIBUTION = "장애인복지관: 보건복지부 장애인복지관 현황 (2019)"

#: Seodaemun-gu's reported figures (SPEC.md); the demo reproduces them exactly.
SEED_FIGURES = {
    "households": 10497,
    "visited_households": 5950,
    "visits": 13608,
    "risk_high": 36,
    "risk_medium": 583,
    "risk_low": 5331,
    "needs": 9373,
    "linkages": 4961,
}

#: the visitor participations the seed counts for its 13,608 visits (a lead each, and 5,416 visits
#: made by two): the demo gives that many visits one further visitor (visit_visitors)
SEED_PARTICIPATIONS = 19024

PERIOD_START = dt.date(2026, 1, 5)
PERIOD_END = dt.date(2026, 11, 20)
DEFAULT_SEED = 2015

SURNAMES = "김김김김이이이박박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민"
GIVEN = ("영수", "영희", "정숙", "순자", "민준", "서연", "종철", "미경", "상훈", "옥순", "말순", "경자",
         "동훈", "지훈", "은정", "명자", "춘자", "성호", "현주", "재민", "수빈", "도윤", "하은", "복남",
         "귀례", "광수", "정호", "숙자", "영자", "병철", "혜진", "민서", "기순", "판례", "용식", "길자")


class _Rng(random.Random):
    def name(self):
        return self.choice(SURNAMES) + self.choice(GIVEN)

    def phone(self):
        return f"010-0{self.randrange(100, 1000)}-{self.randrange(10000):04d}"

    def weighted(self, pairs):
        values, weights = zip(*pairs)
        return self.choices(values, weights)[0]

    def point_in(self, geometry, prepared=None):
        prepared = prepared or prep(geometry)
        minx, miny, maxx, maxy = geometry.bounds
        while True:
            p = Point(self.uniform(minx, maxx), self.uniform(miny, maxy))
            if prepared.contains(p):
                return p

    def date_between(self, start, end):
        return start + dt.timedelta(days=self.randrange((end - start).days + 1))


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into whole numbers proportional to ``weights`` (largest remainder)."""
    s = float(sum(weights))
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - out[i], -i), reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


# --- real inputs ----------------------------------------------------------------------------

def load_dongs(epsg: int) -> list[tuple[Any, ...]]:
    """The 14 real 행정동 of Seodaemun-gu in ``epsg``: (code, name, geometry, population, households)."""
    with open(DATA_DIR / "seodaemun_population_202401.csv", encoding="utf-8") as f:
        pop = {r["행정기관코드"]: (int(r["총인구수"]), int(r["세대수"])) for r in csv.DictReader(f)}
    with open(DATA_DIR / "seodaemun_hjd_202401.geojson", encoding="utf-8") as f:
        features = json.load(f)["features"]
    out = []
    for feat in sorted(features, key=lambda ft: ft["properties"]["EMD_CD"]):
        p = feat["properties"]
        geom = crs.transform(shape(feat["geometry"]), 4326, epsg)
        out.append((p["EMD_CD"], p["EMD_KOR_NM"], geom, *pop[p["EMD_CD"]]))
    return out


def load_legal_dongs(epsg: int) -> dict[str, Any]:
    with open(DATA_DIR / "seodaemun_bjd_202401.geojson", encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {ft["properties"]["EMD_KOR_NM"]: crs.transform(shape(ft["geometry"]), 4326, epsg)
            for ft in sorted(features, key=lambda ft: ft["properties"]["EMD_CD"])}


# --- the build ------------------------------------------------------------------------------

def build(path: str | Path, seed: int = DEFAULT_SEED, epsg: int = schema.DEFAULT_EPSG, overwrite: bool = False,
          feedback: Callable[[int, str], bool | None] | None = None) -> dict[str, Any]:
    """Write the demo GeoPackage at ``path``. ``feedback(percent, message)`` reports progress
    and may return True to cancel. Returns the figures counted back from the database."""
    def step(percent, message):
        if feedback and feedback(percent, message):
            raise InterruptedError("demo build cancelled")

    rng = _Rng(seed)
    step(0, "boundaries")
    dongs = load_dongs(epsg)
    legal = load_legal_dongs(epsg)
    gu_geom = unary_union([d[2] for d in dongs])
    district_rows = [District(GU_CODE, GU_NAME, "gu", None, gu_geom, sum(d[3] for d in dongs),
                              sum(d[4] for d in dongs), JUSO_ATTRIBUTION)]
    tong_geoms = {}
    for code, name, geom, population, households in dongs:
        district_rows.append(District(code, name, "dong", GU_CODE, geom, population, households, JUSO_ATTRIBUTION))
        pieces = tongs.make_tongs(geom, tongs.tong_count(households), seed=rng.randrange(1 << 30))
        tong_geoms[code] = pieces
        for number, piece in pieces:
            district_rows.append(District(tong_code(code, number), tong_name(number), "tong", code, piece,
                                          source="통 구역: 데모용 가상 구획 (synthetic demo blocks)"))
    step(10, "database")
    name, wkt = crs.srs_definition(epsg)
    database.create(path, epsg, district_rows, overwrite=overwrite, srs_name=name, srs_wkt=wkt)
    conn = gpkg.connect(path)
    try:
        with conn:
            visitors = _visitors(conn, rng, dongs)
            step(20, "facilities")
            facility_rows = _facilities(conn, rng, epsg, legal, gu_geom, [d[1] for d in dongs])
            step(35, "households")
            households = _households(conn, rng, epsg, dongs, tong_geoms, legal, visitors)
            step(55, "visits")
            met_visits = _visits(conn, rng, households, visitors)
            _companions(conn, seed, visitors)
            step(75, "needs and linkages")
            _needs_and_linkages(conn, rng, households, met_visits, facility_rows)
            step(90, "reports")
            _reports(conn, rng, epsg, households, dongs)
            for table in schema.SPATIAL_TABLES:
                gpkg.update_extent(conn, table)
            conn.execute("INSERT INTO audit_log (user, action, table_name, detail) VALUES (?,?,?,?)",
                         ("build_demo", "import", None, json.dumps({"seed": seed, "epsg": epsg})))
        step(100, "done")
        return figures(conn)
    finally:
        conn.close()


def figures(conn: Connection) -> dict[str, Any]:
    """The seed's figures, counted from a database."""
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "households": q("SELECT count(*) FROM households"),
        "visited_households": q("SELECT count(DISTINCT household_id) FROM visits"),
        "visits": q("SELECT count(*) FROM visits"),
        "risk_high": q("SELECT count(*) FROM households WHERE risk_level = 'high'"),
        "risk_medium": q("SELECT count(*) FROM households WHERE risk_level = 'medium'"),
        "risk_low": q("SELECT count(*) FROM households WHERE risk_level = 'low'"),
        "needs": q("SELECT count(*) FROM needs"),
        "linkages": q("SELECT count(*) FROM linkages"),
    }


def _visitors(conn, rng, dongs):
    per_dong = (("official", 3), ("welfare_planner", 1), ("visiting_nurse", 1), ("welfare_block_leader", 6),
                ("honorary_officer", 2), ("council_member", 2), ("care_corps", 2))
    district_wide = (("postal_carrier", 4), ("meter_reader", 3), ("police", 2), ("utility", 2),
                     ("yakult", 3), ("rice_delivery", 2), ("other_partner", 2))
    orgs = {"postal_carrier": "서대문우체국", "meter_reader": "한국전력 서대문지사", "police": "서대문경찰서",
            "utility": "서울도시가스", "yakult": "한국야쿠르트", "rice_delivery": "양곡배달 협력점",
            "other_partner": "협약기관"}
    rows = []
    for code, name, *_ in dongs:
        for role, n in per_dong:
            org = f"{name} 행정복지센터" if role in ("official", "welfare_planner", "visiting_nurse") else name
            rows += [(rng.name(), role, org, code, rng.phone()) for _ in range(n)]
    for role, n in district_wide:
        rows += [(rng.name(), role, orgs[role], None, rng.phone()) for _ in range(n)]
    ids = []
    for i, row in enumerate(rows):
        vid = f"visitor-{i + 1:04d}"
        conn.execute("INSERT INTO visitors (id, name, role, organisation, dong_code, phone, created_by) "
                     "VALUES (?,?,?,?,?,?, 'build_demo')", (vid, *row))
        ids.append((vid, row[1], row[3]))
    by_dong: dict[str, list[tuple[str, str]]] = {}
    partners = [v for v in ids if v[2] is None]
    for vid, role, dong in ids:
        if dong:
            by_dong.setdefault(dong, []).append((vid, role))
    return {"by_dong": by_dong, "partners": partners}


QUALITY_RANK = ("source_coordinates", "estimated_legal_dong", "estimated_road_name", "estimated_district")


def _facilities(conn, rng, epsg, legal, gu_geom, dong_names):
    """Real facilities of Seodaemun-gu, placed honestly (see data/SOURCES.md): coordinates where
    the source has them; else a point in the 법정동 the address names or its road name suggests;
    else somewhere in the 구. Rows at one address share one point, placed by the best clue any of
    them gives. A listed facility whose address lies outside the 구 is kept, unplaced."""
    with open(DATA_DIR / "seodaemun_disability_welfare_centres_2019.csv", encoding="utf-8") as f:
        known = {}
        for r in csv.DictReader(f):
            p = crs.transform(Point(float(r["엑스(X)좌표"]), float(r["와이(Y)좌표"])), 4326, epsg)
            known[r["시설명"].replace(" ", "")] = (p, r["전화번호"], int(r["종사자정원"] or 0) or None)
    with open(DATA_DIR / "seodaemun_welfare_facilities_2022.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f)]
    placed = []  # (row, parsed, quality, area, key)
    best: dict[str, tuple[Any, ...]] = {}
    for r in rows:
        parsed = facilities.parse_address(r["시설주소"])
        key = facilities.normalised_address_key(parsed) or r["시설주소"].strip()
        if parsed.sigungu and parsed.sigungu != GU_NAME:
            quality, area = "unlocated", None
        elif r["시설명"].strip().replace(" ", "") in known:
            quality, area = "source_coordinates", None
        else:
            quality, area = facilities.estimate_area(parsed, list(legal), dong_names)
            if area not in legal:
                quality, area = "estimated_district", None
            clue = (QUALITY_RANK.index(quality), area)
            best[key] = min(best.get(key, clue), clue)
        placed.append((r, quality, area, key))
    legal_prepared = {n: prep(g) for n, g in legal.items()}
    gu_prepared = prep(gu_geom)
    points = {}
    out = []
    for r, quality, area, key in placed:
        name, type_name = r["시설명"].strip(), r["시설종류명(시설유형)"].strip()
        kind = facilities.kind_of(type_name)
        phone = capacity = point = None
        source = FACILITY_ATTRIBUTION
        if quality == "source_coordinates":
            point, phone, capacity = known[name.replace(" ", "")]
            source += "; " + DISABILITY_ATTRIBUTION
        elif quality != "unlocated":
            rank, area = best[key]
            quality = QUALITY_RANK[rank]
            if key not in points:
                points[key] = (rng.point_in(legal[area], legal_prepared[area]) if area
                               else rng.point_in(gu_geom, gu_prepared))
            point = points[key]
        services = ",".join(facilities.services_of(kind))
        fid = f"facility-{r['시설코드']}"
        conn.execute(
            "INSERT INTO facilities (geom, id, name, code, kind, kind_detail, services, address, phone, "
            "capacity, source, geocode_quality, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?, 'build_demo')",
            (gpkg.encode(point, epsg), fid, name, r["시설코드"], kind, type_name, "{" + services + "}",
             r["시설주소"].strip(), phone, capacity, source, quality))
        if point is not None:
            out.append((fid, kind, set(facilities.services_of(kind)), point, name))
    database.assign_districts(conn, "facilities")
    return out


def _households(conn, rng, epsg, dongs, tong_geoms, legal, visitors):
    total = SEED_FIGURES["households"]
    counts = apportion(total, [d[4] for d in dongs])
    legal_stems = [(n, prep(g), n.rstrip("0123456789가동").rstrip("로")) for n, g in legal.items()]
    households: list[dict[str, Any]] = []
    case_no = 0
    type_weights = [(c.code, w) for c, w in zip(cat.HOUSEHOLD_TYPES, (34, 9, 3, 5, 2, 1, 16, 24, 2))]
    benefit_weights = (("basic_general", 28), ("basic_conditional", 6), ("basic_special", 2), ("basic_facility", 1),
                       ("near_poor", 17), ("emergency", 5), ("single_parent_support", 4), ("none", 37))
    screening = _ScreeningFields()
    source_weights = (("screening_list", 52), ("visitor", 15), ("partner", 10), ("call_centre", 8),
                      ("kakaotalk", 6), ("walk_in", 6), ("other", 3))
    for (code, name, _, _, _), n in zip(dongs, counts):
        pieces = tong_geoms[code]
        prepared = [(number, piece, prep(piece)) for number, piece in pieces]
        per_tong = apportion(n, [rng.uniform(0.6, 1.4) * piece.area ** 0.5 for _, piece in pieces])
        for (number, piece, prepared_piece), m in zip(prepared, per_tong):
            for _ in range(m):
                point = rng.point_in(piece, prepared_piece)
                stem = next((s for ln, pg, s in legal_stems if pg.contains(point)), name.rstrip("0123456789제동"))
                address = (f"서울특별시 서대문구 {stem}로{rng.randrange(1, 40)}길 "
                           f"{rng.randrange(1, 120)}" + (f"-{rng.randrange(1, 30)}" if rng.random() < 0.6 else ""))
                k = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.85 else 0)
                types = sorted(set(rng.choices(*zip(*type_weights), k=k)), key=cat.codes(cat.HOUSEHOLD_TYPES).index)
                case = None
                if rng.random() < 0.72:
                    case_no += 1
                    case = f"SDM-{case_no:06d}"
                dong_visitors = [v for v, role in visitors["by_dong"][code] if role in ("official", "welfare_planner")]
                hid = f"hh-{len(households) + 1:06d}"
                households.append({"id": hid, "dong": code, "tong": number, "point": point,
                                   "source": rng.weighted(source_weights)})
                members, indicators = screening(types, households[-1]["source"])
                conn.execute(
                    "INSERT INTO households (geom, id, case_no, head_name, phone, address, address_detail, "
                    "dong_code, tong, ban, household_types, benefit_status, discovery_source, "
                    "assigned_visitor_id, share_consent, geocode_quality, created_at, created_by, members, "
                    "crisis_indicators, found_on) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'build_demo',?,?,?)",
                    (gpkg.encode(point, epsg), hid, case, rng.name(), rng.phone() if rng.random() < 0.85 else None,
                     address, f"{rng.randrange(1, 6)}층 {rng.randrange(1, 6)}0{rng.randrange(1, 5)}호"
                     if rng.random() < 0.5 else None, code, number, rng.randrange(1, 8),
                     "{" + ",".join(types) + "}" if types else None, rng.weighted(benefit_weights),
                     households[-1]["source"], rng.choice(dong_visitors), 1 if rng.random() < 0.55 else 0,
                     # the day registered, drawn where the seed's figures draw it; found on that day
                     "synthetic", f"{(found := rng.date_between(dt.date(2025, 6, 1), PERIOD_START))}T09:00:00.000Z",
                     members, indicators, found.isoformat()))
    return households


class _ScreeningFields:
    """What a real list carries beyond the seed's figures: each household's size, and for those
    from the national screening list the indicators that flagged it (the day found is the day
    registered). A generator of its own, so the seed's figures stay as they were."""

    WEIGHTS = (("power_cut", 6), ("water_cut", 3), ("gas_cut", 5), ("utility_arrears", 8),
               ("health_insurance_arrears", 22), ("pension_arrears", 6), ("telecom_arrears", 9),
               ("housing_fee_arrears", 8), ("rent_arrears", 7), ("financial_delinquency", 10), ("job_loss", 6),
               ("catastrophic_medical", 3), ("benefit_dropped", 3), ("business_closure", 2))

    def __init__(self):
        import random

        self.side = random.Random(20151201)
        self.codes, self.w = zip(*self.WEIGHTS)
        self.order = cat.codes(cat.CRISIS_INDICATORS)

    def __call__(self, types, source):
        alone = any(t in ("elderly_alone", "middle_aged_single") for t in types)
        members = 1 if alone else self.side.choices((1, 2, 3, 4, 5), (30, 30, 20, 13, 7))[0]
        if source != "screening_list":
            return members, None
        k = self.side.choices((1, 2, 3), (55, 30, 15))[0]
        picked = sorted(set(self.side.choices(self.codes, self.w, k=k)), key=self.order.index)
        return members, "{" + ",".join(picked) + "}"


def _visits(conn, rng, households, visitors):
    """Visits such that exactly the seed's numbers of households end at each risk level."""
    f = SEED_FIGURES
    visited = rng.sample(households, f["visited_households"])
    risks = ["high"] * f["risk_high"] + ["medium"] * f["risk_medium"] + ["low"] * f["risk_low"]
    rng.shuffle(risks)
    extra = apportion(f["visits"] - len(visited), [{"high": 9, "medium": 3.2, "low": 1.15}[r] for r in risks])
    other_outcomes = (("absent", 40), ("phone_only", 18), ("refused", 8), ("hospitalised", 4), ("unreachable", 6),
                      ("address_mismatch", 3), ("vacant", 2), ("no_need", 4))
    earlier_risk = {"high": (("high", 6), ("medium", 3), ("low", 1)),
                    "medium": (("medium", 6), ("low", 3), ("high", 1)),
                    "low": (("low", 8), ("medium", 2))}
    met: dict[str, list[Any]] = {}
    seq = 0
    for hh, risk, n_extra in zip(visited, risks, extra):
        n = 1 + n_extra
        dates = sorted(rng.sample(range((PERIOD_END - PERIOD_START).days + 1), n))
        final_index = n - 1 if (n == 1 or rng.random() < 0.85) else n - 2
        pool = visitors["by_dong"][hh["dong"]]
        for i, offset in enumerate(dates):
            day = PERIOD_START + dt.timedelta(days=offset)
            if i == final_index:
                outcome, level = "met", risk
            elif i < final_index and rng.random() < 0.55:
                outcome, level = "met", rng.weighted(earlier_risk[risk])
            else:
                outcome, level = rng.weighted(other_outcomes), None
                if i > final_index and rng.random() < 0.12:
                    outcome = rng.choice(("moved", "deceased"))
            if rng.random() < 0.2:
                visitor = rng.choice(visitors["partners"])[0]
            else:
                visitor = rng.choice(pool)[0]
            method = "phone" if outcome == "phone_only" or (outcome == "met" and rng.random() < 0.1) else "in_person"
            seq += 1
            vid = f"visit-{seq:06d}"
            conn.execute(
                "INSERT INTO visits (id, household_id, visited_on, visitor_id, method, outcome, risk_level, notes, "
                "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?, 'build_demo')",
                (vid, hh["id"], day.isoformat(), visitor, method, outcome, level,
                 _visit_note(rng, outcome, level), f"{day.isoformat()}T18:00:00.000Z"))
            if outcome == "met":
                met.setdefault(hh["id"], []).append((vid, day, level))
        hh["risk"] = risk
    return met


def _companions(conn, seed, visitors):
    """One further visitor on as many visits as the seed's participations ask: another visitor
    of the household's 동 (a 복지통장 with an official, say). Its own random numbers (from the
    seed), so the rest of the demo stays as it was."""
    side = random.Random(seed * 1_000_003 + 6)
    rows = conn.execute("SELECT v.id, v.visitor_id, h.dong_code, v.visited_on FROM visits v "
                        "JOIN households h ON h.id = v.household_id ORDER BY v.fid").fetchall()
    chosen = side.sample(rows, SEED_PARTICIPATIONS - len(rows))
    companions = []
    for visit_id, lead, dong, day in sorted(chosen):
        pool = [v for v, _ in visitors["by_dong"][dong] if v != lead]
        companions.append((visit_id, side.choice(pool), f"{day}T18:00:00.000Z"))
    conn.executemany("INSERT INTO visit_visitors (visit_id, visitor_id, created_at, created_by) "
                     "VALUES (?,?,?, 'build_demo')", companions)


def _visit_note(rng, outcome, level):
    if outcome != "met":
        return None
    notes = {"high": ("난방비 체납, 건강 악화로 외출 어려움", "단전 예고 통지, 식사 거르는 날 많음",
                      "우울감 호소, 가족과 연락 끊김"),
             "medium": ("월세 2개월 체납", "병원비 부담 호소", "거동 불편, 장보기 어려움"),
             "low": ("안부 확인, 특이사항 없음", "기초연금 수급 중, 생활 안정", "주 1회 복지관 이용")}
    return rng.choice(notes[level])


DOMAIN_ITEMS = {
    "safety": ("안부확인", "화재감지기 설치"), "health": ("의료비", "방문간호", "정신건강 상담"),
    "daily_living": ("밑반찬", "가사 지원", "이동 지원"), "family": ("가족관계 회복", "돌봄 부담"),
    "social": ("말벗", "자조모임"), "economy": ("식품", "생계비", "공과금 체납"),
    "education": ("학습 지원", "교육비"), "employment": ("고용", "직업훈련"),
    "living_env": ("임대주택", "집수리", "냉난방기"), "legal": ("법률 상담", "채무 조정"), "other": ("기타",),
}
DOMAIN_WEIGHTS = (("economy", 24), ("health", 20), ("living_env", 18), ("daily_living", 12), ("social", 8),
                  ("employment", 7), ("safety", 4), ("family", 3), ("legal", 2), ("education", 1), ("other", 1))
LINKAGE_FOR_DOMAIN = {
    "economy": ("public_benefit", "cash", "in_kind", "voucher"), "health": ("service", "fee_reduction", "referral"),
    "living_env": ("private_resource", "public_benefit", "in_kind"), "daily_living": ("service", "in_kind"),
    "social": ("service", "private_resource"), "employment": ("referral", "service"),
    "safety": ("service", "case_management"), "family": ("case_management", "referral"),
    "legal": ("referral",), "education": ("voucher", "service"), "other": ("private_resource",),
}


def _needs_and_linkages(conn, rng, households, met_visits, facility_rows):
    f = SEED_FIGURES
    with_met = [hh for hh in households if hh["id"] in met_visits]
    counts = apportion(f["needs"], [{"high": 5.0, "medium": 2.6, "low": 1.5}[hh["risk"]] * rng.uniform(0.3, 1.7)
                                    for hh in with_met])
    needs = []
    seq = 0
    for hh, n in zip(with_met, counts):
        for _ in range(n):
            vid, day, _ = rng.choice(met_visits[hh["id"]])
            domain = rng.weighted(DOMAIN_WEIGHTS)
            seq += 1
            needs.append({"id": f"need-{seq:06d}", "hh": hh, "visit": vid, "day": day, "domain": domain,
                          "item": rng.choice(DOMAIN_ITEMS[domain])})
    linked = set(rng.sample(range(len(needs)), f["linkages"]))
    linked_rows: list[tuple[Any, ...]] = []
    public_providers = ("서대문구청 복지정책과", "행정복지센터 맞춤형복지팀", "서울시 희망온돌 위기긴급지원")
    for i, need in enumerate(needs):
        status = "open"
        linkage = None
        if i in linked:
            kind = rng.choice(LINKAGE_FOR_DOMAIN[need["domain"]])
            lstatus = rng.weighted((("provided", 62), ("requested", 28), ("declined", 10)))
            status = {"provided": "resolved", "requested": "linked", "declined": "dropped"}[lstatus]
            facility = provider = None
            if kind in ("public_benefit", "fee_reduction", "voucher", "cash"):
                provider = rng.choice(public_providers)
            else:
                offering = [r for r in facility_rows if need["domain"] in r[2]] or facility_rows
                p = need["hh"]["point"]
                facility = min(offering[:], key=lambda r: (r[3].distance(p) * rng.uniform(1, 2.5)))[0]
            on = min(need["day"] + dt.timedelta(days=rng.randrange(1, 30)), PERIOD_END)
            linkage = (f"link-{len(linked_rows) + 1:06d}", need["id"], need["hh"]["id"], kind, facility, provider,
                       on.isoformat(), lstatus)
            linked_rows.append(linkage)
        conn.execute("INSERT INTO needs (id, household_id, visit_id, domain, item, status, created_at, created_by) "
                     "VALUES (?,?,?,?,?,?,?, 'build_demo')",
                     (need["id"], need["hh"]["id"], need["visit"], need["domain"], need["item"], status,
                      f"{need['day'].isoformat()}T18:05:00.000Z"))
        if linkage:
            conn.execute("INSERT INTO linkages (id, need_id, household_id, kind, facility_id, provider_name, "
                         "linked_on, status, created_by) VALUES (?,?,?,?,?,?,?,?, 'build_demo')", linkage)


def _reports(conn, rng, epsg, households, dongs):
    channel_of = {"kakaotalk": "kakaotalk", "call_centre": "call_centre", "partner": "partner"}
    roles = ("postal_carrier", "meter_reader", "police", "utility", "yakult", "rice_delivery")
    counter = iter(range(1, 1 << 30))

    def next_id():
        return f"report-{next(counter):06d}"

    descriptions = ("우편물이 계속 쌓여 있음", "며칠째 인기척이 없음", "전기 검침 시 사용량 급감",
                    "가스 공급 중단 예정 가구", "이웃 주민이 걱정된다며 연락", "식사를 제대로 못 하는 것 같음")
    for hh in households:
        channel = channel_of.get(hh["source"])
        if not channel:
            continue
        received = rng.date_between(dt.date(2025, 12, 1), PERIOD_START)
        status = "visited" if hh.get("risk") else "assigned"
        conn.execute(
            "INSERT INTO reports (id, geom, received_on, channel, reporter_role, address, description, status, "
            "household_id, dong_code, created_by) SELECT ?, geom, ?, ?, ?, address, ?, ?, id, dong_code, 'build_demo' "
            "FROM households WHERE id = ?",
            (next_id(), received.isoformat(), channel, rng.choice(roles) if channel == "partner" else None,
             rng.choice(descriptions), status, hh["id"]))
    for code, name, geom, *_ in dongs:
        for _ in range(3):
            point = rng.point_in(geom)
            conn.execute(
                "INSERT INTO reports (id, geom, received_on, channel, reporter_role, address, description, status, "
                "dong_code, created_by) VALUES (?,?,?,?,?,?,?, 'new', ?, 'build_demo')",
                (next_id(), gpkg.encode(point, epsg), rng.date_between(dt.date(2026, 11, 1), PERIOD_END).isoformat(),
                 rng.choice(tuple(channel_of)), None, f"{name} 일대, 주소 확인 필요",
                 rng.choice(descriptions), code))
