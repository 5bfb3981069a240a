"""welfarevisitmap:create_database — a new welfare-visit GeoPackage with the whole data model."""
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)
from shapely import wkb
from shapely.ops import unary_union

from ..core import database, schema
from ..core.backends import GeoPackage
from ..core.districts import KNOWN_FIELD_PAIRS, District, FieldError, level_of, recognise_fields, short_name
from ..i18n import tr
from ..language import ui_language
from ..project import save_default_styles
from .base import WelfareAlgorithm

GU_NAME_FIELDS = ("SIG_KOR_NM", "sggnm", "SIGUNGU_NM")


class CreateDatabase(WelfareAlgorithm):
    NAME = "create_database"
    DISPLAY = "Create welfare database"
    GROUP = "Database"
    HELP = ("Creates a new welfare visit database (GeoPackage) with every table of the data model: "
            "households, visits, needs, linkages, facilities, visitors, reports, registry changes, "
            "audit log. Categories are checked by the database, derived household fields (risk, last "
            "visit, next visit due) are kept by triggers, and the layers open styled in QGIS and QField.\n\n"
            "DISTRICTS (optional): 행정동 polygons. Code and name fields are recognised for juso "
            "(EMD_CD/EMD_KOR_NM), vuski (adm_cd2/adm_nm) and SGIS (ADM_DR_CD/ADM_DR_NM); name them "
            "with CODE_FIELD and NAME_FIELD otherwise. Any CRS is transformed.\n\n"
            "An existing file is never replaced unless OVERWRITE is set.\n\n"
            "CONNECTION (optional: a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS): "
            "create the district's shared database on that PostgreSQL/PostGIS server instead, in SCHEMA (default "
            "welfare), with the same model, checks, triggers, group roles and row-level security; DATABASE then "
            "returns its name (…#schema) for the other algorithms.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(
            "DATABASE", tr("Database (GeoPackage)"), tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))
        # optional so that scripts may leave it out: the default, EPSG:5186, then applies
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system"),
                                                    f"EPSG:{schema.DEFAULT_EPSG}", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DISTRICTS", tr("Administrative dong (행정동) boundaries"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "CODE_FIELD", tr("District code field"), parentLayerParameterName="DISTRICTS", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", tr("District name field"), parentLayerParameterName="DISTRICTS", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Replace an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            "CONNECTION", tr("Create it on a PostgreSQL server instead (postgresql://…, service=NAME or a saved "
                             "connection)"), optional=True))
        self.addParameter(QgsProcessingParameterString("SCHEMA", tr("Schema on the server"), defaultValue="welfare",
                                                       optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        connection = self.parameterAsString(parameters, "CONNECTION", context).strip()
        if connection:
            return self.on_server(parameters, context, feedback, connection)
        path = self.parameterAsFileOutput(parameters, "DATABASE", context)
        if not path:
            raise QgsProcessingException(tr("Name the GeoPackage to create (DATABASE), or a server (CONNECTION)."))
        path = GeoPackage.file_name(path)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(f"EPSG:{schema.DEFAULT_EPSG}")
        epsg = epsg_of(crs)
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        source = self.parameterAsSource(parameters, "DISTRICTS", context)
        districts = []
        if source is not None:
            districts = read_districts(
                source, crs, context.transformContext(),
                self.parameterAsString(parameters, "CODE_FIELD", context) or None,
                self.parameterAsString(parameters, "NAME_FIELD", context) or None, feedback)
        feedback.pushInfo(tr("Creating {} in EPSG:{} with {} districts").format(path, epsg, len(districts)))
        try:
            database.create(path, epsg, districts, overwrite=overwrite, srs_name=crs.description(),
                            srs_wkt=crs.toWkt())
        except database.DatabaseExistsError as exc:
            raise QgsProcessingException(
                tr("{} already exists. Choose another file name, or set OVERWRITE to replace it.").format(path)) from exc
        feedback.setProgress(80)
        errors = save_default_styles(path, ui_language())
        for error in errors:
            feedback.reportError(tr("Style not stored: {}").format(error))
        feedback.setProgress(100)
        return {"DATABASE": path, "DISTRICT_COUNT": len(districts)}


    def on_server(self, parameters, context, feedback, connection):
        """The same database made on a PostgreSQL server: built as a GeoPackage in a temporary
        folder (districts, settings, categories), then moved up in one transaction."""
        import tempfile

        from ..core import pg
        from .postgres import connect, connection_database, store_styles

        schema = (self.parameterAsString(parameters, "SCHEMA", context) or "welfare").strip()
        try:
            pg.check_name(schema)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        conn = connect(connection)
        with tempfile.TemporaryDirectory() as folder:
            staged = dict(parameters, DATABASE=str(Path(folder) / "staged.gpkg"), CONNECTION="", OVERWRITE=True)
            made = self.processAlgorithm(staged, context, feedback)
            feedback.pushInfo(tr("Creating schema {} on the server").format(schema))
            try:
                pg.move_up(made["DATABASE"], conn, schema)
                conn.commit()
            except Exception as exc:
                conn.rollback()
                raise QgsProcessingException(tr("Creating the shared database failed, nothing was written: {}")
                                             .format(exc)) from exc
            finally:
                conn.close()
        store_styles(connection, schema, feedback)
        # the database's name without a password, whatever CONNECTION held (the value keeps it in memory)
        return {"DATABASE": str(connection_database(connection, schema)), "DISTRICT_COUNT": made["DISTRICT_COUNT"]}


def epsg_of(crs):
    """The EPSG number of a QGIS CRS, or a clear error: the database stores EPSG codes."""
    authid = crs.authid()
    if not authid.upper().startswith("EPSG:"):
        raise QgsProcessingException(tr("Choose a CRS with an EPSG code (got {}).").format(authid or crs.description()))
    return int(authid.split(":")[1])


def read_districts(source, crs, transform_context, code_field, name_field, feedback):
    """District records from a polygon source, transformed into ``crs``; 구 polygons added as the
    union of their 행정동."""
    names = [f.name() for f in source.fields()]
    try:
        code_name, name_name = recognise_fields(names, code_field, name_field)
    except FieldError as exc:
        if exc.missing:
            message = tr("Field {} is not in the districts layer (its fields: {}).").format(
                exc.missing, ", ".join(exc.fields))
        else:
            message = tr("No district code and name fields found among: {}. Known pairs: {}. "
                         "Name them with CODE_FIELD and NAME_FIELD.").format(
                ", ".join(exc.fields), ", ".join(f"{c}/{n}" for c, n in KNOWN_FIELD_PAIRS))
        raise QgsProcessingException(message) from exc
    gu_field = next((f for f in names if f in GU_NAME_FIELDS), None)
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context or QgsProject.instance())
    out, gu_parts, gu_names = [], {}, {}
    total = max(source.featureCount(), 1)
    seen = set()
    for n, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled"))
        code = str(feature[code_name] or "").strip()
        if not code or code in seen:
            raise QgsProcessingException(
                tr("District feature {}: code field {} is empty or repeated ({!r})").format(n + 1, code_name, code))
        seen.add(code)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            raise QgsProcessingException(tr("District {} has no geometry").format(code))
        geometry.transform(transform)
        shape = wkb.loads(bytes(geometry.asWkb()))
        if not shape.is_valid:
            shape = shape.buffer(0)
        level = level_of(code)
        parent = code[:5] + "00000" if level == "dong" else None
        out.append(District(code, short_name(feature[name_name]), level, parent, shape))
        if parent:
            gu_parts.setdefault(parent, []).append(shape)
            full = str(feature[name_name]).split()
            gu_names[parent] = (str(feature[gu_field]) if gu_field else (full[-2] if len(full) >= 2 else parent))
        feedback.setProgress(60 * (n + 1) / total)
    existing = {d.code for d in out}
    for parent, parts in sorted(gu_parts.items()):
        if parent not in existing:
            out.append(District(parent, gu_names[parent], "gu", None, unary_union(parts)))
    return out
