"""Backups: the database (SQLite online backup or pg_dump) and the uploaded documents in one archive, and restore."""
