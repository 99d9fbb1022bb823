"""`flask backup` / `flask restore`: back up, change the data, restore, and every table is as it was.

Runs on a scratch SQLite file and, when TEST_DATABASE_URL is set, on a scratch PostgreSQL database created (and
dropped) on that server.
"""
import io
import json
import tarfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import select, text

from matchmaker import create_app
from matchmaker.backup.archive import create_backup, read_manifest, restore_backup
from matchmaker.backup.manifest import BackupError
from matchmaker.buyers.services import save_requirement
from matchmaker.demo.generator import generate
from matchmaker.extensions import db
from matchmaker.search.service import embedded_backend
from matchmaker.suppliers.importer import import_items
from matchmaker.suppliers.models import Supplier
from tests.factories import CertificationFactory, UserFactory
from tests.scratch_db import KINDS, scratch_database


@contextmanager
def scratch_app(kind, folder):
    """The app on a migrated scratch database, its context pushed."""
    with scratch_database(kind, folder) as url:
        instance = Path(folder) / "instance"
        app = create_app({"TESTING": True, "INSTANCE_PATH": str(instance), "SQLALCHEMY_DATABASE_URI": url,
                          "UPLOAD_FOLDER": str(instance / "uploads"), "ELASTICSEARCH_URL": None})
        with app.app_context():
            upgrade()
            try:
                yield app
            finally:
                db.session.remove()
                db.engine.dispose()


def _fill(app):
    """Suppliers (imported, so with audit entries), a certificate document, users and requirements."""
    data = generate(5, suppliers=30, buyers=3, requirements=6)
    import_items(enumerate(data.suppliers, start=1), source="demo")
    for requirement in data.requirements:
        save_requirement(requirement, source="demo")
    UserFactory(email="buyer@example.vn")
    supplier = db.session.scalars(select(Supplier).order_by(Supplier.id)).first()
    CertificationFactory(supplier=supplier, name="ISO 14001:2015", normalised_name="ISO 14001",
                         document_path=f"{supplier.id}/iso14001.pdf", document_name="iso14001.pdf")
    db.session.commit()
    upload = Path(app.config["UPLOAD_FOLDER"]) / str(supplier.id) / "iso14001.pdf"
    upload.parent.mkdir(parents=True, exist_ok=True)
    upload.write_bytes(b"%PDF-1.4 certificate")


def _tables():
    """Every row of every table (alembic_version included), in primary-key order."""
    rows = {table.name: [tuple(row) for row in db.session.execute(
        select(table).order_by(*table.primary_key.columns))] for table in db.metadata.sorted_tables}
    rows["alembic_version"] = db.session.execute(text("SELECT version_num FROM alembic_version")).all()
    db.session.rollback()
    return rows


def _uploads(app):
    folder = Path(app.config["UPLOAD_FOLDER"])
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _change_everything(app):
    suppliers = db.session.scalars(select(Supplier).order_by(Supplier.id)).all()
    suppliers[1].name = "Renamed after the backup"
    db.session.delete(suppliers[2])
    db.session.add(Supplier(external_id="0999999999", name="Created after the backup"))
    db.session.commit()
    folder = Path(app.config["UPLOAD_FOLDER"])
    for path in folder.rglob("*.pdf"):
        path.unlink()
    (folder / "stray.txt").write_text("added after the backup")


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_restore_gives_back_every_row_and_upload(kind, tmp_path):
    with scratch_app(kind, tmp_path) as app:
        _fill(app)
        before, uploads = _tables(), _uploads(app)
        runner = app.test_cli_runner()
        result = runner.invoke(args=["backup", str(tmp_path / "b.tar.gz")])
        assert result.exit_code == 0, result.output
        assert "suppliers: 30, uploads: 1" in result.output

        manifest = read_manifest(tmp_path / "b.tar.gz")
        assert manifest["dialect"] == kind and manifest["counts"]["suppliers"] == 30
        assert manifest["alembic_revision"] == before["alembic_version"][0][0]
        with tarfile.open(tmp_path / "b.tar.gz") as archive:
            names = archive.getnames()
        assert {"manifest.json", manifest["database_file"]} <= set(names) and any("iso14001.pdf" in n for n in names)

        _change_everything(app)
        assert _tables() != before
        result = runner.invoke(args=["restore", str(tmp_path / "b.tar.gz")], input="n\n")
        assert result.exit_code == 1 and _tables() != before  # asked, refused: nothing restored

        result = runner.invoke(args=["restore", str(tmp_path / "b.tar.gz"), "--yes"])
        assert result.exit_code == 0, result.output
        assert _tables() == before
        assert _uploads(app) == uploads
        published = set(db.session.scalars(select(Supplier.id).where(Supplier.published.is_(True))))
        assert embedded_backend().ids() == published  # the index was rebuilt from the restored rows
        # The state replaced by the restore was kept aside.
        assert list((Path(app.instance_path) / "backups").glob("before-restore-*.tar.gz"))


def _with_manifest(source, target, **changes):
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = old.extractfile(member).read()
            if member.name == "manifest.json":
                data = json.dumps({**json.loads(data), **changes}).encode()
                member.size = len(data)
            new.addfile(member, io.BytesIO(data))
    return target


def test_backup_from_a_newer_schema_or_another_database_is_refused(tmp_path):
    with scratch_app("sqlite", tmp_path) as app:
        _fill(app)
        path, _ = create_backup(tmp_path / "b.tar.gz")
        before = _tables()
        newer = _with_manifest(path, tmp_path / "newer.tar.gz", alembic_revision="ffffffffffff")
        with pytest.raises(BackupError, match="unknown to this version"):
            restore_backup(newer)
        result = app.test_cli_runner().invoke(args=["restore", str(newer), "--yes"])
        assert result.exit_code == 1 and "upgrade matchmaker first" in result.output
        other = _with_manifest(path, tmp_path / "pg.tar.gz", dialect="postgresql")
        with pytest.raises(BackupError, match="postgresql database"):
            restore_backup(other)
        (tmp_path / "junk.tar.gz").write_bytes(b"not an archive")
        with pytest.raises(BackupError, match="not a readable matchmaker backup"):
            restore_backup(tmp_path / "junk.tar.gz")
        assert _tables() == before


def test_postgres_backup_without_client_tools_fails_clearly(monkeypatch, tmp_path):
    from matchmaker.backup import databases

    monkeypatch.setattr(databases, "dialect", lambda: "postgresql")
    monkeypatch.setattr(databases.shutil, "which", lambda name: None)
    with pytest.raises(BackupError, match="pg_dump was not found: install the PostgreSQL client tools"):
        databases.dump(tmp_path / "x.pgdump")
