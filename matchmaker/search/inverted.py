"""An in-memory columnar inverted index of supplier documents: BM25F ranking over folded terms, facets.

Pure data structure (no files, no Flask); embedded.py persists it and answers SearchQuery with it.

Layout: documents are rows. The base segment holds, per field, CSR postings (a shared term vocabulary, int32 rows,
small-integer term frequencies) built in one pass by `add_many` or by compaction. Documents indexed one by one
afterwards go to a small dict-based delta segment; a replaced or removed document only has its row tombstoned.
When the delta and the tombstones grow, compaction folds everything back into a fresh base segment. Field lengths
and facets are numpy columns by row (facets as integer-coded (row, value) pairs), so a filter is a boolean mask and
facet counts are a bincount. Documents themselves are kept packed (compressed JSON) and decoded on demand.

Scores are computed with the same float64 operations in the same order as the original dict-based index, so the
ranking is bit-identical (tests/search/test_inverted_equivalence.py).
"""
import math
from array import array
from collections import Counter, OrderedDict
from collections.abc import Mapping

import numpy as np

from .columns import Column, Facet, pack, packed_json, unpack
from .query import ANY_OF, FACET_FIELDS, cumulative_five_s, five_s_at_least

# Field boosts, the same as the Elasticsearch multi_match. "extras" (certificates and places) stands in for the
# document's folded catch-all "text", which would double the index for the few words it adds.
FIELD_BOOSTS = {"name": 3.0, "name_en": 3.0, "capabilities": 2.5, "products": 2.5, "materials": 2.0,
                "description": 1.0, "extras": 0.3}
K1, B = 1.2, 0.75
COMPACT_MIN = 4096  # delta rows plus tombstones before compaction is considered
# Scored postings of recently searched terms kept until the next change, in entries (12 bytes each) per row
# of the index: common words ("gia", "cong", "co", "khi") occur in most queries and most documents.
TERM_CACHE_PER_ROW = 8
TERM_CACHE_MIN = 1_000_000


def field_text(doc, field):
    """The text of one indexed field of a document."""
    if field == "extras":
        return "\n".join(doc.get("certifications") or []) + "\n" + "\n".join(
            doc.get(name) or "" for name in ("province", "district"))
    return doc.get(field) or ""


def searched_texts(doc):
    """The texts of every indexed field of a document, in FIELD_BOOSTS order."""
    return [field_text(doc, field) for field in FIELD_BOOSTS]


def _values(doc, facet):
    value = doc.get(FACET_FIELDS[facet])
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


class Documents(Mapping):
    """The live documents by id, in indexing order, decoded from the packed store on access."""

    def __init__(self, index):
        self._index = index

    def __getitem__(self, doc_id):
        return unpack(self._index.stored[self._index.row_of[doc_id]])

    def __iter__(self):
        return iter(self._index.row_of)

    def __len__(self):
        return len(self._index.row_of)


class _Postings:
    """One field's base segment in CSR form: the rows and term frequencies of term t are [indptr[t]:indptr[t+1]]."""

    def __init__(self, term_ids, rows, tfs, vocabulary_size):
        order = np.argsort(term_ids, kind="stable")
        self.rows = rows[order].astype(np.int32)
        self.tfs = tfs[order].astype(np.uint16 if not len(tfs) or tfs.max() < 2 ** 16 else np.float32)
        self.indptr = np.zeros(vocabulary_size + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_ids, minlength=vocabulary_size), out=self.indptr[1:])

    def get(self, term_id):
        if term_id is None or term_id + 1 >= len(self.indptr):
            return self.rows[:0], self.tfs[:0]
        start, end = self.indptr[term_id], self.indptr[term_id + 1]
        return self.rows[start:end], self.tfs[start:end]

    def triples(self):
        """(term ids, rows, tfs) of every entry."""
        term_ids = np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int32), np.diff(self.indptr))
        return term_ids, self.rows, self.tfs


class InvertedIndex:
    def __init__(self, analyse_terms):
        self._terms = analyse_terms
        self.row_of = {}          # live document id -> row (insertion order = indexing order)
        self.ids = []             # row -> document id
        self.stored = []          # row -> packed document (None once dead)
        self.updated = []         # row -> updated_at ("" when unknown), for the newest-first order
        self.alive = Column(bool)
        self.lengths = {field: Column(np.int32) for field in FIELD_BOOSTS}
        self.totals = dict.fromkeys(FIELD_BOOSTS, 0)
        self.vocabulary = {}      # term -> term id, shared by every field
        self.base = {field: _Postings(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.uint16), 0)
                     for field in FIELD_BOOSTS}
        self.base_rows = 0        # rows below this are in the base segment
        self.delta = {field: {} for field in FIELD_BOOSTS}  # field -> {term id: {row: tf}}
        self.facets = {facet: Facet() for facet in FACET_FIELDS}
        self.docs = Documents(self)
        self._cache = {}          # derived arrays, dropped on every change

    def __len__(self):
        return len(self.row_of)

    # -- changes --------------------------------------------------------------------------------------------

    def _append(self, doc, sink):
        """Give a document a new row; `sink(field, term id, row, tf)` receives its postings."""
        self.remove(doc["id"])
        row = len(self.ids)
        self.row_of[doc["id"]] = row
        self.ids.append(doc["id"])
        self.stored.append(pack(doc))
        self.updated.append(doc.get("updated_at") or "")
        self.alive.append(True)
        vocabulary = self.vocabulary
        for field in FIELD_BOOSTS:
            counts = Counter(self._terms(field_text(doc, field)))
            length = sum(counts.values())
            self.lengths[field].append(length)
            self.totals[field] += length
            for term, tf in counts.items():
                term_id = vocabulary.get(term)
                if term_id is None:
                    term_id = vocabulary[term] = len(vocabulary)
                sink(field, term_id, row, tf)
        for facet, column in self.facets.items():
            column.add(row, _values(doc, facet))

    def _to_delta(self, field, term_id, row, tf):
        self.delta[field].setdefault(term_id, {})[row] = tf

    def add(self, doc):
        """Index a document, replacing any earlier version with the same id."""
        self._cache = {}
        self._append(doc, self._to_delta)
        self._maybe_compact()

    def add_many(self, docs):
        """Index many documents in one pass (snapshot load, rebuild), straight into a new base segment."""
        self._cache = {}
        # array.array, not lists: 4 bytes per posting while collecting instead of a Python int object each.
        buffers = {field: (array("i"), array("i"), array("i")) for field in FIELD_BOOSTS}

        def sink(field, term_id, row, tf):
            term_ids, rows, tfs = buffers[field]
            term_ids.append(term_id)
            rows.append(row)
            tfs.append(tf)

        for doc in docs:
            self._append(doc, sink)
        self.compact({field: tuple(np.frombuffer(values, dtype=np.int32) for values in lists)
                      for field, lists in buffers.items()})

    def remove(self, doc_id):
        """Forget a document (no-op when absent): its row becomes a tombstone."""
        row = self.row_of.pop(doc_id, None)
        if row is None:
            return
        self._cache = {}
        self.alive.values[row] = False
        self.stored[row] = None
        for field in FIELD_BOOSTS:
            self.totals[field] -= int(self.lengths[field].values[row])

    def _maybe_compact(self):
        garbage = (len(self.ids) - len(self.row_of)) + (len(self.ids) - self.base_rows)
        if garbage > max(COMPACT_MIN, len(self.row_of) // 4):
            self.compact()

    def compact(self, extra=None):
        """Fold the delta segment (and `extra` postings) into a new base segment, dropping tombstoned rows."""
        self._cache = {}
        keep = np.flatnonzero(self.alive.values)
        new_row = np.full(len(self.ids), -1, dtype=np.int64)
        new_row[keep] = np.arange(len(keep))
        for field in FIELD_BOOSTS:
            parts = [self.base[field].triples()]
            delta = self.delta[field]
            if delta:
                sizes = [len(rows) for rows in delta.values()]
                parts.append((np.repeat(np.fromiter(delta, np.int32, len(delta)), sizes),
                              np.fromiter((r for rows in delta.values() for r in rows), np.int64, sum(sizes)),
                              np.fromiter((t for rows in delta.values() for t in rows.values()), np.int64, sum(sizes))))
            if extra:
                parts.append(extra.pop(field))
            term_ids, rows, tfs = (np.concatenate([part[i] for part in parts]) for i in range(3))
            del parts
            rows = new_row[rows]
            live = rows >= 0
            self.base[field] = _Postings(term_ids[live], rows[live], tfs[live], len(self.vocabulary))
            self.lengths[field] = self.lengths[field].keep(keep)
            self.delta[field] = {}
        self.ids = [self.ids[row] for row in keep]
        self.stored = [self.stored[row] for row in keep]
        self.updated = [self.updated[row] for row in keep]
        self.row_of = {doc_id: row for row, doc_id in enumerate(self.ids)}
        self.alive = Column(bool, np.ones(len(keep), dtype=bool))
        self.facets = {facet: column.compacted(keep) for facet, column in self.facets.items()}
        self.base_rows = len(self.ids)

    def packed_documents(self):
        """Each live document's JSON as bytes, in indexing order (for snapshots)."""
        return [packed_json(self.stored[row]) for row in self.row_of.values()]

    # -- matching and ranking -------------------------------------------------------------------------------

    def _postings(self, field, term):
        """(rows, tfs as float64) of a term in a field, base and delta segments together (dead rows included)."""
        term_id = self.vocabulary.get(term)
        rows, tfs = self.base[field].get(term_id)
        delta = self.delta[field].get(term_id)
        if delta:
            rows = np.concatenate([rows, np.fromiter(delta, np.int32, len(delta))])
            tfs = np.concatenate([tfs, np.fromiter(delta.values(), np.float64, len(delta))])
        return rows, tfs.astype(np.float64)

    def _term_rows(self, term, scratch):
        """(live rows containing the term, ascending; their BM25F scores), remembered until the next change."""
        cache = self._cache.setdefault("terms", OrderedDict())
        found = cache.get(term)
        if found is not None:
            cache.move_to_end(term)
            return found
        found = cache[term] = self._score_term(term, scratch)
        budget = max(TERM_CACHE_MIN, TERM_CACHE_PER_ROW * len(self.ids)) if TERM_CACHE_PER_ROW else 0
        self._cache["entries"] = self._cache.get("entries", 0) + len(found[0])
        while self._cache["entries"] > budget and cache:
            self._cache["entries"] -= len(cache.popitem(last=False)[1][0])
        return found

    def _length_norm(self, field):
        """K1 * (1 - B + B * length / average length) of every row in a field, kept until the next change."""
        key = ("norm", field)
        if key not in self._cache:
            average = self.totals[field] / len(self.row_of)
            lengths = self.lengths[field].values.astype(np.float64)
            self._cache[key] = K1 * (1 - B + B * lengths / (average or 1))
        return self._cache[key]

    def _score_term(self, term, scratch):
        """(live rows containing the term, ascending; their BM25F scores), via the query's zeroed scratch arrays."""
        postings = [(boost, field, *self._postings(field, term)) for field, boost in FIELD_BOOSTS.items()]
        seen, scores = scratch
        for _, _, rows, _ in postings:
            seen[rows] = True
        union = np.flatnonzero(seen)  # ascending; one pass over a bool per row, far cheaper than sorting postings
        seen[union] = False
        live = union[self.alive.values[union]]
        count, df = len(self.row_of), len(live)
        if not df:
            return _EMPTY
        idf = math.log(1 + (count - df + 0.5) / (df + 0.5))
        for boost, field, rows, tfs in postings:
            if len(rows):
                norm = tfs + self._length_norm(field)[rows]
                scores[rows] += boost * idf * tfs * (K1 + 1) / norm  # the original dense additions, field by field
        found = scores[live]
        scores[union] = 0.0
        return live.astype(np.int32), found

    def rank_rows(self, plan):
        """(rows satisfying the query plan, ascending; their scores), touching only the rows of the plan's terms."""
        size, cache = len(self.ids), {}
        scratch = (np.zeros(size, dtype=bool), np.zeros(size))
        total, matched, satisfied = np.zeros(size), np.zeros(size, dtype=bool), np.zeros(size, dtype=np.int32)
        best = np.zeros(size)

        def rows_of(term):
            if term not in cache:
                cache[term] = self._term_rows(term, scratch)
            return cache[term]

        touched = np.zeros(size, dtype=bool)
        for clause in plan.clauses:
            for words, weight, _ in clause.alternatives:
                if not words:
                    continue
                postings = [rows_of(word) for word in words]
                rows = _all_of([word_rows for word_rows, _ in postings])
                if len(postings) == 1:
                    score = 0 + postings[0][1]  # the dense loop's sum(), started from 0
                else:
                    score = 0
                    for word_rows, word_scores in postings:
                        score = score + word_scores[np.searchsorted(word_rows, rows)]
                score = weight * score
                better = score > best[rows]  # rows are unique within an alternative
                best[rows[better]] = score[better]
                touched[rows[better]] = True
            rows = np.flatnonzero(touched)
            touched[rows] = False
            total[rows] += best[rows]  # clause after clause, as the dense loop added them
            matched[rows] = True
            if not clause.optional:
                satisfied[rows] += 1
            best[rows] = 0.0
        rows = np.flatnonzero(matched)
        rows = rows[satisfied[rows] >= plan.minimum_should_match]
        return rows, total[rows]

    def rank(self, plan):
        """{id: score} of the documents that satisfy the query plan."""
        rows, scores = self.rank_rows(plan)
        return dict(zip([self.ids[row] for row in rows], scores.tolist(), strict=True))

    # -- a whole search: filters, facet counts, one page ----------------------------------------------------

    def _select(self, facet, gathered, count, value):
        column = self.facets[facet]
        if facet in ANY_OF:
            return column.select(gathered, count, value)
        if facet == "certification":
            return column.select(gathered, count, value, every=True) if value else np.ones(count, dtype=bool)
        if facet == "five_s":
            return column.select(gathered, count, five_s_at_least(value))
        return column.select(gathered, count, [True])  # kip, verified

    def _facets(self, rows, filters, gathered=None):
        """(mask of the rows passing every filter, {facet: {value: count}}); each facet's counts ignore its own
        filter, except certification's (see query.py)."""
        gathered = gathered or {facet: column.gather(rows) for facet, column in self.facets.items()}
        masks = {facet: self._select(facet, gathered[facet], len(rows), value) for facet, value in filters.items()}
        everything = np.logical_and.reduce(list(masks.values()), initial=True) & np.ones(len(rows), dtype=bool)
        counts = {}
        for facet, column in self.facets.items():
            if facet in masks and facet != "certification":
                others = [mask for name, mask in masks.items() if name != facet]
                base = np.logical_and.reduce(others, initial=True) & np.ones(len(rows), dtype=bool)
            else:
                base = everything
            exact = column.counts(gathered[facet], base)
            if facet == "five_s":
                counts[facet] = cumulative_five_s(exact)  # in level order, not by count
                continue
            if facet in ("kip", "verified"):
                exact = {True: exact[True]} if exact.get(True) else {}
            counts[facet] = dict(sorted(exact.items(), key=lambda item: (-item[1], str(item[0]))))
        return everything, counts

    def newest_first(self):
        """Live rows ordered by (updated_at, id), newest first; cached until the next change."""
        if "newest" not in self._cache:
            rows = sorted(self.row_of.values(), key=lambda row: (self.updated[row], self.ids[row]), reverse=True)
            self._cache["newest"] = np.array(rows, dtype=np.int64)
        return self._cache["newest"]

    def search(self, plan, filters, offset, limit):
        """(ids of the page, total hits, facet counts): best score first (ties by id), or newest first."""
        if plan is None:
            rows = self.newest_first()
            if "gathered" not in self._cache:  # every live row: the same until the next change
                self._cache["gathered"] = {facet: column.gather(rows) for facet, column in self.facets.items()}
            passing, counts = self._facets(rows, filters, self._cache["gathered"])
            page = rows[passing][offset: offset + limit]
            return [self.ids[row] for row in page], int(np.count_nonzero(passing)), counts
        rows, scores = self.rank_rows(plan)
        passing, counts = self._facets(rows, filters)
        rows, scores = rows[passing], scores[passing]
        wanted = offset + limit
        if wanted < len(rows):
            # Only rows scoring at least the wanted-th best can be on the page; ties at the edge are all kept.
            edge = np.partition(scores, len(rows) - wanted)[len(rows) - wanted]
            top = scores >= edge
            rows, scores = rows[top], scores[top]
        ordered = sorted(zip((-scores).tolist(), [self.ids[row] for row in rows], strict=True))
        return [doc_id for _, doc_id in ordered[offset: offset + limit]], int(np.count_nonzero(passing)), counts


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0))


def _all_of(row_lists):
    """The rows (ascending) present in every one of the ascending row arrays: the shortest one, looked up in
    the others by binary search (a rare word next to a common one costs the rare word's length)."""
    row_lists = sorted(row_lists, key=len)
    rows = row_lists[0]
    for other in row_lists[1:]:
        if not len(rows):
            break
        found = np.minimum(np.searchsorted(other, rows), len(other) - 1)
        rows = rows[other[found] == rows]
    return rows
