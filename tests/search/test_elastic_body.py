"""The Elasticsearch mapping, request bodies and response parsing: pure, no cluster needed."""
from matchmaker.search.elastic import MAPPING_VERSION, build_search_body, index_document, index_mapping, parse_response
from matchmaker.search.query import SearchQuery
from matchmaker.search.terms import plan_query, terms


def _multi_matches(node):
    """Every multi_match clause anywhere in a query body."""
    if isinstance(node, dict):
        found = [node["multi_match"]] if "multi_match" in node else []
        return found + [m for value in node.values() for m in _multi_matches(value)]
    if isinstance(node, list):
        return [m for value in node for m in _multi_matches(value)]
    return []


def test_mapping_indexes_the_shared_analysers_terms_and_keeps_facets_as_keywords():
    mapping = index_mapping()
    assert "analysis" not in mapping["settings"]  # nothing of Elasticsearch's own analysis is relied on
    assert mapping["mappings"]["_meta"] == {"matchmaker_mapping": MAPPING_VERSION}
    fields = mapping["mappings"]["properties"]
    for name in ("name", "name_en", "description", "capabilities", "products", "materials", "extras"):
        assert fields[f"{name}_terms"] == {"type": "text", "analyzer": "whitespace"}
    for name in ("sectors", "certifications", "five_s", "province", "district", "size", "external_id"):
        assert fields[name] == {"type": "keyword"}
    assert fields["has_kip"]["type"] == fields["verified"]["type"] == "boolean"
    assert fields["updated_at"]["type"] == "date"
    assert index_mapping(shards=3, replicas=1)["settings"] == {"number_of_shards": 3, "number_of_replicas": 1}


def test_documents_carry_the_terms_the_embedded_index_sees():
    doc = {"id": 1, "name": "Công ty Đúc Đồng", "capabilities": "Tiện CNC\nAnodised brackets",
           "materials": "SUS304", "certifications": ["ISO 9001"], "province": "Hà Nội", "district": None}
    indexed = index_document(doc)
    assert indexed["name_terms"] == " ".join(terms("Công ty Đúc Đồng")) == "cong ty duc dong"
    assert indexed["capabilities_terms"] == " ".join(terms(doc["capabilities"]))
    assert indexed["materials_terms"] == "sus 304"
    assert indexed["extras_terms"] == " ".join(terms("ISO 9001\nHà Nội"))
    assert indexed["name"] == doc["name"]  # the text itself is stored for snippets


def test_free_text_is_a_boosted_multi_match_of_the_query_plans_terms():
    body = build_search_body(SearchQuery(text="Brass valves", page=3, per_page=10))
    matches = _multi_matches(body["query"])
    assert matches[0]["query"] == "brass" and matches[0]["operator"] == "and"
    assert matches[0]["analyzer"] == "whitespace"
    assert "name_terms^3" in matches[0]["fields"] and "capabilities_terms^2.5" in matches[0]["fields"]
    assert "description_terms^1" in matches[0]["fields"]
    assert any(m["query"] == "dong vang" and m["boost"] < 1 for m in matches)  # folded, as the index holds it
    assert any(m["query"] == "valve" for m in matches)  # stemmed by the same analyser
    required = body["query"]["bool"]["must"][0]["bool"]
    assert required["minimum_should_match"] == 2 and len(required["should"]) == 2
    assert (body["from"], body["size"]) == (20, 10)
    assert body["track_total_hits"] is True
    assert "highlight" not in body  # snippets come from the shared highlighter
    assert "post_filter" not in body


def test_common_words_are_optional_clauses():
    body = build_search_body(SearchQuery(text="công ty đúc đồng"))
    optional = body["query"]["bool"]["should"]
    assert [m["query"] for m in _multi_matches(optional)] == ["cong", "ty"]


def test_empty_text_lists_everything_newest_first():
    body = build_search_body(SearchQuery())
    assert body["query"] == {"match_all": {}}
    assert body["sort"][0] == {"updated_at": {"order": "desc"}}
    assert "highlight" not in body


def test_filters_go_to_post_filter_and_each_facet_counts_without_its_own_filter():
    body = build_search_body(SearchQuery(filters={
        "sector": ["mechanical"], "certification": ["ISO 9001", "ISO 14001"], "five_s": "implemented",
        "kip": True, "verified": True, "province": ["Hà Nội"], "unknown": ["x"]}))
    clauses = body["post_filter"]["bool"]["filter"]
    assert {"terms": {"sectors": ["mechanical"]}} in clauses
    assert {"term": {"certifications": "ISO 9001"}} in clauses and {"term": {"certifications": "ISO 14001"}} in clauses
    assert {"terms": {"five_s": ["implemented", "certified"]}} in clauses
    assert {"term": {"has_kip": True}} in clauses and {"term": {"verified": True}} in clauses
    assert len(clauses) == 7
    aggs = body["aggs"]
    assert set(aggs) == {"sector", "certification", "five_s", "province", "district", "kip", "verified", "size"}
    assert aggs["sector"]["aggs"]["values"]["terms"]["field"] == "sectors"
    sector_filters = aggs["sector"]["filter"]["bool"]["filter"]
    assert {"terms": {"sectors": ["mechanical"]}} not in sector_filters and len(sector_filters) == 6
    assert len(aggs["certification"]["filter"]["bool"]["filter"]) == 7  # all-of: counts narrow
    assert {"terms": {"five_s": ["implemented", "certified"]}} not in aggs["five_s"]["filter"]["bool"]["filter"]


def test_parse_response_marks_the_matched_words_in_the_stored_text():
    response = {
        "hits": {"total": {"value": 42}, "hits": [
            {"_id": "7", "_source": {"capabilities": "tiện CNC\nphay CNC", "description": "Gia công tiện chính xác"}},
            {"_id": "3", "_source": {"capabilities": "phay CNC"}}]},
        "aggregations": {
            "sector": {"values": {"buckets": [{"key": "mechanical", "doc_count": 40}]}},
            "five_s": {"values": {"buckets": [{"key": "implemented", "doc_count": 5},
                                              {"key": "certified", "doc_count": 2}]}},
            "kip": {"values": {"buckets": [{"key": 1, "key_as_string": "true", "doc_count": 4},
                                           {"key": 0, "key_as_string": "false", "doc_count": 38}]}},
        },
    }
    result = parse_response(response, plan_query("tien"))
    assert result.ids == [7, 3] and result.total == 42
    assert result.facets["sector"] == {"mechanical": 40}
    assert result.facets["five_s"] == {"training": 7, "implemented": 7, "certified": 2}  # at least this level
    assert result.facets["kip"] == {True: 4} and result.facets["verified"] == {}
    assert result.highlights == {7: ["<mark>tiện</mark> CNC", "Gia công <mark>tiện</mark> chính xác"]}
