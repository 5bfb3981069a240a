"""The plugin's dock: my 동's work (today's list, search, filter, facilities), printing and the
revisit cycle. A thin client of the session (:mod:`..session`: the open database, reads and
use cases) and the desk (:mod:`.desk`: the dialogs). Its form is forms/dock.ui, loaded at run
time; signals are connected here. Every list refreshes on the session's one
``householdsChanged`` signal, never by hand."""
from qgis.core import Qgis, QgsExpression, QgsFeatureRequest, QgsRectangle
from qgis.gui import QgsDockWidget, QgsVertexMarker
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import QMessageBox, QTreeWidgetItem, QWidget

from .. import basemap
from ..core import categories as cat
from ..core import db, visits
from ..core.addresses import short_address
from ..core.risk import DEFAULT_CYCLE_DAYS
from ..core.rows import Report
from ..i18n import tr
from . import memory
from .common import FORMS, debounce, label, risk_icon
from .desk import first_with_id
from .field_panel import FieldPanel
from .filter_panel import FilterPanel, fit_columns
from .resource_panel import ResourcePanel
from .visitor_panel import VisitorPanel

FORM = FORMS / "dock.ui"
ITEM_ROLE = 0x0100  # Qt.UserRole: ("household" | "report", id) of a list row
ZOOM_SCALE = 2500
DONG_COLUMN = 4  # of the work and find lists: shown when the lists hold every 동
DUE_COLUMN = 3
DOCK_WIDTH = 480


class DockForm(QWidget):
    """The dock's content (forms/dock.ui): QGIS opens a dock at its content's size hint, here
    480 px wide, what its lists are laid out for."""

    def sizeHint(self):  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(max(hint.width(), DOCK_WIDTH), hint.height())


class WelfareDock(QgsDockWidget):
    def __init__(self, session, desk, iface, parent=None):
        super().__init__(tr("Welfare Visit Map"), parent)
        self.setObjectName("WelfareVisitMapDock")
        self.session, self.desk, self.iface = session, desk, iface
        self.form = DockForm(self)
        uic.loadUi(str(FORM), self.form)
        self.setWidget(self.form)
        f = self.form
        f.openButton.clicked.connect(desk.open_database_dialog)
        f.importListButton.clicked.connect(lambda: desk.import_list())
        f.printMapsButton.clicked.connect(lambda: desk.print_dialog("maps", self.my_dong()))
        f.printSheetsButton.clicked.connect(lambda: desk.print_dialog("sheets", self.my_dong()))
        f.basemapCombo.addItem(tr("No base map"), None)
        for key, text in basemap.choices():
            f.basemapCombo.addItem(text, key)
        f.showBasemapButton.clicked.connect(lambda: desk.show_basemap(f.basemapCombo.currentData()))
        f.vworldKeyButton.clicked.connect(desk.ask_vworld_key)
        f.cycleApplyButton.clicked.connect(self.apply_cycle)
        for tree in (f.workTree, f.searchTree):
            tree.setHeaderLabels([tr("Case / report"), tr("Name"), tr("Address"), tr("Due"), tr("Dong")])
            # the columns fit a narrow dock: the short road address takes what the others leave
            tree.setIndentation(12)
            fit_columns(tree, {0: ["SDM-000000", "2026-0000"], 1: ["홍길동"], 3: ["26-12-31"],
                               DONG_COLUMN: ["북가좌제2동"]}, stretch=2, icon=True, depth=1)
            tree.itemClicked.connect(self.show_on_map)
            tree.itemDoubleClicked.connect(self.open_item)
            tree.currentItemChanged.connect(self.update_buttons)
        self.search_timer = debounce(self, self.search)
        f.searchEdit.textChanged.connect(lambda _: self.search_timer.start())
        f.searchEdit.returnPressed.connect(self.search)
        f.workDongCombo.currentIndexChanged.connect(self.dong_changed)
        f.workTabs.currentChanged.connect(self.update_buttons)
        f.visitButton.clicked.connect(self.record_visit)
        f.householdButton.clicked.connect(self.open_household)
        f.formButton.clicked.connect(self.open_form)
        f.reportButton.clicked.connect(self.report_to_household)
        self.last_household = (None, None)
        self.marker = None  # where the household chosen from a list is, drawn above the labels
        self.filter_panel = FilterPanel(self)
        self.resource_panel = ResourcePanel(self)
        self.field_panel = FieldPanel(self)
        self.visitor_panel = VisitorPanel(self)
        self.known_database = None
        session.databaseChanged.connect(self.refresh)
        session.householdsChanged.connect(self.households_changed)
        self.refresh()

    def unload(self):
        self.clear_marker()
        self.session.databaseChanged.disconnect(self.refresh)
        self.session.householdsChanged.disconnect(self.households_changed)

    def database(self):
        return self.session.database

    def my_dong(self):
        """The 동 chosen at the top of the dock (None: every 동)."""
        return self.form.workDongCombo.currentData()

    def refresh(self, *_):
        """Show the open database and its 동 (from the file itself); a database that cannot be
        read (a moved file, a server down) says so in the dock instead of a traceback."""
        try:
            self._refresh()
        except (visits.InvalidInputError, OSError, *db.errors()) as exc:
            self.form.databaseLabel.setText(tr("The welfare database cannot be read: {}").format(exc))
            self.form.workTree.clear()

    def _refresh(self):
        f = self.form
        previous, database = self.known_database, self.database()
        self.known_database = database
        value = self.session.value()
        if value is None:
            f.databaseLabel.setText(tr("No welfare database is open."))
        elif value.capabilities.rows_per_login:  # everything reads and writes the server as the login
            f.databaseLabel.setText(tr("Shared database {}: you see and change what your login may.")
                                    .format(value.display_name))
        else:
            f.databaseLabel.setText(value.display_name)
        for widget in (f.printGroup, f.cycleGroup, f.workGroup, f.importListButton, f.exportListButton,
                       f.packageButton, f.mergeButton):
            widget.setEnabled(bool(database))
        # my 동: kept while the same database stays open, remembered across sessions (per database)
        my_dong = f.workDongCombo.currentData() if database == previous else memory.recall(database, "dong")
        f.workDongCombo.blockSignals(True)
        f.workDongCombo.clear()
        f.workDongCombo.addItem(tr("All dongs"), None)
        for dong in self.session.dongs():
            f.workDongCombo.addItem(dong.name, dong.code)
        if my_dong and f.workDongCombo.findData(my_dong) >= 0:
            f.workDongCombo.setCurrentIndex(f.workDongCombo.findData(my_dong))
        f.workDongCombo.blockSignals(False)
        days = self.session.cycle_days() if database else {}
        self.refresh_work()
        self.search()
        self.filter_panel.refresh_choices(database)
        self.filter_panel.apply()
        self.field_panel.refresh()
        self.visitor_panel.refresh()
        if database:
            for level, spin in (("high", f.highSpin), ("medium", f.mediumSpin), ("low", f.lowSpin)):
                spin.setValue(days.get(level, DEFAULT_CYCLE_DAYS[level]))

    # --- households: today's work and search ---------------------------------------------------
    def _household_item(self, household, parent=None):
        h = household
        due = h.next_visit_due.isoformat() if h.next_visit_due else ""
        dong = self.dong_name(h.dong_code)
        short_due = h.next_visit_due.strftime("%y-%m-%d") if h.next_visit_due else ""  # 26-10-09: fits the dock
        item = QTreeWidgetItem([h.case_no or "-", h.head_name or "", short_address(h.address), short_due, dong])
        item.setToolTip(3, due)
        item.setIcon(0, risk_icon(h.risk_level))
        item.setToolTip(0, label(cat.RISK_LEVELS, h.risk_level) if h.risk_level else tr("Not yet visited"))
        item.setToolTip(2, f"{h.address or ''} ({h.tong}통)" if h.tong else h.address or "")
        where = f"{dong} {h.tong}통" if h.tong and dong else dong
        item.setToolTip(DONG_COLUMN, " · ".join(part for part in (where, due and tr("due {}").format(due)) if part))
        if h.status != "active":
            item.setText(3, label(cat.HOUSEHOLD_STATUS, h.status))
        item.setData(0, ITEM_ROLE, ("household", h.id))
        if parent is not None:
            parent.addChild(item)
        return item

    def dong_name(self, code):
        """The name of a 동 of the open database (from the 동 choice), or its code."""
        index = self.form.workDongCombo.findData(code) if code else -1
        return self.form.workDongCombo.itemText(index) if index > 0 else code or ""

    def dong_changed(self, *_):
        memory.remember(self.database(), "dong", self.form.workDongCombo.currentData())
        self.clear_marker()  # the household chosen from the lists before
        self.refresh_work()
        self.filter_panel.refresh_choices(self.database())
        self.filter_panel.apply()
        self.field_panel.refresh()
        self.visitor_panel.refresh()
        self.zoom_to_dong(self.form.workDongCombo.currentData())

    def zoom_to_dong(self, code):
        """Show my 동 on the map (its households are what the lists and the filter now hold);
        all 동 (no code): the whole district."""
        layers = self.session.layers()
        districts = layers.get("districts")
        if districts is None:
            return
        if not code:
            self.desk.zoom_to_district(layers)
            return
        request = QgsFeatureRequest().setFilterExpression(f"\"code\" = {QgsExpression.quotedString(code)}")
        feature = next(districts.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            return
        canvas = self.iface.mapCanvas()
        extent = canvas.mapSettings().layerToMapCoordinates(districts, feature.geometry().boundingBox())
        extent.scale(1.1)
        canvas.setExtent(extent)
        canvas.refresh()

    def refresh_work(self, *_):
        """Overdue and never-visited households of my 동, and new reports."""
        tree = self.form.workTree
        tree.clear()
        every_dong = not self.form.workDongCombo.currentData()
        for each in (tree, self.form.searchTree):  # with every 동 listed, "26통" needs its 동
            each.setColumnHidden(DONG_COLUMN, not every_dong)
            each.setColumnHidden(DUE_COLUMN, every_dong)  # in its place (the list fits 480 px): due on hover
        if not self.database():
            return
        work = self.session.work_list(self.my_dong())
        bold = QFont()
        bold.setBold(True)
        # new reports first: nobody has looked at them yet; then the overdue, the most urgent first
        for rows, title in ((work.reports, tr("New reports ({})")), (work.overdue, tr("Overdue ({})")),
                            (work.unvisited, tr("Not yet visited ({})"))):
            top = QTreeWidgetItem([title.format(len(rows) if len(rows) < 200 else "200+")])
            top.setFont(0, bold)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for row in rows:
                if isinstance(row, Report):
                    received = row.received_on.isoformat() if row.received_on else ""
                    channel = label(cat.REPORT_CHANNELS, row.channel) if row.channel else ""
                    dong = self.dong_name(row.dong_code) if every_dong else ""
                    # one line across the list (what, where), the full text on hover
                    text = " · ".join(part for part in (f"{received} {channel}".strip(), row.description or "",
                                                        short_address(row.address), dong) if part)
                    item = QTreeWidgetItem([text])
                    tip = "\n".join(part for part in (f"{received} {channel}".strip(), row.address or "", dong,
                                                      row.description or "") if part)
                    for column in range(tree.columnCount()):
                        item.setToolTip(column, tip)
                    item.setData(0, ITEM_ROLE, ("report", row.id))
                    top.addChild(item)
                    item.setFirstColumnSpanned(True)
                else:
                    self._household_item(row, top)
            top.setExpanded(rows is not work.unvisited or len(rows) < 30)
        self.update_buttons()

    def search(self):
        tree = self.form.searchTree
        tree.clear()
        database = self.database()
        text = self.form.searchEdit.text()
        if not database or not text.strip():
            return
        rows = self.session.find_households(text, self.my_dong())
        for row in rows:
            tree.addTopLevelItem(self._household_item(row))
        if rows:
            tree.setCurrentItem(tree.topLevelItem(0))
        self.update_buttons()

    def selected(self):
        """("household" | "report", id) of the row chosen in the visible list, or (None, None)."""
        f = self.form
        tree = {0: f.workTree, 1: f.searchTree, 2: f.listTree}.get(f.workTabs.currentIndex())
        item = tree.currentItem() if tree is not None else None
        data = item.data(0, ITEM_ROLE) if item is not None else None
        if data and data[0] == "household":
            self.last_household = tuple(data)
        return tuple(data) if data else (None, None)

    def update_buttons(self, *_):
        kind, _ = self.selected()
        f = self.form
        f.householdButton.setEnabled(kind == "household")
        for button in (f.visitButton, f.formButton):
            button.setEnabled(kind == "household")
        f.reportButton.setEnabled(kind == "report")
        on_lists = f.workTabs.currentIndex() in (0, 1, 2)
        for button in (f.visitButton, f.householdButton, f.formButton, f.reportButton):
            button.setVisible(on_lists)

    def _feature(self, kind, record_id):
        layer = self.session.layers().get({"household": "households", "report": "reports"}.get(kind, "facilities"))
        return layer, first_with_id(layer, record_id)

    def show_on_map(self, item, *_):
        """Select the household (or report) on the map and centre the map on it."""
        data = item.data(0, ITEM_ROLE)
        if not data:
            return
        layer, feature = self._feature(*data)
        if feature is None:
            return
        layer.selectByIds([feature.id()])
        self.clear_marker()
        if feature.hasGeometry():
            canvas = self.iface.mapCanvas()
            point = self.iface.mapCanvas().mapSettings().layerToMapCoordinates(layer, feature.geometry().asPoint())
            extent = canvas.extent()
            near_centre = (abs(point.x() - extent.center().x()) < extent.width() / 8
                           and abs(point.y() - extent.center().y()) < extent.height() / 8)
            if canvas.scale() > ZOOM_SCALE * 2 or not extent.contains(point) or near_centre:
                # the 동's label sits at the middle of the map: the household goes a third from the top
                canvas.setExtent(QgsRectangle(point.x() - 150, point.y() - 200, point.x() + 150, point.y() + 100))
            # a ring drawn above the map and its labels, and a flash to catch the eye
            self.marker = QgsVertexMarker(canvas)
            self.marker.setCenter(point)
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
            self.marker.setIconSize(22)
            self.marker.setPenWidth(3)
            self.marker.setColor(QColor(0, 170, 255))
            canvas.refresh()
            canvas.flashFeatureIds(layer, [feature.id()])

    def clear_marker(self):
        if self.marker is not None:
            canvas = self.iface.mapCanvas()
            canvas.scene().removeItem(self.marker)
            self.marker = None

    def open_item(self, item, *_):
        data = item.data(0, ITEM_ROLE)
        if data and data[0] == "household":
            self.open_form()
        elif data:
            self.report_to_household()

    def record_visit(self):
        kind, hid = self.selected()
        if kind == "household":
            self.desk.record_visit(hid)

    def open_household(self):
        kind, hid = self.selected()
        if kind == "household":
            return self.desk.open_household(hid)
        return None

    def open_form(self):
        """QGIS's own household form (relations, value maps) for the chosen household."""
        kind, hid = self.selected()
        if kind == "household":
            self.desk.open_form(hid)

    def report_to_household(self):
        """Make a household from the chosen report (the desk asks for a click on the map when
        the report has no place); the new household is shown in the find list."""
        kind, rid = self.selected()
        if kind == "report" and self.database():
            if self.desk.report_to_household(rid) is None:
                self.refresh_work()

    def households_changed(self, *_):
        """The session wrote households (a visit, a service, a report made into a household, an
        import): every list and count of the dock shows it — today's work, the find list, and
        the filter list with its risk counts, the filter applied again."""
        self.refresh_work()
        self.search()
        if self.database():
            self.filter_panel.apply()
            self.field_panel.refresh()
            self.visitor_panel.refresh()

    def show_household(self, household):
        """The household a report became: alone in the find list, chosen, shown on the map."""
        if household is None:
            return
        self.form.workTabs.setCurrentIndex(1)
        self.form.searchTree.clear()
        item = self._household_item(household)
        self.form.searchTree.addTopLevelItem(item)
        self.form.searchTree.setCurrentItem(item)
        self.show_on_map(item)
        self.update_buttons()

    def apply_cycle(self):
        """Store the revisit cycle in the database: it re-derives every next visit due itself."""
        if not self.database():
            return
        f = self.form
        days = {"high": f.highSpin.value(), "medium": f.mediumSpin.value(), "low": f.lowSpin.value()}
        try:
            if not self.confirm_cycle(days, self.session.due_date_changes(days)):
                return
            self.session.set_cycle_days(days)
        except (ValueError, *db.errors()) as exc:  # on a shared database, a dong's staff may not change it
            self.desk.say(tr("Not saved: {}").format(exc), Qgis.MessageLevel.Warning, 8)
            return
        self.desk.say(tr("Revisit cycle set: high {high}, medium {medium}, low {low} days.").format(**days))

    def confirm_cycle(self, days, changes):
        """Ask before a new revisit cycle re-derives due dates across the district."""
        text = (tr("The next visit due date of {n} households will change (high {high}, medium {medium}, "
                   "low {low} days). Apply the new revisit cycle?") if changes
                else tr("No household's next visit due date changes (high {high}, medium {medium}, low {low} days). "
                        "Apply the new revisit cycle?"))
        answer = QMessageBox.question(self, tr("Revisit cycle"), text.format(n=f"{changes:,}", **days),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
