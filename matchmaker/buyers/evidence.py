"""Evidence for a match: the supplier's own words named in the engine's reasons, marked in the supplier's profile."""
from functools import lru_cache

from ..caching import LRUCache
from ..search.highlight import mark, snippets
from ..search.terms import analyse
from ..security.sanitize import marked as clean_marks

# Reason labels (matchmaker.matching.scoring) whose text quotes the supplier's profile.
TEXT_LABELS = ("capability", "product", "material", "surface treatment", "equipment", "keyword")
# Profile field -> the visibility section it belongs to (matchmaker.suppliers.visibility).
EVIDENCE_FIELDS = {"capabilities": "capabilities", "products": "capabilities", "materials": "materials",
                   "description": "company"}
EVIDENCE_SECTIONS = set(EVIDENCE_FIELDS.values())
# Marking and sanitising 50 suppliers' texts is a large part of a matches page that buyers reopen; keyed by the
# texts themselves, so an edited profile can never get its old evidence.
_found = LRUCache(4096)


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


def phrase_terms(reasons):
    """The folded terms of each supplier phrase named in the reasons, one frozenset per phrase."""
    phrases = (frozenset(token.term for token in analyse(words)) for words in supplier_words(reasons))
    return [phrase for phrase in dict.fromkeys(phrases) if phrase]


@lru_cache(maxsize=20_000)
def _terms_of(text):
    """The folded terms of a profile text; cached because the same profiles come up on page after page."""
    return frozenset(token.term for token in analyse(text))


def _whole_phrases(text, phrases):
    """The terms of the phrases found whole in the text (so 'phay CNC' does not mark 'CNC' in 'tiện CNC')."""
    own = _terms_of(text)
    return set().union(*(phrase for phrase in phrases if phrase <= own))


def evidence(supplier, reasons, sections=EVIDENCE_SECTIONS, limit=6):
    """{field: [HTML items]} of the supplier's capabilities, products and materials that hold a phrase the reasons
    quote, with its words marked, plus a 'description' snippet when the description holds one; only fields of the
    given (visible) sections. The answer is shared between requests: read it, do not change it."""
    texts = tuple(tuple(getattr(supplier, name) or ()) for name in ("capabilities", "products", "materials"))
    key = (tuple(reasons), frozenset(sections), limit, texts, supplier.description)
    found = _found.get(key)
    if found is None:
        found = _evidence(supplier, reasons, sections, limit)
        _found.put(key, found)
    return found


def _evidence(supplier, reasons, sections, limit):
    phrases = phrase_terms(reasons)
    found = {}
    if not phrases:
        return found
    for name in ("capabilities", "products", "materials"):
        if EVIDENCE_FIELDS[name] not in sections:
            continue
        marked = []
        for item in getattr(supplier, name) or []:
            wanted = _whole_phrases(item, phrases)
            if wanted:
                marked.append(clean_marks(mark(item, wanted)))
        if marked:
            found[name] = marked[:limit]
    if "company" not in sections or not supplier.description:
        return found
    wanted = _whole_phrases(supplier.description, phrases)
    described = snippets({"description": supplier.description}, wanted, limit=1) if wanted else []
    if described:
        found["description"] = [clean_marks(described[0])]
    return found
