"""The base map from public data, into the database's base tables (base_roads, base_buildings,
base_entrances): the road-name address electronic map (도로명주소 전자지도, business.juso.go.kr:
SHP in EPSG:5179, often without .prj, attributes in CP949, often without .cpg) and OpenStreetMap
extracts (.osm, .osm.pbf, through GDAL's OSM driver). Read with GDAL's own Python bindings
(osgeo), transformed to the database's CRS, kept where they touch the database's districts, and
written in one transaction with the import's audit row, on either engine.

In stages: :func:`find_layers` recognises the input's layers (a folder, a .zip, an .osm/.pbf
file); :func:`read_layers` reads, checks and transforms them into a :class:`BaseMap` with no
database write; :func:`write_base_map` writes it. :func:`import_base_map` does all three.

Plain Python (osgeo, shapely, no QGIS)."""
from __future__ import annotations

import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import db

SOURCES = ("juso", "osm")
ROADS, BUILDINGS, ENTRANCES, ROAD_AREAS = "roads", "buildings", "entrances", "road_areas"
TABLE_OF = {ROADS: "base_roads", BUILDINGS: "base_buildings", ENTRANCES: "base_entrances"}
JUSO_EPSG = 5179  # the electronic map's CRS (Korea 2000 / Unified CS), assumed when a .prj is missing
JUSO_ENCODING = "CP949"
KOREA = (124.0, 33.0, 132.0, 39.5)  # lon/lat bounds of Korea

# the electronic map's standard layers, by file name (a name may carry a prefix or suffix, any case)
JUSO_LAYERS = {"TL_SPRD_MANAGE": ROADS, "TL_SPRD_RW": ROAD_AREAS, "TL_SPBD_BULD": BUILDINGS,
               "TL_SPBD_ENTRC": ENTRANCES}
OSM_SUFFIXES = (".osm", ".pbf", ".osm.pbf")

# the fields of each juso layer: what they hold -> the names they go by (first found wins)
JUSO_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    ROADS: {"road_name": ("RN", "RN_NM", "ROAD_NM", "ROAD_NAME"), "road_name_en": ("ENG_RN", "RN_ENG", "ENG_NM"),
            "rn_cd": ("RN_CD", "ROAD_CD"), "sig_cd": ("SIG_CD",), "width": ("ROAD_BT", "RD_BT", "WIDTH"),
            "kind": ("ROA_CLS_SE", "ROAD_CLS_SE")},
    BUILDINGS: {"main_no": ("BULD_MNNM", "BLD_MNNM", "MN_NO"), "sub_no": ("BULD_SLNO", "BLD_SLNO", "SL_NO"),
                "building_name": ("BULD_NM", "BLD_NM", "POS_BUL_NM", "BUL_NM"),
                "building_id": ("BD_MGT_SN", "BUL_MAN_NO", "BLD_MGT_SN"), "rn_cd": ("RN_CD",),
                "road_name": ("RN", "RN_NM", "ROAD_NM"), "sig_cd": ("RDS_SIG_CD", "SIG_CD"),
                "emd_cd": ("EMD_CD",), "li_cd": ("LI_CD",), "building_sig_cd": ("SIG_CD",),
                "floors": ("GRO_FLO_CO", "GRND_FLR"), "underground": ("BULD_SE_CD", "UND_YN")},
    ENTRANCES: {"building_id": ("BD_MGT_SN", "BUL_MAN_NO"), "rn_cd": ("RN_CD",), "sig_cd": ("SIG_CD",),
                "kind": ("ENTRC_SE", "ENT_SE")},
}
# what a layer cannot be read without
JUSO_REQUIRED = {ROADS: ("road_name",), BUILDINGS: ("main_no",), ENTRANCES: ()}
MEANING = {"road_name": "road name (도로명)", "main_no": "building main number (건물본번)"}


class BaseMapError(ValueError):
    """Why an input cannot be imported: ``code`` and its ``params`` (the file, layer and field it
    concerns), for the caller to word; ``str()`` is an English sentence."""

    TEXTS = {
        "no_input": "{path} does not exist",
        "no_layers": "{path}: no base map layer found (looked for {looked}; found {found})",
        "unreadable": "{file}: GDAL cannot read it ({reason})",
        "missing_field": "{file}, layer {layer}: no field for the {meaning} (looked for {looked}; it has {fields})",
        "outside_korea": "{file}, layer {layer}: its coordinates lie outside Korea in {crs}{hint}",
        "nothing_in_districts": "{path}: nothing of it lies in the database's districts ({read} features read)",
        "cancelled": "cancelled",
    }

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(self.TEXTS[code].format(**{"hint": "", **params}))


@dataclass(frozen=True)
class InputLayer:
    """One layer of the input: what it holds (``kind``), where from (``source``), its file (and
    layer name within, for an OSM file)."""
    kind: str
    source: str
    path: Path
    layer: str | None = None

    @property
    def name(self) -> str:
        return self.path.name + (f" ({self.layer})" if self.layer else "")


@dataclass
class BaseMap:
    """What an input gave, in the database's CRS: rows (geometry, values) per base table."""
    source: str
    rows: dict[str, list[tuple[Any, dict[str, Any]]]] = field(
        default_factory=lambda: {t: [] for t in TABLE_OF.values()})
    read: int = 0                     # features read (all layers)
    outside: int = 0                  # left out: touching none of the districts
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (code, params) for the log

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.rows.items()}


# --- finding the layers ---------------------------------------------------------------------------

def _juso_kind(stem: str) -> str | None:
    upper = stem.upper()
    for name, kind in JUSO_LAYERS.items():
        if re.search(rf"(^|[^A-Z]){name}($|[^A-Z])", upper):
            return kind
    return None


def _is_osm(path: Path) -> bool:
    return path.name.lower().endswith(OSM_SUFFIXES)


@contextmanager
def opened(path: str | Path) -> Iterator[Path]:
    """The input as a path to read: a folder or a file as it is, a .zip unpacked into a temporary
    folder (and the zips inside it), removed afterwards."""
    path = Path(path)
    if not path.exists():
        raise BaseMapError("no_input", path=str(path))
    if not (path.is_file() and path.suffix.lower() == ".zip"):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="wvm-basemap-") as folder:
        _unzip(path, Path(folder))
        yield Path(folder)


def _unzip(path: Path, folder: Path, depth: int = 0) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extractall(folder)  # names with '..' or a root are made safe by zipfile
    except (zipfile.BadZipFile, OSError) as exc:
        raise BaseMapError("unreadable", file=path.name, reason=str(exc)) from exc
    if depth < 2:  # the electronic map of a 시도 comes as a zip of each 시군구's zip
        for inner in sorted(folder.rglob("*")):
            if inner.is_file() and inner.suffix.lower() == ".zip":
                target = inner.with_suffix("")
                target.mkdir(exist_ok=True)
                _unzip(inner, target, depth + 1)


def find_layers(path: str | Path) -> list[InputLayer]:
    """The base map layers of an input (a folder searched with its subfolders, or one file):
    the electronic map's SHP layers by their standard names, OpenStreetMap files (.osm, .pbf)."""
    path = Path(path)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    layers = []
    for file in files:
        if _is_osm(file):
            layers += [InputLayer(ROADS, "osm", file, "lines"), InputLayer(BUILDINGS, "osm", file, "multipolygons")]
        elif file.suffix.lower() == ".shp":
            kind = _juso_kind(file.stem)
            if kind:
                layers.append(InputLayer(kind, "juso", file))
    sources = {layer.source for layer in layers}
    if len(sources) > 1:  # one base map of one source per import: the electronic map wins
        layers = [layer for layer in layers if layer.source == "juso"]
    if not layers:
        found = ", ".join(f.name for f in files[:12]) + (" …" if len(files) > 12 else "") if files else "nothing"
        raise BaseMapError("no_layers", path=str(path), found=found,
                           looked=", ".join(list(JUSO_LAYERS)) + " (.shp), .osm, .osm.pbf")
    return layers


# --- reading --------------------------------------------------------------------------------------

def _gdal():
    from osgeo import gdal, ogr, osr

    return gdal, ogr, osr


@contextmanager
def shape_encoding() -> Iterator[None]:
    """GDAL left to read a shapefile's encoding itself (its .cpg, else the ENCODING open option):
    QGIS sets SHAPE_ENCODING to '' (no recoding at all) for its own provider; put back afterwards."""
    gdal, _, _ = _gdal()
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        yield
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def _open(layer: InputLayer) -> Any:
    """The GDAL dataset of a layer's file: the electronic map's attributes in CP949 unless a
    .cpg says otherwise (read inside :func:`shape_encoding`)."""
    gdal, _, _ = _gdal()
    options = []
    drivers = None
    if layer.source == "juso":
        drivers = ["ESRI Shapefile"]
        if not any(layer.path.with_suffix(s).exists() for s in (".cpg", ".CPG")):
            options.append(f"ENCODING={JUSO_ENCODING}")
    else:
        drivers = ["OSM"]
    try:
        ds = gdal.OpenEx(str(layer.path), gdal.OF_VECTOR, allowed_drivers=drivers, open_options=options)
    except RuntimeError as exc:  # GDAL's exceptions, when QGIS turned them on
        raise BaseMapError("unreadable", file=layer.path.name, reason=str(exc)) from exc
    if ds is None:
        raise BaseMapError("unreadable", file=layer.path.name, reason=gdal.GetLastErrorMsg() or "not a vector file")
    return ds


def _has_prj(path: Path) -> bool:
    return any(path.with_suffix(s).exists() for s in (".prj", ".PRJ"))


def _source_srs(layer: InputLayer, ogr_layer: Any, notes: list) -> Any:
    _, _, osr = _gdal()
    srs = ogr_layer.GetSpatialRef()
    if layer.source == "juso" and (srs is None or not _has_prj(layer.path)):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(JUSO_EPSG)
        notes.append(("assumed_crs", {"file": layer.path.name, "epsg": JUSO_EPSG}))
    elif srs is None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _field_map(layer: InputLayer, ogr_layer: Any) -> dict[str, int]:
    """{what: field index} of a juso layer, by the known names (any case); a required one missing
    is an error naming the file, layer and what was looked for."""
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    upper = {n.upper(): i for i, n in enumerate(names)}
    found = {}
    for what, candidates in JUSO_FIELDS[layer.kind].items():
        index = next((upper[c] for c in candidates if c in upper), None)
        if index is not None:
            found[what] = index
    for what in JUSO_REQUIRED[layer.kind]:
        if what not in found:
            raise BaseMapError("missing_field", file=layer.path.name, layer=ogr_layer.GetName(),
                               meaning=MEANING.get(what, what), what=what, field=JUSO_FIELDS[layer.kind][what][0],
                               looked=", ".join(JUSO_FIELDS[layer.kind][what]), fields=", ".join(names) or "none")
    return found


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _integer(value: Any) -> int | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def _real(value: Any) -> float | None:
    text = _text(value)
    if text is None:
        return None
    try:
        number = float(re.sub(r"[^0-9.]", "", text.split(";")[0]) or "x")
    except ValueError:
        return None
    return number if number >= 0 else None


_OTHER_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def other_tags(text: str | None) -> dict[str, str]:
    """The OSM driver's other_tags ('"key"=>"value","k2"=>"v2"') as a dict."""
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _OTHER_TAG.findall(text or "")}


def house_number(text: str | None) -> tuple[int | None, int | None, bool]:
    """(main, sub, underground) of a building number as written: '12', '12-3', '지하 12', '12번길'
    is not one (None)."""
    if not text:
        return None, None, False
    underground = "지하" in text
    match = re.fullmatch(r"\s*(?:지하\s*)?(\d+)(?:\s*[-－‐]\s*(\d+))?\s*", text)
    if not match:
        return None, None, underground
    return int(match.group(1)), int(match.group(2)) if match.group(2) else 0, underground


class Reader:
    """Reads input layers into a :class:`BaseMap` in the database's CRS (``epsg``), keeping what
    touches ``area`` (a shapely geometry in that CRS; None keeps everything)."""

    def __init__(self, epsg: int, area: Any = None, known_roads: dict[str, str] | None = None,
                 progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> None:
        from shapely.prepared import prep

        _, _, osr = _gdal()
        self.target = osr.SpatialReference()
        self.target.ImportFromEPSG(int(epsg))
        self.target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.wgs84 = osr.SpatialReference()
        self.wgs84.ImportFromEPSG(4326)
        self.wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.area = prep(area) if area is not None else None
        self.road_names: dict[str, str] = dict(known_roads or {})  # road code -> road name
        self.progress, self.cancelled = progress, cancelled

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BaseMapError("cancelled")

    def read(self, layers: list[InputLayer]) -> BaseMap:
        source = layers[0].source
        out = BaseMap(source)
        # roads first: the electronic map's buildings name their road by its code only
        ordered = sorted(layers, key=lambda layer: (layer.kind != ROADS, str(layer.path)))
        buildings: list[tuple[Any, dict[str, Any], str | None]] = []
        for n, layer in enumerate(ordered):
            if layer.kind == ROAD_AREAS:
                out.notes.append(("road_areas_skipped", {"file": layer.path.name}))
                continue
            with shape_encoding():
                self._read_layer(layer, out, buildings)
            if self.progress is not None:
                self.progress(100.0 * (n + 1) / len(ordered))
        for geometry, values, code in buildings:
            if values.get("road_name") is None and code:
                values["road_name"] = self.road_names.get(code)
            out.rows["base_buildings"].append((geometry, values))
        return out

    def _read_layer(self, layer: InputLayer, out: BaseMap, buildings: list) -> None:
        _, ogr, osr = _gdal()
        ds = _open(layer)
        ogr_layer = ds.GetLayerByName(layer.layer) if layer.layer else ds.GetLayer(0)
        if ogr_layer is None:
            raise BaseMapError("unreadable", file=layer.path.name, reason=f"no layer {layer.layer}")
        srs = _source_srs(layer, ogr_layer, out.notes)
        transform = osr.CoordinateTransformation(srs, self.target)
        to_wgs84 = osr.CoordinateTransformation(srs, self.wgs84)
        fields = _field_map(layer, ogr_layer) if layer.source == "juso" else {}
        names = {}
        if layer.source == "osm":
            definition = ogr_layer.GetLayerDefn()
            names = {definition.GetFieldDefn(i).GetName(): i for i in range(definition.GetFieldCount())}
        checked = False
        ogr_layer.ResetReading()
        for count, feature in enumerate(ogr_layer):
            if count % 500 == 0:
                self._check_cancel()
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            values = (self._juso_values(layer.kind, feature, fields) if layer.source == "juso"
                      else self._osm_values(layer.kind, feature, names))
            if values is None:
                continue
            out.read += 1
            geometry = geometry.Clone()
            geometry.FlattenTo2D()
            if not checked:  # the first feature tells whether the CRS is believable
                self._check_korea(layer, ogr_layer, geometry, to_wgs84)
                checked = True
            if geometry.Transform(transform) != 0:
                continue
            shape = self._shape(layer.kind, geometry)
            if shape is None:
                continue
            if self.area is not None and not self.area.intersects(shape):
                out.outside += 1
                continue
            code = values.pop("_road_code_key", None)
            if layer.kind == ROADS:
                if values.get("road_code") and values.get("road_name"):
                    self.road_names.setdefault(values["road_code"], values["road_name"])
                out.rows["base_roads"].append((shape, values))
            elif layer.kind == BUILDINGS:
                buildings.append((shape, values, code))
            else:
                out.rows["base_entrances"].append((shape, values))
        del ds

    def _check_korea(self, layer: InputLayer, ogr_layer: Any, geometry: Any, to_wgs84: Any) -> None:
        probe = geometry.Centroid()
        if probe.Transform(to_wgs84) == 0:
            lon, lat = probe.GetX(), probe.GetY()
            if KOREA[0] <= lon <= KOREA[2] and KOREA[1] <= lat <= KOREA[3]:
                return
        srs = ogr_layer.GetSpatialRef()
        assumed = layer.source == "juso" and (srs is None or not _has_prj(layer.path))
        crs = f"EPSG:{JUSO_EPSG}" if assumed else (srs.GetName() if srs is not None else "EPSG:4326")
        hint = " (no .prj beside it: EPSG:5179 was assumed)" if assumed else ""
        raise BaseMapError("outside_korea", file=layer.path.name, layer=ogr_layer.GetName(), crs=crs, hint=hint,
                           assumed=assumed)

    @staticmethod
    def _shape(kind: str, geometry: Any) -> Any:
        from shapely import wkb
        from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon

        shape = wkb.loads(bytes(geometry.ExportToWkb()))
        if shape.is_empty:
            return None
        if kind == ROADS:
            if isinstance(shape, LineString):
                return MultiLineString([shape])
            return shape if isinstance(shape, MultiLineString) else None
        if kind == BUILDINGS:
            if isinstance(shape, Polygon):
                return MultiPolygon([shape])
            return shape if isinstance(shape, MultiPolygon) else None
        if isinstance(shape, Point):
            return shape
        return shape.representative_point() if shape.geom_type.startswith("Multi") else None

    @staticmethod
    def _get(feature: Any, fields: dict[str, int], what: str) -> Any:
        index = fields.get(what)
        if index is None or not feature.IsFieldSetAndNotNull(index):
            return None
        return feature.GetField(index)

    def _juso_values(self, kind: str, feature: Any, fields: dict[str, int]) -> dict[str, Any] | None:
        get = lambda what: self._get(feature, fields, what)  # noqa: E731
        sig, rn_cd = _text(get("sig_cd")), _text(get("rn_cd"))
        road_code = (sig + rn_cd) if sig and rn_cd and len(rn_cd) == 7 else rn_cd
        if kind == ROADS:
            return {"road_name": _text(get("road_name")), "road_name_en": _text(get("road_name_en")),
                    "road_code": road_code, "width": _real(get("width")), "lanes": None,
                    "kind": _text(get("kind")), "source": "juso"}
        if kind == BUILDINGS:
            emd, li = _text(get("emd_cd")), _text(get("li_cd"))
            building_sig = _text(get("building_sig_cd")) or sig
            legal = (building_sig + emd + (li or "00")) if building_sig and emd else None
            underground = _text(get("underground"))
            return {"road_name": _text(get("road_name")), "road_code": road_code, "main_no": _integer(get("main_no")),
                    "sub_no": _integer(get("sub_no")) or 0, "underground": underground in ("1", "Y", "y"),
                    "building_name": _text(get("building_name")), "building_id": _text(get("building_id")),
                    "legal_dong_code": legal, "floors": _integer(get("floors")), "source": "juso",
                    "_road_code_key": road_code}
        return {"building_id": _text(get("building_id")), "road_code": road_code, "kind": _text(get("kind")),
                "source": "juso"}

    @staticmethod
    def _osm_values(kind: str, feature: Any, names: dict[str, int]) -> dict[str, Any] | None:
        def get(name: str) -> str | None:
            index = names.get(name)
            return _text(feature.GetField(index)) if index is not None and feature.IsFieldSetAndNotNull(index) else None

        tags = other_tags(get("other_tags"))
        if kind == ROADS:
            highway = get("highway")
            if not highway:
                return None
            return {"road_name": get("name") or tags.get("name:ko"), "road_name_en": tags.get("name:en"),
                    "road_code": None, "width": _real(tags.get("width")), "lanes": _integer(tags.get("lanes")),
                    "kind": highway, "source": "osm"}
        building = get("building") or tags.get("building")
        if not building:
            return None
        main, sub, underground = house_number(tags.get("addr:housenumber"))
        osm_id = get("osm_way_id") or get("osm_id")
        return {"road_name": tags.get("addr:street"), "road_code": None, "main_no": main, "sub_no": sub,
                "underground": underground, "building_name": get("name"), "building_id": osm_id and f"osm:{osm_id}",
                "legal_dong_code": None, "floors": _integer(tags.get("building:levels")), "source": "osm"}


# --- the database ---------------------------------------------------------------------------------

def district_area(conn: Any) -> Any:
    """The union of the database's 동 (or, without 동, of all its districts) in its CRS; None when
    it has no districts."""
    from shapely.ops import unary_union

    from .database import districts

    shapes = [row[4] for row in districts(conn, "dong") if row[4] is not None]
    if not shapes:
        shapes = [row[4] for row in districts(conn) if row[4] is not None]
    return unary_union(shapes).buffer(0) if shapes else None


def known_road_names(conn: Any) -> dict[str, str]:
    """{road code: road name} of the roads already in the database (buildings imported on their own)."""
    return {code: name for code, name in conn.execute(
        "SELECT road_code, road_name FROM base_roads WHERE road_code IS NOT NULL AND road_name IS NOT NULL")}


COLUMNS = {
    "base_roads": ("road_name", "road_name_en", "road_code", "width", "lanes", "kind", "source"),
    "base_buildings": ("road_name", "road_code", "main_no", "sub_no", "underground", "building_name", "building_id",
                       "legal_dong_code", "floors", "source"),
    "base_entrances": ("building_id", "road_code", "kind", "source"),
}
BATCH = 1000


def write_base_map(conn: Any, base: BaseMap, *, replace: bool = True, user: str | None = None,
                   detail: dict[str, Any] | None = None, progress: Callable[[float], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Write a :class:`BaseMap` into the base tables in one transaction (``replace``: the rows of
    its source go first), with one audit row; a cancel or a failure leaves the database as it was.
    Returns {table: rows written}."""
    backend = db.backend_of(conn)
    mark = db.geometry_mark(conn)
    srs = db.srs_id(conn, "base_roads")
    total = max(1, sum(len(rows) for rows in base.rows.values()))
    done = 0
    replaced = {}
    with conn:
        if replace:
            for table in base.rows:
                replaced[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE source = ?",
                                               (base.source,)).fetchone()[0]
                conn.execute(f"DELETE FROM {table} WHERE source = ?", (base.source,))
        for table, rows in base.rows.items():
            columns = COLUMNS[table]
            sql = (f"INSERT INTO {table} (geom, {', '.join(columns)}) "
                   f"VALUES ({mark}, {', '.join('?' * len(columns))})")
            for first in range(0, len(rows), BATCH):
                if cancelled is not None and cancelled():
                    raise BaseMapError("cancelled")
                batch = rows[first:first + BATCH]
                conn.executemany(sql, [(backend.geometry_value(conn, shape, srs), *(values.get(c) for c in columns))
                                       for shape, values in batch])
                done += len(batch)
                if progress is not None:
                    progress(100.0 * done / total)
            backend.refresh_extent(conn, table)
        counts = base.counts()
        audit = {"source": base.source, **counts, "replaced": replaced if replace else None,
                 "outside_districts": base.outside, **(detail or {})}
        db.audit(conn, "import", None, json.dumps(audit, ensure_ascii=False), user)
    return counts


@dataclass
class Report:
    """What an import did: rows per table, features read and left outside the districts, notes."""
    source: str
    counts: dict[str, int]
    read: int
    outside: int
    notes: list[tuple[str, dict[str, Any]]]
    layers: list[InputLayer]
    placed: int = 0                   # households placed on their buildings afterwards


def import_base_map(database: Any, path: str | Path, *, clip: bool = True, replace: bool = True,
                    user: str | None = None, place_households: bool = False,
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Report:
    """Read a base map input and write it into ``database`` (either engine): progress 0–60 % reading,
    60–100 % writing. Raises :class:`BaseMapError` (nothing written). ``place_households``: then
    (a transaction of its own) households without a place whose road address names one of the
    buildings are placed on it (:func:`.importing.place_on_buildings`)."""
    def part(low: float, high: float) -> Callable[[float], None] | None:
        return None if progress is None else (lambda p: progress(low + (high - low) * p / 100.0))

    conn = db.connect(database)
    try:
        epsg = db.crs_epsg(conn)
        area = district_area(conn) if clip else None
        roads = known_road_names(conn)
        with opened(path) as folder:
            layers = find_layers(folder)
            base = Reader(epsg, area, roads, part(0, 60), cancelled).read(layers)
        if area is not None and base.read and not any(base.counts().values()):
            raise BaseMapError("nothing_in_districts", path=Path(path).name, read=base.read)
        if area is None and clip:
            base.notes.append(("no_districts", {}))
        files = sorted({layer.path.name for layer in layers})
        detail = {"input": Path(path).name, "files": files[:20] + ([f"… {len(files) - 20} more"] if len(files) > 20 else []),
                  "clip": bool(clip)}
        counts = write_base_map(conn, base, replace=replace, user=user, detail=detail, progress=part(60, 100),
                                cancelled=cancelled)
        placed = 0
        if place_households and counts["base_buildings"]:
            from .importing import place_on_buildings

            with conn:
                placed = place_on_buildings(conn, user)
    finally:
        conn.close()
    return Report(base.source, counts, base.read, base.outside, base.notes, layers, placed)
