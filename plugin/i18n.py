"""Translation helpers: every user-visible string goes through :func:`tr`."""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "WelfareVisitMap"


def tr(text):
    """Translate ``text`` (English source) in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, text)
