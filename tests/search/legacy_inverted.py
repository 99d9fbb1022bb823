"""The original dict-based inverted index (before the columnar one), kept as the oracle of test_inverted_equivalence.

Frozen copy of matchmaker/search/inverted.py at commit d7bb6ba; not used by the application.
"""
import math
from collections import Counter
from typing import NamedTuple

import numpy as np

from matchmaker.search.query import ANY_OF, FACET_FIELDS, cumulative_five_s, five_s_at_least

# Field boosts, the same as the Elasticsearch multi_match. "extras" (certificates and places) stands in for the
# document's folded catch-all "text", which would double the index for the few words it adds.
FIELD_BOOSTS = {"name": 3.0, "name_en": 3.0, "capabilities": 2.5, "products": 2.5, "materials": 2.0,
                "description": 1.0, "extras": 0.3}
K1, B = 1.2, 0.75


def field_text(doc, field):
    """The text of one indexed field of a document."""
    if field == "extras":
        return "\n".join(doc.get("certifications") or []) + "\n" + "\n".join(
            doc.get(name) or "" for name in ("province", "district"))
    return doc.get(field) or ""


def _values(doc, facet):
    value = doc.get(FACET_FIELDS[facet])
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


class _Arrays(NamedTuple):
    """The index as numpy rows for ranking; rebuilt lazily after any change."""
    ids: list        # row -> document id
    row_of: dict     # document id -> row
    lengths: dict    # field -> float array of field lengths by row
    postings: dict   # (field, term) -> (rows, tfs), filled as queries need them


class InvertedIndex:
    def __init__(self, analyse_terms):
        self._terms = analyse_terms
        self.docs = {}
        self.postings = {field: {} for field in FIELD_BOOSTS}  # field -> {term: {id: tf}}
        self.lengths = {field: {} for field in FIELD_BOOSTS}  # field -> {id: length}
        self.totals = dict.fromkeys(FIELD_BOOSTS, 0)
        self.facets = {facet: {} for facet in FACET_FIELDS}   # facet -> {value: set(ids)}
        self._arrays = None

    def __len__(self):
        return len(self.docs)

    def add(self, doc):
        """Index a document, replacing any earlier version with the same id."""
        doc_id = doc["id"]
        self.remove(doc_id)
        self._arrays = None
        self.docs[doc_id] = doc
        for field in FIELD_BOOSTS:
            counts = Counter(self._terms(field_text(doc, field)))
            self.lengths[field][doc_id] = length = sum(counts.values())
            self.totals[field] += length
            postings = self.postings[field]
            for term, tf in counts.items():
                if term in postings:
                    postings[term][doc_id] = tf
                else:
                    postings[term] = {doc_id: tf}
        for facet in FACET_FIELDS:
            for value in _values(doc, facet):
                self.facets[facet].setdefault(value, set()).add(doc_id)

    def remove(self, doc_id):
        """Forget a document (no-op when absent)."""
        doc = self.docs.pop(doc_id, None)
        if doc is None:
            return
        self._arrays = None
        for field in FIELD_BOOSTS:
            self.totals[field] -= self.lengths[field].pop(doc_id, 0)
            postings = self.postings[field]
            for term in set(self._terms(field_text(doc, field))):
                ids = postings.get(term, {})
                ids.pop(doc_id, None)
                if not ids:
                    postings.pop(term, None)
        for facet in FACET_FIELDS:
            for value in _values(doc, facet):
                ids = self.facets[facet].get(value, set())
                ids.discard(doc_id)
                if not ids:
                    self.facets[facet].pop(value, None)

    # -- matching and ranking -------------------------------------------------------------------------------

    def docs_with(self, term):
        """Ids of documents containing the term in any field."""
        return set().union(*(postings.get(term, ()) for postings in self.postings.values()))

    def term_scores(self, term):
        """{id: BM25F score of the term} over every document containing it."""
        count = len(self.docs)
        df = len(self.docs_with(term))
        if not df:
            return {}
        idf = math.log(1 + (count - df + 0.5) / (df + 0.5))
        scores = {}
        for field, boost in FIELD_BOOSTS.items():
            postings = self.postings[field].get(term, {})
            average = self.totals[field] / count if count else 1
            lengths = self.lengths[field]
            for doc_id, tf in postings.items():
                norm = tf + K1 * (1 - B + B * lengths[doc_id] / (average or 1))
                scores[doc_id] = scores.get(doc_id, 0.0) + boost * idf * tf * (K1 + 1) / norm
        return scores

    def _frozen(self):
        if self._arrays is None:
            ids = list(self.docs)
            lengths = {field: np.fromiter(map(self.lengths[field].__getitem__, ids), dtype=np.float64, count=len(ids))
                       for field in FIELD_BOOSTS}
            self._arrays = _Arrays(ids, {doc_id: row for row, doc_id in enumerate(ids)}, lengths, {})
        return self._arrays

    def _postings(self, arrays, field, term):
        key = (field, term)
        if key not in arrays.postings:
            postings = self.postings[field].get(term, {})
            rows = np.fromiter(map(arrays.row_of.__getitem__, postings), dtype=np.int64, count=len(postings))
            arrays.postings[key] = (rows, np.fromiter(postings.values(), dtype=np.float64, count=len(postings)))
        return arrays.postings[key]

    def _term_rows(self, arrays, term):
        """(BM25F score by row, presence by row) of a term: `term_scores` over numpy rows, in the same float order."""
        count = len(arrays.ids)
        present = np.zeros(count, dtype=bool)
        for field in FIELD_BOOSTS:
            present[self._postings(arrays, field, term)[0]] = True
        scores = np.zeros(count)
        df = int(present.sum())
        if not df:
            return scores, present
        idf = math.log(1 + (count - df + 0.5) / (df + 0.5))
        for field, boost in FIELD_BOOSTS.items():
            rows, tfs = self._postings(arrays, field, term)
            if len(rows):
                average = self.totals[field] / count
                norm = tfs + K1 * (1 - B + B * arrays.lengths[field][rows] / (average or 1))
                scores[rows] += boost * idf * tfs * (K1 + 1) / norm
        return scores, present

    def rank(self, plan):
        """{id: score} of the documents that satisfy the query plan."""
        # Whole-corpus numpy arrays instead of per-document dict loops: a common word matches most suppliers.
        arrays = self._frozen()
        count, cache = len(arrays.ids), {}

        def rows_of(term):
            if term not in cache:
                cache[term] = self._term_rows(arrays, term)
            return cache[term]

        total, matched, satisfied = np.zeros(count), np.zeros(count, dtype=bool), np.zeros(count, dtype=np.int64)
        for clause in plan.clauses:
            best = np.zeros(count)
            for words, weight, _ in clause.alternatives:
                if not words:
                    continue
                present = np.logical_and.reduce([rows_of(w)[1] for w in words])
                score = weight * sum(rows_of(w)[0] for w in words)
                better = present & (score > best)
                best[better] = score[better]
            hit = best > 0
            total += best
            matched |= hit
            if not clause.optional:
                satisfied += hit
        rows = np.flatnonzero(matched & (satisfied >= plan.minimum_should_match))
        return dict(zip([arrays.ids[row] for row in rows], total[rows].tolist(), strict=True))

    # -- facets ---------------------------------------------------------------------------------------------

    def matching(self, facet, value):
        """Ids satisfying one facet filter."""
        sets = self.facets[facet]
        if facet in ANY_OF:
            return set().union(*(sets.get(v, set()) for v in value))
        if facet == "certification":
            return set.intersection(*(sets.get(v, set()) for v in value)) if value else set(self.docs)
        if facet == "five_s":
            return set().union(*(sets.get(level, set()) for level in five_s_at_least(value)))
        return set(sets.get(True, set()))  # kip, verified

    def filtered(self, candidates, filters, skip=None):
        """The candidates that pass every filter except the facet named `skip`."""
        result = set(candidates)
        for facet, value in filters.items():
            if facet != skip:
                result &= self.matching(facet, value)
        return result

    def facet_counts(self, candidates, filters):
        """{facet: {value: count}}; each facet's counts ignore its own filter (see query.py)."""
        counts = {}
        for facet, sets in self.facets.items():
            base = self.filtered(candidates, filters, skip=None if facet == "certification" else facet)
            exact = {value: len(ids & base) for value, ids in sets.items()}
            exact = {value: n for value, n in exact.items() if n}
            if facet == "five_s":
                exact = cumulative_five_s(exact)
                counts[facet] = exact  # in level order, not by count
                continue
            if facet in ("kip", "verified"):
                exact = {True: exact[True]} if exact.get(True) else {}
            counts[facet] = dict(sorted(exact.items(), key=lambda item: (-item[1], str(item[0]))))
        return counts
