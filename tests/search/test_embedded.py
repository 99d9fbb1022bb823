"""The embedded backend: folded BM25 ranking, bilingual expansion, facets, pages, highlights, persistence."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.search import embedded
from matchmaker.search.embedded import EmbeddedBackend
from matchmaker.search.query import SearchQuery

ROOT = Path(__file__).resolve().parents[2]


def doc(doc_id, name, description="", capabilities="", products="", materials="", **facets):
    base = {"id": doc_id, "external_id": f"01000000{doc_id:02d}", "name": name, "name_en": "",
            "description": description, "capabilities": capabilities, "products": products, "materials": materials,
            "text": "", "sectors": ["mechanical"], "certifications": [], "five_s": None, "province": "Hà Nội",
            "district": None, "key_industrial_product": None, "has_kip": False, "verified": False, "size": None,
            "updated_at": f"2026-01-{doc_id:02d}T00:00:00"}
    return {**base, **facets}


SUPPLIERS = [
    doc(1, "Công ty TNHH Cơ khí Chính xác Thăng Long", "Gia công cơ khí chính xác cho ngành ô tô.",
        capabilities="tiện CNC\nphay CNC", materials="thép S45C", certifications=["ISO 9001"],
        five_s="implemented", district="Thạch Thất", verified=True, size="medium"),
    doc(2, "Công ty Đúc Đồng Phúc Thọ", "Đúc và gia công chi tiết đồng thau cho van, vòi nước.",
        capabilities="đúc đồng", products="van đồng", materials="đồng thau C3604",
        certifications=["ISO 9001", "ISO 14001"], five_s="certified", district="Phúc Thọ", has_kip=True,
        key_industrial_product=2021, size="small"),
    doc(3, "Công ty Nhựa Bắc Ninh", "Ép phun nhựa kỹ thuật; khuôn mẫu.", capabilities="ép nhựa",
        sectors=["chemicals-rubber-plastics-pharma"], province="Bắc Ninh", five_s="training", size="large"),
    doc(4, "Xưởng cơ khí Đông Anh", "Nhận gia công cơ khí, hàn, cắt laser.", capabilities="hàn\ncắt laser",
        five_s="none", district="Đông Anh", size="micro"),
]


@pytest.fixture
def backend(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"])
    backend.index(SUPPLIERS)
    return backend


def test_folded_query_finds_diacritic_text(backend):
    result = backend.search(SearchQuery(text="gia cong co khi"))
    # The writer's own words rank first; "gia công chi tiết" is another term of the same concept.
    assert set(result.ids[:2]) == {1, 4} and result.ids[2:] == [2]
    assert backend.search(SearchQuery(text="ÉP PHUN")).ids == [3]


def test_english_query_finds_vietnamese_through_the_vocabulary(backend):
    assert backend.search(SearchQuery(text="brass")).ids == [2]
    assert backend.search(SearchQuery(text="plastic injection moulding")).ids == [3]
    assert backend.search(SearchQuery(text="brass", filters={})).total == 1


def test_expansion_can_be_switched_off(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"], expand=False)
    backend.index(SUPPLIERS)
    assert backend.search(SearchQuery(text="brass")).ids == []


def test_name_and_capabilities_rank_above_description(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"])
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


def test_pagination(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"])
    backend.index([doc(i, f"Công ty cơ khí {i}", capabilities="tiện CNC") for i in range(1, 26)])
    first = backend.search(SearchQuery(text="tien cnc", per_page=10))
    third = backend.search(SearchQuery(text="tien cnc", page=3, per_page=10))
    assert first.total == third.total == 25
    assert len(first.ids) == 10 and len(third.ids) == 5
    assert not set(first.ids) & set(third.ids)
    assert backend.search(SearchQuery(text="tien cnc", page=4, per_page=10)).ids == []


def test_highlights_keep_diacritics_and_escape_html(search_config):
    backend = EmbeddedBackend(search_config["SEARCH_FOLDER"])
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


def test_index_survives_a_restart(backend, search_config):
    embedded._states.clear()  # a new process: nothing in memory
    again = EmbeddedBackend(search_config["SEARCH_FOLDER"])
    assert again.count() == 4 and again.search(SearchQuery(text="brass")).ids == [2]


def test_rebuild_replaces_everything(backend):
    backend.rebuild(iter([doc(7, "Công ty May Hà Đông", capabilities="may mặc")]))
    assert backend.ids() == {7}
    embedded._states.clear()
    assert backend.ids() == {7}


def test_another_process_sees_changes(backend, search_config):
    assert backend.search(SearchQuery(text="anodising")).ids == []
    new = doc(9, "Công ty Xi mạ Sài Đồng", capabilities="anodising\nanot hóa")
    script = ("import json, sys; from matchmaker.search.embedded import EmbeddedBackend;"
              "EmbeddedBackend(sys.argv[1]).index([json.loads(sys.argv[2])])")
    subprocess.run([sys.executable, "-c", script, search_config["SEARCH_FOLDER"], json.dumps(new)],
                   check=True, cwd=ROOT)
    assert backend.search(SearchQuery(text="anodising")).ids == [9]
    assert backend.count() == 5


def test_journal_is_folded_into_a_new_snapshot(backend, search_config, monkeypatch):
    monkeypatch.setattr(embedded, "COMPACT_AFTER", 0)
    folder = Path(search_config["SEARCH_FOLDER"])
    before = json.loads((folder / embedded.SNAPSHOT).read_text())["generation"] if (
        folder / embedded.SNAPSHOT).exists() else None
    backend.index([doc(5, "Công ty Sơn tĩnh điện", capabilities="sơn tĩnh điện")])
    snapshot = json.loads((folder / embedded.SNAPSHOT).read_text())
    assert snapshot["generation"] != before and len(snapshot["docs"]) == 5
    assert (folder / embedded.JOURNAL).read_bytes() == b""
    embedded._states.clear()
    assert backend.search(SearchQuery(text="son tinh dien")).ids == [5]
