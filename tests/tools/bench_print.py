"""`make bench`: print the 통 pages of the demo's largest 동 at 300 dpi with our algorithm and,
in the same run, with QGIS's own atlas export of the same template and coverage; print the
seconds, seconds per page and the ratio (target: ours ≤ 1.2 × QGIS)."""
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.environ.get("WELFARE_TEST_PLUGINS_DIR", str(ROOT.parent)))
for candidate in ("/usr/share/qgis/python/plugins",):
    sys.path.append(candidate)

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsProject,
    QgsVectorLayer,
)

DPI = 300


def main(database):
    from processing.core.Processing import Processing

    from welfare_visit_map.plugin import printing
    from welfare_visit_map.plugin.algorithms.provider import WelfareVisitMapProvider

    Processing.initialize()
    provider = WelfareVisitMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    with sqlite3.connect(database) as conn:
        dong, name, pages = conn.execute(
            "SELECT d.code, d.name, count(t.code) FROM districts d JOIN districts t ON t.parent_code = d.code "
            "WHERE d.level = 'dong' GROUP BY d.code ORDER BY d.households_registered DESC LIMIT 1").fetchone()
    out = Path(tempfile.mkdtemp(prefix="wvm-bench-"))
    where = f"\"parent_code\" = '{dong}'"

    # QGIS's own atlas: the same template, the same coverage, atlas-driven map, nothing of ours
    project = QgsProject()
    layers = {t: QgsVectorLayer(f"{database}|layername={t}", t, "ogr") for t in ("districts", "households", "facilities")}
    for layer in layers.values():
        project.addMapLayer(layer)
    layout = printing.load_template(project, printing.template_path("district", "A3", "landscape"))
    coverage = QgsVectorLayer(f"{database}|layername=districts", "coverage", "ogr")
    coverage.setSubsetString(f"\"level\" = 'tong' AND {where}")
    project.addMapLayer(coverage, False)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    map_item = layout.itemById("map")
    map_item.setLayers([layers["districts"], layers["facilities"], layers["households"]])
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    table = layout.itemById("table").multiFrame()
    table.setVectorLayer(layers["households"])
    table.setFilterToAtlasFeature(True)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = DPI
    start = time.perf_counter()
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(out / "qgis_atlas.pdf"), settings)
    qgis_seconds = time.perf_counter() - start
    assert result == QgsLayoutExporter.ExportResult.Success, error

    start = time.perf_counter()
    processing.run("welfarevisitmap:print_district_maps", {
        "DATABASE": str(database), "LEVEL": 0, "FILTER": where, "PRIVACY": 0, "DPI": DPI,
        "OUTPUT": str(out / "ours.pdf")})
    ours_seconds = time.perf_counter() - start
    print(f"print the 통 pages of {name} ({dong}): {pages} A3 pages at {DPI} dpi")
    print(f"  QGIS atlas export (baseline): {qgis_seconds:6.2f} s  {qgis_seconds / pages:5.2f} s/page")
    print(f"  print_district_maps (ours):   {ours_seconds:6.2f} s  {ours_seconds / pages:5.2f} s/page")
    print(f"  ratio ours/QGIS: {ours_seconds / qgis_seconds:4.2f} (target <= 1.20)")
    print(f"  PDFs in {out}")
    return provider  # Python providers must stay referenced while their algorithms run


def bench_exports(database):
    """The demo's 13,608 visits of 2026 into the visit-results workbook (export_visit_results:
    styled, dates as dates, risk cells filled, text kept as text) against openpyxl writing the
    same rows plainly (write-only mode), in the same run (target: ours ≤ 5 s)."""
    import processing
    from openpyxl import Workbook

    from welfare_visit_map.plugin.core import exports, gpkg

    with tempfile.TemporaryDirectory() as tmp:
        conn = gpkg.connect_readonly(database)
        rows = exports.visit_results(conn, "2026-01-01", "2026-12-31")
        conn.close()
        start = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("plain")
        for row in rows:
            sheet.append([row[key] for key, _, _ in exports.VISIT_RESULT_COLUMNS])
        book.save(Path(tmp) / "plain.xlsx")
        plain = time.perf_counter() - start
        start = time.perf_counter()
        processing.run("welfarevisitmap:export_visit_results", {"DATABASE": str(database), "DATE_FROM": "2026-01-01",
                                                                "DATE_TO": "2026-12-31", "OUTPUT": str(Path(tmp) / "v.xlsx")})
        ours = time.perf_counter() - start
    print(f"export_visit_results, {len(rows):,} visits of 2026")
    print(f"  openpyxl write-only, plain (baseline): {plain:6.2f} s")
    print(f"  export_visit_results (ours):           {ours:6.2f} s  ratio {ours / plain:4.2f} (target: ours <= 5 s)")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    demo = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "demo" / "demo.gpkg").resolve()
    provider = main(demo)
    bench_exports(demo)
