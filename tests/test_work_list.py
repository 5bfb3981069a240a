"""Issue 15, a dong worker's day: the work list puts the urgent work first (new reports, then the
overdue by risk and days overdue), on both engines; the dock's lists fit a 480 px dock (short road
addresses, the full one on hover; a 동 column with every 동); the household chosen from a list is
marked above the map's labels, off the middle of the map where the 동's label sits."""
import shutil

import pytest
from qgis.PyQt.QtWidgets import QApplication

from welfare_visit_map.plugin.core import db, visits
from welfare_visit_map.plugin.gui.filter_panel import DONG_COLUMN as LIST_DONG_COLUMN

BUKAHYEON = "1141055500"
RANK = {"high": 0, "medium": 1, "low": 2, None: 3}


def test_overdue_households_are_ordered_by_risk_then_days_overdue(demo_database):
    conn = db.connect_readonly(demo_database)
    try:
        work = visits.work_list(conn, BUKAHYEON)
        everything = visits.work_list(conn, None)
    finally:
        conn.close()
    assert len(work.overdue) > 10 and work.reports
    assert work.overdue[0].risk_level == "high"
    for rows in (work.overdue, everything.overdue):
        keys = [(RANK[h.risk_level], h.next_visit_due) for h in rows]
        assert keys == sorted(keys)  # risk first, then the earliest due (the most days overdue)
    assert {h.risk_level for h in work.overdue} >= {"high", "medium", "low"}
    assert all(h.dong_code == BUKAHYEON for h in work.overdue)


@pytest.fixture
def dock(plugin, demo_dir, tmp_path, qgis_new_project):
    database = shutil.copy(demo_dir / "demo.gpkg", tmp_path / "demo.gpkg")
    plugin.desk.open_database(str(database))
    dock = plugin.dock
    dock.setFloating(True)
    dock.resize(480, 900)
    dock.show()
    combo = dock.form.workDongCombo
    combo.setCurrentIndex(combo.findText("북아현동"))
    QApplication.processEvents()
    yield dock
    dock.hide()


def fits(tree, columns=None):
    """The right edge of the last of ``columns`` (every visible column) within the list's viewport."""
    header = tree.header()
    shown = [c for c in (columns if columns is not None else range(tree.columnCount())) if not tree.isColumnHidden(c)]
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
    return right <= tree.viewport().width(), right, tree.viewport().width()


def test_the_work_list_starts_with_new_reports_then_the_most_urgent_and_fits_the_dock(dock):
    tree = dock.form.workTree
    assert tree.viewport().width() < 480
    sections = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [s.text(0).split(" (")[0] for s in sections] == ["신규 제보", "방문기한 경과", "미방문"]
    report = sections[0].child(0)
    assert report.isFirstColumnSpanned() and report.data(0, 0x0100)[0] == "report"
    lines = report.toolTip(0).split("\n")  # the whole report on hover: when and how, where, what
    assert len(lines) == 3 and lines[0].startswith("20") and lines[2] in report.text(0)
    first = sections[1].child(0)
    assert first.data(0, 0x0100)[0] == "household" and first.toolTip(0) == "고위험"
    assert first.text(2) and not first.text(2).startswith("서울") and first.toolTip(2).startswith("서울특별시 서대문구 ")
    assert first.toolTip(2).startswith(f"서울특별시 서대문구 {first.text(2)}")
    assert first.toolTip(3) == first.text(3).replace("26-", "2026-", 1) or first.toolTip(3).endswith(first.text(3))
    assert tree.isColumnHidden(4)
    assert fits(tree)[0], fits(tree)
    # in a dock 480 px wide (the dock's frame and the list's margins as now), the short address keeps 60 px
    header = tree.header()
    fixed = sum(header.sectionSize(c) for c in (0, 1, 3))
    assert fixed + 60 <= 480 - (dock.width() - tree.viewport().width()), (fixed, dock.width(), tree.viewport().width())
    # every 동: a 동 column names each household's 동, and the columns still fit
    dock.form.workDongCombo.setCurrentIndex(0)
    QApplication.processEvents()
    assert not tree.isColumnHidden(4)
    household = tree.topLevelItem(1).child(0)
    assert household.text(4).endswith("동")
    assert fits(tree)[0], fits(tree)


def test_the_filter_list_shows_risk_days_overdue_and_open_needs_at_480_px(dock):
    form = dock.form
    form.workTabs.setCurrentIndex(2)
    dock.filter_panel.apply()
    QApplication.processEvents()
    tree = form.listTree
    assert fits(tree, [0, 4, 5, 6])[0], fits(tree, [0, 4, 5, 6])
    item = tree.topLevelItem(0)
    assert item.toolTip(2).startswith("서울특별시 서대문구 ") and not item.text(2).startswith("서울")
    assert tree.isColumnHidden(LIST_DONG_COLUMN)
    form.workDongCombo.setCurrentIndex(0)
    dock.filter_panel.apply()
    assert not tree.isColumnHidden(LIST_DONG_COLUMN) and tree.topLevelItem(0).text(LIST_DONG_COLUMN).endswith("동")


def test_a_household_chosen_from_a_list_is_marked_off_the_middle_of_the_map(dock):
    tree = dock.form.workTree
    item = tree.topLevelItem(1).child(0)
    dock.show_on_map(item)
    canvas = dock.iface.mapCanvas()
    marker = dock.marker
    assert marker is not None and marker.scene() is canvas.scene()
    point, centre = marker.center(), canvas.extent().center()
    assert canvas.extent().contains(point)
    assert abs(point.y() - centre.y()) > canvas.extent().height() / 8  # not under the 동's label
    dock.show_on_map(tree.topLevelItem(1).child(1))
    assert marker.scene() is None and dock.marker is not None  # one mark: the newest choice
    dock.form.workDongCombo.setCurrentIndex(0)
    assert dock.marker is None  # another 동's lists: the mark goes
