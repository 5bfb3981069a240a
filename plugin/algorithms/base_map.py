"""welfarevisitmap:import_base_map — roads, buildings with their numbers and entrances from the
road-name address electronic map (도로명주소 전자지도) or an OpenStreetMap extract, into the
database's base map (printed under the welfare layers; households matched to their buildings)."""
import getpass
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
)

from ..core import basemap_import as bm
from ..core import db
from ..i18n import tr
from .base import WelfareAlgorithm
from .common import database_name, database_parameter

COUNTS = (("ROADS", "base_roads"), ("BUILDINGS", "base_buildings"), ("ENTRANCES", "base_entrances"))
OUTPUTS = ("ROADS", "BUILDINGS", "ENTRANCES", "PLACED")


def error_text(error):
    """A :class:`..core.basemap_import.BaseMapError` in the user's language, naming the file,
    layer and field it concerns."""
    p = error.params
    if error.code == "no_input":
        return tr("INPUT {} does not exist.").format(p["path"])
    if error.code == "no_layers":
        return tr("{path}: no base map layer found. Looked for {looked}; found: {found}.").format(**p)
    if error.code == "unreadable":
        return tr("{file} cannot be read ({reason}).").format(**p)
    if error.code == "missing_field":
        meaning = {"road_name": tr("the road name"), "main_no": tr("the building main number")}.get(p["what"], p["what"])
        return tr("{file}, layer {layer}: the field {field} ({meaning}) is missing (looked for {looked}); the layer "
                  "has: {fields}.").format(**{**p, "meaning": meaning})
    if error.code == "outside_korea":
        text = tr("{file}, layer {layer}: its coordinates lie outside Korea in {crs}.").format(**p)
        if p.get("assumed"):
            text += " " + tr("It has no .prj file, so EPSG:5179 (the electronic map's CRS) was assumed: add the .prj "
                             "that came with it.")
        return text
    if error.code == "nothing_in_districts":
        return tr("{path}: none of its {read} features lies in the database's districts: is it the map of another "
                  "area?").format(**p)
    if error.code == "cancelled":
        return tr("Base map import cancelled.")
    return str(error)


def note_text(code, params):
    if code == "assumed_crs":
        return tr("{file}: no .prj file; EPSG:{epsg} assumed (the electronic map's CRS).").format(**params)
    if code == "road_areas_skipped":
        return tr("{file}: road areas are not imported (the roads come from the road centre lines).").format(**params)
    if code == "no_districts":
        return tr("The database has no districts: nothing was clipped.")
    return code


class ImportBaseMap(WelfareAlgorithm):
    # the main thread: reading shapefiles changes GDAL's process-wide SHAPE_ENCODING for a while,
    # which must not meet QGIS's own shapefile reads from another thread
    NAME = "import_base_map"
    DISPLAY = "Import base map (road-name address map, OpenStreetMap)"
    GROUP = "Import"
    HELP = ("Imports a base map for the maps and prints: roads with their names, buildings with their building "
            "numbers and names, and entrances. INPUT is a folder or a .zip of the road-name address electronic map "
            "(도로명주소 전자지도 from business.juso.go.kr: TL_SPRD_MANAGE roads, TL_SPBD_BULD buildings, "
            "TL_SPBD_ENTRC entrances; SHP in EPSG:5179, which is assumed when the .prj is missing; attributes in "
            "CP949), or an OpenStreetMap extract (.osm or .osm.pbf: highways with their names, buildings with "
            "addr:housenumber). Everything is transformed to the database's CRS; CLIP keeps only what touches the "
            "database's districts; REPLACE first removes the base map imported before from the same source; "
            "PLACE_HOUSEHOLDS then places the households without a place on the building their road address "
            "names (location quality 'building'). One "
            "transaction, with an audit row: a missing layer or field, or coordinates that do not fit, stop the "
            "import with the file, layer and field named, and leave the database as it was. Once buildings are "
            "there, household imports place a household on its building when its road address matches.")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Base map (a folder, a .zip, or an .osm / .osm.pbf file)"),
            QgsProcessingParameterFile.Behavior.File, "", None, False,
            tr("Base map (*.zip *.shp *.osm *.pbf);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "CLIP", tr("Keep only what touches the database's districts"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "REPLACE", tr("Replace the base map imported before from the same source"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "PLACE_HOUSEHOLDS", tr("Place households without a place on the building their address names"),
            defaultValue=True))
        for key in OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, key.lower()))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        source = self.parameterAsFile(parameters, "INPUT", context)
        clip = self.parameterAsBool(parameters, "CLIP", context)
        replace = self.parameterAsBool(parameters, "REPLACE", context)
        place = self.parameterAsBool(parameters, "PLACE_HOUSEHOLDS", context)
        try:
            report = bm.import_base_map(database, source, clip=clip, replace=replace, user=getpass.getuser(),
                                        place_households=place, progress=feedback.setProgress,
                                        cancelled=feedback.isCanceled)
        except bm.BaseMapError as exc:
            raise QgsProcessingException(error_text(exc) + " " + tr("Nothing was imported; the database is as it was.")
                                         ) from exc
        except db.errors() as exc:
            raise QgsProcessingException(tr("{}: the base map could not be written ({}). Nothing was imported; the "
                                            "database is as it was.").format(db.display_name(database), exc)) from exc
        for code, params in report.notes:
            feedback.pushWarning(note_text(code, params))
        kinds = {"osm": tr("OpenStreetMap"), "juso": tr("road-name address electronic map")}
        feedback.pushInfo(tr("Read {layers} layers of the {source} ({name}): {read} features.").format(
            layers=len(report.layers), source=kinds[report.source], name=Path(source).name, read=report.read))
        feedback.pushInfo(tr("Imported {roads} roads, {buildings} buildings and {entrances} entrances; {outside} "
                             "features outside the districts left out.").format(
            roads=report.counts["base_roads"], buildings=report.counts["base_buildings"],
            entrances=report.counts["base_entrances"], outside=report.outside))
        if place:
            feedback.pushInfo(tr("{} households without a place were placed on their buildings.").format(report.placed))
        return {**{key: report.counts[table] for key, table in COUNTS}, "PLACED": report.placed}
