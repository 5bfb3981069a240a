"""The database engines (GeoPackage, PostgreSQL) behind one interface."""
