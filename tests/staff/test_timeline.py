"""One supplier's timeline gathers profile changes, verifications, programmes, shortlists, views and messages."""
from datetime import date, datetime

from matchmaker.audit.services import record
from matchmaker.buyers.models import MatchView
from matchmaker.extensions import db
from matchmaker.messaging.models import Message, Thread
from matchmaker.shortlists.models import Shortlist, ShortlistEntry
from matchmaker.staff.models import FiveSEnrolment, Recognition
from matchmaker.staff.timeline import timeline
from tests.factories import RequirementFactory, UserFactory


def test_the_timeline_lists_every_kind_of_event_in_date_order(app, client, auth, staff, owner):
    user, supplier = owner
    buyer = UserFactory(role="buyer", organisation__name="Hoshino Vietnam")
    requirement = RequirementFactory(title="Aluminium brackets", organisation=buyer.organisation)
    record("update", "supplier", supplier.id, {"name": ["Cũ", "Mới"]}, user, supplier.id).at = datetime(2023, 5, 1)
    record("verify", "supplier", supplier.id, {"verification": ["pending", "verified"]}, staff,
           supplier.id).at = datetime(2023, 6, 1)
    db.session.add(Recognition(supplier_id=supplier.id, year=2021, product="Khuôn mẫu", product_group="mechanical"))
    db.session.add(FiveSEnrolment(supplier_id=supplier.id, programme="5S3D", enrolled_on=date(2022, 3, 1),
                                  completed_on=date(2022, 9, 1)))
    shortlist = Shortlist(owner=buyer, name="Brackets Q3")
    db.session.add(shortlist)
    db.session.flush()
    db.session.add(ShortlistEntry(shortlist_id=shortlist.id, supplier_id=supplier.id, added_at=datetime(2024, 1, 5)))
    db.session.add(MatchView(requirement_id=requirement.id, supplier_id=supplier.id, user_id=buyer.id,
                             at=datetime(2024, 1, 4)))
    thread = Thread(buyer_org_id=buyer.organisation_id, supplier_id=supplier.id, subject="RFQ brackets",
                    created_at=datetime(2024, 1, 6))
    db.session.add(thread)
    db.session.flush()
    db.session.add(Message(thread_id=thread.id, sender_side="buyer", body="Hello", created_at=datetime(2024, 1, 7)))
    db.session.commit()

    with app.test_request_context():  # the texts are translated for the request's language
        texts = [str(item["text"]) for item in timeline(supplier.id)]
    expected = ["recognised: Khuôn mẫu", "Enrolled in 5S3D", "Completed 5S3D", "Profile changed", "Verified by DoIT",
                "among the matches for “Aluminium brackets”", "shortlist “Brackets Q3”", "RFQ brackets",
                "Message from the buyer side"]
    missing = [fragment for fragment in expected if not any(fragment in text for text in texts)]
    assert not missing, texts
    positions = [next(i for i, text in enumerate(texts) if fragment in text) for fragment in expected]
    assert positions == sorted(positions), texts

    auth.login(staff.email)
    page = client.get(f"/staff/suppliers/{supplier.id}/timeline").get_data(as_text=True)
    assert "Brackets Q3" in page and "Hoshino Vietnam" in page
    newest = client.get(f"/staff/suppliers/{supplier.id}/timeline?order=newest").get_data(as_text=True)
    assert newest.index("Message from the buyer side") < newest.index("Khuôn mẫu")


def test_the_timeline_is_paginated(client, auth, staff, owner):
    user, supplier = owner
    for number in range(30):
        record("update", "supplier", supplier.id, {"employees": [number, number + 1]}, user, supplier.id)
    db.session.commit()
    auth.login(staff.email)
    first = client.get(f"/staff/suppliers/{supplier.id}/timeline").get_data(as_text=True)
    assert "page=2" in first
    assert client.get(f"/staff/suppliers/{supplier.id}/timeline?page=2").status_code == 200
