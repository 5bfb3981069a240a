"""What a user chose last, kept across QGIS sessions in QgsSettings, per database: my 동 (the
dock) and my visitor (the visit dialog). Keys are ``welfare_visit_map/memory/<database>/<name>``,
the database named without secrets (a shared database's name holds no password) and hashed to a
safe key."""
import hashlib

from qgis.core import QgsSettings

from ..core import db

SETTINGS_GROUP = "welfare_visit_map/memory"


def database_key(database):
    name = str(db.parse(database))  # a path, or the server's dsn without password and the schema
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def key(database, name):
    return f"{SETTINGS_GROUP}/{database_key(database)}/{name}"


def recall(database, name):
    """The value remembered for ``database`` (None when nothing is)."""
    if not database:
        return None
    value = QgsSettings().value(key(database, name), "")
    return value or None


def remember(database, name, value):
    if database:
        QgsSettings().setValue(key(database, name), value or "")
