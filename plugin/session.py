"""The application session: the welfare database open in the project and what a worker does
with it (record a visit, link a service, make a household from a report, apply a filter, set
the revisit cycle, print). Panels and dialogs talk to a :class:`Session`, never to a connection
of their own: every read and write goes through here, and every write ends in one signal,
``householdsChanged``, after the map's layers were re-read. Whatever shows households listens to
that one signal, so no list, count or map can stay stale after a save.

No qgis.gui here: the session is driven the same way by the dock, the dialogs and the tests."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass
from typing import Any

from qgis.core import Qgis, QgsMessageLog, QgsProject, QgsSqliteUtils
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .core import cycles, db, filters, resources, schema, visits
from .core.backends import Database
from .core.filters import HouseholdFilter
from .core.rows import Household, NeedInput, VisitInput, WorkList
from .gui.common import current_user
from .project import database_layers, databases_in_project, refresh_layers, set_tong_counts


@dataclass(frozen=True)
class Dong:
    code: str
    name: str


@dataclass(frozen=True)
class NeedSummary:
    domain: str
    item: str | None
    status: str


@dataclass(frozen=True)
class FilterResult:
    """A filter applied: the SQL the households layer shows, its counts per risk and the first
    rows of its list (sorted as the list sorts them)."""
    where: str
    counts: dict[str, int]
    rows: list[Any]


class Session(QObject):
    """The open welfare database of ``project`` (the first one in it), or one given database
    (a dialog opened on a file, a test)."""

    databaseChanged = pyqtSignal()  # noqa: N815 - Qt signal naming
    householdsChanged = pyqtSignal()  # noqa: N815

    def __init__(self, project: QgsProject | None = None, database: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self._fixed = str(database) if database else None
        self._where: str | None = None  # the households filter the map shows (its pies count it)
        self._known = self.database
        self._watching = self._fixed is None
        if self._watching:
            for signal in (self.project.layersAdded, self.project.layersRemoved, self.project.cleared):
                signal.connect(self._layers_changed)

    @classmethod
    def of(cls, session_or_database: Session | str) -> Session:
        """A dialog opened with a session uses it; opened on a database name, a session of its own."""
        if isinstance(session_or_database, Session):
            return session_or_database
        return cls(database=str(session_or_database))

    def close(self) -> None:
        if self._watching:
            for signal in (self.project.layersAdded, self.project.layersRemoved, self.project.cleared):
                signal.disconnect(self._layers_changed)
            self._watching = False

    # --- the open database ----------------------------------------------------------------------
    @property
    def database(self) -> str | None:
        if self._fixed:
            return self._fixed
        databases = databases_in_project(self.project)
        return str(databases[0]) if databases else None

    def value(self) -> Database | None:
        """The open database as a value (engine, display name, capabilities), or None."""
        return db.parse(self.database) if self.database else None

    def _layers_changed(self, *_: object) -> None:
        """Layers came or went: say so when the open database changed (not for a density view),
        once its households and districts are in the project (a database opening adds its layers
        one by one: what listens must find them there)."""
        database = self.database
        if database == self._known or (database and not {"households", "districts"} <= set(self.layers())):
            return
        self._known = database
        self._where = None
        self.recount()  # a project read from a file: its pies count what the database holds now
        self.databaseChanged.emit()

    def recount(self) -> None:
        """The pies per 통 count again (with the households filter the map shows)."""
        if not self.database:
            return
        try:
            set_tong_counts(self.layers(), self.database, self._where)
        except Exception as exc:  # noqa: BLE001 - a database gone or unreachable: the map keeps its last pies
            QgsMessageLog.logMessage(f"households per 통 not counted: {exc}", "Welfare Visit Map", Qgis.MessageLevel.Warning)

    def layers(self) -> dict[str, Any]:
        """{table: layer} of the open database in the project."""
        return database_layers(self.project, self.database) if self.database else {}

    def reading(self) -> AbstractContextManager[Any]:
        return closing(visits.connect_readonly(self._need()))

    def writing(self) -> AbstractContextManager[Any]:
        return closing(db.connect(self._need()))

    def _need(self) -> str:
        if not self.database:
            raise visits.InvalidInputError({"database": ("no_database", {})})
        return self.database

    def changed(self) -> None:
        """Something wrote households, visits, needs, services or reports: the map's layers are
        read again, then everyone listening hears it once."""
        if self.database:  # the write is done: a failing refresh must not read as a failed save
            try:
                refresh_layers(self.project, self.database)
            except Exception as exc:  # noqa: BLE001
                QgsMessageLog.logMessage(f"layers not re-read: {exc}", "Welfare Visit Map", Qgis.MessageLevel.Warning)
            self.recount()
        self.householdsChanged.emit()

    # --- reading ------------------------------------------------------------------------------
    def dongs(self) -> list[Dong]:
        if not self.database:
            return []
        with self.reading() as conn:
            return [Dong(code, name) for code, name in
                    conn.execute("SELECT code, name FROM districts WHERE level = 'dong' ORDER BY name")]

    def tongs(self, dong_code: str | None) -> list[int]:
        """The 통 of a 동 that have households (for the filter's 통 choice)."""
        if not self.database or not dong_code:
            return []
        with self.reading() as conn:
            return [r[0] for r in conn.execute(
                "SELECT DISTINCT tong FROM households WHERE dong_code = ? AND tong IS NOT NULL ORDER BY tong",
                (dong_code,))]

    def tong_districts(self, dong_code: str) -> list[tuple[str, str]]:
        """(code, name) of the 통 polygons of a 동, in their number's order (what prints page by page)."""
        with self.reading() as conn:
            rows = conn.execute("SELECT code, name FROM districts WHERE level = 'tong' AND parent_code = ?",
                                (dong_code,)).fetchall()
        return sorted(((code, name) for code, name in rows), key=lambda r: (tong_number(r[0]), r[1]))

    def household(self, household_id: str) -> Household | None:
        with self.reading() as conn:
            return visits.household(conn, household_id)

    def work_list(self, dong_code: str | None, today: dt.date | None = None) -> WorkList:
        with self.reading() as conn:
            return visits.work_list(conn, dong_code, today)

    def find_households(self, text: str, dong_code: str | None) -> list[Household]:
        with self.reading() as conn:
            return visits.find_households(conn, text, dong_code)

    def visitors(self, dong_code: str | None) -> list[Any]:
        with self.reading() as conn:
            return visits.visitors(conn, dong_code)

    def timeline(self, household_id: str) -> list[Any]:
        with self.reading() as conn:
            return visits.timeline(conn, household_id)

    def need(self, need_id: str) -> NeedSummary | None:
        with self.reading() as conn:
            found = conn.execute("SELECT domain, item, status FROM needs WHERE id = ?", (need_id,)).fetchone()
        return NeedSummary(*found) if found else None

    def providers(self, need_id: str) -> list[Any]:
        with self.reading() as conn:
            return visits.providers(conn, need_id)

    def cycle_days(self) -> dict[str, int]:
        with self.reading() as conn:
            return schema.cycle_days(conn)

    def due_date_changes(self, days: Mapping[str, int]) -> int:
        with self.reading() as conn:
            return cycles.due_date_changes(conn, days)

    def nearest_resources(self, household_ids: Sequence[str], distance: float) -> list[Any]:
        with self.reading() as conn:
            return resources.nearest_resources(conn, household_ids, distance)

    def find_facilities(self, text: str) -> list[Any]:
        with self.reading() as conn:
            return resources.find_facilities(conn, text)

    def report_place(self, report_id: str) -> bool:
        """Whether a report can become a household without a click on the map: it has a point, a
        household on record matches it, or its address is found."""
        with self.reading() as conn:
            found = conn.execute("SELECT geom IS NOT NULL, address FROM reports WHERE id = ?", (report_id,)).fetchone()
            if found is None:
                raise visits.InvalidInputError({"report": ("not_found", {"id": report_id})})
            placed, address = found
            return bool(placed or visits.matching_household(conn, report_id) or visits.geocode(conn, address))

    # --- use cases (each write ends in householdsChanged) ----------------------------------------
    def record_visit(self, household_id: str, visit: VisitInput, needs: Sequence[NeedInput] = (),
                     today: dt.date | None = None,
                     confirm_closing: Callable[[str], bool] | None = None) -> str | None:
        """Check, then save a visit and its needs in one transaction. Problems raise
        :class:`visits.InvalidInputError` (field → problem); a closing outcome (moved, deceased)
        asks ``confirm_closing`` first: None when the user said no."""
        with self.reading() as conn:  # checked and asked with no transaction open on the server
            problems = visits.validate_visit(conn, household_id, visit, needs, today)
        if problems:
            raise visits.InvalidInputError(problems)
        if visit.outcome in visits.CLOSING_OUTCOMES and confirm_closing is not None \
                and not confirm_closing(visit.outcome):
            return None
        with self.writing() as conn:  # checked again inside the write's own transaction
            visit_id = visits.record_visit(conn, household_id, visit, needs, current_user(), today)
        self.changed()
        return visit_id

    def add_visitor(self, name: str | None, role: str | None, dong_code: str | None) -> str:
        with self.writing() as conn:
            return visits.add_visitor(conn, name, role, dong_code, user=current_user())

    def link_service(self, need_id: str, kind: str | None, facility_id: str | None = None,
                     provider_name: str | None = None, linked_on: dt.date | None = None, notes: str | None = None,
                     today: dt.date | None = None) -> str:
        with self.writing() as conn:
            linkage_id = visits.link_service(conn, need_id, kind, facility_id=facility_id, provider_name=provider_name,
                                             linked_on=linked_on, notes=notes, user=current_user(), today=today)
        self.changed()
        return linkage_id

    def close_linkage(self, linkage_id: str, status: str) -> None:
        with self.writing() as conn:
            visits.close_linkage(conn, linkage_id, status, current_user())
        self.changed()

    def household_from_report(self, report_id: str, point: tuple[float, float] | None = None) -> tuple[str, bool]:
        """A household made from a report (or the report attached to the household it is about)."""
        with self.writing() as conn:
            hid, created = visits.household_from_report(conn, report_id, point=point, user=current_user())
        self.changed()
        return hid, created

    def set_cycle_days(self, days: Mapping[str, int]) -> None:
        """A new revisit cycle: the database re-derives every next visit due itself."""
        with self.writing() as conn:
            schema.set_cycle_days(conn, days)
        self.changed()

    def apply_filter(self, flt: HouseholdFilter, limit: int = 500) -> FilterResult:
        """Show the households matching ``flt`` on the map (the households layer's filter) and
        return their counts per risk and the first ``limit`` of them."""
        database = self._need()
        where = flt.where(quote=QgsSqliteUtils.quotedString, prefix=db.table_prefix(database))
        households = self.layers().get("households")
        subset = "" if flt == HouseholdFilter() else where
        if households is not None and households.subsetString() != subset:
            households.setSubsetString(subset)
            households.triggerRepaint()
        if subset != (self._where or ""):
            self._where = subset or None
            self.recount()
        with self.reading() as conn:
            return FilterResult(where, filters.counts(conn, where), filters.household_list(conn, where, limit=limit))

    def count_households(self, dong_code: str | None = None, tongs: Sequence[int] | None = None,
                         ids: Sequence[str] | None = None, active_only: bool = True, where: str | None = None) -> int:
        """How many households a print of household sheets will take (bound parameters; ``where``
        is the households layer's own filter, SQL)."""
        clauses: list[str] = []
        args: list[Any] = []
        if ids is not None:
            if not ids:
                return 0
            clauses.append("id IN ({})".format(", ".join("?" for _ in ids)))
            args.extend(ids)
        if dong_code:
            clauses.append("dong_code = ?")
            args.append(dong_code)
        if tongs is not None:
            if not tongs:
                return 0
            clauses.append("tong IN ({})".format(", ".join("?" for _ in tongs)))
            args.extend(tongs)
        if active_only:
            clauses.append("status = 'active'")
        if where:
            clauses.append(f"({where})")
        sql = "SELECT count(*) FROM households" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        with self.reading() as conn:
            return int(conn.execute(sql, tuple(args)).fetchone()[0])

    def imported(self) -> None:
        """An import wrote to the database (the wizard, an algorithm)."""
        self.changed()

    def print(self, name: str, parameters: dict[str, Any], feedback: Any = None) -> dict[str, Any]:
        """Run a print (or export) algorithm of the plugin with ``feedback`` (progress, cancel)."""
        import processing  # QGIS's own Processing plugin

        return processing.run(f"welfarevisitmap:{name}", {"DATABASE": self._need(), **parameters}, feedback=feedback)

    # --- who visits whom ----------------------------------------------------------------------------
    def visitor_loads(self, dong_code: str | None, today: dt.date | None = None) -> list[Any]:
        from .core import assignments

        with self.reading() as conn:
            return assignments.loads(conn, dong_code, today)

    def due_list(self, visitor_id: str, dong_code: str | None, today: dt.date | None = None, days: int = 7) -> list[Any]:
        from .core import assignments

        with self.reading() as conn:
            return assignments.due_list(conn, visitor_id, today, days, dong_code)

    def unassigned(self, dong_code: str | None) -> int:
        from .core import assignments

        with self.reading() as conn:
            return assignments.unassigned(conn, dong_code)

    def assign(self, household_ids: Sequence[str], visitor_id: str | None) -> int:
        """Assign households to a visitor (None: unassign): audited edits; the lists follow."""
        from .core import assignments

        with self.writing() as conn:
            changed = assignments.assign(conn, household_ids, visitor_id, current_user())
        self.changed()
        return changed

    def tong_households(self, dong_code: str, tongs: Sequence[int]) -> list[str]:
        from .core import assignments

        with self.reading() as conn:
            return assignments.tong_households(conn, dong_code, tongs)

    # --- field visits (QField): packages out, results back, the office decides -------------------
    def package_for_field(self, parameters: dict[str, Any], feedback: Any = None) -> dict[str, Any]:
        """welfarevisitmap:package_for_field on this database (audited as an export)."""
        return self.print("package_for_field", parameters, feedback)

    def merge_field_package(self, path: str, dry_run: bool = False, feedback: Any = None) -> dict[str, Any]:
        """welfarevisitmap:merge_field_package of ``path`` into this database; the map and lists
        are refreshed after a merge that wrote."""
        result = self.print("merge_field_package", {"INPUT": str(path), "DRY_RUN": dry_run}, feedback)
        if not dry_run:
            self.changed()
        return result

    def field_reviews(self, dong_code: str | None = None) -> list[Any]:
        from .core import fieldwork

        with self.reading() as conn:
            return fieldwork.reviews(conn, "open", dong_code)

    def decide_review(self, review_id: str, accept: bool) -> None:
        """Accept (apply) or reject what a field package brought for the office to decide."""
        from .core import fieldwork

        with self.writing() as conn:
            fieldwork.decide(conn, review_id, accept, current_user())
        self.changed()


def tong_number(code: str) -> int:
    """The number of a 통 from its code ('1141055500-07' → 7; codes.districts.tong_code)."""
    tail = code.rsplit("-", 1)[-1]
    return int(tail) if tail.isascii() and tail.isdigit() else 10**6
