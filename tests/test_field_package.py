"""Issue 14: a QField package per 동 or 통, edited the way QField edits it (QGIS's OGR provider with
the project's form defaults), and merged back safely — on both engines."""
import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import SEOUL, ensure_provider, make_small_database, on_backend, plain_rows

from welfare_visit_map.plugin.core import db
from welfare_visit_map.plugin.core import fieldwork as fw

TODAY = dt.date.today()
PHONE, NOTE, VISIT_NOTE = "010-9876-5432", "가족 갈등 상담 필요", "집주인과 월세 문제로 상담"


@pytest.fixture
def small(tmp_path):
    path = make_small_database(tmp_path / "office.gpkg", origin=SEOUL)
    conn = db.connect(path)
    with conn:  # a phone, notes and a visit so far for 김철수 (hh-1, 1통)
        conn.execute("UPDATE households SET phone = ?, notes = ?, read_version = version WHERE id = 'hh-1'",
                     (PHONE, NOTE))
        conn.execute("INSERT INTO visits (id, household_id, visited_on, visitor_id, outcome, risk_level, notes) "
                     "VALUES ('visit-0', 'hh-1', '2026-02-01', 'v-1', 'met', 'low', ?)", (VISIT_NOTE,))
    conn.close()
    return path


@pytest.fixture(params=["gpkg", "postgres"])
def office(request, small):
    return on_backend(request, str(small))


def run(name, **parameters):
    import processing

    ensure_provider()
    return processing.run(f"welfarevisitmap:{name}", parameters)


def package(office, folder, area="1141055500:1", privacy=0, visitor="최복지"):
    return run("package_for_field", DATABASE=str(office), AREA=area, VISITOR=visitor, PRIVACY=privacy, BASEMAP=0,
               OUTPUT=str(folder))


def merge(office, folder, dry_run=False):
    return run("merge_field_package", DATABASE=str(office), INPUT=str(folder), DRY_RUN=dry_run)


class Field:
    """The package's project as QField opens it: its layers, their forms' defaults."""

    def __init__(self, project_path):
        from qgis.core import QgsProject

        from welfare_visit_map.plugin.project import table_of

        self.project = QgsProject()
        assert self.project.read(str(project_path))
        self.layers = {table_of(layer): layer for layer in self.project.mapLayers().values() if table_of(layer)}

    def add(self, table, values, point=None):
        from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayerUtils

        layer = self.layers[table]
        assert layer.startEditing()
        attributes = {layer.fields().indexOf(k): v for k, v in values.items()}
        geometry = QgsGeometry.fromPointXY(QgsPointXY(*point)) if point else QgsGeometry()
        feature = QgsVectorLayerUtils.createFeature(layer, geometry, attributes, layer.createExpressionContext())
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
        return next(layer.getFeatures(f"\"id\" = '{feature['id']}'"))

    def change(self, table, record_id, values):
        layer = self.layers[table]
        feature = next(layer.getFeatures(f"\"id\" = '{record_id}'"))
        assert layer.startEditing()
        for key, value in values.items():
            assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(key), value)
        assert layer.commitChanges(), layer.commitErrors()

    def close(self):
        self.project.clear()


def visit(field, household, day, outcome="met", risk="high", **more):
    from qgis.PyQt.QtCore import QDate

    values = {"household_id": household, "visited_on": QDate(day.year, day.month, day.day), "outcome": outcome,
              "risk_level": risk if outcome == "met" else None, **more}
    return field.add("visits", values)["id"]


def count(office, table, where="1=1", *args):
    return plain_rows(office, f"SELECT count(*) FROM {table} WHERE {where}", *args)[0][0]


def test_package_of_a_tong_edited_as_qfield_does_and_merged(office, tmp_path):
    folder = tmp_path / "pkg"
    out = package(office, folder)
    assert out["HOUSEHOLDS"] == 1 and out["VISITS"] == 1  # 김철수 of 1통 and his visit so far
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["area"] == "1141055500:1" and manifest["household_versions"]["hh-1"] >= 1
    assert manifest["visitor_name"] == "최복지" and manifest["privacy"] == "staff"
    action, table, detail, _ = plain_rows(office, "SELECT action, table_name, detail, \"user\" FROM audit_log "
                                                  "ORDER BY fid DESC LIMIT 1")[0]
    assert (action, table) == ("export", "households") and json.loads(detail)["kind"] == "field_package"

    field = Field(out["PROJECT"])
    visited = TODAY - dt.timedelta(days=1)
    vid = visit(field, "hh-1", visited, "met", "high")
    need = field.add("needs", {"household_id": "hh-1", "visit_id": vid, "domain": "economy", "item": "식품"})["id"]
    field.add("visit_visitors", {"visit_id": vid, "visitor_id": "v-3"})  # a further visitor, in the visit form
    preset = next(field.layers["visits"].getFeatures(f"\"id\" = '{vid}'"))["visitor_id"]
    field.close()
    assert preset == "v-1"  # the package's visitor, preset by the form

    before_audit = count(office, "audit_log")
    result = merge(office, folder)
    assert (result["VISITS"], result["NEEDS"], result["CONFLICTS"], result["PROPOSALS"]) == (1, 1, 0, 0)
    row = plain_rows(office, "SELECT risk_level, last_visit_on, next_visit_due FROM households WHERE id = 'hh-1'")[0]
    cycle = int(plain_rows(office, "SELECT value FROM settings WHERE key = 'cycle_days_high'")[0][0])
    assert row == ("high", visited.isoformat(), (visited + dt.timedelta(days=cycle)).isoformat())
    assert plain_rows(office, "SELECT visitor_id, created_by IS NOT NULL FROM visits WHERE id = ?", vid)[0][0] == "v-1"
    assert count(office, "needs", "id = ? AND visit_id = ?", need, vid) == 1
    assert plain_rows(office, "SELECT visitor_id FROM visit_visitors WHERE visit_id = ?", vid) == [("v-3",)]
    assert count(office, "audit_log", "action = 'insert' AND table_name = 'visits' AND record_id = ?", vid) == 1
    event = json.loads(plain_rows(office, "SELECT detail FROM audit_log WHERE action = 'import' "
                                          "ORDER BY fid DESC LIMIT 1")[0][0])
    assert event["kind"] == "field_merge" and event["visitors"] == ["최복지"] and event["added"]["visits"] == 1
    assert count(office, "audit_log") > before_audit

    # merging again changes nothing
    snapshot = {t: count(office, t) for t in ("visits", "needs", "households", "field_reviews", "audit_log")}
    again = merge(office, folder)
    assert (again["VISITS"], again["NEEDS"], again["HOUSEHOLDS"], again["CONFLICTS"], again["PROPOSALS"]) == (0,) * 5
    assert again["ALREADY"] == 3  # the visit, its need and its further visitor
    assert {t: count(office, t) for t in snapshot} == snapshot


def test_dry_run_writes_nothing(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    visit(field, "hh-1", TODAY, "absent")
    field.close()
    snapshot = {t: count(office, t) for t in ("visits", "audit_log", "field_reviews")}
    result = merge(office, tmp_path / "pkg", dry_run=True)
    assert result["VISITS"] == 1 and "Dry run" in result["SUMMARY"] or "미리" in result["SUMMARY"]
    assert {t: count(office, t) for t in snapshot} == snapshot
    assert merge(office, tmp_path / "pkg")["VISITS"] == 1


def test_office_edit_meanwhile_is_a_reported_conflict_then_decided(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    field.change("households", "hh-1", {"phone": "010-2222-3333", "members": 3})
    field.close()
    conn = db.connect(office)  # meanwhile at the office
    with conn:
        conn.execute("UPDATE households SET address_detail = '201호', read_version = version WHERE id = 'hh-1'")
    conn.close()

    result = merge(office, tmp_path / "pkg")
    assert (result["CONFLICTS"], result["PROPOSALS"]) == (1, 0)
    assert plain_rows(office, "SELECT phone, members FROM households WHERE id = 'hh-1'")[0] == (PHONE, None)
    conn = db.connect(office)
    try:
        [review] = fw.reviews(conn)
        assert (review.kind, review.table_name, review.record_id) == ("edited_meanwhile", "households", "hh-1")
        assert review.proposal["phone"] == {"from": PHONE, "to": "010-2222-3333"}
        assert review.proposal["members"]["to"] == 3 and review.head_name == "김철수"
        version = conn.execute("SELECT version FROM households WHERE id = 'hh-1'").fetchone()[0]
        fw.decide(conn, review.id, accept=True, user="office")
        assert fw.reviews(conn) == []
    finally:
        conn.close()
    row = plain_rows(office, "SELECT phone, members, address_detail, version FROM households WHERE id = 'hh-1'")[0]
    assert row == ("010-2222-3333", 3, "201호", version + 1)  # the office's edit kept, the field's applied on top
    assert merge(office, tmp_path / "pkg")["CONFLICTS"] == 0  # decided once


def test_field_edit_without_office_edit_is_a_proposal(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    field.change("households", "hh-1", {"address_detail": "반지하"})
    field.close()
    result = merge(office, tmp_path / "pkg")
    assert (result["PROPOSALS"], result["CONFLICTS"]) == (1, 0)
    assert plain_rows(office, "SELECT address_detail FROM households WHERE id = 'hh-1'")[0][0] is None  # not forced
    conn = db.connect(office)
    try:
        [review] = fw.reviews(conn)
        fw.decide(conn, review.id, accept=False, user="office")
        assert [r.status for r in fw.reviews(conn, status=None)] == ["rejected"]
    finally:
        conn.close()
    assert plain_rows(office, "SELECT address_detail FROM households WHERE id = 'hh-1'")[0][0] is None


def test_dates_and_households_gone_are_conflicts_kept_not_lost(office, tmp_path):
    out = package(office, tmp_path / "pkg", area="1141055500")  # the whole 동: hh-1 and hh-2
    assert out["HOUSEHOLDS"] == 2
    field = Field(out["PROJECT"])
    future = visit(field, "hh-1", TODAY + dt.timedelta(days=3))
    early = visit(field, "hh-1", dt.date(2025, 12, 1))       # before 김철수 was on record (2026-01-10)
    good = visit(field, "hh-1", TODAY, "absent")
    closed = visit(field, "hh-2", TODAY - dt.timedelta(days=2), "met", "medium")
    field.close()
    conn = db.connect(office)  # 이영희 (hh-2) moved away, recorded at the office meanwhile
    with conn:
        conn.execute("UPDATE households SET status = 'moved', read_version = version WHERE id = 'hh-2'")
    conn.close()

    result = merge(office, tmp_path / "pkg")
    assert (result["VISITS"], result["CONFLICTS"]) == (1, 3)
    assert count(office, "visits", "id = ?", good) == 1
    assert count(office, "visits", f"id IN ('{future}', '{early}', '{closed}')") == 0
    kinds = {r[0]: r[1] for r in plain_rows(office, "SELECT record_id, kind FROM field_reviews")}
    assert kinds == {future: "visit_date", early: "visit_date", closed: "household_gone"}
    conn = db.connect(office)
    try:
        gone = next(r for r in fw.reviews(conn) if r.record_id == closed)
        assert gone.proposal["risk_level"] == "medium" and gone.visitor_name == "최복지"
        fw.decide(conn, gone.id, accept=True, user="office")  # the visit happened: the office keeps it
    finally:
        conn.close()
    assert count(office, "visits", "id = ?", closed) == 1
    assert plain_rows(office, "SELECT status FROM households WHERE id = 'hh-2'")[0][0] == "moved"


def test_household_found_in_the_field_with_its_gps_point(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    found = field.add("households", {"head_name": "새발견", "address": "연희로 99", "members": 1},
                      point=(SEOUL[0] + 750, SEOUL[1] + 300))["id"]  # in 2통
    visit(field, found, TODAY, "met", "high")
    field.close()
    result = merge(office, tmp_path / "pkg")
    assert (result["HOUSEHOLDS"], result["VISITS"]) == (1, 1)
    row = plain_rows(office, "SELECT dong_code, tong, risk_level, geocode_quality, discovery_source, status "
                             "FROM households WHERE id = ?", found)[0]
    assert row == ("1141055500", 2, "high", "manual", "visitor", "active")


def test_volunteer_package_holds_no_phone_or_notes(office, tmp_path):
    staff = package(office, tmp_path / "staff", privacy=0)
    volunteer = package(office, tmp_path / "volunteer", privacy=1)
    secrets = [s.encode("utf-8") for s in (PHONE, NOTE, VISIT_NOTE, "2026-0001")]  # and the case number
    staff_bytes = Path(staff["GEOPACKAGE"]).read_bytes()
    assert all(s in staff_bytes for s in secrets)  # the scan can find them
    for path in Path(volunteer["OUTPUT"]).iterdir():
        data = path.read_bytes()
        assert not [s for s in secrets if s in data], path.name
    assert "김철수".encode() in Path(volunteer["GEOPACKAGE"]).read_bytes()  # the visitor knows whom to visit


def test_package_from_another_database_is_refused(office, tmp_path):
    from qgis.core import QgsProcessingException

    out = package(office, tmp_path / "pkg")
    other = make_small_database(tmp_path / "other.gpkg", origin=SEOUL)
    with pytest.raises(QgsProcessingException, match="another database|다른 데이터베이스"):
        merge(other, Path(out["GEOPACKAGE"]))


def test_bad_area_and_visitor_are_named(small, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="9"):
        package(small, tmp_path / "a", area="1141055500:9")
    with pytest.raises(QgsProcessingException, match="nobody|없"):
        package(small, tmp_path / "b", visitor="nobody")
    assert not (tmp_path / "a" / "manifest.json").exists()


def test_package_opens_with_forms_and_the_base_map(small, tmp_path):
    from test_base_map import run as import_base
    from test_base_map import write_osm

    import_base(small, write_osm(tmp_path / "sample.osm"))
    out = package(small, tmp_path / "pkg", area="1141055500")
    field = Field(out["PROJECT"])
    try:
        assert all(layer.isValid() for layer in field.project.mapLayers().values())
        assert {"households", "visits", "needs", "facilities", "districts", "base_roads", "base_buildings"} <= set(field.layers)
        assert field.layers["base_roads"].featureCount() > 0
        visits = field.layers["visits"]
        outcome = visits.editorWidgetSetup(visits.fields().indexOf("outcome"))
        assert outcome.type() == "ValueMap"
        labels = json.dumps(outcome.config(), ensure_ascii=False)
        assert "방문(면담)" in labels or "Met" in labels
        assert field.project.readBoolEntry("Paths", "/Absolute", True)[0] is False
        for layer in field.project.mapLayers().values():  # the folder moves to the phone whole
            assert str(tmp_path) not in field.project.writePath(layer.source())
    finally:
        field.close()


def test_a_point_moved_in_the_field_and_needs_added_after_a_merge(office, tmp_path):
    """Real coordinates have long decimals (no resident-registration-number guard may take them
    for one); a need and a further visitor added to a visit after it was merged come in later."""
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    layer = field.layers["households"]
    feature = next(layer.getFeatures("\"id\" = 'hh-1'"))
    from qgis.core import QgsGeometry, QgsPointXY

    assert layer.startEditing()
    assert layer.changeGeometry(feature.id(), QgsGeometry.fromPointXY(
        QgsPointXY(SEOUL[0] + 123.45678912, SEOUL[1] + 456.78912345)))
    assert layer.commitChanges(), layer.commitErrors()
    vid = visit(field, "hh-1", TODAY, "met", "low")
    field.close()
    first = merge(office, tmp_path / "pkg")
    assert (first["VISITS"], first["PROPOSALS"]) == (1, 1)

    field = Field(out["PROJECT"])  # the next day, the same package
    field.add("needs", {"household_id": "hh-1", "visit_id": vid, "domain": "health", "item": "의료비"})
    field.add("visit_visitors", {"visit_id": vid, "visitor_id": "v-3"})
    field.close()
    second = merge(office, tmp_path / "pkg")
    assert (second["VISITS"], second["NEEDS"]) == (0, 1)
    assert count(office, "needs", "visit_id = ? AND item = '의료비'", vid) == 1
    assert plain_rows(office, "SELECT visitor_id FROM visit_visitors WHERE visit_id = ?", vid) == [("v-3",)]
    conn = db.connect(office)
    try:
        [review] = fw.reviews(conn)
        fw.decide(conn, review.id, accept=True, user="office")
    finally:
        conn.close()
    x, y = plain_rows(office, "SELECT geocode_quality, tong FROM households WHERE id = 'hh-1'")[0]
    assert (x, y) == ("manual", 1)


def test_a_volunteers_note_is_added_to_the_offices_not_put_in_its_place(office, tmp_path):
    out = package(office, tmp_path / "pkg", privacy=1)
    field = Field(out["PROJECT"])
    field.change("households", "hh-1", {"notes": "현관 비밀번호 바뀜"})
    field.close()
    merge(office, tmp_path / "pkg")
    conn = db.connect(office)
    try:
        [review] = fw.reviews(conn)
        assert review.proposal["notes"]["blind"] is True
        fw.decide(conn, review.id, accept=True, user="office")
    finally:
        conn.close()
    assert plain_rows(office, "SELECT notes FROM households WHERE id = 'hh-1'")[0][0] == f"{NOTE}\n현관 비밀번호 바뀜"


def test_a_package_is_never_replaced(office, tmp_path):
    from qgis.core import QgsProcessingException

    package(office, tmp_path / "pkg")
    with pytest.raises(QgsProcessingException, match="merged|반영"):
        package(office, tmp_path / "pkg")


def test_a_need_resolved_and_a_visit_corrected_in_the_field_are_proposed(office, tmp_path):
    conn = db.connect(office)
    with conn:
        conn.execute("INSERT INTO needs (id, household_id, visit_id, domain, item) VALUES "
                     "('need-0', 'hh-1', 'visit-0', 'economy', '식품')")
    conn.close()
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    field.change("needs", "need-0", {"status": "resolved"})
    field.change("visits", "visit-0", {"risk_level": "medium"})
    visit(field, "hh-1", TODAY, "absent")
    layer = field.layers["visits"]  # and a wrong visit deleted on the phone
    wrong = next(layer.getFeatures("\"outcome\" = 'absent'"))
    assert layer.startEditing() and layer.deleteFeature(wrong.id()) and layer.commitChanges()
    field.close()
    result = merge(office, tmp_path / "pkg")
    assert (result["VISITS"], result["PROPOSALS"]) == (0, 2)
    assert plain_rows(office, "SELECT status FROM needs WHERE id = 'need-0'")[0][0] == "open"  # not forced
    conn = db.connect(office)
    try:
        found = {r.record_id: r for r in fw.reviews(conn)}
        assert found["need-0"].proposal["status"] == {"from": "open", "to": "resolved"}
        assert found["visit-0"].proposal["risk_level"] == {"from": "low", "to": "medium"}
        fw.decide(conn, found["need-0"].id, accept=True, user="office")
        fw.decide(conn, found["visit-0"].id, accept=True, user="office")
    finally:
        conn.close()
    assert plain_rows(office, "SELECT status FROM needs WHERE id = 'need-0'")[0][0] == "resolved"
    assert plain_rows(office, "SELECT risk_level FROM households WHERE id = 'hh-1'")[0][0] == "medium"  # derived again


def test_a_record_deleted_in_the_field_is_kept_at_the_office(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    layer = field.layers["visits"]
    feature = next(layer.getFeatures("\"id\" = 'visit-0'"))
    assert layer.startEditing() and layer.deleteFeature(feature.id()) and layer.commitChanges()
    field.close()
    result = merge(office, tmp_path / "pkg")
    assert count(office, "visits", "id = 'visit-0'") == 1
    assert "사무실에 그대로" in result["SUMMARY"] or "kept at the office" in result["SUMMARY"]


def test_a_dong_worker_packages_and_merges_on_the_shared_database(small, tmp_path, move_up):
    """As kim_dong (staff of 천연동) on PostgreSQL: row security lets the package and the merge
    through for their 동, and the server audits both as the login."""
    logins = move_up(str(small))
    staff = logins["kim_dong"]
    out = package(staff, tmp_path / "pkg", area="1141055500")
    assert out["HOUSEHOLDS"] == 2
    field = Field(out["PROJECT"])
    visit(field, "hh-2", TODAY, "met", "medium")
    field.change("households", "hh-1", {"members": 2})
    found = field.add("households", {"head_name": "새발견"}, point=(SEOUL[0] + 300, SEOUL[1] + 300))["id"]
    field.close()
    result = merge(staff, tmp_path / "pkg")
    assert (result["VISITS"], result["HOUSEHOLDS"], result["PROPOSALS"]) == (1, 1, 1)
    admin = logins["admin"]
    assert plain_rows(admin, "SELECT risk_level FROM households WHERE id = 'hh-2'")[0][0] == "medium"
    assert plain_rows(admin, "SELECT dong_code, tong FROM households WHERE id = ?", found)[0] == ("1141055500", 1)
    events = plain_rows(admin, "SELECT action, \"user\" FROM audit_log WHERE action IN ('export', 'import') ORDER BY fid")
    assert events[-2:] == [("export", "kim_dong"), ("import", "kim_dong")]
    conn = db.connect(staff)
    try:
        [review] = fw.reviews(conn)
        fw.decide(conn, review.id, accept=True, user="kim_dong")
    finally:
        conn.close()
    assert plain_rows(admin, "SELECT members, updated_by FROM households WHERE id = 'hh-1'")[0] == (2, "kim_dong")


def test_a_report_made_in_the_field_comes_back_placed(office, tmp_path):
    out = package(office, tmp_path / "pkg")
    field = Field(out["PROJECT"])
    from qgis.PyQt.QtCore import QDate

    report = field.add("reports", {"received_on": QDate(TODAY.year, TODAY.month, TODAY.day), "channel": "visitor",
                                   "description": "옆집 어르신이 며칠째 보이지 않음"},
                       point=(SEOUL[0] + 120, SEOUL[1] + 480))["id"]
    field.close()
    assert merge(office, tmp_path / "pkg")["REPORTS"] == 1
    row = plain_rows(office, "SELECT channel, status, dong_code FROM reports WHERE id = ?", report)[0]
    assert row == ("visitor", "new", "1141055500")
