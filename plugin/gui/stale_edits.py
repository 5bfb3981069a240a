"""No lost update, in QGIS: when a save of the households layer is refused because someone saved
a household after it was read, say who and when, and offer to reload those households while
keeping the user's other edits. The refusal itself is the database's (schema.version_check)."""
from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QMessageBox

from ..core import visits
from ..i18n import tr


class StaleEditGuard(QObject):
    """Watches households layers of welfare databases (``watch``)."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.layers = {}
        self.last_stale = []

    def watch(self, layer, database):
        if layer.id() in self.layers:
            return
        layer_id = layer.id()

        def before(*_):
            self._before_commit(layer)

        def gone():
            self.layers.pop(layer_id, None)

        layer.beforeCommitChanges.connect(before)
        layer.willBeDeleted.connect(gone)
        self.layers[layer_id] = (layer, str(database), ((layer.beforeCommitChanges, before), (layer.willBeDeleted, gone)))

    def unwatch_all(self):
        """Disconnect from every layer (the plugin unloads)."""
        for _, _, connections in list(self.layers.values()):
            for signal, slot in connections:
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):  # the layer is gone already
                    pass
        self.layers = {}

    def edited_households(self, layer):
        """{household id: version its edit was based on} of the households changed in the buffer."""
        buffer = layer.editBuffer()
        if buffer is None:
            return {}
        fids = set(buffer.changedAttributeValues()) | set(buffer.changedGeometries()) | set(buffer.deletedFeatureIds())
        fids = {f for f in fids if f >= 0}
        if not fids:
            return {}
        read_index = layer.fields().indexOf("read_version")
        out = {}
        request = QgsFeatureRequest().setFilterFids(list(fids))
        for feature in layer.dataProvider().getFeatures(request):  # as read, before the edits
            changed = buffer.changedAttributeValues().get(feature.id(), {})
            read = changed.get(read_index) or feature["version"]
            out[feature["id"]] = int(read) if read is not None else None
        return out

    def _before_commit(self, layer):
        _, database, _ = self.layers.get(layer.id(), (None, None, None))
        if database is None:
            return
        conn = visits.connect_readonly(database)
        try:
            stale = visits.stale_households(conn, self.edited_households(layer))
        finally:
            conn.close()
        self.last_stale = stale
        if stale:
            # the database refuses the commit; once it has, offer the reload
            QTimer.singleShot(0, lambda: self.refused(layer, stale))

    def message(self, stale):
        lines = [tr("{case}: saved by {who} at {when}").format(case=s.case_no or s.id, who=s.updated_by or tr("someone"),
                                                               when=(s.updated_at or "").replace("T", " ")[:16])
                 for s in stale]
        return (tr("Your changes to these households were not saved: someone else saved them after you opened them.")
                + "\n\n" + "\n".join(lines) + "\n\n"
                + tr("Reload them now? Your changes to these households are discarded; your other edits are kept."))

    def ask_reload(self, stale):
        answer = QMessageBox.warning(self.iface.mainWindow(), tr("Household changed by someone else"),
                                     self.message(stale), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def refused(self, layer, stale):
        if not layer.isEditable() or not self.ask_reload(stale):
            return
        reload_households(layer, {s.id for s in stale})


def reload_households(layer: QgsVectorLayer, household_ids):
    """Drop the buffered edits of ``household_ids``, re-read the layer, and re-apply every other
    buffered edit (attribute and geometry changes, new and deleted features)."""
    buffer = layer.editBuffer()
    stale_fids = {f.id() for f in layer.dataProvider().getFeatures(QgsFeatureRequest().setFilterExpression(
        " OR ".join(f"\"id\" = '{hid}'" for hid in household_ids)))} if household_ids else set()
    attributes = {fid: dict(v) for fid, v in buffer.changedAttributeValues().items() if fid not in stale_fids}
    geometries = {fid: g for fid, g in buffer.changedGeometries().items() if fid not in stale_fids}
    added = list(buffer.addedFeatures().values())
    deleted = [fid for fid in buffer.deletedFeatureIds() if fid not in stale_fids]
    layer.rollBack(True)
    layer.reload()
    layer.startEditing()
    version_index = layer.fields().indexOf("version")
    read_index = layer.fields().indexOf("read_version")
    for fid, values in attributes.items():
        values.pop(read_index, None)
        for index, value in values.items():
            layer.changeAttributeValue(fid, index, value)
        current = layer.getFeature(fid)
        layer.changeAttributeValue(fid, read_index, current.attribute(version_index))
    for fid, geometry in geometries.items():
        layer.changeGeometry(fid, geometry)
    for feature in added:
        layer.addFeature(feature)
    for fid in deleted:
        layer.deleteFeature(fid)
    layer.triggerRepaint()
