"""The plugin in QGIS: loads, registers its provider and actions, opens a database, unloads clean."""
import configparser
import re
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt import sip

import welfare_visit_map
from welfare_visit_map.plugin import project as wproject

ROOT = Path(__file__).resolve().parent.parent


def test_loads_registers_provider_and_actions(plugin, iface):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("welfarevisitmap")
    assert provider is not None
    assert {a.name() for a in provider.algorithms()} >= {"create_database", "build_demo"}
    assert {a.objectName() for a in plugin.actions} == {
        "welfare_visit_map_open", "welfare_visit_map_create", "welfare_visit_map_demo", "welfare_visit_map_registry",
        "welfare_visit_map_print", "welfare_visit_map_sheets", "welfare_visit_map_visit", "welfare_visit_map_import",
        "welfare_visit_map_shared"}
    assert plugin.toolbar is not None and plugin.toolbar.actions()
    assert {a.text() for a in iface.plugin_menus["복지방문지도(&W)"]} == {
        "복지 데이터베이스 열기…", "복지 데이터베이스 만들기…", "데모 지역 만들기…", "주민등록 변동 반영…", "구역 지도 인쇄…",
        "가구 방문 기록지 인쇄…", "방문 기록 (가구 클릭)", "목록 가져오기 (엑셀/CSV)…",
        "공유 데이터베이스 열기 (PostgreSQL)…"}
    assert {a.name() for a in QgsApplication.processingRegistry().providerById("welfarevisitmap").algorithms()} == {
        "create_database", "build_demo", "apply_registry_changes", "nearest_resources", "print_district_maps",
        "print_household_sheets", "export_visit_results", "export_partner_share", "statistics_report",
        "export_household_list", "import_households", "import_facilities", "import_visits", "import_reports",
        "postgres_move_up", "postgres_add_person", "import_base_map", "package_for_field", "merge_field_package",
        "assign_households", "export_visitor_lists", "usage_report", "plan_day", "make_visit_zones"}


def test_unload_removes_everything(iface, qgis_app):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("welfarevisitmap"):
        registry.removeProvider(registry.providerById("welfarevisitmap"))
    instance = welfare_visit_map.classFactory(iface)
    instance.initGui()
    actions = list(instance.actions)
    instance.unload()
    assert registry.providerById("welfarevisitmap") is None
    assert instance.actions == [] and instance.toolbar is None and instance.provider is None
    assert iface.plugin_menus == {}
    assert all(sip.isdeleted(a) or a not in iface.mainWindow().actions() for a in actions)


def test_open_database_adds_a_tidy_group_and_zooms(plugin, iface, demo_dir, qgis_new_project):
    layers = plugin.desk.open_database(str(demo_dir / "demo.gpkg"))
    assert layers is not None
    root = QgsProject.instance().layerTreeRoot()
    group = root.children()[0]
    names = [c.name() for c in group.children()]
    assert names[:4] == ["위기가구 제보", "복지자원·시설", "가구", "행정구역 (구·동·통)"]
    assert names[4] == "표"  # the attribute tables, folded away
    assert wproject.databases_in_project() == [str(demo_dir / "demo.gpkg")]
    canvas_extent = iface.mapCanvas().extent()
    district = wproject.district_extent(layers)
    assert canvas_extent.contains(district)
    # fitted: the district fills the canvas in at least one direction
    assert min(canvas_extent.width() / district.width(), canvas_extent.height() / district.height()) < 1.2


def test_open_rejects_a_file_that_is_not_a_welfare_database(plugin, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("welfare_visit_map.plugin.gui.desk.QMessageBox.warning", lambda *a: shown.append(a[2]))
    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not a database")
    assert plugin.desk.open_database(str(other)) is None
    assert shown and str(other) in shown[0]


def test_metadata_passes_the_plugin_repository_rules():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "repository", "tracker", "homepage", "tags", "category", "icon"):
        assert general.get(key, "").strip(), key
    assert general["name"] == "Welfare Visit Map"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["supportsQt6"] == "True"
    assert general["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert (ROOT / general["icon"]).is_file()
    assert general["repository"].startswith("https://")


def test_top_level_holds_only_what_the_guide_allows():
    allowed = {"metadata.txt", "__init__.py", "README.md", "plugin", "styles", "forms", "i18n", "tests", "Makefile",
               ".ci", "LICENSE", "pyproject.toml"}
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    top = {p.split("/")[0] for p in tracked}
    assert {t for t in top if not t.startswith(".")} <= allowed


def test_print_dialog_is_filled_from_the_map(plugin, demo_dir, qgis_new_project):
    from welfare_visit_map.plugin.gui.print_dialog import print_parameters

    layers = plugin.desk.open_database(str(demo_dir / "demo.gpkg"))
    assert print_parameters("print_district_maps", QgsProject.instance()) == {"DATABASE": str(demo_dir / "demo.gpkg")}
    layers["households"].setSubsetString("\"risk_level\" = 'high'")
    layers["districts"].selectByExpression("\"code\" IN ('1141055500', '1141056500')")
    parameters = print_parameters("print_district_maps", QgsProject.instance())
    assert parameters["HOUSEHOLD_FILTER"] == "\"risk_level\" = 'high'"
    assert parameters["FILTER"] == "\"code\" IN ('1141055500', '1141056500')" and parameters["LEVEL"] == 1
    layers["households"].setSubsetString("")
    layers["households"].selectByExpression("\"case_no\" = 'SDM-000001'")
    sheets = print_parameters("print_household_sheets", QgsProject.instance())
    assert sheets["FILTER"] == f"\"id\" IN ('{next(layers['households'].getSelectedFeatures())['id']}')"


def test_layout_templates_are_offered_in_the_layout_manager(plugin):
    from qgis.core import QgsSettings

    from welfare_visit_map.plugin.main import TEMPLATE_PATHS_KEY
    from welfare_visit_map.plugin.printing import LAYOUT_DIR

    paths = QgsSettings().value(TEMPLATE_PATHS_KEY, [])
    assert str(LAYOUT_DIR) in ([paths] if isinstance(paths, str) else paths)


def test_dock_shows_the_database_and_prints_my_dong(plugin, demo_dir, qgis_new_project, monkeypatch):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    dock = plugin.dock
    form = dock.form
    assert form.databaseLabel.text() == "열린 복지 데이터베이스가 없습니다."
    assert not form.printGroup.isEnabled()
    plugin.desk.open_database(str(demo_dir / "demo.gpkg"))
    assert form.databaseLabel.text() == "demo.gpkg" and form.printGroup.isEnabled()
    opened = []
    monkeypatch.setattr(PrintDialog, "exec", lambda self: opened.append(self) or 0)
    # choosing my 동 chooses what the print window prints (not the whole district)
    form.workDongCombo.setCurrentIndex(form.workDongCombo.findData("1141055500"))
    form.printMapsButton.click()
    assert opened[-1].kind == "maps" and opened[-1].dong() == "1141055500"
    form.printSheetsButton.click()
    assert opened[-1].kind == "sheets" and opened[-1].dong() == "1141055500"
    # the menu's print actions open the same window, for my 동 too
    plugin.print_dialog("maps")
    assert opened[-1].kind == "maps" and opened[-1].dong() == "1141055500"


def test_dock_sets_the_revisit_cycle_and_the_database_rederives_due_dates(plugin, demo_dir, tmp_path,
                                                                           qgis_new_project, monkeypatch):
    import shutil
    import sqlite3

    copy = tmp_path / "demo.gpkg"
    shutil.copy(demo_dir / "demo.gpkg", copy)
    plugin.desk.open_database(str(copy))
    form = plugin.dock.form
    assert (form.highSpin.value(), form.mediumSpin.value(), form.lowSpin.value()) == (30, 90, 180)
    form.highSpin.setValue(14)
    from qgis.PyQt.QtWidgets import QMessageBox

    monkeypatch.setattr("welfare_visit_map.plugin.gui.dock.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)  # it asks first (tests/test_worker_day.py)
    form.cycleApplyButton.click()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'cycle_days_high'").fetchone() == ("14",)
        wrong = conn.execute(
            "SELECT count(*) FROM households h WHERE risk_level = 'high' AND next_visit_due IS NOT date("
            "(SELECT max(visited_on) FROM visits v WHERE v.household_id = h.id AND v.outcome = 'met' "
            "AND v.risk_level IS NOT NULL), '+14 days')").fetchone()[0]
    assert wrong == 0
