"""Opening a welfare database in a QGIS project: layers in a tidy group, styles, forms and
relations; and a rendered overview of the district. qgis.core only (no GUI)."""
import sqlite3
import zipfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsAction,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsHeatmapRenderer,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerType,
    QgsMessageLog,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRelation,
    QgsRelationContext,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, QUuid
from qgis.PyQt.QtGui import QColor, QFont

from . import base_layers, styling
from .core import backends, db, gpkg, schema
from .i18n import tr

# (table, Korean name, English name) top to bottom in the layer tree: districts under households
MAP_LAYERS = (("reports", "위기가구 제보", "Reports"), ("facilities", "복지자원·시설", "Welfare facilities"),
              ("households", "가구", "Households"), ("districts", "행정구역 (구·동·통)", "Districts"))
TABLE_LAYERS = (("visits", "방문 기록", "Visits"), ("visit_visitors", "방문 동행자", "Visit companions"),
                ("needs", "욕구", "Needs"), ("linkages", "서비스 연계", "Linkages"),
                ("visitors", "방문자", "Visitors"), ("registry_changes", "주민등록 변동", "Registry changes"),
                ("audit_log", "감사 기록", "Audit log"), ("categories", "분류 코드표", "Category labels"))
GROUP_PROPERTY = "welfare_visit_map/database"


class NotAWelfareDatabaseError(ValueError):
    """The file is not a welfare-visit GeoPackage."""


def check_database(path):
    path = Path(path)
    if not path.is_file():
        raise NotAWelfareDatabaseError(tr("File not found: {}").format(path))
    try:
        conn = gpkg.connect_readonly(path)
        try:
            ok = schema.is_welfare_database(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotAWelfareDatabaseError(tr("{} is not a GeoPackage: {}").format(path, exc)) from exc
    if not ok:
        raise NotAWelfareDatabaseError(tr("{} is not a welfare visit database (tables missing)").format(path))
    try:
        db.upgrade_gpkg(path)  # an older model version gets its new columns before QGIS reads the layers
    except (sqlite3.Error, ValueError) as exc:
        raise NotAWelfareDatabaseError(tr("{} could not be upgraded: {}").format(path, exc)) from exc
    return path


def open_database(path, project=None, lang="ko"):
    """Add the database's layers to ``project`` in one group, styled, with relations and forms.
    Returns {table: layer}. Raises :class:`NotAWelfareDatabaseError`."""
    return open_project_layers(backends.GeoPackage(str(path)), project, lang)


def open_shared_database(dsn, schema="welfare", project=None, lang="ko", keep_password=False):
    """The layers of a shared PostgreSQL/PostGIS welfare database (see core/pg.py), styled, with
    relations and forms, as :func:`open_database` does for a GeoPackage. What a login may see and
    change is the server's to decide (row-level security per 동). Returns {table: layer}."""
    database = dsn if isinstance(dsn, backends.Postgres) else backends.Postgres(dsn, schema)
    return open_project_layers(database, project, lang, keep_password)


def vector_layer(database, table, keep_password=False):
    """A QGIS layer of one table of a database (see :meth:`.core.backends.Database.layer_source`;
    ``keep_password`` only for a layer that lives in one run and is never saved)."""
    source = backends.parse(database).layer_source(table, keep_password)
    # the plugin styles its layers itself (styling.apply_style): QGIS need not read the database's
    # default style first — GDAL's read-only look into a GeoPackage's layer_styles in WAL mode
    # printed "ERROR 1: … unable to open database file" on every print
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    return QgsVectorLayer(source.uri, table, source.provider, options)


def open_project_layers(database, project=None, lang="ko", keep_password=False):
    """The layers of a welfare database (a name or a :class:`.core.backends.Database`) in
    ``project``, in one group, styled, with relations and forms. A database that is files is
    checked (and upgraded) first. Returns {table: layer}. Raises :class:`NotAWelfareDatabaseError`."""
    database = backends.parse(database)
    for path in database.files():
        check_database(path)

    def source(table):
        return vector_layer(database, table, keep_password)

    return _open(source, str(database), tr("Welfare visit map — {}").format(database.title), project, lang)


def _open(source, database, title, project, lang):
    project = project or QgsProject.instance()
    idx = 1 if lang == "en" else 0
    root = project.layerTreeRoot()
    group = root.insertGroup(0, title)
    group.setCustomProperty(GROUP_PROPERTY, database)
    layers = {}
    for table, *names in MAP_LAYERS:
        layers[table] = _add(project, group, source, table, names[idx], lang)
    for layer in base_layers.styled_layers(database, source):  # the base map, under the welfare layers
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    tables = group.addGroup(tr("Tables"))
    tables.setExpanded(False)
    for table, *names in TABLE_LAYERS:
        layer = _add(project, tables, source, table, names[idx], lang, optional=table in RESTRICTED_TABLES)
        if layer is not None:
            layers[table] = layer
    add_relations(project, layers, lang)
    try:
        set_tong_counts(layers, database)
    except Exception as exc:  # noqa: BLE001 - the pies stay empty; the database opens all the same
        QgsMessageLog.logMessage(f"households per 통 not counted: {exc}", "Welfare Visit Map", Qgis.MessageLevel.Warning)
    styling.household_form(layers["households"], lang, project.relationManager())
    add_household_actions(layers["households"], lang)
    styling.bind_value_relations(layers)
    extent = district_extent(layers)
    if not extent.isEmpty():
        extent.scale(1.05)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, layers["districts"].crs()))
    if not project.crs().isValid() or len(project.mapLayers()) == len(layers):
        project.setCrs(layers["districts"].crs())
    return layers


# tables some logins of a shared database may not read (dong staff: the audit log, the
# district's registry changes): left out of their project rather than refused
RESTRICTED_TABLES = ("audit_log", "registry_changes")


def _add(project, group, source, table, name, lang, optional=False):
    layer = source(table)
    layer.setName(name)
    if not layer.isValid() and optional:
        return None
    if not layer.isValid():
        raise NotAWelfareDatabaseError(tr("Cannot open table {} of {}").format(table, layer.source().split("|")[0]))
    styling.apply_style(layer, table, lang)
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return layer


def add_relations(project, layers, lang="ko"):
    manager = project.relationManager()
    for rel_id, child, child_field, parent, parent_field, ko, en in styling.RELATIONS:
        if child not in layers or parent not in layers:  # a table this login may not read
            continue
        relation = QgsRelation(QgsRelationContext(project))  # resolve layers in this project
        relation.setId(rel_id)
        relation.setName(en if lang == "en" else ko)
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers[parent].id())
        relation.addFieldPair(child_field, parent_field)
        relation.setStrength(QgsRelation.RelationStrength.Composition if parent == "households" and child != "reports"
                             else QgsRelation.RelationStrength.Association)
        if manager.relation(rel_id).isValid():
            manager.removeRelation(rel_id)
        if relation.isValid():
            manager.addRelation(relation)


def district_extent(layers, crs=None, level="dong"):
    """The extent of the district's 행정동 (or all districts), in ``crs`` when given."""
    layer = layers["districts"]
    extent = QgsRectangle()
    for feature in layer.getFeatures(f"\"level\" = '{level}'"):
        extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty() or extent.isNull():
        extent = layer.extent()
    if crs and crs.isValid() and crs != layer.crs():
        extent = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(extent)
    return extent


def render_overview(project, layers, output_png, title, credits="", dpi=110):
    """A landscape A4 overview of the district (map, legend, title, scale bar) as a PNG."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 210, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item = QgsLayoutItemMap(layout)
    map_item.setRect(0, 0, 212, 182)  # a size before any extent, or the zoom divides by zero
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(8, 20, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(212, 182, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setLayers([layers[t] for t in ("facilities", "households", "districts")])
    map_item.setCrs(layers["districts"].crs())
    extent = district_extent(layers)
    extent.scale(1.04)
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    font = QFont(styling.FONT_FAMILY, 18)
    font.setBold(True)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(8, 5, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(280, 12, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(label)
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.clear()
    for table in ("districts", "facilities"):  # at this scale households show as pies per 통 (districts)
        model_root.addLayer(layers[table])
    for style in (legend.style(1), legend.style(2), legend.style(3), legend.style(4)):
        f = style.font()
        f.setFamily(styling.FONT_FAMILY)
        style.setFont(f)
    legend.attemptMove(QgsLayoutPoint(224, 20, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize()
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(1)
    bar.setTextFormat(styling.text_format(9, buffer=False))
    bar.attemptMove(QgsLayoutPoint(12, 190, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(bar)
    source = QgsLayoutItemLabel(layout)
    boundary = first_feature(layers["districts"], "\"level\" = 'dong'")
    source.setText(" · ".join(t for t in ((boundary["source"] if boundary else ""), credits) if t))
    source.setFont(QFont(styling.FONT_FAMILY, 7))
    source.setFontColor(QColor("#444444"))
    source.attemptMove(QgsLayoutPoint(8, 203, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    source.attemptResize(QgsLayoutSize(280, 5, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(source)
    # rendered to an image and saved by Qt: QgsLayoutExporter.exportToImage georeferences the file
    # through GDAL, whose PNG driver cannot update a file ("ERROR 6" on every demo build)
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(str(output_png), "PNG"):
        raise RuntimeError(tr("Could not render the overview to {}").format(output_png))
    return output_png


def first_feature(layer, expression):
    """The first feature matching ``expression``, or None; the iterator is closed at once (an
    OGR iterator left open keeps a GeoPackage statement running)."""
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(1)
    return next(iter(list(layer.getFeatures(request))), None)


def databases_in_project(project=None):
    """Paths of the welfare databases opened in a project (from the layer-tree groups)."""
    project = project or QgsProject.instance()
    out = []
    for node in project.layerTreeRoot().children():
        if isinstance(node, QgsLayerTreeGroup) and node.customProperty(GROUP_PROPERTY) and node.findLayers():
            out.append(node.customProperty(GROUP_PROPERTY))
    return out


def table_of(layer):
    """The table a layer of a welfare database shows (GeoPackage or PostgreSQL), or None."""
    if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
        return None
    return backends.table_in_source(layer.providerType(), layer.source())


def database_layers(project=None, database=None):
    """{table: layer} of a welfare database open in ``project`` (the first one by default)."""
    project = project or QgsProject.instance()
    if database is None:
        databases = databases_in_project(project)
        if not databases:
            return {}
        database = databases[0]
    layers = {}
    for node in project.layerTreeRoot().children():
        if isinstance(node, QgsLayerTreeGroup) and node.customProperty(GROUP_PROPERTY) == str(database):
            for found in node.findLayers():
                layer = found.layer()
                if layer is not None and not layer.customProperty(DENSITY_PROPERTY) and table_of(layer):
                    layers.setdefault(table_of(layer), layer)
    if not layers:  # layers of the file added by hand, outside the plugin's group
        for layer in project.mapLayers().values():
            source = layer.source() if layer.type() == QgsMapLayerType.VectorLayer else ""
            if source.startswith(str(database)) and "|layername=" in source and not layer.customProperty(DENSITY_PROPERTY):
                layers.setdefault(table_of(layer), layer)
    return layers


def show_base_layers(database, project=None):
    """After a base map import: its layers into the database's group, under the welfare layers
    (those already there are read again). Returns the layers added."""
    project = project or QgsProject.instance()
    database = backends.parse(database)
    group = next((node for node in project.layerTreeRoot().children()
                  if isinstance(node, QgsLayerTreeGroup) and node.customProperty(GROUP_PROPERTY) == str(database)), None)
    if group is None:
        return []
    shown = {}
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(base_layers.BASE_PROPERTY):
            shown[layer.customProperty(base_layers.BASE_PROPERTY)] = layer
    added = []
    for layer in base_layers.styled_layers(str(database), lambda table: vector_layer(database, table)):
        table = layer.customProperty(base_layers.BASE_PROPERTY)
        if table in shown:
            shown[table].reload()
            shown[table].triggerRepaint()
            continue
        project.addMapLayer(layer, False)
        tables = next((i for i, node in enumerate(group.children()) if isinstance(node, QgsLayerTreeGroup)),
                      len(group.children()))
        group.insertLayer(tables, layer)  # under the welfare layers, above the 표 group
        added.append(layer)
    return added


def set_tong_counts(layers, database, where=None):
    """Hand the districts layer its pies' numbers: active households per 통 and risk matching
    ``where`` (the households filter), counted once in SQL (:func:`.core.filters.tong_counts`)."""
    from .core import filters

    districts = layers.get("districts")
    if districts is None:
        return {}
    conn = db.connect_readonly(database)
    try:
        counted = filters.tong_counts(conn, where)
    finally:
        conn.close()
    QgsExpressionContextUtils.setLayerVariable(districts, styling.TONG_COUNTS_VARIABLE,
                                               styling.tong_counts_text(counted))
    districts.triggerRepaint()
    return counted


def refresh_layers(project=None, database=None, tables=None):
    """Re-read layers of a database after a write that did not go through them; repaint."""
    for table, layer in database_layers(project, database).items():
        if tables is None or table in tables:
            layer.reload()
            layer.triggerRepaint()


# Actions on a household (identify results, attribute table, form): the plugin's timeline and
# visit dialogs. Fixed ids, so opening the database again replaces rather than repeats them.
HOUSEHOLD_ACTIONS = (
    ("{6b3c1f0e-1d2a-4b7e-9c55-2f1e3d4a5b60}", "open_household", ("이력과 서비스 연계", "Timeline and services")),
    ("{6b3c1f0e-1d2a-4b7e-9c55-2f1e3d4a5b61}", "record_visit", ("방문 기록", "Record visit")),
)
ACTION_CODE = ("from qgis.utils import plugins\n"
               "plugin = plugins.get('welfare_visit_map')\n"
               "if plugin is not None:\n"
               "    plugin.{method}('[% \"id\" %]')\n")


def add_household_actions(layer, lang="ko"):
    """The plugin's household dialogs as QGIS feature actions (they do nothing without the plugin)."""
    idx = 1 if lang == "en" else 0
    manager = layer.actions()
    for uid, method, titles in HOUSEHOLD_ACTIONS:
        manager.removeAction(QUuid(uid))
        manager.addAction(QgsAction(QUuid(uid), QgsAction.ActionType.GenericPython, titles[idx],
                                    ACTION_CODE.format(method=method), "", False, titles[idx], {"Feature", "Form", "Layer"}))


DENSITY_PROPERTY = "welfare_visit_map/density"


def density_layer(households, where=None, lang=None):
    """A heatmap of the active high- and medium-risk households (matching ``where``), high
    weighing three times medium, 250 m radius: drawn under the points, it shows where crisis
    households cluster."""
    from .language import ui_language

    lang = lang or ui_language()
    layer = QgsVectorLayer(households.source(), "위기가구 밀집도" if lang == "ko" else "Crisis density",
                           households.providerType())
    subset = "status = 'active' AND risk_level IN ('high', 'medium')"
    layer.setSubsetString(f"({where}) AND {subset}" if where else subset)
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(250)
    renderer.setRadiusUnit(QgsUnitTypes.RenderUnit.RenderMapUnits)
    renderer.setWeightExpression("CASE WHEN \"risk_level\" = 'high' THEN 3 ELSE 1 END")
    renderer.setColorRamp(QgsGradientColorRamp(QColor(255, 237, 160, 0), QColor(189, 0, 38, 230), False, [
        QgsGradientStop(0.25, QColor(254, 178, 76, 120)), QgsGradientStop(0.6, QColor(240, 59, 32, 190))]))
    renderer.setRenderQuality(2)
    layer.setRenderer(renderer)
    layer.setOpacity(0.8)
    layer.setCustomProperty(DENSITY_PROPERTY, True)
    return layer


def save_default_styles(path, lang="ko"):
    """Store each table's style (renderer, labels, form bound to its relations) as its default in
    the GeoPackage's layer_styles table, so the file opens styled in plain QGIS and in QField."""
    project = QgsProject()
    layers = open_database(path, project, lang)
    styling.bind_value_relations(layers, portable=True)
    errors = []
    for table, layer in layers.items():
        if table not in styling.STYLED_TABLES:
            continue
        message = layer.saveStyleToDatabase(table, "Welfare Visit Map default style", True, "")
        if message:
            errors.append(f"{table}: {message}")
    project.clear()
    with sqlite3.connect(str(path)) as conn:
        for fid, qml in conn.execute("SELECT id, styleQML FROM layer_styles").fetchall():
            conn.execute("UPDATE layer_styles SET styleQML = ? WHERE id = ?", (styling.bind_relation_editors(qml), fid))
    return errors


def save_server_styles(database, lang="ko"):
    """Store each table's style as its default in the server's layer_styles table (QGIS's own, in
    the public schema), readable by every group of the schema, so a layer added through QGIS's own
    browser opens styled too. Run as a login that may write it (the district admin)."""
    from .core import pg

    database = backends.parse(database)
    schema = database.schema
    project = QgsProject()
    layers = open_project_layers(database, project, lang, keep_password=True)  # a project of this run only
    styling.bind_value_relations(layers, portable=True)
    errors = []
    for table, layer in layers.items():
        if table in styling.STYLED_TABLES:
            message = layer.saveStyleToDatabase(table, "Welfare Visit Map default style", True, "")
            if message:
                errors.append(f"{table}: {message}")
    project.clear()
    conn = database.connect_server()
    try:
        cur = conn.cursor()
        cur.execute("SELECT id, styleqml FROM public.layer_styles WHERE f_table_schema = %s", (schema,))
        for fid, qml in cur.fetchall():
            # type: QGIS matches a style to a layer by geometry type too, and recorded "Unknown
            # geometry" for layers opened without one in their source; NULL matches any
            cur.execute("UPDATE public.layer_styles SET styleqml = %s, type = NULL WHERE id = %s",
                        (styling.bind_relation_editors(qml), fid))
        groups = ", ".join(pg.role(schema, g) for g in pg.GROUPS)
        cur.execute(f"GRANT SELECT ON public.layer_styles TO {groups}")
        conn.commit()
    finally:
        conn.close()
    return errors


def write_project(project, path):
    """Write ``project`` as a .qgz whose form relation editors are bound (see
    styling.bind_relation_editors). Returns False when QGIS cannot write it."""
    path = Path(path)
    if not project.write(str(path)):
        return False
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename.endswith(".qgs"):
                data = styling.bind_relation_editors(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info, data)
    return True
