"""The welfare-visit data model (SPEC.md) as GeoPackage DDL: tables, CHECK constraints on every
category, foreign keys, indexes, and the triggers that keep the derived household fields
(risk_level, last_visit_on, next_visit_due, status after a death or a move) true whichever
client edits the file.

Pure Python: builds SQL strings and runs them on a sqlite3 connection from :mod:`.gpkg`.
"""
from . import categories as cat
from . import gpkg, rrn
from .risk import DEFAULT_CYCLE_DAYS

SCHEMA_VERSION = 3  # 2: households.found_on, members, crisis_indicators, source_labels; 3: one RRN guard by
#                       trigger on every free-text column, the partners' pseudonym secret
DEFAULT_EPSG = 5186

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
# A random UUID-shaped text (version-4 layout) made by SQLite itself.
UUID = ("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
        "substr(lower(hex(randomblob(2))),2) || '-' || "
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))),2) || '-' || "
        "lower(hex(randomblob(6))))")

# Columns with a default say NOT NULL ON CONFLICT REPLACE: a client that sends an explicit NULL
# (QGIS and GDAL do, for every field left empty) gets the default instead of an error.

# 주민등록번호 never enters the database, whatever field a careless import or form puts it in: one
# rule (core/rrn.py) by trigger on every free-text column (rrn_triggers below).


def in_list(column, categories, nullable=True):
    values = ", ".join(f"'{c}'" for c in cat.codes(categories))
    check = f"{column} IN ({values})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


def multi_in_list(column, categories):
    """CHECK that a multi-value field holds only known codes.

    Accepts QGIS's own multi-value text form ``{a,b}`` and a plain ``a,b``/``a;b`` list. The
    separators are doubled so that every item stands between its own commas (',a,,a,'); each
    known code is removed once (repeats too: they do not overlap); what is left must be
    separators only. One nesting per code keeps long lists within SQLite's parser depth.
    """
    expr = f"',' || replace(replace(replace(trim({column}, '{{}}'), ';', ','), ' ', ''), ',', ',,') || ','"
    for code in cat.codes(categories):
        expr = f"replace({expr}, ',{code},', '')"
    return f"CHECK ({column} IS NULL OR trim({column}) IN ('', '{{}}') OR replace({expr}, ',', '') = '')"


def valid_date(column, nullable=True):
    # date(x, '+0 days') normalises 2026-02-30 to 2026-03-02, so impossible dates fail too
    check = f"date({column}, '+0 days') IS {column}"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


# Added in model version 2 (a list's date found, household size, screening-list indicators, and the
# labels an import read but had no category for), at the end of the table so that an upgraded
# database and a new one have the same columns in the same order.
HOUSEHOLD_V2_COLUMNS = (
    ("found_on", f"DATE {valid_date('found_on')}"),
    ("members", "INTEGER CHECK (members IS NULL OR members > 0)"),
    ("crisis_indicators", f"TEXT {multi_in_list('crisis_indicators', cat.CRISIS_INDICATORS)}"),
    ("source_labels", "TEXT"),
)
HOUSEHOLD_V2 = ",\n  ".join(f"{name} {definition}" for name, definition in HOUSEHOLD_V2_COLUMNS)

AUDIT_COLUMNS = f"""
  created_at DATETIME NOT NULL ON CONFLICT REPLACE DEFAULT {NOW},
  created_by TEXT,
  updated_at DATETIME,
  updated_by TEXT"""

# (table, description, geometry (column, type) or None, column definitions)
TABLES = [
    ("districts", "구·행정동·통 경계 (districts: gu, dong, tong)", ("geom", "MULTIPOLYGON"), f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL {in_list('level', cat.DISTRICT_LEVELS, nullable=False)},
  parent_code TEXT,
  population INTEGER CHECK (population IS NULL OR population >= 0),
  households_registered INTEGER CHECK (households_registered IS NULL OR households_registered >= 0),
  source TEXT"""),
    ("visitors", "방문자 (visitors)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL {in_list('role', cat.VISITOR_ROLES, nullable=False)},
  organisation TEXT,
  dong_code TEXT,
  phone TEXT,
  active BOOLEAN NOT NULL ON CONFLICT REPLACE DEFAULT 1 CHECK (active IN (0, 1)),{AUDIT_COLUMNS}"""),
    ("households", "가구 (households)", ("geom", "POINT"), f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  case_no TEXT UNIQUE,
  head_name TEXT,
  phone TEXT,
  address TEXT,
  address_detail TEXT,
  dong_code TEXT,
  tong INTEGER CHECK (tong IS NULL OR tong > 0),
  ban INTEGER CHECK (ban IS NULL OR ban > 0),
  household_types TEXT {multi_in_list('household_types', cat.HOUSEHOLD_TYPES)},
  benefit_status TEXT {in_list('benefit_status', cat.BENEFIT_STATUS)},
  discovery_source TEXT {in_list('discovery_source', cat.DISCOVERY_SOURCES)},
  risk_level TEXT {in_list('risk_level', cat.RISK_LEVELS)},
  status TEXT NOT NULL ON CONFLICT REPLACE DEFAULT 'active' {in_list('status', cat.HOUSEHOLD_STATUS, nullable=False)},
  last_visit_on DATE {valid_date('last_visit_on')},
  next_visit_due DATE {valid_date('next_visit_due')},
  assigned_visitor_id TEXT REFERENCES visitors(id) ON UPDATE CASCADE ON DELETE SET NULL,
  share_consent BOOLEAN NOT NULL ON CONFLICT REPLACE DEFAULT 0 CHECK (share_consent IN (0, 1)),
  geocode_quality TEXT {in_list('geocode_quality', cat.GEOCODE_QUALITY)},
  notes TEXT,{AUDIT_COLUMNS},
  version INTEGER NOT NULL ON CONFLICT REPLACE DEFAULT 1,
  read_version INTEGER,
  {HOUSEHOLD_V2}"""),
    ("visits", "방문 기록 (visits)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  household_id TEXT NOT NULL REFERENCES households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visited_on DATE NOT NULL {valid_date('visited_on', nullable=False)},
  visitor_id TEXT REFERENCES visitors(id) ON UPDATE CASCADE ON DELETE SET NULL,
  method TEXT NOT NULL ON CONFLICT REPLACE DEFAULT 'in_person' {in_list('method', cat.VISIT_METHODS, nullable=False)},
  outcome TEXT NOT NULL {in_list('outcome', cat.VISIT_OUTCOMES, nullable=False)},
  risk_level TEXT {in_list('risk_level', cat.RISK_LEVELS)},
  notes TEXT,{AUDIT_COLUMNS},
  CHECK (risk_level IS NULL OR outcome IN ({", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)}))"""),
    ("needs", "욕구 (needs)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  household_id TEXT NOT NULL REFERENCES households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visit_id TEXT REFERENCES visits(id) ON UPDATE CASCADE ON DELETE SET NULL,
  domain TEXT NOT NULL {in_list('domain', cat.NEED_DOMAINS, nullable=False)},
  item TEXT,
  status TEXT NOT NULL ON CONFLICT REPLACE DEFAULT 'open' {in_list('status', cat.NEED_STATUS, nullable=False)},
  notes TEXT,{AUDIT_COLUMNS}"""),
    ("facilities", "복지자원·시설 (facilities)", ("geom", "POINT"), f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  name TEXT NOT NULL,
  code TEXT,
  kind TEXT NOT NULL {in_list('kind', cat.FACILITY_KINDS, nullable=False)},
  kind_detail TEXT,
  services TEXT {multi_in_list('services', cat.NEED_DOMAINS)},
  address TEXT,
  phone TEXT,
  capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
  dong_code TEXT,
  source TEXT,
  geocode_quality TEXT {in_list('geocode_quality', cat.GEOCODE_QUALITY)},{AUDIT_COLUMNS}"""),
    ("linkages", "서비스 연계 (linkages)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  need_id TEXT REFERENCES needs(id) ON UPDATE CASCADE ON DELETE SET NULL,
  household_id TEXT NOT NULL REFERENCES households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  kind TEXT NOT NULL {in_list('kind', cat.LINKAGE_KINDS, nullable=False)},
  facility_id TEXT REFERENCES facilities(id) ON UPDATE CASCADE ON DELETE SET NULL,
  provider_name TEXT,
  linked_on DATE NOT NULL {valid_date('linked_on', nullable=False)},
  status TEXT NOT NULL ON CONFLICT REPLACE DEFAULT 'requested' {in_list('status', cat.LINKAGE_STATUS, nullable=False)},
  notes TEXT,{AUDIT_COLUMNS},
  CHECK (facility_id IS NOT NULL OR coalesce(provider_name, '') <> '')"""),
    ("reports", "위기가구 제보 (reports)", ("geom", "POINT"), f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT NOT NULL ON CONFLICT REPLACE DEFAULT {UUID} UNIQUE,
  received_on DATE NOT NULL {valid_date('received_on', nullable=False)},
  channel TEXT NOT NULL {in_list('channel', cat.REPORT_CHANNELS, nullable=False)},
  reporter_role TEXT {in_list('reporter_role', cat.VISITOR_ROLES)},
  address TEXT,
  description TEXT,
  status TEXT NOT NULL ON CONFLICT REPLACE DEFAULT 'new' {in_list('status', cat.REPORT_STATUS, nullable=False)},
  household_id TEXT REFERENCES households(id) ON UPDATE CASCADE ON DELETE SET NULL,
  dong_code TEXT,{AUDIT_COLUMNS}"""),
    ("registry_changes", "주민등록 변동 (registry changes)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  case_no TEXT NOT NULL,
  change TEXT NOT NULL {in_list('change', cat.REGISTRY_CHANGES, nullable=False)},
  effective_on DATE NOT NULL {valid_date('effective_on', nullable=False)},
  new_address TEXT,
  applied_at DATETIME,
  household_id TEXT REFERENCES households(id) ON UPDATE CASCADE ON DELETE SET NULL,
  created_at DATETIME NOT NULL ON CONFLICT REPLACE DEFAULT {NOW}"""),
    ("audit_log", "감사 기록 (audit log)", None, f"""
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  at DATETIME NOT NULL ON CONFLICT REPLACE DEFAULT {NOW},
  user TEXT,
  action TEXT NOT NULL CHECK (action IN ('insert','update','delete','print','export','import')),
  table_name TEXT,
  record_id TEXT,
  detail TEXT"""),
    ("categories", "분류 코드표 (category labels)", None, """
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  list TEXT NOT NULL,
  code TEXT NOT NULL,
  label_ko TEXT NOT NULL,
  label_en TEXT NOT NULL,
  sort INTEGER NOT NULL,
  UNIQUE (list, code)"""),
    ("settings", "설정 (settings)", None, """
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL"""),
]

TABLE_NAMES = tuple(t[0] for t in TABLES)
SPATIAL_TABLES = tuple(t[0] for t in TABLES if t[2])

INDEXES = [
    ("districts", "level"), ("districts", "parent_code"),
    ("households", "dong_code"), ("households", "dong_code, tong"), ("households", "risk_level"),
    ("households", "next_visit_due"), ("households", "status"), ("households", "assigned_visitor_id"),
    ("visits", "household_id, visited_on"), ("visits", "visitor_id"), ("visits", "visited_on"),
    ("needs", "household_id"), ("needs", "visit_id"), ("needs", "domain, status"),
    ("linkages", "need_id"), ("linkages", "household_id"), ("linkages", "facility_id"),
    ("facilities", "kind"), ("facilities", "dong_code"),
    ("reports", "status"), ("reports", "household_id"),
    ("registry_changes", "case_no"),
    ("audit_log", "at"), ("audit_log", "table_name, record_id"),
    ("visitors", "dong_code"),
]


def index_name(table, columns):
    return f"idx_{table}_" + "_".join(c.strip() for c in columns.split(","))


# --- derived household fields -----------------------------------------------------------------

def _met(alias="v"):
    outcomes = ", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)
    return f"{alias}.outcome IN ({outcomes}) AND {alias}.risk_level IS NOT NULL"


def derive_sql(where, keep_listed_risk=True):
    """UPDATE that re-derives the household fields from its visits for the rows in ``where``.
    A risk that came with the household (an imported list) stays until a visit in which the
    household was met assesses it (``keep_listed_risk``; not after a visit is deleted)."""
    latest_met = (f"FROM visits v WHERE v.household_id = households.id AND {_met()} "
                  "ORDER BY v.visited_on DESC, v.fid DESC LIMIT 1")
    risk = f"(SELECT v.risk_level {latest_met})"
    if keep_listed_risk:
        risk = (f"coalesce({risk}, CASE WHEN NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = households.id "
                f"AND {_met()}) THEN households.risk_level END)")
    return f"""UPDATE households SET
    risk_level = {risk},
    last_visit_on = (SELECT max(v.visited_on) FROM visits v WHERE v.household_id = households.id),
    next_visit_due = (SELECT date(v.visited_on, '+' || (SELECT s.value FROM settings s
                        WHERE s.key = 'cycle_days_' || v.risk_level) || ' days') {latest_met})
  WHERE {where};"""


def _status_after(new):
    return (f"UPDATE households SET status = CASE {new}.outcome WHEN 'moved' THEN 'moved' "
            f"ELSE 'deceased' END, read_version = version WHERE id = {new}.household_id AND status = 'active' "
            f"AND {new}.outcome IN ('moved', 'deceased') AND NOT EXISTS (SELECT 1 FROM visits l "
            f"WHERE l.household_id = {new}.household_id AND l.visited_on > {new}.visited_on);")


TRIGGERS = {
    "trg_visits_derive_insert": f"""AFTER INSERT ON visits BEGIN
  {derive_sql('id = NEW.household_id')}
  {_status_after('NEW')}
END""",
    "trg_visits_derive_update": f"""AFTER UPDATE ON visits BEGIN
  {derive_sql('id IN (OLD.household_id, NEW.household_id)')}
  {_status_after('NEW')}
END""",
    "trg_visits_derive_delete": f"""AFTER DELETE ON visits BEGIN
  {derive_sql('id = OLD.household_id', keep_listed_risk=False)}
END""",
    # Changing a revisit cycle re-derives every visited household's next due date.
    "trg_settings_cycle_update": f"""AFTER UPDATE OF value ON settings
  WHEN NEW.key LIKE 'cycle_days_%' BEGIN
  {derive_sql('id IN (SELECT household_id FROM visits)')}
END""",
    # Needs and linkages belong to the same household as their visit / need.
    "trg_needs_household_check": """BEFORE INSERT ON needs
  WHEN NEW.visit_id IS NOT NULL AND NEW.household_id IS NOT
       (SELECT household_id FROM visits WHERE id = NEW.visit_id) BEGIN
  SELECT RAISE(ABORT, 'needs.household_id differs from the household of its visit');
END""",
    "trg_linkages_household_check": """BEFORE INSERT ON linkages
  WHEN NEW.need_id IS NOT NULL AND NEW.household_id IS NOT
       (SELECT household_id FROM needs WHERE id = NEW.need_id) BEGIN
  SELECT RAISE(ABORT, 'linkages.household_id differs from the household of its need');
END""",
    # Cycle settings must stay positive whole numbers of days.
    "trg_settings_cycle_check": """BEFORE UPDATE OF value ON settings
  WHEN NEW.key LIKE 'cycle_days_%' AND (CAST(NEW.value AS INTEGER) <= 0
       OR CAST(NEW.value AS INTEGER) || '' <> NEW.value) BEGIN
  SELECT RAISE(ABORT, 'revisit cycle must be a positive whole number of days');
END""",
}


# Every column a person types free text into: the resident-registration-number guard watches them all.
FREE_TEXT = {
    "households": ("case_no", "head_name", "phone", "address", "address_detail", "notes", "source_labels"),
    "visits": ("notes",),
    "needs": ("item", "notes"),
    "linkages": ("provider_name", "notes"),
    "reports": ("address", "description"),
    "visitors": ("name", "organisation", "phone"),
    "registry_changes": ("case_no", "new_address"),
}


def rrn_test(table, prefix="NEW."):
    """SQL true when any free-text column of ``table`` holds what looks like a resident
    registration number (:mod:`.rrn`)."""
    return " OR ".join(f"{prefix}{column} GLOB '{p}'" for column in FREE_TEXT[table] for p in rrn.glob_patterns())


def rrn_triggers():
    """BEFORE INSERT and UPDATE triggers refusing a resident registration number in any free-text
    column (:mod:`.rrn`: full-width digits, any dash or space), naming the column; triggers, not
    CHECKs, so that an upgrade adds them to an existing file without rebuilding its tables. One
    trigger per table and event (the per-column tests only run when one of them matched)."""
    out = {}
    for table, columns in FREE_TEXT.items():
        body = "\n".join(
            f"  SELECT RAISE(ABORT, '{table}.{column}: {rrn.MESSAGE}') WHERE "
            + " OR ".join(f"NEW.{column} GLOB '{p}'" for p in rrn.glob_patterns()) + ";" for column in columns)
        for event in ("INSERT", "UPDATE"):
            out[f"trg_rrn_{table}_{event.lower()}"] = f"""BEFORE {event} ON {table} WHEN {rrn_test(table)} BEGIN
{body}
END"""
    return out


AUDITED = ("households", "visits", "needs", "linkages", "reports")
# changes the database derives itself (from visits, from where the point stands) are not someone's edit
DERIVED_COLUMNS = {"households": ("risk_level", "last_visit_on", "next_visit_due", "dong_code", "tong")}
STALE_MESSAGE = ("stale household: someone saved it after you read it; reload it and save again "
                 "(an edit names the version it read in read_version)")
LOCK_COLUMNS = ("version", "read_version", "updated_at", "updated_by")


def _columns(table):
    body = next(columns for name, _, _, columns in TABLES if name == table)
    return [line.split()[0] for line in body.strip().splitlines()
            if line.strip() and not line.strip().startswith(("CHECK", "UNIQUE"))]


def audit_triggers(table):
    """Triggers writing audit_log for every insert, update and delete on ``table``: who (the
    updated_by/created_by the client wrote — QGIS forms fill them with the user account), when,
    what, which record; an update lists the columns it changed (names only: no personal data)."""
    columns = [c for c in _columns(table) if c not in ("fid",)]
    watched = [c for c in columns if c not in DERIVED_COLUMNS.get(table, ()) + LOCK_COLUMNS]
    changed = ", ".join(f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '{c}' END" for c in watched)
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    who = "coalesce({0}.updated_by, {0}.created_by)"
    return {
        f"trg_audit_{table}_insert": f"""AFTER INSERT ON {table} BEGIN
  INSERT INTO audit_log (user, action, table_name, record_id) VALUES ({who.format('NEW')}, 'insert', '{table}', NEW.id);
END""",
        f"trg_audit_{table}_update": f"""AFTER UPDATE ON {table} WHEN {any_change} BEGIN
  INSERT INTO audit_log (user, action, table_name, record_id, detail) VALUES ({who.format('NEW')}, 'update', '{table}',
    NEW.id, (SELECT json_object('changed', json_group_array(value)) FROM json_each(json_array({changed}))
             WHERE value IS NOT NULL));
END""",
        f"trg_audit_{table}_delete": f"""AFTER DELETE ON {table} BEGIN
  INSERT INTO audit_log (user, action, table_name, record_id) VALUES ({who.format('OLD')}, 'delete', '{table}', OLD.id);
END""",
    }


def version_check():
    """No lost update, kept by the database: an edit of a household names the version it read
    (read_version = version as read; the forms do this). If someone saved in between, or the edit
    does not say, it is refused. A good save moves version on by one and clears read_version.
    Fields the database derives are exempt."""
    watched = [c for c in _columns("households") if c not in ("fid",) + LOCK_COLUMNS + DERIVED_COLUMNS["households"]]
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    return {
        "trg_households_version_check": f"""BEFORE UPDATE ON households
  WHEN ({any_change}) AND NEW.read_version IS NOT OLD.version BEGIN
  SELECT RAISE(ABORT, '{STALE_MESSAGE}');
END""",
        "trg_households_version_bump": f"""AFTER UPDATE ON households WHEN {any_change} BEGIN
  UPDATE households SET version = OLD.version + 1, read_version = NULL WHERE fid = NEW.fid;
END""",
    }


for _table in AUDITED:
    TRIGGERS.update(audit_triggers(_table))
TRIGGERS.update(version_check())
TRIGGERS.update(rrn_triggers())


def ddl(table):
    for name, _, _, columns in TABLES:
        if name == table:
            return f'CREATE TABLE "{name}" ({columns}\n)'
    raise KeyError(table)


def create_schema(conn, epsg=DEFAULT_EPSG, srs_name=None, srs_wkt=None):
    """Create the whole data model on an empty connection (one transaction)."""
    gpkg.initialise(conn)
    if epsg != 4326:
        if srs_wkt is None:
            from pyproj import CRS
            crs = CRS.from_epsg(epsg)
            srs_name, srs_wkt = crs.name, crs.to_wkt("WKT1_GDAL")
        gpkg.add_srs(conn, epsg, srs_name or f"EPSG:{epsg}", srs_wkt)
    for name, description, geometry, _ in TABLES:
        conn.execute(ddl(name))
        gpkg.register_table(conn, name, description, geometry, epsg if geometry else None)
        if geometry:
            gpkg.add_spatial_index(conn, name, geometry[0])
    for table, columns in INDEXES:
        conn.execute(f'CREATE INDEX "{index_name(table, columns)}" ON "{table}" ({columns})')
    for name, body in TRIGGERS.items():
        conn.execute(f'CREATE TRIGGER "{name}" {body}')
    rows = []
    for list_name, items in cat.CATEGORY_LISTS.items():
        rows += [(list_name, c.code, c.ko, c.en, i) for i, c in enumerate(items)]
    conn.executemany("INSERT INTO categories (list, code, label_ko, label_en, sort) VALUES (?,?,?,?,?)", rows)
    settings = {"schema_version": str(SCHEMA_VERSION), "crs_epsg": str(epsg), "pseudonym_secret": new_secret()}
    settings.update({f"cycle_days_{k}": str(v) for k, v in DEFAULT_CYCLE_DAYS.items()})
    conn.executemany("INSERT INTO settings VALUES (?,?)", sorted(settings.items()))


def new_secret():
    """The per-database secret the partners' pseudonyms are keyed with (never leaves the database
    in a partner output)."""
    import secrets

    return secrets.token_hex(16)


def schema_version(conn):
    row = conn.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def upgrade(conn):
    """Bring a GeoPackage of an older model version up to :data:`SCHEMA_VERSION` in one
    transaction (new columns, the triggers that list columns, new category lists); True when it
    changed anything. A database newer than this plugin is refused."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise ValueError(f"the database is of model version {version}, newer than this plugin's "
                         f"({SCHEMA_VERSION}): update the plugin")
    if version == SCHEMA_VERSION:
        return False
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN")  # DDL too: sqlite3 opens no transaction of its own before ALTER
    try:
        have = {r[1] for r in conn.execute('PRAGMA table_info("households")')}
        for name, definition in HOUSEHOLD_V2_COLUMNS:
            if name not in have:
                conn.execute(f"ALTER TABLE households ADD COLUMN {name} {definition}")
        for name, body in TRIGGERS.items():
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(f'CREATE TRIGGER "{name}" {body}')
        rows = [(list_name, c.code, c.ko, c.en, i) for list_name, items in cat.CATEGORY_LISTS.items()
                for i, c in enumerate(items)]
        conn.executemany("INSERT OR IGNORE INTO categories (list, code, label_ko, label_en, sort) VALUES (?,?,?,?,?)", rows)
        conn.execute("INSERT OR IGNORE INTO settings VALUES ('pseudonym_secret', ?)", (new_secret(),))
        conn.execute("UPDATE settings SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return True


def cycle_days(conn):
    """The revisit cycle (days per risk level) stored in a database."""
    rows = conn.execute("SELECT key, value FROM settings WHERE key LIKE 'cycle_days_%'").fetchall()
    return {k[len("cycle_days_"):]: int(v) for k, v in rows}


def set_cycle_days(conn, days):
    """Change the revisit cycle; the database re-derives every next_visit_due."""
    with conn:
        for level, value in days.items():
            if level not in cat.codes(cat.RISK_LEVELS):
                raise ValueError(f"unknown risk level {level!r}")
            conn.execute("UPDATE settings SET value = ? WHERE key = ?", (str(int(value)), f"cycle_days_{level}"))


def is_welfare_database(conn):
    try:
        names = {r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")}
    except Exception:  # noqa: BLE001 - any sqlite error means "not ours"
        return False
    return set(TABLE_NAMES) <= names
