"""A day's visits (welfarevisitmap:plan_day): which households are due, and in which order to walk
to them.

Selection: the active, placed households of the day's choice (a visitor's, or given ids) whose
visit is due on the day or overdue (``next_visit_due`` <= the day) or that were never visited;
high risk before medium before low before not yet assessed, and within a risk the most overdue
first (the earliest due date; a household never visited by the date it was found).

Ordering: a distance matrix in (index 0 the start, 1… the stops, in metres), an open path from the
start out (no way back): exact for up to :data:`EXACT_STOPS` stops (Held–Karp), else nearest
neighbour improved by 2-opt. Time: walking at :data:`WALK_KMH` plus the minutes of each visit;
a day over its minutes drops its least urgent stops (the last of the selection) until it fits.

Pure Python, no QGIS import: the road-network distances are computed by ``plugin/network.py``.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import db

Connection = Any
Matrix = Sequence[Sequence[float]]

WALK_KMH = 4.0          # walking speed in an alley neighbourhood, stairs and crossings included
VISIT_MINUTES = 20      # the default time at each door (a parameter of plan_day)
EXACT_STOPS = 9         # up to this many stops the order is the shortest there is (Held–Karp)
RISK_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}
START_WORDS = ("주민센터", "행정복지센터")  # a 동's office among the facilities


@dataclass(frozen=True)
class Stop:
    """A household that may be visited on the day."""
    id: str
    x: float
    y: float
    address: str | None = None
    address_detail: str | None = None
    head_name: str | None = None
    dong_code: str | None = None
    tong: int | None = None
    risk_level: str | None = None
    last_visit_on: dt.date | None = None
    next_visit_due: dt.date | None = None
    found_on: dt.date | None = None
    needs: tuple[str, ...] = ()

    def urgency(self) -> tuple[int, dt.date, str]:
        """The sort key of the selection: risk, then the most overdue first."""
        since = self.next_visit_due or self.found_on or dt.date.min
        return RISK_RANK.get(self.risk_level, 3), since, self.id

    def due(self, day: dt.date) -> bool:
        return self.last_visit_on is None or (self.next_visit_due is not None and self.next_visit_due <= day)

    def overdue_days(self, day: dt.date) -> int | None:
        return (day - self.next_visit_due).days if self.next_visit_due is not None else None


@dataclass(frozen=True)
class Start:
    name: str
    x: float
    y: float
    kind: str  # 'given', 'office' (a 주민센터 facility), 'centroid' (the 동's centre)


@dataclass
class Route:
    """An ordered day: ``order`` indexes of the matrix (1…), ``legs`` metres walked to each stop,
    ``arrivals`` minutes after leaving the start at each stop, ``minutes`` until the last visit ends."""
    order: list[int] = field(default_factory=list)
    legs: list[float] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)
    minutes: float = 0.0
    dropped: list[int] = field(default_factory=list)  # matrix indexes left out for the time

    @property
    def metres(self) -> float:
        return sum(self.legs)


def _in(values: Sequence[Any]) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


def candidates(conn: Connection, day: dt.date, visitor_id: str | None = None,
               household_ids: Sequence[str] | None = None) -> tuple[list[Stop], int]:
    """(the due or overdue households of the choice, most urgent first; how many of the choice
    that are due have no place on the map). ``visitor_id``: the households assigned to that visitor;
    ``household_ids``: only these (both: both must hold)."""
    where: list[str] = ["status = 'active'"]
    params: list[Any] = []
    if visitor_id:
        where.append("assigned_visitor_id = ?")
        params.append(visitor_id)
    rows: list[Sequence[Any]] = []
    columns = ("id, {geom}, address, address_detail, head_name, dong_code, tong, risk_level, last_visit_on, "
               "next_visit_due, found_on").format(geom=db.geometry(conn, "geom"))
    if household_ids is not None:
        ids = list(dict.fromkeys(household_ids))
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            rows += conn.execute(f"SELECT {columns} FROM households WHERE {' AND '.join(where)} AND id IN {_in(part)}",
                                 (*params, *part)).fetchall()
    else:
        rows = conn.execute(f"SELECT {columns} FROM households WHERE {' AND '.join(where)}", tuple(params)).fetchall()
    stops, unplaced = [], 0
    for row in rows:
        geom = db.decode_geometry(conn, row[1])
        stop = Stop(str(row[0]), 0.0, 0.0, row[2], row[3], row[4], row[5], int(row[6]) if row[6] is not None else None,
                    row[7], db.day(row[8]), db.day(row[9]), db.day(row[10]))
        if not stop.due(day):
            continue
        if geom is None or geom.is_empty:
            unplaced += 1
            continue
        point = geom.representative_point() if geom.geom_type != "Point" else geom
        stops.append(replace(stop, x=float(point.x), y=float(point.y)))
    stops.sort(key=Stop.urgency)
    return stops, unplaced


def with_needs(conn: Connection, stops: Sequence[Stop], label: Callable[[str, str | None], str]) -> list[Stop]:
    """The stops with their open needs as text (``label(domain, item)``)."""
    found: dict[str, list[str]] = {}
    ids = [s.id for s in stops]
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for household, domain, item in conn.execute(
                "SELECT household_id, domain, item FROM needs WHERE status IN ('open', 'linked') "
                f"AND household_id IN {_in(part)} ORDER BY household_id, domain, item", tuple(part)).fetchall():
            found.setdefault(str(household), []).append(label(domain, item))
    return [replace(s, needs=tuple(dict.fromkeys(found.get(s.id, ())))) for s in stops]


def main_dong(stops: Sequence[Stop]) -> str | None:
    """The 동 of most of the stops (of the most urgent among equals)."""
    counts = Counter(s.dong_code for s in stops if s.dong_code)
    if not counts:
        return None
    best = max(counts.values())
    return next(s.dong_code for s in stops if s.dong_code and counts[s.dong_code] == best)


def start_place(conn: Connection, dong_code: str | None) -> Start | None:
    """Where a day starts when no START is given: the 동's office (a facility whose name holds
    주민센터 or 행정복지센터, of the 동 or inside it), else the centre of the 동; None without a 동."""
    if not dong_code:
        return None
    row = conn.execute("SELECT name, {} FROM districts WHERE code = ?".format(db.geometry(conn, "geom")),
                       (dong_code,)).fetchone()
    dong_name, outline = (row[0], db.decode_geometry(conn, row[1])) if row else (dong_code, None)
    like = " OR ".join("name LIKE ?" for _ in START_WORDS)
    offices = conn.execute(f"SELECT name, dong_code, {db.geometry(conn, 'geom')} FROM facilities WHERE ({like}) "
                           "AND geom IS NOT NULL ORDER BY name", tuple(f"%{w}%" for w in START_WORDS)).fetchall()
    placed = [(name, code, db.decode_geometry(conn, g)) for name, code, g in offices]
    placed = [(name, code, g) for name, code, g in placed if g is not None and not g.is_empty]
    mine = [p for p in placed if p[1] == dong_code] or (
        [p for p in placed if p[1] is None and outline is not None and outline.buffer(1.0).contains(p[2])])
    if mine:
        # the one naming the 동 first ('천연동 주민센터' before a 경로당 '…주민센터 분소')
        mine.sort(key=lambda p: (str(dong_name) not in p[0], p[0]))
        name, _, point = mine[0]
        return Start(name, float(point.x), float(point.y), "office")
    if outline is None or outline.is_empty:
        return None
    centre = outline.representative_point() if not outline.centroid.within(outline) else outline.centroid
    return Start(str(dong_name), float(centre.x), float(centre.y), "centroid")


def straight_matrix(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """The straight-line distances between points (metres in a projected CRS)."""
    return [[math.hypot(ax - bx, ay - by) for bx, by in points] for ax, ay in points]


def path_length(matrix: Matrix, order: Sequence[int], start: int = 0) -> float:
    """The length of the open path start → order[0] → order[1] → …"""
    total, here = 0.0, start
    for stop in order:
        total += matrix[here][stop]
        here = stop
    return total


def _held_karp(matrix: Matrix, stops: Sequence[int]) -> list[int]:
    """The shortest open path from 0 through every stop (exact, O(2^n n^2))."""
    n = len(stops)
    full = (1 << n) - 1
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for j in range(n):
        best[(1 << j, j)] = (matrix[0][stops[j]], -1)
    for mask in range(1, full + 1):
        for j in range(n):
            if not mask & (1 << j) or (mask, j) not in best:
                continue
            cost = best[(mask, j)][0]
            for k in range(n):
                if mask & (1 << k):
                    continue
                key = (mask | (1 << k), k)
                value = cost + matrix[stops[j]][stops[k]]
                if key not in best or value < best[key][0] - 1e-9:
                    best[key] = (value, j)
    last = min(range(n), key=lambda j: (best[(full, j)][0], j))
    order, mask = [], full
    while last != -1:
        order.append(stops[last])
        previous = best[(mask, last)][1]
        mask &= ~(1 << last)
        last = previous
    return order[::-1]


def _nearest_neighbour(matrix: Matrix, stops: Sequence[int]) -> list[int]:
    left, order, here = list(stops), [], 0
    while left:
        nearest = min(left, key=lambda s: (matrix[here][s], s))
        order.append(nearest)
        left.remove(nearest)
        here = nearest
    return order


def _two_opt(matrix: Matrix, order: list[int]) -> list[int]:
    """Reverse stretches of the path while that shortens it (the start stays first)."""
    best, length = list(order), path_length(matrix, order)
    improved = True
    while improved:
        improved = False
        for i in range(len(best) - 1):
            for k in range(i + 1, len(best)):
                candidate = best[:i] + best[i:k + 1][::-1] + best[k + 1:]
                candidate_length = path_length(matrix, candidate)
                if candidate_length < length - 1e-6:
                    best, length, improved = candidate, candidate_length, True
    return best


def best_order(matrix: Matrix, stops: Sequence[int] | None = None) -> list[int]:
    """The order to walk ``stops`` (matrix indexes; all but 0 when None) starting at index 0:
    the shortest for up to :data:`EXACT_STOPS`, else nearest neighbour and 2-opt."""
    stops = list(range(1, len(matrix))) if stops is None else list(stops)
    if len(stops) <= 1:
        return stops
    if len(stops) <= EXACT_STOPS:
        return _held_karp(matrix, stops)
    return _two_opt(matrix, _nearest_neighbour(matrix, stops))


def timed(matrix: Matrix, order: Sequence[int], visit_minutes: float = VISIT_MINUTES,
          walk_kmh: float = WALK_KMH) -> Route:
    """The legs, arrival minutes and total minutes of walking ``order`` from index 0."""
    per_minute = walk_kmh * 1000.0 / 60.0
    route, here, clock = Route(order=list(order)), 0, 0.0
    for stop in order:
        leg = float(matrix[here][stop])
        clock += leg / per_minute
        route.legs.append(leg)
        route.arrivals.append(clock)
        clock += visit_minutes
        here = stop
    route.minutes = clock
    return route


def plan(matrix: Matrix, max_minutes: float | None = None, visit_minutes: float = VISIT_MINUTES,
         walk_kmh: float = WALK_KMH) -> Route:
    """The day over ``matrix`` (index 0 the start, 1… the stops most urgent first): the best order
    of all stops, or — when it takes more than ``max_minutes`` — of the most urgent that fit (the
    least urgent dropped one by one). Stops no way leads to (an infinite distance) are dropped."""
    stops = [i for i in range(1, len(matrix)) if math.isfinite(matrix[0][i])]
    dropped = [i for i in range(1, len(matrix)) if i not in stops]
    while stops:
        route = timed(matrix, best_order(matrix, stops), visit_minutes, walk_kmh)
        if not max_minutes or route.minutes <= max_minutes + 1e-9:
            route.dropped = sorted(dropped)
            return route
        dropped.append(stops.pop())
    return Route(dropped=sorted(dropped))
