"""Write styles/<table>.qml (Korean) and styles/en/<table>.qml (English) from plugin/styling.py
(`make styles`). The QML files are what a district can load by hand or restyle; the plugin
itself applies the same styles through the API."""
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))

from qgis.core import QgsApplication, QgsMapLayer, QgsProject  # noqa: E402

from welfare_visit_map.plugin import styling  # noqa: E402
from welfare_visit_map.plugin.core import database  # noqa: E402
from welfare_visit_map.plugin.project import open_database  # noqa: E402

CATEGORIES = QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Diagrams | QgsMapLayer.Fields | QgsMapLayer.Forms


def stable_xml(text):
    """QGIS writes attributes in a random order: sort them, so regenerating gives small diffs."""
    root = ET.fromstring(text)
    for element in root.iter():
        items = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(items)
    ET.indent(root, space=" ")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode") + "\n"


def write_styles(out_dir):
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory() as tmp:
        path = database.create(Path(tmp) / "styles.gpkg")
        for lang, folder in (("ko", out_dir), ("en", out_dir / "en")):
            folder.mkdir(parents=True, exist_ok=True)
            project = QgsProject()
            layers = open_database(path, project, lang)  # with its relations, for the form editors
            styling.bind_value_relations(layers, portable=True)
            for table in styling.STYLED_TABLES:
                qml = folder / f"{table}.qml"
                message, ok = layers[table].saveNamedStyle(str(qml), CATEGORIES)
                if not ok:
                    raise RuntimeError(f"{table}: {message}")
                qml.write_text(stable_xml(styling.bind_relation_editors(qml.read_text(encoding="utf-8"))),
                               encoding="utf-8")
            project.clear()
    return sorted(out_dir.rglob("*.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    for written in write_styles(sys.argv[1] if len(sys.argv) > 1 else ROOT / "styles"):
        print(written.relative_to(ROOT) if written.is_relative_to(ROOT) else written)
