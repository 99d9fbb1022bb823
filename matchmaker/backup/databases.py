"""Dumping and loading the database itself: SQLite's online backup API, or PostgreSQL's pg_dump / pg_restore."""
import os
import shutil
import sqlite3
import subprocess

from ..extensions import db
from .manifest import BackupError


def dialect():
    """'sqlite' or 'postgresql': the kind of database the app uses."""
    return db.engine.dialect.name


def _sqlite_path():
    path = db.engine.url.database
    if not path or path == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return path


def _libpq_url():
    """DATABASE_URL as pg_dump takes it: plain postgresql:// (no SQLAlchemy driver), password included."""
    return db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} was not found: install the PostgreSQL client tools "
                          "(Debian: apt-get install postgresql-client) with the server's major version or newer")
    return path


def _run(args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{os.path.basename(args[0])} failed: {done.stderr.strip() or done.stdout.strip()}")


def dump(target):
    """Write a consistent copy of the database to the file target, while the app keeps running."""
    if dialect() == "sqlite":
        # The online backup API copies page by page under SQLite's own locks: a consistent snapshot.
        source, copy = sqlite3.connect(_sqlite_path()), sqlite3.connect(target)
        try:
            with copy:
                source.backup(copy)
        finally:
            source.close()
            copy.close()
    else:
        # -Fc: pg_dump's compressed custom format, taken in one snapshot transaction.
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={target}",
              _libpq_url()])


def load(source):
    """Replace the database's contents with the dump in the file source."""
    db.session.remove()
    db.engine.dispose()  # no pooled connection may hold a lock or a stale schema across the swap
    if dialect() == "sqlite":
        dump_, live = sqlite3.connect(source), sqlite3.connect(_sqlite_path(), timeout=30)
        try:
            with live:
                dump_.backup(live)
        finally:
            dump_.close()
            live.close()
        return
    _tool("pg_restore")
    # Tables newer than the backup are not in the dump, so --clean would leave them; drop what the models know.
    db.drop_all()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    db.engine.dispose()
    _run([_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
          f"--dbname={_libpq_url()}", str(source)])
