"""Requirement writes, audited."""
from sqlalchemy import func, select

from ..audit.services import diff, record
from ..extensions import db
from ..suppliers.opportunities import notify_matching_suppliers
from ..timeutil import today
from .models import REQUIREMENT_STATES, MatchView, Requirement
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
        requirement = Requirement(external_id=clean.get("external_id") or next_external_id(today().year),
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


def post_requirement(data, user):
    """A buyer posts a new requirement for their organisation; matching suppliers are told about it."""
    requirement = save_requirement(data, organisation=user.organisation, user=user)
    notify_matching_suppliers(requirement)
    return requirement


def set_status(requirement, status, user):
    """Close or reopen a requirement (audited); returns True when it changed."""
    if status not in REQUIREMENT_STATES or requirement.status == status:
        return False
    record("update", "requirement", requirement.id, {"status": [requirement.status, status]}, user)
    requirement.status = status
    return True


def requirements_of(user, status=None, page=1, per_page=20):
    """The user's organisation's requirements (every one for staff), newest first, paginated."""
    query = select(Requirement).order_by(Requirement.created_at.desc(), Requirement.id.desc())
    if not user.has_role("staff"):
        query = query.where(Requirement.organisation_id == user.organisation_id)
    if status in REQUIREMENT_STATES:
        query = query.where(Requirement.status == status)
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def record_match_views(requirement, supplier_ids, user):
    """Remember that the user saw these suppliers among the requirement's matches (first sighting only)."""
    if not supplier_ids:
        return 0
    seen = set(db.session.scalars(select(MatchView.supplier_id).where(
        MatchView.requirement_id == requirement.id, MatchView.user_id == user.id,
        MatchView.supplier_id.in_(supplier_ids))))
    new = [sid for sid in dict.fromkeys(supplier_ids) if sid not in seen]
    db.session.add_all(MatchView(requirement_id=requirement.id, supplier_id=sid, user_id=user.id) for sid in new)
    return len(new)
