"""Certification rows and their documents: every change validated with the profile and audited."""
from ..audit.services import record
from . import documents
from .records import certification_record
from .services import update_profile


def _rows(supplier, skip=None):
    rows = []
    for cert in supplier.certifications:
        if cert is skip:
            continue
        item = certification_record(cert)
        rows.append({"id": cert.id, **(item if isinstance(item, dict) else {"name": item})})
    return rows


def _item(name, valid_until):
    return {"name": name, "valid_until": valid_until.isoformat() if valid_until else None}


def add_certification(supplier, name, valid_until, user):
    """Append a certification (validated and audited with the profile); returns the new row."""
    update_profile(supplier, {"certifications": _rows(supplier) + [_item(name, valid_until)]}, user)
    return supplier.certifications[-1]


def update_certification(supplier, cert, name, valid_until, user):
    """Change a certification's name or expiry, keeping its document (a change needs verifying again)."""
    rows = [{**row, **_item(name, valid_until)} if row["id"] == cert.id else row for row in _rows(supplier)]
    return update_profile(supplier, {"certifications": rows}, user)


def remove_certification(supplier, cert, user):
    """Drop a certification; returns the path of its document for deleting after commit."""
    path = cert.document_path
    update_profile(supplier, {"certifications": _rows(supplier, skip=cert)}, user)
    return path


def attach_document(cert, data, mimetype, extension, original_name, user):
    """Store a checked document for a certification, which then waits for verification again.

    Returns the path of the document it replaced (delete it after commit).
    """
    old = cert.document_path
    cert.document_path = documents.store(data, extension)
    cert.document_mime = mimetype
    cert.document_name = documents.safe_download_name(original_name, extension)
    before_state = cert.verification
    cert.verification = "pending"
    record("upload", "certification", cert.id,
           {"document": [old and "replaced", cert.document_name], "verification": [before_state, "pending"]},
           user, cert.supplier_id)
    return old


def expiry_state(cert, on, warn_days=60):
    """'expired', 'expiring' (within `warn_days`) or 'valid' for a certification on a date."""
    if cert.valid_until is None:
        return "valid"
    if cert.valid_until < on:
        return "expired"
    if (cert.valid_until - on).days <= warn_days:
        return "expiring"
    return "valid"
