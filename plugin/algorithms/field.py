"""welfarevisitmap:package_for_field and welfarevisitmap:merge_field_package — visits recorded
offline on a phone (QField) and brought back safely (see core/fieldwork.py)."""
import getpass
import re
from pathlib import Path

from qgis.core import (
    QgsDefaultValue,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core import categories as cat
from ..core import db
from ..core import fieldwork as fw
from ..core.visits import find_visitor
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import database_name, database_parameter

PRIVACY = ("staff", "volunteer")
BASEMAPS = ("database", "none")


def privacy_labels():
    return [tr("Staff: names, phones and notes"), tr("Volunteer: names and addresses, no phones or notes")]


def basemap_labels():
    return [tr("The database's base map (roads, buildings), offline"), tr("No base map")]


def error_text(error):
    """A :class:`..core.fieldwork.FieldPackageError` in the user's words."""
    p = error.params
    code = error.code
    if code == "no_area":
        return tr("AREA is empty: give a 동 code (1141055500), or 통 of it (1141055500:3,7).")
    if code == "area_dongs":
        return tr("AREA {area}: all 통 must be of one 동.").format(**p)
    if code == "area_tong":
        return tr("AREA {area}: 통 are numbers (1141055500:3,7).").format(**p)
    if code == "unknown_dong":
        return tr("AREA: the database has no 동 with the code {dong}.").format(**p)
    if code == "unknown_tong":
        return tr("AREA: 동 {dong} has no 통 {tongs}.").format(dong=p["dong"], tongs=", ".join(map(str, p["tongs"])))
    if code == "unknown_visitor":
        return tr("VISITOR: no visitor {visitor} in the database.").format(**p)
    if code == "privacy":
        return tr("PRIVACY must be one of {}.").format(", ".join(PRIVACY))
    if code == "nothing_placed":
        return tr("The area has no outline and no placed household: nothing to package.")
    if code == "cancelled":
        return tr("Packaging cancelled; nothing was written.")
    if code == "no_package":
        return tr("{path}: no field package there (a .gpkg with a field manifest).").format(**p)
    if code == "several_packages":
        return tr("{path} holds several field packages ({files}): choose one .gpkg.").format(
            path=p["path"], files=", ".join(p["files"]))
    if code == "not_a_package":
        return tr("{path} is not a field package (it has no field manifest).").format(**p)
    if code == "other_database":
        return tr("{path} was packaged from another database ({source}): merge it into that one.").format(**p)
    if code == "package_exists":
        return tr("{path} is a field package already (it may hold visits not merged yet): choose a new folder.").format(**p)
    if code in ("no_review", "decided", "cannot_accept", "no_household"):
        return tr("This field result cannot be decided ({}): it was decided already or its record is gone.").format(code)
    return str(error)


def package_names(area, dong_name):
    """(GeoPackage, project) file names of a package: the 동 and its 통 (letters any phone keeps)."""
    stem = re.sub(r"[^\w-]+", "_", dong_name or area.dong_code).strip("_") or area.dong_code
    if area.tongs:
        stem += "_" + "-".join(f"{t}통" for t in area.tongs)
    return f"{stem}.gpkg", f"{stem}.qgz"


def resolve_visitor(database, text, dong_code):
    """A visitor's id from an id or a name (one of the 동's first)."""
    text = (text or "").strip()
    if not text:
        return None
    conn = db.connect_readonly(database)
    try:
        visitor = find_visitor(conn, text, dong_code)
    finally:
        conn.close()
    if visitor is None:
        raise QgsProcessingException(error_text(fw.FieldPackageError("unknown_visitor", visitor=text)))
    return visitor[0]


def field_project(gpkg_path, project_path, title, visitor_id=None, lang="ko"):
    """The QField project of a package: the package's layers with the desktop's styles, forms and
    relations; new visits name the package's visitor; paths relative (the folder moves to the
    phone whole). Returns the project's layers {table: layer}."""
    from .. import project as project_module

    project = QgsProject()
    layers = project_module.open_database(gpkg_path, project, lang)
    project.setTitle(title)
    project.writeEntryBool("Paths", "/Absolute", False)
    if visitor_id:
        for table in ("visits", "households"):
            layer = layers.get(table)
            column = "visitor_id" if table == "visits" else "assigned_visitor_id"
            index = layer.fields().indexOf(column) if layer is not None else -1
            if index >= 0 and table == "visits":
                layer.setDefaultValueDefinition(index, QgsDefaultValue(f"'{visitor_id}'"))
    visits = layers["visits"]
    index = visits.fields().indexOf("visited_on")
    if index >= 0:  # a visit recorded in the street is today's, unless the visitor says otherwise
        visits.setDefaultValueDefinition(index, QgsDefaultValue("to_date(now())"))
    households = layers["households"]
    for column, value in (("discovery_source", "'visitor'"), ("geocode_quality", "'manual'"),
                          ("found_on", "format_date(now(), 'yyyy-MM-dd')")):
        index = households.fields().indexOf(column)
        if index >= 0:
            households.setDefaultValueDefinition(index, QgsDefaultValue(value))
    if not project_module.write_project(project, project_path):
        raise QgsProcessingException(tr("The project {} could not be written.").format(project_path))
    project.clear()
    return layers


class PackageForField(WelfareAlgorithm):
    NAME = "package_for_field"
    DISPLAY = "Package for the field (QField)"
    GROUP = "Field visits"
    HELP = ("Writes a folder to copy to a phone or tablet with QField (the QGIS field app): a project (.qgz) and one "
            "GeoPackage holding only AREA — a 동 code (1141055500) or 통 of it (1141055500:3,7) — with its active "
            "households, their visits and needs so far, the visitors, the facilities around, the 동 and 통 outlines "
            "and, offline, the database's base map. Visits and needs are recorded in the same forms as on the desktop "
            "(Korean value lists, risk, need items, the visitor preset when VISITOR is given). PRIVACY volunteer "
            "leaves out every phone and note. A manifest records the source database, the area, the time and each "
            "household's version; welfarevisitmap:merge_field_package brings the results back. Every package is "
            "written to the audit log as an export.")

    def flags(self):
        # the project is built with QGIS layers, in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString("AREA", tr("Area: a 동 code, or 통 of it (1141055500:3,7)")))
        self.addParameter(QgsProcessingParameterString("VISITOR", tr("Visitor (name or id; preset in new visits)"),
                                                       optional=True))
        # a phone goes out of the office: the safer choice first
        self.addParameter(QgsProcessingParameterEnum("PRIVACY", tr("Privacy"), privacy_labels(), defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum("BASEMAP", tr("Base map"), basemap_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr("QField project")))
        self.addOutput(QgsProcessingOutputFile("GEOPACKAGE", tr("Package GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber("HOUSEHOLDS", tr("Households packaged")))
        self.addOutput(QgsProcessingOutputNumber("VISITS", tr("Visits so far packaged")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        try:
            area = fw.parse_area(self.parameterAsString(parameters, "AREA", context))
        except fw.FieldPackageError as exc:
            raise QgsProcessingException(error_text(exc)) from exc
        visitor_id = resolve_visitor(database, self.parameterAsString(parameters, "VISITOR", context), area.dong_code)
        privacy = PRIVACY[self.parameterAsEnum(parameters, "PRIVACY", context)]
        base_map = BASEMAPS[self.parameterAsEnum(parameters, "BASEMAP", context)] == "database"
        folder = Path(self.parameterAsString(parameters, "OUTPUT", context))
        folder.mkdir(parents=True, exist_ok=True)
        conn = db.connect(database)
        try:
            row = conn.execute("SELECT name FROM districts WHERE code = ?", (area.dong_code,)).fetchone()
            gpkg_name, project_name = package_names(area, row[0] if row else None)

            def progress(fraction, step):
                feedback.setProgress(90 * fraction)
                return not feedback.isCanceled()

            result = fw.package(conn, area, folder / gpkg_name, privacy, visitor_id, getpass.getuser(),
                                db.display_name(database), base_map=base_map, progress=progress)
        except fw.FieldPackageError as exc:
            raise QgsProcessingException(error_text(exc)) from exc
        finally:
            conn.close()
        title = tr("Field visits — {}").format(Path(gpkg_name).stem.replace("_", " "))
        field_project(result.path, folder / project_name, title, visitor_id, ui_language())
        feedback.setProgress(100)
        feedback.pushInfo(tr("{households} households, {visits} visits so far, {facilities} facilities and {base} base "
                             "map features packaged in {folder}.").format(
            households=result.households, visits=result.visits, facilities=result.facilities,
            base=result.base_features, folder=folder))
        if privacy == "volunteer":
            feedback.pushInfo(tr("Volunteer package: no phones and no notes."))
        return {"OUTPUT": str(folder), "PROJECT": str(folder / project_name), "GEOPACKAGE": str(result.path),
                "HOUSEHOLDS": result.households, "VISITS": result.visits}


def summary_text(result):
    """What a merge brought back, in the user's words (the dock shows it too)."""
    added = result.added
    text = tr("{visits} visits, {needs} needs, {households} households and {reports} reports added").format(
        visits=added.get("visits", 0), needs=added.get("needs", 0), households=added.get("households", 0),
        reports=added.get("reports", 0))
    text += "; " + tr("{} edits proposed for review").format(result.proposals)
    text += "; " + tr("{} conflicts kept for review").format(result.conflicts)
    if result.already:
        text += "; " + tr("{} already merged before").format(result.already)
    if result.deleted:
        text += "; " + tr("{} deleted in the field, kept at the office").format(result.deleted)
    if result.dry_run:
        text = tr("Dry run (nothing written): {}").format(text)
    return text + "."


class MergeFieldPackage(WelfareAlgorithm):
    NAME = "merge_field_package"
    DISPLAY = "Merge field results (QField)"
    GROUP = "Field visits"
    HELP = ("Brings back what was recorded in a field package (welfarevisitmap:package_for_field): new visits with "
            "their companions and needs, needs, reports and households found in the field (with their GPS point), "
            "in one transaction, through the database's own rules (risk and next due date derived, audit log). "
            "INPUT is the package folder or its .gpkg. Merging again adds nothing. Conflicts are kept for the office "
            "to decide, never lost: a household edited at the office since packaging, closed or moved meanwhile, a "
            "visit dated in the future or before the household was on record. Household edits made in the field "
            "are proposed, not forced. DRY_RUN checks and counts without writing.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Field package (its folder or .gpkg)"), QgsProcessingParameterFile.Behavior.File, "", None,
            False, tr("GeoPackage (*.gpkg);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run (check only, write nothing)"),
                                                        defaultValue=False))
        for key, label in (("VISITS", tr("Visits added")), ("NEEDS", tr("Needs added")),
                           ("HOUSEHOLDS", tr("Households added")), ("REPORTS", tr("Reports added")),
                           ("PROPOSALS", tr("Edits proposed")), ("CONFLICTS", tr("Conflicts")),
                           ("ALREADY", tr("Already merged"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        source = self.parameterAsString(parameters, "INPUT", context)
        dry_run = self.parameterAsBool(parameters, "DRY_RUN", context)
        conn = db.connect(database)
        try:
            result = fw.merge(conn, source, dry_run, getpass.getuser())
        except fw.FieldPackageError as exc:
            raise QgsProcessingException(error_text(exc) + " " + tr("Nothing was merged.")) from exc
        except db.errors() as exc:
            raise QgsProcessingException(tr("{}: the field results could not be written ({}). Nothing was merged; the "
                                            "database is as it was.").format(Path(source).name, exc)) from exc
        finally:
            conn.close()
        for kind, table, record, _ in result.reviews:
            feedback.pushWarning(f"{cat.label(cat.REVIEW_KINDS, kind, ui_language())}: {table} {record}")
        text = summary_text(result)
        feedback.pushInfo(text)
        a = result.added
        return {"VISITS": a.get("visits", 0), "NEEDS": a.get("needs", 0), "HOUSEHOLDS": a.get("households", 0),
                "REPORTS": a.get("reports", 0), "PROPOSALS": result.proposals, "CONFLICTS": result.conflicts,
                "ALREADY": result.already, "SUMMARY": text}
