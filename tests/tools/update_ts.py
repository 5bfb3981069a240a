"""Refresh i18n/welfare_visit_map_{ko,en}.ts from the code (`make ts`).

pylupdate5 gives each tr() the context of the class it sits in, while the plugin translates
everything in one context ("WelfareVisitMap", see plugin/i18n.py); so the strings are collected
here with the ast module: every tr("…")/self.tr("…") call with a literal, and the DISPLAY,
GROUP and HELP texts of the Processing algorithms (translated at run time). Existing
translations are kept; new strings are added unfinished (English: finished, as themselves).
"""
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = "WelfareVisitMap"
LANGUAGES = {"ko": "ko_KR", "en": "en_GB"}
TRANSLATED_ATTRIBUTES = ("DISPLAY", "GROUP", "HELP")


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def source_strings(root=ROOT):
    """{text: [file:line, …]} of every translatable string in plugin/."""
    found = {}
    for path in sorted((root / "plugin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name == "tr":
                    text = _literal(node.args[0])
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in TRANSLATED_ATTRIBUTES:
                    text = _literal(node.value)
            if text:
                found.setdefault(text, []).append(f"{path.relative_to(root)}:{node.lineno}")
    for form in sorted((root / "forms").glob("*.ui")):  # uic translates <string>s in the ui's class context
        for string in ET.parse(form).getroot().iter("string"):
            if string.text and string.get("notr") != "true":
                found.setdefault(string.text, []).append(f"{form.relative_to(root)}:0")
    return found


def read_ts(path):
    """{source: (translation, finished)} of a .ts file."""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        out[message.findtext("source")] = (translation.text or "", translation.get("type") != "unfinished")
    return out


def write_ts(path, lang, strings, existing):
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in sorted(strings):
        message = ET.SubElement(context, "message")
        for location in strings[text][:1]:
            file, line = location.rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../{file}", line=line)
        ET.SubElement(message, "source").text = text
        translation, finished = existing.get(text, ("", False))
        if lang == "en" and not translation:
            translation, finished = text, True
        element = ET.SubElement(message, "translation")
        element.text = translation
        if not finished or not translation:
            element.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main():
    strings = source_strings()
    missing = 0
    for lang in LANGUAGES:
        path = ROOT / "i18n" / f"welfare_visit_map_{lang}.ts"
        existing = read_ts(path)
        write_ts(path, lang, strings, existing)
        todo = [s for s in strings if not existing.get(s, ("", False))[1] and lang != "en"]
        missing += len(todo)
        print(f"{path.name}: {len(strings)} strings, {len(todo)} to translate")
    return 1 if missing and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
