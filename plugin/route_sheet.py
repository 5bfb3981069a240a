"""The A4 'today's route' sheet of welfarevisitmap:plan_day: a map of the numbered stops and the
path, and the list of the stops with their addresses and what to check at each door (open needs,
last visit, risk). qgis.core only."""
import getpass
from datetime import datetime

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt, QVariant

from . import printing, styling
from .core import categories as cat
from .i18n import tr

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
STOP_FIELDS = (("stop", QVariant.Int), ("household_id", QVariant.String), ("name", QVariant.String),
               ("address", QVariant.String), ("risk_level", QVariant.String), ("risk", QVariant.String),
               ("arrival_min", QVariant.Int), ("walk_m", QVariant.Int), ("last_visit", QVariant.String),
               ("check", QVariant.String))
PATH_FIELDS = (("leg", QVariant.Int), ("from_stop", QVariant.Int), ("to_stop", QVariant.Int),
               ("metres", QVariant.Double), ("method", QVariant.String))


def fields_of(spec):
    from qgis.core import QgsFields

    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def _sheet_row(row):
    """A stop as the sheet's table shows it (long cells with line breaks, as QGIS 3.22 cannot wrap
    them safely: its WrapText corrupts memory here)."""
    return dict(row, address=row.get("address_lines", row.get("address")), check=row.get("check_lines", row.get("check")))


def stop_features(rows, fields):
    """Point features of the stops (``rows``: dicts with x, y and the STOP_FIELDS)."""
    out = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["x"], row["y"])))
        for name, _ in STOP_FIELDS:
            feature[name] = row.get(name)
        out.append(feature)
    return out


def path_features(legs, fields):
    """Line features of the path (``legs``: dicts with coords and the PATH_FIELDS)."""
    out = []
    for leg in legs:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in leg["coords"]]))
        for name, _ in PATH_FIELDS:
            feature[name] = leg.get(name)
        out.append(feature)
    return out


def _memory(kind, name, epsg, spec, features):
    """A memory layer with the fields of ``spec`` (declared in its URI) holding ``features``."""
    types = {QVariant.Int: "integer", QVariant.Double: "double", QVariant.String: "string"}
    uri = f"{kind}?crs=EPSG:{epsg}" + "".join(f"&field={field}:{types[kind_]}" for field, kind_ in spec)
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _stops_layer(rows, epsg, lang):
    layer = _memory("Point", tr("Stops"), epsg, STOP_FIELDS,
                    stop_features([_sheet_row(r) for r in rows], fields_of(STOP_FIELDS)))
    root = QgsRuleBasedRenderer.Rule(None)
    for level in (*(c.code for c in cat.RISK_LEVELS), None):
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": cat.RISK_COLOURS[level],
                                               "outline_color": "#222222", "outline_width": "0.4", "size": "6"})
        label = cat.label(cat.RISK_LEVELS, level, lang) if level else (cat.UNVISITED.ko if lang == "ko"
                                                                        else cat.UNVISITED.en)
        expression = f"\"risk_level\" = '{level}'" if level else "\"risk_level\" IS NULL"
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expression, label=label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = "stop"
    settings.setFormat(styling.text_format(9, bold=True, colour="#000000"))
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.displayAll = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _start_layer(start, epsg):
    layer = _memory("Point", tr("Start"), epsg, (("name", QVariant.String),), [])
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(start.x, start.y)))
    feature["name"] = tr("Start") + ": " + start.name
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#111111", "outline_color": "#ffffff", "outline_width": "0.4", "size": "4.5"})))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.setFormat(styling.text_format(8, bold=True, colour="#111111"))
    settings.placement = QgsPalLayerSettings.Placement.AroundPoint
    settings.dist = 1.5
    settings.displayAll = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _path_layer(legs, epsg):
    layer = _memory("LineString", tr("Route"), epsg, PATH_FIELDS, path_features(legs, fields_of(PATH_FIELDS)))
    symbol = QgsLineSymbol.createSimple({"color": "#6a3d9a", "width": "1.1", "capstyle": "round",
                                         "joinstyle": "round"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _columns(lang):
    spec = ((tr("No."), "\"stop\""), (tr("Arrival"), "'+' || to_string(\"arrival_min\") || '′'"),
            (tr("Name"), "\"name\""), (tr("Address"), "\"address\""), (tr("Risk"), "\"risk\""),
            (tr("Last visit"), "\"last_visit\""), (tr("What to check"), "\"check\""))
    widths = (8, 12, 15, 46, 14, 19, 59)  # 173 mm of text: 186 mm with the cell margins
    columns = []
    for (heading, expression), width in zip(spec, widths):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(width)
        columns.append(column)
    return columns


def _fit(bbox, width, height, margin=1.15, minimum=250.0):
    w, h = max(bbox.width(), minimum) * margin, max(bbox.height(), minimum) * margin
    ratio = width / height
    if w / h > ratio:
        h = w / ratio
    else:
        w = h * ratio
    c = bbox.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def write_sheet(output, epsg, start, rows, legs, heading, summary, privacy_label, base_layers=(), lang="ko", dpi=200,
                feedback=None):
    """The route sheet as a PDF at ``output``: ``rows`` the stops (see :func:`stop_features`),
    ``legs`` the path, ``heading`` and ``summary`` its title lines, ``base_layers`` (top first)
    drawn under the route."""
    project = QgsProject()
    layout = None
    try:
        path = _path_layer(legs, epsg)
        stops = _stops_layer(rows, epsg, lang)
        start_layer = _start_layer(start, epsg)
        layers = [stops, start_layer, path, *base_layers]
        for layer in layers:
            project.addMapLayer(layer, False)
        layout = QgsPrintLayout(project)
        layout.setName(tr("Today's route"))
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(210, 297, MM))
        printing._label(layout, "title", heading, 12, 10, 186, 10, 15, bold=True)
        printing._label(layout, "subtitle", summary, 12, 19, 186, 10, 8.5)
        map_item = printing._map(layout, 12, 31, 186, 128)
        map_item.setCrs(path.crs())
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        bbox = QgsRectangle(stops.extent())
        bbox.combineExtentWith(start_layer.extent())
        bbox.combineExtentWith(path.extent())
        map_item.setExtent(_fit(bbox, 186, 128))
        printing._scalebar(layout, map_item, 14, 143, 15, 40, 7)
        table = QgsLayoutItemAttributeTable.create(layout)
        layout.addMultiFrame(table)  # first, and its frame: a table without them aborts on setColumns
        frame = QgsLayoutFrame(layout, table)
        frame.setId("table")
        frame.attemptMove(QgsLayoutPoint(12, 163, MM))
        frame.attemptResize(QgsLayoutSize(186, 112, MM))
        table.addFrame(frame)
        table.setHeaderFont(printing._font(8.5, bold=True))  # the look before the rows (as the templates do)
        table.setContentFont(printing._font(8))
        table.setCellMargin(0.8)
        table.setGridStrokeWidth(0.15)
        table.setVectorLayer(stops)
        table.setColumns(_columns(lang))
        # no WrapText: QGIS 3.22 corrupts its memory with it; long cells carry their own line breaks
        table.setMaximumNumberOfFeatures(1000)
        sort = QgsLayoutTableColumn()
        sort.setAttribute("\"stop\"")
        sort.setSortOrder(Qt.SortOrder.AscendingOrder)
        table.setSortColumns([sort])
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
        table.refresh()
        footer = tr("Printed by {} on {} · privacy mode: {}").format(
            getpass.getuser(), datetime.now().strftime("%Y-%m-%d %H:%M"), privacy_label)
        printing._label(layout, "footer", footer, 12, 282, 186, 6, 7)
        for page in range(1, layout.pageCollection().pageCount()):  # the list's further pages: the footer too
            item = printing._label(layout, f"footer_{page}", footer, 12, 282, 186, 6, 7)
            item.attemptMove(QgsLayoutPoint(12, 282, MM), page=page)
        map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, MM))
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, Hangul as text
        result = QgsLayoutExporter(layout).exportToPdf(str(output), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise printing.PrintError(tr("The PDF could not be written: {}").format(output))
        return layout.pageCollection().pageCount()
    finally:
        if layout is not None:
            layout.clear()
        project.removeAllMapLayers()
        project.clear()
        del feedback
