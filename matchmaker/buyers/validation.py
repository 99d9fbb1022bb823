"""Checking one buyer requirement against the interchange contract (limits from core.rules, as the form and the
API use them)."""
from datetime import date

from flask_babel import lazy_gettext as _l

from ..core.rules import REQUIREMENT_RULES as RULES
from ..core.rules import RecordError, check, type_error
from ..matching.certifications import normalise_certification
from ..suppliers.provinces import canonical_province

KNOWN = ("external_id", "buyer", "title", "description", "sectors", "required_certifications",
         "preferred_certifications", "min_five_s", "province", "quantity", "deadline")
TEXT_FIELDS = ("external_id", "buyer", "title", "description", "province", "quantity")


def _names(record, field, errors):
    value = record.get(field)
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(type_error(field, _l("must be a list of names")))
        return []
    names = [v.strip() for v in value if v.strip()]
    errors.extend(check(RULES[field], names))
    return names


def _deadline(value, errors):
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        errors.append(type_error("deadline", _l("%(value)s is not a date (YYYY-MM-DD)", value=repr(value))))
        return None


def validate_requirement(record):
    """Return the cleaned requirement, or raise RecordError listing every problem."""
    if not isinstance(record, dict):
        raise RecordError(_l("a requirement must be a JSON object"))
    errors = []
    clean = {key: (str(record[key]).strip() or None) if record.get(key) is not None else None for key in TEXT_FIELDS}
    for field in TEXT_FIELDS:
        errors.extend(check(RULES[field], clean[field]))
    clean["province"] = canonical_province(clean["province"])
    clean["sectors"] = _names(record, "sectors", errors)
    for field in ("required_certifications", "preferred_certifications"):
        clean[field] = [normalise_certification(n) for n in _names(record, field, errors)]
    min_five_s = record.get("min_five_s")
    errors.extend(check(RULES["min_five_s"], min_five_s))
    clean["min_five_s"] = min_five_s or None
    clean["deadline"] = _deadline(record.get("deadline"), errors)
    if errors:
        raise RecordError(*errors)
    clean["extra"] = {k: v for k, v in record.items() if k not in KNOWN}
    return clean
