"""The Korean UI has no English words a user would read: every visible text of the dock (all its
tabs), the visit dialog, the household dialog and the import wizard, on a database open in the
plugin. Names of formats and systems (QGIS, GeoPackage, CSV, EPSG…) are allowed."""
import re

import pytest
from conftest import make_small_database
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

ALLOWED = {"QGIS", "GeoPackage", "PostgreSQL", "PostGIS", "CSV", "Excel", "EPSG", "PDF", "XLSX", "xlsx", "csv",
           "gpkg", "xls", "UTF", "SDM", "CRS", "URL", "PNG", "QField", "DB", "GIS", "ID", "OK"}
WORD = re.compile(r"[A-Za-z]{3,}")


def visible_texts(widget):
    """(where, text) of what a user can read in ``widget`` and its children (QGIS's own widgets
    left out: QGIS translates them, and a CRS's name is data)."""
    def qgis_own(child):
        while child is not None and child is not widget:
            if child.metaObject().className().startswith("Qgs"):
                return True
            child = child.parentWidget()
        return False

    out = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if qgis_own(child):
            continue
        name = child.objectName() or type(child).__name__
        if isinstance(child, (QLabel, QAbstractButton)):
            out.append((name, child.text()))
        if isinstance(child, QGroupBox):
            out.append((name, child.title()))
        if isinstance(child, QLineEdit):
            out.append((name, child.placeholderText()))
        if isinstance(child, QTabWidget):
            out += [(f"{name} tab {i}", child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QComboBox):
            out += [(f"{name} item {i}", child.itemText(i)) for i in range(child.count())]
        if isinstance(child, QTreeWidget):
            header = child.headerItem()
            out += [(f"{name} header {i}", header.text(i)) for i in range(header.columnCount())]
        if child.toolTip():
            out.append((f"{name} tooltip", child.toolTip()))
    return out


def english(texts):
    found = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", " ", text or "")  # rich text: the words, not the tags
        words = [w for w in WORD.findall(plain) if w not in ALLOWED]
        if words:
            found.append((where, text))
    return found


@pytest.fixture
def opened(plugin, tmp_path, qgis_new_project):
    path = make_small_database(tmp_path / "w.gpkg")
    plugin.desk.open_database(str(path))
    return plugin, path


def test_the_dock_speaks_korean(opened):
    plugin, _ = opened
    dock = plugin.dock
    tabs = dock.form.workTabs
    texts = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        texts += visible_texts(dock)
    found = english(texts)
    assert not found, found


def test_the_visit_household_and_print_dialogs_and_the_import_wizard_speak_korean(opened):
    from welfare_visit_map.plugin.gui.household_dialog import HouseholdDialog
    from welfare_visit_map.plugin.gui.import_dialog import ImportDialog
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog
    from welfare_visit_map.plugin.gui.visit_dialog import VisitDialog

    plugin, path = opened
    for dialog in (VisitDialog(str(path), "hh-1"), HouseholdDialog(str(path), "hh-1"), ImportDialog(str(path)),
                   PrintDialog(plugin.session, "maps", "1141056500"), PrintDialog(plugin.session, "sheets", None)):
        found = english(visible_texts(dialog))
        assert not found, (type(dialog).__name__, found)


def page_words(pdf, data=()):
    """The English-looking words of a printed PDF's text, less data printed as it is: the
    boundary data's citation, the login that printed, ids (SDM-…, H-…)."""
    import getpass
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"[\x00-\x08]", " ", text)  # pdftotext writes some spaces of the footer as control characters
    text = re.sub(r"\(hike-lab/address-data-guide,\s+CC\s+BY\s+4\.0\)", " ", text)
    text = re.sub(r"\bH-[0-9A-F]{6,}\b", " ", text)  # partners' pseudonymous ids
    for word in (getpass.getuser(), *data):
        text = text.replace(word, " ")
    return english([("page", line) for line in text.splitlines()])


@pytest.mark.parametrize("algorithm, parameters", [
    ("print_district_maps", {"LEVEL": 0, "FILTER": "\"code\" = '1141055500-07'", "PRIVACY": 0, "BASEMAP": 3}),
    ("print_district_maps", {"LEVEL": 0, "FILTER": "\"code\" = '1141055500-07'", "PRIVACY": 1}),
    ("print_district_maps", {"LEVEL": 1, "FILTER": "\"code\" = '1141055500'", "PRIVACY": 0}),
    ("print_household_sheets", {"FILTER": "\"dong_code\" = '1141055500' AND \"risk_level\" = 'high'", "PRIVACY": 0}),
    ("print_household_sheets", {"FILTER": "\"dong_code\" = '1141055500' AND \"risk_level\" = 'high'", "PRIVACY": 1}),
])
def test_printed_pages_speak_korean(provider, demo_dir, tmp_path, algorithm, parameters):
    """Every word a printed page says in the Korean UI (titles, legend, table, notes, footer, the
    base map's unavailable note, the write-in box) is Korean."""
    import processing

    output = tmp_path / "page.pdf"
    processing.run(f"welfarevisitmap:{algorithm}", {"DATABASE": str(demo_dir / "demo.gpkg"), "DPI": 72,
                                                    "OUTPUT": str(output), **parameters})
    found = page_words(output)
    assert not found, found
