"""Supplier changes are announced once, after the commit, with every id; rollbacks and other tables announce nothing."""
import logging
from contextlib import contextmanager

from sqlalchemy import delete, update

from matchmaker.extensions import db
from matchmaker.notifications.models import Notification
from matchmaker.search import sync
from matchmaker.search.service import embedded_backend
from matchmaker.staff.models import Recognition
from matchmaker.suppliers.models import Certification, Supplier
from tests.factories import CertificationFactory, SupplierFactory, UserFactory


@contextmanager
def announcements(app, receiver=None):
    """Every announcement made inside the block, as a list of id lists (a blinker receiver for the app)."""
    heard = []

    def record(sender, supplier_ids):
        heard.append(supplier_ids)
        if receiver:
            receiver(supplier_ids)

    with sync.suppliers_changed.connected_to(record, sender=app):
        yield heard


def test_one_commit_is_one_announcement_with_every_id(app):
    with announcements(app) as heard:
        first, second = SupplierFactory(), SupplierFactory()
        CertificationFactory(supplier=first)
        db.session.flush()
        assert heard == []  # flushed is not committed
        db.session.commit()
    assert heard == [sorted([first.id, second.id])]


def test_a_rollback_announces_nothing_and_is_not_carried_into_the_next_commit(app):
    kept = SupplierFactory()
    db.session.commit()
    with announcements(app) as heard:
        SupplierFactory()
        db.session.flush()
        db.session.rollback()
        kept.name = "Đổi tên"
        db.session.commit()
    assert heard == [[kept.id]]


def test_rows_belonging_to_a_supplier_announce_it(app):
    supplier = SupplierFactory()
    cert = CertificationFactory(supplier=supplier)
    db.session.commit()
    with announcements(app) as heard:
        cert.valid_until = None
        cert.name = "ISO 14001:2015"
        db.session.commit()
        db.session.add(Recognition(supplier_id=supplier.id, year=2021, product="Khuôn", product_group="mechanical"))
        db.session.commit()
        db.session.delete(db.session.get(Certification, cert.id))  # expired by the commit, read before the flush
        db.session.commit()
    assert heard == [[supplier.id]] * 3


def test_deletions_are_announced_by_id(app):
    gone, bulk_gone = SupplierFactory(), SupplierFactory()
    db.session.commit()
    gone_id, bulk_id = gone.id, bulk_gone.id
    with announcements(app) as heard:
        db.session.delete(gone)
        db.session.commit()
        db.session.execute(delete(Supplier.__table__).where(Supplier.__table__.c.id == bulk_id))
        db.session.commit()
    assert heard == [[gone_id], [bulk_id]]


def test_a_bulk_update_announces_the_suppliers_rows_leave_and_join(app):
    source, target, bystander = SupplierFactory(), SupplierFactory(), SupplierFactory()
    CertificationFactory(supplier=source)
    CertificationFactory(supplier=bystander)
    db.session.commit()
    with announcements(app) as heard:
        db.session.execute(update(Certification).where(Certification.supplier_id == source.id)
                           .values(supplier_id=target.id))
        db.session.commit()
    assert heard == [sorted([source.id, target.id])]


def test_other_tables_and_unchanged_rows_announce_nothing(app):
    supplier = SupplierFactory(name="Cơ khí Đông Anh")
    db.session.commit()
    with announcements(app) as heard:
        UserFactory()
        db.session.commit()
        assert supplier.name == "Cơ khí Đông Anh"  # loaded, so that setting it again is seen to change nothing
        supplier.name = "Cơ khí Đông Anh"  # no UPDATE, nothing to announce
        db.session.commit()
        db.session.commit()  # an empty commit
    assert heard == []


def test_a_released_savepoint_is_announced_with_its_transaction(app):
    with announcements(app) as heard:
        savepoint = db.session.begin_nested()
        kept = SupplierFactory()
        savepoint.commit()
        assert heard == []
        db.session.commit()
    assert heard == [[kept.id]]


def test_listeners_run_after_the_index_in_a_new_transaction_and_may_commit(app):
    """A listener that commits a notice announces nothing again; one that changes a supplier causes one more
    round, after the first has finished, not a re-entrant one."""
    supplier = SupplierFactory()
    db.session.commit()
    seen_in_index, rounds = [], []

    def listener(ids):
        rounds.append(ids)
        seen_in_index.append(set(ids) <= embedded_backend().ids())  # the index listener ran first
        db.session.add(Notification(user_id=UserFactory().id, kind="match", text="x"))
        if len(rounds) == 1:
            db.session.get(Supplier, supplier.id).name = "Đổi bởi listener"
        db.session.commit()

    with announcements(app, listener) as heard:
        supplier.description = "Mô tả mới"
        db.session.commit()
    assert heard == [[supplier.id], [supplier.id]] and seen_in_index == [True, True]
    assert db.session.get(Supplier, supplier.id).name == "Đổi bởi listener"


def test_a_failing_listener_is_logged_and_its_half_done_writes_are_dropped(app, caplog):
    def listener(ids):
        db.session.add(Notification(user_id=UserFactory().id, kind="match", text="half done"))
        raise RuntimeError("listener broke")

    logging.getLogger("matchmaker.search.sync").disabled = False  # Alembic's logging setup disables loggers
    with announcements(app, listener), caplog.at_level(logging.ERROR, logger="matchmaker.search.sync"):
        supplier = SupplierFactory()
        db.session.commit()  # does not raise
    assert "listener broke" in caplog.text and f"[{supplier.id}]" in caplog.text
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count(Notification.id))) == 0
    assert supplier.id in embedded_backend().ids()  # the index listener, before it, did its work


def test_one_announcement_holds_several_commits_back_until_its_end(app):
    with announcements(app) as heard:
        with sync.one_announcement():
            first = SupplierFactory()
            db.session.commit()
            second = SupplierFactory()
            db.session.commit()
            assert heard == []
        assert heard == [sorted([first.id, second.id])]


def test_muted_commits_announce_nothing(app):
    with announcements(app) as heard, sync.suppliers_changed.muted():
        SupplierFactory()
        db.session.commit()
    assert heard == []
