"""Facility lists (plugin/core/facilities.py): type names to facility kinds, need domains, and
the messy road addresses of the real Seoul list parsed for honest placement. Plain pytest."""
import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from welfare_visit_map.plugin.core.categories import FACILITY_KINDS, GEOCODE_QUALITY, NEED_DOMAINS, codes
from welfare_visit_map.plugin.core.facilities import (
    ParsedAddress,
    estimate_area,
    kind_of,
    normalised_address_key,
    parse_address,
    services_of,
)

# shared/ lies beside the checkout (CI clones the repo elsewhere with a copy of shared/ next to it)
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "real"
TYPE = "시설종류명(시설유형)"


def _real(*parts):
    path = REAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not found beside the checkout: {path}")
    return path


@pytest.fixture(scope="module")
def seoul_rows():
    with open(_real("welfare_facilities", "seoul_social_welfare_facilities_2022.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def seodaemun():
    """(facility rows, legal dong names, admin dong names) of Seodaemun-gu (11410)."""
    zones = _real("juso_zones_202401")
    with open(_real("welfare_facilities", "social_welfare_facilities_seodaemun_seongbuk_2022.csv"),
              encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["시군구코드"].startswith("11410")]
    with open(zones / "bjd_seodaemun_seongbuk_202401.geojson", encoding="utf-8") as f:
        legal = [ft["properties"]["EMD_KOR_NM"] for ft in json.load(f)["features"]
                 if ft["properties"]["SIG_CD"] == "11410"]
    with open(zones / "hjd_seodaemun_seongbuk_202401.geojson", encoding="utf-8") as f:
        admin = [ft["properties"]["EMD_KOR_NM"] for ft in json.load(f)["features"]
                 if ft["properties"]["EMD_CD"].startswith("11410")]
    return rows, legal, admin


# --- kinds and services -------------------------------------------------------------------

def test_every_seoul_type_maps_to_a_known_kind_and_few_to_other(seoul_rows):
    known = set(codes(FACILITY_KINDS))
    types = Counter(r[TYPE] for r in seoul_rows)
    kinds = {t: kind_of(t) for t in types}
    assert set(kinds.values()) <= known
    other_types = [t for t, k in kinds.items() if k == "other"]
    other_rows = sum(types[t] for t in other_types)
    assert len(other_types) < 0.03 * len(types), other_types
    assert other_rows < 0.03 * len(seoul_rows), other_types
    assert set(kinds.values()) == known   # the Seoul list has every kind


@pytest.mark.parametrize("type_name, kind", [
    ("(일반) 사회복지관", "welfare_centre"),
    ("(노인) 노인복지관", "elderly_centre"),
    ("(노인) 노인복지관(소규모)", "elderly_centre"),
    ("(노인) 노인요양시설", "elderly_care"),
    ("(노인) 노인요양공동생활가정", "elderly_care"),
    ("(노인) 장기요양기관", "elderly_care"),
    ("(노인) 재가노인복지시설", "home_care"),
    ("(노인) 노인일자리지원기관", "self_sufficiency"),
    ("(저소득) 지역자활센터", "self_sufficiency"),
    ("(아동) 지역아동센터", "child"),
    ("(아동) 다함께돌봄센터", "child"),
    ("(장애인) 장애인보호작업장", "disability"),
    ("(건강가정) 건강가정지원센터", "family"),
    ("(다문화가족) 다문화가족지원센터", "family"),
    ("(한부모가족) 미혼모자가족복지시설(기본생활지원형)", "family"),
    ("(노숙인등) 노숙인자활시설", "homeless"),
    ("(정신보건) 재활훈련시설-아동?청소년정신건강지원시설", "mental_health"),
    ("(기타) 푸드뱅크", "food_bank"),
    ("푸드마켓", "food_bank"),
    ("(건강) 치매상담센터", "health"),
    ("(기타) 기타시설", "other"),
    ("", "other"),
    (None, "other"),
    ("노인요양시설", "elderly_care"),        # without the group prefix
    ("  (노인)   재가노인복지시설 ", "home_care"),
])
def test_kind_of(type_name, kind):
    assert kind_of(type_name) == kind


def test_services_are_need_domains_for_every_kind():
    domains = set(codes(NEED_DOMAINS))
    for kind in codes(FACILITY_KINDS):
        assert services_of(kind) and set(services_of(kind)) <= domains, kind
    assert services_of("food_bank") == ("economy", "daily_living")
    assert set(services_of("home_care")) == {"daily_living", "health", "safety"}
    assert len(services_of("welfare_centre")) >= 8
    assert services_of("no such kind") == ("other",)


# --- addresses ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, road, main, sub, legal, hint", [
    ("서울특별시 서대문구 서소문로 43-49 (합동)", "서소문로", 43, 49, "합동", None),
    ("서울특별시 서대문구 증가로20길 43북가좌2동노인복지센터", "증가로20길", 43, None, None, "북가좌2동"),
    ("서울특별시 서대문구 경기대로9길 624층", "경기대로9길", 62, None, None, None),        # 62 + 4층
    ("서울특별시 서대문구 연희로26(창천동 493번지)", "연희로", 26, None, "창천동", None),
    ("서울특별시 서대문구 충정로4길5-25 (충정로3가)", "충정로4길", 5, 25, "충정로3가", None),
    ("서울특별시 서대문구 거북골로195-1 2층 (북가좌동 서대문꿈나무지원센터)", "거북골로", 195, 1, "북가좌동", None),
    ("서울특별시 서대문구 서소문로 43-531층3층", "서소문로", 43, 53, None, None),           # 53 + 1층
    ("서울특별시 서대문구 연희로156203호", "연희로", 156, None, None, None),                # 156 + 203호
    ("서울특별시 서대문구 가재울로6길 16101동 301호 (남가좌동)", "가재울로6길", 16, None, "남가좌동", None),
    ("서울특별시 서대문구 경기대로9길 62-01-38", "경기대로9길", 62, None, None, None),      # '-0…' = no sub
    ("서울특별시 서대문구 홍지문2길 59-0(홍은동)", "홍지문2길", 59, None, "홍은동", None),
    ("서울특별시 서대문구 연희로 26동방사회복지회", "연희로", 26, None, None, None),        # 26동 is no block
    ("서울특별시 서대문구 북아현로11가길 182층", "북아현로11가길", 18, None, None, None),
    ("서울특별시 서대문구 명지대1라길 6애신 (남가좌동)", "명지대1라길", 6, None, "남가좌동", None),
    ("서울특별시 서대문구 홍제원6길4 (홍제동)", "홍제원6길", 4, None, "홍제동", None),
    ("서울특별시 강남구 봉은사로 21길 6(논현동) 5-7층", "봉은사로21길", 6, None, "논현동", None),
    ("서울특별시 강북구 4.19로 77 (수유동)", "4.19로", 77, None, "수유동", None),
    ("서울특별시 서대문구 천연동117-1 구세군 두리마을", None, 117, 1, "천연동", None),       # a lot address
    ("서울특별시 강동구 천호1동318 3층 (천호동 성산빌딩)", None, 318, None, "천호동", "천호1동"),
    ("서울특별시 동작구 흑석동명수대현대아파트 B상가 401호", None, None, None, "흑석동", None),
    ("", None, None, None, None, None),
])
def test_parse_address(text, road, main, sub, legal, hint):
    p = parse_address(text)
    assert (p.road_name, p.main_no, p.sub_no, p.legal_dong, p.hint_dong) == (road, main, sub, legal, hint)


def test_parse_address_keeps_the_sigungu_to_spot_addresses_outside_the_district():
    assert parse_address("서울특별시 서대문구 서소문로 43-49 (합동)").sigungu == "서대문구"
    outside = parse_address("경기도 파주시 문산읍 바리골길 421 ")
    assert (outside.sigungu, outside.road_name, outside.main_no) == ("파주시", "바리골길", 421)


def test_every_seoul_address_parses_without_error(seoul_rows):
    parsed = [parse_address(r["시설주소"]) for r in seoul_rows]
    with_number = sum(p.main_no is not None for p in parsed)
    assert with_number > 0.98 * len(parsed)
    assert sum(p.road_name is not None for p in parsed) > 0.97 * len(parsed)


LEGAL = ["충정로2가", "충정로3가", "합동", "천연동", "북아현동", "홍제동", "홍은동", "연희동", "창천동",
         "북가좌동", "남가좌동"]
ADMIN = ["천연동", "북아현동", "홍제제1동", "홍은제1동", "북가좌제1동", "북가좌제2동", "연희동"]


@pytest.mark.parametrize("address, quality, name", [
    ("서울특별시 서대문구 서소문로 43-49 (합동)", "estimated_legal_dong", "합동"),
    ("서울특별시 서대문구 연희로26(창천동 493번지)", "estimated_legal_dong", "창천동"),   # not 연희동
    ("서울특별시 서대문구 증가로20길 43북가좌2동노인복지센터", "estimated_legal_dong", "북가좌동"),
    ("서울특별시 서대문구 천연동117-1 구세군 두리마을", "estimated_legal_dong", "천연동"),
    ("서울특별시 서대문구 연희로 165 2층", "estimated_road_name", "연희동"),
    ("서울특별시 서대문구 북아현로14길 55", "estimated_road_name", "북아현동"),
    ("서울특별시 서대문구 홍은중앙로9길 21", "estimated_road_name", "홍은동"),
    ("서울특별시 서대문구 충정로4길 5-25", "estimated_district", None),     # 충정로2가 or 3가: no guess
    ("서울특별시 서대문구 독립문로8길 107", "estimated_district", None),
    ("서울특별시 서대문구 서소문로 43-49 (가동)", "estimated_district", None),
    ("", "estimated_district", None),
])
def test_estimate_area(address, quality, name):
    assert estimate_area(parse_address(address), LEGAL, ADMIN) == (quality, name)


def test_normalised_address_key():
    assert normalised_address_key(parse_address("서울특별시 서대문구 서소문로 43-49 (합동)")) == "서소문로 43-49"
    assert normalised_address_key(parse_address("서울특별시 서대문구 서소문로 43-49")) == "서소문로 43-49"
    assert (normalised_address_key(parse_address("서울특별시 서대문구 독립문로8길 57(천연동)"))
            == normalised_address_key(parse_address("서울특별시 서대문구 독립문로8길 57 (천연동)"))
            == "독립문로8길 57")
    assert normalised_address_key(parse_address("서울특별시 서대문구 천연동117-1 구세군")) == "천연동 117-1"
    assert normalised_address_key(ParsedAddress(None, None, None, "천연동", None)) == ""


def test_seodaemun_facilities_land_in_the_expected_tiers(seodaemun):
    rows, legal, admin = seodaemun
    assert len(rows) == 108
    assert set(legal) >= {"충정로3가", "합동", "연희동", "홍은동"}
    tiers = Counter()
    for r in rows:
        quality, name = estimate_area(parse_address(r["시설주소"]), legal, admin)
        assert quality in codes(GEOCODE_QUALITY)
        assert (name in legal) if quality != "estimated_district" else name is None
        tiers[quality] += 1
    # measured on the 2022 list: 78 legal dong, 13 road name, 17 district (one of them in Paju)
    assert tiers["estimated_legal_dong"] >= 0.65 * len(rows)
    assert tiers["estimated_legal_dong"] + tiers["estimated_road_name"] >= 0.8 * len(rows)
    shared = Counter(normalised_address_key(parse_address(r["시설주소"])) for r in rows)
    assert shared["서소문로 43-49"] == 2 and shared["경기대로9길 62"] == 3
