"""The service: backend choice, fallback when Elasticsearch is unreachable, the outbox, rebuild and status."""
import logging

from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.search import service
from matchmaker.search.models import SearchOutbox
from matchmaker.search.query import SearchQuery
from matchmaker.suppliers.models import Supplier


def test_embedded_is_the_default(add_supplier):
    supplier = add_supplier(capabilities=["mạ kẽm"])
    assert service.backend().name == "embedded"
    result = service.search_suppliers(SearchQuery(text="ma kem"))
    assert result.ids == [supplier.id] and result.backend == "embedded"
    assert service.suppliers_in_order(result.ids) == [supplier]


def test_rows_come_back_in_ranked_order(add_supplier):
    first, second, third = (add_supplier() for _ in range(3))
    ids = [third.id, first.id, second.id]
    assert [s.id for s in service.suppliers_in_order(ids)] == ids
    assert service.suppliers_in_order([]) == []


def test_search_falls_back_when_elasticsearch_is_unreachable(unreachable_elasticsearch, add_supplier, caplog):
    supplier = add_supplier(capabilities=["đúc nhôm"])
    assert service.backend().name == "elasticsearch"
    # Alembic's fileConfig (run by the test database's upgrade) disables loggers that already existed.
    logging.getLogger("matchmaker.search.service").disabled = False
    with caplog.at_level(logging.WARNING, logger="matchmaker.search.service"):
        result = service.search_suppliers(SearchQuery(text="duc nhom"))
    assert result.ids == [supplier.id] and result.backend == "embedded"
    assert "falls back" in caplog.text


def test_unreachable_elasticsearch_queues_changes_and_keeps_the_fallback_current(unreachable_elasticsearch,
                                                                                  add_supplier):
    supplier = add_supplier(capabilities=["sơn tĩnh điện"])
    assert db.session.scalars(select(SearchOutbox.supplier_id)).all() == [supplier.id]
    assert service.embedded_backend().ids() == {supplier.id}
    # Changed again while still unreachable: still one row, with a later time.
    first_queued = db.session.get(SearchOutbox, supplier.id).queued_at
    service.index_suppliers([supplier.id])
    assert service.outbox_size() == 1
    assert db.session.get(SearchOutbox, supplier.id).queued_at >= first_queued


def test_replay_keeps_rows_while_elasticsearch_is_down(unreachable_elasticsearch, add_supplier):
    supplier = add_supplier()
    report = service.replay_outbox()
    assert (report.sent, report.remaining) == (0, 1) and report.error
    assert db.session.get(SearchOutbox, supplier.id).attempts == 1


def test_replay_without_elasticsearch_says_so(search_config):
    db.session.add(SearchOutbox(supplier_id=1))
    db.session.commit()
    report = service.replay_outbox()
    assert report.remaining == 1 and "ELASTICSEARCH_URL" in report.error


def test_deleted_and_unpublished_suppliers_leave_the_index(add_supplier):
    kept, hidden, deleted = add_supplier(), add_supplier(), add_supplier()
    hidden.published = False
    db.session.delete(deleted)
    db.session.commit()
    service.index_suppliers([kept.id, hidden.id, deleted.id])
    assert service.embedded_backend().ids() == {kept.id}


def test_rebuild_indexes_the_database_and_runs_hooks(app, add_supplier):
    suppliers = [add_supplier() for _ in range(3)]
    service.embedded_backend().rebuild([])  # drift: the index lost everything
    calls = []
    service.add_rebuild_hook(app, lambda: calls.append("refit"))
    try:
        report = service.rebuild_index()
    finally:
        app.extensions[service.HOOKS_KEY].pop()
    assert report.indexed == 3 and report.backends == ["embedded"] and report.error is None
    assert service.embedded_backend().ids() == {s.id for s in suppliers}
    assert calls == ["refit"]


def test_rebuild_reports_an_unreachable_elasticsearch_but_still_rebuilds_the_fallback(unreachable_elasticsearch,
                                                                                    add_supplier):
    supplier = add_supplier()
    service.embedded_backend().rebuild([])
    report = service.rebuild_index()
    assert report.error and report.backends == ["embedded"]
    assert service.embedded_backend().ids() == {supplier.id}


def test_status_compares_the_index_with_the_database(add_supplier):
    indexed, missing = add_supplier(), add_supplier()
    service.embedded_backend().delete([missing.id])
    service.embedded_backend().index([{**_doc_of(indexed), "id": 999}])
    status = service.index_status()
    assert status["backend"] == "embedded" and status["database"] == 2 and status["indexed"] == 2
    assert status["missing"] == [missing.id] and status["orphans"] == [999] and status["outbox"] == 0


def _doc_of(supplier):
    from matchmaker.search.documents import supplier_document

    return supplier_document(db.session.get(Supplier, supplier.id))


def test_cli_rebuild_status_and_replay(runner, add_supplier):
    add_supplier()
    service.embedded_backend().rebuild([])
    result = runner.invoke(args=["search", "status"])
    assert "missing: 1" in result.output and "search rebuild" in result.output
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 0 and "indexed: 1 suppliers" in result.output
    assert "missing: 0" in runner.invoke(args=["search", "status"]).output
    result = runner.invoke(args=["search", "replay"])
    assert result.exit_code == 1 and "ELASTICSEARCH_URL" in result.output


def test_cli_rebuild_fails_loudly_when_elasticsearch_is_down(runner, unreachable_elasticsearch, add_supplier):
    add_supplier()
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 1 and "Elasticsearch was not rebuilt" in result.output
