"""Search: the backend interface, the embedded backend, the Elasticsearch backend, index documents, sync."""
