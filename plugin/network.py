"""Walking distances over the base map's roads (base_roads, imported by
welfarevisitmap:import_base_map) with QGIS's network analysis: the graph is built once from the
roads around the day's places, every place snapped onto its nearest road, shortest paths by
Dijkstra. A place no road comes near (:data:`SNAP_METRES`), or a pair no road joins, is left to
the straight line (the caller says so).

qgis.core and qgis.analysis."""
import math

from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from .core import db

SNAP_METRES = 250.0     # a place further than this from every road is not on the network
MARGIN_METRES = 1000.0  # roads this far around the day's places make the graph
TOPOLOGY_METRES = 0.5   # road ends closer than this are joined


def read_roads(conn, bounds, margin=MARGIN_METRES):
    """The lines of base_roads meeting ``bounds`` (minx, miny, maxx, maxy) grown by ``margin``, as
    lists of (x, y); [] when the database has no roads (read with SQL both engines speak)."""
    from shapely.geometry import box

    area = box(bounds[0] - margin, bounds[1] - margin, bounds[2] + margin, bounds[3] + margin)
    try:
        rows = conn.execute(f"SELECT {db.geometry(conn, 'geom')} FROM base_roads WHERE geom IS NOT NULL").fetchall()
    except db.errors():  # an older database without the base map
        try:
            conn.rollback()
        except Exception:  # noqa: BLE001, S110 - sqlite3 outside a transaction
            pass
        return []
    lines = []
    for (value,) in rows:
        shape = db.decode_geometry(conn, value)
        if shape is None or shape.is_empty or not shape.intersects(area):
            continue
        for part in getattr(shape, "geoms", [shape]):
            coords = [(float(x), float(y)) for x, y, *_ in part.coords]
            if len(coords) >= 2:
                lines.append(coords)
    return lines


class RoadNetwork:
    """A walking graph of road lines (in a projected CRS, metres), both ways on every road."""

    def __init__(self, lines, epsg):
        self.epsg = epsg
        self.crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
        self.layer = QgsVectorLayer(f"LineString?crs=EPSG:{epsg}", "roads", "memory")
        features = []
        for coords in lines:
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
            features.append(feature)
        self.layer.dataProvider().addFeatures(features)
        self.layer.updateExtents()

    @property
    def empty(self):
        return self.layer.featureCount() == 0

    def distances(self, points):
        """(matrix, paths, off) for ``points`` [(x, y)…]: the walking metres between every two,
        the path of each pair as [(x, y)…] from the one to the other, and the indexes of the points
        no road comes near. A pair no road joins (or with a point off the network) gets the
        straight line; ``missing`` on the result lists those pairs."""
        director = QgsVectorLayerDirector(self.layer, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
        director.addStrategy(QgsNetworkDistanceStrategy())
        builder = QgsGraphBuilder(self.crs, False, TOPOLOGY_METRES)
        snapped = director.makeGraph(builder, [QgsPointXY(x, y) for x, y in points])
        graph = builder.graph()
        n = len(points)
        off = set()
        vertices = []
        for i, (x, y) in enumerate(points):
            tied = snapped[i]
            gap = math.hypot(tied.x() - x, tied.y() - y)
            vertex = graph.findVertex(tied) if graph.vertexCount() else -1
            if vertex < 0 or gap > SNAP_METRES or (tied.x() == 0 and tied.y() == 0):
                off.add(i)
                vertices.append((-1, 0.0))
            else:
                vertices.append((vertex, gap))
        matrix = [[0.0] * n for _ in range(n)]
        paths = {}
        missing = []
        for i in range(n):
            tree = costs = None
            if i not in off:
                tree, costs = QgsGraphAnalyzer.dijkstra(graph, vertices[i][0], 0)
            for j in range(n):
                if i == j:
                    paths[(i, j)] = [points[i]]
                    continue
                vi, gi = vertices[i]
                vj, gj = vertices[j]
                reachable = tree is not None and j not in off and (vi == vj or tree[vj] != -1)
                if not reachable:
                    matrix[i][j] = math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1])
                    paths[(i, j)] = [points[i], points[j]]
                    missing.append((i, j))
                    continue
                matrix[i][j] = gi + costs[vj] + gj
                chain, v = [], vj
                while v != vi:
                    chain.append(graph.vertex(v).point())
                    v = graph.edge(tree[v]).fromVertex()
                chain.append(graph.vertex(vi).point())
                paths[(i, j)] = [points[i], *[(p.x(), p.y()) for p in reversed(chain)], points[j]]
        self.missing = missing
        return matrix, paths, off
