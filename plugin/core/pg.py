"""The welfare-visit data model on PostgreSQL/PostGIS, for a district whose staff, dong offices
and partners work at once: the same tables, categories and checks as the GeoPackage
(:mod:`.schema`), the derived household fields, the audit trail (the audit user is the
database login) and the version check kept by the server, plus group roles with row-level
security — district admin, dong staff (only the rows of their 동), partner (masked views only),
auditor (the audit log only) — and the move-up of a GeoPackage with everything in it.

Plain Python: SQL strings run through a DB-API connection (psycopg2)."""
import re

from . import categories as cat
from . import gpkg
from .risk import DEFAULT_CYCLE_DAYS
from .schema import SCHEMA_VERSION

GROUPS = ("admin", "staff", "partner", "auditor")
HOUSEHOLD_TABLES = ("households", "visits", "needs", "linkages", "reports")
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def check_name(name):
    """Schema and login names are written into SQL: only plain lower-case identifiers."""
    if not _NAME.match(name or ""):
        raise ValueError(f"{name!r} is not a plain lower-case identifier (a-z, 0-9, _)")
    return name


def _in(column, categories, nullable=True):
    values = ", ".join(f"'{c}'" for c in cat.codes(categories))
    check = f"{column} IN ({values})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


def _multi(column, categories):
    values = ", ".join(f"'{c}'" for c in cat.codes(categories))
    return (f"CHECK ({column} IS NULL OR array_remove(string_to_array(replace(replace(replace(trim(both '{{}}' from "
            f"{column}), ';', ','), ' ', ''), '\"', ''), ','), '') <@ ARRAY[{values}]::text[])")


def _no_rrn(column):
    return f"CHECK (coalesce({column}, '') !~ '[0-9]{{6}}-?[1-8][0-9]{{6}}')"


# model version 2 (schema.HOUSEHOLD_V2_COLUMNS), at the end of households as in the GeoPackage
HOUSEHOLD_V2_COLUMNS = (
    ("found_on", "date"),
    ("members", "integer CHECK (members > 0)"),
    ("crisis_indicators", f"text {_multi('crisis_indicators', cat.CRISIS_INDICATORS)}"),
    ("source_labels", f"text {_no_rrn('source_labels')}"),
)

AUDIT = """created_at timestamptz NOT NULL DEFAULT now(),
  created_by text DEFAULT session_user,
  updated_at timestamptz,
  updated_by text"""


def tables(epsg):
    return [
        ("districts", f"""fid serial PRIMARY KEY, geom geometry(MultiPolygon, {epsg}), code text NOT NULL UNIQUE,
  name text NOT NULL, level text NOT NULL {_in('level', cat.DISTRICT_LEVELS, False)}, parent_code text,
  population integer CHECK (population >= 0), households_registered integer CHECK (households_registered >= 0),
  source text"""),
        ("visitors", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  name text NOT NULL, role text NOT NULL {_in('role', cat.VISITOR_ROLES, False)}, organisation text, dong_code text,
  phone text, active boolean NOT NULL DEFAULT true, {AUDIT}"""),
        ("households", f"""fid serial PRIMARY KEY, geom geometry(Point, {epsg}),
  id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE, case_no text UNIQUE,
  head_name text {_no_rrn('head_name')}, phone text {_no_rrn('phone')}, address text {_no_rrn('address')},
  address_detail text {_no_rrn('address_detail')}, dong_code text, tong integer CHECK (tong > 0),
  ban integer CHECK (ban > 0), household_types text {_multi('household_types', cat.HOUSEHOLD_TYPES)},
  benefit_status text {_in('benefit_status', cat.BENEFIT_STATUS)},
  discovery_source text {_in('discovery_source', cat.DISCOVERY_SOURCES)},
  risk_level text {_in('risk_level', cat.RISK_LEVELS)},
  status text NOT NULL DEFAULT 'active' {_in('status', cat.HOUSEHOLD_STATUS, False)},
  last_visit_on date, next_visit_due date, assigned_visitor_id text REFERENCES {{s}}.visitors(id) ON UPDATE CASCADE
  ON DELETE SET NULL, share_consent boolean NOT NULL DEFAULT false,
  geocode_quality text {_in('geocode_quality', cat.GEOCODE_QUALITY)}, notes text {_no_rrn('notes')}, {AUDIT},
  version integer NOT NULL DEFAULT 1, read_version integer, {", ".join(f"{c} {d}" for c, d in HOUSEHOLD_V2_COLUMNS)}"""),
        ("visits", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  household_id text NOT NULL REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visited_on date NOT NULL, visitor_id text REFERENCES {{s}}.visitors(id) ON UPDATE CASCADE ON DELETE SET NULL,
  method text NOT NULL DEFAULT 'in_person' {_in('method', cat.VISIT_METHODS, False)},
  outcome text NOT NULL {_in('outcome', cat.VISIT_OUTCOMES, False)}, risk_level text {_in('risk_level', cat.RISK_LEVELS)},
  notes text {_no_rrn('notes')}, {AUDIT},
  CHECK (risk_level IS NULL OR outcome IN ({", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)}))"""),
        ("needs", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  household_id text NOT NULL REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visit_id text REFERENCES {{s}}.visits(id) ON UPDATE CASCADE ON DELETE SET NULL,
  domain text NOT NULL {_in('domain', cat.NEED_DOMAINS, False)}, item text,
  status text NOT NULL DEFAULT 'open' {_in('status', cat.NEED_STATUS, False)}, notes text {_no_rrn('notes')}, {AUDIT}"""),
        ("facilities", f"""fid serial PRIMARY KEY, geom geometry(Point, {epsg}),
  id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE, name text NOT NULL, code text,
  kind text NOT NULL {_in('kind', cat.FACILITY_KINDS, False)}, kind_detail text,
  services text {_multi('services', cat.NEED_DOMAINS)}, address text, phone text,
  capacity integer CHECK (capacity >= 0), dong_code text, source text,
  geocode_quality text {_in('geocode_quality', cat.GEOCODE_QUALITY)}, {AUDIT}"""),
        ("linkages", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  need_id text REFERENCES {{s}}.needs(id) ON UPDATE CASCADE ON DELETE SET NULL,
  household_id text NOT NULL REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  kind text NOT NULL {_in('kind', cat.LINKAGE_KINDS, False)},
  facility_id text REFERENCES {{s}}.facilities(id) ON UPDATE CASCADE ON DELETE SET NULL, provider_name text,
  linked_on date NOT NULL, status text NOT NULL DEFAULT 'requested' {_in('status', cat.LINKAGE_STATUS, False)},
  notes text {_no_rrn('notes')}, {AUDIT}, CHECK (facility_id IS NOT NULL OR coalesce(provider_name, '') <> '')"""),
        ("reports", f"""fid serial PRIMARY KEY, geom geometry(Point, {epsg}),
  id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE, received_on date NOT NULL,
  channel text NOT NULL {_in('channel', cat.REPORT_CHANNELS, False)},
  reporter_role text {_in('reporter_role', cat.VISITOR_ROLES)}, address text {_no_rrn('address')},
  description text {_no_rrn('description')}, status text NOT NULL DEFAULT 'new' {_in('status', cat.REPORT_STATUS, False)},
  household_id text REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE SET NULL, dong_code text, {AUDIT}"""),
        ("registry_changes", f"""fid serial PRIMARY KEY, case_no text NOT NULL,
  change text NOT NULL {_in('change', cat.REGISTRY_CHANGES, False)}, effective_on date NOT NULL, new_address text,
  applied_at timestamptz, household_id text REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()"""),
        ("audit_log", """fid bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), "user" text,
  action text NOT NULL CHECK (action IN ('insert','update','delete','print','export','import')),
  table_name text, record_id text, detail text"""),
        ("categories", """fid serial PRIMARY KEY, list text NOT NULL, code text NOT NULL, label_ko text NOT NULL,
  label_en text NOT NULL, sort integer NOT NULL, UNIQUE (list, code)"""),
        ("settings", """key text PRIMARY KEY, value text NOT NULL"""),
        ("staff_dongs", """login text NOT NULL, dong_code text NOT NULL, PRIMARY KEY (login, dong_code)"""),
    ]


DERIVED = ("risk_level", "last_visit_on", "next_visit_due", "dong_code", "tong")
LOCK = ("version", "read_version", "updated_at", "updated_by")


def _households_version(s):
    """The version check of households (it lists the watched columns: made anew on an upgrade)."""
    from .schema import _columns

    watched = [c for c in _columns("households") if c not in ("fid",) + DERIVED + LOCK]
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in watched)
    return f"""
CREATE OR REPLACE FUNCTION {s}.households_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE who text; stamp timestamptz;
BEGIN
  IF NOT ({changed}) THEN RETURN NEW; END IF;
  IF NEW.read_version IS DISTINCT FROM OLD.version THEN
    RAISE EXCEPTION 'stale household %: saved by % at % after you read it (version % < %); reload it and save again',
      coalesce(OLD.case_no, OLD.id), coalesce(OLD.updated_by, OLD.created_by), coalesce(OLD.updated_at, OLD.created_at),
      NEW.read_version, OLD.version USING ERRCODE = 'serialization_failure';
  END IF;
  NEW.version := OLD.version + 1;
  NEW.read_version := NULL;
  NEW.updated_by := session_user;
  NEW.updated_at := now();
  RETURN NEW;
END $$;
"""


def _functions(s):
    met = ", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)
    return f"""
CREATE FUNCTION {s}.derive_household(hid text, keep_listed_risk boolean DEFAULT true) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = {s}, public AS $$
  UPDATE {s}.households h SET
    risk_level = CASE WHEN m.risk_level IS NOT NULL THEN m.risk_level WHEN keep_listed_risk THEN h.risk_level END,
    last_visit_on = (SELECT max(visited_on) FROM {s}.visits v WHERE v.household_id = h.id),
    next_visit_due = m.visited_on + (SELECT value::integer FROM {s}.settings WHERE key = 'cycle_days_' || m.risk_level)
  FROM (SELECT hid AS id) k LEFT JOIN LATERAL (
    SELECT v.risk_level, v.visited_on FROM {s}.visits v WHERE v.household_id = hid AND v.outcome IN ({met})
      AND v.risk_level IS NOT NULL ORDER BY v.visited_on DESC, v.fid DESC LIMIT 1) m ON true
  WHERE h.id = hid;
$$;

CREATE FUNCTION {s}.visits_derive() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {s}, public AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM {s}.derive_household(OLD.household_id, TG_OP <> 'DELETE'); END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM {s}.derive_household(NEW.household_id);
    IF NEW.outcome IN ('moved', 'deceased') AND NOT EXISTS (SELECT 1 FROM {s}.visits l
        WHERE l.household_id = NEW.household_id AND l.visited_on > NEW.visited_on) THEN
      UPDATE {s}.households SET status = CASE NEW.outcome WHEN 'moved' THEN 'moved' ELSE 'deceased' END,
             read_version = version WHERE id = NEW.household_id AND status = 'active';
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION {s}.settings_cycle() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {s}, public AS $$
BEGIN
  IF NEW.key LIKE 'cycle_days_%' THEN
    IF NEW.value !~ '^[1-9][0-9]*$' THEN RAISE EXCEPTION 'revisit cycle must be a positive whole number of days'; END IF;
    PERFORM {s}.derive_household(id) FROM (SELECT DISTINCT household_id AS id FROM {s}.visits) v;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION {s}.audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {s}, public AS $$
DECLARE changed text[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
      JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
      WHERE n.value IS DISTINCT FROM o.value
        AND NOT (TG_TABLE_NAME = 'households' AND n.key = ANY (ARRAY{list(DERIVED + LOCK)}));
    IF changed IS NULL THEN RETURN NULL; END IF;
    INSERT INTO {s}.audit_log ("user", action, table_name, record_id, detail)
      VALUES (session_user, 'update', TG_TABLE_NAME, NEW.id, json_build_object('changed', changed)::text);
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO {s}.audit_log ("user", action, table_name, record_id) VALUES (session_user, 'insert', TG_TABLE_NAME, NEW.id);
  ELSE
    INSERT INTO {s}.audit_log ("user", action, table_name, record_id) VALUES (session_user, 'delete', TG_TABLE_NAME, OLD.id);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION {s}.log_event(event text, tbl text, info text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {s}, public AS $$
BEGIN
  IF event NOT IN ('print', 'export', 'import') THEN
    RAISE EXCEPTION 'only prints, exports and imports are logged this way';
  END IF;
  INSERT INTO {s}.audit_log ("user", action, table_name, detail) VALUES (session_user, event, tbl, info);
END $$;

CREATE FUNCTION {s}.stamp_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_by := session_user;  -- who wrote a row is the login, whatever the client says
  NEW.created_at := now();
  RETURN NEW;
END $$;

""" + _households_version(s) + f"""

CREATE TRIGGER visits_derive AFTER INSERT OR UPDATE OR DELETE ON {s}.visits FOR EACH ROW EXECUTE FUNCTION {s}.visits_derive();
CREATE TRIGGER settings_cycle AFTER UPDATE ON {s}.settings FOR EACH ROW EXECUTE FUNCTION {s}.settings_cycle();
CREATE TRIGGER households_version BEFORE UPDATE ON {s}.households FOR EACH ROW EXECUTE FUNCTION {s}.households_version();
""" + "".join(f"CREATE TRIGGER {t}_audit AFTER INSERT OR UPDATE OR DELETE ON {s}.{t} FOR EACH ROW "
              f"EXECUTE FUNCTION {s}.audit();\n" for t in HOUSEHOLD_TABLES) + "".join(
        f"CREATE TRIGGER {t}_stamp BEFORE INSERT ON {s}.{t} FOR EACH ROW EXECUTE FUNCTION {s}.stamp_insert();\n"
        for t in HOUSEHOLD_TABLES + ("visitors",))


def role(schema, group):
    return f"{schema}_{group}"


def _security(s):
    admin, staff, partner, auditor = (role(s, g) for g in GROUPS)
    mine = f"dong_code IN (SELECT dong_code FROM {s}.staff_dongs WHERE login = session_user)"
    sql = [f"GRANT USAGE ON SCHEMA {s} TO {admin}, {staff}, {partner}, {auditor};",
           f"GRANT ALL ON ALL TABLES IN SCHEMA {s} TO {admin};",
           f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {s} TO {admin}, {staff};",
           f"GRANT SELECT ON {s}.districts, {s}.facilities, {s}.visitors, {s}.categories, {s}.settings TO {staff};",
           f"GRANT INSERT, UPDATE ON {s}.visitors TO {staff};",
           f"GRANT SELECT ON {s}.staff_dongs TO {staff};",
           f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in HOUSEHOLD_TABLES)} TO {staff};",
           f"GRANT SELECT ON {s}.audit_log TO {auditor}, {admin};",
           f"REVOKE ALL ON FUNCTION {s}.log_event(text, text, text) FROM PUBLIC;",
           f"GRANT EXECUTE ON FUNCTION {s}.log_event(text, text, text) TO {admin}, {staff};"]
    for t in HOUSEHOLD_TABLES:
        sql.append(f"ALTER TABLE {s}.{t} ENABLE ROW LEVEL SECURITY;")
        sql.append(f"CREATE POLICY {t}_admin ON {s}.{t} TO {admin} USING (true) WITH CHECK (true);")
    sql.append(f"CREATE POLICY households_staff ON {s}.households TO {staff} USING ({mine}) WITH CHECK ({mine});")
    # registry changes: read-only, those of the households a login may see
    sql.append(f"GRANT SELECT ON {s}.registry_changes TO {staff};")
    sql.append(f"ALTER TABLE {s}.registry_changes ENABLE ROW LEVEL SECURITY;")
    sql.append(f"CREATE POLICY registry_changes_admin ON {s}.registry_changes TO {admin} USING (true) WITH CHECK (true);")
    sql.append(f"CREATE POLICY registry_changes_staff ON {s}.registry_changes FOR SELECT TO {staff} "
               f"USING (household_id IN (SELECT id FROM {s}.households));")
    for t in ("visits", "needs", "linkages"):
        sql.append(f"CREATE POLICY {t}_staff ON {s}.{t} TO {staff} USING (household_id IN (SELECT id FROM "
                   f"{s}.households)) WITH CHECK (household_id IN (SELECT id FROM {s}.households));")
    # unplaced reports (no 동 yet, no household) are every dong office's to pick up
    reports = f"({mine} OR household_id IN (SELECT id FROM {s}.households) OR (dong_code IS NULL AND household_id IS NULL))"
    sql.append(f"CREATE POLICY reports_staff ON {s}.reports TO {staff} USING {reports} WITH CHECK {reports};")
    # partners: views only — masked names, no phones, notes or addresses, places no finer than the 통
    sql.append(f"""CREATE VIEW {s}.partner_households AS
  SELECT 'H-' || upper(left(encode(sha256(convert_to(h.id, 'UTF8')), 'hex'), 6)) AS household, h.dong_code, h.tong,
    CASE WHEN length(trim(h.head_name)) <= 1 THEN '*'
         WHEN length(trim(h.head_name)) = 2 THEN left(trim(h.head_name), 1) || '*'
         ELSE left(trim(h.head_name), 1) || repeat('*', length(trim(h.head_name)) - 2) || right(trim(h.head_name), 1)
    END AS head_name_masked,
    h.household_types, h.risk_level, h.next_visit_due,
    (SELECT string_agg(DISTINCT n.domain, ',' ORDER BY n.domain) FROM {s}.needs n
      WHERE n.household_id = h.id AND n.status IN ('open', 'linked')) AS open_needs,
    (SELECT ST_PointOnSurface(d.geom) FROM {s}.districts d WHERE d.level = 'tong'
      AND d.code = h.dong_code || '-' || lpad(h.tong::text, 2, '0'))::geometry(Point) AS tong_point
  FROM {s}.households h WHERE h.share_consent AND h.status = 'active';""")
    sql.append(f"""CREATE VIEW {s}.partner_tong_counts AS
  SELECT h.dong_code, h.tong, count(*) FILTER (WHERE h.risk_level = 'high') AS high,
    count(*) FILTER (WHERE h.risk_level = 'medium') AS medium, count(*) FILTER (WHERE h.risk_level = 'low') AS low,
    count(*) FILTER (WHERE h.risk_level IS NULL) AS unvisited
  FROM {s}.households h WHERE h.status = 'active' GROUP BY h.dong_code, h.tong;""")
    sql.append(f"GRANT SELECT ON {s}.partner_households, {s}.partner_tong_counts, {s}.categories TO {partner};")
    sql.append(f"GRANT SELECT ON {s}.partner_households, {s}.partner_tong_counts TO {admin};")
    return sql


def create_schema(conn, schema="welfare", epsg=5186):
    """Create the whole model in ``schema`` (PostGIS enabled, group roles made if missing), in
    the connection's transaction: the caller commits."""
    s = check_name(schema)
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    for group in GROUPS:
        name = role(s, group)
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is None:
            cur.execute(f"CREATE ROLE {name} NOLOGIN")
    cur.execute(f"CREATE SCHEMA {s}")
    for name, body in tables(int(epsg)):
        cur.execute(f"CREATE TABLE {s}.{name} ({body.replace('{s}', s)})")
    from .schema import INDEXES, index_name

    for table, columns in INDEXES:
        cur.execute(f'CREATE INDEX "{index_name(table, columns)}" ON {s}.{table} ({columns})')
    for table in ("districts", "households", "facilities", "reports"):
        cur.execute(f"CREATE INDEX {table}_geom_idx ON {s}.{table} USING gist (geom)")
    cur.execute(f"CREATE INDEX staff_dongs_login ON {s}.staff_dongs (login)")
    cur.execute(_functions(s))
    rows = [(list_name, c.code, c.ko, c.en, i) for list_name, items in cat.CATEGORY_LISTS.items()
            for i, c in enumerate(items)]
    cur.executemany(f"INSERT INTO {s}.categories (list, code, label_ko, label_en, sort) VALUES (%s,%s,%s,%s,%s)", rows)
    settings = {"schema_version": str(SCHEMA_VERSION), "crs_epsg": str(epsg)}
    settings.update({f"cycle_days_{k}": str(v) for k, v in DEFAULT_CYCLE_DAYS.items()})
    cur.executemany(f"INSERT INTO {s}.settings VALUES (%s, %s)", sorted(settings.items()))
    for statement in _security(s):
        cur.execute(statement)


def schema_version(conn, schema="welfare"):
    cur = conn.cursor()
    cur.execute(f"SELECT value FROM {check_name(schema)}.settings WHERE key = 'schema_version'")
    row = cur.fetchone()
    return int(row[0]) if row else 0


def upgrade(conn, schema="welfare"):
    """Bring a shared database of an older model version up to :data:`SCHEMA_VERSION` (as its
    owner: new columns, the version check that lists them, new category lists), in the
    connection's transaction (the caller commits); True when it changed anything."""
    s = check_name(schema)
    version = schema_version(conn, s)
    if version > SCHEMA_VERSION:
        raise ValueError(f"the shared database is of model version {version}, newer than this plugin's "
                         f"({SCHEMA_VERSION}): update the plugin")
    if version == SCHEMA_VERSION:
        return False
    cur = conn.cursor()
    for name, definition in HOUSEHOLD_V2_COLUMNS:
        cur.execute(f"ALTER TABLE {s}.households ADD COLUMN IF NOT EXISTS {name} {definition}")
    cur.execute(_households_version(s))
    cur.executemany(f"INSERT INTO {s}.categories (list, code, label_ko, label_en, sort) VALUES (%s,%s,%s,%s,%s) "
                    "ON CONFLICT (list, code) DO NOTHING",
                    [(list_name, c.code, c.ko, c.en, i) for list_name, items in cat.CATEGORY_LISTS.items()
                     for i, c in enumerate(items)])
    cur.execute(f"UPDATE {s}.settings SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
    return True


def add_person(conn, login, group, dongs=(), schema="welfare", password=None):
    """A login for one person in a group (admin, staff, partner, auditor); staff see the rows of
    the 동 in ``dongs`` only. The password, if any, is passed as a parameter, never logged."""
    s, login = check_name(schema), check_name(login)
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r} (one of {', '.join(GROUPS)})")
    cur = conn.cursor()
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
    if cur.fetchone() is None:
        cur.execute(f"CREATE ROLE {login} LOGIN")
    if password:  # hashed here (SCRAM), so the server log can never show the password itself
        from psycopg2.extensions import encrypt_password

        cur.execute(f"ALTER ROLE {login} PASSWORD %s", (encrypt_password(password, login, conn, "scram-sha-256"),))
    for other in GROUPS:
        if other != group:
            cur.execute(f"REVOKE {role(s, other)} FROM {login}")
    cur.execute(f"GRANT {role(s, group)} TO {login}")
    cur.execute(f"DELETE FROM {s}.staff_dongs WHERE login = %s", (login,))
    cur.executemany(f"INSERT INTO {s}.staff_dongs (login, dong_code) VALUES (%s, %s)", [(login, d) for d in dongs])


# --- moving up from a GeoPackage ------------------------------------------------------------

COPY_ORDER = ("districts", "visitors", "households", "visits", "needs", "facilities", "linkages", "reports",
              "registry_changes", "audit_log", "settings")


def move_up(gpkg_path, conn, schema="welfare", epsg=None, progress=None):
    """Copy every row of a welfare GeoPackage into a new ``schema`` (created here) with ids,
    versions, derived fields and the audit log as they are; returns {table: rows}. One
    transaction on the server (the caller commits)."""
    s = check_name(schema)
    source = gpkg.connect_readonly(gpkg_path)
    try:
        epsg = epsg or int(source.execute("SELECT value FROM settings WHERE key = 'crs_epsg'").fetchone()[0])
        create_schema(conn, s, epsg)
        cur = conn.cursor()
        cur.execute("SET LOCAL session_replication_role = replica")  # copy as is: no triggers, no derivations
        counts = {}
        for n, table in enumerate(COPY_ORDER):
            columns = [r[1] for r in source.execute(f'PRAGMA table_info("{table}")')]
            if table == "settings":
                cur.execute(f"DELETE FROM {s}.settings")
            target = [f'"{c}"' for c in columns]
            marks = ["ST_SetSRID(ST_GeomFromWKB(%s), %s)" if c == "geom" else "%s" for c in columns]
            sql = f"INSERT INTO {s}.{table} ({', '.join(target)}) VALUES ({', '.join(marks)})"
            rows = []
            for row in source.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}"'):
                values = []
                for c, v in zip(columns, row):
                    if c == "geom":
                        geom = gpkg.decode(v) if v is not None else None
                        values += [geom.wkb if geom is not None else None, epsg]
                    elif c in ("active", "share_consent") and v is not None:
                        values.append(bool(v))
                    else:
                        values.append(v)
                rows.append(values)
            cur.executemany(sql, rows)
            if "fid" in columns:
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{s}.{table}', 'fid'), "
                            f"greatest((SELECT max(fid) FROM {s}.{table}), 1))")
            counts[table] = len(rows)
            if progress:
                progress(100.0 * (n + 1) / len(COPY_ORDER))
        cur.execute("SET LOCAL session_replication_role = origin")
        # the schema made here is this plugin's model, whatever version the GeoPackage said
        cur.execute(f"UPDATE {s}.settings SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        return counts
    finally:
        source.close()
