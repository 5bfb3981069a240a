#!/usr/bin/env python3
"""Make an independent 성북구 household list, in a layout the importer was never shown, for import tests.

It is a "foreign" Seongbuk-gu (성북구) welfare blind-spot household list (복지사각지대 발굴 대상자 명단).

    python3 tests/tools/make_foreign_list.py OUTDIR [--rows N] [--seed S]

Writes, deterministically for a given (rows, seed):
  OUTDIR/seongbuk_list.xlsx        title rows + blank row, header on sheet row 4, data from row 5
  OUTDIR/seongbuk_list_cp949.csv   the same rows, CP949; one title row, header on row 2, data from row 3
  OUTDIR/expected.json             per row: sheet row numbers in both files, household size, found date
                                   (ISO), crisis indicators present, raw 발굴경로, and the planted problems

Why: this layout was written WITHOUT looking at the importer (plugin/), from how a district/dong
welfare team and a 행복e음 screening-list export lay such a list out: title rows above the header,
a 사례관리번호 instead of an id, 세대주명, 행정동/통/반, mixed date spellings and real Excel dates,
"2명" next to 2, per-column indicator conventions (Y/N, 1/0, O/blank, a date) and EPSG:5179 X/Y.
Planted faults (a known set): degrees given as X/Y, swapped X/Y, impossible or future dates,
a resident registration number in 연락처/비고, duplicated 사례관리번호, an unknown risk label, and
two rows with two faults each. Rows not listed as bad in expected.json are valid.
Standard library + openpyxl only; pyproj is used if importable, else a Transverse Mercator formula.
"""
import argparse
import csv
import datetime as dt
import json
import math
import os
import random

TITLE = "2026년 11월 성북구 복지사각지대 발굴 대상자 명단"
SUBTITLE = "성북구청 복지정책과 | 기준일 2026.11.30 | 좌표계 EPSG:5179 | 개인정보 포함 - 외부 유출 금지"
INDICATORS = [  # column name, how the team marks it
    ("단전", "YN"), ("단수", "YN"), ("단가스", "YN"), ("건강보험료체납", "date"),
    ("국민연금체납", "10"), ("통신비체납", "10"), ("공동주택관리비체납", "O"), ("금융연체", "YN"),
    ("공공임대료체납", "O"), ("휴폐업", "O"), ("실직(고용위기)", "YN"), ("재난적의료비", "date"),
    ("의료급여중지", "10"), ("기초수급탈락", "date")]
HEADER = (["연번", "사례관리번호", "세대주명", "연락처", "행정동", "통", "반", "도로명주소", "상세주소",
           "가구원수", "가구유형", "수급구분", "발굴경로", "위기도", "등록일"]
          + [n for n, _ in INDICATORS] + ["X좌표(5179)", "Y좌표(5179)", "비고"])
# 행정동: approximate centre (lat, lon) and road names found there
DONGS = {
    "성북동": (37.5960, 126.9975, ["성북로", "대사관로", "선잠로", "성북로23길"]),
    "삼선동": (37.5860, 127.0095, ["삼선교로", "삼선교로10길", "삼선교로16길"]),
    "동선동": (37.5910, 127.0170, ["동소문로", "동소문로20길", "보문로34길"]),
    "돈암1동": (37.5950, 127.0235, ["아리랑로", "동소문로", "동소문로26길"]),
    "돈암2동": (37.5920, 127.0125, ["아리랑로", "아리랑로19길", "동소문로"]),
    "안암동": (37.5865, 127.0265, ["안암로", "고려대로", "인촌로"]),
    "보문동": (37.5850, 127.0195, ["보문로", "보문사길", "보문로13길"]),
    "정릉1동": (37.6060, 127.0115, ["정릉로", "솔샘로"]),
    "정릉2동": (37.6025, 127.0065, ["아리랑로", "정릉로"]),
    "정릉3동": (37.6080, 127.0020, ["북악산로", "정릉로"]),
    "정릉4동": (37.6150, 127.0120, ["솔샘로", "보국문로"]),
    "길음1동": (37.6065, 127.0220, ["길음로", "삼양로", "동소문로"]),
    "길음2동": (37.6010, 127.0255, ["동소문로", "길음로"]),
    "종암동": (37.5990, 127.0335, ["종암로", "고려대로", "종암로25길"]),
    "월곡1동": (37.6020, 127.0400, ["월곡로", "화랑로", "오패산로"]),
    "월곡2동": (37.6060, 127.0475, ["오패산로", "화랑로", "장월로"]),
    "장위1동": (37.6105, 127.0480, ["장월로", "한천로", "장위로"]),
    "장위2동": (37.6125, 127.0545, ["장위로", "돌곶이로"]),
    "장위3동": (37.6165, 127.0450, ["한천로", "장위로21길"]),
    "석관동": (37.6090, 127.0605, ["돌곶이로", "화랑로", "한천로", "돌곶이로22길"])}
TYPES = [("독거노인 가구", 1, 1, 14), ("1인가구(중장년)", 1, 1, 12), ("1인 청년가구", 1, 1, 5),
         ("한부모가구", 2, 4, 9), ("장애인 가구", 1, 4, 9), ("조손", 2, 3, 4), ("노인부부", 2, 2, 8),
         ("다문화 가구", 3, 5, 4), ("일반", 2, 5, 10), ("고령가구", 1, 2, 5)]
SUPPORT = (["생계급여 수급"] * 3 + ["의료급여 수급", "주거급여", "차상위", "차상위", "기초연금", "기초연금"]
           + ["비수급"] * 6 + [""] * 2)
ROUTES = ([("복지통장 발굴", 14), ("통장 발굴", 8), ("발굴관리시스템", 16), ("복지사각지대 발굴시스템", 10),
           ("주민센터 방문", 7), ("내방", 6), ("이웃 제보", 7), ("가족 신고", 3), ("본인 신청", 6),
           ("집주인 제보", 4), ("카카오톡 채널", 3), ("120다산콜", 3), ("우리동네돌봄단", 5)])
ODD_ROUTES = ["복지등기 우편", "경찰서 연계", "기타(교회 봉사자)", "통장발굴 ", "한전 단전 통보"]
RISKS = ["상", "중", "하", "중", "하", "고위험", "중위험", "저위험", "중위험", ""]
NOTES = ["", "", "", "재방문 필요", "부재중 안내문 부착", "긴급지원 연계", "통합사례관리 의뢰", "전화 미수신",
         "동 주민센터 상담 예정", "기초수급 신청 안내", "푸드뱅크 연계", "방문 거부"]
SURNAMES = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구"
SYLLABLES = "민서준지현수영예도윤하은재우성진주연정호경희숙자순옥철석태혁동미선아나혜빈승"
DETAILS = ["", "", "2층", "지하1층", "302호", "201호", "(반지하)", "옥탑방", "101동 1203호", "3동 504호", "1층 뒷집"]
# planted problems: (categories, how many rows carry exactly this set)
PLAN = [(("degrees",), 9), (("degrees", "bad_date"), 1), (("swapped",), 4), (("swapped", "future_date"), 1),
        (("bad_date",), 2), (("future_date",), 1), (("rrn",), 3), (("duplicate_case",), 3), (("unknown_risk",), 3)]


_TR = None


def tm_5179(lon, lat):
    """EPSG:5179 (GRS80 TM, lat0 38, lon0 127.5, k 0.9996, FE 1e6, FN 2e6); pyproj when present."""
    global _TR
    if _TR is None:
        try:
            from pyproj import Transformer
            _TR = Transformer.from_crs(4326, 5179, always_xy=True).transform
        except ImportError:
            _TR = False
    if _TR:
        return _TR(lon, lat)
    a, f = 6378137.0, 1 / 298.257222101
    e2 = f * (2 - f)
    ep2 = e2 / (1 - e2)
    def arc(p):
        return a * ((1 - e2 / 4 - 3 * e2 ** 2 / 64 - 5 * e2 ** 3 / 256) * p
                    - (3 * e2 / 8 + 3 * e2 ** 2 / 32 + 45 * e2 ** 3 / 1024) * math.sin(2 * p)
                    + (15 * e2 ** 2 / 256 + 45 * e2 ** 3 / 1024) * math.sin(4 * p)
                    - (35 * e2 ** 3 / 3072) * math.sin(6 * p))
    p, l0 = math.radians(lat), math.radians(127.5)
    n = a / math.sqrt(1 - e2 * math.sin(p) ** 2)
    t, c = math.tan(p) ** 2, ep2 * math.cos(p) ** 2
    aa = (math.radians(lon) - l0) * math.cos(p)
    x = 0.9996 * n * (aa + (1 - t + c) * aa ** 3 / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * aa ** 5 / 120)
    y = 0.9996 * (arc(p) - arc(math.radians(38)) + n * math.tan(p) * (
        aa * aa / 2 + (5 - t + 9 * c + 4 * c * c) * aa ** 4 / 24
        + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * aa ** 6 / 720))
    return 1000000 + x, 2000000 + y


def date_text(rng, d):
    """One of the spellings teams really type; None means 'a real Excel date cell'."""
    k = rng.choice(["iso", "iso", "dot", "dotsp", "compact", "slash", "kor", "cell", "cell"])
    return {"iso": d.isoformat(), "dot": f"{d.year}.{d.month}.{d.day}", "dotsp": f"{d.year}. {d.month}. {d.day}.",
            "compact": d.strftime("%Y%m%d"), "slash": d.strftime("%Y/%m/%d"),
            "kor": f"{d.year}년 {d.month}월 {d.day}일", "cell": None}[k]


def rrn(rng):
    """A well-formed (checksum-valid) but invented resident registration number."""
    d = [rng.randint(5, 9), rng.randint(0, 9), 0, rng.randint(1, 9), rng.randint(1, 2), rng.randint(0, 8),
         rng.choice([1, 2])] + [rng.randint(0, 9) for _ in range(5)]
    chk = (11 - sum(v * w for v, w in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    s = "".join(map(str, d + [chk]))
    return s[:6] + "-" + s[6:]


def make_rows(n, seed):
    rng = random.Random(seed)
    routes = [r for r, w in ROUTES for _ in range(w)]
    types = [t for t in TYPES for _ in range(t[3])]
    ids = sorted(rng.sample(range(100, 9999), n))
    bad_slots = rng.sample(range(20, n), sum(c for _, c in PLAN))  # duplicates need earlier originals
    problems, it = {}, iter(bad_slots)
    for cats, count in PLAN:
        for _ in range(count):
            problems[next(it)] = list(cats)
    rows, exp = [], []
    for i in range(n):
        bad = problems.get(i, [])
        dong = rng.choice(list(DONGS))
        clat, clon, roads = DONGS[dong]
        lat = min(max(clat + rng.uniform(-0.0018, 0.0018), 37.581), 37.619)
        lon = min(max(clon + rng.uniform(-0.0018, 0.0018), 126.991), 127.069)
        x, y = tm_5179(lon, lat)
        tname, lo, hi, _ = rng.choice(types)
        size = rng.randint(lo, hi)
        found = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 326))
        route = rng.choice(ODD_ROUTES) if rng.random() < 0.02 else rng.choice(routes)
        screening = "시스템" in route
        k = rng.choice([1, 1, 2, 2, 3, 4]) if screening else rng.choice([0, 0, 0, 1, 1, 2])
        present = set(rng.sample([c for c, _ in INDICATORS], k))
        ind_cells = []
        for col, style in INDICATORS:
            on = col in present
            if style == "YN":
                v = ("Y" if on else "N") if (screening or on) else ""
                v = v.lower() if v and rng.random() < 0.03 else v
            elif style == "10":
                v = (1 if on else 0) if screening else (1 if on else "")
            elif style == "O":
                v = "O" if on else ""
            else:
                v = (found - dt.timedelta(days=rng.randint(20, 200))).isoformat() if on else ""
            ind_cells.append(v)
        road = f"{rng.choice(roads)} {rng.randint(1, 180)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.3 else "")
        road = rng.choice(["서울특별시 성북구 ", "서울특별시 성북구 ", "서울 성북구 ", "성북구 ", ""]) + road
        phone = rng.choice([f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"] * 6
                           + [f"010{rng.randint(2000, 9999)}{rng.randint(0, 9999):04d}",
                              f"02-9{rng.randint(10, 99)}-{rng.randint(0, 9999):04d}", ""])
        risk, note = rng.choice(RISKS), rng.choice(NOTES)
        dtext = date_text(rng, found)
        found_iso = found.isoformat()
        cx, cy = round(x, 1), round(y, 1)
        if "degrees" in bad:
            cx, cy = round(lon, 6), round(lat, 6)
        if "swapped" in bad:
            cx, cy = cy, cx
        if "bad_date" in bad:
            dtext, found_iso = rng.choice(["2026-02-30", "2026.2.30", "2026-04-31", "2026. 6. 31."]), None
        if "future_date" in bad:
            fut = dt.date(2027, rng.randint(1, 6), rng.randint(1, 28))
            dtext, found_iso = rng.choice([fut.isoformat(), f"{fut.year}.{fut.month}.{fut.day}"]), fut.isoformat()
        if "rrn" in bad:
            if rng.random() < 0.5:
                note = f"주민번호 {rrn(rng)} 확인함"
            else:
                phone = rrn(rng)
        case = f"11290-2026-{ids[i]:06d}"
        dup_of = None
        if "duplicate_case" in bad:
            dup_of = rng.choice([j for j in range(i) if j not in problems])
            case = rows[dup_of]["case"]
        if "unknown_risk" in bad:
            risk = rng.choice(["매우높음", "매우 높음", "초고위험"])
        rows.append(dict(case=case, cells=[
            i + 1, case, rng.choice(SURNAMES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES), phone, dong,
            rng.randint(1, 40), rng.randint(1, 12), road, rng.choice(DETAILS),
            size if rng.random() < 0.6 else f"{size}명", tname, rng.choice(SUPPORT), route, risk, dtext]
            + ind_cells + [cx, cy, note], date=found))
        exp.append(dict(seq=i + 1, xlsx_row=i + 5, csv_row=i + 3, case_id=case, problems=bad,
                        duplicate_of_xlsx_row=None if dup_of is None else dup_of + 5,
                        duplicate_of_csv_row=None if dup_of is None else dup_of + 3,
                        household_size=size, household_type=tname, found_date=found_iso,
                        found_date_raw=dtext if dtext is not None else "(Excel date cell) " + found.isoformat(),
                        indicators=[c for c, _ in INDICATORS if c in present], route=route, risk=risk,
                        dong=dong, x_5179=round(x, 1), y_5179=round(y, 1), lon=round(lon, 6), lat=round(lat, 6)))
    return rows, exp


def write(outdir, rows, exp, n, seed):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    os.makedirs(outdir, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "발굴대상자"
    ws.append([TITLE])
    ws.append([SUBTITLE])
    ws.append([])
    ws.append(HEADER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for c in ws[4]:
        c.font = Font(bold=True)
    date_col = HEADER.index("등록일")
    for r in rows:
        cells = list(r["cells"])
        if cells[date_col] is None:
            cells[date_col] = r["date"]
        ws.append(cells)
        if r["cells"][date_col] is None:
            ws.cell(row=ws.max_row, column=date_col + 1).number_format = "yyyy-mm-dd"
    ws.freeze_panes = "C5"
    wb.save(os.path.join(outdir, "seongbuk_list.xlsx"))
    with open(os.path.join(outdir, "seongbuk_list_cp949.csv"), "w", encoding="cp949", newline="") as f:
        w = csv.writer(f)
        w.writerow([TITLE])
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r["date"].isoformat() if v is None else v for v in r["cells"]])
    bad = [e for e in exp if e["problems"]]
    by_kind = {}
    for e in bad:
        for p in e["problems"]:
            by_kind.setdefault(p, []).append({"xlsx_row": e["xlsx_row"], "csv_row": e["csv_row"]})
    summary = dict(
        generator="tests/tools/make_foreign_list.py", rows=n, seed=seed, crs="EPSG:5179",
        xlsx=dict(file="seongbuk_list.xlsx", sheet="발굴대상자", title_rows=[1, 2], blank_rows=[3],
                  header_row=4, first_data_row=5),
        csv=dict(file="seongbuk_list_cp949.csv", encoding="cp949", title_rows=[1], header_row=2, first_data_row=3),
        header=HEADER, indicator_styles={c: s for c, s in INDICATORS},
        valid_rows=n - len(bad), bad_rows=len(bad),
        bad_counts={k: len(v) for k, v in by_kind.items()}, bad_by_kind=by_kind,
        two_problem_rows=[{"xlsx_row": e["xlsx_row"], "csv_row": e["csv_row"], "problems": e["problems"]}
                          for e in bad if len(e["problems"]) > 1],
        notes=["duplicate_case marks the later row; duplicate_of_* names the earlier (valid) row it repeats",
               "found_date is null for an impossible date; future_date rows keep their (2027) ISO date",
               "x_5179/y_5179/lon/lat are the intended true position, also for degrees/swapped rows",
               "unknown_risk: 위기도 is a label outside 상/중/하 and 고위험/중위험/저위험"],
        rows_detail=exp)
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
    return summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--rows", type=int, default=600)
    ap.add_argument("--seed", type=int, default=2611)
    a = ap.parse_args()
    if a.rows < 60:
        ap.error("--rows must be at least 60 (the planted faults need room)")
    rows, exp = make_rows(a.rows, a.seed)
    s = write(a.outdir, rows, exp, a.rows, a.seed)
    print(f"{a.rows} rows: {s['valid_rows']} valid, {s['bad_rows']} bad {s['bad_counts']} -> {a.outdir}")


if __name__ == "__main__":
    main()
