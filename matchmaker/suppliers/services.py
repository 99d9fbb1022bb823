"""Supplier profile writes: every change goes through here and into the audit log."""
import re

from sqlalchemy import select

from ..audit.services import diff, record
from ..extensions import db
from ..staff.verification import reverify_if_needed
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
    reverify_if_needed(supplier, changes, user)
    return changes


def split_lines(text):
    """Items of a multi-valued field typed one per line or separated by ';'."""
    return [item.strip() for item in re.split(r"[\n;]", text or "") if item.strip()]


def confirm_up_to_date(supplier, user):
    """The owner says the profile is still right: restart its 12-month clock; audited."""
    from ..timeutil import utcnow

    before = supplier.confirmed_at
    supplier.confirmed_at = utcnow()
    supplier.updated_at = supplier.confirmed_at
    record("confirm", "supplier", supplier.id,
           {"confirmed_at": [before.isoformat() if before else None, supplier.confirmed_at.isoformat()]},
           user, supplier.id)


def set_visibility(supplier, choices, published, user, minimum=None):
    """Store who may see each section (and, for staff, the minimum levels); raises VisibilityError; audited."""
    from .visibility import clean_choices, clean_minimum

    minimum = clean_minimum(minimum) if minimum is not None else (supplier.visibility_minimum or {})
    before = {"visibility": supplier.visibility or {}, "visibility_minimum": supplier.visibility_minimum or {},
              "published": supplier.published}
    after = {"visibility": clean_choices(choices, minimum), "visibility_minimum": minimum, "published": bool(published)}
    changes = diff(before, after)
    if changes:
        supplier.visibility = after["visibility"]
        supplier.visibility_minimum = after["visibility_minimum"]
        supplier.published = after["published"]
        record("visibility", "supplier", supplier.id, changes, user, supplier.id)
    return changes
