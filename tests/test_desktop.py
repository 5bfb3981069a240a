"""The plugin in real QGIS desktop (under Xvfb), installed from `make package` into a fresh
profile: it loads, adds its menu and provider, opens a database, unloads clean, and no Python
error reaches the message log."""
import json
import os
import shutil
import subprocess
import zipfile

import pytest
from test_package import ROOT, package  # noqa: F401 - the zip fixture

XVFB_RUN = shutil.which("xvfb-run")
QGIS = shutil.which("qgis")


@pytest.mark.skipif(not (XVFB_RUN and QGIS), reason="needs qgis and xvfb-run")
def test_zip_loads_and_unloads_in_qgis_desktop(package, demo_dir, tmp_path):  # noqa: F811
    profiles = tmp_path / "profiles"
    plugins = profiles / "profiles" / "fresh" / "python" / "plugins"  # QGIS adds "profiles/"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    out = tmp_path / "result.json"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QGIS_PLUGINPATH", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "DISPLAY")}
    database = shutil.copy(demo_dir / "demo.gpkg", tmp_path / "demo.gpkg")  # the check records a visit in it
    env.update(WVM_CHECK_OUT=str(out), WVM_CHECK_DB=str(database), XDG_RUNTIME_DIR=str(tmp_path),
               WELFARE_VISIT_MAP_LANG="ko")
    run = subprocess.run(
        [XVFB_RUN, "-a", "-s", "-screen 0 1280x900x24", QGIS, "--profiles-path", str(profiles), "--profile", "fresh",
         "--nologo", "--noversioncheck", "--code", str(ROOT / "tests" / "tools" / "desktop_check.py")],
        env=env, capture_output=True, text=True, timeout=180)
    assert out.exists(), run.stdout[-2000:] + run.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["errors"] == []
    assert result["loaded"] and result["provider_after_load"]
    assert result["actions"] == ["복지 데이터베이스 열기…", "공유 데이터베이스 열기 (PostgreSQL)…",
                                 "복지 데이터베이스 만들기…", "데모 지역 만들기…",
                                 "방문 기록 (가구 클릭)", "목록 가져오기 (엑셀/CSV)…", "주민등록 변동 반영…",
                                 "구역 지도 인쇄…", "가구 방문 기록지 인쇄…"]
    assert "복지방문지도(&W)" in result["menu_entries"]
    assert result["opened_layers"] == 12  # with 방문 동행자 (model 6)
    assert result["dock"] == ["WelfareVisitMapDock"]
    assert result["unloaded"] and not result["provider_after_unload"] and result["dock_after_unload"] == []
    assert "복지방문지도(&W)" not in result["menu_entries_after_unload"]
    visit = result["visit"]  # the record-visit tool, a click, the dialog, saved — in real QGIS
    assert visit["tool_active"] and visit["dialog_for"] == [visit["household"]]
    assert (visit["visits_added"], visit["risk"], visit["risk_on_map"]) == (1, "high", "high")
    # the dong worker's day: my 동's first row is the most urgent (high risk), and once its visit is
    # saved the list, the counts and the map show it without any refresh
    day = result["day"]
    assert day["first_risk"] == "high" and not day["first_still_listed"]
    assert day["high_after"] == day["high_before"] - 1 and day["risk_on_map"] == "medium"
    # QGIS started again with the same profile: my 동 and my visitor are remembered
    out.unlink()
    env["WVM_CHECK_RESTART"] = "1"
    again = subprocess.run(
        [XVFB_RUN, "-a", "-s", "-screen 0 1280x900x24", QGIS, "--profiles-path", str(profiles), "--profile", "fresh",
         "--nologo", "--noversioncheck", "--code", str(ROOT / "tests" / "tools" / "desktop_check.py")],
        env=env, capture_output=True, text=True, timeout=180)
    assert out.exists(), again.stdout[-2000:] + again.stderr[-2000:]
    second = json.loads(out.read_text(encoding="utf-8"))
    assert second["errors"] == []
    assert second["remembered"] == {"dong": "1141055500", "visitor": day["visitor"]}
