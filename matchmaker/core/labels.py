"""How the interface names the domain's codes (sectors, 5S levels), translated in the viewer's language."""
from flask_babel import lazy_gettext as _l

SECTOR_LABELS = {
    "mechanical": _l("Mechanical engineering and manufacturing"),
    "electrical-electronics": _l("Electrical and electronics"),
    "it": _l("Information technology"),
    "textile-garment-footwear": _l("Textiles, garments, leather and footwear"),
    "food-processing": _l("Agricultural and food processing"),
    "chemicals-rubber-plastics-pharma": _l("Chemicals, rubber, plastics and pharmaceuticals"),
    "construction-materials": _l("Construction materials"),
    "handicrafts": _l("Handicrafts"),
}
FIVE_S_LABELS = {
    "none": _l("Not started"),
    "training": _l("In 5S/5S3D training"),
    "implemented": _l("Implemented"),
    "certified": _l("Certified"),
}
