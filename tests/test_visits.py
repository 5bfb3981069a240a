"""The visit loop's rules (plugin/core/visits.py) on a small database with known answers:
recording a visit and its needs, refusing bad input without writing, linkages, reports turned
into households, search, today's work, timeline and the stale-edit check. No QGIS needed."""
import datetime as dt
from dataclasses import replace

import pytest
from conftest import make_small_database
from shapely.geometry import Point

from welfare_visit_map.plugin.core import gpkg, visits
from welfare_visit_map.plugin.core.rows import Need, NeedInput, StaleHousehold, VisitInput

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def conn(tmp_path):
    c = gpkg.connect(make_small_database(tmp_path / "w.gpkg"))
    yield c
    c.close()


def count(conn, table, where="1", *args):
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", args).fetchone()[0]


def snapshot(conn):
    return {t: count(conn, t) for t in ("visits", "needs", "linkages", "households", "reports", "audit_log", "visitors")}


VISIT = VisitInput(visited_on=dt.date(2026, 11, 20), visitor_id="v-1", method="in_person", outcome="met",
                   risk_level="high", notes="겨울철 난방비 걱정")


def test_recording_a_visit_writes_it_its_needs_and_an_audit_row_and_derives_the_household(conn):
    before = snapshot(conn)
    vid = visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="living_env", item="냉난방기"),
                                                    NeedInput(domain="economy", item="식품")], user="kim", today=TODAY)
    after = snapshot(conn)
    assert after["visits"] - before["visits"] == 1
    assert after["needs"] - before["needs"] == 2
    assert count(conn, "needs", "visit_id = ? AND household_id = 'hh-1' AND status = 'open'", vid) == 2
    assert count(conn, "audit_log", "action = 'insert' AND table_name = 'visits' AND record_id = ? AND user = 'kim'", vid) == 1
    assert count(conn, "audit_log", "action = 'insert' AND table_name = 'needs' AND user = 'kim'") == 2
    risk, last, due = conn.execute("SELECT risk_level, last_visit_on, next_visit_due FROM households "
                                   "WHERE id = 'hh-1'").fetchone()
    assert (risk, last, due) == ("high", "2026-11-20", "2026-12-20")  # high: 30 days


@pytest.mark.parametrize("change, field, code", [
    ({"visited_on": dt.date(2026, 11, 26)}, "visited_on", "future_date"),
    ({"visited_on": dt.date(2025, 12, 31)}, "visited_on", "before_household"),
    ({"visited_on": None}, "visited_on", "required"),
    ({"outcome": None}, "outcome", "required"),
    ({"risk_level": None}, "risk_level", "risk_required"),
    ({"outcome": "absent"}, "risk_level", "risk_not_met"),
    ({"visitor_id": None}, "visitor_id", "required"),
    ({"visitor_id": "nobody"}, "visitor_id", "not_found"),
    ({"notes": "주민번호 800101-1234567 확인"}, "notes", "rrn"),
])
def test_bad_visits_are_refused_at_the_field_and_nothing_is_written(conn, change, field, code):
    before = snapshot(conn)
    with pytest.raises(visits.InvalidInputError) as refused:
        visits.record_visit(conn, "hh-1", replace(VISIT, **change), [NeedInput(domain="economy")], user="kim", today=TODAY)
    assert refused.value.problems[field][0] == code
    assert snapshot(conn) == before
    assert conn.execute("SELECT risk_level FROM households WHERE id = 'hh-1'").fetchone()[0] is None


def test_a_need_without_a_domain_is_refused_with_its_row(conn):
    before = snapshot(conn)
    with pytest.raises(visits.InvalidInputError) as refused:
        visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy"), NeedInput(domain=None, item="무언가")],
                            today=TODAY)
    assert refused.value.problems == {"needs": ("need_domain", {"row": 2})}
    assert snapshot(conn) == before


def test_a_failing_insert_rolls_the_whole_visit_back(conn):
    before = snapshot(conn)
    conn.execute("CREATE TRIGGER boom BEFORE INSERT ON needs WHEN NEW.item = 'boom' BEGIN SELECT RAISE(ABORT, 'x'); END")
    with pytest.raises(Exception, match="x"):
        visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy"), NeedInput(domain="health", item="boom")],
                            today=TODAY)
    assert snapshot(conn) == before


def test_moved_outcome_closes_the_household_and_its_needs(conn):
    visits.record_visit(conn, "hh-2", replace(VISIT, risk_level="low"), [NeedInput(domain="economy")], today=TODAY)
    visits.record_visit(conn, "hh-2", replace(VISIT, visited_on=dt.date(2026, 11, 24), outcome="moved", risk_level=None),
                        today=TODAY)
    assert conn.execute("SELECT status FROM households WHERE id = 'hh-2'").fetchone()[0] == "moved"
    assert count(conn, "needs", "household_id = 'hh-2' AND status = 'open'") == 0
    assert count(conn, "needs", "household_id = 'hh-2' AND status = 'dropped'") == 1


def test_visitors_are_those_of_the_household_dong_then_district_wide(conn):
    assert [v.id for v in visits.visitors(conn, "1141055500")] == ["v-1", "v-3"]
    new = visits.add_visitor(conn, "강새내기", "care_corps", "1141055500", user="kim")
    assert [v.id for v in visits.visitors(conn, "1141055500")] == [new, "v-1", "v-3"]
    names = [v.name for v in visits.visitors(conn, "1141055500")]
    assert names == ["강새내기", "최복지", "한구청"]
    with pytest.raises(visits.InvalidInputError) as refused:
        visits.add_visitor(conn, " ", None)
    assert set(refused.value.problems) == {"name", "role"}


def test_providers_offer_the_need_domain_nearest_first(conn):
    visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy", item="식품")], today=TODAY)
    need = visits.open_needs(conn, "hh-1")[0].id
    found = visits.providers(conn, need)
    assert [(f.facility_id, f.distance_m) for f in found] == [("f-near", 50.0), ("f-far", 800.0), ("f-nowhere", None)]


def test_a_linkage_links_the_need_and_closing_it_closes_the_loop(conn):
    visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy"), NeedInput(domain="health")], today=TODAY)
    economy, health = (n.id for n in visits.open_needs(conn, "hh-1"))
    first = visits.link_service(conn, economy, "in_kind", facility_id="f-near", user="kim", today=TODAY)
    assert conn.execute("SELECT status FROM needs WHERE id = ?", (economy,)).fetchone()[0] == "linked"
    assert conn.execute("SELECT status, linked_on, created_by FROM linkages WHERE id = ?",
                        (first,)).fetchone() == ("requested", TODAY.isoformat(), "kim")
    visits.close_linkage(conn, first, "provided", user="kim")
    assert conn.execute("SELECT status FROM needs WHERE id = ?", (economy,)).fetchone()[0] == "resolved"
    other = visits.link_service(conn, health, "referral", provider_name="동네 의원", today=TODAY)
    visits.close_linkage(conn, other, "declined")
    assert conn.execute("SELECT status FROM needs WHERE id = ?", (health,)).fetchone()[0] == "dropped"
    assert visits.open_needs(conn, "hh-1") == []


def test_a_need_with_two_linkages_stays_linked_when_one_is_declined(conn):
    visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy")], today=TODAY)
    need = visits.open_needs(conn, "hh-1")[0].id
    a = visits.link_service(conn, need, "in_kind", facility_id="f-near", today=TODAY)
    visits.link_service(conn, need, "cash", provider_name="교회", today=TODAY)
    visits.close_linkage(conn, a, "declined")
    assert conn.execute("SELECT status FROM needs WHERE id = ?", (need,)).fetchone()[0] == "linked"


def test_bad_linkages_are_refused(conn):
    visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy")], today=TODAY)
    need = visits.open_needs(conn, "hh-1")[0].id
    before = snapshot(conn)
    for kwargs, field in (({"kind": None, "provider_name": "x"}, "kind"), ({"kind": "cash"}, "provider"),
                          ({"kind": "cash", "facility_id": "nope"}, "provider"),
                          ({"kind": "cash", "provider_name": "x", "linked_on": "2026-12-01"}, "linked_on")):
        with pytest.raises(visits.InvalidInputError) as refused:
            visits.link_service(conn, need, today=TODAY, **kwargs)
        assert field in refused.value.problems
    assert snapshot(conn) == before


def test_timeline_lists_visits_needs_linkages_and_reports_newest_first(conn):
    visits.record_visit(conn, "hh-1", replace(VISIT, visited_on=dt.date(2026, 10, 1), risk_level="medium"), today=TODAY)
    visits.record_visit(conn, "hh-1", VISIT, [NeedInput(domain="economy", item="식품")], today=TODAY)
    need = visits.open_needs(conn, "hh-1")[0].id
    visits.link_service(conn, need, "in_kind", facility_id="f-near", linked_on="2026-11-22", today=TODAY)
    events = visits.timeline(conn, "hh-1")
    assert [(e.day, e.kind) for e in events] == [(dt.date(2026, 11, 22), "linkage"), (dt.date(2026, 11, 20), "need"),
                                                  (dt.date(2026, 11, 20), "visit"), (dt.date(2026, 10, 1), "visit")]
    assert events[0].record.provider == "가까운 푸드뱅크"
    assert events[1].record == Need(need, "economy", "식품", "linked", dt.date(2026, 11, 20))
    assert events[2].record.visitor == "최복지" and events[2].record.risk_level == "high"
    with conn:
        conn.execute("INSERT INTO reports (id, received_on, channel, description, household_id, status) VALUES "
                     "('r-1', '2026-11-20', 'kakaotalk', '우편물 적체', 'hh-1', 'visited')")
        conn.execute("INSERT INTO registry_changes (case_no, change, effective_on, new_address, household_id) "
                     "VALUES ('2026-0001', 'address_change', '2026-11-24', '연희로 5', 'hh-1')")
    events = visits.timeline(conn, "hh-1")
    assert [(e.day, e.kind) for e in events][:5] == [
        (dt.date(2026, 11, 24), "registry"), (dt.date(2026, 11, 22), "linkage"), (dt.date(2026, 11, 20), "need"),
        (dt.date(2026, 11, 20), "visit"), (dt.date(2026, 11, 20), "report")]
    assert (events[0].record.change, events[0].record.new_address) == ("address_change", "연희로 5")
    assert (events[4].record_id, events[4].record.description, events[4].record.status) == ("r-1", "우편물 적체", "visited")


def test_search_finds_by_case_name_address_and_tong_and_hostile_text_is_just_text(conn):
    def ids(text, dong=None):
        return [h.id for h in visits.find_households(conn, text, dong)]

    assert ids("2026-0002") == ["hh-2"]
    assert ids("영희") == ["hh-2"]
    assert ids("연희로 3") == ["hh-3"]
    assert ids("2통") == ["hh-2"]
    assert ids("연희로", "1141056500") == ["hh-3"]
    assert ids("%") == [] and ids("_") == []
    hostile = "'); DROP TABLE households; --"
    with conn:
        conn.execute("UPDATE households SET head_name = ?, read_version = version WHERE id = 'hh-3'", (hostile,))
    assert ids(hostile) == ["hh-3"]
    assert ids("DROP TABLE") == ["hh-3"]
    assert count(conn, "households") == 3


def test_work_list_has_overdue_unvisited_and_new_reports_of_the_dong(conn):
    visits.record_visit(conn, "hh-1", replace(VISIT, visited_on=dt.date(2026, 10, 1)), today=TODAY)  # due 2026-10-31
    with conn:
        conn.execute("INSERT INTO reports (id, received_on, channel, status, dong_code) VALUES "
                     "('r-1', '2026-11-20', 'kakaotalk', 'new', '1141055500'), "
                     "('r-2', '2026-11-21', 'call_centre', 'new', '1141056500'), "
                     "('r-3', '2026-11-22', 'call_centre', 'closed', '1141055500'), "
                     "('r-4', '2026-11-23', 'partner', 'new', NULL)")
    work = visits.work_list(conn, "1141055500", TODAY)
    assert [h.id for h in work.overdue] == ["hh-1"]
    assert work.overdue[0].next_visit_due == dt.date(2026, 10, 31)
    assert [h.id for h in work.unvisited] == ["hh-2"]
    assert [r.id for r in work.reports] == ["r-1", "r-4"]
    assert work.reports[0].received_on == dt.date(2026, 11, 20)
    everything = visits.work_list(conn, None, TODAY)
    assert [h.id for h in everything.unvisited] == ["hh-2", "hh-3"]
    assert visits.work_list(conn, "1141055500", dt.date(2026, 10, 15)).overdue == []


def test_a_report_at_a_known_address_or_quoting_a_case_number_attaches_instead_of_duplicating(conn):
    with conn:
        conn.execute("INSERT INTO reports (id, received_on, channel, address, description) VALUES "
                     "('r-addr', '2026-11-20', 'call_centre', '서울특별시 서대문구  연희로 2', '이웃 제보'), "
                     "('r-case', '2026-11-20', 'partner', NULL, '사례 2026-0003 가구 우편물 적체'), "
                     "('r-new', '2026-11-21', 'kakaotalk', '서울특별시 서대문구 연희로 99', '인기척 없음')")
    assert visits.household_from_report(conn, "r-addr", user="kim") == ("hh-2", False)
    assert visits.household_from_report(conn, "r-case") == ("hh-3", False)
    assert conn.execute("SELECT household_id, status FROM reports WHERE id = 'r-addr'").fetchone() == ("hh-2", "assigned")
    assert count(conn, "households") == 3
    hid, created = visits.household_from_report(conn, "r-new", point=(600.0, 300.0), user="kim")
    assert created
    row = conn.execute("SELECT address, notes, discovery_source, geocode_quality, dong_code, tong, created_by "
                       "FROM households WHERE id = ?", (hid,)).fetchone()
    assert row == ("서울특별시 서대문구 연희로 99", "인기척 없음", "kakaotalk", "manual", "1141055500", 2, "kim")
    assert conn.execute("SELECT household_id, status FROM reports WHERE id = 'r-new'").fetchone() == (hid, "assigned")
    assert gpkg.decode(conn.execute("SELECT geom FROM reports WHERE id = 'r-new'").fetchone()[0]).equals(Point(600, 300))
    # a second time the report is attached already: nothing new
    assert visits.household_from_report(conn, "r-new") == (hid, False)
    assert count(conn, "households") == 4


def test_a_report_without_a_place_is_placed_at_a_known_address_or_left_unlocated(conn):
    with conn:
        conn.execute("INSERT INTO facilities (geom, name, kind, address) VALUES (?, '복지관', 'welfare_centre', "
                     "'서울특별시 서대문구 연희로 50')", (gpkg.encode(Point(1200, 400), 5186),))
        conn.execute("INSERT INTO reports (id, received_on, channel, address) VALUES "
                     "('r-a', '2026-11-20', 'call_centre', '서울특별시 서대문구 연희로 50'), "
                     "('r-b', '2026-11-20', 'call_centre', '어딘가')")
    a, _ = visits.household_from_report(conn, "r-a")
    b, _ = visits.household_from_report(conn, "r-b")
    assert conn.execute("SELECT geocode_quality, dong_code FROM households WHERE id = ?", (a,)).fetchone() == (
        "address_point", "1141056500")
    assert conn.execute("SELECT geocode_quality, geom FROM households WHERE id = ?", (b,)).fetchone() == ("unlocated", None)


def test_a_visit_marks_the_households_reports_visited(conn):
    with conn:
        conn.execute("INSERT INTO reports (id, received_on, channel, household_id, status) VALUES "
                     "('r-1', '2026-11-01', 'kakaotalk', 'hh-1', 'assigned')")
    visits.record_visit(conn, "hh-1", VISIT, today=TODAY)
    assert conn.execute("SELECT status FROM reports WHERE id = 'r-1'").fetchone()[0] == "visited"
    # a report counts as the household being on record from its day
    assert visits.on_record_since(conn, "hh-1") == dt.date(2026, 1, 10)


def test_stale_households_names_who_saved_since(conn):
    version = conn.execute("SELECT version FROM households WHERE id = 'hh-1'").fetchone()[0]
    assert visits.stale_households(conn, {"hh-1": version}) == []
    with conn:
        conn.execute("UPDATE households SET phone = '010', updated_by = 'lee', updated_at = '2026-11-25T10:00:00Z', "
                     "read_version = version WHERE id = 'hh-1'")
    stale = visits.stale_households(conn, {"hh-1": version, "hh-2": 1})
    assert stale == [StaleHousehold("hh-1", "2026-0001", version + 1, "lee", "2026-11-25T10:00:00Z")]
