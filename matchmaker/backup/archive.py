"""One backup archive (.tar.gz): manifest.json, the database dump and the uploaded documents."""
import io
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from flask import current_app
from flask_migrate import upgrade

from ..timeutil import utcnow
from . import databases
from .manifest import BackupError, build_manifest, check_restorable

DUMP_NAMES = {"sqlite": "database.sqlite", "postgresql": "database.pgdump"}


def default_path():
    """instance/backups/matchmaker-<UTC time>.tar.gz"""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    return Path(current_app.instance_path) / "backups" / f"matchmaker-{stamp}.tar.gz"


def _uploads():
    return Path(current_app.config["UPLOAD_FOLDER"])


def create_backup(path=None):
    """Back up the database and the uploads into one archive; returns (path, manifest)."""
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    kind = databases.dialect()
    files = sorted(p for p in _uploads().rglob("*") if p.is_file()) if _uploads().exists() else []
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / DUMP_NAMES[kind]
        databases.dump(dump)
        manifest = build_manifest(kind, dump.name, len(files))
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(utcnow().timestamp())
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname=dump.name)
            for file in files:
                archive.add(file, arcname=f"uploads/{file.relative_to(_uploads()).as_posix()}")
        partial.replace(path)  # a backup killed half-way never looks complete
    return path, manifest


def read_manifest(path):
    """The manifest of a backup archive."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            return json.load(archive.extractfile("manifest.json"))
    except (tarfile.TarError, KeyError, OSError, ValueError) as error:
        raise BackupError(f"{path} is not a readable matchmaker backup: {error}") from error


def _replace_uploads(extracted):
    """Swap the uploads folder for the backup's, keeping the old one until the new one is in place."""
    target = _uploads()
    old = target.with_name(target.name + ".before-restore")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    if extracted.exists():
        shutil.copytree(extracted, target)
    else:
        target.mkdir(parents=True)
    shutil.rmtree(old, ignore_errors=True)


def restore_backup(path, safety_copy=True):
    """Replace the database and uploads with the backup's, migrate to this code's schema and rebuild the
    search index and match model. Refuses backups from a newer schema. Returns the manifest."""
    from ..search.service import rebuild_index

    manifest = read_manifest(path)
    check_restorable(manifest, databases.dialect())
    if safety_copy:
        # The restore overwrites everything: keep what is there now, in case the wrong file was named.
        create_backup(Path(current_app.instance_path) / "backups" /
                      f"before-restore-{utcnow().strftime('%Y%m%d-%H%M%S')}.tar.gz")
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(path, "r:gz") as archive:
        archive.extractall(scratch, filter="data")  # refuses absolute paths and ../ escapes
        databases.load(Path(scratch) / manifest["database_file"])
        _replace_uploads(Path(scratch) / "uploads")
    upgrade()  # a backup from an older schema is brought up to this code's
    rebuild_index()
    return manifest
