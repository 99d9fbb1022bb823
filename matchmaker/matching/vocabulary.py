"""The bilingual manufacturing vocabulary: concepts with English, Vietnamese and trade-jargon terms, found in text.

Matching runs over folded, stemmed tokens (see `analysis.words`) and takes the longest term at each position, so
multi-syllable Vietnamese terms stay whole ("gia công tiện CNC" is one turning term, not "gia", "công", ...).
Diacritics are checked when the writer used them: "tiền" (money) never matches "tiện" (turning), while the
undiacritised "tien cnc" still does.
"""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .analysis import words
from .text import nfc

DEFAULT_PATH = Path(__file__).parent / "data" / "vocabulary.tsv"
SECTOR_CODES = {
    "mech": "mechanical", "ee": "electrical-electronics", "it": "it", "tex": "textile-garment-footwear",
    "food": "food-processing", "chem": "chemicals-rubber-plastics-pharma", "cons": "construction-materials",
    "hand": "handicrafts",
}
# Kinds that describe what a supplier makes or does; the others (certification, business, noise) are handled apart.
CAPABILITY_KINDS = frozenset({"process", "product", "material", "surface", "equipment"})


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str
    parent: str | None
    sectors: tuple[str, ...]
    en: tuple[str, ...]
    vi: tuple[str, ...]
    alt: tuple[str, ...]


class Hit(NamedTuple):
    concept: str
    surface: str  # the words as written in the text, for reasons
    start: int    # token positions [start, end)
    end: int


class _Term(NamedTuple):
    norms: tuple[str, ...]
    sigs: tuple[str, ...]
    strict: bool
    concept: str


def _split(cell):
    return tuple(term.strip() for term in cell.split("|") if term.strip() and cell.strip() != "-")


class Vocabulary:
    """A set of concepts and an index from their terms' first token to candidate terms."""

    def __init__(self, concepts):
        self.concepts = {concept.id: concept for concept in concepts}
        self._index = {}
        self._by_norms = {}  # the folded words of a term -> its terms, in the order they were added
        self._ancestors = {}
        for concept in self.concepts.values():
            for term in concept.en + concept.alt:
                self._add(term, concept.id, strict=False)
            for term in concept.vi:
                self._add(term.lstrip("!"), concept.id, strict=term.startswith("!"))
        for terms in self._index.values():
            terms.sort(key=lambda term: -len(term.norms))
        # First word -> the term lengths starting with it, longest first: most words start no term at all, and
        # the others are looked up by their exact word tuple instead of comparing every candidate term.
        self._lengths = {first: sorted({len(term.norms) for term in terms}, reverse=True)
                         for first, terms in self._index.items()}

    def _add(self, term, concept_id, strict):
        found = words(term)
        if not found:
            return
        # A lone syllable with diacritics is too ambiguous once folded ("nhôm" vs "nhóm" = group), so it
        # only matches text that carries the same diacritics.
        strict = strict or (len(found) == 1 and bool(found[0].sig))
        entry = _Term(tuple(w.norm for w in found), tuple(w.sig for w in found), strict, concept_id)
        self._index.setdefault(entry.norms[0], []).append(entry)
        self._by_norms.setdefault(entry.norms, []).append(entry)

    def __len__(self):
        return len(self.concepts)

    def ancestors(self, concept_id):
        """Return the chain of more general concepts above concept_id (nearest first)."""
        # Asked for every concept of every candidate while matching; the concepts never change after loading.
        if concept_id not in self._ancestors:
            self._ancestors[concept_id] = tuple(self._chain(concept_id))
        return list(self._ancestors[concept_id])

    def _chain(self, concept_id):
        chain, seen = [], {concept_id}
        parent = self.concepts[concept_id].parent if concept_id in self.concepts else None
        while parent and parent in self.concepts and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = self.concepts[parent].parent
        return chain

    def find(self, text, include_noise=False, tokens=None):
        """Return the concept Hits in text, longest term first at each position, left to right."""
        tokens = words(text) if tokens is None else tokens
        # A strict term written without diacritics ("may") is only trusted in text that uses diacritics at all;
        # in undiacritised text the same letters may be "máy" (machine) or "mây" (rattan).
        marked = any(word.sig for word in tokens)
        norms = [word.norm for word in tokens]
        hits, position = [], 0
        while position < len(tokens):
            term = self._longest(tokens, norms, position, marked)
            if term is None:
                position += 1
                continue
            end = position + len(term.norms)
            if include_noise or self.concepts[term.concept].kind != "noise":
                surface = text_span(text, tokens[position].start, tokens[end - 1].end)
                hits.append(Hit(term.concept, surface, position, end))
            position = end
        return hits

    def _longest(self, tokens, norms, position, marked):
        for length in self._lengths.get(norms[position], ()):
            if position + length > len(norms):
                continue
            for term in self._by_norms.get(tuple(norms[position: position + length]), ()):
                if all(_token_matches(word, norm, sig, term.strict, marked) for word, norm, sig
                       in zip(tokens[position: position + length], term.norms, term.sigs, strict=True)):
                    return term
        return None


def _token_matches(word, norm, sig, strict, marked):
    if word.norm != norm:
        return False
    if word.sig:
        return word.sig == sig  # the writer used diacritics: they must be the term's own
    return not strict or (not sig and marked)


def text_span(text, start, end):
    """Return text[start:end] of the NFC form of text (the coordinates `analysis.words` reports)."""
    return nfc(text)[start:end]


def parse(lines):
    """Parse vocabulary TSV lines (comment lines start with '#', the first other line is the header)."""
    rows = [line.rstrip("\n") for line in lines if line.strip() and not line.startswith("#")]
    header = rows[0].split("\t")
    concepts = []
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        concepts.append(Concept(
            id=cells["id"], kind=cells["kind"], parent=None if cells["parent"] == "-" else cells["parent"],
            sectors=tuple(SECTOR_CODES[code] for code in _split(cells["sectors"])),
            en=_split(cells["en"]), vi=_split(cells["vi"]), alt=_split(cells["alt"]),
        ))
    return concepts


@lru_cache(maxsize=4)
def load_vocabulary(path=DEFAULT_PATH):
    """Load (and cache) the vocabulary shipped with the package, or one at path."""
    with open(path, encoding="utf-8") as handle:
        return Vocabulary(parse(handle))
