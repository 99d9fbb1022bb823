"""Programme records: key industrial product recognitions and 5S/5S3D enrolments, kept in step with profiles."""
from flask_babel import gettext as _
from sqlalchemy import distinct, func, select

from ..audit.services import record
from ..extensions import db
from ..suppliers.models import FIVE_S_LEVELS, SECTORS
from ..suppliers.records import to_record
from ..suppliers.services import update_profile
from ..suppliers.validation import RecordError
from .models import FIVE_S_PROGRAMMES, FiveSEnrolment, Recognition


class ProgrammeError(ValueError):
    """A programme record was refused; the message is fit to show."""


def _set_profile_field(supplier, field, value, user):
    """Write one contract field through the profile service (validated, audited); legacy records that no
    longer validate as a whole get the one field written directly, still audited."""
    if to_record(supplier).get(field) == value:
        return
    try:
        update_profile(supplier, {field: value}, user, source="staff")
    except RecordError:
        before = getattr(supplier, field)
        setattr(supplier, field, value)
        record("update", "supplier", supplier.id, {field: [before, value]}, user, supplier.id, "staff")


def recognitions_of(supplier_id):
    """The supplier's recognitions, oldest first."""
    return list(db.session.scalars(select(Recognition).filter_by(supplier_id=supplier_id)
                                   .order_by(Recognition.year, Recognition.product)))


def sync_key_industrial_product(supplier, user):
    """Keep the profile's key_industrial_product equal to the earliest recognition year (None without any)."""
    earliest = db.session.scalar(select(func.min(Recognition.year)).filter_by(supplier_id=supplier.id))
    _set_profile_field(supplier, "key_industrial_product", earliest, user)


def add_recognition(supplier, year, product, product_group, decision_ref, user):
    """Record a recognised key industrial product; audited, profile kept in step."""
    product = (product or "").strip()
    if not product:
        raise ProgrammeError(_("Name the recognised product."))
    if product_group not in SECTORS:
        raise ProgrammeError(_("Choose a product group."))
    if db.session.scalar(select(Recognition.id).filter_by(supplier_id=supplier.id, year=year, product=product)):
        raise ProgrammeError(_("This product is already recorded for that year."))
    recognition = Recognition(supplier_id=supplier.id, year=year, product=product, product_group=product_group,
                              decision_ref=(decision_ref or "").strip() or None, created_by_id=user.id)
    db.session.add(recognition)
    db.session.flush()
    record("create", "recognition", recognition.id,
           {"year": [None, year], "product": [None, product], "product_group": [None, product_group],
            "decision_ref": [None, recognition.decision_ref]}, user, supplier.id, "staff")
    sync_key_industrial_product(supplier, user)
    return recognition


def delete_recognition(recognition, user):
    """Remove a recognition recorded in error; audited, profile kept in step."""
    supplier = recognition.supplier
    record("delete", "recognition", recognition.id,
           {"year": [recognition.year, None], "product": [recognition.product, None]}, user, supplier.id, "staff")
    db.session.delete(recognition)
    db.session.flush()
    sync_key_industrial_product(supplier, user)


def programme_totals():
    """The programme's figures: per year and per product group, products and companies recognised."""
    per_year = db.session.execute(
        select(Recognition.year, func.count(Recognition.id), func.count(distinct(Recognition.supplier_id)))
        .group_by(Recognition.year).order_by(Recognition.year)).all()
    per_group = db.session.execute(
        select(Recognition.product_group, func.count(Recognition.id), func.count(distinct(Recognition.supplier_id)))
        .group_by(Recognition.product_group).order_by(func.count(Recognition.id).desc())).all()
    totals = db.session.execute(
        select(func.count(Recognition.id), func.count(distinct(Recognition.supplier_id)))).one()
    return {"per_year": per_year, "per_group": per_group, "products": totals[0], "companies": totals[1]}


def enrolments_of(supplier_id):
    """The supplier's 5S/5S3D enrolments, oldest first."""
    return list(db.session.scalars(select(FiveSEnrolment).filter_by(supplier_id=supplier_id)
                                   .order_by(FiveSEnrolment.enrolled_on)))


def _rank(level):
    return FIVE_S_LEVELS.index(level) if level in FIVE_S_LEVELS else 0


def reflect_five_s(supplier, user, allow_lower=False):
    """Raise the profile's 5S status to what the enrolments show; a lower level replaces a higher one only
    when staff say so, with its own audit entry. Returns 'raised', 'lowered', 'kept' or 'same'."""
    levels = [e.level for e in enrolments_of(supplier.id)]
    target = max(levels, key=_rank) if levels else None
    current = supplier.five_s
    if target is None or target == current:
        return "same"
    if _rank(target) < _rank(current):
        if not allow_lower:
            return "kept"
        record("lower_five_s", "supplier", supplier.id, {"five_s": [current, target]}, user, supplier.id, "staff")
        _set_profile_field(supplier, "five_s", target, user)
        return "lowered"
    _set_profile_field(supplier, "five_s", target, user)
    return "raised"


def _check_dates(enrolled_on, completed_on, certified_on):
    if enrolled_on is None:
        raise ProgrammeError(_("Give the enrolment date."))
    if completed_on and completed_on < enrolled_on:
        raise ProgrammeError(_("Completion cannot come before enrolment."))
    if certified_on and certified_on < (completed_on or enrolled_on):
        raise ProgrammeError(_("Certification cannot come before completion."))


def save_enrolment(supplier, data, user, enrolment=None, allow_lower=False):
    """Create or update a 5S/5S3D enrolment (programme, enrolled_on, completed_on, certified_on); audited.

    Returns (enrolment, outcome of reflect_five_s)."""
    if data.get("programme") not in FIVE_S_PROGRAMMES:
        raise ProgrammeError(_("Choose 5S or 5S3D."))
    _check_dates(data.get("enrolled_on"), data.get("completed_on"), data.get("certified_on"))
    fields = ("programme", "enrolled_on", "completed_on", "certified_on")
    before = {f: getattr(enrolment, f) for f in fields} if enrolment else {f: None for f in fields}
    if enrolment is None:
        enrolment = FiveSEnrolment(supplier_id=supplier.id, created_by_id=user.id)
        db.session.add(enrolment)
    for field in fields:
        setattr(enrolment, field, data.get(field))
    db.session.flush()
    changes = {f: [_iso(before[f]), _iso(data.get(f))] for f in fields if before[f] != data.get(f)}
    if changes:
        record("update" if any(before.values()) else "create", "five_s_enrolment", enrolment.id, changes, user,
               supplier.id, "staff")
    return enrolment, reflect_five_s(supplier, user, allow_lower)


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def programme_records(supplier_id):
    """What a profile page shows of the programmes: recognitions and enrolments."""
    return {"recognitions": recognitions_of(supplier_id), "enrolments": enrolments_of(supplier_id)}
