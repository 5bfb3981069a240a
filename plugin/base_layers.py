"""The database's own base map (roads and buildings imported by ``welfarevisitmap:import_base_map``)
as QGIS layers styled for print: quiet grey roads drawn at their width with their names along
them, light grey buildings with their building numbers (main-sub, "12-3") at 통 scale and their
names when zoomed in further — greys, so the risk colours stay the loudest thing on a page.
qgis.core only (no GUI)."""
from qgis.core import (
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from . import styling
from .core import db
from .core.model import BASE_TABLES
from .i18n import tr

#: a layer made here says which base table it shows (a project's layer tree keeps it)
BASE_PROPERTY = "welfare_visit_map/base_table"

# the scales (denominators) up to which each part is drawn: road names in a 동, building numbers
# at 통 scale (a 통 page is 1:1,500–1:4,000 on A3), building names only closer still
ROAD_NAMES_UP_TO = 20000
BUILDING_NUMBERS_UP_TO = 5000
BUILDING_NAMES_UP_TO = 2500
BUILDINGS_UP_TO = 25000

ROAD_CASING, ROAD_FILL = "#8c8c8c", "#ffffff"
BUILDING_FILL, BUILDING_OUTLINE = "#dedede", "#a6a6a6"
ROAD_TEXT, BUILDING_TEXT = "#404040", "#333333"

#: the building number as printed on the building and written in its road address: "12", "12-3"
BUILDING_NUMBER = ("CASE WHEN \"main_no\" IS NULL THEN NULL WHEN coalesce(\"sub_no\", 0) > 0 "
                   "THEN to_string(\"main_no\") || '-' || to_string(\"sub_no\") ELSE to_string(\"main_no\") END")
# the layers' order from the top of the map down: roads over buildings
ORDER = ("base_roads", "base_buildings")


def layer_names():
    return {"base_roads": tr("Base map: roads"), "base_buildings": tr("Base map: buildings")}


def attribution(sources):
    """Whose data a base map is, for the page's credits (OpenStreetMap's licence asks for it)."""
    names = {"juso": tr("Road-name address electronic map (Ministry of the Interior and Safety)"),
             "osm": tr("© OpenStreetMap contributors")}
    return " · ".join(names.get(s, s) for s in sorted(sources))


def present_tables(database):
    """The base tables of ``database`` that hold rows, with the sources of their rows:
    {table: [source, …]} in :data:`ORDER` ({} for a database without a base map)."""
    try:
        conn = db.connect_readonly(database)
    except db.errors():
        return {}
    try:
        return {table: sources for table in ORDER
                if (sources := [r[0] for r in conn.execute(f"SELECT DISTINCT source FROM {table}").fetchall()])}
    except db.errors():  # a login that may not read them (a partner's): no base map
        return {}
    finally:
        conn.close()


def database_base_layers(database, lang="ko"):
    """The styled layers of the database's base map — roads above buildings, top first, as a
    layer tree or QgsMapSettings.setLayers() take them — or [] when the database holds none.
    ``database``: a GeoPackage path, a shared database's name or a database value. The layers
    belong to no project (the caller adds them); a shared database's keep the session's password
    (for a print of this run: never saved in a project)."""
    from .project import vector_layer

    del lang  # the names follow the interface language (tr); the look is the same in both
    return styled_layers(database, lambda table: vector_layer(database, table, keep_password=True))


def styled_layers(database, make_layer):
    """:func:`database_base_layers` with the layers made by ``make_layer(table)`` (a project's
    layers are made without a password)."""
    names = layer_names()
    layers = []
    for table, sources in present_tables(database).items():
        layer = make_layer(table)
        if not layer.isValid():
            continue
        layer.setName(names[table])
        layer.setAttribution(attribution(sources))
        style_base_layer(layer, table)
        layer.setCustomProperty(BASE_PROPERTY, table)
        layers.append(layer)
    return layers


def style_base_layer(layer: QgsVectorLayer, table: str) -> None:
    """The print look of a base table's layer (``table``: one of :data:`ORDER`)."""
    if table == "base_roads":
        layer.setRenderer(QgsSingleSymbolRenderer(road_symbol()))
        layer.setLabeling(QgsVectorLayerSimpleLabeling(road_label_settings()))
    elif table == "base_buildings":
        layer.setRenderer(QgsSingleSymbolRenderer(building_symbol()))
        layer.setLabeling(building_labeling())
        layer.setScaleBasedVisibility(True)
        layer.setMaximumScale(0)
        layer.setMinimumScale(BUILDINGS_UP_TO)  # a 구 overview is no place for 10,000 houses
    else:
        raise ValueError(f"{table!r} is not a styled base table ({', '.join(ORDER)})")
    layer.setLabelsEnabled(True)


def _road_line(colour, extra_mm):
    """One stroke of a road: as wide on paper as the road is (``width`` in metres, 6 m when not
    known) at the map's scale, 0.5–7 mm, plus ``extra_mm`` (the casing's edge)."""
    line = QgsSimpleLineSymbolLayer(QColor(colour))
    line.setWidthUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    line.setWidth(1.0 + extra_mm)
    width = (f"min(7, max(0.5, coalesce(CASE WHEN \"width\" > 0 THEN \"width\" END, 6) * 1000 / "
             f"coalesce(@map_scale, 5000))) + {extra_mm}")
    line.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeWidth, QgsProperty.fromExpression(width))
    line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return line


def road_symbol():
    """A road: a grey casing around a white fill, as wide as the road on paper."""
    symbol = QgsLineSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(_road_line(ROAD_CASING, 0.5))
    symbol.appendSymbolLayer(_road_line(ROAD_FILL, 0.0))
    return symbol


def road_label_settings():
    """Road names along the roads (curved with them, on the line), grey, repeated along long roads."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "road_name"
    settings.setFormat(styling.text_format(8, colour=ROAD_TEXT))  # legible on A3 paper
    settings.placement = QgsPalLayerSettings.Placement.Curved
    settings.repeatDistance = 120
    settings.repeatDistanceUnit = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.maxCurvedCharAngleIn = 25
    settings.maxCurvedCharAngleOut = -25
    settings.scaleVisibility = True
    settings.minimumScale = ROAD_NAMES_UP_TO
    settings.maximumScale = 0
    settings.priority = 3  # below the households' house numbers (5) and the districts' names
    return settings


def building_symbol():
    return QgsFillSymbol.createSimple({"color": BUILDING_FILL, "outline_color": BUILDING_OUTLINE,
                                       "outline_width": "0.12", "outline_width_unit": "MM"})


def building_labeling():
    """Building numbers (main-sub) on the buildings at 통 scale, and a building's name under its
    number when zoomed in further (one label: the two never push each other away)."""
    expression = (f"concat({BUILDING_NUMBER}, CASE WHEN @map_scale <= {BUILDING_NAMES_UP_TO} "
                  "AND coalesce(\"building_name\", '') <> '' THEN char(10) || \"building_name\" END)")
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(styling.text_format(7, colour=BUILDING_TEXT))
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.centroidInside = True
    settings.priority = 4  # under the households' house numbers (5)
    if hasattr(QgsPalLayerSettings, "MultiCenter"):
        settings.multilineAlign = QgsPalLayerSettings.MultiLineAlign.MultiCenter
    root = QgsRuleBasedLabeling.Rule(None)
    rule = QgsRuleBasedLabeling.Rule(settings)
    rule.setFilterExpression("\"main_no\" IS NOT NULL OR coalesce(\"building_name\", '') <> ''")
    rule.setMinimumScale(BUILDING_NUMBERS_UP_TO)
    rule.setMaximumScale(0)
    root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


__all__ = ["BASE_PROPERTY", "BASE_TABLES", "ORDER", "database_base_layers", "present_tables", "style_base_layer",
           "styled_layers"]
