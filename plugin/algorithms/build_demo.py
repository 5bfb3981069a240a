"""welfarevisitmap:build_demo — the Seodaemun-gu demo district: database, project, overview."""
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProject,
)

from ..core import demo
from ..i18n import tr
from ..language import ui_language
from ..project import open_database, render_overview, save_default_styles, write_project
from .base import WelfareAlgorithm


class BuildDemo(WelfareAlgorithm):
    NAME = "build_demo"
    DISPLAY = "Build demo district (Seodaemun-gu)"
    GROUP = "Database"
    HELP = ("Builds a complete demo of Seodaemun-gu: the 14 real 행정동 boundaries, 통 blocks made inside "
            "each dong, the real welfare facilities of the district, visitors, reports, and synthetic "
            "households, visits, needs and linkages whose totals equal the figures Seodaemun reported "
            "(10,497 households, 5,950 visited, 13,608 visits, risk 36 high / 583 medium / 5,331 low, "
            "9,373 needs, 4,961 linkages). Writes demo.gpkg, demo.qgz and overview.png into OUTPUT. "
            "The same SEED gives the same data.")

    def flags(self):
        # builds a QGIS project and renders a layout: keep it on the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.addParameter(QgsProcessingParameterNumber("SEED", tr("Random seed"), defaultValue=demo.DEFAULT_SEED,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing demo"),
                                                        defaultValue=False))
        self.addOutput(QgsProcessingOutputFile("DATABASE", tr("Demo database")))
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr("Demo project")))
        self.addOutput(QgsProcessingOutputFile("OVERVIEW", tr("Overview image")))
        for key in demo.SEED_FIGURES:
            self.addOutput(QgsProcessingOutputNumber(key.upper(), key))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = Path(self.parameterAsString(parameters, "OUTPUT", context))
        seed = self.parameterAsInt(parameters, "SEED", context)
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        folder.mkdir(parents=True, exist_ok=True)
        gpkg_path, project_path, png_path = folder / "demo.gpkg", folder / "demo.qgz", folder / "overview.png"
        if not overwrite:
            for existing in (gpkg_path, project_path):
                if existing.exists():
                    raise QgsProcessingException(
                        tr("{} already exists. Choose another folder, or set OVERWRITE to replace it.").format(existing))

        def progress(percent, message):
            feedback.setProgress(percent * 0.8)
            feedback.setProgressText(message)
            return feedback.isCanceled()

        try:
            figures = demo.build(gpkg_path, seed=seed, overwrite=overwrite, feedback=progress)
        except InterruptedError as exc:
            raise QgsProcessingException(tr("Cancelled")) from exc
        for key, value in figures.items():
            feedback.pushInfo(f"{key}: {value:,} (seed {demo.SEED_FIGURES[key]:,})")
        lang = ui_language()
        for error in save_default_styles(gpkg_path, lang):
            feedback.reportError(tr("Style not stored: {}").format(error))
        feedback.setProgress(85)
        project = QgsProject()
        layers = open_database(gpkg_path, project, lang)
        project.setTitle(tr("Welfare visit map — Seodaemun-gu demo"))
        if not write_project(project, project_path):
            raise QgsProcessingException(tr("Could not write {}: {}").format(project_path, project.error()))
        feedback.setProgress(92)
        render_overview(project, layers, png_path, tr("Seodaemun-gu welfare visit map (demo)"),
                        f"{demo.FACILITY_ATTRIBUTION} · " + tr("households and visits are synthetic"))
        feedback.setProgress(100)
        result = {"DATABASE": str(gpkg_path), "PROJECT": str(project_path), "OVERVIEW": str(png_path)}
        result.update({key.upper(): value for key, value in figures.items()})
        return result
