"""Turn contract-format supplier and requirement dicts into weighted TF-IDF tokens and vocabulary concepts.

Each field item gives folded unigrams, syllable bigrams ("gia_cong", "dong_thau") and concept tokens
("C_cnc_turning" plus its more general ancestors), so a Vietnamese "tiện CNC đồng thau" and an English
"CNC turned brass" share tokens. Fields are weighted by repetition (the vectoriser's sublinear tf damps it):
capabilities and products above materials, materials above the name and free description.
"""
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis import is_stopword, words
from .certifications import normalise_certification
from .vocabulary import CAPABILITY_KINDS

SUPPLIER_FIELDS = {"capabilities": 3, "products": 3, "materials": 2, "name": 1, "name_en": 1, "description": 1}
REQUIREMENT_FIELDS = {"title": 2, "capabilities": 2, "products": 2, "materials": 2, "description": 1}
# How strongly a concept found in a field shows that the supplier really does it (a claim under
# "capabilities" is stronger than a word in a marketing paragraph).
EVIDENCE = {"capabilities": 1.0, "products": 1.0, "materials": 0.9, "name": 0.8, "name_en": 0.8, "description": 0.7}
# The title names the need; the description also mentions context ("for our SMT lines", "garment packing").
QUERY_EMPHASIS = {"title": 1.0, "capabilities": 1.0, "products": 1.0, "materials": 0.8, "description": 0.6}
TRADING_ONLY_FACTOR = 0.5   # a reseller with no sign of own production
TRADING_MIXED_FACTOR = 0.9  # "sản xuất và thương mại": makes and sells


@dataclass
class SupplierFeatures:
    tokens: list = field(default_factory=list)
    concepts: dict = field(default_factory=dict)  # concept id -> [field, surface, evidence]
    trade_factor: float = 1.0


@dataclass
class RequirementFeatures:
    tokens: list = field(default_factory=list)
    concepts: dict = field(default_factory=dict)  # concept id -> surface as the buyer wrote it
    keywords: dict = field(default_factory=dict)  # token -> surface, to quote plain word matches
    certifications: set = field(default_factory=set)  # certifications named in the text
    emphasis: dict = field(default_factory=dict)  # concept id -> how central it is to the request


def _items(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)]


CACHED_LENGTH = 200  # items up to this long (trade terms, names) repeat across profiles; descriptions do not


def item_terms(text, vocabulary):
    """Return (tokens, hits, words) of one text item: unigrams, syllable bigrams and concept tokens (do not mutate)."""
    # Caching every unique description would keep ~10 KB of word tuples per supplier alive (1 GB at 100k).
    return _cached_terms(text, vocabulary) if len(text) <= CACHED_LENGTH else _item_terms(text, vocabulary)


def _item_terms(text, vocabulary):
    found = words(text)
    hits = vocabulary.find(text, tokens=found)
    norms = [word.norm for word in found]
    stops = [is_stopword(norm) for norm in norms]  # once per word, not once more per bigram
    terms = [norm for norm, stop in zip(norms, stops, strict=True) if not stop]
    terms += [f"{a}_{b}" for a, b, stop_a, stop_b in zip(norms, norms[1:], stops, stops[1:], strict=False)
              if not (stop_a and stop_b)]
    for hit in hits:
        if vocabulary.concepts[hit.concept].kind in CAPABILITY_KINDS:
            terms.append("C_" + hit.concept)
            terms += ["C_" + ancestor for ancestor in vocabulary.ancestors(hit.concept)]
    return tuple(terms), tuple(hits), tuple(found)


_cached_terms = lru_cache(maxsize=100_000)(_item_terms)


def supplier_features(supplier, vocabulary):
    """Return the SupplierFeatures of a contract-format supplier dict."""
    features = SupplierFeatures()
    trading, making = set(), set()
    for name, weight in SUPPLIER_FIELDS.items():
        for text in _items(supplier.get(name)):
            terms, hits, _ = item_terms(text, vocabulary)
            features.tokens += list(terms) * weight
            for hit in hits:
                kind = vocabulary.concepts[hit.concept].kind
                if hit.concept == "biz_trading":
                    trading.add(name)
                elif hit.concept == "biz_manufacturer" or (kind in ("process", "equipment") and name == "capabilities"):
                    making.add(name)
                if kind not in CAPABILITY_KINDS:
                    continue
                known = features.concepts.get(hit.concept)
                if known is None or known[2] < EVIDENCE[name]:
                    features.concepts[hit.concept] = [name, hit.surface, EVIDENCE[name]]
    # "Công ty TNHH Sản xuất và Thương mại" is the most common company name in Vietnam: the name alone
    # proves neither trading nor making, so only count making outside it.
    if trading and not (making - {"name", "name_en"}):
        features.trade_factor = TRADING_ONLY_FACTOR
    elif trading - {"name", "name_en"}:
        features.trade_factor = TRADING_MIXED_FACTOR
    return features


def requirement_features(requirement, vocabulary):
    """Return the RequirementFeatures of a contract-format buyer requirement dict."""
    features = RequirementFeatures()
    for name, weight in REQUIREMENT_FIELDS.items():
        for text in _items(requirement.get(name)):
            terms, hits, found = item_terms(text, vocabulary)
            features.tokens += list(terms) * weight
            for word in found:
                features.keywords.setdefault(word.norm, text[word.start:word.end])
            for hit in hits:
                kind = vocabulary.concepts[hit.concept].kind
                if kind == "certification":
                    features.certifications.add(normalise_certification(hit.surface))
                elif kind in CAPABILITY_KINDS and hit.concept not in features.concepts:
                    features.concepts[hit.concept] = hit.surface
                    features.emphasis[hit.concept] = QUERY_EMPHASIS.get(name, 1.0)
    # A general concept next to a specific one ("CNC" beside "CNC turning") adds nothing: the specific subsumes it.
    implied = {ancestor for concept in features.concepts for ancestor in vocabulary.ancestors(concept)}
    features.concepts = {concept: surface for concept, surface in features.concepts.items() if concept not in implied}
    features.emphasis = {concept: features.emphasis[concept] for concept in features.concepts}
    return features
