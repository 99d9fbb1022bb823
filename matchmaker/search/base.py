"""The search backend interface every engine implements, and the error that means "try the fallback"."""
from abc import ABC, abstractmethod


class BackendUnavailable(RuntimeError):
    """The search engine cannot be reached (or has no index); callers fall back or queue the change."""


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
