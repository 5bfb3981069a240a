"""Write styles/layouts/*.qpt from the builders in plugin/printing.py (`make templates`)."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))

from qgis.core import QgsApplication, QgsProject  # noqa: E402

from welfare_visit_map.plugin import printing  # noqa: E402


def write_templates(out_dir=printing.LAYOUT_DIR):
    project = QgsProject()
    written = []
    for paper in printing.PAPER_MM:
        for orientation in printing.ORIENTATIONS:
            layout = printing.build_district_layout(project, paper, orientation)
            path = Path(out_dir) / printing.template_path("district", paper, orientation).name
            written.append(printing.save_template(layout, path))
    sheet = printing.build_sheet_layout(project)
    written.append(printing.save_template(sheet, Path(out_dir) / printing.template_path("household_sheet", "A4",
                                                                                         "portrait").name))
    return written


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    for path in write_templates(sys.argv[1] if len(sys.argv) > 1 else printing.LAYOUT_DIR):
        print(path)
