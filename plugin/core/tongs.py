"""Generated 통 (block) polygons: a 행정동 split into ``count`` pieces of about equal area.

Real 통 boundaries are rarely published, so the demo and the printing workflow can make
stand-in blocks: Voronoi cells of well-spread seed points, relaxed a few times towards even
sizes (Lloyd), each clipped to the dong. The pieces tile the dong exactly — no gaps, no
overlaps — and are numbered 1..count in reading order. Pure Python + shapely (1.8 and 2.x).
"""
from __future__ import annotations

import math
import random
from typing import Any

from shapely.geometry import GeometryCollection, MultiPoint, MultiPolygon, Point, Polygon
from shapely.ops import unary_union, voronoi_diagram
from shapely.prepared import prep
from shapely.validation import make_valid

#: households per 통 used by :func:`tong_count`, and the bounds of the result
HOUSEHOLDS_PER_TONG = 450
MIN_TONGS, MAX_TONGS = 20, 35

LLOYD_ITERATIONS = 10
CANDIDATES_PER_SEED = 12      # best-candidate sampling: draws per accepted seed
MAX_DRAWS = 200_000           # rejection-sampling budget for very thin or fragmented dongs


def tong_count(households_registered: float) -> int:
    """Number of 통 for a dong: one per ~450 registered households, clamped to 20..35."""
    return max(MIN_TONGS, min(MAX_TONGS, round(households_registered / HOUSEHOLDS_PER_TONG)))


def make_tongs(dong_polygon: Any, count: int, seed: int) -> list[tuple[int, Any]]:
    """Split ``dong_polygon`` (projected CRS, metres) into ``count`` pieces that tile it.

    Returns ``[(number, polygon), ...]`` with numbers 1..count in reading order (rows from
    north to south, serpentine within the rows), each piece a valid Polygon or MultiPolygon
    of non-zero area. Same inputs and ``seed`` give identical output (with the same GEOS).
    Raises ValueError for ``count < 1`` or a dong without area.
    """
    if count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    dong = _polygonal(dong_polygon)
    if dong is None:
        raise ValueError("the dong polygon has no area")
    if count == 1:
        return [(1, dong)]
    sites = _spread_points(dong, count, random.Random(seed))
    for _ in range(LLOYD_ITERATIONS):
        sites = [_anchor(piece) for piece in _clipped_cells(dong, sites)]
    pieces = _merge_fragments(_clipped_cells(dong, sites), sites)
    return list(enumerate(_reading_order(dong, pieces), start=1))


def _spread_points(dong, count, rng):
    """``count`` distinct points inside ``dong``, each the farthest of a few random draws
    from the points already chosen (Mitchell's best-candidate sampling)."""
    inside = prep(dong)
    minx, miny, maxx, maxy = dong.bounds
    chosen: list[Point] = []
    draws = 0
    while len(chosen) < count:
        best, best_d = None, -1.0
        candidates = 0
        while candidates < CANDIDATES_PER_SEED and draws < MAX_DRAWS:
            draws += 1
            p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if not inside.contains(p):
                continue
            candidates += 1
            d = min((p.distance(q) for q in chosen), default=math.inf)
            if d > best_d:
                best, best_d = p, d
        if best is None or best_d == 0:
            raise ValueError(f"could not place {count} seed points inside the dong")
        chosen.append(best)
    return chosen


def _clipped_cells(dong, sites):
    """The Voronoi cell of each site (same order) intersected with ``dong``.

    Four far-away frame sites make the diagram cover the whole dong; they stand in for the
    ``envelope`` argument, which crashes shapely 1.8 on recent GEOS. Their cells stay clear
    of the dong: every dong point is nearer to some real site (all inside the dong).
    """
    minx, miny, maxx, maxy = dong.bounds
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    far = 4 * math.hypot(maxx - minx, maxy - miny)
    frame = [(cx - far, cy - far), (cx + far, cy - far), (cx + far, cy + far), (cx - far, cy + far)]
    diagram = voronoi_diagram(MultiPoint([(p.x, p.y) for p in sites] + frame))
    cells = list(diagram.geoms)
    pieces = []
    for site in sites:
        cell = next((c for c in cells if c.contains(site)), None)
        piece = None if cell is None else _polygonal(cell.intersection(dong))
        if piece is None:  # not expected while every site lies inside the dong
            raise ValueError(f"no piece of the dong around seed point {site.wkt}")
        pieces.append(piece)
    return pieces


def _merge_fragments(pieces, sites):
    """Hand each detached fragment of a piece (a part without the piece's site, cut off where
    the cell crosses a narrow neck of the dong) to the neighbour sharing the longest border
    with it. A fragment touching no other piece along a line (an island) stays."""
    pieces = list(pieces)
    for i, site in enumerate(sites):
        if not isinstance(pieces[i], MultiPolygon):
            continue
        parts = list(pieces[i].geoms)
        main = next((p for p in parts if p.contains(site)), max(parts, key=lambda p: p.area))
        kept = [main]
        for part in parts:
            if part is main:
                continue
            border, j = max((part.boundary.intersection(other.boundary).length, j)
                            for j, other in enumerate(pieces) if j != i)
            if border > 0:
                pieces[j] = _polygonal(unary_union([pieces[j], part]))
            else:
                kept.append(part)
        pieces[i] = kept[0] if len(kept) == 1 else MultiPolygon(kept)
    return pieces


def _anchor(piece):
    """The piece's centroid, or an interior point where the centroid falls outside (concave
    or split pieces). Used as the Lloyd step: the new site lies inside its own piece, so the
    sites stay distinct and inside the dong."""
    centroid = piece.centroid
    return centroid if piece.contains(centroid) else piece.representative_point()


def _polygonal(geom):
    """The polygonal part of ``geom`` (Polygon or MultiPolygon, made valid), or None."""
    parts = [p for p in _polygon_parts(geom if geom.is_valid else make_valid(geom))
             if not p.is_empty and p.area > 0]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def _polygon_parts(geom):
    """The Polygons in ``geom``, looking inside multi-geometries and collections."""
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, (MultiPolygon, GeometryCollection)):
        return [part for g in geom.geoms for part in _polygon_parts(g)]
    return []


def _reading_order(dong, pieces):
    """``pieces`` in rows from north to south, west→east then east→west (serpentine).

    The dong's extent is cut into horizontal bands of equal height, as many as its aspect
    ratio calls for (a wide dong gets few long rows, a tall one many short ones); a piece
    belongs to the band holding its centroid (or interior point).
    """
    minx, miny, maxx, maxy = dong.bounds
    width, height = maxx - minx, maxy - miny
    rows = max(1, min(len(pieces), round(math.sqrt(len(pieces) * height / width))))
    banded: dict[int, list[tuple[float, float, Any]]] = {}
    for piece in pieces:
        anchor = _anchor(piece)
        band = min(rows - 1, int((maxy - anchor.y) / height * rows))
        banded.setdefault(band, []).append((anchor.x, -anchor.y, piece))
    ordered: list[Any] = []
    for row_no, band in enumerate(sorted(banded)):
        row = sorted(banded[band], key=lambda item: item[:2], reverse=bool(row_no % 2))
        ordered.extend(piece for _, _, piece in row)
    return ordered
