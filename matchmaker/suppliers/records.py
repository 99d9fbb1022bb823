"""Converting between Supplier rows and contract records."""
from .models import Certification, Supplier

PLAIN_FIELDS = ("name", "name_en", "description", "sectors", "capabilities", "products", "materials", "five_s",
                "key_industrial_product", "employees", "founded", "province", "district", "industrial_zone",
                "export_markets", "languages")
CONTACT_COLUMNS = {"email": "contact_email", "phone": "contact_phone", "website": "contact_website"}


def certification_record(cert):
    """A certification as the contract writes it: a plain name, or {name, valid_until}."""
    if cert.valid_until is None:
        return cert.name
    return {"name": cert.name, "valid_until": cert.valid_until.isoformat()}


def to_record(supplier):
    """The supplier as a contract record (fields that are empty are left out; extra fields come back)."""
    record = {"external_id": supplier.external_id}
    for field in PLAIN_FIELDS:
        value = getattr(supplier, field)
        if value not in (None, [], ""):
            record[field] = value
    certs = [certification_record(c) for c in supplier.certifications]
    if certs:
        record["certifications"] = certs
    contact = {k: getattr(supplier, col) for k, col in CONTACT_COLUMNS.items() if getattr(supplier, col)}
    if contact:
        record["contact"] = contact
    for key, value in (supplier.extra or {}).items():
        record.setdefault(key, value)
    return record


def snapshot(supplier):
    """A comparable picture of the supplier's fields, for the audit log's before/after."""
    record = to_record(supplier)
    record.pop("external_id")
    return record


def _keep_row(row, clean):
    """Update a kept row named by id; a changed name or date needs checking again."""
    if (row.name, row.valid_until) != (clean["name"], clean["valid_until"]):
        row.name, row.valid_until = clean["name"], clean["valid_until"]
        row.verification = "pending"
    return row


def apply_certifications(supplier, certifications):
    """Replace the supplier's certifications, keeping rows (documents, verification) that did not change.

    An item carrying the "id" of one of this supplier's rows (the editor's edits) updates that row in place.
    """
    by_id = {c.id: c for c in supplier.certifications if c.id is not None}
    claimed = {by_id[clean["id"]] for clean in certifications if clean.get("id") in by_id}
    existing = {(c.name, c.valid_until): c for c in supplier.certifications if c not in claimed}
    rows = []
    for position, clean in enumerate(certifications):
        if clean.get("id") in by_id:
            row = _keep_row(by_id.pop(clean["id"]), clean)
        else:
            row = existing.pop((clean["name"], clean["valid_until"]), None) or Certification(
                name=clean["name"], valid_until=clean["valid_until"])
        row.normalised_name = clean["normalised_name"]
        row.position = position
        rows.append(row)
    supplier.certifications = rows


def apply_record(supplier, clean):
    """Write a validated record onto a (new or existing) Supplier row."""
    for field in PLAIN_FIELDS:
        setattr(supplier, field, clean.get(field))
    contact = clean.get("contact") or {}
    for key, column in CONTACT_COLUMNS.items():
        setattr(supplier, column, contact.get(key))
    supplier.extra = clean.get("extra") or {}
    apply_certifications(supplier, clean.get("certifications") or [])
    return supplier


def new_supplier(external_id):
    """An empty Supplier with its key set."""
    return Supplier(external_id=external_id, sectors=[], capabilities=[], products=[], materials=[],
                    export_markets=[], languages=[], extra={})
