"""The shipped layout templates (styles/layouts/*.qpt) load in QGIS and carry every item the
print algorithms bind, on the paper they promise."""
import pytest
from qgis.core import QgsProject, QgsUnitTypes

from welfare_visit_map.plugin import printing

ITEMS = ("title", "subtitle", "map", "scalebar", "north", "legend", "counts", "table", "table_note", "footer")


@pytest.mark.parametrize("paper", sorted(printing.PAPER_MM))
@pytest.mark.parametrize("orientation", printing.ORIENTATIONS)
def test_district_templates_load_with_their_items(qgis_app, paper, orientation):
    layout = printing.load_template(QgsProject(), printing.template_path("district", paper, orientation))
    for item_id in ITEMS:
        assert layout.itemById(item_id) is not None, item_id
    size = layout.pageCollection().page(0).pageSize()
    assert size.units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters
    expected = printing.PAPER_MM[paper] if orientation == "landscape" else printing.PAPER_MM[paper][::-1]
    assert (round(size.width()), round(size.height())) == expected
    map_size = layout.itemById("map").sizeWithUnits()
    assert map_size.width() > expected[0] * 0.5 and map_size.height() > expected[1] * 0.4


def test_a_missing_template_is_a_clear_error(qgis_app, tmp_path):
    with pytest.raises(printing.PrintError, match="not found|없습니다"):
        printing.load_template(QgsProject(), tmp_path / "none.qpt")
