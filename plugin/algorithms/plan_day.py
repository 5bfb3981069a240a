"""welfarevisitmap:plan_day — a visitor's day: the households due or overdue first by risk, in a
walking order over the base map's roads (or the straight line), as a numbered route layer, an A4
'today's route' sheet and, when asked, the QField package of the day's households."""
import datetime as dt
import getpass
import re
import textwrap
from contextlib import closing
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from .. import printing, route_sheet
from ..core import categories as cat
from ..core import db, routes
from ..core import fieldwork as fw
from ..core.privacy import mask_name
from ..core.registry import parse_date
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import check_output_folders, database_name, database_parameter, household_ids, refuse_overwriting
from .field import error_text, field_project, package_names, resolve_visitor

PRIVACY = ("staff", "volunteer")  # the QField package's modes too
MAX_STOPS_LIMIT = 40


def _short_address(address, detail=None):
    """An address without its city and 구 (the sheet is of one neighbourhood)."""
    text = re.sub(r"^\S+(?:특별시|광역시|특별자치시|특별자치도|도)\s+\S+(?:구|시|군)\s+", "", str(address or "").strip())
    return (text + (f" {detail}" if detail else "")).strip()


def _need_label(lang):
    def label(domain, item):
        name = cat.label(cat.NEED_DOMAINS, domain, lang)
        return f"{name}: {item}" if item else str(name)
    return label


def _ids_of(text):
    return [part for part in re.split(r"[\s,;]+", text or "") if part]


class PlanDay(WelfareAlgorithm):
    NAME = "plan_day"
    DISPLAY = "Plan a day's visits (route)"
    GROUP = "Field visits"
    HELP = ("The households to visit on DATE and the order to walk them in. Chooses among the active households of "
            "VISITOR (assigned to them), or of HOUSEHOLDS (ids) or FILTER (an expression over households, as for the "
            "household sheets) those due or overdue on DATE or never visited: high risk first, then medium, low and "
            "not yet assessed, the most overdue first, at most MAX_STOPS. Orders them into a walking route from START "
            "(by default the 동's 주민센터 or 행정복지센터 among the facilities, else the centre of the 동): over the "
            "roads of the base map when the database holds them (import_base_map), else in straight lines; the "
            "shortest order for up to 9 stops, nearest neighbour and 2-opt above. Walking 4 km/h and VISIT_MINUTES "
            "at each door; MAX_MINUTES leaves out the least urgent stops until the day fits. Writes the numbered "
            "stops (OUTPUT) and the path (PATH), an A4 'today's route' sheet (SHEET: a map of the numbered stops and "
            "the list with addresses, risk, last visit and open needs; names masked unless PRIVACY staff; written to "
            "the audit log) and, when PACKAGE is given, the QField package of the day's households.")

    def flags(self):
        # the sheet and the QField project are built with QGIS layers, in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString("VISITOR", tr("Visitor (name or id): their assigned households"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("HOUSEHOLDS", tr("Households (ids, separated by commas)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households to choose from (expression)"),
                                                           optional=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Day of the visits (today when empty)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterPoint(
            "START", tr("Start (the 동's 주민센터 when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("MAX_STOPS", tr("Most stops"), defaultValue=8, minValue=1,
                                                       maxValue=MAX_STOPS_LIMIT))
        self.addParameter(QgsProcessingParameterNumber("MAX_MINUTES", tr("Most minutes (0: no limit)"),
                                                       defaultValue=0, minValue=0, maxValue=24 * 60))
        self.addParameter(QgsProcessingParameterNumber("VISIT_MINUTES", tr("Minutes at each door"),
                                                       defaultValue=routes.VISIT_MINUTES, minValue=0, maxValue=240))
        self.addParameter(QgsProcessingParameterEnum(
            "PRIVACY", tr("Privacy"), options=[tr("staff: names shown"), tr("volunteer: names masked")],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Route stops"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink("PATH", tr("Route path"),
                                                            QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFileDestination("SHEET", tr("Route sheet (PDF)"),
                                                                tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFolderDestination("PACKAGE", tr("QField package folder (optional)"),
                                                                  optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("STOPS", tr("Stops")))
        self.addOutput(QgsProcessingOutputNumber("METRES", tr("Walking metres")))
        self.addOutput(QgsProcessingOutputNumber("MINUTES", tr("Minutes")))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Distances")))
        self.addOutput(QgsProcessingOutputString("HOUSEHOLD_IDS", tr("Households of the day")))

    # --- the choice -------------------------------------------------------------------------------

    def _choice(self, parameters, context, database):
        visitor_text = self.parameterAsString(parameters, "VISITOR", context).strip()
        ids = _ids_of(self.parameterAsString(parameters, "HOUSEHOLDS", context))
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()
        if not (visitor_text or ids or filter_expression):
            raise QgsProcessingException(tr("Choose whose day it is: VISITOR, HOUSEHOLDS or FILTER."))
        visitor_id = resolve_visitor(database, visitor_text, None) if visitor_text else None
        if filter_expression:
            matching, layer = household_ids(database, filter_expression)
            del layer
            ids = [i for i in ids if i in set(matching)] if ids else matching
            if not ids:
                raise QgsProcessingException(tr("No household matches the filter {!r}.").format(filter_expression))
        return visitor_id, (ids or None), filter_expression

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("SHEET",))
        check_output_folders(self, parameters, context, ("SHEET",))
        lang = ui_language()
        text = self.parameterAsString(parameters, "DATE", context).strip()
        day = parse_date(text) if text else dt.date.today()
        if day is None:
            raise QgsProcessingException(tr("{} is not a date: {!r}").format("DATE", text))
        visitor_id, ids, filter_expression = self._choice(parameters, context, database)
        max_stops = self.parameterAsInt(parameters, "MAX_STOPS", context)
        max_minutes = self.parameterAsInt(parameters, "MAX_MINUTES", context) or None
        visit_minutes = self.parameterAsDouble(parameters, "VISIT_MINUTES", context)
        privacy = PRIVACY[self.parameterAsEnum(parameters, "PRIVACY", context)]
        sheet = self.parameterAsFileOutput(parameters, "SHEET", context)
        package_folder = self.parameterAsString(parameters, "PACKAGE", context).strip()

        with closing(db.connect_readonly(database)) as conn:
            epsg = db.crs_epsg(conn)
            crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
            due, unplaced = routes.candidates(conn, day, visitor_id, ids)
            if unplaced:
                feedback.pushWarning(tr("{} households due have no place on the map: left out of the route.")
                                     .format(unplaced))
            if not due:
                raise QgsProcessingException(tr("No household of the choice is due or overdue on {} (nothing "
                                                "planned).").format(day.isoformat()))
            chosen = routes.with_needs(conn, due[:max_stops], _need_label(lang))
            if len(due) > max_stops:
                feedback.pushInfo(tr("{} households are due; the {} most urgent are planned (MAX_STOPS).")
                                  .format(len(due), max_stops))
            dong = routes.main_dong(chosen)
            start = self._start(parameters, context, conn, crs, dong)
            dong_names = dict(conn.execute("SELECT code, name FROM districts WHERE level = 'dong'").fetchall())
            visitor_name = None
            if visitor_id:
                row = conn.execute("SELECT name FROM visitors WHERE id = ?", (visitor_id,)).fetchone()
                visitor_name = row[0] if row else None
            points = [(start.x, start.y)] + [(s.x, s.y) for s in chosen]
            matrix, paths, method, base_layers = self._distances(conn, database, points, feedback, lang)

        route = routes.plan(matrix, max_minutes, visit_minutes)
        if not route.order:
            raise QgsProcessingException(tr("Not even the most urgent household can be visited within {} minutes "
                                            "(MAX_MINUTES): nothing planned.").format(max_minutes))
        if route.dropped:
            feedback.pushInfo(tr("{} households left out to keep the day within {} minutes (the least urgent).")
                              .format(len(route.dropped), max_minutes))
        day_stops = [chosen[i - 1] for i in route.order]
        rows = self._rows(route, day_stops, day, privacy, lang)
        legs, straight_legs = [], 0
        previous = 0
        for n, (index, metres) in enumerate(zip(route.order, route.legs), start=1):
            straight = method == "straight" or (previous, index) in self._missing
            straight_legs += straight
            legs.append({"leg": n, "from_stop": n - 1, "to_stop": n, "metres": round(metres, 1),
                         "method": "straight" if straight else "road", "coords": paths[(previous, index)]})
            previous = index
        method_text = self._method_text(method, straight_legs, len(legs))
        feedback.pushInfo(tr("{stops} stops, {km:.1f} km on foot ({method}), about {minutes} minutes from {start}.")
                          .format(stops=len(rows), km=route.metres / 1000, method=method_text,
                                  minutes=round(route.minutes), start=start.name))

        # the layers
        results = {}
        for key, spec, kind, features in (
                ("OUTPUT", route_sheet.STOP_FIELDS, QgsWkbTypes.Type.Point, route_sheet.stop_features),
                ("PATH", route_sheet.PATH_FIELDS, QgsWkbTypes.Type.LineString, route_sheet.path_features)):
            fields = route_sheet.fields_of(spec)
            sink, dest = self.parameterAsSink(parameters, key, context, fields, kind, crs)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            sink.addFeatures(features(rows if key == "OUTPUT" else legs, fields), QgsFeatureSink.Flag.FastInsert)
            results[key] = dest
            del sink

        # the sheet
        heading = tr("Today's route — {}").format(day.isoformat())
        whose = visitor_name or (", ".join(dict.fromkeys(dong_names.get(s.dong_code, s.dong_code or "")
                                                           for s in day_stops)))
        summary = tr("{whose} · start: {start} · {stops} stops · {km:.1f} km on foot ({method}) · about {minutes} "
                     "minutes with {visit} minutes at each door").format(
            whose=whose, start=start.name, stops=len(rows), km=route.metres / 1000, method=method_text,
            minutes=round(route.minutes), visit=round(visit_minutes))
        privacy_label = tr("staff: names shown") if privacy == "staff" else tr("volunteer: names masked")
        if not printing.fonts_available():
            feedback.reportError(tr("No Hangul font (NanumGothic or Noto Sans CJK KR) is installed: Korean text "
                                    "may print as boxes. Install fonts-nanum."))
        try:
            pages = route_sheet.write_sheet(sheet, epsg, start, rows, legs, heading, summary, privacy_label,
                                            base_layers, lang)
        except printing.PrintError as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            del base_layers
        household_list = [s.id for s in day_stops]
        printing.write_audit(database, "print", {
            "algorithm": self.NAME, "table": "households", "date": day.isoformat(), "visitor": visitor_name,
            "privacy": privacy, "stops": len(rows), "pages": pages, "households": household_list,
            "method": method, "output": Path(sheet).name, "layers": True})

        # the QField package
        packaged = []
        if package_folder:
            packaged = self._package(database, Path(package_folder), day_stops, privacy, visitor_id, dong_names, day,
                                     lang, feedback)
            results["PACKAGE"] = package_folder
        results.update({"SHEET": sheet, "STOPS": len(rows), "METRES": round(route.metres, 1),
                        "MINUTES": round(route.minutes, 1), "METHOD": method,
                        "HOUSEHOLD_IDS": ",".join(household_list)})
        if packaged:
            results["PROJECTS"] = packaged
        return results

    # --- pieces ---------------------------------------------------------------------------------

    def _start(self, parameters, context, conn, crs, dong):
        if parameters.get("START") not in (None, ""):
            point = self.parameterAsPoint(parameters, "START", context, crs)
            return routes.Start(tr("the given point"), point.x(), point.y(), "given")
        start = routes.start_place(conn, dong)
        if start is None:
            raise QgsProcessingException(tr("No START given and the households' 동 has no 주민센터 and no outline: "
                                            "give START."))
        if start.kind == "centroid":
            return routes.Start(tr("the centre of {}").format(start.name), start.x, start.y, start.kind)
        return start

    def _distances(self, conn, database, points, feedback, lang):
        """(matrix, paths, method, base map layers): over the roads when the database has them."""
        from .. import network
        from ..base_layers import database_base_layers

        xs, ys = [p[0] for p in points], [p[1] for p in points]
        lines = network.read_roads(conn, (min(xs), min(ys), max(xs), max(ys)))
        self._missing = set()
        if not lines:
            feedback.pushInfo(tr("The database has no roads near the households (import_base_map): distances are "
                                 "straight lines."))
            return routes.straight_matrix(points), {(i, j): [points[i], points[j]] for i in range(len(points))
                                                    for j in range(len(points))}, "straight", []
        roads = network.RoadNetwork(lines, db.crs_epsg(conn))
        matrix, paths, off = roads.distances(points)
        self._missing = set(roads.missing)
        del roads
        if off:
            feedback.pushWarning(tr("{} places are further than {} m from any road: straight lines to and from "
                                    "them.").format(len(off), round(network.SNAP_METRES)))
        elif roads_missing := len(self._missing):
            feedback.pushWarning(tr("{} legs have no way over the roads: straight lines for them.").format(roads_missing))
        return matrix, paths, "road", database_base_layers(database, lang)

    @staticmethod
    def _method_text(method, straight_legs, legs):
        if method == "straight":
            return tr("straight lines")
        if straight_legs:
            return tr("over the roads; {} of {} legs straight").format(straight_legs, legs)
        return tr("over the roads")

    @staticmethod
    def _rows(route, stops, day, privacy, lang):
        rows = []
        for n, (stop, arrival, leg) in enumerate(zip(stops, route.arrivals, route.legs), start=1):
            risk = (cat.label(cat.RISK_LEVELS, stop.risk_level, lang) if stop.risk_level
                    else (cat.UNVISITED.ko if lang == "ko" else cat.UNVISITED.en))
            check = list(stop.needs)
            overdue = stop.overdue_days(day)
            if stop.last_visit_on is None:
                check.insert(0, tr("first visit"))
            elif overdue is not None and overdue > 0:
                check.insert(0, tr("overdue {} days").format(overdue))
            rows.append({
                "x": stop.x, "y": stop.y, "stop": n, "household_id": stop.id,
                "name": stop.head_name if privacy == "staff" else mask_name(stop.head_name),
                "address": _short_address(stop.address, stop.address_detail),
                "address_lines": textwrap.fill(_short_address(stop.address, stop.address_detail), 22),
                "risk_level": stop.risk_level, "risk": risk, "arrival_min": round(arrival), "walk_m": round(leg),
                "last_visit": stop.last_visit_on.isoformat() if stop.last_visit_on else "—",
                "check": "; ".join(check) or "—",
                "check_lines": textwrap.fill("; ".join(check) or "—", 24)})
        return rows

    def _package(self, database, folder, stops, privacy, visitor_id, dong_names, day, lang, feedback):
        """One QField package of the day's households per 동 (a folder each when several)."""
        by_dong = {}
        for stop in stops:
            by_dong.setdefault(stop.dong_code, []).append(stop.id)
        if None in by_dong:
            feedback.pushWarning(tr("{} households of the day have no 동: not in the QField package.")
                                 .format(len(by_dong.pop(None))))
        projects = []
        for dong, ids in by_dong.items():
            target = folder if len(by_dong) == 1 else folder / dong
            target.mkdir(parents=True, exist_ok=True)
            area = fw.Area(dong)
            gpkg_name, project_name = package_names(area, dong_names.get(dong))
            conn = db.connect(database)
            try:
                result = fw.package(conn, area, target / gpkg_name, privacy, visitor_id, getpass.getuser(),
                                    db.display_name(database), base_map=True, household_ids=ids)
            except fw.FieldPackageError as exc:
                raise QgsProcessingException(error_text(exc)) from exc
            finally:
                conn.close()
            title = tr("Today's route — {}").format(f"{dong_names.get(dong, dong)} {day.isoformat()}")
            field_project(result.path, target / project_name, title, visitor_id, lang)
            projects.append(str(target / project_name))
            feedback.pushInfo(tr("QField package of {} households in {}.").format(result.households, target))
        return projects
