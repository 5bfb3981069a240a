"""The welfare-visit data model on PostgreSQL/PostGIS, for a district whose staff, dong offices
and partners work at once: the same tables, categories and checks as the GeoPackage
(:mod:`.schema`), the derived household fields, the audit trail (the audit user is the
database login) and the version check kept by the server, plus group roles with row-level
security — district admin, dong staff (only the rows of their 동), partner (masked views only),
auditor (the audit log only) — and the move-up of a GeoPackage with everything in it.

Plain Python: SQL strings run through a DB-API connection (psycopg2)."""
import re

from . import categories as cat
from . import gpkg, rrn
from .risk import DEFAULT_CYCLE_DAYS
from .schema import FREE_TEXT, SCHEMA_VERSION, new_secret

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


# model version 2 (schema.HOUSEHOLD_V2_COLUMNS), at the end of households as in the GeoPackage
HOUSEHOLD_V2_COLUMNS = (
    ("found_on", "date"),
    ("members", "integer CHECK (members > 0)"),
    ("crisis_indicators", f"text {_multi('crisis_indicators', cat.CRISIS_INDICATORS)}"),
    ("source_labels", "text"),
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
  head_name text, phone text, address text,
  address_detail text, dong_code text, tong integer CHECK (tong > 0),
  ban integer CHECK (ban > 0), household_types text {_multi('household_types', cat.HOUSEHOLD_TYPES)},
  benefit_status text {_in('benefit_status', cat.BENEFIT_STATUS)},
  discovery_source text {_in('discovery_source', cat.DISCOVERY_SOURCES)},
  risk_level text {_in('risk_level', cat.RISK_LEVELS)},
  status text NOT NULL DEFAULT 'active' {_in('status', cat.HOUSEHOLD_STATUS, False)},
  last_visit_on date, next_visit_due date, assigned_visitor_id text REFERENCES {{s}}.visitors(id) ON UPDATE CASCADE
  ON DELETE SET NULL, share_consent boolean NOT NULL DEFAULT false,
  geocode_quality text {_in('geocode_quality', cat.GEOCODE_QUALITY)}, notes text, {AUDIT},
  version integer NOT NULL DEFAULT 1, read_version integer, {", ".join(f"{c} {d}" for c, d in HOUSEHOLD_V2_COLUMNS)}"""),
        ("visits", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  household_id text NOT NULL REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visited_on date NOT NULL, visitor_id text REFERENCES {{s}}.visitors(id) ON UPDATE CASCADE ON DELETE SET NULL,
  method text NOT NULL DEFAULT 'in_person' {_in('method', cat.VISIT_METHODS, False)},
  outcome text NOT NULL {_in('outcome', cat.VISIT_OUTCOMES, False)}, risk_level text {_in('risk_level', cat.RISK_LEVELS)},
  notes text, {AUDIT},
  CHECK (risk_level IS NULL OR outcome IN ({", ".join(f"'{o}'" for o in cat.MET_OUTCOMES)}))"""),
        ("needs", f"""fid serial PRIMARY KEY, id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE,
  household_id text NOT NULL REFERENCES {{s}}.households(id) ON UPDATE CASCADE ON DELETE CASCADE,
  visit_id text REFERENCES {{s}}.visits(id) ON UPDATE CASCADE ON DELETE SET NULL,
  domain text NOT NULL {_in('domain', cat.NEED_DOMAINS, False)}, item text,
  status text NOT NULL DEFAULT 'open' {_in('status', cat.NEED_STATUS, False)}, notes text, {AUDIT}"""),
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
  notes text, {AUDIT}, CHECK (facility_id IS NOT NULL OR coalesce(provider_name, '') <> '')"""),
        ("reports", f"""fid serial PRIMARY KEY, geom geometry(Point, {epsg}),
  id text NOT NULL DEFAULT gen_random_uuid()::text UNIQUE, received_on date NOT NULL,
  channel text NOT NULL {_in('channel', cat.REPORT_CHANNELS, False)},
  reporter_role text {_in('reporter_role', cat.VISITOR_ROLES)}, address text,
  description text, status text NOT NULL DEFAULT 'new' {_in('status', cat.REPORT_STATUS, False)},
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
           f"GRANT SELECT ON {s}.districts, {s}.facilities, {s}.visitors, {s}.categories, {s}.settings TO {staff};",
           f"GRANT INSERT, UPDATE ON {s}.visitors TO {staff};",
           f"GRANT SELECT ON {s}.staff_dongs TO {staff};",
           f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in HOUSEHOLD_TABLES)} TO {staff};",
           f"GRANT SELECT ON {s}.audit_log TO {auditor}, {admin};"]  # log_event: see _hardening
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
    return sql


IDENTIFIED = ("households", "visits", "needs", "linkages", "reports", "visitors", "facilities")
LOG_EVENTS_PER_MINUTE = 120
LOG_DETAIL_MAX = 4000


def _hardening(s):
    """What a login must not be able to do, closed by the server (issue 19): no counters for
    anyone but the owner (identity columns need no sequence rights); owner-run functions callable
    only by the triggers and groups that need them; visitors under 동 rules and audited; ids,
    creators and creation times immutable; links only to rows the login may see (the same
    refusal whether the row exists or not); a household's 동 follows its point; the audit log
    append-only for every login, log_event bounded; partner views behind a security barrier,
    active households only, keyed pseudonyms. Idempotent: an upgrade runs it again."""
    admin, staff, partner, auditor = (role(s, g) for g in GROUPS)
    mine = f"dong_code IN (SELECT dong_code FROM {s}.staff_dongs WHERE login = session_user)"
    sql = [f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {admin}, {staff}, {partner}, {auditor}, PUBLIC;"]
    for name in ("derive_household(text, boolean)", "visits_derive()", "settings_cycle()", "audit()",
                 "stamp_insert()", "households_version()"):
        sql.append(f"REVOKE ALL ON FUNCTION {s}.{name} FROM PUBLIC;")
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.log_event(event text, tbl text, info text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, public AS $$
BEGIN
  IF event NOT IN ('print', 'export', 'import') THEN
    RAISE EXCEPTION 'only prints, exports and imports are logged this way';
  END IF;
  IF tbl IS NOT NULL AND tbl NOT IN ({", ".join(f"'{t}'" for t in ("households", "visits", "needs", "linkages",
                                                                    "reports", "facilities", "districts",
                                                                    "registry_changes", "visitors"))}) THEN
    RAISE EXCEPTION 'log_event: unknown table';
  END IF;
  IF info IS NOT NULL AND (length(info) > {LOG_DETAIL_MAX} OR left(ltrim(info), 1) <> '{{') THEN
    RAISE EXCEPTION 'log_event: the detail is a JSON object of at most {LOG_DETAIL_MAX} characters';
  END IF;
  PERFORM info::jsonb;
  IF (SELECT count(*) FROM {s}.audit_log WHERE "user" = session_user AND action IN ('print', 'export', 'import')
      AND at > now() - interval '1 minute') >= {LOG_EVENTS_PER_MINUTE} THEN
    RAISE EXCEPTION 'log_event: more than {LOG_EVENTS_PER_MINUTE} events a minute from %', session_user;
  END IF;
  INSERT INTO {s}.audit_log ("user", action, table_name, detail) VALUES (session_user, event, tbl, info);
END $$;""")
    sql.append(f"REVOKE ALL ON FUNCTION {s}.log_event(text, text, text) FROM PUBLIC;")
    sql.append(f"GRANT EXECUTE ON FUNCTION {s}.log_event(text, text, text) TO {admin}, {staff};")
    # the audit log: append-only for every login (retention of at least two years, 개인정보 보호법)
    sql.append(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {s}.audit_log FROM {admin};")
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: its rows are kept (at least two years)';
END $$;""")
    sql.append(f"DROP TRIGGER IF EXISTS audit_log_append_only ON {s}.audit_log;")
    sql.append(f"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON {s}.audit_log FOR EACH ROW "
               f"EXECUTE FUNCTION {s}.audit_append_only();")
    sql.append(f"DROP TRIGGER IF EXISTS audit_log_no_truncate ON {s}.audit_log;")
    sql.append(f"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON {s}.audit_log FOR EACH STATEMENT "
               f"EXECUTE FUNCTION {s}.audit_append_only();")
    # ids, creators and creation times never change
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.keep_identity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id THEN RAISE EXCEPTION '%.id cannot change', TG_TABLE_NAME; END IF;
  NEW.created_by := OLD.created_by;
  NEW.created_at := OLD.created_at;
  RETURN NEW;
END $$;""")
    for t in IDENTIFIED:
        sql.append(f"DROP TRIGGER IF EXISTS {t}_keep_identity ON {s}.{t};")
        sql.append(f"CREATE TRIGGER {t}_keep_identity BEFORE UPDATE ON {s}.{t} FOR EACH ROW "
                   f"EXECUTE FUNCTION {s}.keep_identity();")
    # visitors: 동 rules and audit
    sql.append(f"ALTER TABLE {s}.visitors ENABLE ROW LEVEL SECURITY;")
    for policy in ("visitors_admin", "visitors_staff_read", "visitors_staff_add", "visitors_staff_change"):
        sql.append(f"DROP POLICY IF EXISTS {policy} ON {s}.visitors;")
    sql.append(f"CREATE POLICY visitors_admin ON {s}.visitors TO {admin} USING (true) WITH CHECK (true);")
    sql.append(f"CREATE POLICY visitors_staff_read ON {s}.visitors FOR SELECT TO {staff} USING (true);")
    sql.append(f"CREATE POLICY visitors_staff_add ON {s}.visitors FOR INSERT TO {staff} WITH CHECK ({mine});")
    sql.append(f"CREATE POLICY visitors_staff_change ON {s}.visitors FOR UPDATE TO {staff} USING ({mine}) "
               f"WITH CHECK ({mine});")
    sql.append(f"DROP TRIGGER IF EXISTS visitors_audit ON {s}.visitors;")
    sql.append(f"CREATE TRIGGER visitors_audit AFTER INSERT OR UPDATE OR DELETE ON {s}.visitors FOR EACH ROW "
               f"EXECUTE FUNCTION {s}.audit();")
    # links only to rows the login may see (run as the login: row security applies to the look-ups)
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.check_links() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE row_ jsonb := to_jsonb(NEW);  -- fields by name: each table has its own
BEGIN
  IF TG_TABLE_NAME = 'needs' AND row_ ->> 'visit_id' IS NOT NULL THEN
    IF row_ ->> 'household_id' IS DISTINCT FROM
        (SELECT household_id FROM {s}.visits WHERE id = row_ ->> 'visit_id') THEN
      RAISE EXCEPTION 'needs.visit_id: no such visit of this household';
    END IF;
  END IF;
  IF TG_TABLE_NAME = 'linkages' AND row_ ->> 'need_id' IS NOT NULL THEN
    IF row_ ->> 'household_id' IS DISTINCT FROM
        (SELECT household_id FROM {s}.needs WHERE id = row_ ->> 'need_id') THEN
      RAISE EXCEPTION 'linkages.need_id: no such need of this household';
    END IF;
  END IF;
  IF row_ ->> 'household_id' IS NOT NULL THEN
    IF NOT EXISTS (SELECT 1 FROM {s}.households WHERE id = row_ ->> 'household_id') THEN
      RAISE EXCEPTION '%.household_id: no such household', TG_TABLE_NAME;
    END IF;
  END IF;
  RETURN NEW;
END $$;""")
    for t in ("visits", "needs", "linkages", "reports"):
        sql.append(f"DROP TRIGGER IF EXISTS {t}_check_links ON {s}.{t};")
        sql.append(f"CREATE TRIGGER {t}_check_links BEFORE INSERT OR UPDATE ON {s}.{t} FOR EACH ROW "
                   f"EXECUTE FUNCTION {s}.check_links();")
    # a household's 동 and 통 follow its point
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.place_household() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE found_dong text; found_tong text;
BEGIN
  IF NEW.geom IS NOT NULL THEN
    SELECT code INTO found_dong FROM {s}.districts WHERE level = 'dong' AND ST_Contains(geom, NEW.geom) LIMIT 1;
    IF found_dong IS NOT NULL THEN
      NEW.dong_code := found_dong;
      SELECT code INTO found_tong FROM {s}.districts WHERE level = 'tong' AND parent_code = found_dong
        AND ST_Contains(geom, NEW.geom) LIMIT 1;
      IF found_tong IS NOT NULL AND split_part(found_tong, '-', 2) ~ '^[0-9]+$' THEN
        NEW.tong := split_part(found_tong, '-', 2)::integer;
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END $$;""")
    sql.append(f"DROP TRIGGER IF EXISTS households_place ON {s}.households;")
    sql.append(f"CREATE TRIGGER households_place BEFORE INSERT OR UPDATE OF geom, dong_code, tong ON {s}.households "
               f"FOR EACH ROW EXECUTE FUNCTION {s}.place_household();")
    # the resident-registration-number guard on every free-text column (core/rrn.py)
    sql.append(f"""CREATE OR REPLACE FUNCTION {s}.no_rrn() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE col text; val text;
BEGIN
  FOREACH col IN ARRAY TG_ARGV LOOP
    val := to_jsonb(NEW) ->> col;
    IF val ~ '{rrn.pg_regex()}' THEN
      RAISE EXCEPTION '%.%: {rrn.MESSAGE}', TG_TABLE_NAME, col;
    END IF;
  END LOOP;
  RETURN NEW;
END $$;""")
    for t, columns in FREE_TEXT.items():
        args = ", ".join(f"'{c}'" for c in columns)
        sql.append(f"DROP TRIGGER IF EXISTS {t}_no_rrn ON {s}.{t};")
        sql.append(f"CREATE TRIGGER {t}_no_rrn BEFORE INSERT OR UPDATE ON {s}.{t} FOR EACH ROW "
                   f"EXECUTE FUNCTION {s}.no_rrn({args});")
    # partners: views only — behind a security barrier, active consenting households, masked names,
    # keyed pseudonyms, no phones, notes or addresses, places no finer than the 통, need domains only
    secret = f"(SELECT value FROM {s}.settings WHERE key = 'pseudonym_secret')"
    sql.append(f"DROP VIEW IF EXISTS {s}.partner_households;")
    sql.append(f"""CREATE VIEW {s}.partner_households WITH (security_barrier = true) AS
  SELECT 'H-' || upper(left(encode(sha256(convert_to({secret} || ':' || h.id, 'UTF8')), 'hex'), 8)) AS household,
    h.dong_code, h.tong,
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
    sql.append(f"DROP VIEW IF EXISTS {s}.partner_tong_counts;")
    sql.append(f"""CREATE VIEW {s}.partner_tong_counts WITH (security_barrier = true) AS
  SELECT h.dong_code, h.tong, count(*) FILTER (WHERE h.risk_level = 'high') AS high,
    count(*) FILTER (WHERE h.risk_level = 'medium') AS medium, count(*) FILTER (WHERE h.risk_level = 'low') AS low,
    count(*) FILTER (WHERE h.risk_level IS NULL) AS unvisited
  FROM {s}.households h WHERE h.status = 'active' GROUP BY h.dong_code, h.tong;""")
    sql.append(f"GRANT SELECT ON {s}.partner_households, {s}.partner_tong_counts, {s}.categories TO {partner};")
    sql.append(f"GRANT SELECT ON {s}.partner_households, {s}.partner_tong_counts TO {admin};")
    return sql


def _to_identity(cur, s):
    """serial fid columns (model versions 1 and 2) to identity columns: inserting then needs no
    right on a sequence, so no login but the owner touches a counter."""
    cur.execute("SELECT table_name FROM information_schema.columns WHERE table_schema = %s AND column_name = 'fid' "
                "AND is_identity = 'NO' AND table_name IN (SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = %s AND table_type = 'BASE TABLE')", (s, s))
    for (table,) in cur.fetchall():
        cur.execute(f"SELECT pg_get_serial_sequence('{s}.{table}', 'fid')")
        sequence = cur.fetchone()[0]
        cur.execute(f"ALTER TABLE {s}.{table} ALTER COLUMN fid DROP DEFAULT")
        if sequence:
            cur.execute(f"DROP SEQUENCE {sequence}")
        cur.execute(f"ALTER TABLE {s}.{table} ALTER COLUMN fid ADD GENERATED BY DEFAULT AS IDENTITY")
        cur.execute(f"SELECT setval(pg_get_serial_sequence('{s}.{table}', 'fid'), "
                    f"greatest((SELECT max(fid) FROM {s}.{table}), 1))")


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
        body = body.replace("{s}", s).replace("fid serial", "fid integer GENERATED BY DEFAULT AS IDENTITY").replace(
            "fid bigserial", "fid bigint GENERATED BY DEFAULT AS IDENTITY")  # no sequence rights needed to insert
        cur.execute(f"CREATE TABLE {s}.{name} ({body})")
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
    settings = {"schema_version": str(SCHEMA_VERSION), "crs_epsg": str(epsg), "pseudonym_secret": new_secret()}
    settings.update({f"cycle_days_{k}": str(v) for k, v in DEFAULT_CYCLE_DAYS.items()})
    cur.executemany(f"INSERT INTO {s}.settings VALUES (%s, %s)", sorted(settings.items()))
    for statement in _security(s) + _hardening(s):
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
    _to_identity(cur, s)
    for statement in _hardening(s):
        cur.execute(statement)
    cur.execute(f"INSERT INTO {s}.settings VALUES ('pseudonym_secret', %s) ON CONFLICT (key) DO NOTHING", (new_secret(),))
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
