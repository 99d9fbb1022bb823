"""The index document of a supplier: its searchable text and the facet fields, built from the database row."""
from ..matching.certifications import normalise_certification
from ..matching.text import fold
from ..suppliers.visibility import effective_levels
from ..timeutil import today as today_
from .query import size_band

TEXT_FIELDS = ("name", "name_en", "description", "capabilities", "products", "materials")
# Profile sections (suppliers.visibility) -> the document fields they hold. The search page is public, so a
# section the supplier shows only to buyers or staff stays out of the index: no hit or snippet can reveal it.
SECTION_FIELDS = {
    "company": ("description", "size"), "capabilities": ("capabilities", "products"), "materials": ("materials",),
    "certifications": ("certifications",), "programmes": ("five_s", "key_industrial_product", "has_kip"),
    "location": ("province", "district", "industrial_zone"),
}
EMPTY = {"description": "", "capabilities": "", "products": "", "materials": "", "certifications": [],
         "five_s": None, "key_industrial_product": None, "has_kip": False, "size": None, "province": None,
         "district": None, "industrial_zone": None}


def _text(value):
    """List fields become one text with items separated by newlines, so snippets and phrases stay per item."""
    if isinstance(value, (list, tuple)):
        return "\n".join(str(item) for item in value if item)
    return value or ""


def hidden_fields(supplier):
    """Document fields of the profile sections that anonymous visitors may not see."""
    levels = effective_levels(supplier.visibility, supplier.visibility_minimum)
    return {name for section, names in SECTION_FIELDS.items() if levels.get(section) != "anonymous" for name in names}


def supplier_document(supplier, today=None):
    """Return the search document of a supplier (certifications count only while valid on `today`)."""
    doc = {"id": supplier.id, "external_id": supplier.external_id}
    doc.update({name: _text(getattr(supplier, name)) for name in TEXT_FIELDS})
    doc.update({
        "sectors": sorted(supplier.sectors or []),
        "certifications": sorted({c.normalised_name or normalise_certification(c.name)
                                  for c in supplier.valid_certifications(today or today_())}),
        "five_s": supplier.five_s or None,
        "province": supplier.province or None,
        "district": supplier.district or None,
        "industrial_zone": supplier.industrial_zone or None,
        "key_industrial_product": supplier.key_industrial_product,
        "has_kip": supplier.key_industrial_product is not None,
        "verified": supplier.verified,
        "size": size_band(supplier.employees),
        "updated_at": supplier.updated_at.isoformat() if supplier.updated_at else None,
    })
    doc.update({name: EMPTY[name] for name in hidden_fields(supplier)})
    # A folded catch-all: certificates and places too, so typing "ISO 9001" or "Thach That" finds suppliers.
    extras = doc["certifications"] + [doc[name] for name in ("district", "province", "industrial_zone") if doc[name]]
    doc["text"] = fold("\n".join([doc[name] for name in TEXT_FIELDS] + extras))
    return doc
