"""Map tools: pick a household on the canvas (record a visit), and click a place (put a
report's household where it stands)."""
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor

from ..i18n import tr


class HouseholdPickTool(QgsMapTool):
    """Click a household point: emits ``picked(household_id)`` for the nearest active household
    within the click tolerance; a click on nothing emits ``missed()``."""

    picked = pyqtSignal(str)
    missed = pyqtSignal()

    def __init__(self, canvas, layer_getter):
        super().__init__(canvas)
        self.layer_getter = layer_getter
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setToolName(tr("Record visit"))

    def household_at(self, map_point):
        layer = self.layer_getter()
        if layer is None:
            return None
        radius = QgsMapTool.searchRadiusMU(self.canvas())
        area = QgsRectangle(map_point.x() - radius, map_point.y() - radius, map_point.x() + radius, map_point.y() + radius)
        transform = QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(), layer.crs(), QgsProject.instance())
        area = transform.transformBoundingBox(area)
        where = transform.transform(QgsPointXY(map_point))
        request = QgsFeatureRequest().setFilterRect(area)
        request.setSubsetOfAttributes(["id", "status"], layer.fields())
        best = None
        for feature in layer.getFeatures(request):
            if feature["status"] != "active" or not feature.hasGeometry():
                continue
            distance = feature.geometry().asPoint().distance(where)
            if best is None or distance < best[0]:
                best = (distance, feature["id"])
        return best[1] if best else None

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        household = self.household_at(event.mapPoint())
        if household:
            self.picked.emit(household)
        else:
            self.missed.emit()


class PlaceTool(QgsMapToolEmitPoint):
    """Click where something stands: emits ``placed(x, y)`` in ``crs`` (the database's)."""

    placed = pyqtSignal(float, float)

    def __init__(self, canvas, crs):
        super().__init__(canvas)
        self.crs = crs
        self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, point, button):
        if button != Qt.MouseButton.LeftButton:
            return
        transform = QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(), self.crs, QgsProject.instance())
        placed = transform.transform(point)
        self.placed.emit(placed.x(), placed.y())
