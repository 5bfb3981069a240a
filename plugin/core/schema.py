"""The GeoPackage emitter of the data model (:mod:`.model`): its tables as SQLite DDL with CHECK
constraints on every category, foreign keys, indexes, and the triggers that keep the derived
household fields (risk_level, last_visit_on, next_visit_due, status after a death or a move) true
whichever client edits the file, the audit trail, the version check and the resident-registration-
number guard.

Pure Python: builds SQL strings and runs them on a sqlite3 connection from :mod:`.gpkg`.
"""
from . import categories as cat
from . import gpkg, rrn
from . import model as m
from .model import (
    AUDITED,
    DEFAULT_EPSG,
    DERIVED_COLUMNS,
    FREE_TEXT,
    LOCK_COLUMNS,
    SCHEMA_VERSION,
    STALE_MESSAGE,
    index_name,  # noqa: F401 - part of this module's API
)
from .risk import DEFAULT_CYCLE_DAYS

__all__ = ["AUDITED", "DEFAULT_EPSG", "DERIVED_COLUMNS", "FREE_TEXT", "LOCK_COLUMNS", "SCHEMA_VERSION",
           "STALE_MESSAGE"]

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


def in_list(column, categories, nullable=True, chain=False):
    """CHECK that ``column`` holds a code of the list. ``chain``: written as ``column = 'a' OR …``,
    which SQLite tests in a quarter of the time of an ``IN (…)`` list (it builds a small table for
    the list on every row it checks); PostgreSQL takes the list."""
    if chain:
        check = "(" + " OR ".join(f"{column} = '{c}'" for c in cat.codes(categories)) + ")"
    else:
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


TYPES = {m.KEY: "INTEGER", m.BIG_KEY: "INTEGER", m.TEXT: "TEXT", m.INTEGER: "INTEGER", m.REAL: "REAL", m.DATE: "DATE",
         m.DATETIME: "DATETIME", m.BOOLEAN: "BOOLEAN", m.POINT: "POINT", m.MULTILINESTRING: "MULTILINESTRING",
         m.MULTIPOLYGON: "MULTIPOLYGON"}
DEFAULTS = {m.Default.UUID: UUID, m.Default.NOW: NOW}


def _literal(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value) if isinstance(value, int) else f"'{value}'"


def column_sql(column):
    """One column of the model as a SQLite column definition."""
    c = column
    if c.type in (m.KEY, m.BIG_KEY):
        return f"{c.name} INTEGER PRIMARY KEY AUTOINCREMENT"
    parts = [c.name, TYPES[c.type]]
    default = DEFAULTS.get(c.default, c.default) if c.default != m.Default.LOGIN else None
    if default is not None:
        parts.append(f"NOT NULL ON CONFLICT REPLACE DEFAULT {default if c.default in DEFAULTS else _literal(default)}")
    elif c.required:
        parts.append("NOT NULL")
    if c.unique:
        parts.append("UNIQUE")
    nullable = not c.not_null
    if c.categories and c.multi:
        parts.append(multi_in_list(c.name, cat.CATEGORY_LISTS[c.categories]))
    elif c.categories:
        parts.append(in_list(c.name, cat.CATEGORY_LISTS[c.categories], nullable=nullable, chain=True))
    if c.type == m.DATE:
        parts.append(valid_date(c.name, nullable=nullable))
    if c.type == m.BOOLEAN:
        parts.append(f"CHECK ({c.name} IN (0, 1))")
    for op, bound in ((">", c.above), (">=", c.at_least)):
        if bound is not None:
            parts.append(f"CHECK ({c.name} IS NULL OR {c.name} {op} {bound})")
    if c.references:
        r = c.references
        parts.append(f"REFERENCES {r.table}({r.column}) ON UPDATE CASCADE ON DELETE {r.on_delete}")
    return " ".join(parts)


def ddl(table):
    """CREATE TABLE of one table of the model."""
    t = m.table(table)
    lines = [column_sql(c) for c in t.columns]
    if t.primary_key != ("fid",):
        key = ", ".join(t.primary_key)
        if len(t.primary_key) == 1:
            lines = [line + " PRIMARY KEY" if line.split()[0] == key else line for line in lines]
        else:
            lines.append(f"PRIMARY KEY ({key})")
    lines += [f"UNIQUE ({', '.join(u)})" for u in t.unique]
    lines += [f"CHECK ({check})" for check in t.checks]
    return f'CREATE TABLE "{t.name}" (\n  ' + ",\n  ".join(lines) + "\n)"


# the tables every welfare GeoPackage has had since model version 1 (what makes a file one: the
# tables later versions added, such as the base map's, an upgrade makes)
TABLE_NAMES = tuple(t.name for t in m.tables() if t.since == 1)
BASE_TABLES = m.BASE_TABLES
SPATIAL_TABLES = tuple(t.name for t in m.tables() if t.geometry)
INDEXES = [(t.name, columns) for t in m.tables() for columns in t.indexes]


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


# Every column a person types free text into (model.FREE_TEXT): the RRN guard watches them all.


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


def audit_triggers(table):
    """Triggers writing audit_log for every insert, update and delete on ``table``: who (the
    updated_by/created_by the client wrote — QGIS forms fill them with the user account), when,
    what, which record; an update lists the columns it changed (names only: no personal data)."""
    watched = m.watched(table)
    changed = ", ".join(f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '{c}' END" for c in watched)
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    # who: the last writer where the table keeps one (a companion row is only ever added or removed)
    who = "coalesce({0}.updated_by, {0}.created_by)" if "updated_by" in m.table(table).names else "{0}.created_by"
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


def version_check(table="households"):
    """No lost update, kept by the database: an edit of a household names the version it read
    (read_version = version as read; the forms do this). If someone saved in between, or the edit
    does not say, it is refused. A good save moves version on by one and clears read_version.
    Fields the database derives are exempt."""
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in m.watched(table))
    return {
        f"trg_{table}_version_check": f"""BEFORE UPDATE ON {table}
  WHEN ({any_change}) AND NEW.read_version IS NOT OLD.version BEGIN
  SELECT RAISE(ABORT, '{STALE_MESSAGE}');
END""",
        f"trg_{table}_version_bump": f"""AFTER UPDATE ON {table} WHEN {any_change} BEGIN
  UPDATE {table} SET version = OLD.version + 1, read_version = NULL WHERE fid = NEW.fid;
END""",
    }


for _table in AUDITED:
    TRIGGERS.update(audit_triggers(_table))
for _table in m.VERSIONED:
    TRIGGERS.update(version_check(_table))
TRIGGERS.update(rrn_triggers())


def create_schema(conn, epsg=DEFAULT_EPSG, srs_name=None, srs_wkt=None):
    """Create the whole data model on an empty connection (one transaction)."""
    gpkg.initialise(conn)
    if epsg != 4326:
        if srs_wkt is None:
            from pyproj import CRS
            crs = CRS.from_epsg(epsg)
            srs_name, srs_wkt = crs.name, crs.to_wkt("WKT1_GDAL")
        gpkg.add_srs(conn, epsg, srs_name or f"EPSG:{epsg}", srs_wkt)
    for t in m.tables():
        _create_table(conn, t, epsg)
    for name, body in TRIGGERS.items():
        conn.execute(f'CREATE TRIGGER "{name}" {body}')
    conn.executemany("INSERT INTO categories (list, code, label_ko, label_en, sort) VALUES (?,?,?,?,?)",
                     m.category_rows())
    settings = {"schema_version": str(SCHEMA_VERSION), "crs_epsg": str(epsg), "pseudonym_secret": new_secret()}
    settings.update({f"cycle_days_{k}": str(v) for k, v in DEFAULT_CYCLE_DAYS.items()})
    conn.executemany("INSERT INTO settings VALUES (?,?)", sorted(settings.items()))


def _create_table(conn, t, epsg):
    """One table of the model: its DDL, its gpkg_contents (and geometry column and R-tree) rows,
    its indexes."""
    conn.execute(ddl(t.name))
    geometry = (t.geometry.name, TYPES[t.geometry.type]) if t.geometry else None
    gpkg.register_table(conn, t.name, t.description, geometry, epsg if geometry else None)
    if geometry:
        gpkg.add_spatial_index(conn, t.name, geometry[0])
    for columns in t.indexes:
        conn.execute(f'CREATE INDEX "{index_name(t.name, columns)}" ON "{t.name}" ({columns})')


def _column_definitions(sql):
    """{column name: (start, end)} of the column definitions in a CREATE TABLE statement (the
    top-level items of its body that begin with a column name)."""
    body_start = sql.index("(") + 1
    spans, depth, quote, start = {}, 0, False, body_start
    for i in range(body_start, len(sql)):
        ch = sql[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")" and depth == 0 or (not quote and ch == "," and depth == 0):
            item = sql[start:i]
            name = item.split()[0].strip('"') if item.split() else ""
            spans[name] = (start, i)
            start = i + 1
            if ch == ")":
                break
        elif not quote and ch == ")":
            depth -= 1
    return spans


def _widen_category_checks(conn):
    """A category list that grew (a new code, such as location quality 'building'): the CHECK of
    each column holding its codes is written anew. SQLite keeps a CHECK only in the table's
    CREATE statement and changes it only by rebuilding the table — unless the statement itself
    is edited (writable_schema), which SQLite documents as safe for a CHECK constraint: it does
    not change what is stored. Only columns whose CHECK lacks a code are touched. True when any was."""
    changed = False
    for t in m.tables():
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (t.name,)).fetchone()
        if row is None:
            continue
        sql = new_sql = row[0]
        spans = _column_definitions(sql)
        for column in reversed([c for c in t.columns if c.categories and not c.multi and c.name in spans]):
            start, end = spans[column.name]
            definition = sql[start:end]
            if all(f"'{code}'" in definition for code in column.category_codes):
                continue
            new_sql = new_sql[:start] + "\n  " + column_sql(column) + new_sql[end:]
        if new_sql != sql:
            if not changed:
                conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (new_sql, t.name))
            changed = True
    if changed:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
    return changed


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
        epsg = int(conn.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])
        for t in m.tables_added_since(version):
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (t.name,)).fetchone():
                _create_table(conn, t, epsg)
        _widen_category_checks(conn)
        for table, columns in m.added_since(version).items():
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            for column in columns:
                if column.name not in have:
                    conn.execute(f'ALTER TABLE "{table}" ADD COLUMN {column_sql(column)}')
        for name, body in TRIGGERS.items():
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(f'CREATE TRIGGER "{name}" {body}')
        conn.executemany("INSERT OR IGNORE INTO categories (list, code, label_ko, label_en, sort) VALUES (?,?,?,?,?)",
                         m.category_rows())
        conn.executemany("UPDATE categories SET sort = ? WHERE list = ? AND code = ?",
                         [(sort, list_name, code) for list_name, code, _, _, sort in m.category_rows()])
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
