"""Supplier profile writes: every change goes through here and into the audit log."""
import re

from sqlalchemy import select

from ..audit.services import diff, record
from ..extensions import db
from .models import Supplier
from .records import apply_record, new_supplier, snapshot, to_record
from .validation import validate_supplier


def _free_placeholder_id():
    """A placeholder enterprise code for a new self-registered company until it enters its real one."""
    taken = set(db.session.scalars(select(Supplier.external_id).where(Supplier.external_id.like("9%"))))
    number = 9000000000
    while str(number) in taken:
        number += 1
    return str(number)


def create_profile_for(organisation, user):
    """An empty supplier profile for a newly registered supplier company."""
    supplier = new_supplier(_free_placeholder_id())
    supplier.name = organisation.name
    supplier.organisation = organisation
    db.session.add(supplier)
    db.session.flush()
    record("create", "supplier", supplier.id, diff({}, snapshot(supplier)), user, supplier.id)
    return supplier


def update_profile(supplier, changes, user, source="web"):
    """Apply changed contract fields to a supplier after validating the whole record; audited."""
    merged = to_record(supplier)
    merged.update(changes)
    clean = validate_supplier(merged)
    if clean["external_id"] != supplier.external_id and db.session.scalar(
            select(Supplier.id).filter_by(external_id=clean["external_id"])):
        from .validation import RecordError
        raise RecordError(f"external_id: {clean['external_id']} belongs to another company")
    before = snapshot(supplier)
    supplier.external_id = clean["external_id"]
    apply_record(supplier, clean)
    changes = diff(before, snapshot(supplier))
    if changes:
        db.session.flush()
        record("update", "supplier", supplier.id, changes, user, supplier.id, source)
    return changes


def split_lines(text):
    """Items of a multi-valued field typed one per line or separated by ';'."""
    return [item.strip() for item in re.split(r"[\n;]", text or "") if item.strip()]
