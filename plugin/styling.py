"""Map styles, labels and attribute forms of the welfare layers, built with the QGIS API.

qgis.core only (no GUI): used by create_database to store default styles in the GeoPackage,
by ``make styles`` to write styles/*.qml, and when a database is opened.
"""
import re

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsCategorizedSymbolRenderer,
    QgsDataDefinedSizeLegend,
    QgsDefaultValue,
    QgsDiagramLayerSettings,
    QgsDiagramSettings,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFeatureRequest,
    QgsField,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsLinearlyInterpolatedDiagramRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPieDiagram,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QMetaType, QSizeF, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from .core import categories as cat
from .core import schema

FONT_FAMILY = "NanumGothic"
OUTLINE = "#333333"
OVERDUE_COLOUR = "#c51b8a"
POINTS_SCALE = 12000  # household points from 1:12,000 in; further out, households per 통 (pies by risk)
RISK_ORDER = ("CASE WHEN \"risk_level\" = 'high' THEN 3 WHEN \"risk_level\" = 'medium' THEN 2 "
              "WHEN \"risk_level\" = 'low' THEN 1 ELSE 0 END")

# field → (category list, multi-valued?) for the value maps
CATEGORY_FIELDS = {
    "districts": {"level": cat.DISTRICT_LEVELS},
    "households": {"benefit_status": cat.BENEFIT_STATUS, "discovery_source": cat.DISCOVERY_SOURCES,
                   "risk_level": cat.RISK_LEVELS, "status": cat.HOUSEHOLD_STATUS,
                   "geocode_quality": cat.GEOCODE_QUALITY},
    "visits": {"method": cat.VISIT_METHODS, "outcome": cat.VISIT_OUTCOMES, "risk_level": cat.RISK_LEVELS},
    "needs": {"domain": cat.NEED_DOMAINS, "status": cat.NEED_STATUS},
    "linkages": {"kind": cat.LINKAGE_KINDS, "status": cat.LINKAGE_STATUS},
    "facilities": {"kind": cat.FACILITY_KINDS, "geocode_quality": cat.GEOCODE_QUALITY},
    "visitors": {"role": cat.VISITOR_ROLES},
    "reports": {"channel": cat.REPORT_CHANNELS, "reporter_role": cat.VISITOR_ROLES, "status": cat.REPORT_STATUS},
    "registry_changes": {"change": cat.REGISTRY_CHANGES},
}
# multi-valued fields: value relation on the categories table
MULTI_FIELDS = {"households": {"household_types": "household_type", "crisis_indicators": "crisis_indicator"},
                "facilities": {"services": "need_domain"}}
# foreign keys shown as a choice of the other table's rows: field → (table, key, shown value)
REFERENCE_FIELDS = {
    "households": {"assigned_visitor_id": ("visitors", "id", "name")},
    "visits": {"visitor_id": ("visitors", "id", "name"), "household_id": ("households", "id", "address")},
    "needs": {"household_id": ("households", "id", "address"), "visit_id": ("visits", "id", "visited_on")},
    "linkages": {"facility_id": ("facilities", "id", "name"), "need_id": ("needs", "id", "item"),
                 "household_id": ("households", "id", "address")},
    "reports": {"household_id": ("households", "id", "address"), "dong_code": ("districts", "code", "name")},
    "visit_visitors": {"visit_id": ("visits", "id", "visited_on"), "visitor_id": ("visitors", "id", "name")},
}
for _table in ("households", "facilities", "visitors"):  # a 동 by its name, not its code (1141055500)
    REFERENCE_FIELDS.setdefault(_table, {})["dong_code"] = ("districts", "code", "name")
REFERENCE_FILTERS = {("districts", "code"): "\"level\" = 'dong'"}  # the 동 only, not the 구 or the 통
DERIVED = {"households": ("risk_level", "last_visit_on", "next_visit_due", "version", "created_at", "created_by",
                          "updated_at", "updated_by", "dong_code", "tong")}
PLACE_FIELDS = {"households": ("dong_code", "tong"), "facilities": ("dong_code",), "reports": ("dong_code",)}
DATE_FIELDS = ("last_visit_on", "next_visit_due", "visited_on", "linked_on", "received_on", "effective_on", "found_on")

# Korean and English field labels
ALIASES = {
    "code": ("코드", "Code"), "name": ("이름", "Name"), "level": ("구분", "Level"), "parent_code": ("상위 코드", "Parent code"),
    "population": ("인구", "Population"), "households_registered": ("세대수", "Registered households"),
    "source": ("출처", "Source"), "id": ("ID", "ID"), "case_no": ("사례번호", "Case no."),
    "head_name": ("세대주", "Head of household"), "phone": ("전화번호", "Phone"), "address": ("주소", "Address"),
    "address_detail": ("상세주소(동/호)", "Address detail"), "dong_code": ("행정동", "Dong"), "tong": ("통", "Tong"),
    "ban": ("반", "Ban"), "household_types": ("가구유형", "Household types"), "benefit_status": ("수급 상태", "Benefit status"),
    "discovery_source": ("발굴경로", "Discovery source"), "risk_level": ("위기도", "Risk"), "status": ("상태", "Status"),
    "last_visit_on": ("최근 방문일", "Last visit"), "next_visit_due": ("다음 방문 예정일", "Next visit due"),
    "assigned_visitor_id": ("담당자", "Assigned visitor"), "share_consent": ("정보제공 동의", "Consent to share"),
    "geocode_quality": ("위치 정확도", "Location quality"), "notes": ("메모", "Notes"),
    "created_at": ("등록일시", "Created at"), "created_by": ("등록자", "Created by"),
    "updated_at": ("수정일시", "Updated at"), "updated_by": ("수정자", "Updated by"), "version": ("버전", "Version"),
    "household_id": ("가구", "Household"), "visited_on": ("방문일", "Visit date"), "visitor_id": ("방문자", "Visitor"),
    "method": ("방문방법", "Method"), "outcome": ("방문결과", "Outcome"), "visit_id": ("방문", "Visit"),
    "domain": ("욕구 영역", "Need domain"), "item": ("욕구 항목", "Need item"), "need_id": ("욕구", "Need"),
    "kind": ("종류", "Kind"), "facility_id": ("제공기관(시설)", "Facility"), "provider_name": ("제공기관(직접입력)", "Provider"),
    "linked_on": ("연계일", "Linked on"), "kind_detail": ("세부 종류", "Detailed kind"),
    "services": ("제공 서비스 영역", "Services"), "capacity": ("정원", "Capacity"), "role": ("역할", "Role"),
    "organisation": ("소속", "Organisation"), "active": ("활동중", "Active"), "received_on": ("접수일", "Received on"),
    "channel": ("제보경로", "Channel"), "reporter_role": ("제보자", "Reporter"), "description": ("내용", "Description"),
    "change": ("변동 구분", "Change"), "effective_on": ("변동일", "Effective on"), "new_address": ("새 주소", "New address"),
    "applied_at": ("반영일시", "Applied at"), "at": ("일시", "At"), "user": ("사용자", "User"), "action": ("작업", "Action"),
    "table_name": ("테이블", "Table"), "record_id": ("레코드", "Record"), "detail": ("내용", "Detail"),
    "list": ("코드표", "List"), "label_ko": ("한국어", "Korean"), "label_en": ("영어", "English"), "sort": ("순서", "Order"),
    "key": ("항목", "Key"), "value": ("값", "Value"),
    "found_on": ("발굴(등록)일", "Found on"), "members": ("가구원수", "Household members"),
    "crisis_indicators": ("위기정보", "Crisis indicators"), "source_labels": ("원자료 표기", "Labels in the source list"),
}

# (relation id, child table, child field, parent table, parent field, Korean name, English name)
RELATIONS = (
    ("visits_household", "visits", "household_id", "households", "id", "방문 기록", "Visits"),
    ("needs_household", "needs", "household_id", "households", "id", "욕구", "Needs"),
    ("linkages_household", "linkages", "household_id", "households", "id", "서비스 연계", "Linkages"),
    ("reports_household", "reports", "household_id", "households", "id", "제보", "Reports"),
    ("needs_visit", "needs", "visit_id", "visits", "id", "방문 중 확인된 욕구", "Needs found at the visit"),
    ("linkages_need", "linkages", "need_id", "needs", "id", "연계", "Linkages"),
    ("linkages_facility", "linkages", "facility_id", "facilities", "id", "연계 내역", "Linkages"),
    ("visits_visitor", "visits", "visitor_id", "visitors", "id", "방문 기록", "Visits"),
    ("visit_visitors_visit", "visit_visitors", "visit_id", "visits", "id", "방문 동행자", "Visit companions"),
    ("visit_visitors_visitor", "visit_visitors", "visitor_id", "visitors", "id", "동행 방문", "Visits as companion"),
    ("households_visitor", "households", "assigned_visitor_id", "visitors", "id", "담당 가구", "Assigned households"),
)

FACILITY_SYMBOLS = {  # kind → (marker shape, colour)
    "welfare_centre": ("star", "#6a3d9a"), "elderly_centre": ("square", "#33a02c"),
    "elderly_care": ("square", "#b2df8a"), "home_care": ("diamond", "#66c2a5"),
    "child": ("triangle", "#fdbf6f"), "disability": ("pentagon", "#a6cee3"),
    "family": ("hexagon", "#fb9a99"), "homeless": ("cross_fill", "#8c510a"),
    "mental_health": ("octagon", "#cab2d6"), "self_sufficiency": ("arrowhead", "#01665e"),
    "food_bank": ("heart", "#d73027"), "health": ("cross_fill", "#e7298a"), "other": ("circle", "#969696"),
}


def _lang_index(lang):
    return 1 if lang == "en" else 0


def label_of(category, lang):
    return category.en if lang == "en" else category.ko


# --- renderers ------------------------------------------------------------------------------

def household_renderer(lang="ko"):
    """Risk colours (high red, medium orange, low blue, unvisited white with a dark outline) for
    active households, with an overdue ring; moved/deceased/closed not drawn; high risk on top.
    Points only from 1:POINTS_SCALE in: further out the districts layer shows the households per
    통 as pies by risk instead (:func:`tong_count_diagram`)."""
    root = QgsRuleBasedRenderer.Rule(None)
    active = QgsRuleBasedRenderer.Rule(None, filterExp="\"status\" = 'active'", minimumScale=POINTS_SCALE,
                                       label="관리중 가구 (위기도)" if lang == "ko" else "Active households (risk)")
    root.appendChild(active)
    for category in (*cat.RISK_LEVELS, cat.UNVISITED):
        colour = cat.RISK_COLOURS[category.code]
        big = {"high": 3.2, "medium": 2.8}.get(category.code, 2.4)
        symbol = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": colour, "outline_color": OUTLINE,
            "outline_width": "0.35" if category.code is None else "0.2", "size": str(big)})
        expr = f"\"risk_level\" = '{category.code}'" if category.code else "\"risk_level\" IS NULL"
        active.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=expr, label=label_of(category, lang)))
    ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": "0,0,0,0", "outline_color": OVERDUE_COLOUR,
                                         "outline_width": "0.6", "size": "4.2"})
    active.appendChild(QgsRuleBasedRenderer.Rule(
        ring, filterExp="\"next_visit_due\" < to_date(now())",
        label="방문기한 경과" if lang == "ko" else "Visit overdue"))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(RISK_ORDER, True)]))
    renderer.setOrderByEnabled(True)
    return renderer


# households per 통 by risk, as the districts layer's variable wvm_tong_counts holds them
# ({통 code: {risk: n, 'total': n}}, set by project.set_tong_counts from one SQL query): a value the
# map reads while it draws, in its own thread — never an aggregate over another layer there,
# which is not thread-safe and crashed QGIS when a filter changed during a redraw
TONG_COUNTS_VARIABLE = "wvm_tong_counts"
COUNT_KEYS = ("high", "medium", "low", "unvisited")
PIE_UNVISITED = "#e4e4e4"  # not yet visited in a pie: light grey (white would vanish from the legend's patches)


COUNT_LETTERS = {"high": "h", "medium": "m", "low": "l", "unvisited": "u", "total": "t"}


def tong_counts_text(counted):
    """The wvm_tong_counts variable's text ('|1141055500-07:h0,m2,l19,u11,t32|…'): a layer variable
    is kept as text (in memory and in a saved project), and one regular expression per count
    finds a 통's numbers in it while the map draws."""
    records = (f"{code}:" + ",".join(f"{COUNT_LETTERS[key]}{numbers.get(key, 0)}" for key in COUNT_LETTERS)
               for code, numbers in sorted(counted.items()))
    return "|" + "|".join(records) + "|"


def live_tong_counts():
    """{count key: expression} of a 통's active households per risk ('total' too), read from the
    districts layer's wvm_tong_counts variable (:func:`..project.set_tong_counts`)."""
    return {key: (f"coalesce(to_int(regexp_substr(@{TONG_COUNTS_VARIABLE}, "
                  f"'\\\\|' || \"code\" || ':[^|]*{letter}(\\\\d+)')), 0)")
            for key, letter in COUNT_LETTERS.items()}


def tong_count_diagram(lang="ko", counts=None, full_count=60, full_size=6.0, zoomed_out_only=True, show=None,
                       size_legend=True):
    """Households per 통 by risk as a pie on each 통 (districts layer): slices in the risk colours,
    the pie's area growing with the households (``full_size`` mm across at ``full_count``).
    ``counts``: {'high', 'medium', 'low', 'unvisited', 'total'} → expression (default
    :func:`live_tong_counts`); ``zoomed_out_only``: drawn only beyond 1:POINTS_SCALE, where the
    household points are not. ``show``: an expression choosing the 통 that get a pie;
    ``size_legend``: the legend also shows pie sizes for some counts.
    Returns (renderer, layer settings) for QgsVectorLayer.setDiagramRenderer / setDiagramLayerSettings."""
    counts = counts or live_tong_counts()
    settings = QgsDiagramSettings()
    settings.categoryAttributes = [counts[key] for key in COUNT_KEYS]
    settings.categoryColors = [QColor(cat.RISK_COLOURS[c.code]) for c in cat.RISK_LEVELS] + [QColor(PIE_UNVISITED)]
    settings.categoryLabels = [label_of(c, lang) for c in (*cat.RISK_LEVELS, cat.UNVISITED)]
    settings.penColor = QColor(OUTLINE)
    settings.penWidth = 0.2
    settings.sizeType = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.lineSizeUnit = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.scaleByArea = True
    settings.enabled = True
    settings.rotationOffset = 270  # slices clockwise from 12 o'clock: high first
    if zoomed_out_only:
        settings.scaleBasedVisibility = True
        settings.maximumScale = POINTS_SCALE  # the most zoomed-in scale with pies: points take over there
        settings.minimumScale = 0
    renderer = QgsLinearlyInterpolatedDiagramRenderer()
    renderer.setDiagram(QgsPieDiagram())
    renderer.setDiagramSettings(settings)
    renderer.setClassificationAttributeIsExpression(True)
    renderer.setClassificationAttributeExpression(counts["total"])
    renderer.setLowerValue(0)
    renderer.setUpperValue(full_count)
    renderer.setLowerSize(QSizeF(0, 0))
    renderer.setUpperSize(QSizeF(full_size, full_size))
    renderer.setAttributeLegend(True)
    if size_legend:
        legend = QgsDataDefinedSizeLegend()
        legend.setTitle("가구 수" if lang == "ko" else "Households")
        legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(n, str(n)) for n in (full_count // 3, full_count)])
        legend.setLegendType(QgsDataDefinedSizeLegend.LegendType.LegendCollapsed)
        legend.setFont(QFont(FONT_FAMILY, 8))
        legend.setSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0",
                                                       "outline_color": OUTLINE, "outline_width": "0.2"}))
        renderer.setDataDefinedSizeLegend(legend)
    layer_settings = QgsDiagramLayerSettings()
    layer_settings.setPlacement(QgsDiagramLayerSettings.Placement.OverPoint)
    layer_settings.setShowAllDiagrams(True)  # every 통 gets its pie, whatever labels there are
    layer_settings.setZIndex(-1)  # under the labels: a 동's name stays readable over the pies
    properties = layer_settings.dataDefinedProperties()
    properties.setProperty(QgsDiagramLayerSettings.Property.Show, QgsProperty.fromExpression(
        show or "\"level\" = 'tong'"))
    layer_settings.setDataDefinedProperties(properties)
    return renderer, layer_settings


def facility_renderer(lang="ko"):
    categories = []
    for category in cat.FACILITY_KINDS:
        shape, colour = FACILITY_SYMBOLS[category.code]
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#222222",
                                               "outline_width": "0.3", "size": "3.6"})
        categories.append(QgsRendererCategory(category.code, symbol, label_of(category, lang)))
    return QgsCategorizedSymbolRenderer("kind", categories)


def district_renderer(lang="ko"):
    root = QgsRuleBasedRenderer.Rule(None)
    for level, width, colour, style, label in (
            ("tong", "0.25", "#7f7f7f", "dash", ("통", "Tong")),
            ("dong", "0.8", "#252525", "solid", ("행정동", "Dong")),
            ("gu", "1.4", "#000000", "solid", ("구", "Gu"))):
        symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour,
                                             "outline_width": width, "outline_style": style})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp=f"\"level\" = '{level}'",
                                                   label=label[_lang_index(lang)]))
    return QgsRuleBasedRenderer(root)


def report_renderer(lang="ko"):
    symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#ffff33", "outline_color": "#000000",
                                           "outline_width": "0.3", "size": "3.2"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp="\"status\" = 'new'",
                                               label="신규 제보" if lang == "ko" else "New reports"))
    return QgsRuleBasedRenderer(root)


def text_format(size, bold=False, colour="#111111", buffer=True):
    """A QgsTextFormat in the Korean font, in points, with a white halo unless ``buffer`` is False."""
    fmt = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(buffer)
    halo.setSize(1.0)
    halo.setColor(QColor("#ffffff"))
    fmt.setBuffer(halo)
    return fmt


def district_labeling():
    root = QgsRuleBasedLabeling.Rule(None)
    for level, size, bold, max_scale in (("dong", 12, True, None), ("tong", 8, False, 12000)):
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        settings.setFormat(text_format(size, bold))
        settings.placement = QgsPalLayerSettings.Placement.OverPoint if hasattr(QgsPalLayerSettings, "OverPoint") else 1
        settings.centroidInside = True
        settings.displayAll = level == "dong"  # the 동 names over the households-per-통 pies, never hidden by them
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(f"\"level\" = '{level}'")
        if max_scale:
            rule.setMinimumScale(max_scale)  # shown only when zoomed in beyond 1:max_scale
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


def facility_labeling():
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.setFormat(text_format(7, colour="#3f007d"))
    settings.scaleVisibility = True
    settings.minimumScale = 8000
    settings.maximumScale = 0
    return QgsVectorLayerSimpleLabeling(settings)


# --- forms ----------------------------------------------------------------------------------

def configure_fields(layer, table, lang="ko"):
    """Aliases, value maps, value relations, dates, read-only derived fields and defaults."""
    fields = layer.fields()
    idx = _lang_index(lang)
    config = layer.editFormConfig()
    for i, field in enumerate(fields):
        name = field.name()
        if name in ALIASES:
            layer.setFieldAlias(i, ALIASES[name][idx])
        if name == "fid":
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("Hidden", {}))
            continue
        if name in CATEGORY_FIELDS.get(table, {}):
            items = [{label_of(c, lang): c.code} for c in CATEGORY_FIELDS[table][name]]
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("ValueMap", {"map": items}))
        elif name in MULTI_FIELDS.get(table, {}):
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("ValueRelation", {
                "Layer": "", "LayerName": "categories", "LayerProviderName": "ogr", "Key": "code",
                "Value": "label_en" if lang == "en" else "label_ko", "AllowMulti": True, "AllowNull": True,
                "OrderByValue": False, "UseCompleter": False,
                "FilterExpression": f"\"list\" = '{MULTI_FIELDS[table][name]}'", "NofColumns": 2}))
        elif name in REFERENCE_FIELDS.get(table, {}):
            other, key, value = REFERENCE_FIELDS[table][name]
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("ValueRelation", {
                "Layer": "", "LayerName": other, "LayerProviderName": "ogr", "Key": key,
                "Value": value, "AllowMulti": False, "AllowNull": True,
                "OrderByValue": True, "UseCompleter": True, "NofColumns": 1,
                "FilterExpression": REFERENCE_FILTERS.get((other, key), "")}))
        elif name in DATE_FIELDS:
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
        elif name in ("share_consent", "active"):
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("CheckBox", {"CheckedState": "1", "UncheckedState": "0"}))
        elif name in ("notes", "description", "detail"):
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}))
        if name == "id":
            layer.setDefaultValueDefinition(i, QgsDefaultValue("uuid('WithoutBraces')"))
            config.setReadOnly(i, True)
        if name in DERIVED.get(table, ()) or name in ("created_at", "created_by", "updated_at", "updated_by"):
            config.setReadOnly(i, True)
        if name in PLACE_FIELDS.get(table, ()):
            # where the point stands decides its 행정동 and 통, in every QGIS-based client (QField too)
            layer.setDefaultValueDefinition(i, QgsDefaultValue(place_expression(name, "districts"), True))
        if name in ("created_by", "updated_by"):
            layer.setDefaultValueDefinition(i, QgsDefaultValue("@user_account_name", name == "updated_by"))
        if name == "updated_at":
            layer.setDefaultValueDefinition(i, QgsDefaultValue("now()", True))
        if name == "read_version":
            # every edit names the version it read: the database refuses a stale copy (no lost update)
            layer.setDefaultValueDefinition(i, QgsDefaultValue("\"version\"", True))
            layer.setEditorWidgetSetup(i, QgsEditorWidgetSetup("Hidden", {}))
        if field.constraints().constraints() & QgsFieldConstraints.Constraint.ConstraintNotNull and name not in ("fid", "id"):
            layer.setFieldConstraint(i, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    layer.setEditFormConfig(config)


# The attribute table and the household form's relation panels: newest first, and only the
# columns a worker reads (ids, versions and who-wrote-when stay in the form's 기록 정보 tab), so a
# panel fits the form at its default size without scrolling sideways.
TABLE_SORT = {"visits": "\"visited_on\"", "needs": "\"created_at\"", "linkages": "\"linked_on\"",
              "reports": "\"received_on\"", "registry_changes": "\"effective_on\"", "audit_log": "\"at\""}
TECHNICAL_COLUMNS = {"fid", "id", "household_id", "visit_id", "need_id", "facility_id", "version", "read_version",
                     "created_at", "created_by", "updated_at", "updated_by", "source_labels"}


# multi-valued fields read in tables as "장애, 독거노인", not QGIS's "{장애, 독거노인}": a read-only
# expression field beside each (the form keeps its checkboxes to edit them)
# a text field's type: QVariant.String on Qt5 (QGIS 3.22), QMetaType on Qt6 (QGIS 4)
STRING_TYPE = QMetaType.Type.QString if hasattr(QMetaType, "Type") and Qgis.QGIS_VERSION_INT >= 33800 else QVariant.String
LIST_TEXT_FIELDS = {"households": {"household_types": "household_types_text",
                                   "crisis_indicators": "crisis_indicators_text"}}


def add_list_text_fields(layer, table, lang="ko"):
    for raw, shown in LIST_TEXT_FIELDS.get(table, {}).items():
        if layer.fields().indexOf(raw) < 0:
            continue
        if layer.fields().indexOf(shown) < 0:
            layer.addExpressionField(f"regexp_replace(represent_value(\"{raw}\"), '^\\\\{{|\\\\}}$', '')",
                                     QgsField(shown, STRING_TYPE))
        layer.setFieldAlias(layer.fields().indexOf(shown), ALIASES[raw][_lang_index(lang)])


def table_view(layer, table):
    """Columns and order of the layer's attribute table (also what a relation panel shows)."""
    config = layer.attributeTableConfig()
    config.update(layer.fields())
    columns = config.columns()
    shown = LIST_TEXT_FIELDS.get(table, {})
    for column in columns:
        column.hidden = (table != "households" and column.name in TECHNICAL_COLUMNS) or column.name in shown
    texts = {c.name: c for c in columns if c.name in shown.values()}
    ordered = []
    for column in columns:
        if column.name in texts:
            continue
        ordered.append(column)
        if column.name in shown and shown[column.name] in texts:
            ordered.append(texts[shown[column.name]])  # the readable list where the raw one was
    columns = ordered
    config.setColumns(columns)
    if table in TABLE_SORT and layer.fields().indexOf(TABLE_SORT[table].strip('"')) >= 0:
        config.setSortExpression(TABLE_SORT[table])
        config.setSortOrder(Qt.SortOrder.DescendingOrder)
    layer.setAttributeTableConfig(config)


def household_form(layer, lang="ko", relations=None):
    """Tabs: the household, then its visits, needs and linkages as relation editors.

    ``relations``: the project's relation manager; the editors are bound to its relations (an
    editor stored without its relation shows nothing)."""
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
    config.clearTabs()
    idx = _lang_index(lang)
    tabs = (
        (("가구 정보", "Household"), ("case_no", "head_name", "phone", "address", "address_detail", "dong_code", "tong",
                                   "ban", "members", "household_types", "benefit_status", "discovery_source",
                                   "found_on", "crisis_indicators", "status", "assigned_visitor_id", "share_consent",
                                   "notes", "source_labels")),
        (("위기도·방문", "Risk and visits"), ("risk_level", "last_visit_on", "next_visit_due")),
    )
    root = config.invisibleRootContainer()
    fields = layer.fields()
    containers = []
    for (title, names) in tabs:
        tab = QgsAttributeEditorContainer(title[idx], root)
        tab.setIsGroupBox(False)
        for name in names:
            tab.addChildElement(QgsAttributeEditorField(name, fields.indexOf(name), tab))
        containers.append(tab)
    for rel_id, title in (("visits_household", ("방문 기록", "Visits")), ("needs_household", ("욕구", "Needs")),
                          ("linkages_household", ("서비스 연계", "Linkages"))):
        target = containers[1] if rel_id == "visits_household" else None
        if target is None:
            target = QgsAttributeEditorContainer(title[idx], root)
            target.setIsGroupBox(False)
            containers.append(target)
        relation = relations.relation(rel_id) if relations is not None else None
        if relation is not None and relation.isValid():
            rel = QgsAttributeEditorRelation(relation, target)
        else:
            rel = QgsAttributeEditorRelation(rel_id, target)
        rel.setLabel(title[idx])
        rel.setRelationWidgetTypeId("relation_editor")  # QGIS's own editor (an empty id logs a warning per form)
        target.addChildElement(rel)
    record = QgsAttributeEditorContainer(("기록 정보", "Record")[idx], root)
    record.setIsGroupBox(False)
    for name in ("id", "geocode_quality", "created_at", "created_by", "updated_at", "updated_by", "version"):
        record.addChildElement(QgsAttributeEditorField(name, fields.indexOf(name), record))
    containers.append(record)
    for tab in containers:
        config.addTab(tab)
    layer.setEditFormConfig(config)


_RELATION_EDITOR = re.compile(r"<attributeEditorRelation\b[^>]*>")


def bind_relation_editors(xml):
    """Write each relation editor's relation id into QML/project XML.

    QGIS 3.22 binds form relation editors through QgsProject.instance() only, so a style or
    project written from another QgsProject (Processing, qgis_process) stores relation="".
    The editor's name is the relation id here (see RELATIONS); put it back."""
    def fix(match):
        tag = match.group(0)
        name = re.search(r'\bname="([^"]*)"', tag)
        if name and 'relation=""' in tag:
            tag = tag.replace('relation=""', f'relation="{name.group(1)}"')
        return tag
    return _RELATION_EDITOR.sub(fix, xml)


def place_expression(field, districts_layer):
    """Default-value expression giving the dong code (or 통 number) under a feature's point;
    ``districts_layer``: the districts layer's id or name."""
    level = "tong" if field == "tong" else "dong"
    found = (f"aggregate({QgsExpression.quotedString(districts_layer)}, 'max', \"code\", "
             f"intersects($geometry, geometry(@parent)) AND \"level\" = '{level}')")
    if field == "tong":
        return f"to_int(regexp_substr({found}, '-(\\\\d+)$'))"
    return found


def bind_value_relations(layers, portable=False):
    """Point every value-relation widget, and the dong/통 defaults, at the loaded layer of its
    table ({table: layer}):
    QGIS finds the layer by id, then by name and source, whatever the display names are.
    ``portable``: for styles stored in files, keep only the layer name (ids and paths of the
    project that wrote them mean nothing elsewhere)."""
    for table, layer in layers.items():
        targets = {name: (other, key, value) for name, (other, key, value) in REFERENCE_FIELDS.get(table, {}).items()}
        targets.update({name: ("categories", None, None) for name in MULTI_FIELDS.get(table, {})})
        for name, (other, _, _) in targets.items():
            index = layer.fields().indexOf(name)
            if index < 0 or other not in layers:
                continue
            setup = layer.editorWidgetSetup(index)
            config = dict(setup.config())
            target = layers[other]
            config.update({"Layer": "" if portable else target.id(), "LayerName": target.name(),
                           "LayerSource": "" if portable else target.source(), "LayerProviderName": target.providerType()})
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(setup.type(), config))
        if "districts" in layers:
            # a file style cannot know the layer id: it names the table, as QGIS names a layer added from it
            reference = "districts" if portable else layers["districts"].id()
            for name in PLACE_FIELDS.get(table, ()):
                index = layer.fields().indexOf(name)
                layer.setDefaultValueDefinition(index, QgsDefaultValue(place_expression(name, reference), True))


# the tables of model version 1, and the further visitors of a visit (version 6)
STYLED_TABLES = tuple(t for t in schema.TABLE_NAMES if t != "settings") + ("visit_visitors",)
RENDERERS = {"households": household_renderer, "facilities": facility_renderer,
             "districts": district_renderer, "reports": report_renderer}
DISPLAY_EXPRESSIONS = {
    "households": "coalesce(\"case_no\" || ' ', '') || coalesce(\"address\", '')",
    "visits": "\"visited_on\" || ' ' || represent_value(\"outcome\") || coalesce(' · ' || represent_value(\"risk_level\"), '')",
    "needs": "represent_value(\"domain\") || ' ' || coalesce(\"item\", '') || ' · ' || represent_value(\"status\")",
    "linkages": "\"linked_on\" || ' ' || represent_value(\"kind\") || ' · ' || represent_value(\"status\")",
    "facilities": "\"name\"", "visitors": "\"name\" || ' (' || represent_value(\"role\") || ')'", "districts": "\"name\"",
    "reports": "\"received_on\" || ' ' || coalesce(\"address\", '')",
    "visit_visitors": "represent_value(\"visitor_id\")",
}


def apply_style(layer, table, lang="ko", relations=None):
    """Everything of a layer's look and form, in one call."""
    if table in RENDERERS:
        layer.setRenderer(RENDERERS[table](lang))
    if table == "districts":
        layer.setLabeling(district_labeling())
        layer.setLabelsEnabled(True)
        diagram, diagram_settings = tong_count_diagram(lang)  # households per 통 when zoomed out
        layer.setDiagramRenderer(diagram)
        layer.setDiagramLayerSettings(diagram_settings)
    if table == "facilities":
        layer.setLabeling(facility_labeling())
        layer.setLabelsEnabled(True)
    configure_fields(layer, table, lang)
    add_list_text_fields(layer, table, lang)
    table_view(layer, table)
    if table == "households":
        household_form(layer, lang, relations)
    if table in DISPLAY_EXPRESSIONS:
        layer.setDisplayExpression(DISPLAY_EXPRESSIONS[table])
