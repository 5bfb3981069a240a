"""Issue 18 item 1 and 4: households assigned to visitors (the one truth: assigned_visitor_id),
each visitor's load and who is due this week — on both engines."""
import datetime as dt

import pytest
from conftest import make_small_database, on_backend, plain_rows

from welfare_visit_map.plugin.core import assignments, db

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def small(tmp_path):
    path = make_small_database(tmp_path / "a.gpkg")
    conn = db.connect(path)
    with conn:  # 김철수 (hh-1) overdue at high risk; 이영희 (hh-2) due in 3 days; 박민수 (hh-3) never visited
        conn.execute("INSERT INTO visits (id, household_id, visited_on, visitor_id, outcome, risk_level) VALUES "
                     "('a', 'hh-1', '2026-01-20', 'v-1', 'met', 'high'), ('b', 'hh-2', '2026-03-01', 'v-1', 'met', 'low')")
        conn.execute("UPDATE households SET next_visit_due = '2026-06-04', read_version = version WHERE id = 'hh-2'")
    conn.close()
    return path


@pytest.fixture(params=["gpkg", "postgres"])
def database(request, small):
    return on_backend(request, str(small))


def test_assign_by_selection_and_by_tong_with_loads_and_due_lists(database):
    conn = db.connect(database)
    try:
        assert assignments.assign(conn, ["hh-1", "hh-2"], "v-1", "office") == 2
        assert assignments.assign(conn, ["hh-1", "hh-2"], "v-1", "office") == 0  # already so: no edit
        assert assignments.assign(conn, assignments.tong_households(conn, "1141055500", [2]), "v-3", "office") == 1
        loads = {load.name: load for load in assignments.loads(conn, "1141055500", TODAY)}
        assert (loads["최복지"].households, loads["최복지"].overdue, loads["최복지"].high,
                loads["최복지"].due_this_week) == (1, 1, 1, 1)
        assert (loads["한구청"].households, loads["한구청"].due_this_week) == (1, 1)  # no 동 of their own, listed
        assert "정통장" not in loads  # 북아현동's
        assert [h.id for h in assignments.due_list(conn, "v-3", TODAY)] == ["hh-2"]
        assert assignments.due_list(conn, "v-3", TODAY, days=2) == []
        assert assignments.unassigned(conn, "1141055500") == 0 and assignments.unassigned(conn) == 1
        with pytest.raises(assignments.AssignmentError):
            assignments.assign(conn, ["hh-3"], "nobody", "office")
        assert assignments.assign(conn, ["hh-2"], None, "office") == 1
    finally:
        conn.close()
    rows = plain_rows(database, "SELECT id, assigned_visitor_id FROM households ORDER BY id")
    assert rows == [("hh-1", "v-1"), ("hh-2", None), ("hh-3", None)]
    audit = plain_rows(database, "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'households'")
    assert audit[0][0] == 4  # hh-1, hh-2 assigned; hh-2 reassigned; hh-2 unassigned
