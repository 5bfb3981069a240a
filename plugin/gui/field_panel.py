"""The dock's field tab: a package of 통 for QField, its results merged back (with a summary of
what was added, proposed and in conflict), and what the office must decide — household edits
made in the field and records that met a conflict — accepted or rejected one by one. Thin client
of the session (welfarevisitmap:package_for_field, merge_field_package, :mod:`..core.fieldwork`)."""
from qgis.core import QgsProcessingException
from qgis.PyQt.QtWidgets import QFileDialog, QTreeWidgetItem

from ..algorithms.field import error_text
from ..core import categories as cat
from ..core import db
from ..core import fieldwork as fw
from ..i18n import tr
from .common import ERROR_STYLE, label, problem_text

ITEM_ROLE = 0x0100
def field_names():
    """Household fields as the office reads them in a proposal."""
    return {"head_name": tr("Name"), "phone": tr("Phone"), "address": tr("Address"),
            "address_detail": tr("Address detail"), "ban": tr("반"), "household_types": tr("Household types"),
            "benefit_status": tr("Benefit status"), "share_consent": tr("Consent to share"),
            "members": tr("Members"), "crisis_indicators": tr("Crisis indicators"),
            "assigned_visitor_id": tr("Assigned visitor"), "notes": tr("Notes"), "geom": tr("Place on the map")}


def proposal_text(review, lang="ko"):
    """What a review is about, in a line: the fields edited (old → new), or the visit recorded."""
    p = review.proposal
    if review.table_name in ("visits", "needs") and p and all(isinstance(v, dict) and "to" in v for v in p.values()):
        names, parts = record_field_names(), []  # a correction of a visit or a need on record
        for column, change in p.items():
            before = tr("(not in the package)") if change.get("blind") else _coded(column, change.get("from"))
            parts.append(f"{names.get(column, column)}: {before} → {_coded(column, change.get('to'))}")
        return "; ".join(parts)
    if review.table_name == "households" and review.kind != "invalid":
        parts, names = [], field_names()
        for column, change in p.items():
            name = names.get(column, column)
            if column == "geom":
                parts.append(tr("{}: moved").format(name))
            elif change.get("blind"):  # the package did not hold it (a volunteer's)
                parts.append(f"{name}: {tr('(not in the package)')} → {_value(change.get('to'))}")
            else:
                parts.append(f"{name}: {_value(change.get('from'))} → {_value(change.get('to'))}")
        return "; ".join(parts)
    if review.table_name == "visits":
        text = f"{db.text_day(p.get('visited_on')) or '?'} {label(cat.VISIT_OUTCOMES, p.get('outcome')) or ''}"
        if p.get("risk_level"):
            text += " · " + label(cat.RISK_LEVELS, p["risk_level"])
        if p.get("needs"):
            text += " · " + tr("{} needs").format(len(p["needs"]))
        return text
    if review.table_name == "needs":
        return f"{label(cat.NEED_DOMAINS, p.get('domain')) or '?'} {p.get('item') or ''}".strip()
    return reason_text(review.reason)


def reason_text(reason):
    """Why a record waits for the office, in the user's words."""
    code = reason.get("code")
    if code == "edited":
        return tr("Edited in the field.")
    if code == "versions":
        return tr("Saved at the office since packaging (version {} packaged, {} now).").format(
            reason.get("packaged"), reason.get("office"))
    if code == "gone":
        return tr("The household is {} at the office since packaging.").format(
            label(cat.HOUSEHOLD_STATUS, reason.get("status")) if reason.get("status") != "deleted" else tr("deleted"))
    if code == "problems":
        return " ".join(problem_text(problem[0], problem[1]) for problem in reason.get("problems", {}).values())
    return tr("Refused by the database's rules: {}").format(reason.get("detail") or "-")


def record_field_names():
    """The fields of a visit or a need as the office reads them in a proposal."""
    return {"visited_on": tr("Visit date"), "visitor_id": tr("Visitor"), "method": tr("Method"),
            "outcome": tr("Outcome"), "risk_level": tr("Risk"), "notes": tr("Notes"), "domain": tr("Need domain"),
            "item": tr("Item"), "status": tr("Status")}


CODED = {"method": cat.VISIT_METHODS, "outcome": cat.VISIT_OUTCOMES, "risk_level": cat.RISK_LEVELS,
         "domain": cat.NEED_DOMAINS, "status": cat.NEED_STATUS}


def _coded(column, value):
    return label(CODED[column], value) if column in CODED and value else _value(value)


def _value(value):
    if value in (None, ""):
        return tr("(empty)")
    if value in (True, 1) and not isinstance(value, str):
        return str(value)
    return str(value).strip("{}")


class FieldPanel:
    def __init__(self, dock):
        self.dock = dock
        f = self.form = dock.form
        f.reviewTree.setHeaderLabels([tr("Kind"), tr("Household"), tr("What came from the field")])
        f.reviewTree.setColumnWidth(0, 112)  # 현장 수정 제안; the conflicts' longer names on hover
        f.reviewTree.setColumnWidth(1, 64)
        f.packageButton.clicked.connect(lambda: dock.desk.field_dialog(dock.my_dong()))
        f.mergeButton.clicked.connect(self.merge_dialog)
        f.acceptReviewButton.clicked.connect(lambda: self.decide(True))
        f.rejectReviewButton.clicked.connect(lambda: self.decide(False))
        f.reviewTree.currentItemChanged.connect(self.update_buttons)
        self.update_buttons()

    def refresh(self):
        f = self.form
        f.reviewTree.clear()
        if not self.dock.session.database:
            self.update_buttons()
            return
        try:
            reviews = self.dock.session.field_reviews(self.dock.my_dong())
        except db.errors() as exc:
            f.mergeSummaryLabel.setText(str(exc))
            reviews = []
        for review in reviews:
            kind = label(cat.REVIEW_KINDS, review.kind)
            who = review.head_name or tr("(new household)")
            item = QTreeWidgetItem([kind, who, proposal_text(review)])
            item.setToolTip(0, kind)
            item.setToolTip(2, "\n".join(t for t in (proposal_text(review), reason_text(review.reason),
                                                      tr("Visitor: {}").format(review.visitor_name or "-")) if t))
            item.setData(0, ITEM_ROLE, review.id)
            f.reviewTree.addTopLevelItem(item)
        self.update_buttons()

    def update_buttons(self, *_):
        chosen = self.form.reviewTree.currentItem() is not None
        self.form.acceptReviewButton.setEnabled(chosen)
        self.form.rejectReviewButton.setEnabled(chosen)

    def merge_dialog(self):
        if not self.dock.desk.need_database():
            return None
        path, _ = QFileDialog.getOpenFileName(self.dock, tr("The field package to merge (its .gpkg)"), "",
                                              tr("GeoPackage (*.gpkg)"))
        return self.merge(path) if path else None

    def merge(self, path):
        f = self.form
        try:
            result = self.dock.session.merge_field_package(path)
        except QgsProcessingException as exc:
            f.mergeSummaryLabel.setStyleSheet(ERROR_STYLE)
            f.mergeSummaryLabel.setText(str(exc))
            return None
        f.mergeSummaryLabel.setStyleSheet("")
        f.mergeSummaryLabel.setText(result["SUMMARY"])
        self.refresh()
        return result

    def decide(self, accept):
        item = self.form.reviewTree.currentItem()
        if item is None:
            return
        try:
            self.dock.session.decide_review(item.data(0, ITEM_ROLE), accept)
        except (fw.FieldPackageError, *db.errors()) as exc:
            text = error_text(exc) if isinstance(exc, fw.FieldPackageError) else str(exc)
            self.form.mergeSummaryLabel.setStyleSheet(ERROR_STYLE)
            self.form.mergeSummaryLabel.setText(tr("Not saved: {}").format(text))
        self.refresh()
