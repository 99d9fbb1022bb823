"""The manifest of a backup: what it holds, from which schema revision, and whether this code can restore it."""
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from .. import PROJECT_ROOT
from ..extensions import db
from ..timeutil import utcnow

FORMAT = 1


class BackupError(RuntimeError):
    """A backup cannot be made or restored; the message says why and what to do."""


def current_revision():
    """The alembic revision the database is at (None for a database never migrated)."""
    try:
        return db.session.scalar(text("SELECT version_num FROM alembic_version"))
    except Exception:
        db.session.rollback()
        return None


def table_counts():
    """{table: rows} for every table of the models."""
    return {table.name: db.session.scalar(select(func.count()).select_from(table))
            for table in db.metadata.sorted_tables}


def build_manifest(dialect, database_file, uploads):
    """The manifest of a backup being made now."""
    return {"format": FORMAT, "app": "matchmaker", "created_at": utcnow().isoformat(),
            "alembic_revision": current_revision(), "dialect": dialect, "database_file": database_file,
            "counts": table_counts(), "uploads": uploads}


def check_restorable(manifest, dialect):
    """Raise BackupError unless this code and this database can take the backup."""
    if manifest.get("app") != "matchmaker" or manifest.get("format") != FORMAT:
        raise BackupError("not a matchmaker backup (manifest.json missing or of another format)")
    if manifest["dialect"] != dialect:
        raise BackupError(f"this backup is of a {manifest['dialect']} database; DATABASE_URL names a {dialect} one")
    revision = manifest.get("alembic_revision")
    scripts = ScriptDirectory(str(PROJECT_ROOT / "migrations"))
    try:
        known = revision is not None and scripts.get_revision(revision) is not None
    except Exception:
        known = False
    if not known:
        raise BackupError(f"the backup's schema revision {revision} is unknown to this version of matchmaker "
                          "(made by a newer version?): upgrade matchmaker first, then restore")
