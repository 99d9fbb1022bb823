"""The verification queue: profiles and certificate documents waiting for DoIT, and the decisions on them."""
from flask_babel import gettext as _
from sqlalchemy import and_, func, literal, null, select, union_all

from ..audit.services import record
from ..extensions import db
from ..suppliers.models import Certification, Supplier
from ..suppliers.records import to_record
from ..timeutil import utcnow
from .models import VerificationReview
from .notices import notify_supplier, path_for

# The contract fields whose truth DoIT vouches for; changing one after approval needs a new look.
VERIFIED_FIELDS = ("external_id", "name", "sectors", "capabilities", "products", "materials", "certifications",
                   "five_s", "key_industrial_product")


class DecisionError(ValueError):
    """A verification decision was refused; the message is fit to show."""


def verified_values(supplier):
    """The supplier's verified fields as contract values, comparable with a stored approval."""
    current = to_record(supplier)
    return {field: current.get(field) for field in VERIFIED_FIELDS}


def last_approval(supplier_id):
    """The latest approved profile review of the supplier, or None."""
    return db.session.scalar(
        select(VerificationReview).filter_by(supplier_id=supplier_id, kind="profile", status="approved")
        .order_by(VerificationReview.decided_at.desc(), VerificationReview.id.desc()).limit(1))


def open_review(supplier_id, certification_id=None):
    """The open review of a profile (or of one certificate), or None."""
    query = select(VerificationReview).filter_by(supplier_id=supplier_id, status="open")
    if certification_id is None:
        query = query.filter_by(kind="profile")
    else:
        query = query.filter_by(kind="certificate", certification_id=certification_id)
    return db.session.scalar(query.order_by(VerificationReview.id).limit(1))


def changed_since_approval(supplier, changes=None):
    """Verified fields that differ from what DoIT last approved (or, with no stored approval, that `changes` names)."""
    approval = last_approval(supplier.id)
    if approval is None or approval.approved_values is None:
        return [field for field in VERIFIED_FIELDS if field in (changes or {})]
    current = verified_values(supplier)
    return [field for field in VERIFIED_FIELDS if current.get(field) != approval.approved_values.get(field)]


def _queue_profile(supplier, fields):
    review = open_review(supplier.id)
    if review is None:
        review = VerificationReview(supplier_id=supplier.id, kind="profile", status="open", fields=[])
        db.session.add(review)
    review.fields = sorted(set(review.fields or []) | set(fields))
    return review


def reverify_if_needed(supplier, changes, user=None):
    """Send a profile back to the queue when a verified field changed after approval; returns the fields.

    The single hook suppliers.services.update_profile calls after every profile change. Changes made by
    staff themselves count as checked: they refresh the approved values instead.
    """
    if not changes and supplier.verification != "verified":
        return []
    by_staff = user is not None and getattr(user, "is_authenticated", False) and user.has_role("staff")
    if supplier.verification == "verified":
        fields = changed_since_approval(supplier, changes)
        if not fields:
            return []
        if by_staff:
            _approve(supplier, user, reason=_("Changed by DoIT staff."))
            return []
        supplier.verification, supplier.verified_at = "pending", None
        _queue_profile(supplier, fields)
        record("reverify", "supplier", supplier.id, {"verification": ["verified", "pending"], "fields": [None, fields]},
               user, supplier.id)
        return fields
    fields = [field for field in VERIFIED_FIELDS if field in changes] or sorted(changes)
    if supplier.verification == "rejected" and not by_staff:
        # The supplier answered a rejection by fixing its profile: DoIT looks again.
        supplier.verification = "pending"
        _queue_profile(supplier, fields)
        record("resubmit", "supplier", supplier.id, {"verification": ["rejected", "pending"]}, user, supplier.id)
        return fields
    review = open_review(supplier.id)
    if review is not None:
        review.fields = sorted(set(review.fields or []) | set(fields))
    return []


def queue_statement():
    """Waiting items, oldest first: rows of (kind, supplier_id, certification_id, since)."""
    waiting = and_(VerificationReview.status == "open")
    profiles = (
        select(literal("profile").label("kind"), Supplier.id.label("supplier_id"),
               null().label("certification_id"),
               func.coalesce(func.min(VerificationReview.opened_at), Supplier.created_at).label("since"))
        .outerjoin(VerificationReview, and_(waiting, VerificationReview.supplier_id == Supplier.id,
                                            VerificationReview.kind == "profile"))
        .where(Supplier.verification == "pending")
        .group_by(Supplier.id, Supplier.created_at))
    uploaded = getattr(Certification, "uploaded_at", None) or getattr(Certification, "document_uploaded_at", None)
    fallback = uploaded if uploaded is not None else Supplier.updated_at
    documents = (
        select(literal("certificate").label("kind"), Certification.supplier_id.label("supplier_id"),
               Certification.id.label("certification_id"),
               func.coalesce(func.min(VerificationReview.opened_at), fallback).label("since"))
        .join(Supplier, Supplier.id == Certification.supplier_id)
        .outerjoin(VerificationReview, and_(waiting, VerificationReview.certification_id == Certification.id))
        .where(Certification.document_path.isnot(None), Certification.verification == "pending")
        .group_by(Certification.id, Certification.supplier_id, fallback))
    items = union_all(profiles, documents).subquery()
    return select(items).order_by(items.c.since, items.c.supplier_id, items.c.certification_id)


def queue_size():
    """How many items wait for a decision."""
    return db.session.scalar(select(func.count()).select_from(queue_statement().subquery()))


def _approve(supplier, user, reason=None):
    review = open_review(supplier.id) or VerificationReview(supplier_id=supplier.id, kind="profile",
                                                            fields=list(VERIFIED_FIELDS))
    db.session.add(review)
    review.status, review.decided_at, review.decided_by_id = "approved", utcnow(), user.id
    review.reason = reason
    review.approved_values = verified_values(supplier)
    supplier.verification, supplier.verified_at = "verified", utcnow()
    return review


def approve_profile(supplier, user):
    """Mark the supplier 'verified by DoIT', remember what was approved, audit it and tell the supplier."""
    before = supplier.verification
    review = _approve(supplier, user)
    record("verify", "supplier", supplier.id, {"verification": [before, "verified"]}, user, supplier.id, "staff")
    notify_supplier(supplier, "verification", lambda: _("DoIT verified your company profile."),
                    path_for("suppliers.profile", supplier_id=supplier.id))
    return review


def _clean_reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise DecisionError(_("Give the reason the supplier will see."))
    return reason


def reject_profile(supplier, user, reason):
    """Reject the profile with a reason the supplier sees (stored, notified, audited)."""
    reason = _clean_reason(reason)
    review = open_review(supplier.id) or VerificationReview(supplier_id=supplier.id, kind="profile", fields=[])
    db.session.add(review)
    review.status, review.decided_at, review.decided_by_id, review.reason = "rejected", utcnow(), user.id, reason
    before = supplier.verification
    supplier.verification, supplier.verified_at = "rejected", None
    record("reject", "supplier", supplier.id, {"verification": [before, "rejected"], "reason": [None, reason]},
           user, supplier.id, "staff")
    notify_supplier(supplier, "verification",
                    lambda: _("DoIT could not verify your company profile: %(reason)s", reason=reason),
                    path_for("suppliers.edit", supplier_id=supplier.id))
    return review


def decide_certificate(certification, user, approve, reason=None):
    """Approve or reject one uploaded certificate document; audited and told to the supplier."""
    if certification.document_path is None:
        raise DecisionError(_("This certificate has no document to check."))
    reason = None if approve else _clean_reason(reason)
    supplier = certification.supplier
    review = open_review(supplier.id, certification.id) or VerificationReview(
        supplier_id=supplier.id, certification_id=certification.id, kind="certificate")
    db.session.add(review)
    state = "approved" if approve else "rejected"
    review.fields = [certification.name]
    review.status, review.decided_at, review.decided_by_id, review.reason = state, utcnow(), user.id, reason
    before, certification.verification = certification.verification, "verified" if approve else "rejected"
    changes = {"verification": [before, certification.verification], "certificate": [None, certification.name]}
    if reason:
        changes["reason"] = [None, reason]
    record("verify" if approve else "reject", "certification", certification.id, changes, user, supplier.id, "staff")
    name = certification.name
    if approve:
        message = lambda: _("DoIT verified your certificate %(name)s.", name=name)  # noqa: E731
    else:
        message = lambda: _("DoIT could not verify your certificate %(name)s: %(reason)s",  # noqa: E731
                            name=name, reason=reason)
    notify_supplier(supplier, "verification", message, path_for("suppliers.edit", supplier_id=supplier.id))
    return review


def latest_decisions(supplier_id, limit=5):
    """The supplier's most recent decided reviews (what the supplier and staff see as history)."""
    return list(db.session.scalars(
        select(VerificationReview).where(VerificationReview.supplier_id == supplier_id,
                                         VerificationReview.status != "open")
        .order_by(VerificationReview.decided_at.desc(), VerificationReview.id.desc()).limit(limit)))
