"""Which language the plugin speaks: Korean first, English when QGIS runs in English."""
import os
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
ENV_OVERRIDE = "WELFARE_VISIT_MAP_LANG"


def ui_language():
    """'en' when QGIS's locale is English, else 'ko' (the primary language).

    The environment variable WELFARE_VISIT_MAP_LANG=ko|en overrides it (tests, scripts)."""
    forced = os.environ.get(ENV_OVERRIDE, "").lower()
    if forced in ("ko", "en"):
        return forced
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return "en" if str(locale).lower().startswith("en") else "ko"


def install_translator(lang=None):
    """Load i18n/welfare_visit_map_<lang>.qm into the application; returns the translator
    (keep a reference) or None when there is no compiled file."""
    lang = lang or ui_language()
    qm = I18N_DIR / f"welfare_visit_map_{lang}.qm"
    if not qm.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
