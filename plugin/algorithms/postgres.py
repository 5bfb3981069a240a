"""welfarevisitmap:postgres_move_up and postgres_add_person — the shared PostgreSQL/PostGIS
database for a district: move a GeoPackage up with everything in it; add a person's login."""
import getpass
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core import pg
from ..i18n import tr
from .base import WelfareAlgorithm


def connection_database(value, schema="welfare"):
    """The shared database CONNECTION names (a :class:`..core.backends.Postgres`): a
    `postgresql://…` URI or `service=NAME`, or the name of a PostgreSQL connection saved in QGIS
    (its password, if QGIS keeps one, read into the value, in memory)."""
    from dataclasses import replace

    from ..core import backends
    from .common import resolve_database

    if isinstance(value, backends.Postgres):
        return replace(value, schema=schema)
    name = (value or "").strip().split("#")[0]
    try:
        database = resolve_database(f"{name}#{schema}") if name else None
    except QgsProcessingException:
        database = None
    if database is None or database.files():
        raise QgsProcessingException(tr("CONNECTION must be a postgresql:// URI, service=NAME or a PostgreSQL "
                                        "connection saved in QGIS, not {!r}").format(name))
    return database


def connect(value):
    """A psycopg2 connection for CONNECTION (see :func:`connection_database`); passwords come from
    the service file, ~/.pgpass or QGIS's authentication database, never from a parameter that is
    logged."""
    try:
        import psycopg2
    except ImportError as exc:
        raise QgsProcessingException(tr("psycopg2 is needed for PostgreSQL (Debian: python3-psycopg2).")) from exc

    database = connection_database(value)
    try:
        return database.connect_server()
    except psycopg2.Error as exc:
        raise QgsProcessingException(tr("Cannot connect to {}: {}").format(
            database.display_name.rsplit("#", 1)[0], exc)) from exc


def store_styles(connection, schema, feedback):
    """The layers' styles as the server's defaults (see project.save_server_styles)."""
    from ..language import ui_language
    from ..project import save_server_styles

    for error in save_server_styles(connection_database(connection, schema), ui_language()):
        feedback.reportError(tr("Style not stored: {}").format(error))


class PostgresMoveUp(WelfareAlgorithm):
    NAME = "postgres_move_up"
    DISPLAY = "Move a welfare database up to PostgreSQL"
    GROUP = "Database"
    HELP = ("Copies every row of a welfare GeoPackage (DATABASE) into a new schema (SCHEMA, default welfare) of "
            "a PostgreSQL/PostGIS database (CONNECTION: a postgresql:// URI or service=NAME): households with their "
            "ids, versions and derived fields, visits, needs, linkages, facilities, reports, registry changes, "
            "settings and the audit log, with the same checks, the server's own triggers and the group roles "
            "(admin, staff, partner, auditor) with row-level security per 동. One transaction; the counts are "
            "reported and equal the file's.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("DATABASE", tr("Welfare database (GeoPackage)"),
                                                     extension="gpkg"))
        self.addParameter(QgsProcessingParameterString("CONNECTION", tr("PostgreSQL (postgresql://… or service=NAME)")))
        self.addParameter(QgsProcessingParameterString("SCHEMA", tr("Schema"), defaultValue="welfare"))
        self.addOutput(QgsProcessingOutputNumber("HOUSEHOLDS", tr("Households")))
        self.addOutput(QgsProcessingOutputNumber("VISITS", tr("Visits")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = self.parameterAsFile(parameters, "DATABASE", context)
        schema = self.parameterAsString(parameters, "SCHEMA", context).strip()
        try:
            pg.check_name(schema)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        conn = connect(self.parameterAsString(parameters, "CONNECTION", context))
        try:
            counts = pg.move_up(database, conn, schema, progress=feedback.setProgress)
            cur = conn.cursor()
            cur.execute(f'INSERT INTO {schema}.audit_log ("user", action, table_name, detail) '
                        "VALUES (session_user, 'import', 'households', %s)",
                        (f"moved up from {Path(database).name} by {getpass.getuser()}",))
            conn.commit()
        except Exception as exc:
            conn.rollback()
            raise QgsProcessingException(tr("Moving up failed, nothing was written: {}").format(exc)) from exc
        finally:
            conn.close()
        store_styles(self.parameterAsString(parameters, "CONNECTION", context), schema, feedback)
        for table, n in counts.items():
            feedback.pushInfo(f"{table}: {n:,}")
        return {"HOUSEHOLDS": counts["households"], "VISITS": counts["visits"]}


class PostgresAddPerson(WelfareAlgorithm):
    NAME = "postgres_add_person"
    DISPLAY = "Add a person to the shared database"
    GROUP = "Database"
    HELP = ("Makes a login role for one person (LOGIN) in a group — district admin (everything), dong staff (only "
            "the households of DONGS, comma-separated 행정동 codes, by row-level security), partner (masked views "
            "only), auditor (the audit log only). Set the password afterwards with psql's \\password or in the "
            "service file: it is never a parameter, so it never reaches a log.")
    GROUPS = ("staff", "admin", "partner", "auditor")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("CONNECTION", tr("PostgreSQL (postgresql://… or service=NAME)")))
        self.addParameter(QgsProcessingParameterString("SCHEMA", tr("Schema"), defaultValue="welfare"))
        self.addParameter(QgsProcessingParameterString("LOGIN", tr("Login (lower case)")))
        self.addParameter(QgsProcessingParameterEnum("GROUP", tr("Group"), options=[
            tr("dong staff"), tr("district admin"), tr("partner"), tr("auditor")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString("DONGS", tr("행정동 codes (staff), comma-separated"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputString("LOGIN", tr("Login")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        login = self.parameterAsString(parameters, "LOGIN", context).strip()
        schema = self.parameterAsString(parameters, "SCHEMA", context).strip()
        group = self.GROUPS[self.parameterAsEnum(parameters, "GROUP", context)]
        dongs = [d.strip() for d in self.parameterAsString(parameters, "DONGS", context).split(",") if d.strip()]
        if group == "staff" and not dongs:
            raise QgsProcessingException(tr("Dong staff need at least one 행정동 code in DONGS."))
        conn = connect(self.parameterAsString(parameters, "CONNECTION", context))
        try:
            pg.add_person(conn, login, group, dongs, schema)
            conn.commit()
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            conn.close()
        feedback.pushInfo(tr("{} is now {} ({})").format(login, group, ", ".join(dongs) or "-"))
        return {"LOGIN": login}
