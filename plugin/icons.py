"""The plugin's icon (an SVG shipped beside the code)."""
from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ICON_PATH = Path(__file__).resolve().parent / "icon.svg"


def plugin_icon():
    return QIcon(str(ICON_PATH))
