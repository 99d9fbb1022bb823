"""An in-memory inverted index of supplier documents: BM25F ranking over folded terms, facet filters and counts.

Pure data structure (no files, no Flask); embedded.py persists it and answers SearchQuery with it.
"""
import math
from collections import Counter

from .query import ANY_OF, FACET_FIELDS, cumulative_five_s, five_s_at_least

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


class InvertedIndex:
    def __init__(self, analyse_terms):
        self._terms = analyse_terms
        self.docs = {}
        self.postings = {field: {} for field in FIELD_BOOSTS}  # field -> {term: {id: tf}}
        self.lengths = {field: {} for field in FIELD_BOOSTS}  # field -> {id: length}
        self.totals = dict.fromkeys(FIELD_BOOSTS, 0)
        self.facets = {facet: {} for facet in FACET_FIELDS}   # facet -> {value: set(ids)}

    def __len__(self):
        return len(self.docs)

    def add(self, doc):
        """Index a document, replacing any earlier version with the same id."""
        doc_id = doc["id"]
        self.remove(doc_id)
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

    def rank(self, plan):
        """{id: score} of the documents that satisfy the query plan."""
        cache = {}

        def scores_of(term):
            if term not in cache:
                cache[term] = self.term_scores(term)
            return cache[term]

        satisfied, total = Counter(), Counter()
        for clause in plan.clauses:
            best = {}
            for words, weight, _ in clause.alternatives:
                matching = set.intersection(*(self.docs_with(w) for w in words)) if words else set()
                for doc_id in matching:
                    score = weight * sum(scores_of(w)[doc_id] for w in words)
                    if score > best.get(doc_id, 0.0):
                        best[doc_id] = score
            for doc_id, score in best.items():
                total[doc_id] += score
                if not clause.optional:
                    satisfied[doc_id] += 1
        needed = plan.minimum_should_match
        return {doc_id: score for doc_id, score in total.items() if satisfied[doc_id] >= needed}

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
