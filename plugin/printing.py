"""Printed pages: A3 district maps per 통 or 동 and A4 household visit sheets, as QGIS atlases.

The page designs are layout templates (styles/layouts/*.qpt, written by `make templates` from
the builders here), so a district can restyle them in QGIS's layout designer; the print
functions load the template and bind its items (found by id) to the database for each run.
qgis.core only.
"""
import getpass
import json
import math
from datetime import datetime
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument
from qgis.utils import qgsfunction

from . import basemap, styling
from .core import categories as cat
from .core import privacy
from .i18n import tr
from .project import first_feature

LAYOUT_DIR = Path(__file__).resolve().parent.parent / "styles" / "layouts"
PAPER_MM = {"A3": (420.0, 297.0), "A4": (297.0, 210.0)}  # landscape
ORIENTATIONS = ("landscape", "portrait")
LEVELS = ("tong", "dong")
MAX_TABLE_ROWS = {"tong": 32, "dong": 32}  # what fits the A3 panel at 8 pt
TABLE_FONT_PT = 8.0  # the page table's text on A3 (A4 scales it down): readable on the street
PIE_MM = {"tong": 22.0, "dong": 12.0}  # a 통's pie across, on its own page / on a 동 page, at PIE_FULL households
PIE_FULL = 60
OVERDUE_MARK = "▲"  # before a next-visit date that has passed, in the page table
# base maps a print can be made on (BASEMAP): online XYZ maps, a layer of the user's project, the
# database's own roads and buildings (import_base_map), or XYZ tiles from any URL (file:// too)
BASEMAP_CHOICES = ("none", "vworld_white", "vworld_base", "osm", "layer", "database", "url")


class PrintError(ValueError):
    """A print that cannot be made (nothing selected, bad filter, no template)."""


def _copy_of(layer, name):
    """A second layer on the same table for the print (a mask, the coverage), styled by the print
    itself: QGIS need not read the database's default style (GDAL's read-only look into a
    GeoPackage's layer_styles printed "ERROR 1: … unable to open database file")."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    return QgsVectorLayer(layer.source(), name, layer.providerType(), options)


def fonts_available():
    """True when a Hangul font (NanumGothic or Noto Sans CJK KR) is installed for Qt."""
    from qgis.PyQt.QtGui import QFontDatabase

    families = set(QFontDatabase().families())
    return any(f in families for f in (styling.FONT_FAMILY, "Noto Sans CJK KR", "Noto Sans KR"))


def _font(size, bold=False):
    font = QFont(styling.FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, item_id, text, x, y, w, h, size, bold=False, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return label


def _map(layout, x, y, width, height):
    """A framed map item of a fixed size (its extent has the same shape, so it never resizes)."""
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    layout.addLayoutItem(map_item)  # no setRect: attemptResize must see a change, or the saved size is 0
    map_item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setExtent(QgsRectangle(0, 0, width, height))  # a real extent of the item's shape, not NaN
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return map_item


def _scalebar(layout, map_item, x, y, min_width, max_width, text_size):
    """A metre scale bar of two segments that fits its width to round numbers."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(min_width)
    bar.setMaximumBarWidth(max_width)
    bar.setTextFormat(styling.text_format(text_size, buffer=False))
    bar.setBackgroundEnabled(True)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return bar


def _page(layout, paper, orientation):
    width, height = PAPER_MM[paper]
    if orientation == "portrait":
        width, height = height, width
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return width, height


# --- district maps ----------------------------------------------------------------------------

def build_district_layout(project, paper="A3", orientation="landscape"):
    """The district-map page: map, title, legend, risk counts, household table, scale bar,
    north arrow, print date and footer. Items carry ids the print function binds."""
    layout = QgsPrintLayout(project)
    layout.setName(f"Welfare Visit Map — district {paper} {orientation}")
    width, height = _page(layout, paper, orientation)
    k = width / 420.0 if orientation == "landscape" else height / 420.0  # text scale: A3 = 1
    margin = 10 * k
    panel = (width * 0.30) if orientation == "landscape" else 0
    map_w = width - 2 * margin - (panel + margin * 0.6 if panel else 0)
    map_h = (height - 2 * margin - 34 * k) if orientation == "landscape" else height * 0.55
    _label(layout, "title", "", margin, margin, width - 2 * margin, 14 * k, 22 * k, bold=True)
    _label(layout, "subtitle", "", margin, margin + 13 * k, width - 2 * margin, 8 * k, 11 * k)
    map_item = _map(layout, margin, margin + 24 * k, map_w, map_h)
    _scalebar(layout, map_item, margin + 4 * k, margin + 24 * k + map_h - 16 * k, 25 * k, 60 * k, 9 * k)
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(north)
    north.attemptMove(QgsLayoutPoint(margin + map_w - 18 * k, margin + 27 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    north.attemptResize(QgsLayoutSize(13 * k, 16 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    if orientation == "landscape":
        px, py, pw = width - margin - panel, margin + 24 * k, panel
    else:
        px, py, pw = margin, margin + 24 * k + map_h + 5 * k, width - 2 * margin
    legend = _legend(layout, "legend", map_item, k)
    legend.setTitle(tr("Legend"))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setLegendFilterByMapEnabled(True)  # only the kinds that are on the page
    legend.attemptMove(QgsLayoutPoint(px, py + 36 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(pw, 58 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    # the households per 통 (pies by risk) on 동 and partner pages: the legend box's left part
    counts_legend = _legend(layout, "counts_legend", map_item, k)
    counts_legend.setColumnCount(1)
    counts_legend.attemptMove(QgsLayoutPoint(px, py + 36 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    counts_legend.attemptResize(QgsLayoutSize(pw * 0.45, 58 * k, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    counts_legend.setVisibility(False)
    _label(layout, "counts", "", px, py, pw, 34 * k, 11 * k, bold=True)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderFontColor(QColor("#111111"))
    table.setHeaderFont(_font((TABLE_FONT_PT + 0.5) * k, bold=True))
    table.setContentFont(_font(TABLE_FONT_PT * k))
    table.setCellMargin(0.6 * k)
    table.setGridStrokeWidth(0.15)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("No households on this page"))
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("table")
    table_y = py + 96 * k
    table_h = (height - margin - 16 * k) - table_y
    frame.attemptMove(QgsLayoutPoint(px, table_y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(pw, table_h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    table.addFrame(frame)
    _label(layout, "table_note", "", px, height - margin - 15 * k, pw, 6 * k, 8 * k)
    _label(layout, "footer", "", margin, height - margin - 8 * k, width - 2 * margin, 8 * k, 8 * k)
    _basemap_note(layout, margin + map_w - 1.5 * k, margin + 24 * k + map_h - 1.5 * k, map_w * 0.6, 7.5 * k)
    return layout


def _legend(layout, item_id, map_item, k):
    """An empty legend of the page's map (filled by the print), in the page's fonts."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle("")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    _legend_fonts(legend, k)
    legend.setSymbolHeight(4.5 * k)
    legend.setSymbolWidth(6 * k)
    layout.addLayoutItem(legend)
    legend.setResizeToContents(False)
    return legend


def legend_scale(layout):
    """The text scale of a page: 1 on A3, 0.71 on A4 (as the builders made it)."""
    size = layout.pageCollection().page(0).pageSize()
    return max(size.width(), size.height()) / 420.0


def _legend_fonts(legend, k):
    """The legend's title, layer names and entries in the Korean font, sized for the page."""
    for style, size, bold in ((QgsLegendStyle.Style.Title, 12, True), (QgsLegendStyle.Style.Group, 10, True),
                              (QgsLegendStyle.Style.Subgroup, 10, True), (QgsLegendStyle.Style.SymbolLabel, 9, False)):
        legend.rstyle(style).setFont(_font(size * k, bold))


def _basemap_note(layout, right, bottom, width, size):
    """The base map's attribution, or that it could not be had, in the map's lower right corner
    (on white, hidden when the print has no base map)."""
    note = QgsLayoutItemLabel(layout)
    note.setId("basemap_note")
    note.setText("")
    note.setFont(_font(size))
    note.setFontColor(QColor("#333333"))
    note.setHAlign(Qt.AlignmentFlag.AlignRight)
    note.setVAlign(Qt.AlignmentFlag.AlignBottom)
    note.setBackgroundEnabled(True)
    note.setBackgroundColor(QColor(255, 255, 255, 220))
    note.setMarginX(1.0)
    note.setMarginY(0.5)
    layout.addLayoutItem(note)
    note.setReferencePoint(QgsLayoutItemLabel.ReferencePoint.LowerRight)
    note.attemptResize(QgsLayoutSize(width, size * 0.6, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    note.attemptMove(QgsLayoutPoint(right, bottom, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    note.setVisibility(False)
    return note


def build_sheet_layout(project):
    """The A4 household visit sheet: title, location map, details, visits, open needs, linkages."""
    layout = QgsPrintLayout(project)
    layout.setName("Welfare Visit Map — household sheet A4")
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(210, 297, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    _label(layout, "title", "", 12, 10, 186, 10, 15, bold=True)
    _label(layout, "subtitle", "", 12, 19, 186, 6, 8.5)
    map_item = _map(layout, 12, 27, 88, 80)
    _scalebar(layout, map_item, 14, 96, 15, 30, 7)
    _label(layout, "details", "", 104, 27, 94, 80, 9.5)
    _label(layout, "visits_title", tr("Visits (latest first)"), 12, 110, 186, 6, 11, bold=True)
    _label(layout, "visits", "", 12, 116, 186, 46, 8.5)
    _label(layout, "needs_title", tr("Open needs"), 12, 164, 90, 6, 11, bold=True)
    _label(layout, "needs", "", 12, 170, 90, 33, 8.5)
    _label(layout, "linkages_title", tr("Services linked"), 106, 164, 92, 6, 11, bold=True)
    _label(layout, "linkages", "", 106, 170, 92, 33, 8.5)
    # the next visit, written in by hand on the doorstep, then typed in once
    _label(layout, "writein_title", tr("Next visit (write in on the spot)"), 12, 206, 186, 6, 11, bold=True)
    box = _label(layout, "writein", "", 12, 213, 186, 64, 10)
    box.setFrameEnabled(True)
    box.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    box.setMarginX(4)
    box.setMarginY(3)
    _label(layout, "footer", "", 12, 280, 186, 8, 7)
    _basemap_note(layout, 98.5, 105.5, 46, 6)  # right of the scale bar
    return layout


def writein_text(lang="ko"):
    """The write-in box of a visit sheet: date, visitor and signature, met or not, the risk found,
    needs and what was done, as lines to write on."""
    def labels(categories, codes):
        found = {c.code: (c.ko if lang == "ko" else c.en) for c in categories}
        return "   ".join(f"□ {found[code]}" for code in codes)

    blank = "_" * 14
    risks = "   ".join(f"□ {c.ko if lang == 'ko' else c.en}" for c in cat.RISK_LEVELS)
    return "\n\n".join((
        f"{tr('Visit date')}:  ____ . ____ . ____        {tr('Visitor')}: {blank}        {tr('Signature')}: {blank}",
        f"{tr('Met?')}:   " + labels(cat.VISIT_OUTCOMES, ("met", "absent", "refused", "phone_only"))
        + f"   □ {tr('other')} ({' ' * 12})",
        f"{tr('Risk')}:   {risks}",
        f"{tr('Needs found')}: " + "_" * 70,
        "_" * 84,
        f"{tr('Action taken or services linked')}: " + "_" * 56,
        f"{tr('Next visit planned')}:  ____ . ____ . ____",
    ))


def configure_sheet_layout(layout, layers, filter_expression, privacy_mode, lang="ko", printed_by=None, printed_at=None,
                           household_filter=None, include_closed=False):
    """Bind the household-sheet layout: one page per household matching the filter (and the
    households layer's SQL filter ``household_filter``); closed, moved and deceased households
    only with ``include_closed``."""
    households, districts = layers["households"], layers["districts"]
    subset = " AND ".join(f"({part})" for part in (household_filter, None if include_closed else "status = 'active'")
                          if part)
    coverage, atlas = _atlas(layout, layers, households, subset or None, f"{styling.RISK_ORDER} * -1",
                             filter_expression, hide=True)
    mask = _copy_of(districts, "districts_print")
    layout.project().addMapLayer(mask, False)
    layers["_mask"] = mask
    root = QgsRuleBasedRenderer.Rule(None)
    tong = QgsFillSymbol.createSimple({"color": "255,255,0,40", "outline_color": "#000000", "outline_width": "0.6"})
    root.appendChild(QgsRuleBasedRenderer.Rule(
        tong, filterExp="\"level\" = 'tong' AND \"code\" = attribute(@atlas_feature, 'dong_code') || '-' || "
                        "lpad(to_string(attribute(@atlas_feature, 'tong')), 2, '0')"))
    other = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#8a8a8a", "outline_width": "0.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, filterExp="\"level\" = 'tong'"))
    mask.setRenderer(QgsRuleBasedRenderer(root))
    focus = _copy_of(households, "focus")
    layout.project().addMapLayer(focus, False)
    layers["_focus"] = focus
    ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": "0,0,0,0", "outline_color": "#000000",
                                         "outline_width": "0.8", "size": "7"})
    froot = QgsRuleBasedRenderer.Rule(None)
    froot.appendChild(QgsRuleBasedRenderer.Rule(ring, filterExp="$id = @atlas_featureid"))
    focus.setRenderer(QgsRuleBasedRenderer(froot))
    map_item = _item(layout, "map")
    if privacy_mode == "partner":
        map_item.setLayers([mask, layers["facilities"]])  # the 통 only: no household is placed
    else:
        print_household_style(households, "staff", lang)
        map_item.setLayers([focus, households, layers["facilities"], mask])
    map_item.setKeepLayerSet(True)
    map_item.setCrs(districts.crs())
    map_item.setAtlasDriven(False)
    tong_shapes = {f["code"]: f.geometry().boundingBox() for f in districts.getFeatures("\"level\" = 'tong'")}

    def fit(feature):
        if not (feature.isValid() and feature.hasGeometry()):  # the atlas also signals an empty feature at its end
            return
        if privacy_mode == "partner":
            code = f"{feature['dong_code']}-{int(feature['tong'] or 0):02d}"
            bbox = tong_shapes.get(code) or feature.geometry().buffer(300, 8).boundingBox()
        else:
            bbox = feature.geometry().buffer(120, 8).boundingBox()
        map_item.setExtent(fitted_extent(bbox, map_item.sizeWithUnits(), 1.1))

    atlas.featureChanged.connect(fit)
    layout._wvm_fit = fit
    for item_id in ("title", "details", "visits", "needs", "linkages"):
        _item(layout, item_id).setText(f"[% wvm_page(attribute(@atlas_feature, 'id'), '{item_id}') %]")
    for item_id, text in (("visits_title", tr("Visits (latest first)")), ("needs_title", tr("Open needs")),
                          ("linkages_title", tr("Services linked")),
                          ("writein_title", tr("Next visit (write in on the spot)")), ("writein", writein_text(lang))):
        item = layout.itemById(item_id)  # a district's own older template may lack the write-in box
        if item is not None:
            item.setText(text)  # in the language of this run, not of the template
    # what the page really shows: a staff sheet has the name, phone and address in full
    mode = (tr("staff") + " (" + tr("names and phones shown") + ")" if privacy_mode == "staff"
            else tr("partner (no personal data)"))
    _item(layout, "subtitle").setText(tr("Household visit sheet") + " · " + mode)
    printed_by = printed_by or getpass.getuser()
    printed_at = printed_at or datetime.now().strftime("%Y-%m-%d %H:%M")
    _item(layout, "footer").setText(
        tr("Printed by {} on {} · privacy mode: {} · page [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]")
        .format(printed_by, printed_at, mode))
    return coverage


def sheet_texts(sheets):
    _PAGES.clear()
    _PAGES.update(sheets)


def save_template(layout, path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise PrintError(tr("Could not write {}").format(path))
    return path


def load_template(project, path):
    """A print layout from a .qpt file; raises PrintError when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise PrintError(tr("Layout template not found: {}").format(path))
    doc = QDomDocument()
    if not doc.setContent(path.read_text(encoding="utf-8")):
        raise PrintError(tr("Layout template is not valid XML: {}").format(path))
    layout = QgsPrintLayout(project)
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not ok:
        raise PrintError(tr("Layout template could not be loaded: {}").format(path))
    return layout


def template_path(kind, paper, orientation):
    return LAYOUT_DIR / f"{kind}_{paper.lower()}_{orientation}.qpt"


def _item(layout, item_id):
    item = layout.itemById(item_id)
    if item is None:
        raise PrintError(tr("The layout template has no item with id {}").format(item_id))
    return item


def _table(layout):
    frame = _item(layout, "table")
    return frame.multiFrame()


def print_household_style(layer, privacy_mode, lang):
    """Households on paper: risk colours a little larger, the house number beside each point
    (staff) — never a name; partners get no household points at all (통 counts instead)."""
    if privacy_mode == "partner":
        root = QgsRuleBasedRenderer.Rule(None)
        layer.setRenderer(QgsRuleBasedRenderer(root))
        layer.setLabelsEnabled(False)
        return
    renderer = styling.household_renderer(lang)
    for rule in renderer.rootRule().descendants():
        rule.setMinimumScale(0)  # a page shows its points at whatever scale it is printed
        rule.setMaximumScale(0)
        symbol = rule.symbol()
        if symbol is None:
            continue
        layer_symbol = symbol.symbolLayer(0)
        layer_symbol.setDataDefinedProperties(type(layer_symbol.dataDefinedProperties())())
        if "next_visit_due" in rule.filterExpression():
            symbol.setSize(5.2)
            symbol.symbolLayer(0).setStrokeWidth(0.7)
        else:
            symbol.setSize(symbol.size() * 1.35)
    layer.setRenderer(renderer)
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = f"CASE WHEN \"status\" = 'active' THEN {privacy.HOUSE_NUMBER_EXPRESSION} END"
    settings.setFormat(styling.text_format(6.5, colour="#222222"))
    settings.placement = QgsPalLayerSettings.Placement.AroundPoint  # beside the point, never over it
    settings.dist = 0.8
    settings.scaleVisibility = True  # house numbers on 통 pages; a 동 page would drown in them
    settings.minimumScale = 3500
    settings.maximumScale = 0
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def print_district_style(layer, level, privacy_mode, scale=1.0):
    """The page's district outlined in black; the others of its level faded under white; 통
    numbers inside a 동 page; in partner mode and on 동 pages each 통 carries its counts per risk
    under its pie. ``scale``: the page's text scale (1 on A3, 0.71 on A4)."""
    this = "\"code\" = attribute(@atlas_feature, 'code')"
    root = QgsRuleBasedRenderer.Rule(None)
    fade = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_color": "#9a9a9a", "outline_width": "0.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(fade, filterExp=f"\"level\" = '{level}' AND NOT ({this})"))
    if level == "dong":
        tong = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#6f6f6f", "outline_width": "0.25",
                                           "outline_style": "dash"})
        root.appendChild(QgsRuleBasedRenderer.Rule(
            tong, filterExp="\"level\" = 'tong' AND \"parent_code\" = attribute(@atlas_feature, 'code')"))
    outline = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#000000", "outline_width": "1.1"})
    root.appendChild(QgsRuleBasedRenderer.Rule(outline, filterExp=this))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    pies = privacy_mode == "partner" or level == "dong"  # households as pies per 통, their counts under them
    tong_label = "\"name\"" + (" || '\\n' || wvm_page(\"code\", 'short_counts')" if pies else "")
    settings.fieldName = (f"CASE WHEN \"level\" = 'tong' AND (\"parent_code\" = attribute(@atlas_feature, 'code') "
                          f"OR {this}) THEN {tong_label} END")
    settings.setFormat(styling.text_format((9 if level == "dong" else 11) * scale, bold=True, colour="#333333"))
    settings.placement = QgsPalLayerSettings.Placement.OverPoint if hasattr(QgsPalLayerSettings, "OverPoint") else 1
    settings.centroidInside = True
    if pies:  # under the 통's pie (PIE_MM across at most)
        settings.quadOffset = QgsPalLayerSettings.QuadrantPosition.QuadrantBelow
        settings.yOffset = PIE_MM[level] * scale / 2 + 1
        settings.offsetUnits = QgsUnitTypes.RenderUnit.RenderMillimeters
        settings.displayAll = True  # a pie is no reason to leave out a 통's name
    settings.multilineAlign = QgsPalLayerSettings.MultiLineAlign.MultiCenter if hasattr(QgsPalLayerSettings, "MultiCenter") else 1
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _table_layer(layout, layers, households, coverage, level, filter_expression):
    """The households the page tables may list: a copy of the households layer narrowed by the
    provider (SQL) to the active households of the 동 printed, so that each page's table filter
    (an expression QGIS evaluates feature by feature) runs over that 동's households rather than
    the whole district's — the table was half of every page's time (make bench)."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if filter_expression:
        request.setFilterExpression(filter_expression)
    field = "parent_code" if level == "tong" else "code"
    dongs = sorted({str(f[field]) for f in coverage.getFeatures(request) if f[field]})
    if not dongs:
        return households
    table_layer = _copy_of(households, "households_table")
    subset = "\"status\" = 'active' AND \"dong_code\" IN ({})".format(
        ", ".join("'" + code.replace("'", "''") + "'" for code in dongs))
    if households.subsetString():
        subset = f"({households.subsetString()}) AND {subset}"
    if not table_layer.setSubsetString(subset):
        return households
    layout.project().addMapLayer(table_layer, False)
    layers["_table"] = table_layer
    return table_layer


def _where(level):
    """Households of the atlas page's district, by their dong and 통 fields (fast, no geometry)."""
    if level == "tong":
        return ("\"dong_code\" = attribute(@atlas_feature, 'parent_code') AND "
                "\"tong\" = to_int(right(attribute(@atlas_feature, 'code'), 2))")
    return "\"dong_code\" = attribute(@atlas_feature, 'code')"


_PAGES = {}


@qgsfunction(args="auto", group="Welfare Visit Map", register=False)
def wvm_page(code, key, feature, parent):  # noqa: ARG001 - QGIS's signature
    """Title or household counts of a printed district page (set by the running print)."""
    return _PAGES.get(code, {}).get(key, "")


def page_texts(pages, labels):
    """Fill the per-page texts the layout shows through wvm_page()."""
    _PAGES.clear()
    for code, page in pages.items():
        lines = [tr("Households on this page: {}").format(page["total"])]
        lines += [f"{labels[k]}  {page[k]}" for k in ("high", "medium", "low", "unvisited")]
        lines.append(tr("Overdue visits: {}").format(page["overdue"]))
        _PAGES[code] = dict(page, counts="\n".join(lines))


def _risk_cell(lang):
    """The risk as table text that also sorts by urgency: ① high … ④ not yet visited (QGIS 3.22
    tables sort only by columns they show)."""
    marks = ("①", "②", "③", "④")
    cases = " ".join(f"WHEN \"risk_level\" = '{c.code}' THEN '{m} {c.ko if lang == 'ko' else c.en}'"
                     for m, c in zip(marks, cat.RISK_LEVELS))
    unvisited = cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en
    return f"CASE {cases} ELSE '{marks[3]} {unvisited}' END"  # QGIS has no simple CASE x WHEN


def _columns(privacy_mode, lang="ko", secret=None):
    """(columns, sort columns): sorted by risk, then the next visit due (overdue first); a partner
    table shows pseudonyms keyed with the database's ``secret``."""
    risk = (tr("Risk"), _risk_cell(lang))
    if privacy_mode == "partner":
        if not secret:
            raise PrintError(tr("A partner print needs the database's pseudonym key."))
        pseudonym = privacy.masked_id_expression(secret)
        spec = ((tr("ID"), pseudonym), risk, (tr("Tong"), "\"tong\" || '통'"))
        sort = (risk[1], pseudonym)
    else:
        due = (tr("Next due"), f"CASE WHEN \"next_visit_due\" < to_date(now()) THEN '{OVERDUE_MARK} ' ELSE '' END "
                               "|| format_date(\"next_visit_due\", 'yyyy-MM-dd')")
        spec = ((tr("Name"), privacy.MASK_NAME_EXPRESSION),
                (tr("Address"), "regexp_replace(\"address\", '^서울특별시\\\\s+\\\\S+구\\\\s+', '') || "
                                "coalesce(' ' || \"address_detail\", '')"),
                risk, (tr("Last visit"), "format_date(\"last_visit_on\", 'yyyy-MM-dd')"), due)
        sort = (risk[1], "format_date(\"next_visit_due\", 'yyyy-MM-dd')")
    columns = []
    for heading, expression in spec:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        columns.append(column)
    sort_columns = []
    for expression in sort:
        column = QgsLayoutTableColumn()
        column.setAttribute(expression)
        column.setSortOrder(Qt.SortOrder.AscendingOrder)
        sort_columns.append(column)
    return columns, sort_columns


def _atlas(layout, layers, source, subset, sort_expression, filter_expression, hide=False):
    """An atlas over a fresh copy of ``source`` (optionally subset), sorted and filtered."""
    coverage = _copy_of(source, "coverage")
    if subset and not coverage.setSubsetString(subset):
        raise PrintError(tr("The household filter is not valid: {}").format(subset))
    layout.project().addMapLayer(coverage, False)
    layers["_coverage"] = coverage
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(hide)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(sort_expression)
    if filter_expression:
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression(filter_expression)
    return coverage, atlas


def tong_counts_layer(districts, level, lang="ko", scale=1.0):
    """The households per 통 as pies by risk (styling.tong_count_diagram), counted by the print
    (wvm_page): on a 동 page every 통 of the 동, on a 통 page its own 통. A copy of the districts
    layer drawing nothing else; its legend is the pies'."""
    layer = _copy_of(districts, tr("Households per 통"))
    layer.setSubsetString("\"level\" = 'tong'")
    layer.setRenderer(QgsNullSymbolRenderer())
    counts = {key: f"to_int(wvm_page(\"code\", '{key}'))" for key in (*styling.COUNT_KEYS, "total")}
    show = ("\"parent_code\" = attribute(@atlas_feature, 'code')" if level == "dong"
            else "\"code\" = attribute(@atlas_feature, 'code')")
    # the counts are printed under each pie: no pie sizes in the legend
    renderer, settings = styling.tong_count_diagram(lang, counts, PIE_FULL, PIE_MM[level] * scale, zoomed_out_only=False,
                                                    show=show, size_legend=False)
    layer.setDiagramRenderer(renderer)
    layer.setDiagramLayerSettings(settings)
    return layer


def configure_district_layout(layout, layers, level, filter_expression, privacy_mode, lang="ko",
                              printed_by=None, printed_at=None, secret=None):
    """Bind a district-map layout to the layers of an opened database for one run; a partner
    print's table needs the database's pseudonym key, ``secret`` (:func:`pseudonym_secret`).
    통 pages for staff show the households as points; 동 pages and partner pages show the
    households per 통 as pies by risk instead (no household is placed on a partner page)."""
    districts, households = layers["districts"], layers["households"]
    coverage, atlas = _atlas(layout, layers, districts, f"\"level\" = '{level}'", "\"code\"", filter_expression)
    atlas.setPageNameExpression("\"code\"")
    mask = _copy_of(districts, "districts_print")
    layout.project().addMapLayer(mask, False)
    layers["_mask"] = mask
    print_district_style(mask, level, privacy_mode, legend_scale(layout))
    print_household_style(households, privacy_mode, lang)
    facilities = layers["facilities"]
    points = privacy_mode == "staff" and level == "tong"
    pies = None if points else tong_counts_layer(districts, level, lang, legend_scale(layout))
    map_item = _item(layout, "map")
    if pies is not None:
        layout.project().addMapLayer(pies, False)
        layers["_pies"] = pies
    map_item.setLayers([mask, facilities] + ([households] if points else [pies]))
    map_item.setKeepLayerSet(True)
    map_item.setCrs(districts.crs())
    # Not atlas-driven: QGIS 3.22's atlas sets the extent with setExtent(), which resizes the map
    # item to the district's shape. Fit each page's district instead, keeping the item's size.
    map_item.setAtlasDriven(False)

    def fit(feature):
        if feature.isValid() and feature.hasGeometry():  # the atlas also signals an empty feature at its end
            map_item.setExtent(fitted_extent(feature.geometry().boundingBox(), map_item.sizeWithUnits()))

    atlas.featureChanged.connect(fit)
    layout._wvm_fit = fit  # keep the slot alive as long as the layout
    _item(layout, "title").setText("[% wvm_page(attribute(@atlas_feature, 'code'), 'title') %]")
    mode = tr("staff (names masked)") if privacy_mode == "staff" else tr("partner (no personal data)")
    _item(layout, "subtitle").setText(tr("Welfare visit map · household risk and welfare facilities") + " · " + mode)
    where = _where(level)
    _item(layout, "counts").setText("[% wvm_page(attribute(@atlas_feature, 'code'), 'counts') %]")
    legend = _item(layout, "legend")
    legend.setTitle(tr("Legend"))
    root = legend.model().rootGroup()
    root.clear()
    if points:
        root.addLayer(households)
    root.addLayer(facilities)
    counts_legend = layout.itemById("counts_legend")  # not in a district's own older template
    if pies is not None and counts_legend is not None:
        counts_legend.setTitle(tr("Legend"))
        counts_legend.model().rootGroup().clear()
        counts_legend.model().rootGroup().addLayer(pies)
        counts_legend.setLegendFilterByMapEnabled(False)  # the pies' legend (the filter would drop it)
        counts_legend.setSymbolHeight(3.5 * legend_scale(layout))  # compact: the pie sizes fit under the risks
        counts_legend.updateLegend()
        counts_legend.setVisibility(True)
        # the facilities beside it, in the rest of the legend box
        box, rect = legend.sizeWithUnits(), counts_legend.sizeWithUnits()
        legend.setTitle("")
        legend.setColumnCount(1)
        legend.setSymbolHeight(3.5 * legend_scale(layout))
        legend.attemptMove(QgsLayoutPoint(counts_legend.positionWithUnits().x() + rect.width(),
                                          counts_legend.positionWithUnits().y() + 8, box.units()))
        legend.attemptResize(QgsLayoutSize(max(box.width() - rect.width(), 20), box.height() - 8, box.units()))
    elif pies is not None:
        root.addLayer(pies)
        legend.setLegendFilterByMapEnabled(False)
    legend.updateLegend()
    table = _table(layout)
    table.setVectorLayer(_table_layer(layout, layers, households, coverage, level, filter_expression))
    columns, sort_columns = _columns(privacy_mode, lang, secret)
    table.setColumns(columns)
    table.setSortColumns(sort_columns)
    table.setFilterFeatures(True)
    # a partner copy lists only the households that consented to sharing (share_consent)
    consent = " AND if(\"share_consent\", 1, 0) = 1" if privacy_mode == "partner" else ""
    table.setFeatureFilter(f"\"status\" = 'active'{consent} AND {where}")
    table.setMaximumNumberOfFeatures(MAX_TABLE_ROWS[level])
    table.refresh()
    if privacy_mode == "partner":
        note = (tr("Sorted by risk; at most {} rows.").format(MAX_TABLE_ROWS[level]) + " "
                + tr("Only households that consented to sharing are listed.") + " "
                + tr("Partner copy: no names, phones, notes or addresses; households shown only per 통."))
    else:
        note = (tr("Sorted by risk, then next visit due (overdue first); at most {} rows.").format(MAX_TABLE_ROWS[level])
                + " " + tr("{} = visit overdue.").format(OVERDUE_MARK))
    _item(layout, "table_note").setText(note)
    printed_by = printed_by or getpass.getuser()
    printed_at = printed_at or datetime.now().strftime("%Y-%m-%d %H:%M")
    source = first_feature(districts, "\"level\" = 'dong'")
    attribution = source["source"] if source else ""
    _item(layout, "footer").setText(
        tr("Printed by {} on {} · privacy mode: {} · page [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]")
        .format(printed_by, printed_at, mode) + (f" · {attribution}" if attribution else ""))
    return coverage


def fitted_extent(bbox, size, margin=1.16):
    """``bbox`` grown by ``margin`` to the width:height of a map item of ``size``, so setting it
    does not resize the item."""
    ratio = size.width() / size.height()
    width, height = bbox.width() * margin, bbox.height() * margin
    if width / max(height, 1e-9) > ratio:
        height = width / ratio
    else:
        width = height * ratio
    centre = bbox.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2)


def count_pages(coverage, filter_expression):
    return matching_ids(coverage, filter_expression, "code")


def matching_ids(coverage, filter_expression, field):
    """Values of ``field`` of the coverage features the filter selects, sorted; a filter that
    cannot be read is a PrintError."""
    request = QgsFeatureRequest()
    if filter_expression:
        expression = QgsExpression(filter_expression)
        if expression.hasParserError():
            raise PrintError(tr("The filter cannot be read: {}").format(expression.parserErrorString()))
        request.setFilterExpression(filter_expression)
    return sorted(f[field] for f in coverage.getFeatures(request))


def export_pdf(layout, output, dpi=300, feedback=None, pages=None, sheets=None):
    """The atlas as one PDF; ``pages``: (pages, labels) of core.pages.district_pages, or
    ``sheets``: core.pages.household_sheets, for the per-page texts."""
    if pages is not None:
        page_texts(*pages)
    if sheets is not None:
        sheet_texts(sheets)
    QgsExpression.registerFunction(wvm_page)
    try:
        return _export_pdf(layout, output, dpi, feedback)
    finally:
        QgsExpression.unregisterFunction("wvm_page")


def _export_pdf(layout, output, dpi, feedback):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    # real text, not outlines: a searchable PDF, Hangul embedded as fonts, and privacy checkable by text
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(output), settings, feedback)
    if result == QgsLayoutExporter.ExportResult.Canceled:
        Path(output).unlink(missing_ok=True)
        raise PrintError(tr("Cancelled"))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise PrintError(tr("The PDF could not be written: {}").format(error))
    return output


def close(layout, project):
    """Release a print's layout and private project at once (left to the garbage collector,
    QGIS 3.22 may crash when Python shuts down)."""
    if layout is not None:
        fit = getattr(layout, "_wvm_fit", None)
        if fit is not None:
            layout.atlas().featureChanged.disconnect(fit)
        layout.atlas().setCoverageLayer(None)
        layout.clear()
    if project is not None:
        project.removeAllMapLayers()
        project.clear()


def write_audit(database, action, detail, user=None):
    """One audit_log row for a print or an export (who, when, what, privacy mode); on a shared
    database the server writes it as the login."""
    from .core import db

    conn = db.connect(database)
    try:
        with conn:
            db.audit(conn, action, detail.get("table"), json.dumps(detail, ensure_ascii=False), user or getpass.getuser())
    finally:
        conn.close()


def pseudonym_secret(database, lang="ko"):
    """The pseudonym key of a database (GeoPackage path or shared database name), read once for
    a partner print; a PrintError saying so when the database has none (none is made up)."""
    from .core import db

    conn = db.connect_readonly(database)
    try:
        return privacy.pseudonym_secret(conn)
    except privacy.PseudonymSecretError as exc:
        raise PrintError(tr("{}: no pseudonyms can be made for partners: {}. Nothing was written.").format(
            db.display_name(database), exc.reason(lang))) from exc
    finally:
        conn.close()


def open_layers(database, lang="ko"):
    """A private project holding the database's layers (the user's project is not touched)."""
    from .project import open_project_layers

    project = QgsProject()
    layers = open_project_layers(database, project, lang)
    return project, layers


# --- base maps ----------------------------------------------------------------------------------

def basemap_options():
    """The labels of BASEMAP_CHOICES, for the print algorithms' BASEMAP parameter (a choice that
    needs a layer or a URL says so with '…' or 'URL')."""
    return [tr("None"), basemap.label("vworld_white"), basemap.label("vworld_base"), basemap.label("osm"),
            tr("A layer of the project…"), tr("The database's own base map (roads and buildings)"),
            tr("XYZ tiles from a URL…")]


class PreparedBasemap:
    """A print's base map: its layers (top first, [] when it could not be had), what to credit,
    and why it is missing."""

    def __init__(self, choice, name, layers=(), attribution="", reason=""):
        self.choice, self.name, self.layers = choice, name, list(layers)
        self.attribution, self.reason = attribution, reason

    @property
    def available(self):
        return bool(self.layers)

    def audit(self):
        """What the audit log records: the choice and whether it printed (never a key or a URL's path)."""
        return {"basemap": self.choice, "basemap_printed": self.available}


def is_xyz_url(url):
    return bool(url) and "{z}" in url and "{x}" in url and ("{y}" in url or "{-y}" in url)


def prepare_basemap(choice, database, extent, crs, lang="ko", layer=None, url=None):
    """The base map ``choice`` (one of BASEMAP_CHOICES) for a print whose first page shows
    ``extent`` (in ``crs``); None for 'none'. An online map is probed with one tile first: when it
    cannot be had (no network, no VWorld key, no base map in the database) the print goes on
    without it and says why. Raises PrintError for a choice that lacks its layer or URL."""
    if choice == "none":
        return None
    if choice not in BASEMAP_CHOICES:
        raise PrintError(tr("Unknown base map: {}").format(choice))
    probe_url, attribution = "", ""
    if choice in basemap.BASEMAPS:
        name = basemap.label(choice)
        try:
            layers = basemap.basemap_layers(choice)[::-1]
        except basemap.BasemapError as exc:
            return PreparedBasemap(choice, name, reason=str(exc))
        probe_url, attribution = basemap.BASEMAPS[choice].url, basemap.attribution(choice)
    elif choice == "url":
        url = (url or "").strip()
        if not is_xyz_url(url):
            raise PrintError(tr("The base map URL must be an XYZ tile template with {} in it: {}").format(
                "{z} {x} {y}", url or "-"))
        name = tr("Base map")
        layers, probe_url = [basemap.xyz_layer(url, name)], url
    elif choice == "layer":
        if layer is None or not layer.isValid():
            raise PrintError(tr("Choose the project layer to print under the welfare layers (BASEMAP_LAYER)."))
        name = layer.name()
        layers, probe_url, attribution = [layer.clone()], basemap.xyz_url(layer), layer.attribution()
    else:  # the database's own roads and buildings
        name = tr("The database's own base map (roads and buildings)")
        try:
            from .base_layers import database_base_layers
        except ImportError:
            layers = []
        else:
            layers = database_base_layers(database, lang)
        if not layers:
            return PreparedBasemap(choice, name, reason=tr("the database holds no base map (import one first)"))
        attribution = " · ".join(dict.fromkeys(a for a in (lyr.attribution() for lyr in layers) if a))
    if probe_url:
        ok, why = basemap.probe(probe_url, extent, crs)
        if not ok:
            return PreparedBasemap(choice, name, reason=why)
    return PreparedBasemap(choice, name, layers, attribution)


def apply_basemap(layout, prepared, feedback=None):
    """Put a prepared base map under the welfare layers of the layout's map, and say on the page
    what it is (its attribution) or that it was unavailable."""
    if prepared is None:
        return
    map_item = _item(layout, "map")
    note = layout.itemById("basemap_note")
    if prepared.available:
        for layer in prepared.layers:
            layout.project().addMapLayer(layer, False)
        map_item.setLayers(map_item.layers() + prepared.layers)  # the last drawn first: at the bottom
        text = tr("Base map: {}").format(prepared.attribution or prepared.name)
    else:
        text = tr("Base map unavailable ({}): printed without it — {}.").format(prepared.name, prepared.reason)
        if feedback is not None:
            warn = getattr(feedback, "pushWarning", None) or feedback.reportError
            warn(text)
    if note is not None:
        note.setText(text)
        note.setVisibility(True)
        _fit_note(note)
    else:  # a district's own older template: the footer says it
        footer = _item(layout, "footer")
        footer.setText(footer.text() + " · " + text)


def _fit_note(note):
    """Grow the note upwards (from its lower right corner) by as many lines as its text needs at its
    width, or narrow it to a short text: all of it readable, never wider than the template made it."""
    width = note.sizeWithUnits().width()
    needed = note.sizeForText()
    lines = max(1, math.ceil(needed.width() / max(width, 1.0) * 1.08))  # words do not fill a line to its end
    size = QgsLayoutSize(width if lines > 1 else needed.width(), needed.height() * lines + (lines - 1) * 0.3,
                         QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    note.attemptResize(size)


def first_extent(coverage, filter_expression):
    """The extent of the first feature of the print (for probing a base map)."""
    request = QgsFeatureRequest()
    if filter_expression:
        request.setFilterExpression(filter_expression)
    request.setLimit(1)
    for feature in coverage.getFeatures(request):
        if feature.hasGeometry():
            return feature.geometry().buffer(150, 4).boundingBox()
    return coverage.extent()
