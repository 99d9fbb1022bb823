"""The search backend interface every engine implements, and the error that means "try the fallback"."""
from abc import ABC, abstractmethod


class BackendUnavailable(RuntimeError):
    """The search engine cannot be reached (or has no index); callers fall back or queue the change."""


class DocumentsRejected(BackendUnavailable):
    """The engine refused some documents of a write; `failed` maps each supplier id to the engine's reason."""

    def __init__(self, failed):
        self.failed = dict(failed)
        detail = "; ".join(f"{doc_id}: {reason}" for doc_id, reason in sorted(self.failed.items())[:5])
        more = f" (and {len(self.failed) - 5} more)" if len(self.failed) > 5 else ""
        super().__init__(f"Elasticsearch refused {len(self.failed)} documents: {detail}{more}")


class SearchBackend(ABC):
    """An index of supplier documents (see documents.py) that answers SearchQuery with a SearchResult."""

    name = "abstract"

    @abstractmethod
    def index(self, docs):
        """Add or replace these documents."""

    @abstractmethod
    def delete(self, ids):
        """Remove the documents with these supplier ids (unknown ids are ignored)."""

    @abstractmethod
    def search(self, query):
        """Return a SearchResult: ranked ids of one page, the total, facet counts and highlights."""

    @abstractmethod
    def rebuild(self, docs):
        """Replace the whole index with these documents (an iterable), without a moment of empty results."""

    @abstractmethod
    def ids(self):
        """Return the set of supplier ids in the index."""

    def documents(self):
        """Yield every stored document as the index holds it (for `flask search verify`)."""
        raise NotImplementedError

    @abstractmethod
    def count(self):
        """Return how many documents the index holds."""
