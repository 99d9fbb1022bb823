"""What only a live cluster shows (set ELASTICSEARCH_URL; scripts/test starts a node): indexing through the
app, the alias swap on rebuild with searches running, bulk errors per document, an outage in the middle of
writes, `search verify`, versioned mapping changes, the health report. The behaviour both backends share is
in test_backends.py."""
import os
import threading
from urllib.parse import urlsplit

import pytest

from matchmaker.extensions import db
from matchmaker.search import service
from matchmaker.search.base import DocumentsRejected
from matchmaker.search.elastic import MAPPING_VERSION, index_mapping
from matchmaker.search.query import SearchQuery
from tests.search.documents import doc
from tests.search.proxy import Relay

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


def test_no_search_fails_while_rebuilds_swap_the_alias(live_elasticsearch, add_supplier):
    for number in range(30):
        add_supplier(name=f"Công ty Cơ khí {number}", capabilities=["tiện CNC"])
    es = service.external_backend()
    failures, totals, done = [], [], threading.Event()

    def search_until_done():
        while not done.is_set():
            try:
                totals.append(es.search(SearchQuery(text="tien cnc")).total)
            except Exception as error:  # any failure at all is what this test is looking for
                failures.append(error)

    searcher = threading.Thread(target=search_until_done)
    searcher.start()
    try:
        for _ in range(3):
            service.rebuild_index()
    finally:
        done.set()
        searcher.join()
    assert not failures and totals and set(totals) == {30}
    assert len(es._current_indexes()) == 1


def test_bulk_errors_are_reported_per_document_and_the_rest_indexed(live_elasticsearch):
    es = service.external_backend()
    good, bad = doc(1, "Công ty Mạ kẽm", capabilities="mạ kẽm"), doc(2, "Công ty Hỏng", updated_at="not a date")
    with pytest.raises(DocumentsRejected) as refused:
        es.index([good, bad])
    assert set(refused.value.failed) == {2} and "updated_at" in refused.value.failed[2]
    assert es.ids() == {1} and es.search(SearchQuery(text="ma kem")).ids == [1]
    with pytest.raises(DocumentsRejected) as refused_in_rebuild:
        es.rebuild([good, bad, doc(3, "Công ty Sơn", capabilities="sơn tĩnh điện")])
    assert set(refused_in_rebuild.value.failed) == {2}
    assert es.ids() == {1, 3}  # the new index went live with every good document


def test_an_outage_in_the_middle_of_writes_loses_nothing(live_elasticsearch, search_config, add_supplier):
    node = urlsplit(os.environ["ELASTICSEARCH_URL"])
    relay = Relay((node.hostname, node.port)).start()
    search_config["ELASTICSEARCH_URL"] = relay.url
    try:
        before = add_supplier(capabilities=["đúc áp lực nhôm"])
        relay.cut()  # the cluster goes away between two writes
        during = [add_supplier(capabilities=["mạ kẽm nhúng nóng"]) for _ in range(3)]
        before.capabilities = ["đúc áp lực nhôm", "mạ kẽm nhúng nóng"]
        db.session.commit()
        assert service.outbox_size() == 4
        fallback = service.search_suppliers(SearchQuery(text="ma kem nhung nong"))
        assert fallback.backend == "embedded" and set(fallback.ids) == {before.id, *(s.id for s in during)}
        relay.start()  # back: the next successful write or a replay sends what waited
        assert service.replay_outbox().remaining == 0
        result = service.search_suppliers(SearchQuery(text="ma kem nhung nong"))
        assert result.backend == "elasticsearch" and set(result.ids) == set(fallback.ids)
    finally:
        relay.cut()


def test_search_verify_finds_no_drift(live_elasticsearch, runner, add_supplier):
    add_supplier(capabilities=["ép phun nhựa"], certifications=["ISO 9001"])
    add_supplier(published=False)
    result = runner.invoke(args=["search", "verify", "--no-repair"])
    assert result.exit_code == 0, result.output
    assert "elasticsearch" in result.output and "in step with the database" in result.output


def test_an_older_mapping_is_replaced_by_a_versioned_reindex(live_elasticsearch, add_supplier):
    es = service.external_backend()
    old = index_mapping()
    old["mappings"]["_meta"] = {"matchmaker_mapping": MAPPING_VERSION - 1}
    es.client.indices.create(index=f"{live_elasticsearch}-old", **old)
    es.client.indices.update_aliases(actions=[{"add": {"index": f"{live_elasticsearch}-old",
                                                       "alias": live_elasticsearch}}])
    es._ready = False
    supplier = add_supplier(capabilities=["cắt laser"])  # refused by the old index: waits in the outbox
    assert service.outbox_size() == 1
    assert service.search_suppliers(SearchQuery(text="cat laser")).backend == "embedded"
    report = service.rebuild_index()
    assert report.error is None and "elasticsearch" in report.backends and service.outbox_size() == 0
    assert set(es.mapping_versions().values()) == {MAPPING_VERSION}
    assert not es.client.indices.exists(index=f"{live_elasticsearch}-old")
    assert service.search_suppliers(SearchQuery(text="cat laser")).ids == [supplier.id]


def test_the_live_node_passes_the_start_up_check_and_health(live_elasticsearch, client):
    assert service.external_backend().check() is None
    health = client.get("/healthz").get_json()
    assert health["status"] == "ok" and health["search"]["backend"] == "elasticsearch"


def test_the_search_page_answers_from_elasticsearch(live_elasticsearch, client, add_supplier):
    add_supplier(name="Công ty Đúc Đồng Phúc Thọ", materials=["đồng thau C3604"])
    page = client.get("/search?q=brass")
    assert page.status_code == 200 and "Phúc Thọ" in page.get_data(as_text=True)
    assert service.search_suppliers(SearchQuery(text="brass")).backend == "elasticsearch"
