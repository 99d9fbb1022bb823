"""The Elasticsearch row of the benchmark: the app's own ElasticBackend on a live node, on the same documents.

A faceted search is `ElasticBackend.search` exactly as the search page asks it (the shared analyser's terms,
filters, facet aggregations, highlights). A requirement match is, as for tantivy, a BM25 query of the
requirement's title and description (any term, the same field boosts) with the hard constraints as filters:
each required certification valid on the day, and the 5S level at least the minimum. Latency includes the
HTTP round trip on loopback, which is what the app pays.
"""
import os

from ..matching.certifications import normalise_certification
from ..search.elastic import SEARCH_FIELDS, ElasticBackend
from ..search.query import SearchQuery, five_s_at_least
from ..search.terms import terms


class ElasticEngine:
    """A throw-away index on the cluster at `url`, deleted by close()."""

    def __init__(self, url):
        self.backend = ElasticBackend(url, f"matchmaker-bench-{os.getpid()}-{os.urandom(3).hex()}", timeout=120)
        self.client = self.backend.client

    def build(self, docs):
        self.backend.rebuild(docs)

    def disk_mib(self):
        stats = self.client.indices.stats(index=self.backend.alias, metric="store")
        return round(stats["_all"]["primaries"]["store"]["size_in_bytes"] / 2 ** 20)

    def match(self, requirement, top=10):
        """The external ids of the top BM25 suppliers for a requirement, hard constraints applied as filters."""
        text = " ".join(filter(None, [requirement.get("title"), requirement.get("description")]))
        filters = [{"term": {"certifications": normalise_certification(name)}}
                   for name in requirement.get("required_certifications") or []]
        if requirement.get("min_five_s"):
            filters.append({"terms": {"five_s": five_s_at_least(requirement["min_five_s"])}})
        query = {"bool": {"must": [{"multi_match": {"query": " ".join(terms(text)), "fields": SEARCH_FIELDS,
                                                    "analyzer": "whitespace"}}], "filter": filters}}
        hits = self.client.search(index=self.backend.alias, query=query, size=top, _source=["external_id"])
        return [(hit["_source"]["external_id"], hit["_score"]) for hit in hits["hits"]["hits"]]

    def search(self, text, filters):
        return self.backend.search(SearchQuery(text=text, filters=filters, page=1))

    def close(self):
        self.backend.drop()
