"""The dock's resource tab: welfare facilities near the chosen households that offer services
for their open needs (nearest first, with distance and phone), and a facility search by name,
kind or service. Thin client of :mod:`..core.resources`."""
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..core import categories as cat
from ..core import resources
from ..i18n import tr
from .common import debounce, label

ITEM_ROLE = 0x0100


class ResourcePanel:
    def __init__(self, dock):
        self.dock = dock
        f = self.form = dock.form
        f.resourceTree.setHeaderLabels([tr("Household"), tr("Facility"), tr("Kind"), tr("Services"), tr("Distance"),
                                        tr("Phone")])
        f.resourceTree.setColumnWidth(0, 110)
        f.resourceTree.setColumnWidth(1, 160)
        f.nearButton.clicked.connect(self.near)
        self.timer = debounce(dock, self.search)
        f.facilitySearchEdit.textChanged.connect(lambda _: self.timer.start())
        f.resourceTree.itemClicked.connect(self.show_facility)

    def chosen_households(self):
        """The households chosen: the filter list's selection, else the map's, else the dock's row."""
        f = self.form
        ids = [i.data(0, ITEM_ROLE)[1] for i in f.listTree.selectedItems() if i.data(0, ITEM_ROLE)]
        if not ids:
            households = self.dock.session.layers().get("households")
            if households is not None:
                ids = [feature["id"] for feature in households.selectedFeatures()]
        if not ids:
            kind, hid = self.dock.last_household
            ids = [hid] if hid else []
        return ids

    def near(self):
        database = self.dock.database()
        tree = self.form.resourceTree
        tree.clear()
        ids = self.chosen_households()
        if not database or not ids:
            self.dock.desk.say(tr("Choose households first: in a list or on the map."), seconds=4)
            return []
        matches = self.dock.session.nearest_resources(ids[:200], self.form.distanceSpin.value())
        for m in matches:
            services = ", ".join(label(cat.NEED_DOMAINS, d) for d in m.domains.split(","))
            item = QTreeWidgetItem([m.case_no or "-", m.facility_name, label(cat.FACILITY_KINDS, m.kind), services,
                                    tr("{} m").format(f"{m.distance:,.0f}"), m.phone or ""])
            item.setData(0, ITEM_ROLE, ("facility", m.facility_id))
            tree.addTopLevelItem(item)
        if not matches:
            tree.addTopLevelItem(QTreeWidgetItem([tr("No facility within the distance offers these needs' services.")]))
        return matches

    def search(self):
        database = self.dock.database()
        tree = self.form.resourceTree
        text = self.form.facilitySearchEdit.text()
        if not database or not text.strip():
            return []
        tree.clear()
        found = self.dock.session.find_facilities(text)
        for facility in found:
            item = QTreeWidgetItem(["", facility.name, label(cat.FACILITY_KINDS, facility.kind),
                                    ", ".join(label(cat.NEED_DOMAINS, d) for d in resources.domains(facility.services)),
                                    facility.address or "", facility.phone or ""])
            item.setData(0, ITEM_ROLE, ("facility", facility.id))
            tree.addTopLevelItem(item)
        return found

    def show_facility(self, item, *_):
        data = item.data(0, ITEM_ROLE)
        if data:
            self.dock.show_on_map(item)
