"""welfarevisitmap:import_households, import_facilities, import_visits, import_reports — the lists
districts get, into the database in one transaction; rejected rows reported and written out."""
import getpass
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..core import db, exports, importing, tabular
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import check_output_folders, database_name, database_parameter, refuse_overwriting

COUNTS = ("IMPORTED", "UPDATED", "UNLOCATED", "REJECTED", "RELABELLED")


def address_files(text):
    """The 위치정보요약DB files named by ADDRESS_DB: files or folders (their *.txt), ';'-separated."""
    files = []
    for part in (text or "").split(";"):
        path = Path(part.strip())
        if not part.strip():
            continue
        if path.is_dir():
            files += sorted(path.glob("*.txt"))
        elif path.exists():
            files.append(path)
        else:
            raise QgsProcessingException(tr("ADDRESS_DB: {} does not exist").format(path))
    return files


def layer_rows(layer):
    """A QGIS layer as a sheet: the field names as header row, then its features (with X and Y
    of point geometries, in the layer's CRS)."""
    names = [f.name() for f in layer.fields()]
    points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    rows = [(1, names + (["X", "Y"] if points else []))]
    for number, feature in enumerate(layer.getFeatures(), start=2):
        cells = [None if v is None or str(v) == "NULL" else str(v) for v in feature.attributes()]
        if points:
            if feature.hasGeometry() and not feature.geometry().isEmpty():
                p = feature.geometry().centroid().asPoint()
                cells += [repr(p.x()), repr(p.y())]
            else:
                cells += [None, None]
        rows.append((number, cells))
    return tabular.Sheet(layer.source(), layer.name(), rows)


def crs_code(crs):
    """An EPSG number when the CRS has one, else its WKT (pyproj reads both)."""
    if not crs.isValid():
        return None
    authid = crs.authid()
    return int(authid.split(":")[1]) if authid.upper().startswith("EPSG:") else crs.toWkt()


class ImportTable(WelfareAlgorithm):
    TABLE = None
    GROUP = "Import"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString(
            "INPUT", tr("List to import (.xlsx, .xls, .csv file, or a layer)")))
        self.addParameter(QgsProcessingParameterString("SHEET", tr("Sheet (Excel; the first when empty)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            "FIELD_MAP", tr("Field map (target=Source header;…), over the recognised headers"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "VALUE_MAP", tr("Value map (field:label=code;…), e.g. discovery_source:복지통장 발굴=visitor"),
            optional=True))
        if "x" in importing.FIELDS[self.TABLE]:
            self.addParameter(QgsProcessingParameterCrs(
                "SOURCE_CRS", tr("CRS of the X/Y columns (the database's when empty; degrees are recognised)"),
                optional=True))
            self.addParameter(QgsProcessingParameterString(
                "ADDRESS_DB", tr("Road-address location DB (위치정보요약DB files or folders, ;-separated)"),
                optional=True))
        self.addParameter(QgsProcessingParameterEnum("MODE", tr("Mode"), options=[
            tr("insert (a known case number is rejected)"), tr("upsert (update by case number)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run (check only, write nothing)"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REJECTS", tr("Rejected rows (Excel)"), tr("Excel (*.xlsx)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "WARNINGS", tr("Relabelled values (Excel)"), tr("Excel (*.xlsx)"), optional=True, createByDefault=False))
        for key in COUNTS:
            self.addOutput(QgsProcessingOutputNumber(key, key.lower()))

    def sheet(self, parameters, context):
        value = self.parameterAsString(parameters, "INPUT", context).strip()
        sheet = self.parameterAsString(parameters, "SHEET", context).strip() or None
        if value and Path(value).exists():
            try:
                sheets = tabular.read(value, sheet)
            except tabular.ReadError as exc:
                raise QgsProcessingException(str(exc)) from exc
            if not sheets:
                raise QgsProcessingException(tr("{}: no sheet to read").format(Path(value).name))
            return sheets[0], None
        layer = QgsProcessingUtils.mapLayerFromString(value, context) if value else None
        if layer is None:
            raise QgsProcessingException(tr("INPUT {!r} is neither a file nor a layer").format(value))
        return layer_rows(layer), crs_code(layer.crs()) if layer.isSpatial() else None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("REJECTS", "WARNINGS"))
        check_output_folders(self, parameters, context, ("REJECTS", "WARNINGS"))
        sheet, layer_crs = self.sheet(parameters, context)
        try:
            field_map = importing.parse_field_map(self.parameterAsString(parameters, "FIELD_MAP", context))
            value_map = importing.parse_value_map(self.parameterAsString(parameters, "VALUE_MAP", context))
            mapping = importing.find_header(self.TABLE, sheet.rows, field_map)
        except ValueError as exc:
            raise QgsProcessingException(f"{Path(sheet.path).name}: {exc}") from exc
        source = None
        index = None
        if "x" in importing.FIELDS[self.TABLE]:
            crs = self.parameterAsCrs(parameters, "SOURCE_CRS", context)
            source = crs_code(crs) if crs.isValid() else layer_crs
            named = importing.crs_in_header(mapping.headers, mapping.columns)
            if source is None and named is not None:
                source = named
                feedback.pushInfo(tr("X/Y read in EPSG:{}, as their header says").format(named))
            files = address_files(self.parameterAsString(parameters, "ADDRESS_DB", context))
            if files:
                index = importing.AddressIndex.load(files)
                feedback.pushInfo(tr("Address DB: {} entrances from {} files").format(len(index), len(files)))
        found = ", ".join(f"{mapping.headers[i]} → {t}" for t, i in sorted(mapping.columns.items(), key=lambda x: x[1]))
        feedback.pushInfo(tr("Header row {}: {}").format(sheet.rows[mapping.header_row][0], found))
        if mapping.unknown:
            feedback.pushInfo(tr("Columns not imported: {}").format(", ".join(mapping.unknown)))
        mode = importing.MODES[self.parameterAsEnum(parameters, "MODE", context)]
        dry_run = self.parameterAsBool(parameters, "DRY_RUN", context)
        # a dry run is the plan alone, the database only read (no write connection) — except where the
        # database itself decides per login what may be written (a shared database's rights and 동
        # rules): there the plan is written and rolled back, so that what it would refuse is reported
        trial = dry_run and db.parse(database).capabilities.rows_per_login
        try:
            conn = db.connect_readonly(database) if dry_run and not trial else db.connect(database)
            try:
                known = importing.load_context(conn, self.TABLE)
                planned = importing.Planner(known, self.TABLE, source, index, mode, lang=ui_language(),
                                            value_map=value_map).plan(sheet.rows, mapping, feedback.setProgress,
                                                                      feedback.isCanceled)
                if dry_run and not trial:
                    result = planned.result()
                else:
                    result = importing.write_plan(conn, planned, user=getpass.getuser(), value_map=value_map,
                                                  progress=feedback.setProgress, cancelled=feedback.isCanceled,
                                                  trial=trial)
            finally:
                conn.close()
        except importing.ImportCancelled as exc:
            raise QgsProcessingException(tr("Import cancelled: the database is as it was.")) from exc
        except Exception as exc:  # noqa: BLE001 - only a file held by another program is told apart
            if not isinstance(exc, importing.DatabaseLocked) and not db.parse(database).backend.locked(exc):
                raise
            raise QgsProcessingException(
                tr("{} is locked by another program (for example a QGIS layer of it being edited: save or "
                   "discard those edits, or close that program) and could not be written. Nothing was imported; "
                   "the database is as it was.").format(database)) from exc
        lang = ui_language()
        name = Path(sheet.path).name
        for r in result.rejected[:200]:
            feedback.reportError(tr("{}, row {}, column {}: {}").format(name, r.row, r.column, r.reason(lang)))
        if len(result.rejected) > 200:
            feedback.reportError(tr("… and {} more rejected rows (see REJECTS)").format(len(result.rejected) - 200))
        for (column, value, became, how), count in sorted(result.relabelled().items(), key=lambda i: -i[1])[:100]:
            warning = importing.Relabel(0, column, value, became, how)
            feedback.pushWarning(tr("{}, column {}: {} ({} rows)").format(name, column, warning.reason(lang), count))
        rejects = self.parameterAsFileOutput(parameters, "REJECTS", context)
        warnings = self.parameterAsFileOutput(parameters, "WARNINGS", context)
        outputs = {"IMPORTED": result.imported, "UPDATED": result.updated, "UNLOCATED": result.unlocated,
                   "REJECTED": result.rejected_rows, "RELABELLED": len(result.warnings)}
        if rejects:
            exports.write_workbook(rejects, tr("Rejected rows"), importing.REJECT_COLUMNS,
                                   importing.rejection_rows(result.rejected), lang)
            outputs["REJECTS"] = rejects
        if warnings:
            exports.write_workbook(warnings, tr("Relabelled values"), importing.WARNING_COLUMNS,
                                   importing.warning_rows(result.warnings), lang)
            outputs["WARNINGS"] = warnings
        verb = tr("would import") if dry_run else tr("imported")
        feedback.pushInfo(tr("{rows} rows: {verb} {imported}, updated {updated}, without a place {unlocated}, "
                             "rejected {rejected}, values relabelled {relabelled}.").format(
            rows=result.total, verb=verb, imported=result.imported, updated=result.updated,
            unlocated=result.unlocated, rejected=result.rejected_rows, relabelled=len(result.warnings)))
        return outputs


class ImportHouseholds(ImportTable):
    NAME = "import_households"
    TABLE = "households"
    DISPLAY = "Import households (Excel/CSV)"
    HELP = ("Imports a list of households (.xlsx, .xls, .csv in UTF-8, UTF-8 with BOM or CP949, or a layer). The "
            "header row is found and read in common Korean and English forms (성명/세대주/대상자명, 주소/도로명주소, "
            "위도/경도, X좌표/Y좌표, 위기도/위험도, 가구유형, 사례번호/사례관리번호, 발굴경로 …); FIELD_MAP "
            "(target=Source header;…) overrides. Category labels in Korean or English become codes; dates may be "
            "Excel dates, 2026-03-05, 2026.03.05, 2026/3/5 or 20260305. X/Y are read in SOURCE_CRS (5179, 5186, "
            "5181, 5174/2097 with the Bessel datum shift, 4326) and transformed; without them the address is "
            "matched offline against ADDRESS_DB. A row with no usable place is imported without one and counted "
            "as UNLOCATED; X/Y that do not fit SOURCE_CRS (degrees, X and Y swapped, another Korean CRS) are "
            "rejected with the reason. 가구원수, 등록일/발굴일 and the screening list's indicator columns (단전, 단수, "
            "건강보험료 체납 …: Y/N, 1/0, O or a date) fill members, found_on and crisis_indicators. A label an "
            "optional column's category list does not know never costs the row: it becomes the closest category "
            "(or 'other'), its words are kept in source_labels and it is listed as a warning (WARNINGS); "
            "VALUE_MAP (field:label=code;…) decides instead. Values that make the record wrong (risk, dates, "
            "coordinates, repeated case numbers, resident registration numbers) reject the row, each row once, "
            "with row, column and reason (REJECTS). One transaction: a failure or cancel leaves the database as it "
            "was. MODE upsert updates households by case number.")


class ImportFacilities(ImportTable):
    NAME = "import_facilities"
    TABLE = "facilities"
    DISPLAY = "Import welfare facilities (Excel/CSV)"
    HELP = ("Imports a list of welfare facilities (name, code, kind, address, phone, X/Y …), such as the Seoul "
            "social-welfare-facility lists: kinds like '(노인) 노인복지관' are mapped to the categories and their "
            "services; places come from X/Y or ADDRESS_DB, otherwise the facility is imported without one "
            "(UNLOCATED). MODE upsert updates facilities by code.")


class ImportVisits(ImportTable):
    NAME = "import_visits"
    TABLE = "visits"
    DISPLAY = "Import visits (Excel/CSV)"
    HELP = ("Imports visits (case number, date, visitor, method, outcome, risk, content) for households on "
            "record: unknown case numbers, future dates and a risk for a household not met are rejected; the "
            "households' risk and next visit due follow. MODE upsert skips a visit already recorded.")


class ImportReports(ImportTable):
    NAME = "import_reports"
    TABLE = "reports"
    DISPLAY = "Import reports (Excel/CSV)"
    HELP = ("Imports reports of households in crisis (date, channel, reporter, address, content, X/Y), such as "
            "a call-centre or KakaoTalk-channel log; they appear as new reports in the dock.")


IMPORT_ALGORITHMS = (ImportHouseholds, ImportFacilities, ImportVisits, ImportReports)
