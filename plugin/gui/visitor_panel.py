"""The dock's visitor tab: who visits whom in my 동 — each visitor's load (households assigned,
past due, high risk, due this week) with who is due this week under them, the households nobody
visits yet, assignment of the map's selection or of whole 통 to the chosen visitor, and each
visitor's list on paper for those without the app. Thin client of the session
(:mod:`..core.assignments`, welfarevisitmap:export_visitor_lists)."""
import datetime as dt
from pathlib import Path

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QStandardPaths
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..core import assignments, db
from ..core import categories as cat
from ..core.addresses import short_address
from ..i18n import tr
from ..session import tong_number
from .common import ERROR_STYLE, label, risk_icon

ITEM_ROLE = 0x0100


class VisitorPanel:
    def __init__(self, dock):
        self.dock = dock
        f = self.form = dock.form
        f.visitorTree.setHeaderLabels([tr("Visitor"), tr("Households"), tr("Past due"), tr("High"), tr("This week")])
        f.visitorTree.setColumnWidth(0, 150)
        for column in (1, 2, 3, 4):  # the numbers fit a 480 px dock
            f.visitorTree.setColumnWidth(column, 46)
        f.visitorTree.currentItemChanged.connect(self.update_buttons)
        f.visitorTree.itemClicked.connect(self.show_on_map)
        f.assignSelectedButton.clicked.connect(lambda: self.assign_selection(False))
        f.unassignButton.clicked.connect(lambda: self.assign_selection(True))
        f.assignTongButton.clicked.connect(self.assign_tongs)
        f.visitorListsButton.clicked.connect(self.export_lists)
        self.update_buttons()

    # --- the list -------------------------------------------------------------------------------
    def refresh(self):
        """The loads of my 동; a database that cannot be read says so here, not as a traceback."""
        try:
            self._refresh()
        except (OSError, ValueError, *db.errors()) as exc:
            self.form.visitorTree.clear()
            self._say(tr("The visitors cannot be read: {}").format(exc), True)

    def _refresh(self):
        f = self.form
        chosen = self.chosen_visitor()
        f.visitorTree.clear()
        if not self.dock.session.database:
            f.unassignedLabel.setText("")
            self.update_buttons()
            return
        dong = self.dock.my_dong()
        loads = self.dock.session.visitor_loads(dong)
        unassigned = self.dock.session.unassigned(dong)
        f.unassignedLabel.setStyleSheet(ERROR_STYLE if unassigned else "")
        f.unassignedLabel.setText(tr("{} active households have no visitor assigned.").format(unassigned) if unassigned
                                  else tr("Every active household has a visitor."))
        for load in loads:
            role = label(cat.VISITOR_ROLES, load.role) if load.role else ""
            item = QTreeWidgetItem([f"{load.name} ({role})" if role else load.name, str(load.households),
                                    str(load.overdue), str(load.high), str(load.due_this_week)])
            item.setData(0, ITEM_ROLE, ("visitor", load.visitor_id))
            item.setToolTip(0, tr("{name}: {households} households, {overdue} past due, {high} at high risk, {week} due "
                                  "this week").format(name=load.name, households=load.households, overdue=load.overdue,
                                                      high=load.high, week=load.due_this_week))
            f.visitorTree.addTopLevelItem(item)
            if load.due_this_week:
                for h in self.dock.session.due_list(load.visitor_id, dong):
                    due = h.next_visit_due.isoformat()[2:] if h.next_visit_due else tr("never visited")
                    child = QTreeWidgetItem([f"{h.head_name or h.case_no or '-'} · {short_address(h.address)} · {due}"])
                    child.setIcon(0, risk_icon(h.risk_level))
                    child.setToolTip(0, f"{h.address or ''} · {h.tong or '-'}통")
                    child.setData(0, ITEM_ROLE, ("household", h.id))
                    item.addChild(child)
                    child.setFirstColumnSpanned(True)  # one line: who, where, when (once in the tree)
            if load.visitor_id == chosen:
                f.visitorTree.setCurrentItem(item)
        self.update_buttons()

    def chosen_visitor(self):
        item = self.form.visitorTree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        data = item.data(0, ITEM_ROLE) if item is not None else None
        return data[1] if data else None

    def update_buttons(self, *_):
        f = self.form
        has_database = bool(self.dock.session.database)
        chosen = self.chosen_visitor() is not None
        f.assignSelectedButton.setEnabled(has_database and chosen)
        f.assignTongButton.setEnabled(has_database and chosen)
        f.unassignButton.setEnabled(has_database)
        f.visitorListsButton.setEnabled(has_database)

    def show_on_map(self, item, *_):
        data = item.data(0, ITEM_ROLE)
        if data and data[0] == "household":
            self.dock.show_on_map(item)

    # --- assigning --------------------------------------------------------------------------------
    def _say(self, text, error=False):
        """A refusal stays under the list (red); what was done goes to QGIS's message bar, the
        count of households with nobody staying where it is."""
        if error:
            self.form.unassignedLabel.setStyleSheet(ERROR_STYLE)
            self.form.unassignedLabel.setText(text)
        else:
            self.dock.desk.say(text)

    def assign_selection(self, unassign=False):
        """The households selected on the map to the chosen visitor (or to nobody)."""
        households = self.dock.session.layers().get("households")
        ids = [f["id"] for f in households.selectedFeatures()] if households is not None else []
        if not ids:
            self._say(tr("Select households on the map first."), True)
            return 0
        visitor = None if unassign else self.chosen_visitor()
        try:
            changed = self.dock.session.assign(ids, visitor)
        except (assignments.AssignmentError, *db.errors()) as exc:
            self._say(tr("Not saved: {}").format(exc), True)
            return 0
        self.refresh()
        self._say(tr("{} households assigned.").format(changed) if visitor else
                  tr("{} households unassigned.").format(changed))
        return changed

    def assign_tongs(self):
        """Every active household of the 통 selected on the map to the chosen visitor (all of a 통
        to its 복지통장)."""
        districts = self.dock.session.layers().get("districts")
        tongs = [f for f in districts.selectedFeatures() if f["level"] == "tong"] if districts is not None else []
        if not tongs:
            self._say(tr("Select 통 on the map first (the districts layer)."), True)
            return 0
        ids = []
        try:
            for feature in tongs:
                ids += self.dock.session.tong_households(feature["parent_code"], [tong_number(feature["code"])])
            changed = self.dock.session.assign(ids, self.chosen_visitor())
        except (assignments.AssignmentError, *db.errors()) as exc:
            self._say(tr("Not saved: {}").format(exc), True)
            return 0
        self.refresh()
        self._say(tr("{} households of {} 통 assigned.").format(changed, len(tongs)))
        return changed

    def export_lists(self, folder=None):
        """Each visitor's list of who is due this week, as a workbook in my documents."""
        folder = folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        name = f"{tr('Visitors lists')}_{self.form.workDongCombo.currentText()}_{dt.datetime.now():%Y%m%d-%H%M%S}.xlsx"
        output = str(Path(folder) / name.replace(" ", "_").replace("/", "_"))
        try:
            result = self.dock.session.print("export_visitor_lists", {"AREA": self.dock.my_dong() or "",
                                                                        "DAYS": 7, "OUTPUT": output})
        except (QgsProcessingException, OSError) as exc:
            self._say(str(exc), True)
            return None
        self._say(tr("{} visitors' lists written to {}.").format(result["VISITORS"], output))
        return output
