"""Issue 14 item 4: the dock's field tab — a package made from the dialog (my 동, 통 ticked, the
visitor), results merged with a summary, and what the office must decide accepted or rejected."""
import datetime as dt

import pytest
from conftest import SEOUL, make_small_database
from qgis.PyQt.QtCore import Qt
from test_field_package import Field, visit

from welfare_visit_map.plugin.core import db


@pytest.fixture
def small(tmp_path, qgis_new_project):
    return make_small_database(tmp_path / "office.gpkg", origin=SEOUL)


def test_package_merge_and_decide_from_the_dock(plugin, small, tmp_path):
    from welfare_visit_map.plugin.gui.field_dialog import FieldDialog

    plugin.desk.open_database(str(small))
    dock = plugin.dock
    dock.form.workDongCombo.setCurrentIndex(dock.form.workDongCombo.findData("1141055500"))
    assert dock.form.packageButton.isEnabled() and dock.form.mergeButton.isEnabled()

    dialog = FieldDialog(plugin.session, dock.my_dong())
    assert dialog.dongCombo.currentText() == "천연동" and dialog.tongList.count() == 2
    assert dialog.wholeDongCheck.isChecked() and dialog.area() == "1141055500"
    dialog.wholeDongCheck.setChecked(False)
    dialog.tongList.item(0).setCheckState(Qt.CheckState.Checked)  # 1통 only
    assert dialog.area() == "1141055500:1" and "1" in dialog.summaryLabel.text()
    dialog.visitorCombo.setCurrentIndex(dialog.visitorCombo.findText("최복지"))
    dialog.folderEdit.setText(str(tmp_path / "pkg"))
    results = dialog.run()
    assert results["HOUSEHOLDS"] == 1 and dialog.openFolderButton.isEnabled()
    assert str(tmp_path / "pkg") in dialog.summaryLabel.text()

    field = Field(results["PROJECT"])
    visit(field, "hh-1", dt.date.today(), "met", "high")
    field.change("households", "hh-1", {"members": 4})
    field.close()

    heard = []
    plugin.session.householdsChanged.connect(lambda: heard.append(True))
    merged = dock.field_panel.merge(results["GEOPACKAGE"])
    assert merged["VISITS"] == 1 and heard
    summary = dock.form.mergeSummaryLabel.text()
    assert "방문 1건" in summary or "1 visits" in summary, summary
    tree = dock.form.reviewTree
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert row.text(1) == "김철수" and "4" in row.text(2)
    assert row.text(0) == "현장 수정 제안" and "현장에서 수정했습니다" in row.toolTip(2)
    tree.setCurrentItem(row)
    dock.form.acceptReviewButton.click()
    assert tree.topLevelItemCount() == 0
    conn = db.connect_readonly(str(small))
    try:
        assert conn.execute("SELECT members, risk_level FROM households WHERE id = 'hh-1'").fetchone() == (4, "high")
    finally:
        conn.close()
