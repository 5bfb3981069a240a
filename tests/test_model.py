"""The data model is declared once (plugin/core/model.py) and each engine's emitter makes its DDL:
here both engines' catalogues — a new GeoPackage, a new shared PostgreSQL database, and each of
them upgraded from model version 1 — are read back and compared with the model: tables, columns
in order, NOT NULL, keys, unique columns, every CHECK (categories, bounds, table rules), indexes,
and the triggers that keep the derived fields, the audit trail, the version check and the RRN
guard. A column added to one engine's DDL by hand, or a rule one emitter forgets, fails here."""
import gzip
import re
import shutil
import sqlite3

import pytest

from welfare_visit_map.plugin.core import database, db, gpkg, model, pg, schema

DATA = __import__("pathlib").Path(__file__).parent / "data"


def _split_top(text):
    """The comma-separated items of a CREATE TABLE body, at the top nesting level."""
    items, depth, quote, current = [], 0, False, []
    for ch in text:
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
        if ch == "," and depth == 0 and not quote:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    items.append("".join(current).strip())
    return items


def _checks_in(definition):
    """The CHECK (...) expressions of one column definition or table constraint."""
    found, start = [], 0
    while (at := definition.upper().find("CHECK", start)) >= 0:
        open_ = definition.index("(", at)
        depth, i = 0, open_
        while True:
            depth += {"(": 1, ")": -1}.get(definition[i], 0)
            if depth == 0:
                break
            i += 1
        found.append(definition[open_ + 1:i])
        start = i
    return found


def gpkg_catalogue(conn):
    """{table: {...}} read from a GeoPackage's own catalogue (sqlite_master, PRAGMAs)."""
    out = {}
    tables = [r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")]
    tables += [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                          "('settings', 'categories', 'audit_log', 'registry_changes', 'visitors', "
                                          "'visits', 'needs', 'linkages') AND name NOT IN "
                                          "(SELECT table_name FROM gpkg_contents)")]
    for table in tables:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
        body = sql[sql.index("(") + 1:sql.rindex(")")]
        column_checks, table_checks = {}, []
        names = {r[1] for r in info}
        for item in _split_top(body):
            first = item.split()[0].strip('"')
            if first in names:
                column_checks[first] = _checks_in(item)
            else:
                for check in _checks_in(item):
                    named = set(re.findall(r"\w+", check)) & names
                    if len(named) == 1:  # a rule on one column, as PostgreSQL files it
                        column_checks.setdefault(named.pop(), []).append(check)
                    else:
                        table_checks.append(check)
        unique, indexes = set(), set()
        for _, name, _is_unique, origin, _ in conn.execute(f'PRAGMA index_list("{table}")'):
            columns = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
            if origin == "u" and len(columns) == 1:
                unique.add(columns[0])
            indexes.add(columns)
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                               (table,))}
        purposes = {p for p, pattern in (("audit", f"trg_audit_{table}_"), ("rrn", f"trg_rrn_{table}_"),
                                         ("version", f"trg_{table}_version_"), ("derive", f"trg_{table}_derive_"))
                    if any(t.startswith(pattern) for t in triggers)}
        out[table] = {
            "columns": [r[1] for r in info],
            "not_null": {r[1] for r in info if r[3] or r[5]},
            "key": tuple(r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]),
            "unique": unique,
            "checks": {c: v for c, v in column_checks.items() if v},
            "table_checks": [set(re.findall(r"\w+", t)) & names for t in table_checks],
            "indexes": indexes,
            "triggers": purposes,
        }
    return out


def pg_catalogue(conn, s="welfare"):
    """The same, read from PostgreSQL's catalogue (information_schema, pg_constraint, pg_trigger)."""
    cur = conn.cursor()
    cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                (s,))
    out = {}
    for (table,) in cur.fetchall():
        cur.execute("SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = %s AND "
                    "table_name = %s ORDER BY ordinal_position", (s, table))
        info = cur.fetchall()
        cur.execute("SELECT contype, (SELECT array_agg(attname ORDER BY attnum) FROM pg_attribute "
                    "WHERE attrelid = c.conrelid AND attnum = ANY (c.conkey)), pg_get_constraintdef(c.oid) "
                    "FROM pg_constraint c WHERE conrelid = %s::regclass", (f"{s}.{table}",))
        checks, table_checks, unique, key = {}, [], set(), ()
        for kind, columns, definition in cur.fetchall():
            if kind == "c" and len(columns) == 1:
                checks.setdefault(columns[0], []).append(definition)
            elif kind == "c":
                table_checks.append(set(columns))
            elif kind == "u" and len(columns) == 1:
                unique.add(columns[0])
            elif kind == "p":
                key = tuple(columns)
        cur.execute("SELECT (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(x.indkey) WITH ORDINALITY k(n, i) "
                    "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n) FROM pg_index x "
                    "WHERE x.indrelid = %s::regclass", (f"{s}.{table}",))
        indexes = {tuple(r[0]) for r in cur.fetchall() if r[0]}
        cur.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal", (f"{s}.{table}",))
        triggers = {r[0] for r in cur.fetchall()}
        purposes = {p for p, name in (("audit", f"{table}_audit"), ("rrn", f"{table}_no_rrn"),
                                      ("version", f"{table}_version"), ("derive", f"{table}_derive"))
                    if name in triggers}
        out[table] = {
            "columns": [r[0] for r in info],
            "not_null": {r[0] for r in info if r[1] == "NO"},
            "key": key,
            "unique": unique,
            "checks": checks,
            "table_checks": table_checks,
            "indexes": indexes,
            "triggers": purposes,
        }
    return out


def expected(table):
    """What the model says the catalogue of ``table`` holds."""
    columns = {c.name for c in table.columns}
    rules = [set(re.findall(r"\w+", check)) & columns for check in table.checks]
    return {
        "columns": [c.name for c in table.columns],
        "not_null": {c.name for c in table.columns if c.not_null} | set(table.primary_key),
        "key": table.primary_key,
        "unique": {c.name for c in table.columns if c.unique},
        "table_checks": [r for r in rules if len(r) > 1],
        "indexes": {tuple(i.strip() for i in columns.split(",")) for columns in table.indexes},
        "triggers": ({"audit"} if table.audited else set()) | ({"rrn"} if table.free_text else set())
        | ({"version"} if table.versioned else set()) | ({"derive"} if table.name == "visits" else set()),
    }


def assert_matches_model(catalogue, shared, engine, legacy_rrn_checks=False):
    """``legacy_rrn_checks``: a GeoPackage made by model version 1 keeps the RRN CHECKs its free-text
    columns had then (SQLite drops a column's CHECK only by rebuilding the table); the trigger of
    version 3 on holds the same rule and more, so they only refuse twice."""
    assert set(catalogue) >= {t.name for t in model.tables(shared)}, engine
    for table in model.tables(shared):
        found, want = catalogue[table.name], expected(table)
        where = f"{engine}: {table.name}"
        assert found["columns"] == want["columns"], where
        assert found["not_null"] == want["not_null"], where
        assert found["key"] == want["key"], where
        assert found["unique"] == want["unique"], where
        assert found["triggers"] == want["triggers"], where
        assert want["indexes"] <= found["indexes"], where
        for rule in want["table_checks"]:
            assert rule in found["table_checks"], f"{where}: the table rule on {sorted(rule)}"
        # every column the model constrains has its check, and no column has a check the model does not state
        single_rules = {next(iter(r)) for r in (set(re.findall(r"\w+", c)) & set(want["columns"]) for c in table.checks)
                        if len(r) == 1}
        for column in table.columns:
            texts = " ".join(t for t in found["checks"].get(column.name, [])
                             if not (legacy_rrn_checks and column.free_text and "NOT GLOB" in t))
            if column.categories:
                missing = [code for code in column.category_codes  # a list of codes: ',code,' in the GeoPackage
                           if f"'{code}'" not in texts and f"',{code},'" not in texts]
                assert not missing, f"{where}.{column.name}: codes {missing} not in its CHECK"
            for op, bound in ((">", column.above), (">=", column.at_least)):
                if bound is not None:
                    assert f"{column.name} {op} {bound}" in texts, f"{where}.{column.name}: no CHECK {op} {bound}"
            engine_own = engine.startswith("gpkg") and column.type in (model.DATE, model.BOOLEAN)  # SQLite has no such types
            stated = (column.categories or column.above is not None or column.at_least is not None
                      or column.name in single_rules or engine_own)
            assert bool(texts) == bool(stated), f"{where}.{column.name}: CHECK {texts!r} against the model"


def test_a_new_geopackage_is_the_model(tmp_path):
    conn = gpkg.connect(database.create(tmp_path / "w.gpkg"))
    try:
        catalogue = gpkg_catalogue(conn)
    finally:
        conn.close()
    assert_matches_model(catalogue, shared=False, engine="gpkg")
    assert "staff_dongs" not in catalogue  # a shared database's own


def test_an_upgraded_geopackage_is_the_model(tmp_path):
    path = tmp_path / "v1.gpkg"
    with gzip.open(DATA / "model_v1.gpkg.gz") as source, open(path, "wb") as target:
        shutil.copyfileobj(source, target)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone()[0] == "1"
    raw.close()
    db.upgrade_gpkg(str(path))
    conn = gpkg.connect(path)
    try:
        assert schema.schema_version(conn) == model.SCHEMA_VERSION
        catalogue = gpkg_catalogue(conn)
        # the CHECK widened in place (location quality 'building') holds, and the file is sound
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with conn:
            conn.execute("INSERT INTO households (head_name, geocode_quality) VALUES ('김건물', 'building')")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"), conn:
            conn.execute("INSERT INTO households (head_name, geocode_quality) VALUES ('김건물', 'nowhere')")
        geometry_types = dict(conn.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
        assert geometry_types["base_roads"] == "MULTILINESTRING"
        assert conn.execute("SELECT count(*) FROM rtree_base_buildings_geom").fetchone()[0] == 0
    finally:
        conn.close()
    assert_matches_model(catalogue, shared=False, engine="gpkg (upgraded from 1)", legacy_rrn_checks=True)


def test_a_new_shared_database_is_the_model(pg_server):
    from conftest import fresh_database

    conn = fresh_database(pg_server, "wvm_model")
    try:
        pg.create_schema(conn)
        conn.commit()
        catalogue = pg_catalogue(conn)
    finally:
        conn.close()
    assert_matches_model(catalogue, shared=True, engine="postgresql")


def test_an_upgraded_shared_database_is_the_model(pg_server):
    from conftest import fresh_database

    conn = fresh_database(pg_server, "wvm_model_v1")
    try:
        pg.create_schema(conn)
        cur = conn.cursor()
        for table, columns in model.added_since(1).items():  # back to model version 1
            for column in columns:
                cur.execute(f"ALTER TABLE welfare.{table} DROP COLUMN {column.name} CASCADE")  # and the RRN trigger on it
        cur.execute("DROP TRIGGER visitors_audit ON welfare.visitors")
        for table in model.tables_added_since(1, shared=True):  # the base map came in version 5
            cur.execute(f"DROP TABLE welfare.{table.name}")
        for table in ("households", "facilities"):  # location quality had no 'building' then
            cur.execute("SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'c' "
                        "AND pg_get_constraintdef(oid) LIKE '%%geocode_quality%%'", (f"welfare.{table}",))
            cur.execute(f"ALTER TABLE welfare.{table} DROP CONSTRAINT {cur.fetchone()[0]}")
            cur.execute(f"ALTER TABLE welfare.{table} ADD CHECK (geocode_quality IN ('source_coordinates', 'unlocated'))")
        cur.execute("UPDATE welfare.settings SET value = '1' WHERE key = 'schema_version'")
        assert pg.upgrade(conn)
        conn.commit()
        catalogue = pg_catalogue(conn)
    finally:
        conn.close()
    assert_matches_model(catalogue, shared=True, engine="postgresql (upgraded from 1)")


def test_both_engines_hold_the_same_tables_and_columns(tmp_path, pg_server):
    from conftest import fresh_database

    conn = gpkg.connect(database.create(tmp_path / "w.gpkg"))
    try:
        local = gpkg_catalogue(conn)
    finally:
        conn.close()
    server = fresh_database(pg_server, "wvm_model_both")
    try:
        pg.create_schema(server)
        server.commit()
        shared = pg_catalogue(server)
    finally:
        server.close()
    for table in model.tables():
        for part in ("columns", "not_null", "unique", "triggers"):
            assert local[table.name][part] == shared[table.name][part], f"{table.name}: {part}"
        assert set(local[table.name]["checks"]) - set(shared[table.name]["checks"]) <= {
            c.name for c in table.columns if c.type in (model.DATE, model.BOOLEAN)}, table.name


def test_a_column_is_one_line_of_the_model(monkeypatch, tmp_path, pg_server):
    """A column added to the model reaches both engines, and an upgrade adds it to an older database."""
    from conftest import fresh_database

    households = model.table("households")
    extra = model.Column("model_probe", model.INTEGER, at_least=0, since=model.SCHEMA_VERSION + 1)
    changed = model.Table(**{**households.__dict__, "columns": households.columns + (extra,)})
    monkeypatch.setitem(model.BY_NAME, "households", changed)
    monkeypatch.setattr(model, "TABLES", tuple(changed if t.name == "households" else t for t in model.TABLES))
    assert "model_probe INTEGER CHECK (model_probe IS NULL OR model_probe >= 0)" in schema.ddl("households")
    assert "model_probe integer CHECK (model_probe >= 0)" in pg.ddl("households", "welfare", 5186)
    assert [c.name for c in model.added_since(model.SCHEMA_VERSION)["households"]] == ["model_probe"]
    server = fresh_database(pg_server, "wvm_model_probe")
    try:
        pg.create_schema(server)
        cur = server.cursor()
        cur.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'welfare' "
                    "AND table_name = 'households' AND column_name = 'model_probe'")
        assert cur.fetchone()[0] == 1
    finally:
        server.rollback()
        server.close()
    with pytest.raises(sqlite3.IntegrityError):
        conn = gpkg.connect(database.create(tmp_path / "probe.gpkg"))
        try:
            with conn:
                conn.execute("INSERT INTO households (model_probe) VALUES (-1)")
        finally:
            conn.close()
