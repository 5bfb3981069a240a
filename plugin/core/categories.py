"""Category lists of the data model (SPEC.md): stored codes with Korean and English labels.

Pure Python, no QGIS import. Everything that needs a category list — the database CHECK
constraints, the forms' value maps, the styles, the demo generator — reads it from here.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, overload


class Category(NamedTuple):
    code: str
    ko: str
    en: str


RISK_COLOURS = {
    "high": "#e31a1c",
    "medium": "#ff7f00",
    "low": "#1f78b4",
    None: "#ffffff",  # not yet visited (white, dark outline)
}

RISK_LEVELS = (
    Category("high", "고위험", "High"),
    Category("medium", "중위험", "Medium"),
    Category("low", "저위험", "Low"),
)
UNVISITED = Category(None, "미방문", "Not yet visited")  # type: ignore[arg-type]  # no code: a NULL risk

HOUSEHOLD_STATUS = (
    Category("active", "관리중", "Active"),
    Category("moved", "전출", "Moved away"),
    Category("deceased", "사망", "Deceased"),
    Category("closed", "종결", "Closed"),
)

NEED_DOMAINS = (
    Category("safety", "안전", "Safety"),
    Category("health", "건강", "Health"),
    Category("daily_living", "일상생활유지", "Daily living"),
    Category("family", "가족관계", "Family relations"),
    Category("social", "사회적 관계", "Social relations"),
    Category("economy", "경제", "Economy"),
    Category("education", "교육", "Education"),
    Category("employment", "고용", "Employment"),
    Category("living_env", "생활환경", "Living environment"),
    Category("legal", "법률 및 권익보장", "Legal rights"),
    Category("other", "기타", "Other"),
)

# Common need items, one click each in the visit form: (domain, Korean item, English item).
COMMON_NEED_ITEMS = (
    ("living_env", "임대주택", "Rental housing"),
    ("living_env", "집수리", "House repair"),
    ("living_env", "냉난방기", "Heating/cooling"),
    ("economy", "식품", "Food"),
    ("employment", "고용", "Jobs"),
    ("health", "의료비", "Medical costs"),
    ("daily_living", "밑반찬", "Side dishes"),
    ("economy", "생계비", "Living costs"),
    ("safety", "안부확인", "Safety check calls"),
    ("social", "말벗", "Companionship"),
)

NEED_STATUS = (
    Category("open", "미연계", "Open"),
    Category("linked", "연계중", "Linked"),
    Category("resolved", "해결", "Resolved"),
    Category("dropped", "중단", "Dropped"),
)

LINKAGE_KINDS = (
    Category("public_benefit", "공적급여 신청", "Public benefit application"),
    Category("cash", "현금", "Cash"),
    Category("in_kind", "현물", "In kind"),
    Category("voucher", "바우처", "Voucher"),
    Category("fee_reduction", "감면", "Fee reduction"),
    Category("facility_admission", "시설입소", "Facility admission"),
    Category("service", "서비스·프로그램", "Service/programme"),
    Category("private_resource", "민간자원 연계", "Private resource"),
    Category("referral", "타기관 의뢰", "Referral to another agency"),
    Category("case_management", "통합사례관리 의뢰", "Case management"),
)

LINKAGE_STATUS = (
    Category("requested", "요청", "Requested"),
    Category("provided", "제공", "Provided"),
    Category("declined", "거절", "Declined"),
)

VISITOR_ROLES = (
    Category("official", "공무원", "Public official"),
    Category("welfare_block_leader", "복지통장", "Welfare block leader"),
    Category("honorary_officer", "명예사회복지공무원", "Honorary welfare officer"),
    Category("council_member", "지역사회보장협의체 위원", "Community-security council member"),
    Category("care_corps", "우리동네돌봄단", "Neighbourhood care corps"),
    Category("visiting_nurse", "방문간호사", "Visiting nurse"),
    Category("welfare_planner", "복지플래너", "Welfare planner"),
    Category("postal_carrier", "집배원", "Postal carrier"),
    Category("meter_reader", "검침원", "Meter reader"),
    Category("police", "경찰", "Police"),
    Category("utility", "가스·수도·전력", "Gas/water/power company"),
    Category("yakult", "야쿠르트", "Korea Yakult"),
    Category("rice_delivery", "양곡배달", "Rice delivery"),
    Category("other_partner", "기타 협약기관", "Other partner"),
)

VISIT_METHODS = (
    Category("in_person", "방문", "In person"),
    Category("phone", "전화", "Phone"),
)

VISIT_OUTCOMES = (
    Category("met", "방문(면담)", "Met"),
    Category("absent", "부재", "Absent"),
    Category("refused", "거부", "Refused"),
    Category("moved", "이사", "Moved"),
    Category("deceased", "사망", "Deceased"),
    Category("hospitalised", "장기입원", "Hospitalised"),
    Category("vacant", "빈집", "Vacant"),
    Category("unreachable", "연락두절", "Unreachable"),
    Category("address_mismatch", "주소불일치", "Address mismatch"),
    Category("no_need", "지원불필요", "No need"),
    Category("phone_only", "전화상담", "Phone only"),
)
# Outcomes in which the household was met: only these carry a risk assessment.
MET_OUTCOMES = ("met",)

HOUSEHOLD_TYPES = (
    Category("elderly_alone", "독거노인", "Elderly living alone"),
    Category("single_parent", "한부모", "Single parent"),
    Category("grandparent", "조손", "Grandparent-grandchild"),
    Category("multicultural", "다문화", "Multicultural"),
    Category("defector", "새터민", "North Korean defector"),
    Category("child_headed", "소년소녀가장", "Child-headed"),
    Category("disability", "장애", "Disability"),
    Category("middle_aged_single", "중장년 1인", "Middle-aged single"),
    Category("young_carer", "가족돌봄청년", "Young carer"),
)

BENEFIT_STATUS = (
    Category("basic_general", "기초생활 수급(일반)", "Basic livelihood (general)"),
    Category("basic_conditional", "기초생활 수급(조건부)", "Basic livelihood (conditional)"),
    Category("basic_special", "기초생활 수급(특례)", "Basic livelihood (special)"),
    Category("basic_facility", "기초생활 수급(시설)", "Basic livelihood (facility)"),
    Category("near_poor", "차상위", "Near poor"),
    Category("emergency", "긴급복지", "Emergency welfare"),
    Category("single_parent_support", "한부모 지원", "Single-parent support"),
    Category("none", "해당없음", "None"),
)

DISCOVERY_SOURCES = (
    Category("screening_list", "발굴시스템 대상자", "National screening list"),
    Category("kakaotalk", "카카오톡", "KakaoTalk channel"),
    Category("call_centre", "콜센터", "Call centre"),
    Category("visitor", "방문자 발굴", "Found by a visitor"),
    Category("partner", "협약기관 제보", "Partner worker"),
    Category("walk_in", "방문상담", "Walk-in"),
    Category("other", "기타", "Other"),
)

# What the national screening list (복지사각지대 발굴관리시스템) flags a household for: the
# indicators its export carries as one column each (Y/N, 1/0 or a date).
CRISIS_INDICATORS = (
    Category("power_cut", "단전", "Power cut"),
    Category("water_cut", "단수", "Water cut"),
    Category("gas_cut", "단가스", "Gas cut"),
    Category("utility_arrears", "공과금 체납", "Utility-bill arrears"),
    Category("health_insurance_arrears", "건강보험료 체납", "Health-insurance arrears"),
    Category("pension_arrears", "국민연금 체납", "Pension arrears"),
    Category("telecom_arrears", "통신비 체납", "Telecom-bill arrears"),
    Category("housing_fee_arrears", "공동주택 관리비 체납", "Apartment-fee arrears"),
    Category("rent_arrears", "공공임대료 체납", "Public-rental rent arrears"),
    Category("financial_delinquency", "금융연체", "Financial delinquency"),
    Category("business_closure", "휴·폐업", "Business closure"),
    Category("job_loss", "고용위기(실직)", "Job loss"),
    Category("catastrophic_medical", "재난적 의료비", "Catastrophic medical costs"),
    Category("medical_aid_stopped", "의료급여 중지", "Medical aid stopped"),
    Category("benefit_dropped", "기초수급 탈락·중지", "Basic livelihood dropped"),
    Category("long_term_care", "장기요양 등급", "Long-term-care grade"),
    Category("severe_illness", "중증질환", "Severe illness"),
    Category("mental_health", "정신질환·자살위기", "Mental illness or suicide risk"),
    Category("head_death", "세대주 사망", "Death of the household head"),
    Category("housing_crisis", "주거위기", "Housing crisis"),
    Category("disaster", "재난·재해", "Disaster"),
    Category("other", "기타 위기", "Other crisis"),
)

REPORT_CHANNELS = (
    Category("kakaotalk", "카카오톡", "KakaoTalk channel"),
    Category("call_centre", "콜센터", "Call centre"),
    Category("partner", "협약기관", "Partner worker"),
    Category("visitor", "방문자", "Visitor"),
    Category("walk_in", "방문상담", "Walk-in"),
    Category("other", "기타", "Other"),
)

REPORT_STATUS = (
    Category("new", "신규", "New"),
    Category("assigned", "배정", "Assigned"),
    Category("visited", "방문완료", "Visited"),
    Category("closed", "종결", "Closed"),
)

REGISTRY_CHANGES = (
    Category("death", "사망", "Death"),
    Category("move_out", "전출", "Move-out"),
    Category("move_in", "전입", "Move-in"),
    Category("address_change", "주소변경", "Address change"),
)

DISTRICT_LEVELS = (
    Category("gu", "구", "District (gu)"),
    Category("dong", "행정동", "Administrative dong"),
    Category("tong", "통", "Tong (block)"),
)

FACILITY_KINDS = (
    Category("welfare_centre", "종합사회복지관", "Community welfare centre"),
    Category("elderly_centre", "노인복지관", "Senior welfare centre"),
    Category("elderly_care", "노인요양시설", "Elderly care home"),
    Category("home_care", "재가노인복지시설", "Home-care service"),
    Category("child", "아동복지시설", "Child welfare facility"),
    Category("disability", "장애인복지시설", "Disability welfare facility"),
    Category("family", "가족지원시설", "Family support centre"),
    Category("homeless", "노숙인시설", "Homeless services"),
    Category("mental_health", "정신보건시설", "Mental health facility"),
    Category("self_sufficiency", "자활·일자리", "Self-sufficiency and jobs"),
    Category("food_bank", "푸드뱅크", "Food bank"),
    Category("health", "보건·치매", "Health and dementia"),
    Category("other", "기타", "Other"),
)

GEOCODE_QUALITY = (
    Category("source_coordinates", "원자료 좌표", "Coordinates from the source"),
    Category("address_point", "주소 위치", "Matched address point"),
    Category("building", "건물 위치", "On its building (base map)"),
    Category("estimated_legal_dong", "추정(법정동)", "Estimated within the legal dong"),
    Category("estimated_road_name", "추정(도로명)", "Estimated from the road name"),
    Category("estimated_district", "추정(구)", "Estimated within the district"),
    Category("manual", "직접 지정", "Placed by hand"),
    Category("synthetic", "가상(데모)", "Synthetic (demo)"),
    Category("unlocated", "위치 미지정", "Not yet placed"),
)

# what a merged field package left for the office to decide (table field_reviews)
REVIEW_KINDS = (
    Category("proposal", "현장 수정 제안", "Edit proposed in the field"),
    Category("edited_meanwhile", "충돌: 사무실에서 먼저 수정", "Conflict: edited at the office meanwhile"),
    Category("household_gone", "충돌: 그사이 종결·전출·사망", "Conflict: closed, moved or deceased meanwhile"),
    Category("visit_date", "충돌: 방문일 확인 필요", "Conflict: visit date to check"),
    Category("invalid", "반영할 수 없는 기록", "Record that could not be taken"),
)
REVIEW_CONFLICTS = ("edited_meanwhile", "household_gone", "visit_date", "invalid")

REVIEW_STATUS = (
    Category("open", "검토 대기", "To review"),
    Category("accepted", "반영", "Accepted"),
    Category("rejected", "반려", "Rejected"),
)

#: every single-valued category list, by the name used in the `categories` table
CATEGORY_LISTS = {
    "risk_level": RISK_LEVELS,
    "household_status": HOUSEHOLD_STATUS,
    "need_domain": NEED_DOMAINS,
    "need_status": NEED_STATUS,
    "linkage_kind": LINKAGE_KINDS,
    "linkage_status": LINKAGE_STATUS,
    "visitor_role": VISITOR_ROLES,
    "visit_method": VISIT_METHODS,
    "visit_outcome": VISIT_OUTCOMES,
    "household_type": HOUSEHOLD_TYPES,
    "crisis_indicator": CRISIS_INDICATORS,
    "benefit_status": BENEFIT_STATUS,
    "discovery_source": DISCOVERY_SOURCES,
    "report_channel": REPORT_CHANNELS,
    "report_status": REPORT_STATUS,
    "registry_change": REGISTRY_CHANGES,
    "district_level": DISTRICT_LEVELS,
    "facility_kind": FACILITY_KINDS,
    "geocode_quality": GEOCODE_QUALITY,
    "review_kind": REVIEW_KINDS,
    "review_status": REVIEW_STATUS,
}


def codes(categories: Iterable[Category]) -> tuple[str, ...]:
    """The stored codes of a category list, in order."""
    return tuple(c.code for c in categories)


@overload
def label(categories: Iterable[Category], code: str, lang: str = "ko") -> str: ...
@overload
def label(categories: Iterable[Category], code: None, lang: str = "ko") -> str | None: ...
def label(categories: Iterable[Category], code: str | None, lang: str = "ko") -> str | None:
    """The label of ``code`` in ``lang`` ('ko' or 'en'); the code itself when unknown."""
    for c in categories:
        if c.code == code:
            return getattr(c, lang)
    return code
