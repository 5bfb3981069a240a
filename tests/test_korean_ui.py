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
