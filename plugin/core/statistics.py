"""The statistics workbook: the figures Seodaemun reported, then by 동, 통, month, need domain
and linkage kind. Pure Python (sqlite3; openpyxl to write)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import categories as cat
from .rows import Connection

SUMMARY = (
    ("households", "대상 가구", "Households"),
    ("visited_households", "방문 가구", "Households visited"),
    ("visits", "방문 건수", "Visits"),
    ("risk_high", "고위험 가구", "High-risk households"),
    ("risk_medium", "중위험 가구", "Medium-risk households"),
    ("risk_low", "저위험 가구", "Low-risk households"),
    ("needs", "욕구 건수", "Needs recorded"),
    ("linkages", "서비스 연계 건수", "Service linkages"),
    ("found", "기간 중 발굴 가구", "Households found in the period"),
    ("with_indicators", "위기정보 있는 가구", "Households with crisis indicators"),
    # each visitor taking part in a visit, its lead and its further visitors (the seed: 19,024)
    ("participations", "방문자 참여 연인원", "Visitor participations"),
)


def compute(conn: Connection, date_from: dt.date | str, date_to: dt.date | str, lang: str = "ko") -> dict[str, Any]:
    """All the tables of the report for visits, needs and linkages dated within the period. The SQL
    is what SQLite and PostgreSQL both speak (the shared database answers as the login: a 동's
    staff get their 동's figures)."""
    period = (str(date_from), str(date_to))
    q = lambda sql, args=period: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    visited = "SELECT DISTINCT household_id FROM visits WHERE visited_on BETWEEN ? AND ?"
    summary = {
        "households": q("SELECT count(*) FROM households", ()),
        "visited_households": q(f"SELECT count(*) FROM ({visited}) AS v"),
        "visits": q("SELECT count(*) FROM visits WHERE visited_on BETWEEN ? AND ?"),
        "needs": q("SELECT count(*) FROM needs n JOIN visits v ON v.id = n.visit_id WHERE v.visited_on BETWEEN ? AND ?"),
        "linkages": q("SELECT count(*) FROM linkages WHERE linked_on BETWEEN ? AND ?"),
    }
    for level in ("high", "medium", "low"):
        summary[f"risk_{level}"] = q(f"SELECT count(*) FROM households WHERE risk_level = '{level}' AND id IN ({visited})")
    lab = lambda categories, code: cat.label(categories, code, lang)  # noqa: E731
    # each visitor taking part in a visit: its lead and its further visitors (visit_visitors); a
    # visit by an official with a 복지통장 counts once for each role (a visit without a visitor: '-')
    participants = ("SELECT v.visitor_id AS visitor_id FROM visits v WHERE v.visited_on BETWEEN ? AND ? "
                    "UNION ALL SELECT c.visitor_id FROM visit_visitors c "
                    "JOIN visits v ON v.id = c.visit_id WHERE v.visited_on BETWEEN ? AND ?")
    summary["participations"] = q(f"SELECT count(visitor_id) FROM ({participants}) AS x", period * 2)
    roles = [(lab(cat.VISITOR_ROLES, r) if r else "-", n) for r, n in conn.execute(
        f"SELECT p.role, count(*) FROM ({participants}) AS x LEFT JOIN visitors p ON p.id = x.visitor_id "
        "GROUP BY p.role ORDER BY count(*) DESC, p.role", period * 2)]

    def counted(condition):
        return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"

    by_area = {}
    tong_key = "h.dong_code || '-' || CASE WHEN h.tong < 10 THEN '0' ELSE '' END || CAST(h.tong AS TEXT)"
    for level, key in (("dong", "h.dong_code"), ("tong", tong_key)):
        parent = "p.name" if level == "tong" else "NULL"
        figures = ", ".join([counted(f"h.id IN ({visited})")] + [counted(f"h.risk_level = '{r}'") for r in
                                                                  ("high", "medium", "low")] + [counted("h.risk_level IS NULL")])
        by_area[level] = [tuple(row) for row in conn.execute(
            f"SELECT d.name, {parent}, count(h.fid), {figures} "
            f"FROM households h JOIN districts d ON d.code = {key} "
            f"{'JOIN districts p ON p.code = d.parent_code' if level == 'tong' else ''} "
            f"GROUP BY d.code, d.name{', p.name' if level == 'tong' else ''} ORDER BY d.code", period).fetchall()]
    months = [tuple(row) for row in conn.execute(
        "SELECT substr(CAST(visited_on AS TEXT), 1, 7), count(*), count(DISTINCT household_id) FROM visits "
        "WHERE visited_on BETWEEN ? AND ? GROUP BY 1 ORDER BY 1", period).fetchall()]
    domains = [(lab(cat.NEED_DOMAINS, d), n) for d, n in conn.execute(
        "SELECT n.domain, count(*) FROM needs n JOIN visits v ON v.id = n.visit_id WHERE v.visited_on BETWEEN ? AND ? "
        "GROUP BY 1 ORDER BY 2 DESC", period)]
    kinds = [(lab(cat.LINKAGE_KINDS, k), n) for k, n in conn.execute(
        "SELECT kind, count(*) FROM linkages WHERE linked_on BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC", period)]
    summary["found"] = q("SELECT count(*) FROM households WHERE found_on BETWEEN ? AND ?")
    indicators: dict[str, int] = {}
    summary["with_indicators"] = 0
    for (text,) in conn.execute("SELECT crisis_indicators FROM households WHERE crisis_indicators IS NOT NULL"):
        codes = {c.strip().strip('"') for c in str(text).strip("{}").replace(";", ",").split(",") if c.strip()}
        summary["with_indicators"] += bool(codes)
        for code in codes:
            indicators[code] = indicators.get(code, 0) + 1
    indicator_rows = [(lab(cat.CRISIS_INDICATORS, c.code), indicators[c.code]) for c in cat.CRISIS_INDICATORS
                      if indicators.get(c.code)]
    sources = [(lab(cat.DISCOVERY_SOURCES, d) if d else "-", n, m) for d, n, m in conn.execute(
        "SELECT discovery_source, count(*), sum(CASE WHEN found_on BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM households "
        "GROUP BY 1 ORDER BY 2 DESC", period)]
    return {"summary": summary, "roles": roles, "dong": by_area["dong"], "tong": by_area["tong"], "months": months,
            "domains": domains, "kinds": kinds, "indicators": indicator_rows, "sources": sources}


def write(path: str | Path, stats: dict[str, Any], date_from: dt.date | str, date_to: dt.date | str,
          lang: str = "ko") -> str | Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill

    from .exports import append_row

    ko = lang == "ko"
    book = Workbook()
    header_fill = PatternFill("solid", fgColor="DDEBF7")

    def sheet(title, headers, rows, chart_title=None, width=14):
        ws = book.create_sheet(title)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        for row in rows:
            append_row(ws, list(row))
        ws.freeze_panes = "A2"
        for column in ws.columns:
            ws.column_dimensions[column[0].column_letter].width = width
        if chart_title and rows:
            chart = BarChart()
            chart.title = chart_title
            chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
            chart.width, chart.height = 18, 9
            ws.add_chart(chart, f"{chr(ord('A') + len(headers) + 1)}2")
        return ws

    summary = book.active
    summary.title = "요약" if ko else "Summary"
    summary.append(["복지방문지도 통계" if ko else "Welfare visit map statistics"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["기간" if ko else "Period", f"{date_from} ~ {date_to}"])
    summary.append([])
    for key, k, e in SUMMARY:
        summary.append([k if ko else e, stats["summary"][key]])
    summary.append([])
    summary.append(["방문자 역할별 방문 (참여자마다 1회)" if ko else "Visits by visitor role (once per participant)"])
    summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    for role, n in stats["roles"]:
        append_row(summary, [role, n])
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 28, 24
    risk_heads = (["고위험", "중위험", "저위험", "미방문"] if ko else ["High", "Medium", "Low", "Not yet visited"])
    sheet("동별" if ko else "By dong", ["행정동" if ko else "Dong", "가구" if ko else "Households",
                                      "방문 가구" if ko else "Visited", *risk_heads],
          [(name, n, v, h, m, lo, u) for name, _, n, v, h, m, lo, u in stats["dong"]], "동별 가구" if ko else "Households")
    sheet("통별" if ko else "By tong", ["통" if ko else "Tong", "행정동" if ko else "Dong", "가구" if ko else "Households",
                                      "방문 가구" if ko else "Visited", *risk_heads],
          [(name, parent, n, v, h, m, lo, u) for name, parent, n, v, h, m, lo, u in stats["tong"]])
    sheet("월별" if ko else "By month", ["월" if ko else "Month", "방문 건수" if ko else "Visits",
                                       "방문 가구" if ko else "Households visited"], stats["months"],
          "월별 방문" if ko else "Visits by month")
    sheet("욕구 영역" if ko else "Need domains", ["욕구 영역" if ko else "Domain", "건수" if ko else "Needs"],
          stats["domains"], "욕구 영역별" if ko else "Needs by domain", 18)
    sheet("연계 유형" if ko else "Linkage kinds", ["연계 유형" if ko else "Kind", "건수" if ko else "Linkages"],
          stats["kinds"], "연계 유형별" if ko else "Linkages by kind", 22)
    sheet("위기정보" if ko else "Crisis indicators", ["위기정보" if ko else "Indicator", "가구" if ko else "Households"],
          stats["indicators"], "위기정보별 가구" if ko else "Households by crisis indicator", 22)
    sheet("발굴경로" if ko else "Discovery sources", ["발굴경로" if ko else "Source", "가구" if ko else "Households",
                                                "기간 중 발굴" if ko else "Found in the period"],
          stats["sources"], "발굴경로별 가구" if ko else "Households by discovery source", 20)
    book.save(path)
    return path
