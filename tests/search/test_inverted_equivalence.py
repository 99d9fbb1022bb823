"""The columnar index answers exactly as the original dict-based index did (kept in legacy_inverted.py as the oracle):
same scores bit for bit, same pages, totals and facet counts, also after upserts, deletes and compaction."""
import importlib.util
import random
from pathlib import Path

import pytest

from matchmaker.benchmark import corpus
from matchmaker.search import inverted
from matchmaker.search.inverted import InvertedIndex
from matchmaker.search.query import clean_filters
from matchmaker.search.terms import plan_query, terms

_spec = importlib.util.spec_from_file_location("legacy_inverted", Path(__file__).with_name("legacy_inverted.py"))
legacy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(legacy)


def legacy_search(index, plan, filters, offset, limit):
    """The embedded backend's search as it was written over the dict-based index."""
    if plan is not None:
        scores = index.rank(plan)
        ordered = sorted(scores, key=lambda doc_id: (-scores[doc_id], doc_id))
    else:
        ordered = sorted(index.docs, key=lambda doc_id: (index.docs[doc_id].get("updated_at") or "", doc_id),
                         reverse=True)
    allowed = index.filtered(ordered, filters)
    hits = [doc_id for doc_id in ordered if doc_id in allowed]
    return hits[offset: offset + limit], len(hits), index.facet_counts(ordered, filters)


@pytest.fixture(scope="module")
def generated():
    records = list(corpus.suppliers(1500, seed=7))
    docs = [corpus.search_document(record, row) for row, record in enumerate(records)]
    for position, doc in enumerate(docs):
        doc["updated_at"] = f"2026-{1 + position % 12:02d}-{1 + position % 28:02d}T00:00:00" if position % 5 else None
    searches = corpus.search_queries(corpus.requirements(records, 60, seed=7), seed=7)
    return docs, searches


def _queries(searches):
    yield None, {}
    for search in searches:
        yield plan_query(search["text"]), clean_filters(search["filters"])
        yield plan_query(search["text"].split()[0]), {}
        yield None, clean_filters(search["filters"])
    yield plan_query("iso 9001"), {"certification": ["ISO 9001", "ISO 14001"], "kip": True}
    yield plan_query("cnc"), {"five_s": "implemented", "verified": True, "certification": ["No such"]}


def _assert_same(old, new, searches):
    assert list(new.docs) == list(old.docs)
    for plan, filters in _queries(searches):
        if plan is not None:
            assert new.rank(plan) == old.rank(plan)
        for offset, limit in ((0, 20), (20, 7), (0, 5000)):
            assert new.search(plan, filters, offset, limit) == legacy_search(old, plan, filters, offset, limit)


def test_same_results_after_a_bulk_build_and_after_upserts_deletes_and_compaction(generated, monkeypatch):
    docs, searches = generated
    old, new = legacy.InvertedIndex(terms), InvertedIndex(terms)
    for doc in docs[:1200]:
        old.add(doc)
    new.add_many(docs[:1200])
    _assert_same(old, new, searches)

    monkeypatch.setattr(inverted, "COMPACT_MIN", 150)
    rng = random.Random(3)
    changes = docs[1200:] + [dict(doc, name=doc["name"] + " CNC", verified=not doc["verified"])
                             for doc in rng.sample(docs[:1200], 200)]
    for step, doc in enumerate(changes):
        old.add(doc)
        new.add(doc)
        if step % 3 == 0:
            victim = rng.randrange(1, 1500)
            old.remove(victim)
            new.remove(victim)
        if step == 120:
            assert new.base_rows < len(new.ids)  # a delta segment with tombstones is being searched
            _assert_same(old, new, searches[:20])
    assert new.base_rows > 1200  # compaction has run meanwhile
    _assert_same(old, new, searches)
    assert [new.docs[doc_id] for doc_id in new.docs] == [old.docs[doc_id] for doc_id in old.docs]
