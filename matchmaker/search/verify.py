"""`flask search verify`: compare the search index and the match model with the database, and repair drift.

Drift has three kinds: a published supplier the index lacks (missing), an entry for a supplier that is gone or
unpublished (orphan), and an entry that no longer equals the document the database gives today (stale: compared
by a hash of the whole document, so a changed certificate or an expired one counts as well as `updated_at`).
"""
import hashlib
import json
from dataclasses import dataclass, field

from ..matches import store
from .base import BackendUnavailable
from .service import all_documents, embedded_backend, external_backend, index_suppliers


@dataclass
class Drift:
    """How one derived index differs from the database."""
    target: str
    checked: int = 0
    missing: list = field(default_factory=list)
    orphans: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    error: str | None = None

    @property
    def ids(self):
        """Every supplier id whose entry must be rewritten or removed."""
        return sorted(set(self.missing) | set(self.orphans) | set(self.stale))

    @property
    def clean(self):
        return not self.ids and self.error is None


@dataclass
class VerifyReport:
    drifts: list
    repaired: bool = False

    @property
    def clean(self):
        return all(drift.clean for drift in self.drifts)


def document_digest(doc):
    """A hash of a search document; JSON with sorted keys, so it survives a round trip through any backend."""
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def compare(expected, found, target):
    """Drift between {id: digest} the database gives and {id: digest} an index holds."""
    return Drift(target=target, checked=len(found),
                 missing=sorted(expected.keys() - found.keys()),
                 orphans=sorted(found.keys() - expected.keys()),
                 stale=sorted(i for i in expected.keys() & found.keys() if expected[i] != found[i]))


def _index_drift(expected, backend):
    try:
        found = {int(doc["id"]): document_digest(doc) for doc in backend.documents()}
    except BackendUnavailable as error:
        return Drift(target=backend.name, error=str(error))
    return compare(expected, found, backend.name)


def check():
    """The drift of the embedded index, Elasticsearch (when configured) and the match model."""
    expected = {doc["id"]: document_digest(doc) for doc in all_documents()}
    backends = [embedded_backend()] + [b for b in [external_backend()] if b is not None]
    drifts = [_index_drift(expected, backend) for backend in backends]
    missing, orphans, stale = store.model_drift()
    drifts.append(Drift(target="match model", checked=len(expected), missing=missing, orphans=orphans, stale=stale))
    return drifts


def verify_index(repair=True):
    """Report drift between the database and its derived indexes; with repair, rewrite what drifted."""
    drifts = check()
    report = VerifyReport(drifts=drifts)
    if not repair or report.clean:
        return report
    search_ids = sorted({i for drift in drifts if drift.target != "match model" for i in drift.ids})
    # index_suppliers also queues in the outbox what an unreachable Elasticsearch could not take.
    index_suppliers(search_ids)
    store.repair_model(drifts[-1].ids)
    report.repaired = True
    return report
