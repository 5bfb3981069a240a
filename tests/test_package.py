"""`make package` gives the zip QGIS's "Install from ZIP" takes, and qgis_process, in a fresh
profile with only that zip installed, lists and runs the algorithms."""
import os
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


@pytest.fixture(scope="module")
def package():
    out = subprocess.run(["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    path = ROOT / out.strip().splitlines()[-1]
    assert path.is_file()
    return path


@pytest.fixture(scope="module")
def installed(package, tmp_path_factory):
    """The zip unpacked into a fresh profile's plugin folder (HOME is a new empty folder)."""
    home = tmp_path_factory.mktemp("home")
    plugins = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QGIS_PLUGINPATH", "PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH") and not k.startswith("QGIS_PREFIX")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home))
    return plugins, env


def qgis_process(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def test_zip_holds_one_plugin_folder_without_dev_files(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(n.startswith("welfare_visit_map/") for n in names)
    for required in ("metadata.txt", "__init__.py", "LICENSE", "plugin/main.py", "plugin/icon.svg",
                     "plugin/data/SOURCES.md", "styles/households.qml", "i18n/welfare_visit_map_ko.qm"):
        assert f"welfare_visit_map/{required}" in names, required
    for forbidden in ("tests/", "Makefile", ".ci/", "pyproject.toml", ".gitignore", "__pycache__", ".ts"):
        assert not any(forbidden in n for n in names), forbidden


@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_qgis_process_lists_and_runs_the_algorithms_from_the_zip(installed, tmp_path):
    plugins, env = installed
    enabled = qgis_process(env, "plugins", "enable", "welfare_visit_map")
    assert enabled.returncode == 0, enabled.stderr
    listed = qgis_process(env, "list")
    assert "welfarevisitmap:create_database" in listed.stdout, listed.stderr
    assert "welfarevisitmap:build_demo" in listed.stdout
    database = tmp_path / "new.gpkg"
    run = qgis_process(env, "run", "welfarevisitmap:create_database", "--", f"DATABASE={database}")
    assert run.returncode == 0, run.stdout + run.stderr
    with sqlite3.connect(database) as conn:
        tables = {r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")}
    assert {"households", "visits", "needs", "linkages", "facilities", "districts"} <= tables
    again = qgis_process(env, "run", "welfarevisitmap:create_database", "--", f"DATABASE={database}")
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr or "이미 있습니다" in again.stdout + again.stderr
