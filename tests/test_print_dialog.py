"""The plugin's own print window: my 동 chosen, 통 as checkboxes, privacy in words, no
expression in sight, a PDF in my documents, progress, cancel, and "open the PDF"."""
import shutil
import subprocess

import pytest
from conftest import ensure_provider, last_audit
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

DONG = "1141055500"  # 북아현동


@pytest.fixture
def session(demo_dir, tmp_path, qgis_new_project, qgis_processing):
    from welfare_visit_map.plugin.project import open_database
    from welfare_visit_map.plugin.session import Session

    ensure_provider()
    copy = tmp_path / "demo.gpkg"
    shutil.copy(demo_dir / "demo.gpkg", copy)
    open_database(str(copy))
    session = Session(QgsProject.instance())
    yield session
    session.close()


def tong_count(session, dong):
    with session.reading() as conn:
        return conn.execute("SELECT count(*) FROM districts WHERE level = 'tong' AND parent_code = ?",
                            (dong,)).fetchone()[0]


def visible_texts(dialog):
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.itemText(i) for w in dialog.findChildren(QComboBox) for i in range(w.count())]
    return texts + [w.text() for w in dialog.findChildren(QLineEdit)]


def test_my_dong_and_its_tong_are_chosen_and_no_expression_is_shown(session):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    dialog = PrintDialog(session, "maps", DONG)
    assert dialog.dongCombo.currentText() == "북아현동"
    assert dialog.tongList.count() == tong_count(session, DONG) >= 10
    assert all(dialog.tongList.item(i).checkState() == Qt.CheckState.Checked for i in range(dialog.tongList.count()))
    assert dialog.tongList.item(0).text() == "1통"  # in their number's order, not as text
    texts = visible_texts(dialog)
    assert not [t for t in texts if "parent_code" in t or "\"" in t or " = " in t], texts
    # privacy in words: what the paper shows, not a mode's name
    assert "이름" in dialog.staffRadio.text() and "개인정보" in dialog.partnerRadio.text()
    # a file in my documents, named by what, where and when
    output = dialog.outputEdit.text()
    assert "/tmp" not in output and output.endswith(".pdf") and "복지방문지도_북아현동_" in output
    parameters = dialog.parameters()
    assert parameters["LEVEL"] == 0 and parameters["FILTER"] == f"\"parent_code\" = '{DONG}'"
    assert parameters["PRIVACY"] == 0 and (parameters["PAPER"], parameters["ORIENTATION"]) == (0, 0)
    # 통 ticked off: only those left print
    dialog.noTongsButton.click()
    assert dialog.pages == 0 and not dialog.printButton.isEnabled()
    first, third = dialog.tongList.item(0), dialog.tongList.item(2)
    first.setCheckState(Qt.CheckState.Checked)
    third.setCheckState(Qt.CheckState.Checked)
    codes = [first.data(Qt.ItemDataRole.UserRole), third.data(Qt.ItemDataRole.UserRole)]
    assert dialog.parameters()["FILTER"] == "\"code\" IN ('{}', '{}')".format(*codes)
    assert dialog.pages == 2 and dialog.printButton.isEnabled()
    dialog.partnerRadio.setChecked(True)
    dialog.paperCombo.setCurrentIndex(3)  # A4 portrait
    parameters = dialog.parameters()
    assert parameters["PRIVACY"] == 1 and (parameters["PAPER"], parameters["ORIENTATION"]) == (1, 1)
    dialog.dongRadio.setChecked(True)
    assert not dialog.tongGroup.isVisibleTo(dialog)
    assert dialog.parameters()["FILTER"] == f"\"code\" = '{DONG}'" and dialog.parameters()["LEVEL"] == 1


def test_every_dong_prints_a_page_per_dong_never_every_tong(session):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    dialog = PrintDialog(session, "maps", None)
    assert dialog.dongCombo.currentIndex() == 0 and dialog.dongRadio.isChecked() and not dialog.tongRadio.isEnabled()
    assert dialog.parameters()["LEVEL"] == 1 and "FILTER" not in dialog.parameters()
    assert dialog.pages == len(session.dongs())


def test_print_runs_with_progress_and_offers_the_pdf(session, tmp_path):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    dialog = PrintDialog(session, "maps", DONG)
    dialog.noTongsButton.click()
    for i in (0, 1):
        dialog.tongList.item(i).setCheckState(Qt.CheckState.Checked)
    names = [dialog.tongList.item(i).text() for i in (0, 1)]
    dialog.outputEdit.setText(str(tmp_path / "두 통.pdf"))
    seen = []
    dialog.progressBar.valueChanged.connect(seen.append)
    results = dialog.run()
    assert results["PAGES"] == 2 and (tmp_path / "두 통.pdf").stat().st_size > 10_000
    assert seen and max(seen) == 100
    assert dialog.openPdfButton.isEnabled() and "2" in dialog.statusLabel.text()
    assert dialog.outputEdit.text() != str(tmp_path / "두 통.pdf")  # the next print does not overwrite it
    text = subprocess.run(["pdftotext", str(tmp_path / "두 통.pdf"), "-"], capture_output=True, text=True).stdout
    assert all(name in text for name in names)
    audit = last_audit(session.database, "print")
    assert audit is not None and "print_district_maps" in str(audit)


def test_cancel_stops_the_print(session, tmp_path):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    dialog = PrintDialog(session, "maps", DONG)
    dialog.outputEdit.setText(str(tmp_path / "cancelled.pdf"))
    # the user presses Cancel (the Close button while printing) at the first progress step
    dialog.progressBar.valueChanged.connect(lambda value: value > 0 and dialog.closeButton.click())
    assert dialog.run() is None
    assert "취소" in dialog.statusLabel.text() and not dialog.openPdfButton.isEnabled()
    assert dialog.closeButton.text() == "닫기" and dialog.printButton.isEnabled()


def test_sheets_for_the_households_selected_on_the_map(session, tmp_path):
    from welfare_visit_map.plugin.gui.print_dialog import PrintDialog

    households = session.layers()["households"]
    households.selectByExpression(f"\"dong_code\" = '{DONG}' AND \"risk_level\" = 'high'")
    chosen = sorted(f["id"] for f in households.selectedFeatures())
    assert chosen
    dialog = PrintDialog(session, "sheets", DONG)
    assert dialog.selectedRadio.isChecked() and not dialog.paperCombo.isVisibleTo(dialog)
    assert dialog.parameters()["FILTER"] == "\"id\" IN ({}) AND \"status\" = 'active'".format(
        ", ".join(f"'{i}'" for i in [f["id"] for f in households.selectedFeatures()]))
    assert dialog.pages == len(chosen)
    # a closed household among the selected: counted only when closed ones are asked for
    with session.reading() as conn:
        closed = conn.execute(f"SELECT id FROM households WHERE dong_code = '{DONG}' AND status <> 'active' "
                              "LIMIT 1").fetchone()[0]
    households.selectByExpression(f"\"id\" IN ({', '.join(repr(i) for i in chosen + [closed])})")
    dialog = PrintDialog(session, "sheets", DONG)
    assert dialog.pages == len(chosen)
    dialog.closedCheck.setChecked(True)
    assert dialog.pages == len(chosen) + 1 and "status" not in dialog.parameters()["FILTER"]
    assert dialog.parameters()["INCLUDE_CLOSED"] is True
    dialog.closedCheck.setChecked(False)
    # the whole 동, active households only: as many pages as the 동 has active households
    dialog.allHouseholdsRadio.setChecked(True)
    with session.reading() as conn:
        active = conn.execute("SELECT count(*) FROM households WHERE dong_code = ? AND status = 'active'",
                              (DONG,)).fetchone()[0]
    assert dialog.pages == active
    assert "개인정보" not in dialog.staffRadio.text() and "전화" in dialog.staffRadio.text()
