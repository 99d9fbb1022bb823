"""The Elasticsearch backend: the only module that imports elasticsearch.

`index_mapping` and `build_search_body` are pure, so the requests can be checked without a cluster. The index
is reached through an alias; a rebuild loads a fresh `<alias>-<timestamp>` index and swaps the alias in one
atomic step, so searches never see an empty or half-built index.
"""
from contextlib import contextmanager
from datetime import datetime, timezone

from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import BulkIndexError, bulk, scan

from .base import BackendUnavailable, SearchBackend
from .query import ANY_OF, FACET_FIELDS, SearchResult, clean_filters, cumulative_five_s, five_s_at_least
from .terms import plan_query

SEARCH_FIELDS = ["name^3", "name_en^3", "capabilities^2.5", "products^2.5", "materials^2", "description",
                 "text^0.3"]
HIGHLIGHT_FIELDS = ("capabilities", "products", "materials", "description", "name_en")
LIST_FIELDS = ("capabilities", "products", "materials")  # short, newline-separated items: highlight whole
FACET_SIZES = {"sector": 20, "certification": 50, "five_s": 10, "province": 100, "district": 300, "kip": 2,
               "verified": 2, "size": 10}
TEXT = {"type": "text", "analyzer": "vi_index", "search_analyzer": "vi_search"}


def index_mapping():
    """Settings and mappings of the supplier index: Vietnamese-folding text fields, keyword facet fields."""
    folding = ["lowercase", "vi_folding", "plural"]
    return {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                "filter": {
                    # asciifolding also maps đ to d; keeping the original ranks exact diacritics a little higher.
                    "vi_folding": {"type": "asciifolding", "preserve_original": True},
                    "plural": {"type": "stemmer", "language": "minimal_english"},
                    # "SUS304" is also indexed as "sus" + "304", so "SUS 304" finds it.
                    "split_codes": {"type": "word_delimiter_graph", "split_on_numerics": True,
                                    "preserve_original": True, "split_on_case_change": False},
                },
                "analyzer": {
                    "vi_index": {"type": "custom", "tokenizer": "standard", "filter": ["split_codes", *folding]},
                    "vi_search": {"type": "custom", "tokenizer": "standard", "filter": folding},
                },
            },
        },
        "mappings": {
            "dynamic": False,
            "properties": {
                "id": {"type": "integer"},
                "external_id": {"type": "keyword"},
                **{name: TEXT for name in ("name", "name_en", "description", "capabilities", "products",
                                           "materials", "text")},
                **{name: {"type": "keyword"} for name in ("sectors", "certifications", "five_s", "province",
                                                          "district", "size")},
                "key_industrial_product": {"type": "integer"},
                "has_kip": {"type": "boolean"},
                "verified": {"type": "boolean"},
                "updated_at": {"type": "date"},
            },
        },
    }


def _filter_clauses(filters, skip=None):
    """Elasticsearch filter clauses for the facet filters, leaving out the facet named `skip`."""
    clauses = []
    for facet, value in filters.items():
        if facet == skip:
            continue
        field = FACET_FIELDS[facet]
        if facet in ANY_OF:
            clauses.append({"terms": {field: value}})
        elif facet == "certification":
            clauses.extend({"term": {field: name}} for name in value)
        elif facet == "five_s":
            clauses.append({"terms": {field: five_s_at_least(value)}})
        else:
            clauses.append({"term": {field: True}})
    return clauses


def _text_query(text):
    """The query plan of terms.py as Elasticsearch clauses: dis_max per clause, minimum_should_match overall."""
    plan = plan_query(text)
    if not plan.clauses:
        return {"match_all": {}}

    def clause_query(clause):
        return {"dis_max": {"queries": [
            {"multi_match": {"query": alt.text, "type": "cross_fields", "operator": "and",
                             "fields": SEARCH_FIELDS, "boost": alt.weight}}
            for alt in clause.alternatives]}}

    required = [clause_query(c) for c in plan.required]
    query = {"bool": {"must": [{"bool": {"should": required, "minimum_should_match": plan.minimum_should_match}}]}}
    optional = [clause_query(c) for c in plan.clauses if c.optional]
    if optional:
        query["bool"]["should"] = optional
    return query


def _aggregations(filters):
    aggs = {}
    for facet, field in FACET_FIELDS.items():
        # Each facet counts under the other facets' filters, so its own other values stay visible.
        others = _filter_clauses(filters, skip=None if facet == "certification" else facet)
        aggs[facet] = {"filter": {"bool": {"filter": others}},
                       "aggs": {"values": {"terms": {"field": field, "size": FACET_SIZES[facet]}}}}
    return aggs


def build_search_body(query):
    """The search request for a SearchQuery: text query, facet filters (post_filter), facet aggregations,
    highlights and the page."""
    filters = clean_filters(query.filters)
    text = query.text.strip()
    body = {
        "query": _text_query(text) if text else {"match_all": {}},
        "aggs": _aggregations(filters),
        "from": query.offset,
        "size": query.per_page,
        "track_total_hits": True,
        "sort": ["_score", {"id": "asc"}] if text else [{"updated_at": {"order": "desc"}}, {"id": "desc"}],
    }
    if filters:
        body["post_filter"] = {"bool": {"filter": _filter_clauses(filters)}}
    if text:
        body["highlight"] = {
            "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html",
            "fields": {name: ({"number_of_fragments": 0} if name in LIST_FIELDS
                              else {"fragment_size": 160, "number_of_fragments": 1}) for name in HIGHLIGHT_FIELDS},
        }
    return body


def _bucket_key(facet, bucket):
    if facet in ("kip", "verified"):
        return bucket.get("key_as_string") == "true" or bucket["key"] in (1, True)
    return bucket["key"]


def parse_response(response):
    """A SearchResult from an Elasticsearch search response."""
    hits = response["hits"]
    facets = {}
    for facet in FACET_FIELDS:
        buckets = response.get("aggregations", {}).get(facet, {}).get("values", {}).get("buckets", [])
        counts = {_bucket_key(facet, b): b["doc_count"] for b in buckets if b["doc_count"]}
        if facet == "five_s":
            counts = cumulative_five_s(counts)
        elif facet in ("kip", "verified"):
            counts = {True: counts[True]} if counts.get(True) else {}
        facets[facet] = counts
    highlights = {}
    for hit in hits["hits"]:
        found = hit.get("highlight", {})
        fragments = [" · ".join(line for line in fragment.split("\n") if "<mark>" in line)
                     if name in LIST_FIELDS else fragment
                     for name in HIGHLIGHT_FIELDS for fragment in found.get(name, [])]
        if fragments:
            highlights[int(hit["_id"])] = fragments[:3]
    return SearchResult(ids=[int(hit["_id"]) for hit in hits["hits"]], total=hits["total"]["value"],
                        facets=facets, highlights=highlights, backend=ElasticBackend.name)


@contextmanager
def _unavailable():
    """Turn 'cannot reach the cluster' (and a missing index) into BackendUnavailable."""
    try:
        yield
    except TransportError as error:
        raise BackendUnavailable(f"Elasticsearch unreachable: {error}") from error
    except ApiError as error:
        if error.meta.status == 404 or error.meta.status >= 500:
            raise BackendUnavailable(f"Elasticsearch refused: {error}") from error
        raise


class ElasticBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url, alias, client=None, timeout=10):
        self.alias = alias
        self.client = client or Elasticsearch(url, request_timeout=timeout, max_retries=1, retry_on_timeout=False)
        self._ready = False

    def _new_index(self):
        name = f"{self.alias}-{datetime.now(timezone.utc).strftime('%Y%m%d%H%M%S%f')}"
        self.client.indices.create(index=name, **index_mapping())
        return name

    def _ensure_index(self):
        """Create the first index behind the alias, so writes never auto-create an index without our mapping."""
        if self._ready:
            return
        if not self.client.indices.exists(index=self.alias):
            name = self._new_index()
            self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": self.alias}}])
        self._ready = True

    def _bulk(self, actions, refresh="wait_for"):
        try:
            bulk(self.client, actions, refresh=refresh, chunk_size=500)
        except BulkIndexError as error:
            real = [e for e in error.errors if next(iter(e.values())).get("status") != 404]
            if real:
                raise

    def index(self, docs):
        with _unavailable():
            self._ensure_index()
            self._bulk({"_op_type": "index", "_index": self.alias, "_id": str(doc["id"]), "_source": doc}
                       for doc in docs)

    def delete(self, ids):
        with _unavailable():
            self._ensure_index()
            self._bulk({"_op_type": "delete", "_index": self.alias, "_id": str(doc_id)} for doc_id in ids)

    def search(self, query):
        body = build_search_body(query)
        body["from_"] = body.pop("from")
        with _unavailable():
            return parse_response(self.client.search(index=self.alias, **body))

    def rebuild(self, docs):
        """Load a new index, swap the alias to it atomically, then drop the old indexes."""
        with _unavailable():
            name = self._new_index()
            try:
                self._bulk(({"_op_type": "index", "_index": name, "_id": str(doc["id"]), "_source": doc}
                            for doc in docs), refresh=False)
                self.client.indices.refresh(index=name)
            except BaseException:
                self.client.indices.delete(index=name, ignore_unavailable=True)
                raise
            old = self._current_indexes()
            actions = [{"add": {"index": name, "alias": self.alias}}]
            if self.client.indices.exists(index=self.alias) and not old:
                actions.append({"remove_index": {"index": self.alias}})  # a plain index squatting the name
            actions += [{"remove": {"index": index, "alias": self.alias}} for index in old]
            self.client.indices.update_aliases(actions=actions)
            for index in old:
                self.client.indices.delete(index=index, ignore_unavailable=True)
            self._ready = True
            return name

    def _current_indexes(self):
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias))

    def ids(self):
        with _unavailable():
            if not self.client.indices.exists(index=self.alias):
                return set()
            return {int(hit["_id"]) for hit in scan(self.client, index=self.alias, query={"query": {"match_all": {}}},
                                                     _source=False)}

    def documents(self):
        with _unavailable():
            if not self.client.indices.exists(index=self.alias):
                return []
            return [hit["_source"] for hit in scan(self.client, index=self.alias, query={"query": {"match_all": {}}})]

    def count(self):
        with _unavailable():
            if not self.client.indices.exists(index=self.alias):
                return 0
            return self.client.count(index=self.alias)["count"]
