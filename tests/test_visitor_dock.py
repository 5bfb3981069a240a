"""Issue 18 items 1 and 4 in the dock: each visitor's load with who is due this week, the map's
selection or a whole 통 assigned to the chosen visitor, and the visitors' lists on paper."""
import datetime as dt

import openpyxl
import pytest
from conftest import make_small_database

from welfare_visit_map.plugin.core import db


@pytest.fixture
def small(tmp_path, qgis_new_project):
    path = make_small_database(tmp_path / "v.gpkg")
    conn = db.connect(path)
    with conn:
        conn.execute("INSERT INTO visits (id, household_id, visited_on, visitor_id, outcome, risk_level) VALUES "
                     "('a', 'hh-1', ?, 'v-1', 'met', 'high')", ((dt.date.today() - dt.timedelta(days=60)).isoformat(),))
    conn.close()
    return path


def visitor_rows(tree):
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def test_assign_from_the_dock_and_see_the_load(plugin, small, tmp_path):
    plugin.desk.open_database(str(small))
    dock = plugin.dock
    form = dock.form
    form.workDongCombo.setCurrentIndex(form.workDongCombo.findData("1141055500"))
    assert "2" in form.unassignedLabel.text()  # 김철수 and 이영희 have nobody yet
    rows = visitor_rows(form.visitorTree)
    assert list(rows) == ["최복지 (공무원)"] and rows["최복지 (공무원)"].text(1) == "0"
    form.visitorTree.setCurrentItem(rows["최복지 (공무원)"])
    households = plugin.session.layers()["households"]
    households.selectByExpression("\"head_name\" = '김철수'")
    assert dock.visitor_panel.assign_selection() == 1
    districts = plugin.session.layers()["districts"]
    districts.selectByExpression("\"code\" = '1141055500-02'")
    form.visitorTree.setCurrentItem(visitor_rows(form.visitorTree)["최복지 (공무원)"])
    assert dock.visitor_panel.assign_tongs() == 1
    row = visitor_rows(form.visitorTree)["최복지 (공무원)"]
    assert [row.text(i) for i in range(1, 5)] == ["2", "1", "1", "2"]  # 김철수 high risk and past due; both due this week
    assert [row.child(i).text(0).split(" · ")[0] for i in range(row.childCount())] == ["김철수", "이영희"]
    assert "모든" in form.unassignedLabel.text() or "Every" in form.unassignedLabel.text()
    output = dock.visitor_panel.export_lists(str(tmp_path))
    book = openpyxl.load_workbook(output)
    assert book.sheetnames == ["최복지"]
    households.selectByExpression("\"head_name\" = '이영희'")
    assert dock.visitor_panel.assign_selection(unassign=True) == 1
    assert visitor_rows(form.visitorTree)["최복지 (공무원)"].text(1) == "1"
