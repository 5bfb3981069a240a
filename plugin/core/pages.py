"""What each printed page says about its district: title and households per risk.
Computed once per print with SQL (pure Python), then read by the layout per page."""
from . import categories as cat
from .districts import tong_code

RISK_KEYS = ("high", "medium", "low", "unvisited")


def district_pages(conn, lang="ko"):
    """{district code: {'title', 'high', 'medium', 'low', 'unvisited', 'overdue', 'total'}} for
    every 동 and 통 of a database; counts are of active households."""
    rows = conn.execute("SELECT code, name, level, parent_code FROM districts").fetchall()
    by_code = {code: (name, level, parent) for code, name, level, parent in rows}
    pages = {}
    for code, (name, _, parent) in by_code.items():
        chain = [name]
        while parent in by_code:
            parent_name, _, parent = by_code[parent]
            chain.insert(0, parent_name)
        pages[code] = {"title": " · ".join(chain), "total": 0, "overdue": 0, **{k: 0 for k in RISK_KEYS}}
    counts = conn.execute(
        "SELECT dong_code, tong, coalesce(risk_level, 'unvisited'), count(*), "
        "sum(CASE WHEN next_visit_due < date('now') THEN 1 ELSE 0 END) "
        "FROM households WHERE status = 'active' GROUP BY 1, 2, 3").fetchall()
    for dong, tong, risk, n, overdue in counts:
        for code in (dong, tong_code(dong, tong) if tong else None):
            if code in pages:
                pages[code][risk] += n
                pages[code]["overdue"] += overdue
                pages[code]["total"] += n
    labels = {c.code: (c.ko if lang == "ko" else c.en) for c in cat.RISK_LEVELS}
    labels["unvisited"] = cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en
    for page in pages.values():
        page["short_counts"] = " ".join(f"{labels[k][0]}{page[k]}" for k in RISK_KEYS)
    return pages, labels
