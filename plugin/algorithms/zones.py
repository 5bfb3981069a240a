"""welfarevisitmap:make_visit_zones — a 동 split into contiguous zones of balanced workload, one per
visitor (see core/zones.py for the method)."""
import getpass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import MultiPolygon, Polygon

from ..core import assignments, db
from ..core import fieldwork as fw
from ..core import zones as zn
from ..i18n import tr
from .base import WelfareAlgorithm
from .common import database_name, database_parameter

COLUMNS = (("zone", QVariant.Int), ("visitor_id", QVariant.String), ("visitor", QVariant.String),
           ("households", QVariant.Int), ("workload", QVariant.Double), ("high_risk", QVariant.Int),
           ("tongs", QVariant.String))


def weighting_labels():
    return [tr("By households (each household counts one)"),
            tr("By expected visit time (visits a year from risk and revisit cycle × minutes a visit)")]


def error_text(error):
    """A :class:`..core.zones.ZoneError` or :class:`..core.fieldwork.FieldPackageError` (of the
    area) in the user's words."""
    p, code = error.params, error.code
    if code in ("no_area", "area_dongs", "area_tong"):
        return tr("DISTRICT: give a 동 code (1141055500), or 통 of it (1141055500:3,7).")
    if code == "unknown_dong":
        return tr("DISTRICT: the database has no 동 with the code {dong}.").format(**p)
    if code == "unknown_tong":
        return tr("DISTRICT: 동 {dong} has no 통 {tongs}.").format(dong=p["dong"], tongs=", ".join(map(str, p["tongs"])))
    if code == "unknown_visitor":
        return tr("VISITORS: no visitor {visitor} in the database.").format(**p)
    if code == "visitor_twice":
        return tr("VISITORS: {visitor} is named twice.").format(**p)
    if code == "no_households":
        return tr("{dong} has no active household with a location: no zones to make.").format(**p)
    if code == "no_tongs":
        return tr("KEEP_TONG: {dong} has no 통 outlines in the database; make free zones instead.").format(**p)
    if code == "too_many_zones":
        return tr("{zones} zones asked, but the area has only {units} places to share out.").format(**p)
    if code == "zones":
        return tr("Give VISITORS or ZONES (the number of zones, at least 1).")
    return str(error)


def zone_geometry(shape):
    polygon = MultiPolygon([shape]) if isinstance(shape, Polygon) else shape
    geometry = QgsGeometry()
    geometry.fromWkb(polygon.wkb)
    return geometry


def current_visitors(conn, zones):
    """{household id: assigned visitor id} of the zones' households as they are now."""
    ids = [h for zone in zones for h in zone.household_ids]
    current = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        current.update(dict(conn.execute("SELECT id, assigned_visitor_id FROM households WHERE id IN ({})".format(
            ",".join("?" * len(part))), tuple(part)).fetchall()))
    return current


def match_visitors(zones, visitors, current):
    """The visitors in zone order, each zone given to the visitor who has the most of its households
    already (largest overlaps first), so that zoning again does not reshuffle who visits whom;
    the zones nobody has yet take the other visitors in the order given."""
    overlap = sorted(((sum(1 for h in zone.household_ids if current.get(h) == visitor[0]), -zone.number, -i)
                      for zone in zones for i, visitor in enumerate(visitors)), reverse=True)
    given, taken = {}, set()
    for count, zone_number, index in overlap:
        if count and -zone_number not in given and -index not in taken:
            given[-zone_number] = -index
            taken.add(-index)
    rest = iter(i for i in range(len(visitors)) if i not in taken)
    return [visitors[given[zone.number]] if zone.number in given else visitors[next(rest)] for zone in
            sorted(zones, key=lambda z: z.number)]


class MakeVisitZones(WelfareAlgorithm):
    NAME = "make_visit_zones"
    DISPLAY = "Make visit zones"
    GROUP = "Field visits"
    HELP = ("Splits DISTRICT — a 동 code (1141055500) or 통 of it (1141055500:3,7) — into contiguous, compact zones of "
            "about equal workload, one per visitor of VISITORS (ids or names, comma separated), or ZONES of them. "
            "WEIGHTING: by households (each counts one), or by expected visit time (a household's visits a year from "
            "its risk and the database's revisit cycle — one for a household not visited yet — times the minutes a "
            "visit takes: 60 at high risk or unvisited, 45 medium, 30 low). KEEP_TONG makes zones of whole 통. "
            "Method: the zones grow from k-means seeds over the households' neighbourhood graph, the least loaded zone "
            "taking its nearest neighbour, then boundary moves and swaps even the load and tighten the zones, never "
            "cutting a zone in two. OUTPUT: the zone polygons (tiling the area) with their visitor, households, "
            "workload and high-risk count. With VISITORS, each zone's active households are assigned to its visitor "
            "(an audited edit of each household); DRY_RUN shows the zones and writes nothing to the database.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString("DISTRICT", tr("Area: a 동 code, or 통 of it (1141055500:3,7)")))
        self.addParameter(QgsProcessingParameterString(
            "VISITORS", tr("Visitors, one per zone (names or ids, comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("ZONES", tr("Number of zones (without VISITORS)"),
                                                       QgsProcessingParameterNumber.Type.Integer, optional=True,
                                                       minValue=1, maxValue=100))
        self.addParameter(QgsProcessingParameterEnum("WEIGHTING", tr("Balance the workload"), weighting_labels(),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean("KEEP_TONG", tr("Zones of whole 통"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "DRY_RUN", tr("Dry run (show the zones, assign nothing)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Visit zones")))
        self.addOutput(QgsProcessingOutputNumber("RATIO", tr("Most loaded zone ÷ least loaded zone")))
        self.addOutput(QgsProcessingOutputNumber("ASSIGNED", tr("Households assigned")))
        self.addOutput(QgsProcessingOutputNumber("LEFT_OUT", tr("Households left out (no location)")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        weighting = zn.WEIGHTINGS[self.parameterAsEnum(parameters, "WEIGHTING", context)]
        keep_tong = self.parameterAsBool(parameters, "KEEP_TONG", context)
        dry_run = self.parameterAsBool(parameters, "DRY_RUN", context)
        visitors_text = self.parameterAsString(parameters, "VISITORS", context).strip()
        given = parameters.get("ZONES")
        count = self.parameterAsInt(parameters, "ZONES", context) if given not in (None, "") else None
        conn = db.connect_readonly(database)
        try:
            area = fw.parse_area(self.parameterAsString(parameters, "DISTRICT", context))
            visitors = zn.resolve_visitors(conn, visitors_text, area.dong_code) if visitors_text else []
            if visitors and count is not None and count != len(visitors):
                raise QgsProcessingException(tr("ZONES is {zones} but VISITORS names {visitors}: give one of them, or "
                                                "as many zones as visitors.").format(zones=count,
                                                                                     visitors=len(visitors)))
            k = len(visitors) or count or 0
            if k < 1:
                raise zn.ZoneError("zones", zones=k)
            data = zn.read_area(conn, area)
            epsg = db.crs_epsg(conn)
            feedback.pushInfo(tr("{dong}: {households} active households, {zones} zones.").format(
                dong=data.dong_name, households=len(data.households), zones=k))
            zoning = zn.make_zones(data, k, weighting, keep_tong, progress=lambda f: feedback.setProgress(80 * f))
            if visitors:  # a zone goes to the visitor who has most of its households already
                visitors = match_visitors(zoning.zones, visitors, current_visitors(conn, zoning.zones))
        except (zn.ZoneError, fw.FieldPackageError) as exc:
            raise QgsProcessingException(error_text(exc)) from exc
        finally:
            conn.close()

        fields = QgsFields()
        for name, kind in COLUMNS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          QgsCoordinateReferenceSystem(f"EPSG:{epsg}"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        unit = tr("households") if weighting == "households" else tr("hours a year")
        lines = []
        for zone in zoning.zones:
            visitor_id, visitor_name = visitors[zone.number - 1] if visitors else (None, None)
            feature = QgsFeature(fields)
            feature.setGeometry(zone_geometry(zone.geometry))
            feature.setAttributes([zone.number, visitor_id, visitor_name, zone.households, zone.workload,
                                   zone.high_risk, ",".join(str(t) for t in zone.tongs)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            line = tr("Zone {number}: {households} households, workload {workload} {unit}, {high} at high risk").format(
                number=zone.number, households=zone.households, workload=round(zone.workload, 1), unit=unit,
                high=zone.high_risk)
            if visitor_name:
                line += " — " + visitor_name
            lines.append(line)
            feedback.pushInfo(line)
        ratio = round(zoning.ratio, 3)
        balance = tr("Most loaded zone ÷ least loaded: {ratio}").format(ratio=ratio)
        if ratio > zn.TARGET_RATIO:
            above = (tr("(above {target}: the 통 are too coarse to share out more evenly)") if keep_tong
                     else tr("(above {target})"))
            balance += " " + above.format(target=zn.TARGET_RATIO)
        feedback.pushInfo(balance)
        if zoning.left_out:
            feedback.pushWarning(tr("{} households have no location (nor 통) and are in no zone.").format(
                len(zoning.left_out)))
        assigned = 0
        if visitors and dry_run:
            feedback.pushInfo(tr("Dry run: the zones' households would be assigned to their visitors; nothing was "
                                 "written."))
        elif visitors:
            conn = db.connect(database)
            try:
                # every zone's households at once: all or nothing
                assigned = assignments.assign_plan(
                    conn, {visitors[zone.number - 1][0]: zone.household_ids for zone in zoning.zones}, getpass.getuser())
            except assignments.AssignmentError as exc:
                raise QgsProcessingException(tr("VISITORS: no visitor {} in the database.").format(
                    exc.params["visitor"])) from exc
            except db.errors() as exc:
                raise QgsProcessingException(tr("The assignments could not be written ({}); nothing was assigned."
                                                ).format(exc)) from exc
            finally:
                conn.close()
            feedback.pushInfo(tr("{} households assigned to their zone's visitor.").format(assigned))
        feedback.setProgress(100)
        return {"OUTPUT": dest, "RATIO": ratio, "ASSIGNED": assigned, "LEFT_OUT": len(zoning.left_out),
                "SUMMARY": "\n".join([*lines, balance])}
