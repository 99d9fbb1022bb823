"""Search for the app: the configured backend, search with fallback, index upkeep, the outbox and rebuilds.

The embedded index is always kept current, even when Elasticsearch is configured: it is the fallback when the
cluster cannot be reached, so it must never be stale. Changes Elasticsearch missed wait in the outbox.
"""
import json
import logging
import time
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload

from ..caching import LRUCache
from ..extensions import db
from ..suppliers.models import Supplier
from ..timeutil import utcnow
from . import sync
from .base import BackendUnavailable, DocumentsRejected
from .documents import supplier_document
from .embedded import EmbeddedBackend
from .models import SearchOutbox

log = logging.getLogger(__name__)
# Visitors at a fair run the same few searches again and again; an entry is keyed by the index version, so it is
# found only while the index is unchanged. Only for the embedded index (Elasticsearch is another process's memory).
_results = LRUCache(512)
HOOKS_KEY = "matchmaker.rebuild_hooks"
CLIENTS_KEY = "matchmaker.elasticsearch"
CHUNK = 500


def init_app(app):
    """Keep the search index in step with supplier changes committed anywhere in the app."""
    sync.add_listener(app, index_suppliers)


def add_rebuild_hook(app, hook):
    """Register a callable() run at the end of every rebuild (e.g. refitting the match model)."""
    app.extensions.setdefault(HOOKS_KEY, []).append(hook)


def embedded_backend():
    """The in-process index in SEARCH_FOLDER."""
    return EmbeddedBackend(current_app.config["SEARCH_FOLDER"])


def external_backend():
    """The Elasticsearch backend when ELASTICSEARCH_URL is set, else None (one client per URL and index)."""
    url = current_app.config.get("ELASTICSEARCH_URL")
    if not url:
        return None
    alias = current_app.config["ELASTICSEARCH_INDEX"]
    clients = current_app.extensions.setdefault(CLIENTS_KEY, {})
    if (url, alias) not in clients:
        from .elastic import ElasticBackend, client_options  # imported only when configured

        config = current_app.config
        clients[(url, alias)] = ElasticBackend(url, alias, shards=config["ELASTICSEARCH_SHARDS"],
                                               replicas=config["ELASTICSEARCH_REPLICAS"], **client_options(config))
    return clients[(url, alias)]


def backend():
    """The configured backend: Elasticsearch when ELASTICSEARCH_URL is set, else the embedded index."""
    return external_backend() or embedded_backend()


def backend_health():
    """Which backend answers searches and, with ELASTICSEARCH_URL set, what is wrong with the cluster if anything
    (unreachable, not Elasticsearch, wrong major version, refused credentials)."""
    external = external_backend()
    if external is None:
        return {"backend": EmbeddedBackend.name}
    problem = external.check()
    if problem:
        return {"backend": EmbeddedBackend.name, "configured": external.name, "problem": problem,
                "outbox": outbox_size()}
    return {"backend": external.name, "outbox": outbox_size()}


def report_backend_problem(app):
    """Name a configured but unusable Elasticsearch at start-up; the app serves from the embedded index."""
    with app.app_context():
        health = backend_health()
    if health.get("problem"):
        app.logger.warning("ELASTICSEARCH_URL is set but unusable, searching the embedded index: %s",
                           health["problem"])
    return health


def search_suppliers(query):
    """Search the configured backend; when Elasticsearch is unreachable, answer from the embedded index."""
    external = external_backend()
    if external is not None:
        try:
            return external.search(query)
        except BackendUnavailable as error:
            log.warning("Search falls back to the embedded index: %s", error)
    return cached_search(embedded_backend(), query)


def cached_search(embedded, query):
    """The embedded index's answer, from the cache while the index is unchanged; shared: read, do not change."""
    key = (str(embedded.folder), embedded.expand, embedded.version(), query.text,
           json.dumps(query.filters, sort_keys=True, default=str), query.page, query.per_page)
    result = _results.get(key)
    if result is None:
        result = embedded.search(query)
        _results.put(key, result)
    return result


def suppliers_in_order(ids):
    """The Supplier rows of these ids, in the given (ranked) order."""
    if not ids:
        return []
    order = db.case({supplier_id: position for position, supplier_id in enumerate(ids)}, value=Supplier.id)
    return list(db.session.scalars(select(Supplier).where(Supplier.id.in_(ids)).order_by(order)))


def _documents(ids):
    """(documents of the published suppliers, ids to remove: deleted or unpublished suppliers)."""
    docs = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start: start + CHUNK]
        query = select(Supplier).where(Supplier.id.in_(chunk)).options(selectinload(Supplier.certifications))
        docs.extend(supplier_document(s) for s in db.session.scalars(query) if s.published)
    return docs, sorted(set(ids) - {doc["id"] for doc in docs})


def _apply(target, docs, gone):
    target.index(docs)
    target.delete(gone)


def index_suppliers(ids):
    """Bring these suppliers' index entries up to date (deleting those gone); queue what Elasticsearch missed."""
    ids = sorted(set(ids))
    if not ids:
        return
    docs, gone = _documents(ids)
    _apply(embedded_backend(), docs, gone)
    external = external_backend()
    if external is None:
        return
    try:
        _apply(external, docs, gone)
    except DocumentsRejected as error:
        log.error("%s; queued in the outbox", error)
        queue(sorted(error.failed))
    except BackendUnavailable as error:
        log.warning("Elasticsearch missed %d supplier changes; queued in the outbox: %s", len(ids), error)
        queue(ids)


def queue(ids):
    """Record supplier ids in the outbox (re-queuing refreshes queued_at) and commit."""
    now = utcnow()
    waiting = {row.supplier_id: row for row in
               db.session.scalars(select(SearchOutbox).where(SearchOutbox.supplier_id.in_(ids)))}
    for supplier_id in ids:
        if supplier_id in waiting:
            waiting[supplier_id].queued_at = now
        else:
            db.session.add(SearchOutbox(supplier_id=supplier_id, queued_at=now))
    db.session.commit()


def outbox_size():
    return db.session.scalar(select(func.count()).select_from(SearchOutbox))


@dataclass
class ReplayReport:
    sent: int = 0
    remaining: int = 0
    error: str | None = None


def replay_outbox():
    """Send the queued changes to Elasticsearch, oldest first; stops at the first failure (rows stay queued)."""
    external = external_backend()
    report = ReplayReport()
    if external is None:
        report.remaining = outbox_size()
        report.error = "ELASTICSEARCH_URL is not set: nothing to replay to"
        return report
    while rows := list(db.session.scalars(select(SearchOutbox).order_by(SearchOutbox.queued_at).limit(CHUNK))):
        started = utcnow()
        ids = [row.supplier_id for row in rows]
        try:
            _apply(external, *_documents(ids))
        except BackendUnavailable as error:
            for row in rows:
                row.attempts += 1
            db.session.commit()
            report.error = str(error)
            break
        # A supplier changed again while we sent it was re-queued with a later time: it stays for next time.
        # Not synchronised in Python: rows loaded from SQLite carry naive times that cannot be compared with
        # `started`; the database compares them itself.
        db.session.execute(delete(SearchOutbox).where(SearchOutbox.supplier_id.in_(ids),
                                                      SearchOutbox.queued_at <= started),
                           execution_options={"synchronize_session": False})
        db.session.commit()
        report.sent += len(ids)
    report.remaining = outbox_size()
    return report


def all_documents():
    """The search document of every published supplier, read in chunks."""
    query = select(Supplier).where(Supplier.published.is_(True)).options(
        selectinload(Supplier.certifications)).order_by(Supplier.id)
    for supplier in db.session.scalars(query.execution_options(yield_per=CHUNK)):
        yield supplier_document(supplier)


@dataclass
class RebuildReport:
    indexed: int = 0
    seconds: float = 0.0
    backends: list = field(default_factory=list)
    error: str | None = None


def rebuild_index():
    """Rebuild the embedded index and, when configured, Elasticsearch from the database; then run rebuild hooks."""
    started_clock, started = time.monotonic(), utcnow()
    docs = list(all_documents())
    embedded_backend().rebuild(docs)
    report = RebuildReport(indexed=len(docs), backends=["embedded"])
    external = external_backend()
    if external is not None:
        try:
            external.rebuild(docs)
        except DocumentsRejected as error:
            report.error = str(error)
            report.backends.append(external.name)
            _clear_outbox_before(started)
            queue(sorted(error.failed))
        except BackendUnavailable as error:
            report.error = str(error)
        else:
            report.backends.append(external.name)
            _clear_outbox_before(started)
    for hook in current_app.extensions.get(HOOKS_KEY, []):
        hook()
    report.seconds = time.monotonic() - started_clock
    return report


def _clear_outbox_before(started):
    """Everything queued before a rebuild began is in the new index now."""
    db.session.execute(delete(SearchOutbox).where(SearchOutbox.queued_at <= started),
                       execution_options={"synchronize_session": False})
    db.session.commit()


def index_status():
    """How the index compares with the database: counts, missing and orphaned ids, the outbox."""
    in_database = set(db.session.scalars(select(Supplier.id).where(Supplier.published.is_(True))))
    status = {"backend": backend().name, "database": len(in_database), "outbox": outbox_size()}
    try:
        indexed = backend().ids()
    except BackendUnavailable as error:
        status["error"] = str(error)
        indexed = embedded_backend().ids()
        status["backend"] = EmbeddedBackend.name
    status.update(indexed=len(indexed), missing=sorted(in_database - indexed), orphans=sorted(indexed - in_database))
    return status
