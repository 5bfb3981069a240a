"""The dock's filter panel: criteria → one SQL predicate (:mod:`..core.filters`) set as the
households layer's filter (so the map, the attribute table and printing agree), live counts per
risk, the sorted list, named filters kept in the project, the density view and the Excel export."""
import datetime as dt
import json

from qgis.core import QgsExpression, QgsProject
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QInputDialog, QLabel, QSpinBox, QTreeWidgetItem

from ..core import categories as cat
from ..core.addresses import short_address
from ..core.filters import UNVISITED, HouseholdFilter
from ..i18n import tr
from ..language import ui_language
from .common import debounce, label, risk_icon

PROJECT_SCOPE = "WelfareVisitMap"
PROJECT_KEY = "filters"
LIST_LIMIT = 500
ITEM_ROLE = 0x0100      # Qt.UserRole: ("household", id)
SORT_ROLE = 0x0100 + 2  # the value a column sorts by
RISK_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}
DONG_COLUMN = 8  # of the list: shown when it holds every 동
# the list's columns as they stand left to right: what to act on first, within a narrow dock
LIST_ORDER = (0, 4, 5, 6, 1, 2, 3, DONG_COLUMN, 7)


def fit_columns(tree, samples, stretch=None, icon=False, depth=0, titles=()):
    """Size a list's columns to their sample texts ({column: [text]}; a long title elided, the
    whole in its tooltip, unless the column is one of ``titles``) so that they fit a narrow dock;
    the ``stretch`` column takes the width left (its text elided, the whole in the row's
    tooltip). ``icon``: the first column has one, on rows ``depth`` levels down."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(24)
    metrics, head = tree.fontMetrics(), header.fontMetrics()
    for column in range(tree.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        texts = samples.get(column, [])
        width = max([metrics.horizontalAdvance(t) for t in texts] or [0]) + 12
        if column == 0:
            width += (tree.iconSize().width() if tree.iconSize().width() > 0 else 16) + 6 if icon else 0
            width += tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        title = tree.headerItem().text(column)
        tree.headerItem().setToolTip(column, title)
        title_width = head.horizontalAdvance(title) + 10
        # a title wider than its column is elided (the whole on hover): the columns fit a 480 px dock
        tree.setColumnWidth(column, max(width, title_width) if column in titles else width)


class SortItem(QTreeWidgetItem):
    """Sorts by SORT_ROLE (numbers as numbers), text otherwise."""

    def __lt__(self, other):
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        a, b = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if a is not None and b is not None:
            return a < b
        return self.text(column) < other.text(column)


def saved_filters(project=None):
    """{name: HouseholdFilter} kept in the project."""
    text, _ = (project or QgsProject.instance()).readEntry(PROJECT_SCOPE, PROJECT_KEY, "{}")
    try:
        return {name: HouseholdFilter.from_json(value) for name, value in json.loads(text or "{}").items()}
    except (ValueError, TypeError):
        return {}


def save_filters(named, project=None):
    (project or QgsProject.instance()).writeEntry(PROJECT_SCOPE, PROJECT_KEY, json.dumps(
        {name: f.to_json() for name, f in named.items()}, ensure_ascii=False))


class FilterPanel:
    """Drives the filter tab of ``dock`` (a :class:`..dock.WelfareDock`)."""

    def __init__(self, dock):
        self.dock = dock
        f = self.form = dock.form
        lang = ui_language()
        self.loading = True  # widgets being set up: no filtering yet
        self.where = None
        self.counts = {}
        self.timer = debounce(dock, self.apply, 300)
        self.combos = {}
        specs = (("need_domains", tr("Open needs (domain)"), [(c.code, label(cat.NEED_DOMAINS, c.code))
                                                                for c in cat.NEED_DOMAINS]),
                 ("need_items", tr("Open needs (item)"), [(ko, ko if lang == "ko" else en)
                                                          for _, ko, en in cat.COMMON_NEED_ITEMS]),
                 ("household_types", tr("Household types"), [(c.code, label(cat.HOUSEHOLD_TYPES, c.code))
                                                            for c in cat.HOUSEHOLD_TYPES]),
                 ("benefit_status", tr("Benefit status"), [(c.code, label(cat.BENEFIT_STATUS, c.code))
                                                          for c in cat.BENEFIT_STATUS]),
                 ("discovery_source", tr("Discovery source"), [(c.code, label(cat.DISCOVERY_SOURCES, c.code))
                                                              for c in cat.DISCOVERY_SOURCES]),
                 ("crisis_indicators", tr("Crisis indicators"), [(c.code, label(cat.CRISIS_INDICATORS, c.code))
                                                                for c in cat.CRISIS_INDICATORS]),
                 ("tongs", tr("통 (of my dong)"), []),
                 ("status", tr("Status"), [(c.code, label(cat.HOUSEHOLD_STATUS, c.code)) for c in cat.HOUSEHOLD_STATUS]))
        for key, text, items in specs:
            combo = QgsCheckableComboBox(f.criteriaWidget)
            combo.setObjectName(f"{key}FilterCombo")
            combo.setDefaultText(tr("any"))
            for code, name in items:
                combo.addItemWithCheckState(name, Qt.CheckState.Unchecked, code)
            f.criteriaLayout.addRow(QLabel(text, f.criteriaWidget), combo)
            combo.checkedItemsChanged.connect(self.changed)
            self.combos[key] = combo
        self.combos["status"].setCheckedItems([label(cat.HOUSEHOLD_STATUS, "active")])
        self.visitor_combo = QComboBox(f.criteriaWidget)
        self.visitor_combo.setObjectName("visitorFilterCombo")
        f.criteriaLayout.addRow(QLabel(tr("Assigned visitor"), f.criteriaWidget), self.visitor_combo)
        self.visitor_combo.currentIndexChanged.connect(self.changed)
        self.members_spin = QSpinBox(f.criteriaWidget)
        self.members_spin.setObjectName("membersFilterSpin")
        self.members_spin.setRange(0, 20)
        self.members_spin.setSpecialValueText(tr("any"))
        self.members_spin.setSuffix(tr(" or more"))
        f.criteriaLayout.addRow(QLabel(tr("Household members"), f.criteriaWidget), self.members_spin)
        self.members_spin.valueChanged.connect(self.changed)
        self.found_spin = QSpinBox(f.criteriaWidget)
        self.found_spin.setObjectName("foundFilterSpin")
        self.found_spin.setRange(0, 3650)
        self.found_spin.setSpecialValueText(tr("any time"))
        self.found_spin.setSuffix(tr(" days"))
        self.found_spin.setToolTip(tr("Households found (registered) within the last N days"))
        f.criteriaLayout.addRow(QLabel(tr("Found within the last"), f.criteriaWidget), self.found_spin)
        self.found_spin.valueChanged.connect(self.changed)
        self.risk_checks = {"high": f.riskHighCheck, "medium": f.riskMediumCheck, "low": f.riskLowCheck,
                            UNVISITED: f.riskUnvisitedCheck}
        for level, check in self.risk_checks.items():
            check.setText(label(cat.RISK_LEVELS, level) if level != UNVISITED else tr("Never visited"))
            check.setIcon(risk_icon(None if level == UNVISITED else level))
            check.toggled.connect(self.changed)
        f.riskUnvisitedCheck.setToolTip(tr("No risk assessed yet: never visited, or never met at a visit"))
        for widget in (f.overdueCheck, f.notVisitedCheck):
            widget.toggled.connect(self.changed)
        f.notVisitedSpin.valueChanged.connect(self.changed)
        f.listTree.setHeaderLabels([tr("Case no."), tr("Name"), tr("Address"), tr("통"), tr("Risk"),
                                    tr("Days overdue"), tr("Open needs"), tr("Due"), tr("Dong")])
        fit_columns(f.listTree, {0: ["SDM-000000", "2026-0000"], 1: ["홍길동"], 2: ["북아현로17길 30"], 3: ["99"],
                                 4: [label(cat.RISK_LEVELS, level) for level in ("high", "medium", "low")],
                                 5: ["999"], 6: ["99"], 7: ["2026-12-31"], DONG_COLUMN: ["북가좌제2동"]}, icon=True,
                    titles=(4, 5, 6))  # what to act on: whole titles
        for visual, column in enumerate(LIST_ORDER):
            f.listTree.header().moveSection(f.listTree.header().visualIndex(column), visual)
        f.listTree.setSortingEnabled(False)
        f.listTree.header().setSectionsClickable(True)
        f.listTree.header().sectionClicked.connect(self.sort_by)
        f.listTree.itemSelectionChanged.connect(self.select_on_map)
        f.listTree.itemDoubleClicked.connect(self.open_item)
        f.listTree.currentItemChanged.connect(dock.update_buttons)
        f.clearFilterButton.clicked.connect(self.clear)
        f.saveFilterButton.clicked.connect(self.save_named)
        f.deleteFilterButton.clicked.connect(self.delete_named)
        f.savedFilterCombo.activated.connect(self.recall_index)
        f.exportListButton.clicked.connect(self.export)
        f.densityButton.toggled.connect(self.density)
        f.filterSplitter.setStretchFactor(0, 2)
        f.filterSplitter.setStretchFactor(1, 3)
        f.filterSplitter.setSizes([260, 390])
        self.loading = False

    # --- criteria <-> widgets ------------------------------------------------------------------
    def changed(self, *_):
        if not self.loading:
            self.timer.start()

    def refresh_choices(self, database):
        """Fill the 통 and visitor choices for my dong; recall the project's named filters."""
        self.loading = True
        try:
            dong = self.form.workDongCombo.currentData()
            session = self.dock.session
            tongs = session.tongs(dong) if database else []
            people = session.visitors(dong) if database else []
            combo = self.combos["tongs"]
            combo.clear()
            for tong in tongs:
                combo.addItemWithCheckState(tr("{}통").format(tong), Qt.CheckState.Unchecked, tong)
            combo.setEnabled(bool(tongs))
            self.visitor_combo.clear()
            self.visitor_combo.addItem(tr("anyone"), None)
            for visitor in people:
                self.visitor_combo.addItem(f"{visitor.name} ({label(cat.VISITOR_ROLES, visitor.role)})", visitor.id)
            self.refresh_saved()
        finally:
            self.loading = False

    def refresh_saved(self):
        combo = self.form.savedFilterCombo
        combo.clear()
        combo.addItem(tr("— saved filters —"), None)
        for name in sorted(saved_filters()):
            combo.addItem(name, name)

    def current(self):
        """The filter the widgets say (my dong included)."""
        data = {key: combo.checkedItemsData() for key, combo in self.combos.items()}
        return HouseholdFilter(
            risk=[level for level, check in self.risk_checks.items() if check.isChecked()],
            need_domains=data["need_domains"], need_items=data["need_items"],
            household_types=data["household_types"], benefit_status=data["benefit_status"],
            discovery_source=data["discovery_source"], status=data["status"],
            crisis_indicators=data["crisis_indicators"], members_min=self.members_spin.value() or None,
            found_from=(dt.date.today() - dt.timedelta(days=self.found_spin.value())).isoformat()
            if self.found_spin.value() else None,
            tongs=[int(t) for t in data["tongs"]], dong_code=self.form.workDongCombo.currentData(),
            visitor_id=self.visitor_combo.currentData(), overdue_only=self.form.overdueCheck.isChecked(),
            not_visited_days=self.form.notVisitedSpin.value() if self.form.notVisitedCheck.isChecked() else None)

    def show(self, flt):
        """Put a filter into the widgets (its 동 becomes my dong) and apply it."""
        self.loading = True
        try:
            f = self.form
            if flt.dong_code and f.workDongCombo.findData(flt.dong_code) >= 0:
                f.workDongCombo.setCurrentIndex(f.workDongCombo.findData(flt.dong_code))
            elif not flt.dong_code:
                f.workDongCombo.setCurrentIndex(0)
            for level, check in self.risk_checks.items():
                check.setChecked(level in flt.risk)
            for key in ("need_domains", "need_items", "household_types", "benefit_status", "discovery_source",
                        "crisis_indicators", "status", "tongs"):
                combo = self.combos[key]
                wanted = set(getattr(flt, key))
                combo.deselectAllOptions()
                combo.setCheckedItems([combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) in wanted])
            index = self.visitor_combo.findData(flt.visitor_id)
            self.visitor_combo.setCurrentIndex(max(0, index))
            self.members_spin.setValue(int(flt.members_min or 0))
            self.found_spin.setValue((dt.date.today() - dt.date.fromisoformat(flt.found_from)).days
                                     if flt.found_from else 0)
            f.overdueCheck.setChecked(flt.overdue_only)
            f.notVisitedCheck.setChecked(flt.not_visited_days is not None)
            if flt.not_visited_days is not None:
                f.notVisitedSpin.setValue(int(flt.not_visited_days))
        finally:
            self.loading = False
        self.apply()

    def clear(self):
        self.show(HouseholdFilter(dong_code=self.form.workDongCombo.currentData()))

    # --- named filters -------------------------------------------------------------------------
    def ask_name(self):
        name, ok = QInputDialog.getText(self.dock, tr("Save filter"), tr("Name of this filter:"))
        return name.strip() if ok else ""

    def save_named(self):
        name = self.ask_name()
        if not name:
            return
        named = saved_filters()
        named[name] = self.current()
        save_filters(named)
        self.refresh_saved()
        self.form.savedFilterCombo.setCurrentIndex(self.form.savedFilterCombo.findData(name))

    def delete_named(self):
        name = self.form.savedFilterCombo.currentData()
        named = saved_filters()
        if name in named:
            del named[name]
            save_filters(named)
            self.refresh_saved()

    def recall(self, name):
        flt = saved_filters().get(name)
        if flt is not None:
            self.show(flt)

    def recall_index(self, index):
        name = self.form.savedFilterCombo.itemData(index)
        if name:
            self.recall(name)

    # --- applying ------------------------------------------------------------------------------
    def apply(self):
        """Set the households layer's filter; count per risk; list the households."""
        self.timer.stop()
        database = self.dock.database()
        f = self.form
        f.listTree.clear()
        if not database:
            f.countsLabel.setText("")
            return
        flt = self.current()
        result = self.dock.session.apply_filter(flt, limit=LIST_LIMIT)
        where, counted, rows = result.where, result.counts, result.rows
        self.where = where
        parts = [f"<span style='color:{cat.RISK_COLOURS[level]}'>●</span> {label(cat.RISK_LEVELS, level)} "
                 f"<b>{counted[level]:,}</b>" for level in ("high", "medium", "low")]
        parts.append(f"○ {tr('Not yet visited')} <b>{counted[UNVISITED]:,}</b>")
        text = " · ".join(parts) + " — " + tr("total {}").format(f"<b>{counted['total']:,}</b>")
        if counted["total"] > LIST_LIMIT:
            text += "<br>" + tr("The list shows the first {} (sorted); the map, printing and export take all.").format(
                LIST_LIMIT)
        f.countsLabel.setText(text)
        self.counts = counted
        every_dong = not flt.dong_code
        f.listTree.setColumnHidden(DONG_COLUMN, not every_dong)
        for h in rows:
            dong = self.dock.dong_name(h.dong_code) if every_dong else ""
            item = SortItem([h.case_no or "-", h.head_name or "", short_address(h.address), str(h.tong or ""),
                             label(cat.RISK_LEVELS, h.risk_level) if h.risk_level else tr("Not yet visited"),
                             str(h.days_overdue or ""), str(h.open_needs or 0),
                             h.next_visit_due.isoformat() if h.next_visit_due else "", dong])
            item.setToolTip(2, h.address or "")
            item.setIcon(0, risk_icon(h.risk_level))
            item.setData(0, ITEM_ROLE, ("household", h.id))
            for column, value in ((3, h.tong or 0), (4, RISK_RANK.get(h.risk_level, 3)), (5, h.days_overdue or 0),
                                  (6, h.open_needs or 0)):
                item.setData(column, SORT_ROLE, value)
            f.listTree.addTopLevelItem(item)
        if f.densityButton.isChecked():
            self.dock.desk.set_density(True, where)
        self.dock.update_buttons()

    def sort_by(self, column):
        tree = self.form.listTree
        order = tree.header().sortIndicatorOrder()
        tree.sortItems(column, order)

    def select_on_map(self):
        households = self.dock.session.layers().get("households")
        if households is None:
            return
        ids = [item.data(0, ITEM_ROLE)[1] for item in self.form.listTree.selectedItems()]
        if ids:
            households.selectByExpression("\"id\" IN ({})".format(", ".join(QgsExpression.quotedString(i) for i in ids)))
        else:
            households.removeSelection()

    def open_item(self, item, *_):
        self.dock.show_on_map(item)
        self.dock.open_form()

    def export(self):
        database = self.dock.database()
        if not database:
            return None
        parameters = {"DATABASE": database, "HOUSEHOLD_FILTER": self.where or "", "PRIVACY": 0}
        chosen = [item.data(0, ITEM_ROLE)[1] for item in self.form.listTree.selectedItems()]
        if chosen:  # rows selected in the list: those only
            parameters["FILTER"] = "\"id\" IN ({})".format(", ".join(QgsExpression.quotedString(i) for i in chosen))
        return self.dock.desk.run_algorithm("export_household_list", parameters)

    def density(self, checked):
        self.dock.desk.set_density(checked, self.where)
