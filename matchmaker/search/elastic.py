"""The Elasticsearch backend: the only module that imports elasticsearch.

Elasticsearch analyses nothing itself: every searched field is sent as the terms of the one search analyser
(terms.py) joined by spaces and indexed with the `whitespace` analyzer, and queries are the same query plan's
terms. So both backends see exactly the same tokens, and "SUS 304", "gia công" or "anodised" mean the same
on either. Highlights are made from the stored text by the shared highlighter.

`index_mapping` and `build_search_body` are pure, so the requests can be checked without a cluster. The index
is reached through an alias; a rebuild loads a fresh `<alias>-<timestamp>` index and swaps the alias in one
atomic step, so searches never see an empty or half-built index. The mapping carries a version: an index
with an older mapping is not used (searches fall back, writes wait in the outbox) until `flask search
rebuild` reindexes the database into a new one.
"""
from contextlib import contextmanager
from datetime import datetime, timezone

from elasticsearch import ApiError, AuthenticationException, Elasticsearch, TransportError, UnsupportedProductError
from elasticsearch.helpers import bulk, scan

from .base import BackendUnavailable, DocumentsRejected, SearchBackend
from .highlight import page_highlights
from .inverted import FIELD_BOOSTS, field_text, searched_texts
from .query import ANY_OF, FACET_FIELDS, SearchResult, clean_filters, cumulative_five_s, five_s_at_least
from .terms import plan_query, terms

MAPPING_VERSION = 2
SUPPORTED_MAJOR = 8
SEARCH_FIELDS = [f"{name}_terms^{boost:g}" for name, boost in FIELD_BOOSTS.items()]
FACET_SIZES = {"sector": 20, "certification": 50, "five_s": 10, "province": 100, "district": 300, "kip": 2,
               "verified": 2, "size": 10}
# Terms from terms.py, already folded and stemmed; whitespace is a core analyzer, so any 8.x cluster has it.
TERMS = {"type": "text", "analyzer": "whitespace"}
STORED_TEXT = {"type": "text", "index": False}


def index_mapping(shards=1, replicas=0):
    """Settings and mappings of the supplier index: pre-analysed term fields, keyword facet fields."""
    return {
        "settings": {"number_of_shards": shards, "number_of_replicas": replicas},
        "mappings": {
            "dynamic": False,
            "_meta": {"matchmaker_mapping": MAPPING_VERSION},
            # The term fields are searched, never shown: keeping them out of _source halves the stored size.
            "_source": {"excludes": ["*_terms"]},
            "properties": {
                "id": {"type": "integer"},
                "external_id": {"type": "keyword"},
                **{f"{name}_terms": TERMS for name in FIELD_BOOSTS},
                **{name: STORED_TEXT for name in ("name", "name_en", "description", "capabilities", "products",
                                                  "materials")},
                **{name: {"type": "keyword"} for name in ("sectors", "certifications", "five_s", "province",
                                                          "district", "size")},
                "key_industrial_product": {"type": "integer"},
                "has_kip": {"type": "boolean"},
                "verified": {"type": "boolean"},
                "updated_at": {"type": "date"},
            },
        },
    }


def index_document(doc):
    """The document as Elasticsearch stores it: the search document plus the terms of each searched field."""
    return {**doc, **{f"{name}_terms": " ".join(terms(field_text(doc, name))) for name in FIELD_BOOSTS}}


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


def _text_query(plan):
    """The query plan of terms.py as Elasticsearch clauses: dis_max per clause, minimum_should_match overall."""
    if not plan.clauses:
        return {"match_all": {}}

    def clause_query(clause):
        return {"dis_max": {"queries": [
            {"multi_match": {"query": " ".join(alt.words), "type": "cross_fields", "operator": "and",
                             "analyzer": "whitespace", "fields": SEARCH_FIELDS, "boost": alt.weight}}
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


def search_plan(query):
    """The query plan of a search, or None without text."""
    return plan_query(query.text) if query.text.strip() else None


def build_search_body(query, plan=None):
    """The search request for a SearchQuery: text query, facet filters (post_filter), facet aggregations and
    the page."""
    filters = clean_filters(query.filters)
    plan = plan or search_plan(query)
    body = {
        "query": _text_query(plan) if plan else {"match_all": {}},
        "aggs": _aggregations(filters),
        "from": query.offset,
        "size": query.per_page,
        "track_total_hits": True,
        "sort": ["_score", {"id": "asc"}] if plan else [{"updated_at": {"order": "desc"}}, {"id": "desc"}],
    }
    if filters:
        body["post_filter"] = {"bool": {"filter": _filter_clauses(filters)}}
    return body


def _bucket_key(facet, bucket):
    if facet in ("kip", "verified"):
        return bucket.get("key_as_string") == "true" or bucket["key"] in (1, True)
    return bucket["key"]


def parse_response(response, plan=None):
    """A SearchResult from an Elasticsearch search response (highlights for the plan's words)."""
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
    docs = {int(hit["_id"]): hit.get("_source", {}) for hit in hits["hits"]}
    return SearchResult(ids=list(docs), total=hits["total"]["value"], facets=facets,
                        highlights=page_highlights(docs, plan, searched_texts), backend=ElasticBackend.name)


@contextmanager
def _unavailable():
    """Turn 'cannot reach the cluster' (and a missing index, a refusal, a wrong server) into BackendUnavailable."""
    try:
        yield
    except UnsupportedProductError as error:
        raise BackendUnavailable(f"ELASTICSEARCH_URL does not answer as Elasticsearch: {error}") from error
    except AuthenticationException as error:
        raise BackendUnavailable(f"Elasticsearch refused the credentials: {error}") from error
    except TransportError as error:
        raise BackendUnavailable(f"Elasticsearch unreachable: {error}") from error
    except ApiError as error:
        if error.meta.status in (403, 404) or error.meta.status >= 500:
            raise BackendUnavailable(f"Elasticsearch refused: {error}") from error
        raise


def _failures(errors):
    """{supplier id: reason} of bulk items that failed (deleting what is already gone is no failure)."""
    failed = {}
    for item in errors:
        action, result = next(iter(item.items()))
        if action == "delete" and result.get("status") == 404:
            continue
        error = result.get("error") or {}
        failed[int(result["_id"])] = error.get("reason") or error.get("type") or f"status {result.get('status')}"
    return failed


def client_options(config):
    """Elasticsearch client keyword arguments from the app config: credentials and TLS, never logged."""
    options = {}
    if config.get("ELASTICSEARCH_API_KEY"):
        options["api_key"] = config["ELASTICSEARCH_API_KEY"]
    elif config.get("ELASTICSEARCH_USERNAME"):
        options["basic_auth"] = (config["ELASTICSEARCH_USERNAME"], config.get("ELASTICSEARCH_PASSWORD") or "")
    if config.get("ELASTICSEARCH_CA_CERTS"):
        options["ca_certs"] = config["ELASTICSEARCH_CA_CERTS"]
    return options


class ElasticBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url, alias, client=None, timeout=10, shards=1, replicas=0, **options):
        self.alias = alias
        self.shards, self.replicas = shards, replicas
        self.client = client or Elasticsearch(url, request_timeout=timeout, max_retries=1, retry_on_timeout=False,
                                              **options)
        self._ready = False

    def check(self):
        """None when the cluster answers as Elasticsearch of the supported major version, else what is wrong."""
        try:
            with _unavailable():
                version = self.client.info()["version"]["number"]
        except BackendUnavailable as error:
            return str(error)
        if int(version.split(".")[0]) != SUPPORTED_MAJOR:
            return f"Elasticsearch {version} answers at ELASTICSEARCH_URL; this version supports {SUPPORTED_MAJOR}.x"
        return None

    def _new_index(self):
        name = f"{self.alias}-{datetime.now(timezone.utc).strftime('%Y%m%d%H%M%S%f')}"
        self.client.indices.create(index=name, **index_mapping(self.shards, self.replicas))
        return name

    def mapping_versions(self):
        """{index name: mapping version} of the indexes behind the alias."""
        mappings = self.client.indices.get_mapping(index=self.alias)
        return {name: (body["mappings"].get("_meta") or {}).get("matchmaker_mapping", 1)
                for name, body in mappings.items()}

    def _ensure_index(self):
        """Create the first index behind the alias (so writes never auto-create one without our mapping), and
        refuse an index of an older mapping until a rebuild replaces it."""
        if self._ready:
            return
        if not self.client.indices.exists(index=self.alias):
            name = self._new_index()
            self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": self.alias}}])
        outdated = {name: v for name, v in self.mapping_versions().items() if v != MAPPING_VERSION}
        if outdated:
            raise BackendUnavailable(f"Elasticsearch index {', '.join(outdated)} has mapping version "
                                     f"{min(outdated.values())}, not {MAPPING_VERSION}: run `flask search rebuild`")
        self._ready = True

    def _bulk(self, actions, refresh="wait_for"):
        """Send the actions; return {supplier id: reason} of the documents the cluster refused."""
        _, errors = bulk(self.client, actions, refresh=refresh, chunk_size=500, raise_on_error=False,
                         raise_on_exception=True)
        return _failures(errors)

    def _write(self, actions):
        with _unavailable():
            self._ensure_index()
            failed = self._bulk(actions)
        if failed:
            raise DocumentsRejected(failed)

    def _index_actions(self, index, docs):
        return ({"_op_type": "index", "_index": index, "_id": str(doc["id"]), "_source": index_document(doc)}
                for doc in docs)

    def index(self, docs):
        self._write(self._index_actions(self.alias, docs))

    def delete(self, ids):
        self._write({"_op_type": "delete", "_index": self.alias, "_id": str(doc_id)} for doc_id in ids)

    def search(self, query):
        plan = search_plan(query)
        body = build_search_body(query, plan)
        body["from_"] = body.pop("from")
        with _unavailable():
            self._ensure_index()
            return parse_response(self.client.search(index=self.alias, **body), plan)

    def rebuild(self, docs):
        """Load a new index, swap the alias to it atomically, then drop the old indexes. Documents the cluster
        refused are raised (DocumentsRejected) after the swap: one bad profile must not hold back the others."""
        with _unavailable():
            name = self._new_index()
            try:
                failed = self._bulk(self._index_actions(name, docs), refresh=False)
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
        if failed:
            raise DocumentsRejected(failed)
        return name

    def drop(self):
        """Delete every index of this alias (tests, benchmarks). Clusters refuse wildcard deletes by default
        (action.destructive_requires_name), so the names are listed first."""
        with _unavailable():
            names = sorted(self.client.indices.get(index=f"{self.alias}*", expand_wildcards="all"))
            if names:
                self.client.indices.delete(index=",".join(names), ignore_unavailable=True)

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
