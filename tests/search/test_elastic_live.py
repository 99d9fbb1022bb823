"""Against a live cluster (set ELASTICSEARCH_URL): indexing, search, facets, alias rebuild, outbox replay."""
import pytest

from matchmaker.search import service
from matchmaker.search.query import SearchQuery

pytestmark = pytest.mark.elasticsearch


def test_index_search_facets_and_delete(live_elasticsearch, add_supplier):
    brass = add_supplier(name="Công ty Đúc Đồng", materials=["đồng thau C3604"], province="Hà Nội",
                         certifications=["ISO 9001"])
    plastic = add_supplier(name="Công ty Nhựa", capabilities=["ép phun nhựa"], province="Bắc Ninh", five_s="certified")
    es = service.external_backend()
    assert es.ids() == {brass.id, plastic.id} and es.count() == 2
    result = es.search(SearchQuery(text="dong thau"))
    assert result.ids == [brass.id] and result.backend == "elasticsearch"
    assert "<mark>" in result.highlights[brass.id][0]
    assert es.search(SearchQuery(text="brass")).ids == [brass.id]
    filtered = es.search(SearchQuery(filters={"province": ["Bắc Ninh"]}))
    assert filtered.ids == [plastic.id]
    assert filtered.facets["province"] == {"Bắc Ninh": 1, "Hà Nội": 1}
    assert es.search(SearchQuery(filters={"certification": ["ISO 9001"]})).ids == [brass.id]
    assert es.search(SearchQuery(filters={"five_s": "certified"})).ids == [plastic.id]
    es.delete([plastic.id])
    assert es.ids() == {brass.id}


def test_rebuild_swaps_the_alias(live_elasticsearch, add_supplier):
    supplier = add_supplier()
    es = service.external_backend()
    before = es._current_indexes()
    report = service.rebuild_index()
    after = es._current_indexes()
    assert report.backends == ["embedded", "elasticsearch"] and len(after) == 1 and after != before
    assert not es.client.indices.exists(index=before[0])
    assert es.ids() == {supplier.id}


def test_outbox_replay_catches_up(live_elasticsearch, unreachable_elasticsearch, search_config, add_supplier):
    supplier = add_supplier(capabilities=["mạ kẽm"])  # cluster "down": queued
    assert service.outbox_size() == 1
    import os

    search_config["ELASTICSEARCH_URL"] = os.environ["ELASTICSEARCH_URL"]
    report = service.replay_outbox()
    assert (report.sent, report.remaining, report.error) == (1, 0, None)
    assert service.external_backend().search(SearchQuery(text="ma kem")).ids == [supplier.id]
