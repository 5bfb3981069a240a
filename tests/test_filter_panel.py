"""The dock's filter panel and resource tab, driven through the real widgets: the filter becomes
the households layer's filter (map, attribute table and printing agree), counts per risk, the
sorted list, named filters kept in the project, the density view, resources near households."""
import datetime as dt

import pytest
from conftest import make_small_database
from qgis.core import QgsHeatmapRenderer, QgsProject

from welfare_visit_map.plugin.core import gpkg, visits
from welfare_visit_map.plugin.core.rows import NeedInput, VisitInput
from welfare_visit_map.plugin.gui import filter_panel
from welfare_visit_map.plugin.gui.print_dialog import print_parameters


@pytest.fixture
def opened(plugin, tmp_path, qgis_new_project):
    db = make_small_database(tmp_path / "w.gpkg")
    conn = gpkg.connect(db)
    today = dt.date.today()
    try:
        visits.record_visit(conn, "hh-1", VisitInput(visited_on=today, visitor_id="v-1", outcome="met", risk_level="high"),
                            [NeedInput(domain="economy", item="식품")], today=today)
        visits.record_visit(conn, "hh-2", VisitInput(visited_on=today, visitor_id="v-1", outcome="met",
                                                     risk_level="medium"), [NeedInput(domain="health")], today=today)
    finally:
        conn.close()
    layers = plugin.desk.open_database(str(db))
    plugin.dock.refresh()
    plugin.dock.form.workTabs.setCurrentIndex(2)
    return plugin.dock, layers, db


def listed(form):
    return [form.listTree.topLevelItem(i).text(0) for i in range(form.listTree.topLevelItemCount())]


def test_risk_filter_sets_the_layer_filter_counts_and_lists(opened):
    dock, layers, _ = opened
    form, panel = dock.form, dock.filter_panel
    panel.apply()
    assert listed(form) == ["2026-0001", "2026-0002", "2026-0003"]  # high, medium, unvisited
    assert layers["households"].subsetString() == ""  # the default filter shows what the map shows anyway
    form.riskHighCheck.setChecked(True)
    form.riskMediumCheck.setChecked(True)
    panel.apply()
    assert listed(form) == ["2026-0001", "2026-0002"]
    subset = layers["households"].subsetString()
    assert "risk_level IN ('high', 'medium')" in subset
    assert sorted(f["id"] for f in layers["households"].getFeatures()) == ["hh-1", "hh-2"]
    assert panel.counts == {"high": 1, "medium": 1, "low": 0, "unvisited": 0, "total": 2}
    assert "고위험 <b>1</b>" in form.countsLabel.text()
    # printing takes the same households
    assert print_parameters("print_district_maps", QgsProject.instance())["HOUSEHOLD_FILTER"] == subset
    assert print_parameters("print_household_sheets", QgsProject.instance())["HOUSEHOLD_FILTER"] == subset
    panel.combos["need_domains"].setCheckedItems(["경제"])
    panel.apply()
    assert listed(form) == ["2026-0001"]
    form.clearFilterButton.click()
    assert listed(form) == ["2026-0001", "2026-0002", "2026-0003"] and layers["households"].subsetString() == ""


def test_my_dong_and_its_tongs_narrow_the_filter(opened):
    dock, layers, _ = opened
    form, panel = dock.form, dock.filter_panel
    canvas = dock.iface.mapCanvas()
    canvas.setExtent(layers["districts"].extent())
    form.workDongCombo.setCurrentIndex(form.workDongCombo.findData("1141055500"))
    assert listed(form) == ["2026-0001", "2026-0002"]
    dong = next(layers["districts"].getFeatures("\"code\" = '1141055500'")).geometry().boundingBox()
    assert canvas.extent().contains(dong) and canvas.extent().center() == dong.center()  # my 동, centred
    tongs = panel.combos["tongs"]
    assert [tongs.itemData(i) for i in range(tongs.count())] == [1, 2]
    tongs.setCheckedItems(["2통"])
    panel.apply()
    assert listed(form) == ["2026-0002"]


def test_named_filters_are_kept_in_the_project_and_recalled(opened, monkeypatch):
    dock, _, _ = opened
    form, panel = dock.form, dock.filter_panel
    form.riskHighCheck.setChecked(True)
    form.overdueCheck.setChecked(False)
    panel.combos["need_items"].setCheckedItems(["식품"])
    monkeypatch.setattr(panel, "ask_name", lambda: "고위험 식품 욕구")
    form.saveFilterButton.click()
    stored = filter_panel.saved_filters()
    assert list(stored) == ["고위험 식품 욕구"]
    assert stored["고위험 식품 욕구"].risk == ["high"] and stored["고위험 식품 욕구"].need_items == ["식품"]
    form.clearFilterButton.click()
    assert not form.riskHighCheck.isChecked() and len(listed(form)) == 3
    panel.recall("고위험 식품 욕구")
    assert form.riskHighCheck.isChecked() and panel.combos["need_items"].checkedItemsData() == ["식품"]
    assert listed(form) == ["2026-0001"]
    form.savedFilterCombo.setCurrentIndex(form.savedFilterCombo.findData("고위험 식품 욕구"))
    form.deleteFilterButton.click()
    assert filter_panel.saved_filters() == {}


def test_list_selection_selects_on_the_map_and_can_be_resorted(opened):
    dock, layers, _ = opened
    form, panel = dock.form, dock.filter_panel
    panel.apply()
    form.listTree.topLevelItem(0).setSelected(True)
    form.listTree.topLevelItem(2).setSelected(True)
    assert sorted(f["id"] for f in layers["households"].selectedFeatures()) == ["hh-1", "hh-3"]
    from qgis.PyQt.QtCore import Qt

    form.listTree.sortItems(6, Qt.SortOrder.DescendingOrder)  # open needs
    assert [form.listTree.topLevelItem(i).text(6) for i in range(3)] == ["1", "1", "0"]


def test_density_view_is_a_heatmap_under_the_points(opened):
    dock, layers, _ = opened
    form, panel = dock.form, dock.filter_panel
    form.densityButton.setChecked(True)
    density = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty("welfare_visit_map/density")]
    assert len(density) == 1 and isinstance(density[0].renderer(), QgsHeatmapRenderer)
    assert sorted(f["id"] for f in density[0].getFeatures()) == ["hh-1", "hh-2"]
    order = [n.layer().id() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    assert order.index(density[0].id()) == order.index(layers["households"].id()) + 1
    form.riskHighCheck.setChecked(True)
    panel.apply()
    density = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty("welfare_visit_map/density")]
    assert [f["id"] for f in density[0].getFeatures()] == ["hh-1"]
    form.densityButton.setChecked(False)
    assert not [lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty("welfare_visit_map/density")]


def test_resources_near_the_chosen_household_nearest_first_and_facility_search(opened):
    dock, layers, _ = opened
    form = dock.form
    dock.filter_panel.apply()
    form.listTree.topLevelItem(0).setSelected(True)  # hh-1: an open economy need
    matches = dock.resource_panel.near()
    assert [(m.facility_id, m.distance) for m in matches] == [("f-near", 50.0), ("f-far", 800.0)]
    assert form.resourceTree.topLevelItem(0).text(1) == "가까운 푸드뱅크"
    assert form.resourceTree.topLevelItem(0).text(4) == "50 m"
    form.distanceSpin.setValue(500)
    assert [m.facility_id for m in dock.resource_panel.near()] == ["f-near"]
    for text, expected in (("푸드뱅크", {"f-near"}), ("보건", {"f-health"}), ("건강", {"f-health"}),
                           ("경제", {"f-near", "f-far", "f-nowhere"})):
        form.facilitySearchEdit.setText(text)
        assert {facility.id for facility in dock.resource_panel.search()} == expected, text


def test_export_takes_the_filter_or_the_rows_selected(opened, monkeypatch):
    dock, _, db = opened
    form = dock.form
    runs = []
    monkeypatch.setattr(dock.desk, "run_algorithm", lambda name, parameters=None: runs.append((name, parameters)))
    form.riskHighCheck.setChecked(True)
    form.riskMediumCheck.setChecked(True)
    dock.filter_panel.apply()
    form.exportListButton.click()
    name, parameters = runs[-1]
    assert name == "export_household_list" and parameters["DATABASE"] == str(db)
    assert parameters["HOUSEHOLD_FILTER"] == dock.filter_panel.where and "FILTER" not in parameters
    form.listTree.topLevelItem(1).setSelected(True)
    form.exportListButton.click()
    assert runs[-1][1]["FILTER"] == "\"id\" IN ('hh-2')"
