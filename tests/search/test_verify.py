"""`flask search verify`: drift between the database and the search index / match model is found and repaired."""
from sqlalchemy import delete

from matchmaker.extensions import db
from matchmaker.matches import store
from matchmaker.search import service
from matchmaker.search.query import SearchQuery
from matchmaker.search.sync import suppliers_changed
from matchmaker.search.verify import verify_index
from matchmaker.suppliers.models import Supplier
from tests.factories import SupplierFactory


def _drift(report, target):
    return next(d for d in report.drifts if d.target == target)


def _make_drift(add_supplier):
    """Three indexed suppliers, then changes the index never heard of; returns the ids by kind of drift."""
    kept, edited, removed = (add_supplier(capabilities=["tiện CNC"]) for _ in range(3))
    store.current_engine()  # the model is saved and knows all three
    with suppliers_changed.muted():  # commits that announce nothing, as a crashed process would leave them
        unannounced = SupplierFactory(capabilities=["mạ kẽm nhúng nóng"])   # committed, never indexed: missing
        edited.capabilities = ["đúc áp lực nhôm"]                          # changed behind the index's back: stale
        db.session.execute(delete(Supplier).where(Supplier.id == removed.id))  # deleted behind its back: orphan
        db.session.commit()
    service.embedded_backend().delete([kept.id])                          # lost from the index only
    ghost = {**service.embedded_backend().documents()[0], "id": 987654}
    service.embedded_backend().index([ghost])                             # in the index only
    return {"kept": kept.id, "edited": edited.id, "removed": removed.id, "new": unannounced.id, "ghost": 987654}


def test_a_fresh_index_is_in_step(add_supplier):
    add_supplier()
    add_supplier(published=False)
    store.current_engine()
    report = verify_index(repair=False)
    assert report.clean and [d.target for d in report.drifts] == ["embedded", "match model"]


def test_verify_reports_every_kind_of_drift_without_touching_it(add_supplier):
    ids = _make_drift(add_supplier)
    report = verify_index(repair=False)
    index = _drift(report, "embedded")
    assert index.missing == sorted([ids["kept"], ids["new"]])
    assert index.orphans == sorted([ids["removed"], ids["ghost"]])
    assert index.stale == [ids["edited"]]
    model = _drift(report, "match model")
    assert (model.missing, model.orphans, model.stale) == ([ids["new"]], [ids["removed"]], [ids["edited"]])
    assert not report.repaired
    assert verify_index(repair=False).drifts == report.drifts  # --no-repair changed nothing


def test_repair_brings_index_and_model_back_in_step(add_supplier):
    ids = _make_drift(add_supplier)
    assert verify_index(repair=True).repaired
    assert verify_index(repair=False).clean
    found = service.search_suppliers(SearchQuery(text="duc ap luc nhom")).ids
    assert found == [ids["edited"]]
    assert service.search_suppliers(SearchQuery(text="ma kem nhung nong")).ids == [ids["new"]]
    assert ids["ghost"] not in service.embedded_backend().ids()
    matched = store.current_engine().match({"external_id": "R1", "title": "hot-dip galvanising",
                                            "capabilities": ["mạ kẽm nhúng nóng"]}, top=3)
    assert matched and matched[0].external_id == db.session.get(Supplier, ids["new"]).external_id


def test_an_unpublished_profile_left_in_the_index_is_an_orphan(add_supplier):
    supplier = add_supplier()
    store.current_engine()
    supplier.published = False
    with suppliers_changed.muted():
        db.session.commit()
    report = verify_index(repair=True)
    assert _drift(report, "embedded").orphans == [supplier.id]
    assert _drift(report, "match model").orphans == [supplier.id]
    assert verify_index(repair=False).clean and service.embedded_backend().ids() == set()


def test_a_missing_model_is_refitted(add_supplier, search_config):
    supplier = add_supplier()
    store.current_engine()
    for path in (store._folder()).iterdir():
        if path.is_file():
            path.unlink()
    store._cache.clear()
    assert _drift(verify_index(repair=True), "match model").missing == [supplier.id]
    assert verify_index(repair=False).clean


def test_cli_prints_the_drift_and_exit_status(add_supplier, runner):
    ids = _make_drift(add_supplier)
    result = runner.invoke(args=["search", "verify", "--no-repair"])
    assert result.exit_code == 1
    assert "embedded: " in result.output and "missing: 2" in result.output and "stale: 1" in result.output
    assert f"ids {ids['edited']}" in result.output and "run `flask --app wsgi search verify --repair`" in result.output
    result = runner.invoke(args=["search", "verify"])
    assert result.exit_code == 0 and "repaired" in result.output
    result = runner.invoke(args=["search", "verify", "--no-repair"])
    assert result.exit_code == 0 and "in step with the database" in result.output


def test_unreachable_elasticsearch_is_reported_not_guessed(unreachable_elasticsearch, add_supplier, runner):
    add_supplier()
    store.current_engine()
    report = verify_index(repair=False)
    assert _drift(report, "elasticsearch").error and not report.clean
    assert _drift(report, "embedded").clean
    result = runner.invoke(args=["search", "verify"])
    assert result.exit_code == 1 and "error:" in result.output


def test_live_elasticsearch_drift_is_repaired(live_elasticsearch, add_supplier):
    first, second = add_supplier(), add_supplier()
    service.rebuild_index()
    service.external_backend().delete([first.id])
    with suppliers_changed.muted():  # changed behind the index's back
        second.capabilities = ["sơn tĩnh điện"]
        db.session.commit()
    elastic = _drift(verify_index(repair=True), "elasticsearch")
    assert (elastic.missing, elastic.stale) == ([first.id], [second.id])
    assert verify_index(repair=False).clean
