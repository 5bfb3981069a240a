"""A household's timeline (visits, needs, linkages, reports, registry changes, newest first)
and the service loop: link a service to an open need (facilities offering that domain, nearest
first, or a free-text provider), then mark it provided or declined. Thin client of
:mod:`..core.visits`."""
import datetime as dt

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem

from ..core import categories as cat
from ..core import db, visits
from ..core.rows import Linkage, Need, Report, Visit
from ..i18n import tr
from ..language import ui_language
from ..session import Session
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

HOUSEHOLD_FORM = FORMS / "household_dialog.ui"
LINKAGE_FORM = FORMS / "linkage_dialog.ui"
EVENT_ROLE = 0x0100  # Qt.UserRole: the TimelineEvent of a timeline row (a facility's id in the linkage dialog)


def need_text(domain, item):
    if item and ui_language() == "en":  # the common items are stored in Korean
        item = next((en for _, ko, en in cat.COMMON_NEED_ITEMS if ko == item), item)
    return f"{label(cat.NEED_DOMAINS, domain)} · {item}" if item else label(cat.NEED_DOMAINS, domain)


def visitors_text(visit):
    """The lead visitor of a visit, then its further visitors: '최복지 (동행: 정통장, 한구청)'."""
    if not visit.companions:
        return visit.visitor or ""
    return tr("{lead} with {others}").format(lead=visit.visitor or "-", others=", ".join(visit.companions))


def event_texts(event):
    """(what, details) of a :class:`..core.rows.TimelineEvent`, in the user's language."""
    r = event.record
    if isinstance(r, Visit):
        risk = label(cat.RISK_LEVELS, r.risk_level) if r.risk_level else ""
        details = " · ".join(p for p in (label(cat.VISIT_OUTCOMES, r.outcome), risk, label(cat.VISIT_METHODS, r.method),
                                         visitors_text(r), r.notes or "") if p)
        return tr("Visit"), details
    if isinstance(r, Need):
        return tr("Need"), f"{need_text(r.domain, r.item)} — {label(cat.NEED_STATUS, r.status)}"
    if isinstance(r, Linkage):
        need = need_text(r.domain, r.item) if r.domain else ""
        return tr("Service"), " · ".join(p for p in (label(cat.LINKAGE_KINDS, r.kind), r.provider or "",
                                                     need, label(cat.LINKAGE_STATUS, r.status)) if p)
    if isinstance(r, Report):
        return tr("Report"), " · ".join(p for p in (label(cat.REPORT_CHANNELS, r.channel), r.description or "",
                                                    label(cat.REPORT_STATUS, r.status)) if p)
    return tr("Registry change"), " · ".join(p for p in (label(cat.REGISTRY_CHANGES, r.change), r.new_address or "") if p)


class HouseholdDialog(QDialog):
    """Timeline and services of one household. ``record_visit(household_id)``, when given, is
    called by the visit button (the plugin opens its visit dialog)."""

    changed = pyqtSignal()

    def __init__(self, session, household_id, parent=None, record_visit=None):
        super().__init__(parent)
        uic.loadUi(str(HOUSEHOLD_FORM), self)
        self.session = Session.of(session)
        self.database, self.household_id, self.record_visit = self.session.database, household_id, record_visit
        self.timelineTree.setColumnWidth(0, 100)
        self.timelineTree.setColumnWidth(1, 90)
        self.visitButton.setEnabled(record_visit is not None)
        self.visitButton.clicked.connect(self._visit)
        self.linkButton.clicked.connect(self.link_selected_need)
        self.providedButton.clicked.connect(lambda: self.close_selected_linkage("provided"))
        self.declinedButton.clicked.connect(lambda: self.close_selected_linkage("declined"))
        self.timelineTree.currentItemChanged.connect(self._update_buttons)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        name_buttons(self.buttonBox)
        self.reload()
        self.session.householdsChanged.connect(self._session_changed)  # once the household is there

    def reload(self):
        h = self.session.household(self.household_id)
        events = self.session.timeline(self.household_id) if h is not None else []
        if h is None:
            raise ValueError(tr("Household {} is not in the database.").format(self.household_id))
        self.household = h
        unvisited = cat.UNVISITED.ko if ui_language() == "ko" else cat.UNVISITED.en
        self.setWindowTitle(tr("Household — {}").format(h.case_no or h.head_name or ""))
        self.headerLabel.setText(
            f"<b>{household_title(h)}</b><br>" + tr("Risk: {risk} · last visit: {last} · next visit due: {due} · "
                                                    "status: {status}").format(
                risk=label(cat.RISK_LEVELS, h.risk_level) if h.risk_level else unvisited,
                last=h.last_visit_on.isoformat() if h.last_visit_on else "-",
                due=h.next_visit_due.isoformat() if h.next_visit_due else "-",
                status=label(cat.HOUSEHOLD_STATUS, h.status)))
        self.timelineTree.clear()
        for event in events:
            what, details = event_texts(event)
            item = QTreeWidgetItem([event.day.isoformat() if event.day else "", what, details])
            item.setData(0, EVENT_ROLE, event)
            item.setToolTip(2, details)
            if isinstance(event.record, Visit) and event.record.risk_level:
                item.setIcon(1, risk_icon(event.record.risk_level))
            self.timelineTree.addTopLevelItem(item)
        self._update_buttons()

    def selected_event(self):
        item = self.timelineTree.currentItem()
        return item.data(0, EVENT_ROLE) if item is not None else None

    def select(self, kind, record_id):
        for i in range(self.timelineTree.topLevelItemCount()):
            item = self.timelineTree.topLevelItem(i)
            event = item.data(0, EVENT_ROLE)
            if event.kind == kind and event.record_id == record_id:
                self.timelineTree.setCurrentItem(item)
                return item
        return None

    def _update_buttons(self, *_):
        event = self.selected_event()
        record = event.record if event is not None else None
        self.linkButton.setEnabled(isinstance(record, Need) and record.status in ("open", "linked", "dropped"))
        live = isinstance(record, Linkage) and record.status == "requested"
        self.providedButton.setEnabled(live)
        self.declinedButton.setEnabled(live)

    def _visit(self):
        self.record_visit(self.household_id)

    def _session_changed(self):
        """Anything written through the session (a visit, a service here): read the household again."""
        self.reload()
        self.changed.emit()

    def done(self, result):
        try:
            self.session.householdsChanged.disconnect(self._session_changed)
        except TypeError:
            pass  # already disconnected
        super().done(result)

    def link_selected_need(self):
        event = self.selected_event()
        if event is None or event.kind != "need":
            return None
        dialog = LinkageDialog(self.session, event.record_id, self)
        self.exec_linkage(dialog)  # a saved link reaches reload() through the session's signal
        return dialog

    def exec_linkage(self, dialog):
        """Run the linkage dialog (tests drive it instead)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def close_selected_linkage(self, status):
        event = self.selected_event()
        if event is None or event.kind != "linkage":
            return
        try:
            self.session.close_linkage(event.record_id, status)
        except (visits.InvalidInputError, *db.errors()) as exc:
            self.messageLabel.setText(tr("Not saved: {}").format(exc))
            return
        self.messageLabel.clear()


class LinkageDialog(QDialog):
    """Link a service to a need: kind, a facility offering its domain (nearest first) or a
    free-text provider, the date, notes. Saved by :func:`..core.visits.link_service`."""

    def __init__(self, session, need_id, parent=None, today=None):
        super().__init__(parent)
        uic.loadUi(str(LINKAGE_FORM), self)
        self.session = Session.of(session)
        self.database, self.need_id = self.session.database, need_id
        self.today = today or dt.date.today()
        self.linkage_id = None
        need = self.session.need(need_id)
        if need is None:
            raise ValueError(tr("Need {} is not in the database.").format(need_id))
        found = self.session.providers(need_id)
        self.needLabel.setText(tr("Need: {need} ({status})").format(need=need_text(need.domain, need.item),
                                                                    status=label(cat.NEED_STATUS, need.status)))
        fill_combo(self.kindCombo, cat.LINKAGE_KINDS, tr("— choose the kind —"))
        self.linkedDate.setDate(QDate(self.today.year, self.today.month, self.today.day))
        for provider in found:
            distance = provider.distance_m
            text = tr("{} m").format(f"{distance:,.0f}") if distance is not None else tr("not placed")
            entry = QTreeWidgetItem([provider.name, label(cat.FACILITY_KINDS, provider.kind), text, provider.phone or ""])
            entry.setData(0, EVENT_ROLE, provider.facility_id)
            entry.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.providersTree.addTopLevelItem(entry)
        self.providersTree.setColumnWidth(0, 240)
        for name in ("kindError", "linkedOnError", "providerError", "notesError"):
            getattr(self, name).setStyleSheet(ERROR_STYLE)
        self.clear_problems()
        self.providerEdit.textEdited.connect(lambda _: self.providersTree.setCurrentItem(None))
        self.providersTree.currentItemChanged.connect(lambda current, _: current and self.providerEdit.clear())
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        name_buttons(self.buttonBox, tr("Save link"))

    def clear_problems(self):
        for name in ("kindError", "linkedOnError", "providerError", "notesError"):
            getattr(self, name).clear()
            getattr(self, name).setVisible(False)

    def save(self):
        current = self.providersTree.currentItem()
        date = self.linkedDate.date()
        try:
            self.linkage_id = self.session.link_service(
                self.need_id, self.kindCombo.currentData(),
                facility_id=current.data(0, EVENT_ROLE) if current is not None else None,
                provider_name=self.providerEdit.text(), linked_on=dt.date(date.year(), date.month(), date.day()),
                notes=self.notesEdit.toPlainText(), today=self.today)
        except visits.InvalidInputError as exc:
            self.clear_problems()
            targets = {"kind": self.kindError, "linked_on": self.linkedOnError, "provider": self.providerError,
                       "notes": self.notesError}
            for field, (code, params) in exc.problems.items():
                target = targets.get(field, self.providerError)
                target.setText(problem_text(code, params))
                target.setVisible(True)
            return
        self.accept()
