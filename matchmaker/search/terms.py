"""Search terms: folded, lightly stemmed words with their spans, and the query plan with bilingual expansion.

Both backends search the same plan: the query is cut into clauses (a vocabulary concept found in it, or a single
word); a clause is satisfied by its own words or by any other term of the same concept ("brass" by "đồng thau"),
and a supplier must satisfy all clauses (75% of them beyond three). Very common words ("công ty", "of", "parts")
only add to the score, so they never exclude a supplier.
"""
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..matching.text import fold, nfc

# Letter runs and digit runs apart, so "SUS304", "SUS 304" and "sus-304" all give "sus" + "304".
_WORD = re.compile(r"[^\W\d_]+|\d+")
_BRITISH = {"aluminium": "aluminum", "mould": "mold", "colour": "color", "fibre": "fiber", "centre": "center"}
_STOP = set("""a an and or of for in on at to the with by from is are our we your you any all other etc looking
need needs supplier suppliers supply part parts product products company co ltd jsc inc corp limited
cong ty tnhh cp co phan va cac cho cua voi la nhung mot tai tu san xuat""".split())
EXPANSION_WEIGHT = 0.6


class Alternative(NamedTuple):
    words: tuple   # the terms that must all be present
    weight: float  # 1.0 for the writer's own words, less for an expansion
    text: str      # as written, for engines that analyse text themselves (Elasticsearch)


class Token(NamedTuple):
    term: str
    start: int  # character span in the NFC text
    end: int


def stem(word):
    """Reduce an English word to a crude stem ('brackets', 'machined' -> 'bracket', 'machin'; 'moulds' -> 'mold').

    Folded Vietnamese syllables never end in s, ed or ing, so they pass unchanged.
    """
    if len(word) >= 4 and word.isalpha():
        word = _strip_suffix(word)
    return _BRITISH.get(word, word)


def _strip_suffix(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=200_000)
def term(word):
    """The search term of one word as written: folded and stemmed ('Công' -> 'cong', 'Moulds' -> 'mold')."""
    return stem(fold(word))


# Memoised: the same profile texts are highlighted and explained request after request (profiling under load
# showed analysis as the largest share of a search page). Tuples, so no caller can change a shared result.
@lru_cache(maxsize=8192)
def analyse(text):
    """Split text into Tokens (folded, stemmed terms with their span in the NFC text), as a tuple."""
    text = nfc(text)
    return tuple(Token(term(found.group()), found.start(), found.end()) for found in _WORD.finditer(text))


@lru_cache(maxsize=8192)
def _terms(text):
    return tuple(term(word) for word in _WORD.findall(nfc(text)))


def terms(text):
    """The terms of a text, in order."""
    return list(_terms(text))


@dataclass
class Clause:
    alternatives: list  # [Alternative], the writer's own words first
    optional: bool = False

    @property
    def words(self):
        return self.alternatives[0].words


@dataclass
class QueryPlan:
    clauses: list = field(default_factory=list)

    @property
    def required(self):
        return [clause for clause in self.clauses if not clause.optional]

    @property
    def minimum_should_match(self):
        """All required clauses up to three, then 75% of them (Elasticsearch's '3<75%')."""
        count = len(self.required)
        return count if count <= 3 else math.floor(count * 0.75)

    def all_terms(self):
        return {term for clause in self.clauses for alternative in clause.alternatives for term in alternative.words}


def _vocabulary():
    try:
        from ..matching.vocabulary import load_vocabulary
    except ImportError:  # the vocabulary is optional: without it, search is monolingual
        return None
    return load_vocabulary()


def _concept_alternatives(vocabulary, concept_id, own):
    """The writer's words, then every other term of the concept that is not a longer form of another."""
    concept = vocabulary.concepts[concept_id]
    found = {own.words: own}
    for written in concept.en + concept.vi + concept.alt:
        written = written.lstrip("!")
        words = tuple(terms(written))
        if words and words not in found:
            found[words] = Alternative(words, EXPANSION_WEIGHT, written)
    # A longer term that contains a shorter one adds nothing: whatever it matches, the shorter one matches too.
    expansions = [alt for words, alt in found.items()
                  if words != own.words and not any(set(other) < set(words) for other in found if other != words)]
    return [own] + sorted(expansions)


def _concept_spans(text, vocabulary):
    """[(start, end, concept id)] character spans of the vocabulary concepts found in the query."""
    if vocabulary is None:
        return []
    from ..matching.analysis import words

    found = words(text)
    return [(found[hit.start].start, found[hit.end - 1].end, hit.concept)
            for hit in vocabulary.find(text, tokens=found)]


def plan_query(text, expand=True):
    """Cut a free-text query into clauses, expanding vocabulary concepts into their other-language terms."""
    tokens = analyse(text)
    vocabulary = _vocabulary() if expand else None
    spans = _concept_spans(nfc(text), vocabulary)
    clauses, used = [], set()
    for start, end, concept_id in spans:
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        if inside:
            used.update(inside)
            own = Alternative(tuple(tokens[i].term for i in inside), 1.0, nfc(text)[start:end])
            clauses.append(Clause(_concept_alternatives(vocabulary, concept_id, own)))
    for position, token in enumerate(tokens):
        if position not in used:
            own = Alternative((token.term,), 1.0, nfc(text)[token.start:token.end])
            clauses.append(Clause([own], optional=token.term in _STOP))
    if clauses and all(clause.optional for clause in clauses):
        for clause in clauses:  # a query of common words only ("công ty") still means them
            clause.optional = False
    return QueryPlan(_dedupe(clauses))


def _dedupe(clauses):
    seen, unique = set(), []
    for clause in clauses:
        key = tuple(alternative.words for alternative in clause.alternatives)
        if key not in seen:
            seen.add(key)
            unique.append(clause)
    return unique
