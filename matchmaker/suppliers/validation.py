"""Checking one supplier record against the interchange contract, with messages a person can act on.

The limits are core.rules' (the same for the profile forms and the API); this module first turns what a file or
a request wrote (numbers as text, one text for a list, certifications as names or objects) into the contract's
values. It needs no request: `flask suppliers import` uses it as the web and the API do.
"""
from datetime import date

from flask_babel import lazy_gettext as _l

from ..core.rules import SUPPLIER_RULES as RULES
from ..core.rules import RecordError, check, type_error  # RecordError: callers still import it from here
from ..matching.certifications import normalise_certification
from .provinces import canonical_province

TEXT_FIELDS = ("name", "name_en", "description", "province", "district", "industrial_zone")
LIST_FIELDS = ("sectors", "capabilities", "products", "materials", "export_markets", "languages")
CONTACT_FIELDS = ("email", "phone", "website")
CASES = {"upper": str.upper, "lower": str.lower}


def _text(value):
    """The text stripped, or None when absent or blank (a number written in a text column becomes text)."""
    if value is None:
        return None
    return (value if isinstance(value, str) else str(value)).strip() or None


def _list(record, field, errors):
    value = record.get(field)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        errors.append(type_error(field, _l("must be a list of text items")))
        return []
    items = [str(v).strip() for v in value if str(v).strip()]
    rule = RULES[field]
    return [CASES[rule.case](item) for item in items] if rule.case else items


def whole_number(value):
    """An int from an int, a whole float (spreadsheets) or a text of digits; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _number(record, field, errors):
    value = record.get(field)
    if value is None or value == "":
        return None
    number = whole_number(value)
    if number is None:
        message = (_l("%(value)s is not a whole number", value=repr(value)) if field == "employees"
                   else _l("%(value)s is not a year", value=repr(value)))
        errors.append(type_error(field, message))
        return None
    errors.extend(check(RULES[field], number, shown=value))
    return number


def _certification(item, errors):
    if isinstance(item, str):
        name, valid_until = item, None
    elif isinstance(item, dict) and isinstance(item.get("name"), str):
        name, valid_until = item["name"], item.get("valid_until")
    else:
        errors.append(type_error("certifications", _l('%(item)s must be a name or {"name", "valid_until"}',
                                                      item=repr(item))))
        return None
    if not name.strip():
        errors.append(type_error("certifications", _l("a certification has an empty name")))
        return None
    if valid_until not in (None, ""):
        try:
            valid_until = date.fromisoformat(str(valid_until).strip()[:10])
        except ValueError:
            errors.append(type_error("certifications", _l(
                "valid_until %(date)s of %(name)s is not a date (YYYY-MM-DD)", date=repr(valid_until),
                name=repr(name))))
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
        errors.append(type_error("certifications", _l("must be a list")))
        return []
    errors.extend(check(RULES["certifications"], [item["name"] if isinstance(item, dict) else item
                                                  for item in value if _named(item)]))
    return [c for c in (_certification(item, errors) for item in value) if c]


def _named(item):
    return isinstance(item, str) or (isinstance(item, dict) and isinstance(item.get("name"), str))


def _contact(record, errors):
    contact = record.get("contact") or {}
    if not isinstance(contact, dict):
        errors.append(type_error("contact", _l("must be an object with email, phone, website")))
        return {}
    clean = {key: _text(contact.get(key)) for key in CONTACT_FIELDS}
    for key, value in clean.items():
        errors.extend(check(RULES[f"contact.{key}"], value))
    return clean


def validate_supplier(record):
    """Return the cleaned record, or raise RecordError listing every problem found."""
    if not isinstance(record, dict):
        raise RecordError(_l("a record must be a JSON object"))
    errors = []
    clean = {"external_id": str(record.get("external_id") or "").strip()}
    errors.extend(check(RULES["external_id"], clean["external_id"]))
    for field in TEXT_FIELDS:
        clean[field] = _text(record.get(field))
        errors.extend(check(RULES[field], clean[field]))
    clean["province"] = canonical_province(clean["province"])
    for field in LIST_FIELDS:
        clean[field] = _list(record, field, errors)
        errors.extend(check(RULES[field], clean[field]))
    five_s = record.get("five_s")
    errors.extend(check(RULES["five_s"], five_s))
    clean["five_s"] = five_s or None
    for field in ("key_industrial_product", "founded", "employees"):
        clean[field] = _number(record, field, errors)
    clean["certifications"] = _certifications(record, errors)
    clean["contact"] = _contact(record, errors)
    if errors:
        raise RecordError(*errors)
    known = set(clean) | {"contact"}
    clean["extra"] = {k: v for k, v in record.items() if k not in known}
    return clean
