"""Certificates expiring within 60 days or already expired, and the once-per-expiry notice to their supplier."""
from datetime import timedelta
from itertools import groupby

from flask_babel import gettext as _
from sqlalchemy import select

from ..audit.services import record
from ..extensions import db
from ..suppliers.models import Certification, Supplier
from ..timeutil import today
from .models import CertificateNotice
from .notices import notify_supplier, path_for

WINDOW_DAYS = 60


def expiring_certifications(on=None, days=WINDOW_DAYS):
    """Certifications whose validity ends before `on` + `days` (expired ones included), by supplier then date."""
    on = on or today()
    return list(db.session.scalars(
        select(Certification).join(Supplier, Supplier.id == Certification.supplier_id)
        .where(Certification.valid_until.isnot(None), Certification.valid_until <= on + timedelta(days=days))
        .order_by(Supplier.name, Supplier.id, Certification.valid_until)))


def notified_ids(certifications):
    """Ids of the given certifications whose current expiry date was already notified."""
    if not certifications:
        return set()
    rows = db.session.execute(select(CertificateNotice.certification_id, CertificateNotice.valid_until).where(
        CertificateNotice.certification_id.in_([c.id for c in certifications])))
    sent = set(rows)
    return {c.id for c in certifications if (c.id, c.valid_until) in sent}


def by_supplier(certifications):
    """[(supplier, [certifications])] keeping the given order."""
    return [(supplier, list(group)) for supplier, group in groupby(certifications, key=lambda c: c.supplier)]


def _message(names, on):
    expired = [c for c in names if c.valid_until < on]
    soon = [c for c in names if c.valid_until >= on]
    parts = []
    if expired:
        listed = ", ".join(f"{c.name} ({c.valid_until.isoformat()})" for c in expired)
        parts.append(lambda: _("These certificates have expired: %(list)s.", list=listed))
    if soon:
        listed = ", ".join(f"{c.name} ({c.valid_until.isoformat()})" for c in soon)
        parts.append(lambda: _("These certificates expire soon: %(list)s.", list=listed))
    return lambda: " ".join(str(part()) for part in parts) + " " + _("Please upload the renewed certificates.")


def notify_expiring(user=None, on=None, supplier_ids=None):
    """Tell each supplier concerned about its expiring or expired certificates, once per certificate and date.

    Returns {"suppliers": n, "certificates": n, "recipients": n}. Suppliers without an account are skipped
    (and stay due, so they are told once somebody registers for them)."""
    on = on or today()
    certifications = expiring_certifications(on)
    if supplier_ids is not None:
        certifications = [c for c in certifications if c.supplier_id in set(supplier_ids)]
    done = notified_ids(certifications)
    summary = {"suppliers": 0, "certificates": 0, "recipients": 0}
    for supplier, certs in by_supplier([c for c in certifications if c.id not in done]):
        sent = notify_supplier(supplier, "certificate", _message(certs, on),
                               path_for("suppliers.edit", supplier_id=supplier.id))
        if not sent:
            continue
        for cert in certs:
            db.session.add(CertificateNotice(certification_id=cert.id, supplier_id=supplier.id,
                                             valid_until=cert.valid_until))
        record("expiry_notice", "supplier", supplier.id,
               {"certificates": [None, [f"{c.name} {c.valid_until.isoformat()}" for c in certs]]},
               user, supplier.id, "staff")
        summary["suppliers"] += 1
        summary["certificates"] += len(certs)
        summary["recipients"] += sent
    return summary
