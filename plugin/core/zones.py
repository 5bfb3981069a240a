"""Visit zones: a 동 (or some of its 통) split into contiguous, compact zones of balanced workload,
one per visitor (welfarevisitmap:make_visit_zones).

The method — region growing from k-means seeds, then boundary moves and swaps that keep every
zone connected:

1. **Units and their adjacency.** Free zones: one unit per household location (households at
   the same point — one building — move together), its cell the Voronoi cell of the point
   clipped to the area outline; two units are neighbours when their cells share a border (the
   Delaunay edges whose cells still touch inside the outline). With ``keep_tong``: one unit per
   통, neighbours when the 통 polygons share a border. The cells tile the area, so the zones do.
2. **Seeds.** A weighted k-means (Lloyd) over the units gives k centres spread by workload.
3. **Growth.** The zones grow from the unit nearest each centre, one unit at a time: the least
   loaded zone takes the unassigned neighbour nearest its centre. Every zone is connected by
   construction, and about as loaded as the others.
4. **Balance.** A boundary unit moves from a zone to a neighbouring lighter one whenever the
   difference of their loads exceeds its weight (the sum of squared loads falls, so this ends);
   where no single move helps, two boundary units are swapped. A move is made only if the zone it
   leaves stays connected.
5. **Compactness.** Boundary units move to the neighbouring zone whose centre is nearer while
   every load stays within a narrow band around the mean; centres are recomputed and steps 4–5
   repeated a few times.

Why this and not k-means with capacities: k-means with capacity constraints balances well but
does not keep zones contiguous (a capacity-bound assignment jumps over a neighbour), so it needs
a repair afterwards that undoes the balance; growing on the adjacency graph keeps contiguity an
invariant and the balance moves only ever trade units across a shared border.

Workload: by households, 1 per household; by time, the expected visit minutes of a year —
365 / the revisit cycle of the household's risk (the database's settings) visits, one visit a
year for a household not yet visited (no risk), times the minutes a visit takes
(:data:`VISIT_MINUTES`).

Pure Python + shapely (1.8 and 2.x); no QGIS import.
"""
from __future__ import annotations

import math
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon
from shapely.ops import triangulate, unary_union, voronoi_diagram
from shapely.strtree import STRtree

from . import db
from .fieldwork import Area
from .risk import DEFAULT_CYCLE_DAYS
from .visits import find_visitor

WEIGHTINGS = ("households", "time")
#: minutes a visit takes by risk (None: a household not visited yet, the first assessment)
VISIT_MINUTES: dict[str | None, float] = {"high": 60.0, "medium": 45.0, "low": 30.0, None: 60.0}
#: the balance the method aims for (most loaded / least loaded zone)
TARGET_RATIO = 1.15
#: the compactness moves keep every load within this fraction of the mean
COMPACT_BAND = 0.04
ROUNDS = 4
SITE_DECIMALS = 2  # households within a centimetre are one location


class ZoneError(ValueError):
    """Zones that cannot be made; ``code`` and ``params`` for the caller's words."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Household:
    """An active household of the area, as the zoning reads it."""
    id: str
    x: float | None
    y: float | None
    tong: int | None
    risk_level: str | None


@dataclass(frozen=True)
class Zone:
    number: int                       # 1..k in reading order (north to south, west to east)
    household_ids: tuple[str, ...]
    geometry: Any                     # Polygon (MultiPolygon only for an area in several parts)
    households: int
    workload: float                   # households, or visit hours a year (see ``Zoning.weighting``)
    high_risk: int
    tongs: tuple[int, ...]            # the 통 its households are in


@dataclass(frozen=True)
class Zoning:
    zones: tuple[Zone, ...]
    weighting: str
    keep_tong: bool
    left_out: tuple[str, ...]         # households that could not be placed (no location, no 통)

    @property
    def ratio(self) -> float:
        """The most loaded zone's workload over the least loaded one's."""
        loads = [z.workload for z in self.zones]
        return max(loads) / min(loads) if loads and min(loads) > 0 else math.inf


@dataclass(frozen=True)
class AreaData:
    dong_name: str
    outline: Any
    households: tuple[Household, ...]
    tong_polygons: dict[int, Any]
    cycle_days: dict[str, int]


# --- workload -----------------------------------------------------------------------------------
def workload(risk_level: str | None, weighting: str, cycle_days: dict[str, int] | None = None) -> float:
    """A household's workload: 1 by households; by time, its expected visit hours a year."""
    if weighting == "households":
        return 1.0
    if weighting != "time":
        raise ZoneError("weighting", weighting=weighting)
    cycles = {**DEFAULT_CYCLE_DAYS, **(cycle_days or {})}
    visits = 365.0 / cycles[risk_level] if risk_level in cycles else 1.0
    return visits * VISIT_MINUTES.get(risk_level, VISIT_MINUTES[None]) / 60.0


# --- the partition of a graph of weighted units -----------------------------------------------
def _d2(a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _kmeans(xy: Sequence[tuple[float, float]], weights: Sequence[float], k: int, start: int = 0,
            iterations: int = 25) -> list[tuple[float, float]]:
    """Weighted Lloyd from a deterministic farthest-point start (``start``: the first centre is
    the unit that far down the list of units farthest from the weighted centre)."""
    total = sum(weights) or 1.0
    cx = sum(p[0] * w for p, w in zip(xy, weights)) / total
    cy = sum(p[1] * w for p, w in zip(xy, weights)) / total
    order = sorted(range(len(xy)), key=lambda i: (-_d2(xy[i], (cx, cy)), i))
    first = order[start % len(order)]
    centres = [xy[first]]
    nearest = [_d2(p, centres[0]) for p in xy]
    while len(centres) < k:
        i = max(range(len(xy)), key=lambda j: (nearest[j] * (weights[j] or 1e-9), -j))
        centres.append(xy[i])
        nearest = [min(d, _d2(p, xy[i])) for d, p in zip(nearest, xy)]
    for _ in range(iterations):
        sums = [[0.0, 0.0, 0.0] for _ in range(k)]
        for p, w in zip(xy, weights):
            z = min(range(k), key=lambda c: _d2(p, centres[c]))
            w = w or 1e-9
            sums[z][0] += p[0] * w
            sums[z][1] += p[1] * w
            sums[z][2] += w
        moved = [(s[0] / s[2], s[1] / s[2]) if s[2] else centres[z] for z, s in enumerate(sums)]
        if moved == centres:
            break
        centres = moved
    return centres


def _connected_without(members: set[int], removed: int, added: int | None,
                       neighbours: Sequence[set[int]]) -> bool:
    """Whether ``members`` less ``removed`` (plus ``added``) is one connected piece."""
    rest = set(members)
    rest.discard(removed)
    if added is not None:
        rest.add(added)
    if not rest:
        return False
    start = next(iter(rest))
    seen = {start}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in neighbours[u]:
            if v in rest and v not in seen:
                seen.add(v)
                queue.append(v)
    return len(seen) == len(rest)


class _Partition:
    def __init__(self, xy: Sequence[tuple[float, float]], weights: Sequence[float],
                 neighbours: Sequence[set[int]], k: int, start: int = 0) -> None:
        self.xy, self.w, self.nb, self.k = xy, weights, neighbours, k
        self.zone = [-1] * len(xy)
        self.members: list[set[int]] = [set() for _ in range(k)]
        self.load = [0.0] * k
        self.centres = _kmeans(xy, weights, k, start)

    @property
    def ratio(self) -> float:
        return max(self.load) / min(self.load) if min(self.load) > 0 else math.inf

    @property
    def spread(self) -> float:
        """The zones' moment of inertia (weighted squared distances to their centres)."""
        return sum((self.w[u] or 1e-9) * _d2(self.xy[u], self.centres[self.zone[u]]) for u in range(len(self.xy)))

    def put(self, unit: int, z: int) -> None:
        old = self.zone[unit]
        if old >= 0:
            self.members[old].discard(unit)
            self.load[old] -= self.w[unit]
        self.zone[unit] = z
        self.members[z].add(unit)
        self.load[z] += self.w[unit]

    def grow(self) -> None:
        taken: set[int] = set()
        for z, centre in enumerate(self.centres):
            seed = min((i for i in range(len(self.xy)) if i not in taken), key=lambda i: (_d2(self.xy[i], centre), i))
            taken.add(seed)
            self.put(seed, z)
        frontier = [{v for v in self.nb[next(iter(self.members[z]))]} for z in range(self.k)]
        left = len(self.xy) - self.k
        while left:
            for z in sorted(range(self.k), key=lambda c: (self.load[c], c)):
                frontier[z] = {v for v in frontier[z] if self.zone[v] < 0}
                if frontier[z]:
                    unit = min(frontier[z], key=lambda v: (_d2(self.xy[v], self.centres[z]), v))
                    self.put(unit, z)
                    frontier[z] |= self.nb[unit]
                    left -= 1
                    break
            else:  # units no zone reaches (the caller's graph is connected, so never)
                for unit in range(len(self.xy)):
                    if self.zone[unit] < 0:
                        self.put(unit, min(range(self.k), key=lambda c: _d2(self.xy[unit], self.centres[c])))
                left = 0

    def recentre(self) -> None:
        for z in range(self.k):
            total = sum(self.w[u] or 1e-9 for u in self.members[z])
            self.centres[z] = (sum(self.xy[u][0] * (self.w[u] or 1e-9) for u in self.members[z]) / total,
                               sum(self.xy[u][1] * (self.w[u] or 1e-9) for u in self.members[z]) / total)

    def _boundary(self) -> list[tuple[int, int]]:
        """(unit, neighbouring zone) of every unit on a zone border."""
        return sorted({(u, self.zone[v]) for u in range(len(self.xy)) for v in self.nb[u]
                       if self.zone[v] != self.zone[u]})

    def _can_leave(self, unit: int, added: int | None = None) -> bool:
        z = self.zone[unit]
        return len(self.members[z]) > 1 and _connected_without(self.members[z], unit, added, self.nb)

    def _cost(self, unit: int, z: int) -> float:
        """How much nearer the unit is to zone z's centre than to its own (negative: nearer)."""
        return _d2(self.xy[unit], self.centres[z]) - _d2(self.xy[unit], self.centres[self.zone[unit]])

    def balance(self, limit: int = 20000) -> None:
        for _ in range(limit):
            moves = []
            for unit, z in self._boundary():
                own = self.zone[unit]
                gap = self.load[own] - self.load[z]
                if 0 < self.w[unit] < gap:
                    moves.append((-gap, self._cost(unit, z), unit, z))
            moved = False
            for *_, unit, z in sorted(moves):  # as many as still hold, one list for many moves
                own = self.zone[unit]
                if (own != z and 0 < self.w[unit] < self.load[own] - self.load[z]
                        and any(self.zone[v] == z for v in self.nb[unit]) and self._can_leave(unit)):
                    self.put(unit, z)
                    moved = True
            if not moved and not self._swap():
                return

    def _swap(self) -> bool:
        """One exchange of boundary units between neighbouring zones that brings their loads
        nearer, both staying connected."""
        border: dict[tuple[int, int], list[int]] = {}
        for unit, z in self._boundary():
            border.setdefault((self.zone[unit], z), []).append(unit)
        options = []
        enough = 0.005 * sum(self.load) / self.k  # loads within half a per cent: no swap worth its search
        for (a, b), units in border.items():
            gap = self.load[a] - self.load[b]
            if gap <= enough:
                continue
            for u in units:
                for v in border.get((b, a), ()):
                    delta = self.w[u] - self.w[v]
                    if 0 < delta < gap:
                        options.append((abs(gap - 2 * delta), self._cost(u, b) + self._cost(v, a), u, v))
        for *_, u, v in sorted(options)[:100]:
            a, b = self.zone[u], self.zone[v]
            if _connected_without(self.members[a], u, v, self.nb) and _connected_without(self.members[b], v, u, self.nb):
                self.put(u, b)
                self.put(v, a)
                return True
        return False

    def compact(self, limit: int = 5000) -> None:
        mean = sum(self.load) / self.k
        low, high = mean * (1 - COMPACT_BAND), mean * (1 + COMPACT_BAND)
        for _ in range(limit):
            moved = False
            for unit, z in sorted(self._boundary(), key=lambda m: self._cost(*m)):
                own, w = self.zone[unit], self.w[unit]
                if own == z or self._cost(unit, z) >= 0 or not any(self.zone[v] == z for v in self.nb[unit]):
                    continue
                fits = (self.load[own] - w >= min(low, self.load[own]) and self.load[z] + w <= max(high, self.load[z]))
                if fits and self._can_leave(unit):
                    self.put(unit, z)
                    moved = True
            if not moved:
                return


def partition(xy: Sequence[tuple[float, float]], weights: Sequence[float], neighbours: Sequence[set[int]],
              k: int, starts: int = 1) -> list[int]:
    """The zone (0..k-1) of each unit: k connected parts of the graph ``neighbours`` (which must
    be connected), compact around their centres, of about equal total weight. ``starts``: how many
    different seedings to try at most (the best balanced, then most compact, is kept; after the
    third, the first that meets :data:`TARGET_RATIO` ends the search)."""
    if k < 1:
        raise ZoneError("zones", zones=k)
    if k > len(xy):
        raise ZoneError("too_many_zones", zones=k, units=len(xy))
    best: _Partition | None = None
    for start in range(starts):
        p = _Partition(xy, weights, neighbours, k, start)
        p.grow()
        p.balance()
        for _ in range(ROUNDS):
            p.recentre()
            p.compact()
            p.balance()
        p.recentre()
        if best is None or (min(p.ratio, TARGET_RATIO), p.spread) < (min(best.ratio, TARGET_RATIO), best.spread):
            best = p
        if best.ratio <= TARGET_RATIO and start + 1 >= min(starts, 3):
            break
    assert best is not None
    return best.zone


def _connect(xy: Sequence[tuple[float, float]], neighbours: list[set[int]]) -> None:
    """Join the parts of a graph that are apart (an area in several pieces) by their nearest units."""
    while True:
        seen = {0}
        queue = deque([0])
        while queue:
            u = queue.popleft()
            for v in neighbours[u]:
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        if len(seen) == len(xy):
            return
        _, a, b = min((_d2(xy[a], xy[b]), a, b) for a in seen for b in range(len(xy)) if b not in seen)
        neighbours[a].add(b)
        neighbours[b].add(a)


# --- geometry -----------------------------------------------------------------------------------
def _polygons(geometry: Any) -> list[Any]:
    if geometry is None or geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for part in getattr(geometry, "geoms", []) for g in _polygons(part)]


def _tree(geometries: Sequence[Any]) -> STRtree:
    with warnings.catch_warnings():  # shapely 1.8 warns of 2.0's changes, which _query covers
        warnings.simplefilter("ignore")
        return STRtree(geometries)


def _query(tree: STRtree, geometry: Any, items: Sequence[Any]) -> list[int]:
    """Indices of ``items`` whose envelopes meet ``geometry`` (shapely 1.8 and 2.x)."""
    found = tree.query(geometry)
    if len(found) and not hasattr(found[0], "geom_type"):
        return [int(i) for i in found]
    index = {id(g): i for i, g in enumerate(items)}
    return [index[id(g)] for g in found]


def _shared(a: Any, b: Any) -> float:
    return a.boundary.intersection(b.boundary).length if a.intersects(b) else 0.0


def voronoi_cells(sites: Sequence[tuple[float, float]], outline: Any) -> tuple[list[Any], list[Any]]:
    """(cell of each site, the pieces left over) of the Voronoi diagram of ``sites`` clipped to
    ``outline``: a site's cell is the piece of its clipped cell that holds it (or its largest);
    pieces a concave outline cut off from their site are left over."""
    if len(sites) == 1:
        parts = sorted(_polygons(outline), key=lambda g: -g.area)
        return [parts[0] if parts else Point(sites[0]).buffer(1.0)], parts[1:]
    points = [Point(s) for s in sites]
    minx, miny, maxx, maxy = outline.union(MultiPoint(points)).bounds
    margin = max(maxx - minx, maxy - miny) + 10.0
    envelope = Polygon([(minx - margin, miny - margin), (maxx + margin, miny - margin),
                        (maxx + margin, maxy + margin), (minx - margin, maxy + margin)])
    raw = list(voronoi_diagram(MultiPoint(points), envelope=envelope).geoms)
    tree = _tree(points)
    cells: list[Any] = [None] * len(sites)
    for polygon in raw:
        for i in _query(tree, polygon, points):
            if cells[i] is None and polygon.intersects(points[i]):
                cells[i] = polygon
                break
    leftover: list[Any] = []
    for i, cell in enumerate(cells):
        pieces = _polygons(cell.intersection(outline)) if cell is not None else []
        if not pieces:
            cells[i] = points[i].buffer(0.5)  # a location off the outline: a token cell
            continue
        own = next((g for g in pieces if g.intersects(points[i])), max(pieces, key=lambda g: g.area))
        cells[i] = own
        leftover += [g for g in pieces if g is not own]
    return cells, leftover


def cell_neighbours(sites: Sequence[tuple[float, float]], cells: Sequence[Any]) -> list[set[int]]:
    """Sites whose cells share a border (along the Delaunay edges), the graph made connected."""
    index = {(round(x, 6), round(y, 6)): i for i, (x, y) in enumerate(sites)}
    neighbours: list[set[int]] = [set() for _ in sites]
    if len(sites) > 1:
        edges = triangulate(MultiPoint([Point(s) for s in sites]), edges=True)
        for edge in getattr(edges, "geoms", edges):
            (ax, ay), (bx, by) = list(edge.coords)[:2]
            a, b = index.get((round(ax, 6), round(ay, 6))), index.get((round(bx, 6), round(by, 6)))
            if a is not None and b is not None and a != b and _shared(cells[a], cells[b]) > 1e-6:
                neighbours[a].add(b)
                neighbours[b].add(a)
        _connect(sites, neighbours)
    return neighbours


def polygon_neighbours(polygons: Sequence[Any]) -> list[set[int]]:
    """Polygons that share a border (not just a corner), the graph made connected."""
    neighbours: list[set[int]] = [set() for _ in polygons]
    tree = _tree(list(polygons))
    for a, polygon in enumerate(polygons):
        for b in _query(tree, polygon, polygons):
            if b > a and _shared(polygon, polygons[b]) > 1e-6:
                neighbours[a].add(b)
                neighbours[b].add(a)
    centres = [(p.representative_point().x, p.representative_point().y) for p in polygons]
    if polygons:
        _connect(centres, neighbours)
    return neighbours


def _single(geometry: Any) -> Any:
    parts = _polygons(geometry.buffer(0))
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def _reading_order(centres: Sequence[tuple[float, float]]) -> list[int]:
    """Old zone indices in reading order: rows north to south (by the zone's size), west to east."""
    if not centres:
        return []
    ys = [c[1] for c in centres]
    row = max((max(ys) - min(ys)) / max(1, round(math.sqrt(len(centres)))), 1.0)
    return sorted(range(len(centres)), key=lambda z: (round((max(ys) - centres[z][1]) / row), centres[z][0]))


# --- zones --------------------------------------------------------------------------------------
def make_zones(data: AreaData, k: int, weighting: str = "households", keep_tong: bool = False,
               progress: Callable[[float], Any] | None = None) -> Zoning:
    """``k`` zones of the area's households (see the module's notes for the method)."""
    if weighting not in WEIGHTINGS:
        raise ZoneError("weighting", weighting=weighting)
    weight = {h.id: workload(h.risk_level, weighting, data.cycle_days) for h in data.households}
    left_out: list[str] = []
    members: list[list[Household]]
    if keep_tong:
        if not data.tong_polygons:
            raise ZoneError("no_tongs", dong=data.dong_name)
        numbers = sorted(data.tong_polygons)
        polygons = [data.tong_polygons[t] for t in numbers]
        members = [[] for _ in numbers]
        tree = _tree(polygons)
        for h in data.households:
            if h.tong in data.tong_polygons:
                members[numbers.index(h.tong)].append(h)
            elif h.x is not None and h.y is not None:
                point = Point(h.x, h.y)
                near = _query(tree, point.buffer(1.0), polygons)
                inside = [i for i in near if polygons[i].intersects(point)]
                i = inside[0] if inside else min(range(len(polygons)), key=lambda j: polygons[j].distance(point))
                members[i].append(h)
            else:
                left_out.append(h.id)
        units = polygons
        xy = [(p.representative_point().x, p.representative_point().y) for p in polygons]
        for i, hs in enumerate(members):  # a 통's weight sits where its households are
            if hs and all(h.x is not None for h in hs):
                xy[i] = (sum(h.x or 0.0 for h in hs) / len(hs), sum(h.y or 0.0 for h in hs) / len(hs))
        neighbours = polygon_neighbours(polygons)
        extra: list[Any] = []
    else:
        sites: dict[tuple[float, float], list[Household]] = {}
        for h in data.households:
            if h.x is None or h.y is None:
                left_out.append(h.id)
            else:
                sites.setdefault((round(h.x, SITE_DECIMALS), round(h.y, SITE_DECIMALS)), []).append(h)
        if not sites:
            raise ZoneError("no_households", dong=data.dong_name)
        xy = sorted(sites)
        members = [sites[s] for s in xy]
        units, extra = voronoi_cells(xy, data.outline)
        neighbours = cell_neighbours(xy, units)
    if progress:
        progress(0.3)
    weights = [sum(weight[h.id] for h in hs) for hs in members]
    if k > sum(1 for w in weights if w > 0):
        raise ZoneError("too_many_zones", zones=k, units=sum(1 for w in weights if w > 0))
    # a few 통 are quick to zone many ways; thousands of households take a third of a second a try
    zone_of = partition(xy, weights, neighbours, k, starts=min(len(xy), 24) if keep_tong else 3)
    if progress:
        progress(0.8)
    shapes: list[list[Any]] = [[] for _ in range(k)]
    for unit, z in enumerate(zone_of):
        shapes[z].append(units[unit])
    if extra:  # pieces cut off their site: to the zone they share the longest border with
        tree = _tree(list(units))
        for piece in extra:
            near = _query(tree, piece.buffer(0.01), units)
            best = max(near, key=lambda u: (_shared(piece, units[u]), -u), default=None)
            if best is None or _shared(piece, units[best]) <= 0:
                best = min(range(len(units)), key=lambda u: units[u].distance(piece))
            shapes[zone_of[best]].append(piece)
    high = {h.id for h in data.households if h.risk_level == "high"}
    zones = []
    centres = []
    for z in range(k):
        hs = [h for unit, zz in enumerate(zone_of) if zz == z for h in members[unit]]
        hs.sort(key=lambda h: h.id)
        zones.append((hs, _single(unary_union(shapes[z]))))
        load = sum(weights[u] for u, zz in enumerate(zone_of) if zz == z) or 1e-9
        centres.append((sum(xy[u][0] * weights[u] for u, zz in enumerate(zone_of) if zz == z) / load,
                        sum(xy[u][1] * weights[u] for u, zz in enumerate(zone_of) if zz == z) / load))
    result = []
    for number, z in enumerate(_reading_order(centres), start=1):
        hs, shape = zones[z]
        result.append(Zone(number, tuple(h.id for h in hs), shape, len(hs),
                           round(sum(weight[h.id] for h in hs), 2), sum(1 for h in hs if h.id in high),
                           tuple(sorted({h.tong for h in hs if h.tong is not None}))))
    return Zoning(tuple(result), weighting, keep_tong, tuple(sorted(left_out)))


# --- reading the area ---------------------------------------------------------------------------
def _tong_number(code: str) -> int | None:
    try:
        return int(code.rsplit("-", 1)[1]) if "-" in code else None
    except ValueError:
        return None


def read_area(conn: Any, area: Area) -> AreaData:
    """The active households of ``area`` with their location, 통 and risk; the area's outline (the
    동's, or its chosen 통's), the 통 polygons and the database's revisit cycle."""
    row = conn.execute("SELECT name, {} FROM districts WHERE code = ? AND level = 'dong'".format(
        db.geometry(conn, "geom")), (area.dong_code,)).fetchone()
    if row is None:
        raise ZoneError("unknown_dong", dong=area.dong_code)
    dong_name, outline = row[0], db.decode_geometry(conn, row[1])
    tongs: dict[int, Any] = {}
    for code, geom in conn.execute("SELECT code, {} FROM districts WHERE level = 'tong' AND parent_code = ?".format(
            db.geometry(conn, "geom")), (area.dong_code,)).fetchall():
        number, shape = _tong_number(code), db.decode_geometry(conn, geom)
        if number is not None and shape is not None and not shape.is_empty:
            tongs[number] = shape
    known = set(tongs) | {int(t) for (t,) in conn.execute(
        "SELECT DISTINCT tong FROM households WHERE dong_code = ? AND tong IS NOT NULL", (area.dong_code,))}
    unknown = [t for t in area.tongs if t not in known]
    if unknown:
        raise ZoneError("unknown_tong", dong=area.dong_code, tongs=unknown)
    sql = ("SELECT id, {}, tong, risk_level FROM households WHERE dong_code = ? AND status = 'active'".format(
        db.geometry(conn, "geom")))
    households = []
    for hid, geom, tong, risk in conn.execute(sql, (area.dong_code,)).fetchall():
        tong = int(tong) if tong is not None else None
        if area.tongs and tong not in area.tongs:
            continue
        point = db.decode_geometry(conn, geom)
        x, y = (point.x, point.y) if point is not None and not point.is_empty else (None, None)
        households.append(Household(str(hid), x, y, tong, risk))
    if area.tongs:
        tongs = {t: g for t, g in tongs.items() if t in area.tongs}
        if tongs:
            outline = unary_union(list(tongs.values()))
    if outline is None or outline.is_empty:
        placed = [Point(h.x, h.y) for h in households if h.x is not None and h.y is not None]
        if not placed:
            raise ZoneError("no_households", dong=dong_name)
        outline = MultiPoint(placed).convex_hull.buffer(50.0)
    cycles = {key[len("cycle_days_"):]: int(value) for key, value in conn.execute(
        "SELECT key, value FROM settings WHERE key LIKE 'cycle_days_%'").fetchall()}
    return AreaData(dong_name, outline, tuple(sorted(households, key=lambda h: h.id)), tongs, cycles)


def resolve_visitors(conn: Any, text: str, dong_code: str) -> list[tuple[str, str]]:
    """(id, name) of each visitor of a comma-separated list of ids or names (a name: the 동's
    visitor of that name first), in the order given."""
    found: list[tuple[str, str]] = []
    for item in (p.strip() for p in (text or "").replace(";", ",").split(",")):
        if not item:
            continue
        visitor = find_visitor(conn, item, dong_code)
        if visitor is None:
            raise ZoneError("unknown_visitor", visitor=item)
        if any(visitor[0] == f[0] for f in found):
            raise ZoneError("visitor_twice", visitor=item)
        found.append(visitor)
    return found
