"""`make bench` (part 2): filters at Seoul scale.

Generates (once, cached in build/bench/seoul.gpkg) a welfare database of 400,000 households,
1,500,000 visits, 5,000 facilities and 425 동 of 20 통 each, then, in the same run, for each
typical filter: applying it as the dock does (the households layer's filter in QGIS + counts per
risk with plugin/core/filters.py) against the same predicate as one raw SQL count on the same
GeoPackage (the baseline); and renders the filtered, styled household layer to a 1920×1080
image. Prints milliseconds and ratios; targets: filter-and-count ≤ 1.5 × raw SQL and < 200 ms,
map refresh < 1 s. Figures, not assertions."""
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsSqliteUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402

HOUSEHOLDS, VISITS, FACILITIES = 400_000, 1_500_000, 5_000
GU, DONG_PER_GU, TONG_PER_DONG = 25, 17, 20
DONG_SIZE = 1500.0  # metres, square 동 on a grid
TODAY = dt.date(2026, 11, 25)
REPEAT = 5


def generate(path):
    """The Seoul-scale database (deterministic, seed 400000). Bulk load with the per-row triggers
    off, derived fields computed here the way the triggers would, triggers back on after."""
    from shapely.geometry import Point, box

    from welfare_visit_map.plugin.core import categories as cat
    from welfare_visit_map.plugin.core import database, gpkg, schema
    from welfare_visit_map.plugin.core.districts import District

    rng = random.Random(400_000)
    districts, dongs = [], []
    x0, y0 = 180_000.0, 540_000.0
    per_row = 20
    for g in range(GU):
        gu_code = f"11{g + 1:03d}00000"
        for d in range(DONG_PER_GU):
            n = g * DONG_PER_GU + d
            minx, miny = x0 + (n % per_row) * DONG_SIZE, y0 + (n // per_row) * DONG_SIZE
            code = f"11{g + 1:03d}{d + 1:03d}00"
            districts.append(District(code, f"{g + 1}구{d + 1}동", "dong", gu_code,
                                      box(minx, miny, minx + DONG_SIZE, miny + DONG_SIZE)))
            step = DONG_SIZE / TONG_PER_DONG
            for t in range(TONG_PER_DONG):
                districts.append(District(f"{code}-{t + 1:02d}", f"{t + 1}통", "tong", code,
                                          box(minx + t * step, miny, minx + (t + 1) * step, miny + DONG_SIZE)))
            dongs.append((code, minx, miny))
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    database.create(tmp, districts=districts)
    conn = gpkg.connect(tmp)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    bulk = [n for n in schema.TRIGGERS if n.startswith(("trg_visits_", "trg_audit_", "trg_households_version",
                                                         "trg_needs_household", "trg_linkages_household"))]
    for name in bulk:
        conn.execute(f'DROP TRIGGER "{name}"')
    types = cat.codes(cat.HOUSEHOLD_TYPES)
    benefits = cat.codes(cat.BENEFIT_STATUS)
    sources = cat.codes(cat.DISCOVERY_SOURCES)
    cycle = schema.cycle_days(conn)
    rows, visit_rows, need_rows = [], [], []
    visits_left = VISITS
    for i in range(HOUSEHOLDS):
        code, minx, miny = dongs[i % len(dongs)]
        x, y = minx + rng.random() * DONG_SIZE, miny + rng.random() * DONG_SIZE
        tong = int((x - minx) // (DONG_SIZE / TONG_PER_DONG)) + 1
        hid = f"h{i:07d}"
        n_visits = min(visits_left, 0 if rng.random() < 0.15 else rng.choice((2, 3, 4, 5, 6)))
        visits_left -= n_visits
        days = sorted(TODAY - dt.timedelta(days=rng.randrange(1, 700)) for _ in range(n_visits))
        risk = None
        for day in days:
            risk = rng.choices(("high", "medium", "low"), (1, 10, 89))[0]
            visit_rows.append((hid, day.isoformat(), "met", risk))
        last = days[-1].isoformat() if days else None
        due = (days[-1] + dt.timedelta(days=cycle[risk])).isoformat() if days else None
        chosen = rng.sample(types, rng.choice((0, 1, 1, 2)))
        rows.append((gpkg.encode(Point(x, y), 5186), hid, f"C{i:07d}", f"가구{i}", f"서울 {code} {i}", code, tong,
                     "{" + ",".join(chosen) + "}" if chosen else None, rng.choice(benefits), rng.choice(sources),
                     risk, "active" if rng.random() > 0.03 else "moved", last, due))
        if risk and rng.random() < 0.6:
            for domain, item_ko, _ in rng.sample(cat.COMMON_NEED_ITEMS, rng.choice((1, 1, 2))):
                need_rows.append((hid, domain, item_ko, rng.choice(("open", "open", "linked", "resolved"))))
    while visits_left > 0:  # top up to exactly VISITS on the last households
        hid = rows[-1 - visits_left % 1000][1]
        visit_rows.append((hid, (TODAY - dt.timedelta(days=800)).isoformat(), "absent", None))
        visits_left -= 1
    with conn:
        conn.executemany("INSERT INTO households (geom, id, case_no, head_name, address, dong_code, tong, household_types, "
                         "benefit_status, discovery_source, risk_level, status, last_visit_on, next_visit_due) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO visits (household_id, visited_on, outcome, risk_level) VALUES (?,?,?,?)",
                         visit_rows)
        conn.executemany("INSERT INTO needs (household_id, domain, item, status) VALUES (?,?,?,?)", need_rows)
        kinds = cat.codes(cat.FACILITY_KINDS)
        domains = cat.codes(cat.NEED_DOMAINS)
        conn.executemany("INSERT INTO facilities (geom, name, kind, services) VALUES (?,?,?,?)", [
            (gpkg.encode(Point(x0 + rng.random() * per_row * DONG_SIZE,
                               y0 + rng.random() * (len(dongs) // per_row + 1) * DONG_SIZE), 5186),
             f"시설{i}", rng.choice(kinds), ",".join(rng.sample(domains, 2))) for i in range(FACILITIES)])
        for name in bulk:
            conn.execute(f'CREATE TRIGGER "{name}" {schema.TRIGGERS[name]}')
        gpkg.update_extent(conn, "households")
        gpkg.update_extent(conn, "facilities")
    conn.execute("ANALYZE")
    conn.close()
    os.replace(tmp, path)
    return len(rows), len(visit_rows)


def typical_filters():
    from welfare_visit_map.plugin.core.filters import HouseholdFilter

    return [
        ("고위험 (high risk)", HouseholdFilter(risk=["high"])),
        ("고위험 독거노인, 난방 욕구", HouseholdFilter(risk=["high"], household_types=["elderly_alone"],
                                                 need_items=["냉난방기"])),
        ("한 동, 방문기한 경과 (one dong, overdue)", HouseholdFilter(dong_code="1101301000", overdue_only=True)),
        ("고·중위험, 90일 미방문 (not visited 90 days)", HouseholdFilter(risk=["high", "medium"], not_visited_days=90)),
        ("경제 욕구, 동의 3개 통 (economy need, 3 통)", HouseholdFilter(need_domains=["economy"], dong_code="1100501000",
                                                               tongs=[1, 2, 3])),
        ("미방문 수급자 (unvisited, basic livelihood)", HouseholdFilter(risk=["unvisited"],
                                                                 benefit_status=["basic_general", "basic_conditional"])),
    ]


def best(fn):
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times), result


def main(path):
    from welfare_visit_map.plugin import styling
    from welfare_visit_map.plugin.core import filters

    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        households, visits = generate(path)
        print(f"generated {path}: {households:,} households, {visits:,} visits, {FACILITIES:,} facilities "
              f"in {time.perf_counter() - start:.0f} s")
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ours = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("sizes:", {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("households", "visits", "needs", "facilities")})
    layer = QgsVectorLayer(f"{path}|layername=households", "households", "ogr")
    styling.apply_style(layer, "households", "ko")
    print(f"\n{'filter':48} {'matches':>8} {'raw SQL ms':>11} {'ours ms':>9} {'ratio':>6} {'map ms':>8}")
    for name, flt in typical_filters():
        where = flt.where(quote=QgsSqliteUtils.quotedString, today=TODAY)
        raw_best, _, expected = best(lambda where=where: raw.execute(
            f"SELECT count(*) FROM households WHERE {where}").fetchone()[0])

        def apply(where=where):
            layer.setSubsetString(where)
            return filters.counts(ours, where)

        our_best, _, counted = best(apply)
        assert counted["total"] == expected, (name, counted, expected)
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setOutputSize(QSize(1920, 1080))
        settings.setExtent(layer.extent() if not flt.dong_code else _dong_extent(raw, flt.dong_code))

        def render(settings=settings):
            job = QgsMapRendererParallelJob(settings)
            job.start()
            job.waitForFinished()
            return job.renderedImage()

        map_best, _, image = best(render)
        print(f"{name:48} {expected:>8,} {raw_best:>11.1f} {our_best:>9.1f} {our_best / raw_best:>6.2f} {map_best:>8.0f}")
    layer.setSubsetString("")
    print("\ntargets: ours ≤ 1.5 × raw SQL and < 200 ms; map < 1000 ms (best of "
          f"{REPEAT}; map: the whole city, or the 동 when the filter names one)")


def _dong_extent(conn, code):
    from qgis.core import QgsRectangle

    from welfare_visit_map.plugin.core import gpkg

    geom = gpkg.decode(conn.execute("SELECT geom FROM districts WHERE code = ?", (code,)).fetchone()[0])
    return QgsRectangle(*geom.bounds)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "bench" / "seoul.gpkg")
    app.exitQgis()
