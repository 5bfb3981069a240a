"""Parameters and look-ups the algorithms share."""
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProviderRegistry,
)

from ..core import backends, db
from ..core.backends.postgres import PROVIDER as POSTGRES_PROVIDER
from ..i18n import tr


class DatabaseParameter(QgsProcessingParameterFile):
    """DATABASE: a welfare GeoPackage (the file browser offers .gpkg files), or a shared
    PostgreSQL database — ``postgresql://host:port/dbname#schema``, ``service=NAME#schema`` (a
    pg_service.conf entry) or the name of a PostgreSQL connection saved in QGIS (``name#schema``);
    the schema defaults to ``welfare``. A plain file parameter would refuse anything not a path."""

    def __init__(self, name="DATABASE", description=None):
        super().__init__(name, description or tr("Welfare database (GeoPackage, or a PostgreSQL connection)"),
                         QgsProcessingParameterFile.Behavior.File, "", None, False, tr("GeoPackage (*.gpkg)"))

    def clone(self):
        return DatabaseParameter(self.name(), self.description())

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 - Qt's name
        return isinstance(value, str) and bool(value.strip())


def database_parameter():
    return DatabaseParameter()


def database_name(algorithm, parameters, context):
    """The DATABASE of a run as a :class:`..core.backends.Database` (see :func:`resolve_database`):
    ``str()`` of it is a GeoPackage's path or a shared database's name (without password)."""
    return resolve_database(algorithm.parameterAsFile(parameters, "DATABASE", context))


def _same_file(a, b):
    a, b = Path(a), Path(b)
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def refuse_overwriting(algorithm, parameters, context, database, outputs):
    """No output of a run may be the database or any file the run reads (INPUT, ADDRESS_DB): say
    so before anything is written. ``outputs``: the names of the run's file outputs."""
    reads = [("DATABASE", str(path)) for path in backends.parse(database).files()]
    for name in ("INPUT", "ADDRESS_DB"):
        if name in parameters and algorithm.parameterDefinition(name) is not None:
            for part in str(algorithm.parameterAsString(parameters, name, context) or "").split(";"):
                path = part.strip().split("|")[0]
                if path and Path(path).exists():
                    reads += [(name, str(p)) for p in (sorted(Path(path).glob("*.txt")) if Path(path).is_dir()
                                                       else [Path(path)])]
    for output in outputs:
        target = algorithm.parameterAsFileOutput(parameters, output, context)
        if not target:
            continue
        for name, read in reads:
            if _same_file(target, read):
                raise QgsProcessingException(
                    tr("{output} {path} is the file this run reads as {name}: choose another file (nothing was "
                       "written).").format(output=output, path=target, name=name))


def check_output_folders(algorithm, parameters, context, outputs):
    """Every file output of a run goes into a folder that exists: say which folder is missing
    before anything is written (rather than fail halfway, or after the database was changed).
    ``outputs``: the names of the run's file outputs."""
    for output in outputs:
        target = algorithm.parameterAsFileOutput(parameters, output, context)
        if not target:
            continue
        folder = Path(target).parent
        if not folder.is_dir():
            raise QgsProcessingException(
                tr("{output}: the folder {folder} does not exist: choose an existing folder (nothing was "
                   "written).").format(output=output, folder=folder))


def no_pseudonyms(database, error, lang="ko"):
    """The error of a run that needs the partners' pseudonyms on a database without its pseudonym
    key (``error``: a :class:`..core.privacy.PseudonymSecretError`)."""
    return QgsProcessingException(tr("{}: no pseudonyms can be made for partners: {}. Nothing was written.").format(
        db.display_name(database), error.reason(lang)))


def resolve_database(value):
    """The :class:`..core.backends.Database` a DATABASE names: a GeoPackage path,
    'postgresql://…#schema' or 'service=NAME#schema', or the name of a PostgreSQL connection saved
    in QGIS ('name' or 'name#schema'). A password the connection keeps in QGIS's authentication
    database is read from there into the value, in memory for this run only; it is never logged,
    saved or written into a name."""
    if isinstance(value, (backends.GeoPackage, backends.Postgres)):
        return value
    value = str(value or "").strip()
    if not value:
        raise QgsProcessingException(tr("No welfare database given (DATABASE)."))
    database = backends.parse(value)
    if not database.files():
        return database
    if backends.GeoPackage.file_name(value) == value or Path(value).exists():
        if not Path(value).is_file():
            raise QgsProcessingException(tr("{}: no such welfare database file").format(value))
        return database
    name, _, schema = value.partition("#")
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES_PROVIDER)
    connections = metadata.connections() if metadata is not None else {}
    if name not in connections:
        raise QgsProcessingException(
            tr("{} is neither a GeoPackage file, a postgresql://… or service=… name, nor a PostgreSQL connection "
               "saved in QGIS").format(value))
    return connection_name(QgsDataSourceUri(connections[name].uri()), schema or "welfare")


def connection_name(uri, schema="welfare"):
    """The shared database of a QgsDataSourceUri (service, or host/port/database/user) as a
    :class:`..core.backends.Postgres`; a password, from the uri or from QGIS's authentication
    database, goes into the value (in memory), never into its name."""
    if uri.authConfigId():  # user and password from QGIS's authentication database, in memory only
        items = uri.connectionInfo(False).split(" ")
        ok, items = QgsApplication.authManager().updateDataSourceUriItems(items, uri.authConfigId(), POSTGRES_PROVIDER)
        if not ok:
            raise QgsProcessingException(tr("The saved connection's authentication ({}) could not be read.")
                                         .format(uri.authConfigId()))
        uri = QgsDataSourceUri(" ".join(items))
    return backends.Postgres.from_parts(service=uri.service(), host=uri.host(), port=uri.port(),
                                        dbname=uri.database(), user=uri.username(), schema=schema,
                                        password=uri.password() or None)


def households_layer(database):
    """The households of a welfare database as a QGIS layer (for QGIS expressions)."""
    from ..project import vector_layer

    layer = vector_layer(database, "households", keep_password=True)
    if not layer.isValid():
        raise QgsProcessingException(tr("{} is not a welfare visit database (tables missing)").format(
            db.display_name(database)))
    return layer


def expression_problem(text, layer, name="FILTER"):
    """Why an expression a run filters ``layer`` with cannot be used (it does not parse, names a
    field the layer does not have, or cannot be evaluated), or None: an invalid filter is an
    error, never "no filter" (which would print or share everything)."""
    if not text or not text.strip():
        return None
    expression = QgsExpression(text)
    if expression.hasParserError():
        return tr("{} is not a valid expression ({}): {}").format(name, expression.parserErrorString(), text)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    fields = set(layer.fields().names())
    unknown = sorted(c for c in expression.referencedColumns() if c != QgsFeatureRequest.ALL_ATTRIBUTES
                     and c not in fields)
    if unknown:
        return tr("{} names fields that {} does not have ({}): {}").format(name, layer.name(), ", ".join(unknown), text)
    if expression.hasEvalError():
        return tr("{} cannot be evaluated ({}): {}").format(name, expression.evalErrorString(), text)
    return None


def check_expression(text, layer, name="FILTER"):
    """:func:`expression_problem` as an error. (The caller's own layers are in its frame, which
    the error's traceback keeps: callers that made the layer release it first, see
    :func:`household_ids` — a QGIS layer outliving QGIS crashes the interpreter at exit.)"""
    problem = expression_problem(text, layer, name)
    if problem:
        raise QgsProcessingException(problem)
    return text


def household_sql_filter(algorithm, parameters, context):
    """HOUSEHOLD_FILTER (SQL over households, as the layer's filter) if it is one expression: no
    second statement and no comment can ride along (the filter runs read-only as well)."""
    from ..core import filters

    text = algorithm.parameterAsString(parameters, "HOUSEHOLD_FILTER", context).strip()
    problem = filters.unsafe_sql(text)
    if problem:
        what = {"statement": tr("a ';' (a second statement)"), "comment": tr("a comment ('--' or '/*')"),
                "quote": tr("an unclosed quote")}[problem]
        raise QgsProcessingException(tr("HOUSEHOLD_FILTER must be one condition; it holds {}: {}").format(what, text))
    return text


def household_ids(database, filter_expression=None):
    """The ids of the households of ``database`` matching a QGIS expression (all when empty; an
    invalid one is an error)."""
    households = households_layer(database)
    problem = expression_problem(filter_expression, households)
    if problem:
        del households  # not kept alive by the error's traceback
        raise QgsProcessingException(problem)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(["id"], households.fields())
    if filter_expression:
        request.setFilterExpression(filter_expression)
    return [f["id"] for f in households.getFeatures(request)], households
