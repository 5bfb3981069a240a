"""Rules of the code base that a reviewer would otherwise have to remember (see DEVELOPERS.md)."""
import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_FILES = sorted((ROOT / "plugin").rglob("*.py")) + [ROOT / "__init__.py"]


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, 0
        elif isinstance(node, ast.ImportFrom):
            yield node.module or "", node.level


def test_qt_only_through_qgis_pyqt():
    for path in PLUGIN_FILES:
        for module, _ in imports(path):
            assert not module.startswith(("PyQt5", "PyQt6", "PySide")), f"{path}: import {module}"


def test_no_exec_underscore_and_no_compiled_ui_or_resources():
    for path in PLUGIN_FILES:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\.exec_\(", text), f"{path}: use exec()"
        assert "resources_rc" not in text and "pyuic" not in text, path
    assert not list(ROOT.rglob("resources_rc.py")) and not list(ROOT.glob("plugin/**/ui_*.py"))


def test_core_is_plain_python_without_qgis():
    for path in sorted((ROOT / "plugin" / "core").glob("*.py")):
        for module, level in imports(path):
            if level == 0:
                assert not module.startswith(("qgis", "PyQt", "processing")), f"{path}: import {module}"


def test_nothing_imports_qgis_gui_outside_the_gui_modules():
    for path in PLUGIN_FILES:
        if path.name in ("main.py", "dock.py") or path.parent.name == "gui":
            continue
        for module, _ in imports(path):
            assert module != "qgis.gui", f"{path}: the domain and engine stay free of qgis.gui"


def test_imports_inside_the_plugin_are_relative():
    for path in PLUGIN_FILES:
        for module, level in imports(path):
            assert level or not module.startswith(("welfare_visit_map", "plugin")), f"{path}: import {module}"


def test_every_algorithm_is_registered_and_named_as_in_the_spec():
    from welfare_visit_map.plugin.algorithms.provider import ALGORITHMS

    names = {a.NAME for a in ALGORITHMS}
    spec = (ROOT.parent / "shared" / "SPEC.md")
    if spec.exists():
        documented = set()  # '- `a`, `b`: PARAMETERS' names a and b
        for line in re.findall(r"^- (`\w+`(?:, `\w+`)*):", spec.read_text(encoding="utf-8"), re.M):
            documented.update(re.findall(r"`(\w+)`", line))
        # the plugin's own additions, beyond the contract, are documented in the README
        extra = {"export_household_list", "postgres_move_up", "postgres_add_person", "import_base_map",
                 "package_for_field", "merge_field_package",  # issue 14
                 "usage_report",  # issue 17
                 "assign_households", "export_visitor_lists", "plan_day"}  # issue 18
        assert names - extra <= documented, names - documented
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert all(f"welfarevisitmap:{name}" in readme for name in names), "every algorithm in the README"


def test_ui_files_are_loaded_at_run_time_with_signals_connected_in_python():
    forms = sorted((ROOT / "forms").glob("*.ui"))
    assert forms
    for form in forms:
        tree = ET.parse(form)
        assert not list(tree.getroot().iter("connection")), f"{form}: connect signals in Python"
        assert tree.getroot().findtext("class") == "WelfareVisitMap", f"{form}: one translation context"
        names = [w.get("name") for w in tree.getroot().iter("widget")]
        assert all(names) and len(names) == len(set(names)), f"{form}: every widget named, once"
        for layout in tree.getroot().iter("layout"):
            assert layout.get("name"), f"{form}: every layout named"
        referenced = "forms/" + form.name
        assert any(referenced in p.read_text(encoding="utf-8") or form.name in p.read_text(encoding="utf-8")
                   for p in PLUGIN_FILES), f"{form} is not used"


def test_qgis_enums_are_fully_scoped(qgis_app):
    """`Qgis.MessageLevel.Info`, not `Qgis.Info`: the only form Qt6 builds of QGIS (4.x) accept."""
    import qgis.core as core
    import qgis.gui as gui

    unscoped = set()
    for path in PLUGIN_FILES:
        for match in re.finditer(r"\b(Qgs\w+|Qgis)\.([A-Za-z]\w*)\b(?!\s*\()", path.read_text(encoding="utf-8")):
            owner = getattr(core, match.group(1), None) or getattr(gui, match.group(1), None)
            value = getattr(owner, match.group(2), None) if owner is not None else None
            if value is None or isinstance(value, type) or callable(value):
                continue
            if any(isinstance(t, type) and type(value) is t and name != match.group(2)
                   for name, t in vars(type(owner)).items() if isinstance(t, type)) or any(
                    isinstance(getattr(owner, name, None), type) and type(value) is getattr(owner, name)
                    for name in dir(owner) if name != match.group(2)):
                unscoped.add(f"{path.name}: {match.group(0)}")
    assert not unscoped, sorted(unscoped)


# the modules that may know which engine a database is on: every other one asks the database value
# (plugin/core/backends) or the connection's backend what it needs to know
ENGINE_MODULES = ("core/backends/", "core/db.py", "core/schema.py", "core/pg.py", "core/gpkg.py", "core/model.py",
                  "core/importing.py")
ENGINE_TESTS = re.compile(r'is_shared\(|\bdialect\(|\.endswith\(\s*["\']\.gpkg["\']\s*\)|==\s*["\']postgresql["\']'
                          r'|["\']postgres["\']|["\']postgres(?:ql)?://["\']|SHARED_PREFIXES')


def test_no_module_asks_which_engine_it_is_on():
    found = []
    for path in PLUGIN_FILES:
        relative = path.relative_to(ROOT).as_posix().removeprefix("plugin/")
        if relative.startswith(ENGINE_MODULES):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ENGINE_TESTS.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "ask the database value (core/backends) instead:\n" + "\n".join(found)
