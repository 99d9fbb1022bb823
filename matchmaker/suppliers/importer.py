"""Bulk import of supplier records: upsert by external_id, one bad record never stops the others."""
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from ..audit.services import diff, record
from ..extensions import db
from ..staff.verification import reverify_if_needed
from .models import Supplier
from .readers import read_records
from .records import apply_record, new_supplier, snapshot
from .validation import RecordError, validate_supplier

CHUNK = 500


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # (line, external_id or None, reason)
    changed_ids: list = field(default_factory=list)  # suppliers the import created or updated

    def summary(self):
        """One line with the counts."""
        return (f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
                f"rejected {len(self.rejected)}")


def _upsert(clean, existing, user, source):
    """Create or update one supplier inside the caller's savepoint; returns (supplier, outcome)."""
    supplier = existing.get(clean["external_id"])
    if supplier is None:
        supplier = apply_record(new_supplier(clean["external_id"]), clean)
        db.session.add(supplier)
        db.session.flush()
        record("create", "supplier", supplier.id, diff({}, snapshot(supplier)), user, supplier.id, source)
        existing[supplier.external_id] = supplier
        return supplier, "created"
    before = snapshot(supplier)
    apply_record(supplier, clean)
    changes = diff(before, snapshot(supplier))
    if not changes:
        return supplier, "unchanged"
    db.session.flush()
    record("update", "supplier", supplier.id, changes, user, supplier.id, source)
    # Imported changes to verified fields need DoIT's eye again, as edits in the web editor do.
    reverify_if_needed(supplier, changes, user)
    return supplier, "updated"


def _load_existing(items):
    keys = {str(r.get("external_id", "")).strip() for _, r in items if isinstance(r, dict)}
    query = select(Supplier).where(Supplier.external_id.in_(keys)).options(selectinload(Supplier.certifications))
    return {s.external_id: s for s in db.session.scalars(query)}


def _validated(line, item, report):
    """The cleaned record, or None after noting why it was rejected."""
    if isinstance(item, str):
        report.rejected.append((line, None, item))
        return None
    try:
        return validate_supplier(item)
    except RecordError as error:
        external_id = item.get("external_id") if isinstance(item, dict) else None
        report.rejected.append((line, external_id, str(error)))
        return None


def _count(report, supplier, outcome):
    setattr(report, outcome, getattr(report, outcome) + 1)
    if outcome != "unchanged":
        report.changed_ids.append(supplier.id)


def _write_chunk(chunk, user, source):
    """Write a whole chunk in one transaction (fast: one commit); raises if the database refuses a record."""
    report, existing = ImportReport(), _load_existing(chunk)
    for line, item in chunk:
        clean = _validated(line, item, report)
        if clean is not None:
            _count(report, *_upsert(clean, existing, user, source))
    db.session.commit()
    return report


def _write_one_by_one(chunk, user, source):
    """Slow path after a refusal: each record in its own savepoint, so the good ones still load."""
    report, existing = ImportReport(), _load_existing(chunk)
    for line, item in chunk:
        clean = _validated(line, item, report)
        if clean is None:
            continue
        savepoint = db.session.begin_nested()
        try:
            outcome = _upsert(clean, existing, user, source)
            savepoint.commit()
        except SQLAlchemyError as error:
            savepoint.rollback()
            existing.pop(clean["external_id"], None)
            report.rejected.append((line, clean["external_id"], f"database refused the record: {error.orig or error}"))
            continue
        _count(report, *outcome)
    db.session.commit()
    return report


def _merge(total, part):
    for name in ("created", "updated", "unchanged"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.rejected.extend(part.rejected)
    total.changed_ids.extend(part.changed_ids)


def import_items(items, user=None, source="import", progress=None):
    """Import (line, record-or-error) pairs, committing chunk by chunk; returns an ImportReport.

    Each chunk's commit announces the suppliers it changed, at once (matchmaker.search.sync): a chunk committed
    before a crash is searchable, and nothing is left for `flask search verify` but the chunk in flight."""
    report = ImportReport()
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK)):
        try:
            part = _write_chunk(chunk, user, source)
        except SQLAlchemyError:
            # Rare (e.g. a concurrent writer took an enterprise code): find the culprit record by record.
            db.session.rollback()
            part = _write_one_by_one(chunk, user, source)
        _merge(report, part)
        if progress:
            progress(report)
    return report


def import_file(path, user=None, progress=None):
    """Import a .jsonl, .csv or .xlsx supplier file; the search index and match model follow each chunk."""
    return import_items(read_records(path), user=user, progress=progress)
