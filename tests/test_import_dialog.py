"""The import wizard driven through its widgets: file, recognised columns with a preview, a
column left out, a dry run that writes nothing, the import, rejected rows listed."""
import openpyxl
from conftest import SEOUL, make_small_database

from welfare_visit_map.plugin.core import gpkg
from welfare_visit_map.plugin.gui.import_dialog import ImportDialog


def count(db, sql):
    conn = gpkg.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_the_wizard_recognises_previews_checks_and_imports(provider, tmp_path):
    db = make_small_database(tmp_path / "w.gpkg", SEOUL)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "명단"
    sheet.append(["발굴 대상자"])
    sheet.append(["대상자명", "주소", "위험도", "경도", "위도", "비고", "담당"])
    sheet.append(["가나다", "서울특별시 서대문구 연희로 11", "상", 126.9469, 36.6620, "전기요금 체납", "김"])  # 천연동 1통
    sheet.append(["라마바", "서울특별시 서대문구 연희로 12", "알수없음", None, None, None, "이"])
    sheet.append(["사아자", "서울특별시 서대문구 연희로 13", "하", None, None, "주민번호 800101-1234567", "박"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = ImportDialog(db)
    dialog.fileEdit.setText(str(path))
    dialog.load()
    assert dialog.sheetCombo.currentText() == "명단"
    headers = [dialog.mappingTable.horizontalHeaderItem(i).text() for i in range(dialog.mappingTable.columnCount())]
    assert headers == ["대상자명", "주소", "위험도", "경도", "위도", "비고", "담당"]
    chosen = [combo.currentData() for combo in dialog.combos]
    assert chosen == ["head_name", "address", "risk_level", "x", "y", "notes", None]
    assert dialog.mappingTable.item(1, 0).text() == "가나다" and dialog.mappingTable.rowCount() == 4
    dialog.combos[5].setCurrentIndex(0)  # leave the notes out
    before = count(db, "SELECT count(*) FROM households")
    dialog.dryRunButton.click()
    assert count(db, "SELECT count(*) FROM households") == before
    assert dialog.last_result["IMPORTED"] == 2 and dialog.last_result["REJECTED"] == 1
    assert "2" in dialog.summaryLabel.text()
    assert dialog.rejectedTree.topLevelItemCount() == 1
    rejected = dialog.rejectedTree.topLevelItem(0)
    assert (rejected.text(0), rejected.text(1)) == ("4", "위험도") and "알수없음" in rejected.text(2)
    dialog.importButton.click()
    assert count(db, "SELECT count(*) FROM households") == before + 2
    assert count(db, "SELECT count(*) FROM households WHERE notes IS NOT NULL AND head_name IN ('가나다', '사아자')") == 0
    assert count(db, "SELECT geocode_quality FROM households WHERE head_name = '가나다'") == "source_coordinates"


def test_the_plugin_offers_the_wizard(plugin, iface, tmp_path, qgis_new_project, monkeypatch):
    db = make_small_database(tmp_path / "w.gpkg")
    assert plugin.desk.import_list() is None  # no database open: a message, no dialog
    plugin.desk.open_database(str(db))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 0)
    dialog = plugin.desk.import_list("facilities")
    assert dialog.table() == "facilities" and dialog.database == str(db)
    assert plugin.dock.form.importListButton.isEnabled()


def test_the_wizard_shows_each_label_and_what_it_becomes_and_keeps_the_users_choice(provider, tmp_path):
    from qgis.core import QgsSettings

    QgsSettings().remove("welfare_visit_map/value_map/households")
    db = make_small_database(tmp_path / "w.gpkg", SEOUL)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["대상자명", "위험도", "발굴경로", "가구유형", "단전"])
    sheet.append(["가나다", "매우높음", "복지통장 발굴", "독거노인 가구, 장애", "Y"])
    sheet.append(["라마바", "상", "복지통장 발굴", "노인부부", "N"])
    sheet.append(["사아자", "하", "발굴시스템 대상자", None, None])
    path = tmp_path / "list.xlsx"
    book.save(path)

    dialog = ImportDialog(db)
    dialog.fileEdit.setText(str(path))
    dialog.load()
    shown = {(row.target, row.value): (row.code, row.choice) for row in dialog.value_rows}
    # every distinct label of every category column, each with what the importer would make of it
    assert set(shown) == {("risk_level", "매우높음"), ("risk_level", "상"), ("risk_level", "하"),
                          ("discovery_source", "복지통장 발굴"), ("discovery_source", "발굴시스템 대상자"),
                          ("household_types", "독거노인 가구"), ("household_types", "장애"),
                          ("household_types", "노인부부")}
    assert shown[("risk_level", "매우높음")][0] is None  # a risk is never guessed: rejected unless chosen
    assert shown[("discovery_source", "복지통장 발굴")][0] == "visitor"
    assert dialog.valueTable.item(0, 2).text() in ("1", "2")
    dialog.dryRunButton.click()
    assert (dialog.last_result["IMPORTED"], dialog.last_result["REJECTED"]) == (2, 1)

    shown[("risk_level", "매우높음")][1].setCurrentIndex(shown[("risk_level", "매우높음")][1].findData("high"))
    shown[("discovery_source", "복지통장 발굴")][1].setCurrentIndex(
        shown[("discovery_source", "복지통장 발굴")][1].findData("partner"))
    dialog.importButton.click()
    assert (dialog.last_result["IMPORTED"], dialog.last_result["REJECTED"]) == (3, 0)
    assert count(db, "SELECT risk_level FROM households WHERE head_name = '가나다'") == "high"
    assert count(db, "SELECT count(*) FROM households WHERE discovery_source = 'partner'") == 2
    assert count(db, "SELECT crisis_indicators FROM households WHERE head_name = '가나다'") == "{power_cut}"
    kept = count(db, "SELECT source_labels FROM households WHERE head_name = '라마바'")
    assert set(kept.split("; ")) == {"위험도=상", "가구유형=노인부부"}  # '복지통장 발굴' was the user's choice

    # the next month's list: the choices come back by themselves
    again = ImportDialog(db)
    again.fileEdit.setText(str(path))
    again.load()
    chosen = {(row.target, row.value): row.choice.currentData() for row in again.value_rows}
    assert chosen[("risk_level", "매우높음")] == "high" and chosen[("discovery_source", "복지통장 발굴")] == "partner"
    QgsSettings().remove("welfare_visit_map/value_map/households")
