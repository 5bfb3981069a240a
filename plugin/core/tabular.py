"""Reading the lists districts get (Excel and CSV) as rows of text, with the source row numbers
the user sees: .xlsx/.xls through GDAL (fast, keeps blank rows, reads cached formula values),
.csv in UTF-8, UTF-8 with BOM or CP949 (detected), any common delimiter.

Pure Python plus GDAL's own Python bindings (osgeo, which QGIS ships)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path


class ReadError(ValueError):
    """The file cannot be read as a table; the message names the file and why."""


@dataclass
class Sheet:
    path: str
    name: str
    rows: list          # [(source row number, [cell text or None, ...])], blank rows included
    encoding: str | None = None


def decode(data: bytes, path: str = "input") -> tuple[str, str]:
    """(text, encoding) of CSV bytes: UTF-8 with BOM, UTF-16 with BOM, UTF-8, or CP949."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not UTF-8 or CP949 text (byte {exc.start})") from exc


def read_csv(path: str | Path) -> list[Sheet]:
    path = Path(path)
    text, encoding = decode(path.read_bytes(), path.name)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = []
    for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
        rows.append((number, [c if c != "" else None for c in cells]))
    return [Sheet(str(path), path.stem, rows, encoding)]


def read_workbook(path: str | Path, sheet: str | None = None) -> list[Sheet]:
    """Every sheet (or the one named) of an .xlsx/.xls/.ods file, cells as text, row numbers as in
    the spreadsheet (GDAL keeps blank rows in between)."""
    from osgeo import gdal, ogr

    options = {"OGR_XLSX_HEADERS": "DISABLE", "OGR_XLSX_FIELD_TYPES": "STRING", "OGR_XLS_HEADERS": "DISABLE",
               "OGR_XLS_FIELD_TYPES": "STRING", "OGR_ODS_HEADERS": "DISABLE", "OGR_ODS_FIELD_TYPES": "STRING"}
    previous = {k: gdal.GetConfigOption(k) for k in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        ds = ogr.Open(str(path))
        if ds is None:
            raise ReadError(f"{Path(path).name}: not a spreadsheet GDAL can read")
        sheets = []
        for index in range(ds.GetLayerCount()):
            layer = ds.GetLayer(index)
            if sheet is not None and layer.GetName() != sheet:
                continue
            sheets.append(Sheet(str(path), layer.GetName(), _arrow_rows(layer) or _feature_rows(layer)))
        if sheet is not None and not sheets:
            raise ReadError(f"{Path(path).name}: no sheet named {sheet!r}")
        return sheets
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


def _feature_rows(layer):
    count = layer.GetLayerDefn().GetFieldCount()
    layer.ResetReading()
    return [(f.GetFID(), [_cell(f.GetFieldAsString(i)) if f.IsFieldSetAndNotNull(i) else None for i in range(count)])
            for f in layer]


def _arrow_rows(layer):
    """The rows through GDAL's columnar (Arrow) interface: about twice as fast as feature by
    feature; None when this GDAL has no such interface."""
    if not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    try:
        stream = layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"])
    except Exception:  # noqa: BLE001 - not supported here: the plain way
        return None
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    fid = layer.GetFIDColumn() or "OGC_FID"
    rows: list[tuple[int, list[str | None]]] = []
    for batch in stream:
        columns = [[_cell(v.decode("utf-8") if isinstance(v, bytes) else v) for v in batch[name].tolist()]
                   for name in names]
        rows.extend(zip(batch[fid].tolist(), (list(cells) for cells in zip(*columns))))
    layer.ResetReading()
    return rows


def _cell(value):
    if value is None:
        return None
    text = str(value)
    return text if text.strip() != "" else None


def read(path: str | Path, sheet: str | None = None) -> list[Sheet]:
    """The sheets of a table file (.csv, .txt, .xlsx, .xls, .ods)."""
    path = Path(path)
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path)
    if suffix in (".xlsx", ".xls", ".ods", ".xlsm"):
        return read_workbook(path, sheet)
    raise ReadError(f"{path.name}: unknown table format {suffix!r} (use .xlsx, .xls or .csv)")
