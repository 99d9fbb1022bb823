"""The flat (CSV/XLSX) spelling of contract records: lists joined by ';', certifications as 'name|date'."""
import json

from ..spreadsheet import unescape_formula

LIST_FIELDS = ("sectors", "capabilities", "products", "materials", "export_markets", "languages")
NUMBER_FIELDS = ("key_industrial_product", "employees", "founded")
COLUMNS = ("external_id", "name", "name_en", "description", "sectors", "capabilities", "products", "materials",
           "certifications", "five_s", "key_industrial_product", "employees", "founded", "province", "district",
           "industrial_zone", "export_markets", "languages", "contact.email", "contact.phone", "contact.website")


def _split(value):
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _certification(text):
    name, _, valid_until = text.partition("|")
    return {"name": name.strip(), "valid_until": valid_until.strip()} if valid_until.strip() else name.strip()


def _external_id(value):
    # Spreadsheets turn enterprise codes into numbers and drop the leading zero.
    if isinstance(value, (int, float)) and float(value).is_integer():
        return str(int(value)).zfill(10)
    return str(value).strip()


def _cell(value):
    if value is None:
        return None
    if isinstance(value, str):
        return unescape_formula(value.strip()) or None
    return value


def unflatten(row):
    """Turn one CSV/XLSX row (header -> cell) into a contract record."""
    record, contact = {}, {}
    for key, raw in row.items():
        if key is None or not str(key).strip():
            continue
        key, value = str(key).strip(), _cell(raw)
        if key.startswith("contact."):
            if value is not None:
                contact[key[len("contact."):]] = str(value)
        elif key == "contact" and value:
            contact.update(json.loads(value) if isinstance(value, str) and value.startswith("{") else {})
        elif key == "external_id" and value is not None:
            record[key] = _external_id(value)
        elif key in LIST_FIELDS:
            record[key] = _split(value) if value is not None else []
        elif key == "certifications":
            record[key] = [_certification(c) for c in _split(value)] if value is not None else []
        elif value is not None:
            record[key] = value
    if contact:
        record["contact"] = contact
    return record


def _flat_certification(cert):
    if isinstance(cert, dict):
        return f"{cert['name']}|{cert['valid_until']}" if cert.get("valid_until") else cert["name"]
    return cert


def flatten(record):
    """Turn a contract record into a row (column -> text or number) for CSV/XLSX."""
    row = {}
    for key, value in record.items():
        if key == "contact":
            row.update({f"contact.{k}": v for k, v in (value or {}).items()})
        elif key in LIST_FIELDS:
            row[key] = ";".join(value)
        elif key == "certifications":
            row[key] = ";".join(_flat_certification(c) for c in value)
        elif isinstance(value, (dict, list)):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def header_for(rows):
    """The contract's columns first, then any extra columns the rows carry, in first-seen order."""
    extra = []
    for row in rows:
        extra.extend(k for k in row if k not in COLUMNS and k not in extra)
    return list(COLUMNS) + extra
