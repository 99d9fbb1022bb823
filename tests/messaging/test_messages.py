"""Message threads between a buyer firm and a supplier: notices, unread counts, and who may read or write."""
import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.messaging.models import Message, Thread
from matchmaker.messaging.services import start_thread
from matchmaker.notifications.models import Notification


def _thread(parties):
    thread = start_thread(parties["buyer"], parties["supplier"], "Brackets", "Can you quote 20,000 pcs?")
    db.session.commit()
    return thread


def _notices(user):
    return db.session.scalars(select(Notification.text).filter_by(user_id=user.id, kind="message")).all()


def test_a_buyer_writes_to_a_supplier_from_its_profile(client, auth, parties):
    auth.login(parties["buyer"].email)
    supplier = parties["supplier"]
    form = client.get(f"/messages/new?supplier_id={supplier.id}&requirement_id={parties['requirement'].id}")
    assert form.status_code == 200 and "Machined aluminium brackets" in form.get_data(as_text=True)
    response = client.post("/messages/new", data={
        "supplier_id": supplier.id, "requirement_id": parties["requirement"].id, "subject": "Brackets",
        "body": "Can we meet at the fair?"})
    thread = db.session.scalar(select(Thread))
    assert response.headers["Location"].endswith(f"/messages/{thread.id}")
    assert thread.buyer_org_id == parties["buyer"].organisation_id
    assert thread.requirement_id == parties["requirement"].id
    assert _notices(parties["seller"]) == ["New message from Example Vietnam Manufacturing (JP): Brackets"]
    assert _notices(parties["other_seller"]) == [] and _notices(parties["colleague"]) == []


def test_the_supplier_sees_the_unread_count_reads_and_replies(client, auth, parties):
    thread = _thread(parties)
    auth.login(parties["seller"].email)
    home = client.get("/").get_data(as_text=True)
    assert 'Messages <span class="badge count">1<span class="visually-hidden"> unread</span></span>' in home
    inbox = client.get("/messages/").get_data(as_text=True)
    assert "Brackets" in inbox and "1 new" in inbox
    page = client.get(f"/messages/{thread.id}").get_data(as_text=True)
    assert "Can you quote 20,000 pcs?" in page
    assert db.session.scalar(select(Message.read_at)) is not None
    assert 'Messages <span class="badge' not in client.get("/").get_data(as_text=True)
    reply = client.post(f"/messages/{thread.id}", data={"body": "Yes, Tuesday at 10:00?"})
    assert reply.status_code == 302
    # Every user of the buyer firm is told, in the thread they share.
    assert len(_notices(parties["buyer"])) == 1 and len(_notices(parties["colleague"])) == 1
    auth.logout()
    auth.login(parties["colleague"].email)
    assert "Yes, Tuesday at 10:00?" in client.get(f"/messages/{thread.id}").get_data(as_text=True)


def test_an_empty_reply_is_refused(client, auth, parties):
    thread = _thread(parties)
    auth.login(parties["seller"].email)
    response = client.post(f"/messages/{thread.id}", data={"body": ""})
    assert response.status_code == 200 and "This field is required." in response.get_data(as_text=True)
    assert len(db.session.scalars(select(Message)).all()) == 1


@pytest.mark.parametrize("intruder", ["other", "other_seller"])
def test_others_get_403_when_changing_the_thread_id(client, auth, parties, intruder):
    thread = _thread(parties)
    auth.login(parties[intruder].email)
    assert client.get(f"/messages/{thread.id}").status_code == 403
    assert client.post(f"/messages/{thread.id}", data={"body": "Let me in"}).status_code == 403
    assert "Brackets" not in client.get("/messages/").get_data(as_text=True)
    assert len(db.session.scalars(select(Message)).all()) == 1


def test_staff_read_without_writing_and_without_marking_read(client, auth, parties):
    thread = _thread(parties)
    auth.login(parties["staff"].email)
    page = client.get(f"/messages/{thread.id}").get_data(as_text=True)
    assert "Can you quote" in page and "You can read this conversation but not write in it." in page
    assert client.post(f"/messages/{thread.id}", data={"body": "Hello"}).status_code == 403
    assert db.session.scalar(select(Message.read_at)) is None


def test_anonymous_visitors_are_sent_to_log_in(client, parties):
    thread = _thread(parties)
    for url in ("/messages/", f"/messages/{thread.id}", f"/messages/new?supplier_id={parties['supplier'].id}"):
        assert "/auth/login" in client.get(url).headers["Location"]


def test_suppliers_cannot_start_threads_and_buyers_cannot_use_another_firm_s_requirement(client, auth, parties):
    auth.login(parties["seller"].email)
    assert client.get(f"/messages/new?supplier_id={parties['supplier'].id}").status_code == 403
    auth.logout()
    auth.login(parties["other"].email)
    response = client.get(f"/messages/new?supplier_id={parties['supplier'].id}"
                          f"&requirement_id={parties['requirement'].id}")
    assert response.status_code == 403


def test_empty_inboxes_say_what_to_do(client, auth, parties):
    auth.login(parties["buyer"].email)
    assert "No conversations yet" in client.get("/messages/").get_data(as_text=True)


def test_the_new_message_form_points_to_an_existing_conversation(client, auth, parties):
    thread = _thread(parties)
    auth.login(parties["colleague"].email)
    page = client.get(f"/messages/new?supplier_id={parties['supplier'].id}").get_data(as_text=True)
    assert "You already have a conversation with this supplier" in page and f"/messages/{thread.id}" in page
