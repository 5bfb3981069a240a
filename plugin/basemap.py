"""Online base maps under the welfare layers: VWorld (the national platform Korean offices use)
and OpenStreetMap, as XYZ tile layers. qgis.core only (no GUI).

The VWorld API key is kept in QGIS's authentication database (encrypted with the master
password), never in a project, a layer source or a log: a VWorld layer's source carries the
placeholder ``WVM_VWORLD_KEY`` where the key goes, and a request preprocessor of QGIS's network
access manager puts the key (held in memory only) into each request to api.vworld.kr as it is
sent. A project saved with a VWorld layer opens anywhere without leaking the key; where no key is
stored the tiles are refused by VWorld and the map shows without them.
"""
import math
from dataclasses import dataclass
from urllib.parse import quote

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsNetworkAccessManager,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtNetwork import QNetworkRequest

from .i18n import tr

VWORLD_HOST = "api.vworld.kr"
KEY_PLACEHOLDER = "WVM_VWORLD_KEY"
AUTH_SETTING = "welfare_visit_map/vworld_key"
BASEMAP_PROPERTY = "welfare_visit_map/basemap"  # custom property of a base-map layer: its choice
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
VWORLD_ATTRIBUTION = "© 국토교통부 공간정보 오픈플랫폼(브이월드)"
PROBE_TIMEOUT_MS = 4000


@dataclass(frozen=True)
class Basemap:
    key: str
    url: str  # XYZ template: {z}/{x}/{y}; a VWorld key as KEY_PLACEHOLDER
    zmax: int
    attribution: str
    needs_key: bool = False


def _vworld(layer, extension):
    return f"https://{VWORLD_HOST}/req/wmts/1.0.0/{KEY_PLACEHOLDER}/{layer}/{{z}}/{{y}}/{{x}}.{extension}"


BASEMAPS = {
    "vworld_white": Basemap("vworld_white", _vworld("white", "png"), 19, VWORLD_ATTRIBUTION, True),
    "vworld_base": Basemap("vworld_base", _vworld("Base", "png"), 19, VWORLD_ATTRIBUTION, True),
    "vworld_satellite": Basemap("vworld_satellite", _vworld("Satellite", "jpeg"), 19, VWORLD_ATTRIBUTION, True),
    # VWorld's Hybrid layer is road and place names only, to lay over the satellite image
    "vworld_hybrid": Basemap("vworld_hybrid", _vworld("Hybrid", "png"), 19, VWORLD_ATTRIBUTION, True),
    "osm": Basemap("osm", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", 19, OSM_ATTRIBUTION),
}


class BasemapError(ValueError):
    """A base map that cannot be made (unknown choice, no key where one is needed, key not stored)."""


def _labels():
    return {
        "vworld_white": tr("VWorld white map"),
        "vworld_base": tr("VWorld base map"),
        "vworld_satellite": tr("VWorld satellite"),
        "vworld_hybrid": tr("VWorld hybrid (satellite with names)"),
        "osm": tr("OpenStreetMap"),
    }


def choices():
    """[(key, label)] of the online base maps, in the order a menu shows them."""
    labels = _labels()
    return [(key, labels[key]) for key in BASEMAPS]


def label(choice):
    return _labels().get(choice, choice)


def attribution(choice):
    basemap = BASEMAPS.get(choice)
    return basemap.attribution if basemap else ""


# --- the VWorld key ---------------------------------------------------------------------------

_KEY = {"value": None}  # the key in memory, once read from the authentication database
_PREPROCESSOR = {"id": None}


def _auth():
    return QgsApplication.authManager()


def set_vworld_key(key):
    """Store the VWorld API key, encrypted, in QGIS's authentication database (asks for the
    master password when none is set yet in this session); an empty key removes it. Raises
    BasemapError when it cannot be stored."""
    key = (key or "").strip()
    manager = _auth()
    if not key:
        if manager.existsAuthSetting(AUTH_SETTING):
            manager.removeAuthSetting(AUTH_SETTING)
        _KEY["value"] = None
        return
    if any(c in key for c in "/?#& ") or len(key) > 200:
        raise BasemapError(tr("This is not a VWorld API key: {} characters, with '/', '?', '#', '&' or spaces").format(
            len(key)))
    if not manager.storeAuthSetting(AUTH_SETTING, key, True):
        raise BasemapError(tr("The VWorld key could not be stored in QGIS's authentication database "
                              "(is its master password set?)."))
    _KEY["value"] = key
    install()


def has_vworld_key():
    """True when a VWorld key is stored (the key itself is not read)."""
    return _KEY["value"] is not None or bool(_auth().existsAuthSetting(AUTH_SETTING))


def _load_key():
    """The key, read (and decrypted) once, on the thread that asks: never from the network thread,
    where a master-password prompt could not show."""
    if _KEY["value"] is None and _auth().existsAuthSetting(AUTH_SETTING):
        value = _auth().authSetting(AUTH_SETTING, None, True)
        _KEY["value"] = str(value) if value else None
    return _KEY["value"]


def forget_vworld_key():
    """Drop the key from memory (it stays stored)."""
    _KEY["value"] = None


def _preprocess(request):
    """QGIS's network preprocessor: the stored key into a VWorld request's placeholder."""
    url = request.url()
    if url.host() != VWORLD_HOST or KEY_PLACEHOLDER not in url.path():
        return
    key = _KEY["value"]
    if key:
        url.setPath(url.path().replace(KEY_PLACEHOLDER, quote(key, safe="-_")))
        request.setUrl(url)
        # the real URL holds the key: never into QGIS's disk cache (keyed by URL)
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)


def install():
    """Have QGIS put the key into VWorld requests (once per session)."""
    if _PREPROCESSOR["id"] is None and hasattr(QgsNetworkAccessManager, "setRequestPreprocessor"):
        _PREPROCESSOR["id"] = QgsNetworkAccessManager.setRequestPreprocessor(_preprocess)


def uninstall():
    if _PREPROCESSOR["id"] is not None:
        QgsNetworkAccessManager.removeRequestPreprocessor(_PREPROCESSOR["id"])
        _PREPROCESSOR["id"] = None


def uses_vworld(layer):
    return layer is not None and KEY_PLACEHOLDER in layer.source()


def prepare_project(project=None):
    """Before a project's VWorld layers draw: read the key (once) and install the preprocessor.
    Returns True when the project has VWorld layers."""
    project = project or QgsProject.instance()
    found = any(uses_vworld(layer) for layer in project.mapLayers().values())
    if found:
        install()
        _load_key()
    return found


# --- layers -----------------------------------------------------------------------------------

def xyz_source(url, zmax=19, zmin=0):
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", url)
    uri.setParam("zmax", str(zmax))
    uri.setParam("zmin", str(zmin))
    return bytes(uri.encodedUri()).decode("utf-8")


def xyz_layer(url, name, zmax=19, attribution_text=""):
    """An XYZ tile layer from a URL template ({z}/{x}/{y}); file:// folders work too."""
    layer = QgsRasterLayer(xyz_source(url, zmax), name, "wms")
    if attribution_text:
        layer.setAttribution(attribution_text)
    return layer


def basemap_layers(choice):
    """The layers of a base map, bottom first: one layer, or for VWorld hybrid the satellite
    image and its names over it. Raises BasemapError for an unknown choice or a VWorld map
    without a stored key."""
    if choice not in BASEMAPS:
        raise BasemapError(tr("Unknown base map: {}").format(choice))
    basemap = BASEMAPS[choice]
    if basemap.needs_key:
        if not has_vworld_key():
            raise BasemapError(tr("No VWorld API key is stored: enter one (free at vworld.kr) or choose OpenStreetMap."))
        install()
        _load_key()
    parts = [("vworld_satellite", BASEMAPS["vworld_satellite"])] if choice == "vworld_hybrid" else []
    parts.append((choice, basemap))
    layers = []
    for key, part in parts:
        layer = xyz_layer(part.url, label(key), part.zmax, part.attribution)
        layer.setCustomProperty(BASEMAP_PROPERTY, key)
        layers.append(layer)
    return layers


def basemap_layer(choice):
    """The base map as one layer (for VWorld hybrid: its names layer; use :func:`basemap_layers`
    for the satellite image under it)."""
    return basemap_layers(choice)[-1]


def add_to_project(project, choice):
    """Add a base map to ``project`` at the bottom of its layer tree, under every welfare layer.
    Returns the layers added (bottom first)."""
    project = project or QgsProject.instance()
    layers = basemap_layers(choice)
    root = project.layerTreeRoot()
    bottom = len(root.children())
    for layer in layers:  # each new one above the one before (pushed down), all below everything else
        project.addMapLayer(layer, False)
        root.insertChildNode(bottom, QgsLayerTreeLayer(layer))
    return layers


def basemap_nodes(project=None):
    """Layer-tree nodes of the base maps the plugin added to ``project``."""
    project = project or QgsProject.instance()
    nodes = []
    for node in project.layerTreeRoot().findLayers():
        if node.layer() is not None and node.layer().customProperty(BASEMAP_PROPERTY):
            nodes.append(node)
    return nodes


def remove_from_project(project=None):
    project = project or QgsProject.instance()
    for node in basemap_nodes(project):
        parent = node.parent()
        layer_id = node.layerId()
        if isinstance(parent, QgsLayerTreeGroup):
            parent.removeChildNode(node)
        project.removeMapLayer(layer_id)


# --- is it there? -----------------------------------------------------------------------------

def tile_for(url, extent, crs, zoom=16):
    """The URL of the tile of ``url`` (an XYZ template) at the centre of ``extent`` (in ``crs``)."""
    to_wgs84 = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    centre = to_wgs84.transform(extent.center())
    lat = max(min(centre.y(), 85.0), -85.0)
    n = 2 ** zoom
    x = int((centre.x() + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    x, y = min(max(x, 0), n - 1), min(max(y, 0), n - 1)
    return (url.replace("{z}", str(zoom)).replace("{x}", str(x)).replace("{y}", str(y))
            .replace("{-y}", str(n - 1 - y)))


def xyz_url(layer):
    """The URL template of an XYZ layer, or '' for any other layer."""
    if layer is None or layer.providerType() != "wms":
        return ""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    return uri.param("url") if uri.param("type") == "xyz" else ""


def probe(url, extent, crs, zoom=16, timeout_ms=PROBE_TIMEOUT_MS):
    """Fetch one tile of an XYZ template for the middle of ``extent``: (True, '') when an image
    came back, else (False, why). A short timeout; file:// URLs work too. The reason never holds
    the URL (it may carry a key)."""
    if KEY_PLACEHOLDER in url:
        install()
        if not _load_key():
            return False, tr("no VWorld API key is stored")
    request = QNetworkRequest(QUrl(tile_for(url, extent, crs, zoom)))
    if hasattr(request, "setTransferTimeout"):
        request.setTransferTimeout(timeout_ms)
    fetch = QgsBlockingNetworkRequest()
    error = fetch.get(request, True)
    if error != QgsBlockingNetworkRequest.ErrorCode.NoError:
        return False, _short_reason(fetch.reply().error())
    content = bytes(fetch.reply().content())
    if not content or QImage.fromData(content).isNull():
        return False, tr("the server sent no map image")
    return True, ""


def _short_reason(code):
    from qgis.PyQt.QtNetwork import QNetworkReply

    if code in (QNetworkReply.NetworkError.HostNotFoundError, QNetworkReply.NetworkError.ConnectionRefusedError,
                QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError,
                QNetworkReply.NetworkError.TemporaryNetworkFailureError,
                QNetworkReply.NetworkError.NetworkSessionFailedError, QNetworkReply.NetworkError.UnknownNetworkError):
        return tr("no connection to the tile server")
    if code in (QNetworkReply.NetworkError.AuthenticationRequiredError,
                QNetworkReply.NetworkError.ContentAccessDenied, QNetworkReply.NetworkError.ContentOperationNotPermittedError):
        return tr("the tile server refused the request (API key?)")
    if code in (QNetworkReply.NetworkError.ContentNotFoundError, QNetworkReply.NetworkError.ProtocolUnknownError):
        return tr("no tile at this place")
    return tr("the tile could not be fetched (error {})").format(getattr(code, "value", code))  # Qt6: enums are not ints


def qgis_has_preprocessor():
    """True on a QGIS whose network manager takes request preprocessors (3.6 and later)."""
    return hasattr(QgsNetworkAccessManager, "setRequestPreprocessor") and Qgis.QGIS_VERSION_INT >= 30600
