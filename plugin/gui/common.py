"""What the plugin's dialogs share: the user, problem texts, category combos, risk icons."""
import getpass
from pathlib import Path

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap
from qgis.PyQt.QtWidgets import QDialogButtonBox

from ..core import categories as cat
from ..i18n import tr
from ..language import ui_language

FORMS = Path(__file__).resolve().parent.parent.parent / "forms"
ERROR_STYLE = "color: #c00000;"


def current_user():
    """Who edits: the operating-system account QGIS runs under (as the audit trail records)."""
    return getpass.getuser()


def label(categories, code):
    return cat.label(categories, code, ui_language())


def problem_text(code, params=None):
    """The user's words for a problem code of :mod:`..core.visits`."""
    params = params or {}
    texts = {
        "required": tr("Required."),
        "future_date": tr("{date} is in the future (today is {today})."),
        "before_household": tr("{date} is before this household was on record ({since})."),
        "risk_required": tr("The household was met: choose its risk."),
        "risk_not_met": tr("A risk is only recorded when the household was met."),
        "need_domain": tr("Need {row} has no domain: choose one."),
        "unknown_code": tr("Unknown value: {value}."),
        "rrn": tr("Remove the resident registration number: it is never stored."),
        "provider_required": tr("Choose a facility or write the provider's name."),
        "need_closed": tr("This need is closed already."),
        "not_found": tr("Not found in the database."),
        "companion_is_lead": tr("The visitor is already the lead of this visit."),
        "no_database": tr("Open a welfare database first."),
    }
    text = texts.get(code, code)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def fill_combo(combo, categories, placeholder=None):
    combo.clear()
    if placeholder is not None:
        combo.addItem(placeholder, None)
    for c in categories:
        combo.addItem(label(categories, c.code), c.code)


def select_data(combo, value):
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def risk_icon(level, size=14):
    """A filled circle in the risk's map colour (white with a dark ring when not visited)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#333333"))
    painter.setBrush(QColor(cat.RISK_COLOURS.get(level, "#ffffff")))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def household_title(household):
    """'case · name · address' of a :class:`..core.rows.Household`."""
    parts = [household.case_no or tr("(no case number)"), household.head_name or tr("(no name)"),
             household.address or tr("(no address)")]
    return " · ".join(str(p) for p in parts)


def name_buttons(box, save=None):
    """Our own words on a dialog's standard buttons (Qt's translations are not always installed)."""
    texts = {QDialogButtonBox.StandardButton.Cancel: tr("Cancel"), QDialogButtonBox.StandardButton.Close: tr("Close"),
             QDialogButtonBox.StandardButton.Save: save or tr("Save")}
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def debounce(parent, slot, msec=250):
    """A single-shot timer that calls ``slot`` once typing or ticking has paused for ``msec``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer
