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


def run(name, **parameters):
    import processing
    from conftest import ensure_provider

    ensure_provider()
    return processing.run(f"welfarevisitmap:{name}", parameters)


def test_the_algorithm_assigns_a_tong_a_filter_and_a_list(database, tmp_path):
    assert run("assign_households", DATABASE=str(database), AREA="1141055500:1", VISITOR="최복지")["ASSIGNED"] == 1
    assert run("assign_households", DATABASE=str(database), FILTER="\"head_name\" = '이영희'", VISITOR="v-3",
               DRY_RUN=True)["ASSIGNED"] == 0
    assert plain_rows(database, "SELECT assigned_visitor_id FROM households WHERE id = 'hh-2'")[0][0] is None
    listed = tmp_path / "배정.csv"
    listed.write_text("사례번호,방문자\n2026-0002,한구청\n2026-0003,정통장\n", encoding="utf-8")
    assert run("assign_households", DATABASE=str(database), LIST=str(listed))["ASSIGNED"] == 2
    rows = plain_rows(database, "SELECT id, assigned_visitor_id FROM households ORDER BY id")
    assert rows == [("hh-1", "v-1"), ("hh-2", "v-3"), ("hh-3", "v-2")]


def test_a_bad_list_names_row_and_column_and_assigns_nothing(small, tmp_path):
    from qgis.core import QgsProcessingException

    listed = tmp_path / "배정.csv"
    listed.write_text("사례번호,방문자\n2026-0001,최복지\n2026-9999,최복지\n2026-0002,없는사람\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run("assign_households", DATABASE=str(small), LIST=str(listed))
    text = str(error.value)
    assert "배정.csv" in text and "3" in text and "2026-9999" in text and "4" in text and "없는사람" in text
    assert plain_rows(str(small), "SELECT count(*) FROM households WHERE assigned_visitor_id IS NOT NULL")[0][0] == 0


def test_visitors_lists_for_those_without_the_app(database, tmp_path):
    import openpyxl

    run("assign_households", DATABASE=str(database), AREA="1141055500", VISITOR="최복지")
    output = tmp_path / "목록.xlsx"
    result = run("export_visitor_lists", DATABASE=str(database), AREA="1141055500", DATE=TODAY.isoformat(), DAYS=7,
                 OUTPUT=str(output))
    assert (result["VISITORS"], result["HOUSEHOLDS"]) == (1, 2)
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["최복지"]
    rows = list(book["최복지"].iter_rows(min_row=3, values_only=True))
    assert [r[3] for r in rows] == ["김*수", "이*희"]  # high risk and overdue first, then due in 3 days; masked
    run("export_visitor_lists", DATABASE=str(database), AREA="1141055500", DATE=TODAY.isoformat(), PRIVACY=0,
        OUTPUT=str(tmp_path / "staff.xlsx"))
    staff = openpyxl.load_workbook(tmp_path / "staff.xlsx")["최복지"]
    assert [r[3] for r in staff.iter_rows(min_row=3, values_only=True)] == ["김철수", "이영희"]
    assert plain_rows(database, "SELECT action FROM audit_log ORDER BY fid DESC LIMIT 1")[0][0] == "export"


def test_assignments_survive_a_move_up_and_staff_assign_only_in_their_dong(small, move_up):
    """Assigned in the GeoPackage, moved up to PostgreSQL: the assignments are there; kim_dong
    (staff of 천연동) sees and changes the load of their 동 only, row security refusing the rest."""
    conn = db.connect(str(small))
    try:
        assignments.assign_plan(conn, {"v-1": ["hh-1", "hh-2"], "v-2": ["hh-3"]}, "office")
    finally:
        conn.close()
    up = move_up(str(small))
    assert plain_rows(up["admin"], "SELECT id, assigned_visitor_id FROM households ORDER BY id") == [
        ("hh-1", "v-1"), ("hh-2", "v-1"), ("hh-3", "v-2")]
    conn = db.connect(up["kim_dong"])
    try:
        assert [(load.name, load.households) for load in assignments.loads(conn, None, TODAY)
                if load.households] == [("최복지", 2)]  # 박민수 of 북아현동 is not theirs to see
        assert assignments.assign(conn, ["hh-2", "hh-3"], "v-3", "kim_dong") == 1  # hh-3 is out of reach
    finally:
        conn.close()
    assert plain_rows(up["admin"], "SELECT id, assigned_visitor_id FROM households ORDER BY id") == [
        ("hh-1", "v-1"), ("hh-2", "v-3"), ("hh-3", "v-2")]
