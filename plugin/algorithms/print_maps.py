"""welfarevisitmap:print_district_maps — A3 maps per 통 or 동 for staff and partners."""
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import printing
from ..core import db, filters
from ..core.pages import district_pages, household_sheets
from ..core.privacy import PRIVACY_MODES, PseudonymSecretError
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import (
    check_expression,
    check_output_folders,
    database_name,
    database_parameter,
    household_sql_filter,
    no_pseudonyms,
    refuse_overwriting,
)

PAPERS = ("A3", "A4")


def add_basemap_parameters(algorithm):
    """BASEMAP (default none), BASEMAP_LAYER and BASEMAP_URL of a print algorithm."""
    algorithm.addParameter(QgsProcessingParameterEnum("BASEMAP", tr("Base map under the welfare layers"),
                                                      options=printing.basemap_options(), defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterMapLayer("BASEMAP_LAYER", tr("Base map layer (a layer of the project)"),
                                                          optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "BASEMAP_URL", tr("Base map tile URL (XYZ, e.g. https://…/{z}/{x}/{y}.png or file:///…)"), optional=True))


def basemap_arguments(algorithm, parameters, context):
    """(choice, layer, url) of the BASEMAP parameters."""
    choice = printing.BASEMAP_CHOICES[algorithm.parameterAsEnum(parameters, "BASEMAP", context)]
    layer = algorithm.parameterAsLayer(parameters, "BASEMAP_LAYER", context) if choice == "layer" else None
    url = algorithm.parameterAsString(parameters, "BASEMAP_URL", context) if choice == "url" else None
    return choice, layer, url


def basemap_audit(prepared, url):
    """The audit log's words on a print's base map: the choice and whether it printed; of a URL
    only its scheme and host (a path or query may hold someone's key)."""
    if prepared is None:
        return {"basemap": "none"}
    detail = prepared.audit()
    if prepared.choice == "url" and url:
        parts = urlsplit(url.strip())
        detail["basemap_host"] = f"{parts.scheme}://{parts.hostname or ''}"
    return detail


class PrintDistrictMaps(WelfareAlgorithm):
    NAME = "print_district_maps"
    DISPLAY = "Print district maps (A3 per 통 or 동)"
    GROUP = "Print and export"
    HELP = ("One PDF page per district (통 or 동) for staff and volunteers to walk: the district with its "
            "neighbours faded, households in risk colours labelled with their house number (never a name), "
            "welfare facilities, a legend with the households per risk on the page, title, scale bar, north "
            "arrow, and a table of the page's households. PRIVACY partner leaves out every household point, "
            "name, phone, note and address: households appear only as counts per 통 and masked ids. "
            "FILTER chooses districts, e.g. \"parent_code\" = '1141055500'. Every print is written to the "
            "audit log. The page design is the template styles/layouts/district_*.qpt. 동 pages and partner pages show "
            "the households per 통 as pies by risk. BASEMAP prints a base map under the welfare layers (VWorld needs "
            "its API key stored; a project layer with BASEMAP_LAYER; XYZ tiles with BASEMAP_URL); when it cannot be "
            "had the print goes on without it and the page says so.")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Pages per"), options=[tr("통 (tong)"), tr("동 (dong)")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Districts to print (expression)"),
                                                           optional=True))
        self.addParameter(QgsProcessingParameterString(
            "HOUSEHOLD_FILTER", tr("Households to show (SQL filter, as the households layer's filter)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PRIVACY", tr("Privacy mode"), options=[tr("staff (names masked)"), tr("partner (no personal data)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("PAPER", tr("Paper"), options=list(PAPERS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("ORIENTATION", tr("Orientation"),
                                                     options=[tr("landscape"), tr("portrait")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("DPI", tr("Resolution (dpi)"), defaultValue=300, minValue=72,
                                                       maxValue=600))
        add_basemap_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF"), tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        choice, basemap_layer, basemap_url = basemap_arguments(self, parameters, context)
        level = printing.LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()  # raw: invalid is an error
        privacy_mode = PRIVACY_MODES[self.parameterAsEnum(parameters, "PRIVACY", context)]
        paper = PAPERS[self.parameterAsEnum(parameters, "PAPER", context)]
        orientation = printing.ORIENTATIONS[self.parameterAsEnum(parameters, "ORIENTATION", context)]
        dpi = self.parameterAsInt(parameters, "DPI", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        household_filter = household_sql_filter(self, parameters, context)
        if not printing.fonts_available():
            feedback.reportError(tr("No Hangul font (NanumGothic or Noto Sans CJK KR) is installed: Korean text "
                                    "may print as boxes. Install fonts-nanum."))
        try:
            secret = printing.pseudonym_secret(database, ui_language()) if privacy_mode == "partner" else None
            project, layers = printing.open_layers(database, ui_language())
            check_expression(filter_expression, layers["districts"])
            if household_filter and not layers["households"].setSubsetString(household_filter):
                raise printing.PrintError(tr("The household filter cannot be applied: {}").format(household_filter))
            layout = printing.load_template(project, printing.template_path("district", paper, orientation))
            coverage = printing.configure_district_layout(layout, layers, level, filter_expression, privacy_mode,
                                                          ui_language(), secret=secret)
            codes = printing.count_pages(coverage, filter_expression)
            if not codes:
                level_name = tr("통 (tong)") if level == "tong" else tr("동 (dong)")
                raise printing.PrintError(tr("No {} matches the filter {!r}: nothing printed.").format(
                    level_name, filter_expression or ""))
            prepared = printing.prepare_basemap(choice, database, printing.first_extent(coverage, filter_expression),
                                                coverage.crs(), ui_language(), basemap_layer, basemap_url)
            printing.apply_basemap(layout, prepared, feedback)
            feedback.pushInfo(tr("Printing {} pages to {}").format(len(codes), output))
            with closing(db.connect_readonly(database)) as conn:
                pages = district_pages(conn, ui_language(), household_filter)
            printing.export_pdf(layout, output, dpi, feedback, pages)
        except printing.PrintError as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            printing.close(locals().get("layout"), locals().get("project"))
        printing.write_audit(database, "print", {
            "algorithm": self.NAME, "table": "districts", "level": level, "filter": filters.masked_literals(filter_expression),
            "household_filter": filters.masked_literals(household_filter),
            "privacy": privacy_mode, "paper": paper, "orientation": orientation, "pages": len(codes),
            "districts": codes, "output": str(Path(output).name), **basemap_audit(prepared, basemap_url)})
        return {"OUTPUT": output, "PAGES": len(codes)}


class PrintHouseholdSheets(WelfareAlgorithm):
    NAME = "print_household_sheets"
    DISPLAY = "Print household visit sheets (A4)"
    GROUP = "Print and export"
    HELP = ("One A4 page per household matching FILTER (an expression over households, e.g. "
            "\"risk_level\" = 'high' AND \"dong_code\" = '1141055500'): a location map, the household's details, "
            "its visit history, open needs and services linked. PRIVACY partner masks the name, drops the phone, "
            "notes and address, and shows only the 통. Closed, moved and deceased households only with INCLUDE_CLOSED. "
            "The lower half is a box to write the next visit in. BASEMAP as for the district maps. Every print is "
            "written to the audit log.")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households to print (expression)"),
                                                           optional=True))
        self.addParameter(QgsProcessingParameterString(
            "HOUSEHOLD_FILTER", tr("Households to show (SQL filter, as the households layer's filter)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PRIVACY", tr("Privacy mode"), options=[tr("staff"), tr("partner (no personal data)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("DPI", tr("Resolution (dpi)"), defaultValue=200, minValue=72,
                                                       maxValue=600))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_CLOSED", tr("Also closed, moved and deceased households"), defaultValue=False))
        add_basemap_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF"), tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()  # raw: invalid is an error
        privacy_mode = PRIVACY_MODES[self.parameterAsEnum(parameters, "PRIVACY", context)]
        dpi = self.parameterAsInt(parameters, "DPI", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        include_closed = self.parameterAsBoolean(parameters, "INCLUDE_CLOSED", context)
        choice, basemap_layer, basemap_url = basemap_arguments(self, parameters, context)
        lang = ui_language()
        try:
            project, layers = printing.open_layers(database, lang)
            check_expression(filter_expression, layers["households"])
            layout = printing.load_template(project, printing.template_path("household_sheet", "A4", "portrait"))
            household_filter = household_sql_filter(self, parameters, context)
            coverage = printing.configure_sheet_layout(layout, layers, filter_expression, privacy_mode, lang,
                                                       household_filter=household_filter, include_closed=include_closed)
            ids = printing.matching_ids(coverage, filter_expression, "id")
            if not ids:
                raise printing.PrintError(tr("No household matches the filter {!r}: nothing printed.").format(
                    filter_expression or ""))
            prepared = printing.prepare_basemap(choice, database, printing.first_extent(coverage, filter_expression),
                                                coverage.crs(), lang, basemap_layer, basemap_url)
            printing.apply_basemap(layout, prepared, feedback)
            feedback.pushInfo(tr("Printing {} pages to {}").format(len(ids), output))
            with closing(db.connect_readonly(database)) as conn:
                try:
                    sheets = household_sheets(conn, ids, privacy_mode, lang, max_rows=10, max_list_rows=8)
                except PseudonymSecretError as exc:
                    raise no_pseudonyms(database, exc, lang) from exc
            printing.export_pdf(layout, output, dpi, feedback, sheets=sheets)
        except printing.PrintError as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            printing.close(locals().get("layout"), locals().get("project"))
        printing.write_audit(database, "print", {
            "algorithm": self.NAME, "table": "households", "filter": filters.masked_literals(filter_expression),
            "privacy": privacy_mode, "include_closed": include_closed,
            "pages": len(ids), "households": ids[:500], "output": str(Path(output).name),
            **basemap_audit(prepared, basemap_url)})
        return {"OUTPUT": output, "PAGES": len(ids)}
