"""Converting between Requirement rows and contract requirement records."""
FIELDS = ("external_id", "buyer", "title", "description", "sectors", "required_certifications",
          "preferred_certifications", "min_five_s", "province", "quantity", "deadline")


def to_record(requirement):
    """The requirement as the contract writes it (every field present, null when empty)."""
    record = {field: getattr(requirement, field) for field in FIELDS}
    record["deadline"] = requirement.deadline.isoformat() if requirement.deadline else None
    for key, value in (requirement.extra or {}).items():
        record.setdefault(key, value)
    return record


def apply_record(requirement, clean):
    """Write a validated record onto a Requirement row."""
    for field in FIELDS:
        if field != "external_id" or clean.get("external_id"):
            setattr(requirement, field, clean.get(field))
    requirement.extra = clean.get("extra") or {}
    return requirement
