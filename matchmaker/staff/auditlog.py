"""Reading the audit log: search by company and by user, filter by entity type and date range."""
from datetime import timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from ..audit.models import AuditEntry
from ..auth.models import Organisation, User
from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import Supplier


def entity_types():
    """The kinds of records the log holds, for the filter."""
    return sorted(db.session.scalars(select(AuditEntry.entity_type).distinct()))


def audit_statement(company="", email="", entity_type=None, start=None, end=None):
    """Audit entries, newest first, matching the filters (each optional; `end` is inclusive)."""
    statement = select(AuditEntry)
    company, email = (company or "").strip(), (email or "").strip()
    if company:
        requirement, buyer = aliased(Requirement), aliased(Organisation)
        like = f"%{company}%"
        statement = (statement.outerjoin(Supplier, Supplier.id == AuditEntry.supplier_id)
                     .outerjoin(requirement, and_(AuditEntry.entity_type == "requirement",
                                                  requirement.id == AuditEntry.entity_id))
                     .outerjoin(buyer, buyer.id == requirement.organisation_id)
                     .where(or_(Supplier.name.ilike(like), Supplier.name_en.ilike(like),
                                Supplier.external_id.like(like), requirement.buyer.ilike(like),
                                buyer.name.ilike(like))))
    if email:
        actor, target = aliased(User), aliased(User)
        like = f"%{email}%"
        statement = (statement.outerjoin(actor, actor.id == AuditEntry.user_id)
                     .outerjoin(target, and_(AuditEntry.entity_type == "user", target.id == AuditEntry.entity_id))
                     .where(or_(actor.email.ilike(like), target.email.ilike(like))))
    if entity_type:
        statement = statement.where(AuditEntry.entity_type == entity_type)
    if start:
        statement = statement.where(AuditEntry.at >= start)
    if end:
        statement = statement.where(AuditEntry.at < end + timedelta(days=1))
    return statement.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def subjects(entries):
    """{entry id: a readable name of what changed} for a page of entries."""
    ids = {kind: {e.entity_id for e in entries if e.entity_type == kind} for kind in ("user", "requirement")}
    users = {u.id: u.email for u in db.session.scalars(select(User).where(User.id.in_(ids["user"])))} \
        if ids["user"] else {}
    requirements = {r.id: f"{r.external_id} {r.title}" for r in db.session.scalars(
        select(Requirement).where(Requirement.id.in_(ids["requirement"])))} if ids["requirement"] else {}
    names = {}
    for entry in entries:
        if entry.entity_type == "user":
            names[entry.id] = users.get(entry.entity_id, f"#{entry.entity_id}")
        elif entry.entity_type == "requirement":
            names[entry.id] = requirements.get(entry.entity_id, f"#{entry.entity_id}")
        else:
            supplier = db.session.get(Supplier, entry.supplier_id) if entry.supplier_id else None
            names[entry.id] = supplier.name if supplier else f"{entry.entity_type} #{entry.entity_id}"
    return names
