"""Every user-visible string goes through tr(), and Korean and English are complete."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import update_ts  # noqa: E402


def ts(lang):
    tree = ET.parse(ROOT / "i18n" / f"welfare_visit_map_{lang}.ts")
    return {m.findtext("source"): m.find("translation") for m in tree.getroot().iter("message")}


def test_every_string_of_the_code_is_in_both_ts_files_and_translated():
    strings = set(update_ts.source_strings())
    assert len(strings) > 40
    for lang in ("ko", "en"):
        messages = ts(lang)
        assert strings <= set(messages), f"run `make ts` ({lang}): {sorted(strings - set(messages))[:5]}"
        unfinished = [s for s in strings if messages[s].get("type") == "unfinished" or not messages[s].text]
        assert not unfinished, f"{lang}: untranslated {unfinished[:5]}"
    korean = ts("ko")
    assert all(any("\uac00" <= ch <= "\ud7a3" for ch in korean[s].text) for s in strings
               if s not in ("GeoPackage (*.gpkg)", "PDF", "Excel (*.xlsx)", "{} m")), "every Korean translation is in Hangul"


def test_placeholders_survive_translation():
    placeholder = re.compile(r"\{[^{}]*\}")
    for source, translation in ts("ko").items():
        assert len(placeholder.findall(source)) == len(placeholder.findall(translation.text)), source


def test_compiled_korean_translation_loads(qgis_app):
    qm = ROOT / "i18n" / "welfare_visit_map_ko.qm"
    assert qm.is_file(), "make translations"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from welfare_visit_map.plugin.i18n import tr

        assert tr("Tables") == "표"
        assert tr("Open welfare database…") == "복지 데이터베이스 열기…"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_own_buttons_speak_korean(qgis_app):
    """OK, Cancel, Close of every dialog are Qt's own words: Qt's Korean translations (installed by
    make setup) are loaded with the plugin's, so a Korean UI has no English buttons."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from welfare_visit_map.plugin.language import install_qt_translator

    translator = install_qt_translator("ko")
    assert translator is not None, "Qt's Korean translations are missing (qttranslations5-l10n)"
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
        texts = {box.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Cancel,
                                                                QDialogButtonBox.StandardButton.Close)}
        assert texts and all(re.search("[가-힣]", t) for t in texts), texts
    finally:
        QCoreApplication.removeTranslator(translator)
    assert install_qt_translator("en") is None
