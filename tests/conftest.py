"""Test set-up: the checkout folder may have any name, so the plugin is imported as
`welfare_visit_map` through a symlink in a temporary plugins folder."""
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLUGINS_DIR = Path(os.environ.get("WELFARE_TEST_PLUGINS_DIR") or tempfile.mkdtemp(prefix="wvm-plugins-"))
PACKAGE = PLUGINS_DIR / "welfare_visit_map"
if not PACKAGE.exists():
    PACKAGE.symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(PLUGINS_DIR))
# QGIS's own Processing plugin (importable as `processing` in test modules)
for candidate in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(candidate, "processing").is_dir() and candidate not in sys.path:
        sys.path.append(candidate)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyproj looks for proj.db under sys.prefix, which is the venv's; Debian keeps it in /usr/share/proj
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    os.environ.setdefault("PROJ_LIB", "/usr/share/proj")
os.environ.setdefault("WELFARE_VISIT_MAP_LANG", "ko")


def shared_data(*parts):
    """A file of ../shared/data/real, or skip when the checkout has no shared folder beside it."""
    path = SHARED.joinpath("data", "real", *parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


_TRANSLATOR = []
_PROVIDERS = []  # Python providers must stay referenced from Python, or their methods vanish


def ensure_provider():
    """The plugin's Processing provider registered (again, if a plugin test unloaded it), with
    the Korean translation installed as the plugin does when QGIS loads it."""
    from qgis.core import QgsApplication

    from welfare_visit_map.plugin.algorithms.provider import WelfareVisitMapProvider
    from welfare_visit_map.plugin.language import install_translator

    if not _TRANSLATOR:
        _TRANSLATOR.append(install_translator("ko"))
    registry = QgsApplication.processingRegistry()
    if registry.providerById("welfarevisitmap") is None:
        _PROVIDERS.append(WelfareVisitMapProvider())
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("welfarevisitmap")


@pytest.fixture
def provider(qgis_app, qgis_processing):
    return ensure_provider()


@pytest.fixture
def iface(qgis_iface):
    """pytest-qgis's QgisInterface stub, with the plugin-menu calls QGIS has (recorded)."""
    menus = {}

    def add(name, action):
        menus.setdefault(name, []).append(action)

    def remove(name, action):
        menus[name].remove(action)
        if not menus[name]:
            del menus[name]

    qgis_iface.plugin_menus = menus
    qgis_iface.addPluginToMenu = add
    qgis_iface.removePluginMenu = remove
    qgis_iface.removeDockWidget = qgis_iface.mainWindow().removeDockWidget
    return qgis_iface


@pytest.fixture(scope="session")
def demo_dir(qgis_app, qgis_processing, tmp_path_factory):
    """The demo district built once for the whole session (seed 2015)."""
    import processing

    ensure_provider()
    folder = tmp_path_factory.mktemp("demo")
    processing.run("welfarevisitmap:build_demo", {"OUTPUT": str(folder), "SEED": 2015})
    return folder
