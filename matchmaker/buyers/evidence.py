"""Evidence for a match: the supplier's own words named in the engine's reasons, marked in the supplier's profile."""
from markupsafe import Markup

from ..search.highlight import mark, snippets
from ..search.terms import analyse

# Reason labels (matchmaker.matching.scoring) whose text quotes the supplier's profile.
TEXT_LABELS = ("capability", "product", "material", "surface treatment", "equipment", "keyword")
# Profile field -> the visibility section it belongs to (matchmaker.suppliers.visibility).
EVIDENCE_FIELDS = {"capabilities": "capabilities", "products": "capabilities", "materials": "materials",
                   "description": "company"}
EVIDENCE_SECTIONS = set(EVIDENCE_FIELDS.values())


def supplier_words(reasons):
    """The supplier-side words quoted by reasons such as 'capability: CNC turning ↔ tiện CNC' ('tiện CNC')."""
    words = []
    for reason in reasons:
        label, _, text = reason.partition(": ")
        if label not in TEXT_LABELS or not text:
            continue
        text = text.removesuffix(" (general)")
        words.append(text.split(" ↔ ", 1)[1] if " ↔ " in text else text)
    return words


def wanted_terms(reasons):
    """The folded search terms of the supplier words named in the reasons."""
    return {token.term for words in supplier_words(reasons) for token in analyse(words)}


def evidence(supplier, reasons, sections=EVIDENCE_SECTIONS, limit=6):
    """{field: [HTML items]} of the supplier's capabilities, products and materials that the reasons point at,
    marked, plus a 'description' snippet when the description holds the words; only fields of the given
    (visible) sections."""
    wanted = wanted_terms(reasons)
    found = {}
    if not wanted:
        return found
    for name in ("capabilities", "products", "materials"):
        if EVIDENCE_FIELDS[name] not in sections:
            continue
        items = [item for item in getattr(supplier, name) or []
                 if wanted & {token.term for token in analyse(item)}]
        if items:
            found[name] = [Markup(mark(item, wanted)) for item in items[:limit]]
    if "company" not in sections:
        return found
    described = snippets({"description": supplier.description or ""}, wanted, limit=1)
    if described:
        found["description"] = [Markup(described[0])]
    return found
