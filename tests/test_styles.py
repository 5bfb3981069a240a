"""styles/*.qml: generated from plugin/styling.py, current, and true to the spec's colours."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from welfare_visit_map.plugin import styling
from welfare_visit_map.plugin.core import categories as cat
from welfare_visit_map.plugin.core import database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import write_styles  # noqa: E402

UUID = re.compile(r"^\{[0-9a-f-]{36}\}$")  # rule keys: new at every save


def _canonical_xml(text):
    """C14N with sorted attributes, rule keys dropped, and XML kept inside attribute values
    (QGIS stores symbols that way) canonicalised the same way."""
    root = ET.fromstring(text)
    for element in root.iter():
        for name, value in list(element.attrib.items()):
            if UUID.match(value):
                del element.attrib[name]
            elif value.lstrip().startswith("<"):
                try:
                    element.set(name, _canonical_xml(value))
                except ET.ParseError:
                    pass  # not a whole document: compared as text
    return ET.canonicalize(ET.tostring(root, encoding="unicode"), strip_text=True)


def canonical(path):
    return _canonical_xml(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regenerated(qgis_app, tmp_path_factory):
    out = tmp_path_factory.mktemp("styles")
    write_styles.write_styles(out)
    return out


@pytest.mark.parametrize("lang_dir", ["", "en"])
def test_committed_styles_are_current(regenerated, lang_dir):
    committed = sorted((ROOT / "styles" / lang_dir).glob("*.qml"))
    fresh = sorted((regenerated / lang_dir).glob("*.qml"))
    assert [p.name for p in committed] == [p.name for p in fresh] == [f"{t}.qml" for t in sorted(styling.STYLED_TABLES)]
    for old, new in zip(committed, fresh):
        assert canonical(old) == canonical(new), f"{old} is stale: run `make styles`"


def test_household_style_colours_and_value_maps(tmp_path, qgis_new_project):
    path = database.create(tmp_path / "s.gpkg")
    layer = QgsVectorLayer(f"{path}|layername=households", "households", "ogr")
    layer.loadNamedStyle(str(ROOT / "styles" / "households.qml"))
    rules = {r.label(): r for r in layer.renderer().rootRule().descendants()}
    for category in (*cat.RISK_LEVELS, cat.UNVISITED):
        symbol = rules[category.ko].symbol()
        assert symbol.color().name() == cat.RISK_COLOURS[category.code]
    assert rules["미방문"].symbol().symbolLayer(0).strokeColor().name() == styling.OUTLINE  # dark outline
    assert "status" in rules["관리중 가구 (위기도)"].filterExpression()  # moved/deceased/closed not drawn
    assert "next_visit_due" in rules["방문기한 경과"].filterExpression()
    for field, categories in styling.CATEGORY_FIELDS["households"].items():
        setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
        assert setup.type() == "ValueMap", field
        assert [v for d in setup.config()["map"] for v in d.values()] == list(cat.codes(categories)), field
    # the form's visits, needs and linkages use QGIS's relation editor by name (an empty widget id
    # made QGIS log 'Failed to create relation widget ""' three times per form)
    def relations(element):
        if hasattr(element, "relationWidgetTypeId"):
            yield element
        for child in getattr(element, "children", lambda: [])():
            yield from relations(child)

    editors = [e for tab in layer.editFormConfig().tabs() for e in relations(tab)]
    assert len(editors) == 3 and {e.relationWidgetTypeId() for e in editors} == {"relation_editor"}


def test_english_styles_speak_english():
    text = (ROOT / "styles" / "en" / "households.qml").read_text(encoding="utf-8")
    assert 'label="High"' in text and "고위험" not in text


@pytest.mark.parametrize("risk, rank", [("high", 3), ("medium", 2), ("low", 1), (None, 0)])
def test_risk_order_expression_ranks_high_on_top(qgis_app, risk, rank):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    from welfare_visit_map.plugin import printing

    fields = QgsFields()
    fields.append(QgsField("risk_level", QVariant.String))
    feature = QgsFeature(fields)
    feature["risk_level"] = risk
    context = QgsExpressionContext()
    context.setFeature(feature)
    order = QgsExpression(styling.RISK_ORDER)
    assert not order.hasParserError() and order.evaluate(context) == rank
    cell = QgsExpression(printing._risk_cell("ko")).evaluate(context)
    assert cell == {3: "① 고위험", 2: "② 중위험", 1: "③ 저위험", 0: "④ 미방문"}[rank]


def test_a_households_dong_shows_by_its_name(plugin, demo_dir, qgis_new_project):
    """The household form and table name the 동 (북아현동), not its code (1141055500)."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    layers = plugin.desk.open_database(str(demo_dir / "demo.gpkg"))
    households = layers["households"]
    setup = households.editorWidgetSetup(households.fields().indexOf("dong_code"))
    assert setup.type() == "ValueRelation" and setup.config()["FilterExpression"] == "\"level\" = 'dong'"
    feature = next(households.getFeatures("\"dong_code\" = '1141055500'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(households))
    context.setFeature(feature)
    assert QgsExpression('represent_value("dong_code")').evaluate(context) == "북아현동"
