"""`make bench` (part 4): the shared database under load. The demo district moved up to a
throw-away PostgreSQL server (tests/tools/shared_server.py); 8 writers, each its own login
connection as a district admin, record 500 visits each on 40 overlapping households of one 동,
one transaction per visit, through the server's triggers (derived fields, audit, version). The
baseline, in the same run: the same 4,000 visits written by one writer. Prints seconds, visits per
second and the checks: every visit there exactly once, the households' derived fields equal to
their visits, one audit row per write. Figures, not assertions."""
import datetime as dt
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import shared_server  # noqa: E402

WRITERS, EACH, PORT = 8, 500, 55434


def run(dsn, households, tag, writers):
    import psycopg2

    errors = []

    def writer(n, count):
        try:
            conn = psycopg2.connect(dsn)
            cur = conn.cursor()
            for i in range(count):
                day = dt.date(2026, 1, 1) + dt.timedelta(days=(n * count + i) % 300)
                cur.execute("INSERT INTO welfare.visits (household_id, visited_on, visitor_id, outcome, risk_level, notes) "
                            "VALUES (%s, %s, NULL, 'met', %s, %s)",
                            (households[(n + i) % len(households)], day, ("high", "medium", "low")[i % 3],
                             f"{tag}{n}-{i}"))
                conn.commit()
            conn.close()
        except Exception as exc:  # noqa: BLE001 - counted below
            errors.append(exc)

    count = WRITERS * EACH // writers
    threads = [threading.Thread(target=writer, args=(n, count)) for n in range(writers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, errors


def checks(conn, tag):
    cur = conn.cursor()
    cur.execute("SELECT count(*), count(DISTINCT notes) FROM welfare.visits WHERE notes LIKE %s", (f"{tag}%",))
    total, distinct = cur.fetchone()
    cur.execute("SELECT count(*) FROM welfare.audit_log a JOIN welfare.visits v ON v.id = a.record_id "
                "WHERE a.action = 'insert' AND a.table_name = 'visits' AND v.notes LIKE %s AND a.\"user\" = 'gu_admin'",
                (f"{tag}%",))
    audited = cur.fetchone()[0]
    cur.execute("""SELECT count(*) FROM welfare.households h JOIN LATERAL (
        SELECT v.risk_level, v.visited_on FROM welfare.visits v WHERE v.household_id = h.id AND v.outcome = 'met'
          AND v.risk_level IS NOT NULL ORDER BY v.visited_on DESC, v.fid DESC LIMIT 1) m ON true
        WHERE h.risk_level IS DISTINCT FROM m.risk_level OR h.last_visit_on IS DISTINCT FROM
          (SELECT max(visited_on) FROM welfare.visits x WHERE x.household_id = h.id)
          OR h.next_visit_due IS DISTINCT FROM m.visited_on + (SELECT value::integer FROM welfare.settings
                                                               WHERE key = 'cycle_days_' || m.risk_level)""")
    wrong = cur.fetchone()[0]
    return total, distinct, audited, wrong


def main():
    import psycopg2

    from welfare_visit_map.plugin.core import pg

    folder = Path(tempfile.mkdtemp(prefix="wvm-bench-pg-"))
    shared_server.start(folder, PORT)
    try:
        admin = psycopg2.connect(host="127.0.0.1", port=PORT, user="postgres", dbname="seodaemun")
        pg.add_person(admin, "gu_admin", "admin")
        admin.commit()
        cur = admin.cursor()
        cur.execute("SELECT id FROM welfare.households WHERE dong_code = '1141055500' AND status = 'active' "
                    "ORDER BY fid LIMIT 40")
        households = [r[0] for r in cur.fetchall()]
        dsn = f"postgresql://gu_admin@127.0.0.1:{PORT}/seodaemun"
        print(f"\n{'writers':>8} {'visits':>7} {'seconds':>8} {'visits/s':>9}  exactly once / audited / derived wrong / errors")
        for tag, writers in (("one-", 1), ("eight-", WRITERS)):
            seconds, errors = run(dsn, households, tag, writers)
            total, distinct, audited, wrong = checks(admin, tag)
            print(f"{writers:>8} {total:>7,} {seconds:>8.2f} {total / seconds:>9,.0f}  "
                  f"{'yes' if total == distinct == WRITERS * EACH else 'NO'} / {audited:,} / {wrong} / {len(errors)}")
        admin.close()
        print("\n8 writers on 40 overlapping households against one writer, same run; one transaction per visit")
    finally:
        shared_server.stop(folder)


if __name__ == "__main__":
    sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))
    main()
