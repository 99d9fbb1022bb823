"""Checking one buyer requirement against the interchange contract."""
from datetime import date

from ..matching.certifications import normalise_certification
from ..suppliers.models import FIVE_S_LEVELS, SECTORS
from ..suppliers.provinces import canonical_province
from ..suppliers.validation import RecordError

KNOWN = ("external_id", "buyer", "title", "description", "sectors", "required_certifications",
         "preferred_certifications", "min_five_s", "province", "quantity", "deadline")


def _names(value, field, errors):
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(f"{field}: must be a list of names")
        return []
    return [v.strip() for v in value if v.strip()]


def _deadline(value, errors):
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        errors.append(f"deadline: {value!r} is not a date (YYYY-MM-DD)")
        return None


def validate_requirement(record):
    """Return the cleaned requirement, or raise RecordError listing every problem."""
    if not isinstance(record, dict):
        raise RecordError("a requirement must be a JSON object")
    errors = []
    clean = {key: (str(record[key]).strip() or None) if record.get(key) is not None else None
             for key in ("external_id", "buyer", "title", "description", "province", "quantity")}
    clean["province"] = canonical_province(clean["province"])
    if not clean["title"]:
        errors.append("title: required")
    clean["sectors"] = _names(record.get("sectors"), "sectors", errors)
    unknown = [s for s in clean["sectors"] if s not in SECTORS]
    if unknown:
        errors.append(f"sectors: unknown code {', '.join(unknown)}")
    for field in ("required_certifications", "preferred_certifications"):
        clean[field] = [normalise_certification(n) for n in _names(record.get(field), field, errors)]
    min_five_s = record.get("min_five_s")
    if min_five_s not in (None, "") and min_five_s not in FIVE_S_LEVELS:
        errors.append(f"min_five_s: {min_five_s!r} must be one of {', '.join(FIVE_S_LEVELS)}")
    clean["min_five_s"] = min_five_s or None
    clean["deadline"] = _deadline(record.get("deadline"), errors)
    if errors:
        raise RecordError("; ".join(errors))
    clean["extra"] = {k: v for k, v in record.items() if k not in KNOWN}
    return clean
