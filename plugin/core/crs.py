"""Coordinate transformation in the core, with pyproj (no QGIS)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from pyproj import CRS, Transformer
from shapely.ops import transform as shapely_transform


@lru_cache(maxsize=32)
def transformer(src: int | str, dst: int | str) -> Transformer:
    """A lon/lat-ordered (always_xy) transformer between two CRS given as EPSG codes or strings."""
    return Transformer.from_crs(CRS.from_user_input(src), CRS.from_user_input(dst), always_xy=True)


def transform(geometry: Any, src: int | str, dst: int | str) -> Any:
    """``geometry`` from CRS ``src`` into ``dst``."""
    if src == dst:
        return geometry
    return shapely_transform(transformer(src, dst).transform, geometry)


def srs_definition(epsg: int | str) -> tuple[str, str]:
    """(name, WKT1) of an EPSG CRS, as a GeoPackage's gpkg_spatial_ref_sys stores it."""
    crs = CRS.from_epsg(int(epsg))
    return crs.name, crs.to_wkt("WKT1_GDAL")
