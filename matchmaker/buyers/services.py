"""Requirement writes, audited."""
from sqlalchemy import func, select

from ..audit.services import diff, record
from ..extensions import db
from .models import Requirement
from .records import apply_record, to_record
from .validation import validate_requirement


def next_external_id(year):
    """The next free 'REQ-YYYY-NNNN' key."""
    prefix = f"REQ-{year}-"
    count = db.session.scalar(select(func.count(Requirement.id)).where(Requirement.external_id.like(prefix + "%")))
    number = count + 1
    while db.session.scalar(select(Requirement.id).filter_by(external_id=f"{prefix}{number:04d}")):
        number += 1
    return f"{prefix}{number:04d}"


def save_requirement(data, organisation=None, user=None, requirement=None, source="web"):
    """Create a requirement (or update the given one) from contract fields; returns the row."""
    clean = validate_requirement(data)
    if requirement is None and clean.get("external_id"):
        requirement = db.session.scalar(select(Requirement).filter_by(external_id=clean["external_id"]))
    before = to_record(requirement) if requirement else {}
    if requirement is None:
        requirement = Requirement(external_id=clean.get("external_id") or next_external_id(2026),
                                  organisation=organisation, created_by_id=getattr(user, "id", None))
        db.session.add(requirement)
    apply_record(requirement, clean)
    if organisation is not None and requirement.buyer is None:
        requirement.buyer = organisation.name
    db.session.flush()
    changes = diff(before, to_record(requirement))
    if changes:
        record("create" if not before else "update", "requirement", requirement.id, changes, user, source=source)
    return requirement
