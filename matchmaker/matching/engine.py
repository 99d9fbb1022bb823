"""The matching engine: TF-IDF over bilingual tokens and concepts, hard constraints, soft boosts, reasons.

Relevance = half the cosine similarity of TF-IDF vectors (sublinear tf; folded unigrams, syllable bigrams and
concept tokens, see `features`) and half the share of the buyer's concepts the supplier covers (weighted by
concept rarity; a supplier with only a more general concept, e.g. "CNC machining" for "CNC turning", gets
partial credit). Resellers with no sign of own production are scaled down. A supplier needs some text or
concept evidence to be returned at all; the boosts and constraints of `scoring` then apply.
"""
import gc
import json
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

from .certifications import normalise_certification
from .features import requirement_features, supplier_features
from .index import RowMatrix, Table
from .scoring import BOOSTS, concept_reasons, five_s_rank, profile_reasons, province_key, sector_mask, supplier_profile
from .vocabulary import load_vocabulary

COSINE_FULL = 0.5        # a cosine this high already counts as fully similar text
PARTIAL_CREDIT = 0.4     # supplier states only a more general concept than the buyer asked for
MIN_COSINE = 0.05        # below this, shared words are incidental: need a shared concept instead
KIND_WEIGHTS = {"process": 1.0, "product": 1.0, "surface": 0.8, "material": 0.7, "equipment": 0.6}
COMPACT_AFTER = 2000     # appended rows merged into the column-major matrices after this many
FORMAT_VERSION = 1
_POPCOUNT = np.array([bin(value).count("1") for value in range(256)], dtype=np.float64)


@dataclass
class Match:
    external_id: str
    score: float
    reasons: list[str]


EMPTY_CORPUS_TERM = "\x00empty"


def _tokens_analyzer(tokens):
    # Documents are already analysed into token lists by `features`.
    return tokens


def _vectorizer(vocabulary=None):
    return TfidfVectorizer(analyzer=_tokens_analyzer, sublinear_tf=True, dtype=np.float32, vocabulary=vocabulary)


class _TermCounter:
    """Collects documents' term counts as column numbers, then yields the CSR term counts CountVectorizer would build.

    Each document is reduced to (column, count) pairs as it arrives (collections.Counter, in C), so the buffers
    hold one entry per distinct term of a document instead of one per token with the field repetitions: at a
    million suppliers the token-level buffers and their copies were the peak of the fit. No token list has to
    outlive its document.
    """

    def __init__(self):
        self.numbers = defaultdict()
        self.numbers.default_factory = self.numbers.__len__  # a new term gets the next number
        self.columns, self.counts, self.ends = array("i"), array("i"), array("q")

    def add(self, tokens):
        """Count one document."""
        counted = Counter(map(self.numbers.__getitem__, tokens))
        self.columns.extend(counted.keys())
        self.counts.extend(counted.values())
        self.ends.append(len(self.columns))

    def matrix(self):
        """Return (vocabulary, CSR counts as float32) with the terms sorted, as scikit-learn orders them."""
        if not self.numbers:
            # scikit-learn refuses an empty vocabulary; a placeholder term keeps the model usable for later upserts.
            for end in range(len(self.ends)):
                self.columns.append(self.numbers[EMPTY_CORPUS_TERM])
                self.counts.append(1)
                self.ends[end] = end + 1
        terms = list(self.numbers)
        order = sorted(range(len(terms)), key=terms.__getitem__)
        renumber = np.empty(len(terms), dtype=np.int32)
        renumber[order] = np.arange(len(terms), dtype=np.int32)
        columns = renumber[np.frombuffer(self.columns, dtype=np.int32)]
        self.columns = None
        data = np.frombuffer(self.counts, dtype=np.int32).astype(np.float32)
        self.counts = None
        indptr = np.concatenate([[0], np.frombuffer(self.ends, dtype=np.int64)])
        counts = sp.csr_matrix((data, columns, indptr), shape=(len(self.ends), len(terms)))
        counts.sort_indices()  # each row's columns ascending, in place; no duplicates to sum
        return {terms[number]: column for column, number in enumerate(order)}, counts


def _fit_tfidf(counter):
    """Return (vectorizer, TF-IDF matrix) for the documents counted; the same as TfidfVectorizer.fit_transform."""
    if not counter.ends:
        return _vectorizer(), None
    vocabulary, counts = counter.matrix()
    transformer = TfidfTransformer(sublinear_tf=True).fit(counts)
    vectorizer = _vectorizer(vocabulary)
    vectorizer.idf_ = transformer.idf_
    return vectorizer, transformer.transform(counts, copy=False)  # the counts are not needed afterwards


@contextmanager
def _no_gc():
    """Pause the cyclic garbage collector: a fit allocates millions of small acyclic objects, and every few
    thousand of them the collector would rescan the whole growing heap (the fit of 100k suppliers spent more
    time in those scans than in analysis)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class MatchEngine:
    """Ranks supplier profiles against buyer requirements; see the module docstring for how."""

    def __init__(self, vocabulary=None):
        self.vocabulary = vocabulary or load_vocabulary()
        self._set_concepts(list(self.vocabulary.concepts))
        self._reset(_vectorizer())

    def _set_concepts(self, concept_ids):
        self.concept_ids = concept_ids
        self._columns = {concept: i for i, concept in enumerate(concept_ids)}

    def _reset(self, vectorizer, matrix=None):
        self.vectorizer = vectorizer
        n_terms = len(vectorizer.vocabulary_) if hasattr(vectorizer, "vocabulary_") else 0
        self.text = RowMatrix(n_terms, matrix)
        self.expanded = RowMatrix(len(self.concept_ids))  # concept evidence, ancestors included
        self.direct = RowMatrix(len(self.concept_ids))    # concept evidence as stated
        self.profiles, self.row_of, self.certs, self._cert_arrays = [], {}, {}, {}
        self.table = Table({"alive": bool, "five_s": np.int8, "verified": bool, "key_product": bool,
                            "trade": np.float32, "province": np.int32, "sectors": np.uint8})
        self._provinces = {}

    def __len__(self):
        return len(self.row_of)

    def fit(self, suppliers: Iterable[dict]) -> None:
        """Learn the TF-IDF vocabulary and idf from all suppliers and index them (replaces any previous index)."""
        with _no_gc():
            self._fit(suppliers)

    def _fit(self, suppliers):
        latest = {str(supplier["external_id"]): supplier for supplier in suppliers}
        counter, profiles = _TermCounter(), []
        for supplier in latest.values():
            features = supplier_features(supplier, self.vocabulary)
            counter.add(features.tokens)
            profiles.append(supplier_profile(supplier, features))
        del latest
        vectorizer, matrix = _fit_tfidf(counter)
        del counter
        self._reset(vectorizer, matrix)
        # Built in one go: stacking 100k single-row sparse matrices would cost minutes.
        for matrix, expand in ((self.expanded, True), (self.direct, False)):
            # array.array, not lists: 4 or 8 bytes per entry instead of a Python object each (GiBs at 1M).
            rows, cols, values = array("i"), array("i"), array("d")
            for row, profile in enumerate(profiles):
                entries = self._concept_entries(profile["concepts"], expand)
                rows.extend([row] * len(entries))
                cols.extend(entries)
                values.extend(entries.values())
            shape = (len(profiles), len(self.concept_ids))
            matrix.main = sp.csc_matrix((np.frombuffer(values).astype(np.float32), (np.frombuffer(rows, np.int32),
                                         np.frombuffer(cols, np.int32))), shape=shape, dtype=np.float32)
            del rows, cols, values
        for row, profile in enumerate(profiles):
            self._index_profile(row, profile)

    def upsert(self, supplier: dict) -> None:
        """Add or replace one supplier using the fitted vocabulary and idf (no refit)."""
        if not hasattr(self.vectorizer, "vocabulary_"):
            raise RuntimeError("fit the engine before upserting suppliers")
        self.remove(str(supplier["external_id"]))
        features = supplier_features(supplier, self.vocabulary)
        self.text.append(self.vectorizer.transform([features.tokens]))
        self._add_row(supplier, features)
        if len(self.text.pending) >= COMPACT_AFTER:
            self.compact()

    def remove(self, external_id: str) -> None:
        """Forget a supplier; unknown ids are ignored."""
        row = self.row_of.pop(str(external_id), None)
        if row is not None:
            self.table["alive"][row] = False
            self.profiles[row] = None

    def _add_row(self, supplier, features):
        profile = supplier_profile(supplier, features)
        for matrix, expand in ((self.expanded, True), (self.direct, False)):
            matrix.append(self._concept_row(profile["concepts"], expand))
        self._index_profile(len(self.profiles), profile)

    def _concept_entries(self, concepts, expand):
        weights = {}
        for concept, (_, _, evidence) in concepts.items():
            for each in [concept] + (self.vocabulary.ancestors(concept) if expand else []):
                if each in self._columns:
                    weights[self._columns[each]] = max(weights.get(self._columns[each], 0.0), evidence)
        return weights

    def _concept_row(self, concepts, expand):
        entries = self._concept_entries(concepts, expand)
        return sp.csr_matrix((list(entries.values()), ([0] * len(entries), list(entries))),
                             shape=(1, len(self.concept_ids)), dtype=np.float32)

    def compact(self):
        """Merge appended rows into the column-major matrices and drop removed suppliers (no refit)."""
        keep = self.table["alive"].copy()
        profiles = [profile for profile in self.profiles if profile is not None]
        for matrix in (self.text, self.expanded, self.direct):
            matrix.compact(keep)
        expanded, direct = self.expanded.main, self.direct.main
        text = self.text.main
        self._reset(self.vectorizer, text)
        self.expanded.main, self.direct.main = expanded, direct
        for row, profile in enumerate(profiles):
            self._index_profile(row, profile)

    def _index_profile(self, row, profile):
        self.profiles.append(profile)
        self.row_of[profile["id"]] = row
        province = self._provinces.setdefault(province_key(profile["province"]), len(self._provinces) + 1)
        self.table.append(alive=True, five_s=profile["five_s"], verified=profile["verified"],
                          key_product=bool(profile["key_product"]), trade=profile["trade"],
                          province=province if profile["province"] else 0, sectors=sector_mask(profile["sectors"]))
        for name, expiry, _ in profile["certs"]:
            rows, expiries = self.certs.setdefault(name, ([], []))
            rows.append(row)
            expiries.append(expiry)
            self._cert_arrays.pop(name, None)

    def match(self, requirement: dict, top: int = 10, today: date | None = None,
              candidates: set[str] | None = None) -> list[Match]:
        """Return at most top Matches for a buyer requirement, best first, honouring its hard constraints."""
        today = today or date.today()
        query = requirement_features(requirement, self.vocabulary)
        n_rows = len(self.profiles)
        if not n_rows or top <= 0:
            return []
        vector = self.vectorizer.transform([query.tokens])
        cosine = self.text.column_sums(vector.indices, vector.data) if vector.nnz else np.zeros(n_rows)
        coverage = self._coverage(query.emphasis)
        # Only rows with text or concept evidence can be returned: the constraints and boosts are computed for
        # those alone, not for every supplier (most of a million share nothing with a given requirement).
        rows = np.flatnonzero((cosine >= MIN_COSINE) | (coverage > 0))
        rows = rows[self._allowed(requirement, today, candidates, rows)]
        text = np.minimum(1.0, cosine[rows] / COSINE_FULL)
        relevance = 0.5 * text + 0.5 * coverage[rows] if query.concepts else text
        preferred = {normalise_certification(name) for name in requirement.get("preferred_certifications") or []}
        preferred |= query.certifications
        preferred -= {normalise_certification(name) for name in requirement.get("required_certifications") or []}
        score = np.round(relevance * self.table["trade"][rows] * self._boost(requirement, preferred, today, rows), 4)
        positive = score > 0
        rows, score = rows[positive], score[positive]
        if len(rows) > top:
            best = np.argpartition(-score, top - 1)[:top]
            rows, score = rows[best], score[best]
        ranked = sorted(zip(score.tolist(), rows.tolist(), strict=True), key=lambda item: (-item[0],
                                                                                         self.profiles[item[1]]["id"]))
        return [self._result(row, value, query, requirement, preferred, today, vector) for value, row in ranked]

    def _coverage(self, emphasis):
        columns, n_rows = self._columns, len(self.profiles)
        frequency = self.expanded.document_frequency()
        total, covered = 0.0, np.zeros(n_rows)
        for concept, central in emphasis.items():
            if concept not in columns:
                continue
            col = columns[concept]
            rarity = math.log((1 + n_rows) / (1 + frequency[col])) + 1
            weight = KIND_WEIGHTS.get(self.vocabulary.concepts[concept].kind, 0.5) * rarity * central
            credit = self.expanded.column_sums([col], [1.0])
            for ancestor in self.vocabulary.ancestors(concept):
                if ancestor in columns:
                    credit = np.maximum(credit, PARTIAL_CREDIT * self.direct.column_sums([columns[ancestor]], [1.0]))
            covered += weight * credit
            total += weight
        return covered / total if total else covered

    def _allowed(self, requirement, today, candidates, rows):
        """Return which of rows pass the hard constraints (and are among candidates, when given)."""
        table = self.table
        allowed = table["alive"][rows] & (table["five_s"][rows] >= five_s_rank(requirement.get("min_five_s")))
        for name in requirement.get("required_certifications") or []:
            allowed &= self._holders(normalise_certification(name), today)[rows]
        if candidates is not None:
            wanted = np.zeros(len(self.profiles), dtype=bool)
            wanted[[self.row_of[i] for i in map(str, candidates) if i in self.row_of]] = True
            allowed &= wanted[rows]
        return allowed

    def _holders(self, name, today):
        holders = np.zeros(len(self.profiles), dtype=bool)
        if name not in self._cert_arrays:  # lists grow on upsert; arrays are rebuilt only when needed
            rows, expiries = self.certs.get(name, ([], []))
            self._cert_arrays[name] = (np.asarray(rows, dtype=np.int64), np.asarray(expiries, dtype=np.int64))
        rows, expiries = self._cert_arrays[name]
        holders[rows[expiries >= today.toordinal()]] = True
        return holders

    def _boost(self, requirement, preferred, today, rows):
        table = {name: self.table[name][rows] for name in ("verified", "key_product", "five_s", "sectors", "province")}
        gained = BOOSTS["verified"] * table["verified"] + BOOSTS["key_product"] * table["key_product"]
        gained = gained + BOOSTS["five_s"] * table["five_s"] / 3.0
        possible = BOOSTS["verified"] + BOOSTS["key_product"] + BOOSTS["five_s"]
        wanted = sector_mask(requirement.get("sectors"))
        if wanted:
            shared = _POPCOUNT[table["sectors"] & wanted]
            gained = gained + BOOSTS["sector"] * shared / bin(wanted).count("1")
            possible += BOOSTS["sector"]
        if requirement.get("province"):
            code = self._provinces.get(province_key(requirement["province"]), -1)
            gained = gained + BOOSTS["province"] * (table["province"] == code)
            possible += BOOSTS["province"]
        if preferred:
            held = sum(self._holders(name, today)[rows].astype(float) for name in preferred)
            gained = gained + BOOSTS["preferred"] * held / len(preferred)
            possible += BOOSTS["preferred"]
        return (1.0 + gained) / (1.0 + possible)

    def _result(self, row, score, query, requirement, preferred, today, vector):
        profile = self.profiles[row]
        reasons = concept_reasons(profile, query.concepts, self.vocabulary)
        if not reasons:
            reasons = self._keyword_reasons(row, query, vector)
        return Match(profile["id"], score, reasons + profile_reasons(profile, requirement, sorted(preferred), today))

    def _keyword_reasons(self, row, query, vector):
        terms = self.vectorizer.get_feature_names_out() if not hasattr(self, "_terms") else self._terms
        self._terms = terms
        shared = []
        for col, _weight in sorted(zip(vector.indices, vector.data, strict=True), key=lambda item: -item[1]):
            term = terms[col]
            rows = self.text.column_rows(col)
            position = np.searchsorted(rows, row)
            if term in query.keywords and position < len(rows) and rows[position] == row:
                shared.append(query.keywords[term])
        return ["keywords: " + ", ".join(shared[:3])] if shared else []

    def save(self, path) -> None:
        """Write the engine to the directory path (sparse matrices as .npz, the rest as JSON; no pickles)."""
        self.compact()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, matrix in (("text", self.text), ("expanded", self.expanded), ("direct", self.direct)):
            sp.save_npz(folder / f"{name}.npz", matrix.main.tocsr())
        np.save(folder / "idf.npy", self.vectorizer.idf_ if hasattr(self.vectorizer, "vocabulary_") else np.zeros(0))
        terms = list(self.vectorizer.get_feature_names_out()) if hasattr(self.vectorizer, "vocabulary_") else []
        meta = {"version": FORMAT_VERSION, "concepts": self.concept_ids, "terms": terms}
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        with open(folder / "profiles.jsonl", "w", encoding="utf-8") as handle:
            for profile in self.profiles:
                handle.write(json.dumps(profile, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path) -> "MatchEngine":
        """Read an engine written by save(path)."""
        folder = Path(path)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        engine = cls()
        vectorizer = _vectorizer({term: i for i, term in enumerate(meta["terms"])} if meta["terms"] else None)
        if meta["terms"]:
            vectorizer.idf_ = np.load(folder / "idf.npy")
        engine._set_concepts(meta["concepts"])
        engine._reset(vectorizer, sp.load_npz(folder / "text.npz"))
        engine.expanded.main = sp.csc_matrix(sp.load_npz(folder / "expanded.npz"))
        engine.direct.main = sp.csc_matrix(sp.load_npz(folder / "direct.npz"))
        with open(folder / "profiles.jsonl", encoding="utf-8") as handle:
            for row, line in enumerate(handle):
                engine._index_profile(row, json.loads(line))
        return engine
