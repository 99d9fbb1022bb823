"""The profile editor's sections: which form edits which contract fields, and the way back and forth."""
import re
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from . import forms
from .services import split_lines


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    form: type | None
    # form field -> how it maps onto the contract record:
    # "text", "int", "list" (one per line), "extra_list" (kept in `extra`), "contact:<key>", "codes"
    fields: dict


SECTIONS = (
    Section("company", _l("Company"), forms.CompanyForm, {
        "external_id": "text", "name": "text", "name_en": "text", "description": "text", "sectors": "choices",
        "employees": "int", "founded": "int"}),
    Section("capabilities", _l("Capabilities and products"), forms.CapabilitiesForm,
            {"capabilities": "list", "products": "list"}),
    Section("materials", _l("Materials and equipment"), forms.MaterialsForm,
            {"materials": "list", "equipment": "extra_list"}),
    Section("certifications", _l("Certifications"), None, {}),
    Section("programmes", _l("5S and programmes"), forms.ProgrammesForm,
            {"five_s": "text", "key_industrial_product": "int"}),
    Section("location", _l("Location"), forms.LocationForm,
            {"province": "text", "district": "text", "industrial_zone": "text"}),
    Section("contacts", _l("Contacts"), forms.ContactsForm,
            {"contact_email": "contact:email", "contact_phone": "contact:phone", "contact_website": "contact:website"}),
    Section("markets", _l("Export markets and languages"), forms.MarketsForm,
            {"export_markets": "codes", "languages": "codes"}),
)
BY_KEY = {section.key: section for section in SECTIONS}
# validate_supplier names fields as the contract does; this finds the form field to show its message under.
RECORD_TO_FORM = {"contact.email": "contact_email", "contact": "contact_email", "certifications": "name"}


def section_for(key):
    """The editor section with this key, or None."""
    return BY_KEY.get(key)


def _value(supplier, name, kind):
    if kind.startswith("contact:"):
        return getattr(supplier, name)
    if kind == "extra_list":
        return "\n".join((supplier.extra or {}).get(name) or [])
    if kind in ("list", "codes"):
        return "\n".join(getattr(supplier, name) or [])
    if kind == "text":
        return getattr(supplier, name) or ""
    return getattr(supplier, name)


def fill(form, section, supplier):
    """Put the supplier's current values into a section form."""
    for name, kind in section.fields.items():
        getattr(form, name).data = _value(supplier, name, kind)


def changes(form, section):
    """The contract fields a submitted section form sets (for services.update_profile)."""
    result, contact = {}, {}
    for name, kind in section.fields.items():
        data = getattr(form, name).data
        if kind.startswith("contact:"):
            contact[kind.split(":", 1)[1]] = (data or "").strip() or None
        elif kind in ("list", "extra_list"):
            result[name] = split_lines(data)
        elif kind == "codes":
            # Codes have no spaces, so commas and spaces separate them as well as new lines.
            result[name] = [code for code in re.split(r"[\s,;]+", data or "") if code]
        elif kind == "choices":
            result[name] = list(data or [])
        elif kind == "text":
            result[name] = (data or "").strip() or None
        else:
            result[name] = data
    if contact:
        result["contact"] = contact
    return result


def _split_errors(message):
    """'field: problem; field: problem' -> [(field, problem)], keeping '; ' inside one problem together."""
    pieces = []
    for part in message.split("; "):
        field, colon, problem = part.partition(": ")
        if colon and " " not in field:
            pieces.append([field, problem])
        elif pieces:
            pieces[-1][1] += "; " + part
        else:
            pieces.append(["", part])
    return pieces


def attach_errors(form, message):
    """Show validate_supplier's messages under the form fields they concern; returns those that fit no field."""
    unplaced = []
    for field, problem in _split_errors(message):
        target = getattr(form, RECORD_TO_FORM.get(field, field), None) if field else None
        if target is not None and hasattr(target, "errors"):
            target.errors = list(target.errors) + [problem]
        else:
            unplaced.append(f"{field}: {problem}" if field else problem)
    return unplaced


HINTS = {
    "capabilities": _l("List at least three capabilities (processes you master, e.g. CNC turning)."),
    "description": _l("Describe the company in a few sentences: what you make, for whom, with what."),
    "sectors": _l("Choose your sectors."),
    "products": _l("List the products you make."),
    "certifications": _l("Add your certifications (ISO 9001, IATF 16949, …)."),
    "materials": _l("List the materials you work with."),
    "external_id": _l("Enter your real enterprise code."),
    "contact": _l("Give a contact e-mail or phone number."),
    "five_s": _l("Say where you are with 5S."),
    "location": _l("Give your province and district."),
    "name_en": _l("Add the company's English name."),
    "documents": _l("Upload a document for each certificate."),
    "languages": _l("List the languages your staff speak with customers."),
    "employees": _l("Give the number of employees."),
    "export_markets": _l("List the countries you export to."),
}


def profile_completeness(supplier):
    """The completeness of a Supplier row (its record plus how many certificates have documents)."""
    from .completeness import completeness
    from .records import to_record

    documents = sum(1 for cert in supplier.certifications if cert.document_path)
    return completeness(to_record(supplier), documents)
