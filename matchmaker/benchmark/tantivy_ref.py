"""The reference engine of the benchmark: tantivy (Rust, BM25) through its Python package, on the same documents.

Text fields use a simple tokenizer with lower-casing and ASCII folding (so Vietnamese diacritics fold as in our
analysis); facet fields are raw, fast fields. A requirement match is a BM25 query of the requirement's title and
description (any word, field boosts as in the embedded backend) with the hard constraints as non-scoring filter
terms: each required certification valid on the day, and the 5S rank at least the minimum. A faceted search is the
query text (all words), the filters, page 1 and terms aggregations counting facet values over the hits.
"""
import re
from pathlib import Path

import tantivy

from ..matching.certifications import normalise_certification
from ..matching.scoring import five_s_rank
from ..matching.text import fold
from ..search.inverted import FIELD_BOOSTS
from ..search.query import clean_filters

TEXT_FIELDS = [field for field in FIELD_BOOSTS if field != "extras"]
FACETS = {"sector": "sectors", "certification": "certifications", "province": "province", "district": "district",
          "size": "size"}
_WORD = re.compile(r"[^\W_]+")


def _schema():
    builder = tantivy.SchemaBuilder()
    for field in TEXT_FIELDS:
        builder.add_text_field(field, tokenizer_name="folded")
    for field in FACETS.values():
        builder.add_text_field(field, tokenizer_name="raw", fast=True)
    builder.add_integer_field("five_s", indexed=True, fast=True)
    builder.add_boolean_field("verified", indexed=True, fast=True)
    builder.add_boolean_field("has_kip", indexed=True, fast=True)
    builder.add_integer_field("row", stored=True, fast=True)
    return builder.build()


def _analyzer():
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold()).build())


class TantivyEngine:
    """A tantivy index of supplier search documents in a folder, answering matches and faceted searches."""

    def __init__(self, folder):
        self.schema = _schema()
        Path(folder).mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(folder))
        self.index.register_tokenizer("folded", _analyzer())
        self.external_ids = []
        self.searcher = None

    def build(self, docs, heap_size=256_000_000):
        """Index the documents (one writer thread: the benchmark runs on one core) and open a searcher."""
        writer = self.index.writer(heap_size=heap_size, num_threads=1)
        for row, doc in enumerate(docs):
            fields = {field: doc.get(field) or "" for field in TEXT_FIELDS}
            for name in FACETS.values():
                value = doc.get(name)
                fields[name] = value if isinstance(value, list) else ([value] if value else [])
            fields.update(five_s=five_s_rank(doc.get("five_s")), verified=bool(doc.get("verified")),
                          has_kip=bool(doc.get("has_kip")), row=row)
            writer.add_document(tantivy.Document(**fields))
            self.external_ids.append(doc["external_id"])
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def _text_query(self, text, conjunction):
        words = " ".join(_WORD.findall(fold(text)))
        if not words:
            return tantivy.Query.all_query()
        return self.index.parse_query(words, TEXT_FIELDS, field_boosts={f: FIELD_BOOSTS[f] for f in TEXT_FIELDS},
                                      conjunction_by_default=conjunction)

    def _filter(self, query):
        return (tantivy.Occur.Must, tantivy.Query.const_score_query(query, 0.0))

    def _at_least(self, level):
        return self._filter(tantivy.Query.range_query(self.schema, "five_s", tantivy.FieldType.Integer, level, None))

    def match(self, requirement, top=10):
        """The external ids of the top BM25 suppliers for a requirement, hard constraints applied as filters."""
        text = " ".join(filter(None, [requirement.get("title"), requirement.get("description")]))
        clauses = [(tantivy.Occur.Must, self._text_query(text, conjunction=False))]
        for name in requirement.get("required_certifications") or []:
            clauses.append(self._filter(tantivy.Query.term_query(self.schema, "certifications",
                                                                 normalise_certification(name))))
        level = five_s_rank(requirement.get("min_five_s"))
        if level:
            clauses.append(self._at_least(level))
        hits = self.searcher.search(tantivy.Query.boolean_query(clauses), limit=top, count=False).hits
        return [(self.external_ids[self.searcher.doc(address)["row"][0]], score) for score, address in hits]

    def search(self, text, filters, per_page=20):
        """Page 1 of a faceted search: (external ids, total hits, {facet: {value: count}})."""
        clauses = [(tantivy.Occur.Must, self._text_query(text, conjunction=True))]
        for name, value in clean_filters(filters).items():
            if name == "five_s":
                clauses.append(self._at_least(five_s_rank(value)))
            elif name in ("verified", "kip"):
                field = "verified" if name == "verified" else "has_kip"
                clauses.append(self._filter(tantivy.Query.term_query(self.schema, field, True)))
            elif name == "certification":  # all of them
                clauses += [self._filter(tantivy.Query.term_query(self.schema, FACETS[name], v)) for v in value]
            else:  # any of them
                clauses.append(self._filter(tantivy.Query.term_set_query(self.schema, FACETS[name], value)))
        query = tantivy.Query.boolean_query(clauses)
        result = self.searcher.search(query, limit=per_page, count=True)
        aggregations = {name: {"terms": {"field": field, "size": 100}} for name, field in FACETS.items()}
        aggregations["five_s"] = {"terms": {"field": "five_s", "size": 4}}
        counted = self.searcher.aggregate(query, aggregations)
        facets = {name: {bucket["key"]: bucket["doc_count"] for bucket in found["buckets"]}
                  for name, found in counted.items()}
        ids = [self.external_ids[self.searcher.doc(address)["row"][0]] for _, address in result.hits]
        return ids, result.count, facets
