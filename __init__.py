"""Welfare Visit Map (복지방문지도): a QGIS plugin for district and dong welfare teams."""


def classFactory(iface):  # noqa: N802 - QGIS's name
    from .plugin.main import WelfareVisitMapPlugin

    return WelfareVisitMapPlugin(iface)
