"""The welfare-visit data model (SPEC.md), declared once.

Every table, column, type, category list, check, index, and what the database keeps for itself —
the fields it derives, the tables it audits, the version check, the resident-registration-number
guard, who may see which rows on a shared database — is stated here as data. Each engine has an
emitter that turns this into its own DDL, triggers and functions: :mod:`.schema` for a GeoPackage
(SQLite), :mod:`.pg` for PostgreSQL/PostGIS. Adding a column is one line below (with the model
version it came in); ``tests/test_model.py`` compares both engines' catalogues against this.

Pure Python, no QGIS import.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import categories as cat

SCHEMA_VERSION = 6
# 2: households.found_on, members, crisis_indicators, source_labels
# 3: one RRN guard by trigger on every free-text column, the partners' pseudonym secret
# 4: the data model declared once (this module); visitors audited in a GeoPackage too, as on the server
# 5: the base map (base_roads, base_buildings, base_entrances); location quality 'building'
# 6: several visitors per visit (visit_visitors); field results to review (field_reviews)
DEFAULT_EPSG = 5186

# logical column types (each emitter maps them to its engine's)
KEY, BIG_KEY, TEXT, INTEGER, REAL, DATE, DATETIME, BOOLEAN = (
    "key", "big_key", "text", "integer", "real", "date", "datetime", "boolean")
POINT, MULTILINESTRING, MULTIPOLYGON = "point", "multilinestring", "multipolygon"
GEOMETRY_TYPES = (POINT, MULTILINESTRING, MULTIPOLYGON)


class Default:
    """Defaults with a meaning each engine writes its own way."""
    UUID = "uuid()"    # a random UUID-shaped text
    NOW = "now()"      # the time of the write (UTC)
    LOGIN = "login()"  # the database login, where the engine has logins (a GeoPackage has none)


@dataclass(frozen=True)
class Ref:
    """A foreign key to ``table(column)``; ``on_delete``: 'CASCADE' or 'SET NULL' (updates cascade)."""
    table: str
    on_delete: str = "SET NULL"
    column: str = "id"


@dataclass(frozen=True)
class Column:
    name: str
    type: str = TEXT
    required: bool = False            # NOT NULL (a column with a default is NOT NULL too)
    default: str | int | bool | None = None  # a literal, or a Default
    categories: str | None = None  # the category list (categories.CATEGORY_LISTS) its codes come from
    multi: bool = False               # several codes of that list: '{a,b}'
    above: int | None = None       # CHECK (column > above)
    at_least: int | None = None    # CHECK (column >= at_least)
    unique: bool = False
    references: Ref | None = None
    free_text: bool = False           # typed by a person: watched by the RRN guard
    derived: bool = False             # kept by the database itself (not someone's edit: unaudited, unversioned)
    lock: bool = False                # the version check's own bookkeeping
    since: int = 1                    # the model version the column came in (added by an upgrade at the end)

    @property
    def not_null(self) -> bool:
        return self.required or self.default not in (None, Default.LOGIN) or self.type in (KEY, BIG_KEY)

    @property
    def category_codes(self) -> tuple[str, ...]:
        return tuple(cat.codes(cat.CATEGORY_LISTS[self.categories])) if self.categories else ()


# Who may see and change a table's rows on a shared database (row security), by kind:
DONG = "dong"                # staff: the rows of their 동 (dong_code)
HOUSEHOLD = "household"      # staff: the rows of the households they may see (household_id)
REPORT = "report"            # staff: their 동's, their households', and unplaced reports
VISIT = "visit"              # staff: the rows of the visits they may see (visit_id)
REGISTRY = "registry"        # staff: read the changes of the households they may see
VISITORS = "visitors"        # staff: read all; add and change those of their 동
REFERENCE = "reference"      # staff: read
LOG = "log"                  # the auditor and the admin: read; nobody writes but the server
LOGINS = "logins"            # which login works for which 동 (a shared database only)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    access: str
    checks: tuple[str, ...] = ()                 # table CHECKs, in SQL both engines speak
    unique: tuple[tuple[str, ...], ...] = ()
    primary_key: tuple[str, ...] = ("fid",)
    indexes: tuple[str, ...] = ()                # column lists, e.g. "dong_code, tong"
    audited: bool = False                        # every insert, update and delete in audit_log
    versioned: bool = False                      # optimistic locking (version / read_version)
    shared_only: bool = False                    # a table only a shared database has
    since: int = 1                               # the model version the table came in (an upgrade makes it)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def geometry(self) -> Column | None:
        return next((c for c in self.columns if c.type in GEOMETRY_TYPES), None)

    @property
    def free_text(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.free_text)

    @property
    def identified(self) -> bool:
        """Rows with an id and a creator, neither of which may change."""
        return {"id", "created_by"} <= set(self.names)


def _fid() -> Column:
    return Column("fid", KEY)


def _id() -> Column:
    return Column("id", default=Default.UUID, unique=True)


AUDIT_COLUMNS = (
    Column("created_at", DATETIME, default=Default.NOW),
    Column("created_by", default=Default.LOGIN),
    Column("updated_at", DATETIME, lock=True),
    Column("updated_by", lock=True),
)


def _category(name: str, list_name: str, required: bool = False, default: str | None = None) -> Column:
    return Column(name, required=required, default=default, categories=list_name)


TABLES: tuple[Table, ...] = (
    Table("districts", "구·행정동·통 경계 (districts: gu, dong, tong)", (
        _fid(), Column("geom", MULTIPOLYGON), Column("code", required=True, unique=True),
        Column("name", required=True), _category("level", "district_level", required=True), Column("parent_code"),
        Column("population", INTEGER, at_least=0), Column("households_registered", INTEGER, at_least=0),
        Column("source"),
    ), REFERENCE, indexes=("level", "parent_code")),
    Table("visitors", "방문자 (visitors)", (
        _fid(), _id(), Column("name", required=True, free_text=True),
        _category("role", "visitor_role", required=True), Column("organisation", free_text=True),
        Column("dong_code"), Column("phone", free_text=True), Column("active", BOOLEAN, default=True),
        *AUDIT_COLUMNS,
    ), VISITORS, indexes=("dong_code",), audited=True),
    Table("households", "가구 (households)", (
        _fid(), Column("geom", POINT), _id(), Column("case_no", unique=True, free_text=True),
        Column("head_name", free_text=True), Column("phone", free_text=True), Column("address", free_text=True),
        Column("address_detail", free_text=True), Column("dong_code", derived=True),
        Column("tong", INTEGER, above=0, derived=True), Column("ban", INTEGER, above=0),
        Column("household_types", categories="household_type", multi=True),
        _category("benefit_status", "benefit_status"), _category("discovery_source", "discovery_source"),
        Column("risk_level", categories="risk_level", derived=True),
        _category("status", "household_status", default="active"),
        Column("last_visit_on", DATE, derived=True), Column("next_visit_due", DATE, derived=True),
        Column("assigned_visitor_id", references=Ref("visitors")),
        Column("share_consent", BOOLEAN, default=False), _category("geocode_quality", "geocode_quality"),
        Column("notes", free_text=True), *AUDIT_COLUMNS,
        Column("version", INTEGER, default=1, lock=True), Column("read_version", INTEGER, lock=True),
        Column("found_on", DATE, since=2), Column("members", INTEGER, above=0, since=2),
        Column("crisis_indicators", categories="crisis_indicator", multi=True, since=2),
        Column("source_labels", free_text=True, since=2),
    ), DONG, indexes=("dong_code", "dong_code, tong", "risk_level", "next_visit_due", "status",
                      "assigned_visitor_id"), audited=True, versioned=True),
    Table("visits", "방문 기록 (visits)", (
        _fid(), _id(), Column("household_id", required=True, references=Ref("households", "CASCADE")),
        Column("visited_on", DATE, required=True), Column("visitor_id", references=Ref("visitors")),
        _category("method", "visit_method", default="in_person"), _category("outcome", "visit_outcome", required=True),
        _category("risk_level", "risk_level"), Column("notes", free_text=True), *AUDIT_COLUMNS,
    ), HOUSEHOLD, checks=(
        "risk_level IS NULL OR outcome IN (" + ", ".join(f"'{o}'" for o in cat.MET_OUTCOMES) + ")",),
        indexes=("household_id, visited_on", "visitor_id", "visited_on"), audited=True),
    # the further visitors of a visit (its lead is visits.visitor_id): the seed counts 19,024
    # visitor participations for 13,608 visits
    Table("visit_visitors", "방문 동행자 (further visitors of a visit)", (
        _fid(), _id(), Column("visit_id", required=True, references=Ref("visits", "CASCADE")),
        Column("visitor_id", required=True, references=Ref("visitors", "CASCADE")),
        Column("created_at", DATETIME, default=Default.NOW), Column("created_by", default=Default.LOGIN),
    ), VISIT, unique=(("visit_id", "visitor_id"),), indexes=("visit_id", "visitor_id"), audited=True, since=6),
    Table("needs", "욕구 (needs)", (
        _fid(), _id(), Column("household_id", required=True, references=Ref("households", "CASCADE")),
        Column("visit_id", references=Ref("visits")), _category("domain", "need_domain", required=True),
        Column("item", free_text=True), _category("status", "need_status", default="open"),
        Column("notes", free_text=True), *AUDIT_COLUMNS,
    ), HOUSEHOLD, indexes=("household_id", "visit_id", "domain, status"), audited=True),
    Table("facilities", "복지자원·시설 (facilities)", (
        _fid(), Column("geom", POINT), _id(), Column("name", required=True), Column("code"),
        _category("kind", "facility_kind", required=True), Column("kind_detail"),
        Column("services", categories="need_domain", multi=True), Column("address"), Column("phone"),
        Column("capacity", INTEGER, at_least=0), Column("dong_code"), Column("source"),
        _category("geocode_quality", "geocode_quality"), *AUDIT_COLUMNS,
    ), REFERENCE, indexes=("kind", "dong_code")),
    Table("linkages", "서비스 연계 (linkages)", (
        _fid(), _id(), Column("need_id", references=Ref("needs")),
        Column("household_id", required=True, references=Ref("households", "CASCADE")),
        _category("kind", "linkage_kind", required=True), Column("facility_id", references=Ref("facilities")),
        Column("provider_name", free_text=True), Column("linked_on", DATE, required=True),
        _category("status", "linkage_status", default="requested"), Column("notes", free_text=True), *AUDIT_COLUMNS,
    ), HOUSEHOLD, checks=("facility_id IS NOT NULL OR coalesce(provider_name, '') <> ''",),
        indexes=("need_id", "household_id", "facility_id"), audited=True),
    Table("reports", "위기가구 제보 (reports)", (
        _fid(), Column("geom", POINT), _id(), Column("received_on", DATE, required=True),
        _category("channel", "report_channel", required=True), _category("reporter_role", "visitor_role"),
        Column("address", free_text=True), Column("description", free_text=True),
        _category("status", "report_status", default="new"), Column("household_id", references=Ref("households")),
        Column("dong_code"), *AUDIT_COLUMNS,
    ), REPORT, indexes=("status", "household_id"), audited=True),
    Table("registry_changes", "주민등록 변동 (registry changes)", (
        _fid(), Column("case_no", required=True, free_text=True),
        _category("change", "registry_change", required=True), Column("effective_on", DATE, required=True),
        Column("new_address", free_text=True), Column("applied_at", DATETIME),
        Column("household_id", references=Ref("households")), Column("created_at", DATETIME, default=Default.NOW),
    ), REGISTRY, indexes=("case_no",)),
    Table("audit_log", "감사 기록 (audit log)", (
        Column("fid", BIG_KEY), Column("at", DATETIME, default=Default.NOW), Column("user"),
        Column("action", required=True), Column("table_name"), Column("record_id"), Column("detail"),
    ), LOG, checks=("action IN ('insert','update','delete','print','export','import')",),
        indexes=("at", "table_name, record_id")),
    Table("categories", "분류 코드표 (category labels)", (
        _fid(), Column("list", required=True), Column("code", required=True), Column("label_ko", required=True),
        Column("label_en", required=True), Column("sort", INTEGER, required=True),
    ), REFERENCE, unique=(("list", "code"),)),
    Table("settings", "설정 (settings)", (
        Column("key", required=True), Column("value", required=True),
    ), REFERENCE, primary_key=("key",)),
    # the base map: reference data written by welfarevisitmap:import_base_map (source 'juso': the
    # road-name address electronic map, 'osm': OpenStreetMap), read by everyone, printed under the
    # welfare layers; a household's address is matched to its building (location quality 'building')
    Table("base_roads", "기본도: 도로 (base map: roads)", (
        _fid(), Column("geom", MULTILINESTRING), Column("road_name"), Column("road_name_en"), Column("road_code"),
        Column("width", REAL), Column("lanes", INTEGER, at_least=0), Column("kind"),
        Column("source", required=True),
    ), REFERENCE, indexes=("road_name", "source"), since=5),
    Table("base_buildings", "기본도: 건물 (base map: buildings)", (
        _fid(), Column("geom", MULTIPOLYGON), Column("road_name"), Column("road_code"),
        Column("main_no", INTEGER, at_least=0), Column("sub_no", INTEGER, at_least=0),
        Column("underground", BOOLEAN, default=False), Column("building_name"), Column("building_id"),
        Column("legal_dong_code"), Column("floors", INTEGER, at_least=0), Column("source", required=True),
    ), REFERENCE, indexes=("road_name, main_no, sub_no", "building_id", "source"), since=5),
    Table("base_entrances", "기본도: 출입구 (base map: entrances)", (
        _fid(), Column("geom", POINT), Column("building_id"), Column("road_code"), Column("kind"),
        Column("source", required=True),
    ), REFERENCE, indexes=("building_id", "source"), since=5),
    # what a field package brought back that the office decides: a household edit made in the
    # field (proposed, not forced), and every record that met a conflict (kept, never lost);
    # written by welfarevisitmap:merge_field_package, decided in the dock
    Table("field_reviews", "현장 결과 검토 (field results to review)", (
        _fid(), _id(), Column("package_id", required=True), _category("kind", "review_kind", required=True),
        Column("table_name", required=True), Column("record_id", required=True),
        Column("household_id", references=Ref("households", "CASCADE")), Column("dong_code"),
        Column("visitor_name", free_text=True), Column("proposal", free_text=True), Column("reason"),
        _category("status", "review_status", default="open"), *AUDIT_COLUMNS,
    ), REPORT, unique=(("package_id", "kind", "table_name", "record_id"),), indexes=("status", "household_id"),
        audited=True, since=6),
    Table("staff_dongs", "담당 동 (which login works for which 동)", (
        Column("login", required=True), Column("dong_code", required=True),
    ), LOGINS, primary_key=("login", "dong_code"), indexes=("login",), shared_only=True),
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def table(name: str) -> Table:
    return BY_NAME[name]


def tables(shared: bool = False) -> tuple[Table, ...]:
    """The tables of a GeoPackage (``shared=False``) or of a shared database."""
    return tuple(t for t in TABLES if shared or not t.shared_only)


def added_since(version: int) -> dict[str, tuple[Column, ...]]:
    """The columns an upgrade from model ``version`` adds to the tables it has, by table (at the
    end, in order)."""
    return {t.name: cols for t in TABLES
            if t.since <= version and (cols := tuple(c for c in t.columns if c.since > version))}


def tables_added_since(version: int, shared: bool = False) -> tuple[Table, ...]:
    """The tables an upgrade from model ``version`` makes (whole)."""
    return tuple(t for t in tables(shared) if t.since > version)


BASE_TABLES = tuple(t.name for t in TABLES if t.name.startswith("base_"))


def index_name(table_name: str, columns: str) -> str:
    return f"idx_{table_name}_" + "_".join(c.strip() for c in columns.split(","))


AUDITED = tuple(t.name for t in TABLES if t.audited)
FREE_TEXT: dict[str, tuple[str, ...]] = {t.name: t.free_text for t in TABLES if t.free_text}
DERIVED_COLUMNS: dict[str, tuple[str, ...]] = {
    t.name: d for t in TABLES if (d := tuple(c.name for c in t.columns if c.derived))}
LOCK_COLUMNS = tuple(c.name for c in table("households").columns if c.lock)
VERSIONED = tuple(t.name for t in TABLES if t.versioned)
IDENTIFIED = tuple(t.name for t in TABLES if t.identified)
# what staff write on a shared database (the server stamps who and when)
STAFF_WRITTEN = tuple(t.name for t in TABLES if t.access in (DONG, HOUSEHOLD, REPORT, VISIT, VISITORS))
# the tables a print, an export or an import may name in the audit log
LOGGED_TABLES = ("households", "visits", "needs", "linkages", "reports", "facilities", "districts",
                 "registry_changes", "visitors", "field_reviews")

STALE_MESSAGE = ("stale household: someone saved it after you read it; reload it and save again "
                 "(an edit names the version it read in read_version)")


def watched(table_name: str) -> tuple[str, ...]:
    """The columns whose change is someone's edit: audited by name and moving the version on (not
    the key, the fields the database derives, nor the version check's bookkeeping)."""
    t = table(table_name)
    return tuple(c.name for c in t.columns if c.type not in (KEY, BIG_KEY) and not c.derived and not c.lock)


def category_rows() -> list:
    """(list, code, Korean, English, sort) of every category, for the categories table."""
    return [(list_name, c.code, c.ko, c.en, i) for list_name, items in cat.CATEGORY_LISTS.items()
            for i, c in enumerate(items)]
