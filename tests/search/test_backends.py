"""Search behaviour both backends must share: the embedded index and a live Elasticsearch node (marked
`elasticsearch`; skipped, with the reason, without ELASTICSEARCH_URL). One suite, so the two cannot drift."""
import os

import pytest

from matchmaker.search.embedded import EmbeddedBackend
from matchmaker.search.query import SearchQuery
from tests.search.documents import SUPPLIERS, doc

BACKENDS = ["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]


@pytest.fixture(params=BACKENDS)
def empty_backend(request, search_config):
    """An empty index of each backend."""
    if request.param == "embedded":
        yield EmbeddedBackend(search_config["SEARCH_FOLDER"])
        return
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL not set: no live Elasticsearch cluster (scripts/elasticsearch start)")
    from matchmaker.search.elastic import ElasticBackend

    backend = ElasticBackend(url, f"matchmaker-test-{os.getpid()}-{os.urandom(3).hex()}")
    yield backend
    backend.drop()


@pytest.fixture
def backend(empty_backend):
    empty_backend.index(SUPPLIERS)
    return empty_backend



def test_folded_query_finds_diacritic_text(backend):
    result = backend.search(SearchQuery(text="gia cong co khi"))
    # The writer's own words rank first; "gia công chi tiết" is another term of the same concept.
    assert set(result.ids[:2]) == {1, 4} and result.ids[2:] == [2]
    assert backend.search(SearchQuery(text="ÉP PHUN")).ids == [3]


def test_english_query_finds_vietnamese_through_the_vocabulary(backend):
    assert backend.search(SearchQuery(text="brass")).ids == [2]
    assert backend.search(SearchQuery(text="plastic injection moulding")).ids == [3]
    assert backend.search(SearchQuery(text="brass", filters={})).total == 1


def test_name_and_capabilities_rank_above_description(empty_backend):
    backend = empty_backend
    backend.index([doc(1, "Công ty A", "Chúng tôi cũng nhận mạ kẽm khi khách cần."),
                   doc(2, "Công ty B", capabilities="mạ kẽm nhúng nóng")])
    assert backend.search(SearchQuery(text="ma kem")).ids == [2, 1]


def test_every_word_must_match_but_common_words_only_add_score(backend):
    assert backend.search(SearchQuery(text="đúc đồng laser")).ids == []
    assert backend.search(SearchQuery(text="công ty đúc đồng")).ids == [2]


def test_without_text_lists_newest_first(backend):
    assert backend.search(SearchQuery()).ids == [4, 3, 2, 1]


def test_filters_and_facet_counts(backend):
    result = backend.search(SearchQuery(filters={"province": ["Hà Nội"], "five_s": "implemented"}))
    assert result.ids == [2, 1]
    # five_s counts ignore the five_s filter and are "at least" counts; province counts ignore province.
    assert result.facets["five_s"] == {"training": 2, "implemented": 2, "certified": 1}
    assert result.facets["province"] == {"Hà Nội": 2}
    assert result.facets["certification"] == {"ISO 9001": 2, "ISO 14001": 1}
    assert result.facets["kip"] == {True: 1} and result.facets["verified"] == {True: 1}


def test_any_of_facets_keep_their_other_values_visible(backend):
    result = backend.search(SearchQuery(filters={"province": ["Bắc Ninh"]}))
    assert result.ids == [3]
    assert result.facets["province"] == {"Hà Nội": 3, "Bắc Ninh": 1}
    assert result.facets["size"] == {"large": 1}
    both = backend.search(SearchQuery(filters={"province": ["Bắc Ninh", "Hà Nội"]}))
    assert both.total == 4


def test_certifications_are_all_of(backend):
    assert backend.search(SearchQuery(filters={"certification": ["ISO 9001"]})).total == 2
    result = backend.search(SearchQuery(filters={"certification": ["ISO 9001", "ISO 14001"]}))
    assert result.ids == [2]
    assert result.facets["certification"] == {"ISO 14001": 1, "ISO 9001": 1}


def test_boolean_and_size_filters(backend):
    assert backend.search(SearchQuery(filters={"kip": True})).ids == [2]
    assert backend.search(SearchQuery(filters={"verified": True})).ids == [1]
    assert backend.search(SearchQuery(filters={"size": ["micro", "large"]})).ids == [4, 3]
    assert backend.search(SearchQuery(filters={"no_such_facet": ["x"]})).total == 4


def test_pagination(empty_backend):
    backend = empty_backend
    backend.index([doc(i, f"Công ty cơ khí {i}", capabilities="tiện CNC") for i in range(1, 26)])
    first = backend.search(SearchQuery(text="tien cnc", per_page=10))
    third = backend.search(SearchQuery(text="tien cnc", page=3, per_page=10))
    assert first.total == third.total == 25
    assert len(first.ids) == 10 and len(third.ids) == 5
    assert not set(first.ids) & set(third.ids)
    assert backend.search(SearchQuery(text="tien cnc", page=4, per_page=10)).ids == []


def test_highlights_keep_diacritics_and_escape_html(empty_backend):
    backend = empty_backend
    backend.index([doc(1, "Công ty A", "Gia công <b>cơ khí</b> & hàn, " + "rất nhiều chữ " * 30,
                       capabilities="tiện CNC\nphay CNC\nmài")])
    snippets = backend.search(SearchQuery(text="gia cong co khi tien")).highlights[1]
    assert snippets[0] == "<mark>tiện</mark> CNC"
    assert "<mark>Gia công</mark> &lt;b&gt;<mark>cơ khí</mark>&lt;/b&gt; &amp; hàn" in snippets[1]
    assert snippets[1].endswith(" …") and "<b>" not in snippets[1]


def test_expansion_highlights_the_vietnamese_words(backend):
    snippets = backend.search(SearchQuery(text="brass")).highlights[2]
    assert any("<mark>thau</mark>" in snippet for snippet in snippets)


def test_update_and_delete(backend):
    backend.index([{**SUPPLIERS[2], "description": "", "capabilities": "thổi màng"}])
    assert backend.search(SearchQuery(text="thoi mang")).ids == [3]
    assert backend.search(SearchQuery(text="ép nhựa")).ids == []
    backend.delete([3, 99])
    assert backend.ids() == {1, 2, 4} and backend.count() == 3
    assert backend.search(SearchQuery(text="thoi mang")).ids == []


def test_rebuild_replaces_everything(backend):
    backend.rebuild(iter([doc(7, "Công ty May Hà Đông", capabilities="may mặc")]))
    assert backend.ids() == {7}
