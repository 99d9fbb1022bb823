"""Checking one supplier record against the interchange contract, with messages a person can act on."""
import re
from datetime import date

from ..matching.certifications import normalise_certification
from .models import FIVE_S_LEVELS, SECTORS
from .provinces import canonical_province

EXTERNAL_ID = re.compile(r"^\d{10}(-\d{3})?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LIST_FIELDS = ("sectors", "capabilities", "products", "materials", "export_markets", "languages")
TEXT_FIELDS = {"name": 300, "name_en": 300, "description": 20000, "province": 100, "district": 100,
               "industrial_zone": 200}
CONTACT_FIELDS = {"email": 254, "phone": 50, "website": 300}


class RecordError(ValueError):
    """A record breaks the contract; the message names the field and the problem."""


def _text(record, field, limit, errors):
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    if len(value) > limit:
        errors.append(f"{field}: longer than {limit} characters")
    return value or None


def _list(record, field, errors):
    value = record.get(field)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        errors.append(f"{field}: must be a list of text items")
        return []
    return [str(v).strip() for v in value if str(v).strip()]


def _year(record, field, errors, low=1900):
    value = record.get(field)
    if value is None or value == "":
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        errors.append(f"{field}: {value!r} is not a year")
        return None
    if not low <= year <= date.today().year + 1 or (isinstance(value, float) and not value.is_integer()):
        errors.append(f"{field}: {value!r} is not a plausible year")
    return year


def _employees(record, errors):
    value = record.get("employees")
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        errors.append(f"employees: {value!r} is not a whole number")
        return None
    if number < 0:
        errors.append("employees: cannot be negative")
    return number


def _certification(item, errors):
    if isinstance(item, str):
        name, valid_until = item, None
    elif isinstance(item, dict) and isinstance(item.get("name"), str):
        name, valid_until = item["name"], item.get("valid_until")
    else:
        errors.append(f"certifications: {item!r} must be a name or {{\"name\", \"valid_until\"}}")
        return None
    if not name.strip():
        errors.append("certifications: a certification has an empty name")
        return None
    if valid_until not in (None, ""):
        try:
            valid_until = date.fromisoformat(str(valid_until).strip()[:10])
        except ValueError:
            errors.append(f"certifications: valid_until {valid_until!r} of {name!r} is not a date (YYYY-MM-DD)")
            return None
    clean = {"name": name.strip(), "normalised_name": normalise_certification(name), "valid_until": valid_until or None}
    if isinstance(item, dict) and isinstance(item.get("id"), int):
        clean["id"] = item["id"]  # the editor names the row it changes, so its document stays with it
    return clean


def _certifications(record, errors):
    value = record.get("certifications")
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        errors.append("certifications: must be a list")
        return []
    return [c for c in (_certification(item, errors) for item in value) if c]


def _contact(record, errors):
    contact = record.get("contact") or {}
    if not isinstance(contact, dict):
        errors.append("contact: must be an object with email, phone, website")
        return {}
    clean = {k: _text(contact, k, limit, errors) for k, limit in CONTACT_FIELDS.items()}
    if clean["email"] and not EMAIL.match(clean["email"]):
        errors.append(f"contact.email: {clean['email']!r} is not an e-mail address")
    return clean


def _codes(values, pattern, field, errors, transform):
    codes = [transform(v) for v in values]
    bad = [v for v in codes if not pattern.match(v)]
    if bad:
        errors.append(f"{field}: {', '.join(bad)} not a valid code")
    return codes


def validate_supplier(record):
    """Return the cleaned record, or raise RecordError listing every problem found."""
    if not isinstance(record, dict):
        raise RecordError("a record must be a JSON object")
    errors = []
    external_id = str(record.get("external_id") or "").strip()
    if not external_id:
        errors.append("external_id: required")
    elif not EXTERNAL_ID.match(external_id):
        errors.append(f"external_id: {external_id!r} must be 10 digits, or 10 digits + '-' + 3 digits")
    clean = {"external_id": external_id}
    for field, limit in TEXT_FIELDS.items():
        clean[field] = _text(record, field, limit, errors)
    clean["province"] = canonical_province(clean["province"])
    if not clean["name"]:
        errors.append("name: required")
    for field in LIST_FIELDS:
        clean[field] = _list(record, field, errors)
    unknown = [s for s in clean["sectors"] if s not in SECTORS]
    if unknown:
        errors.append(f"sectors: unknown code {', '.join(unknown)}; use {', '.join(SECTORS)}")
    clean["export_markets"] = _codes(clean["export_markets"], COUNTRY, "export_markets", errors, str.upper)
    clean["languages"] = _codes(clean["languages"], LANGUAGE, "languages", errors, str.lower)
    five_s = record.get("five_s")
    if five_s not in (None, "") and five_s not in FIVE_S_LEVELS:
        errors.append(f"five_s: {five_s!r} must be one of {', '.join(FIVE_S_LEVELS)}")
    clean["five_s"] = five_s or None
    clean["key_industrial_product"] = _year(record, "key_industrial_product", errors, low=2000)
    clean["founded"] = _year(record, "founded", errors)
    clean["employees"] = _employees(record, errors)
    clean["certifications"] = _certifications(record, errors)
    clean["contact"] = _contact(record, errors)
    if errors:
        raise RecordError("; ".join(errors))
    known = set(clean) | {"contact"}
    clean["extra"] = {k: v for k, v in record.items() if k not in known}
    return clean
