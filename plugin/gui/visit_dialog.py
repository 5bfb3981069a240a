"""The visit dialog (forms/visit_dialog.ui): one visit and the needs found, saved in one
transaction by :func:`..core.visits.record_visit`; problems are shown at their field."""
import datetime as dt

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QSizePolicy, QToolButton

from ..core import categories as cat
from ..core import visits
from ..core.rows import NeedInput, VisitInput
from ..i18n import tr
from ..language import ui_language
from ..session import Session
from . import memory
from .common import (
    ERROR_STYLE,
    FORMS,
    fill_combo,
    household_title,
    label,
    name_buttons,
    problem_text,
    risk_icon,
)

FORM = FORMS / "visit_dialog.ui"
RISK_RADIOS = (("high", "highRadio"), ("medium", "mediumRadio"), ("low", "lowRadio"))
ERROR_LABELS = {"visited_on": "visitedOnError", "visitor_id": "visitorIdError", "outcome": "outcomeError",
                "risk_level": "riskLevelError", "needs": "needsError", "notes": "notesError",
                "method": "outcomeError", "household": "outcomeError", "companions": "companionsError"}
NEED_ROLE = 0x0100 + 1  # Qt.UserRole + 1: the NeedInput of a list row
# a chosen need reads as chosen at a glance: filled, bold, with a dark border (unchosen: plain)
NEED_BUTTON_STYLE = ("QToolButton { padding: 3px 6px; border: 1px solid palette(mid); border-radius: 3px; "
                     "background: palette(button); } "
                     "QToolButton:hover { border-color: #1565c0; } "
                     "QToolButton:checked { background: #1565c0; color: white; font-weight: bold; "
                     "border: 2px solid #0d3c7a; }")


class VisitDialog(QDialog):
    """Record a visit to ``household_id`` through ``session`` (a :class:`..session.Session`, or a
    database name: a session of its own)."""

    saved = pyqtSignal(str)  # the new visit's id

    def __init__(self, session, household_id, parent=None, today=None):
        super().__init__(parent)
        uic.loadUi(str(FORM), self)
        self.session = Session.of(session)
        self.database = self.session.database
        self.household_id = household_id
        self.today = today or dt.date.today()
        self.visit_id = None
        lang = ui_language()
        household = self.session.household(household_id)
        if household is None:
            raise ValueError(tr("Household {} is not in the database.").format(household_id))
        self.household = household
        self.visitor_rows = self.session.visitors(household.dong_code)
        self.setWindowTitle(tr("Record visit — {}").format(household.case_no or household.head_name or ""))
        self.householdLabel.setText(self._header())
        self.visitDate.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.companionsCombo.setDefaultText(tr("— none —"))
        self._fill_visitors(select=memory.recall(self.database, "visitor"))  # the last one this user chose
        fill_combo(self.methodCombo, cat.VISIT_METHODS)
        fill_combo(self.outcomeCombo, cat.VISIT_OUTCOMES, tr("— choose the outcome —"))
        fill_combo(self.needDomainCombo, cat.NEED_DOMAINS, tr("— domain —"))
        fill_combo(self.newVisitorRole, cat.VISITOR_ROLES)
        for level, name in RISK_RADIOS:
            radio = getattr(self, name)
            radio.setText(label(cat.RISK_LEVELS, level))
            radio.setIcon(risk_icon(level))
        self.common_buttons = []
        for i, (domain, ko, en) in enumerate(cat.COMMON_NEED_ITEMS):
            button = QToolButton(self.commonItems)
            button.setObjectName(f"commonNeed{i}")
            button.setText(ko if lang == "ko" else en)
            button.setToolTip(label(cat.NEED_DOMAINS, domain))
            button.setCheckable(True)
            button.setStyleSheet(NEED_BUTTON_STYLE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("need_domain", domain)
            button.setProperty("need_item", ko)  # stored in Korean whatever the interface language
            self.commonLayout.addWidget(button, i // 5, i % 5)
            self.common_buttons.append(button)
        self.newVisitorFrame.setVisible(False)
        for name in set(ERROR_LABELS.values()):
            getattr(self, name).setStyleSheet(ERROR_STYLE)
        self.clear_problems()
        # a field's problem goes away as soon as the field is filled in or changed
        self.visitDate.dateChanged.connect(lambda *_: self._field_changed("visited_on"))
        self.visitorCombo.currentIndexChanged.connect(lambda *_: self._field_changed("visitor_id"))
        self.visitorCombo.currentIndexChanged.connect(self._lead_changed)
        self.companionsCombo.checkedItemsChanged.connect(lambda *_: self._field_changed("companions"))
        self.outcomeCombo.currentIndexChanged.connect(lambda *_: self._field_changed("outcome", "risk_level"))
        for _, name in RISK_RADIOS:
            getattr(self, name).toggled.connect(lambda *_: self._field_changed("risk_level"))
        for button in self.common_buttons:
            button.toggled.connect(lambda *_: self._field_changed("needs"))
        self.needDomainCombo.currentIndexChanged.connect(lambda *_: self._field_changed("needs"))
        self.notesEdit.textChanged.connect(lambda: self._field_changed("notes"))
        self.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self.addVisitorButton.toggled.connect(self.newVisitorFrame.setVisible)
        self.newVisitorSave.clicked.connect(self.add_visitor)
        self.addNeedButton.clicked.connect(self.add_need)
        self.removeNeedButton.clicked.connect(self.remove_need)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        name_buttons(self.buttonBox, tr("Save visit"))
        self._outcome_changed()

    def _header(self):
        h = self.household
        due = h.next_visit_due.isoformat() if h.next_visit_due else "-"
        risk = (label(cat.RISK_LEVELS, h.risk_level) if h.risk_level
                else cat.UNVISITED.ko if ui_language() == "ko" else cat.UNVISITED.en)
        return (f"<b>{household_title(h)}</b><br>"
                + tr("Risk: {risk} · next visit due: {due} · status: {status}").format(
                    risk=risk, due=due, status=label(cat.HOUSEHOLD_STATUS, h.status)))

    def _fill_visitors(self, select=None):
        self.visitorCombo.clear()
        self.visitorCombo.addItem(tr("— choose the visitor —"), None)
        for visitor in self.visitor_rows:
            self.visitorCombo.addItem(f"{visitor.name} ({label(cat.VISITOR_ROLES, visitor.role)})", visitor.id)
        index = self.visitorCombo.findData(select) if select else -1
        if index >= 0:  # a visitor of another 동 (or one gone) is not preset
            self.visitorCombo.setCurrentIndex(index)
        self._fill_companions()

    def _fill_companions(self):
        """The further visitors to tick: the same visitors as the lead's list (those ticked stay)."""
        ticked = set(self.companions())
        self.companionsCombo.clear()
        for visitor in self.visitor_rows:
            self.companionsCombo.addItemWithCheckState(
                f"{visitor.name} ({label(cat.VISITOR_ROLES, visitor.role)})",
                Qt.CheckState.Checked if visitor.id in ticked else Qt.CheckState.Unchecked, visitor.id)
        self._lead_changed()

    def _lead_changed(self, *_):
        """The lead visitor is no further visitor of the same visit: unticked there."""
        lead = self.visitorCombo.currentData()
        index = self.companionsCombo.findData(lead) if lead else -1
        if index >= 0 and self.companionsCombo.itemCheckState(index) == Qt.CheckState.Checked:
            self.companionsCombo.setItemCheckState(index, Qt.CheckState.Unchecked)

    def _field_changed(self, *fields):
        for field in fields:
            error = getattr(self, ERROR_LABELS[field])
            error.clear()
            error.setVisible(False)

    def _outcome_changed(self, *_):
        met = self.outcomeCombo.currentData() in cat.MET_OUTCOMES
        for _, name in RISK_RADIOS:
            radio = getattr(self, name)
            radio.setEnabled(met)
        if not met:
            self._clear_risk()
        self.riskLabel.setText(tr("Risk *") if met else tr("Risk"))

    def _clear_risk(self):
        for _, name in RISK_RADIOS:
            radio = getattr(self, name)
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)

    # --- values -------------------------------------------------------------------------------
    def companions(self):
        """The ids of the further visitors ticked, in the list's order."""
        return tuple(self.companionsCombo.checkedItemsData())

    def risk(self):
        return next((level for level, name in RISK_RADIOS if getattr(self, name).isChecked()), None)

    def visit(self):
        date = self.visitDate.date()
        return VisitInput(visited_on=dt.date(date.year(), date.month(), date.day()),
                          visitor_id=self.visitorCombo.currentData(), method=self.methodCombo.currentData(),
                          outcome=self.outcomeCombo.currentData(), risk_level=self.risk(),
                          notes=self.notesEdit.toPlainText(), companions=self.companions())

    def needs(self):
        needs = [NeedInput(domain=b.property("need_domain"), item=b.property("need_item"))
                 for b in self.common_buttons if b.isChecked()]
        needs += [self.needsList.item(i).data(NEED_ROLE) for i in range(self.needsList.count())]
        return needs

    # --- actions ------------------------------------------------------------------------------
    def add_need(self):
        domain = self.needDomainCombo.currentData()
        item = self.needItemEdit.text().strip()
        if not domain:
            self.show_problems({"needs": ("need_domain", {"row": len(self.needs()) + 1})})
            self.needDomainCombo.setFocus()
            return
        need = NeedInput(domain=domain, item=item or None)
        entry = QListWidgetItem(f"{label(cat.NEED_DOMAINS, domain)} · {item}" if item else label(cat.NEED_DOMAINS, domain))
        entry.setData(NEED_ROLE, need)
        self.needsList.addItem(entry)
        self.needItemEdit.clear()
        self.needDomainCombo.setCurrentIndex(0)
        self.needsError.setVisible(False)

    def remove_need(self):
        for entry in self.needsList.selectedItems():
            self.needsList.takeItem(self.needsList.row(entry))

    def add_visitor(self):
        try:
            vid = self.session.add_visitor(self.newVisitorName.text(), self.newVisitorRole.currentData(),
                                           self.household.dong_code)
            self.visitor_rows = self.session.visitors(self.household.dong_code)
        except visits.InvalidInputError as exc:
            self.show_problems({"visitor_id": next(iter(exc.problems.values()))})
            return
        except Exception as exc:  # noqa: BLE001 - the database refused (either engine): say so, keep the dialog
            QMessageBox.warning(self, self.windowTitle(), tr("Not saved: {}").format(exc))
            return
        self._fill_visitors(select=vid)
        self.newVisitorName.clear()
        self.addVisitorButton.setChecked(False)

    def clear_problems(self):
        for name in set(ERROR_LABELS.values()):
            getattr(self, name).clear()
            getattr(self, name).setVisible(False)

    def show_problems(self, problems):
        """Each problem in red under its field; the first field gets the focus."""
        self.clear_problems()
        for field, (code, params) in problems.items():
            target = getattr(self, ERROR_LABELS.get(field, "outcomeError"))
            text = problem_text(code, params)
            target.setText(f"{target.text()} {text}".strip())
            target.setVisible(True)
        focus = {"visited_on": self.visitDate, "visitor_id": self.visitorCombo,
                 "companions": self.companionsCombo, "outcome": self.outcomeCombo,
                 "risk_level": self.highRadio, "needs": self.needDomainCombo, "notes": self.notesEdit}
        first = next((f for f in focus if f in problems), None)
        if first:
            focus[first].setFocus()

    def confirm_closing(self, outcome):
        """Moved or deceased takes the household off the working map: ask first."""
        answer = QMessageBox.question(
            self, self.windowTitle(),
            tr("Outcome “{}” closes this household: it leaves the working map and its open needs are dropped. "
               "Save?").format(label(cat.VISIT_OUTCOMES, outcome)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save(self):
        visit, needs = self.visit(), self.needs()
        try:
            self.visit_id = self.session.record_visit(self.household_id, visit, needs, self.today,
                                                      confirm_closing=self.confirm_closing)
        except visits.InvalidInputError as exc:
            self.show_problems(exc.problems)
            return
        except Exception as exc:  # noqa: BLE001 - the database refused: say so, keep the dialog open
            QMessageBox.warning(self, self.windowTitle(), tr("The visit was not saved: {}").format(exc))
            return
        if self.visit_id is None:  # a closing outcome the user did not confirm
            return
        memory.remember(self.database, "visitor", visit.visitor_id)
        self.saved.emit(self.visit_id)
        self.accept()
