"""Fifty requests book the same buyer's slot at once (each its own thread, app context and database session,
on the suite's real database file or PostgreSQL): exactly one gets it, the others are refused cleanly."""
import threading
import time

from flask_babel import force_locale
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from matchmaker.auth.models import User
from matchmaker.events.models import Event, Meeting, Participant
from matchmaker.events.scheduling_service import add_meeting
from matchmaker.events.services import EventError
from matchmaker.extensions import db
from tests.factories import OrganisationFactory, SupplierFactory, UserFactory
from tests.security.conftest import _event

ATTEMPTS = 50
SLOT = 2


def _setting():
    staff = UserFactory(role="staff", organisation__kind="doit")
    event = _event(staff)
    event.tables = ATTEMPTS + 5  # every attempt asks for its own table: only the buyer's slot is contested
    buyer_user = UserFactory(role="buyer", organisation=OrganisationFactory(kind="buyer"))
    buyer = Participant(event=event, organisation_id=buyer_user.organisation_id, kind="buyer", available_slots=[])
    suppliers = []
    for _ in range(ATTEMPTS):
        company = SupplierFactory(organisation=OrganisationFactory(kind="supplier"))
        suppliers.append(Participant(event=event, organisation_id=company.organisation_id, kind="supplier",
                                     supplier=company, available_slots=[]))
    db.session.add_all([buyer, *suppliers])
    db.session.commit()
    return staff.id, event.id, buyer.id, [s.id for s in suppliers]


def _book(app, ids, index, start, results):
    staff_id, event_id, buyer_id, supplier_ids = ids
    start.wait()
    with app.app_context(), force_locale("en"):
        for _ in range(20):  # SQLite answers "database is locked" to a writer that must wait its turn: retry
            try:
                event = db.session.get(Event, event_id)
                add_meeting(event, db.session.get(Participant, buyer_id),
                            db.session.get(Participant, supplier_ids[index]), db.session.get(User, staff_id),
                            slot=SLOT, table=index)
                db.session.commit()
                results[index] = "booked"
                return
            except EventError as error:
                db.session.rollback()
                results[index] = f"refused: {error}"
                return
            except OperationalError:
                db.session.rollback()
                time.sleep(0.05)
            except Exception as error:  # noqa: BLE001 - any other failure is what this test looks for
                db.session.rollback()
                results[index] = f"error: {error!r}"
                return
        results[index] = "gave up"


def test_fifty_concurrent_bookings_of_one_slot_give_exactly_one_meeting(app):
    ids = _setting()
    results = [None] * ATTEMPTS
    start = threading.Barrier(ATTEMPTS)
    threads = [threading.Thread(target=_book, args=(app, ids, i, start, results)) for i in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results.count("booked") == 1, results
    assert all(r == "booked" or r.startswith("refused") for r in results), results
    db.session.expire_all()
    meetings = list(db.session.scalars(select(Meeting).filter_by(event_id=ids[1], buyer_id=ids[2], slot=SLOT)))
    assert len(meetings) == 1
