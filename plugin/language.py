"""Which language the plugin speaks: Korean first, English when QGIS runs in English."""
import os
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    translator.qt = install_qt_translator(lang)  # kept alive with the plugin's
    return translator


def qt_translations_path():
    """Where Qt keeps its own translations (Qt 5 and Qt 6 name the call differently)."""
    if hasattr(QLibraryInfo, "path"):  # Qt 6
        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QLibraryInfo.location(QLibraryInfo.TranslationsPath)


def install_qt_translator(lang):
    """Qt's own words (OK, Cancel, Close, Yes, No …) in ``lang``, from Qt's translations (Debian:
    qttranslations5-l10n, installed by make setup). QGIS loads them itself for its own locale; the
    plugin does too, so that its dialogs' buttons speak its language when WELFARE_VISIT_MAP_LANG
    differs from QGIS's. None when Qt has no such file."""
    if lang == "en":
        return None
    translator = QTranslator()
    if not translator.load(f"qtbase_{lang}", qt_translations_path()):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
