"""Meeting requests: crossing requests, reminders before expiry, expiry by command and on page load."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from matchmaker.events import requests
from matchmaker.events.scheduling_service import build_instance
from matchmaker.events.services import EventError
from matchmaker.extensions import db
from matchmaker.notifications.models import Notification


@pytest.fixture
def pair(make_event, make_buyer, make_supplier, register_for):
    event = make_event(request_expiry_hours=48)
    buyer_user, supplier_user = make_buyer(), make_supplier()
    return event, buyer_user, supplier_user, register_for(event, buyer_user), register_for(event, supplier_user)


def _notices(user):
    return list(db.session.scalars(select(Notification.text).filter_by(user_id=user.id)))


def test_a_request_notifies_and_a_crossing_request_accepts_it(pair):
    event, buyer_user, supplier_user, buyer, supplier = pair
    first = requests.send_request(event, buyer, supplier, "Xin gặp", buyer_user)
    assert any("asks to meet you" in text for text in _notices(supplier_user))
    with pytest.raises(EventError, match="already have a meeting request"):
        requests.send_request(event, buyer, supplier, "again", buyer_user)
    requests.send_request(event, supplier, buyer, "Chúng tôi cũng muốn gặp", supplier_user)
    assert first.status == "accepted"
    assert len(requests.between(event, buyer, supplier)) == 1


def test_unanswered_requests_are_reminded_then_expire(pair, runner):
    event, buyer_user, supplier_user, buyer, supplier = pair
    meeting_request = requests.send_request(event, buyer, supplier, "", buyer_user)
    db.session.commit()
    created = meeting_request.expires_at - timedelta(hours=48)
    assert requests.remind_due(event, now=created + timedelta(hours=1)) == 0  # far from expiry: no reminder yet
    assert requests.remind_due(event, now=meeting_request.expires_at - timedelta(hours=2)) == 1
    assert requests.remind_due(event, now=meeting_request.expires_at - timedelta(hours=1)) == 0  # reminded once
    assert any(text.startswith("Reminder:") for text in _notices(supplier_user))
    assert requests.expire_due(event, now=meeting_request.expires_at - timedelta(minutes=1)) == 0
    db.session.commit()

    meeting_request.expires_at = requests.naive_utc_now() - timedelta(minutes=1)
    db.session.commit()
    result = runner.invoke(args=["events", "expire-requests"])
    assert result.exit_code == 0 and "1 requests expired" in result.output
    db.session.expire_all()
    assert meeting_request.status == "expired"
    assert any("expired unanswered" in text for text in _notices(buyer_user))
    assert build_instance(event, scores={})["requests"] == []  # an expired request no longer takes a slot


def test_the_event_page_expires_overdue_requests(pair, login):
    event, buyer_user, _, buyer, supplier = pair
    meeting_request = requests.send_request(event, buyer, supplier, "", buyer_user)
    meeting_request.expires_at = requests.naive_utc_now() - timedelta(hours=1)
    db.session.commit()
    page = login(buyer_user).get(f"/events/{event.id}").get_data(as_text=True)
    assert "Expired" in page
    db.session.expire_all()
    assert meeting_request.status == "expired"


def test_an_answered_request_cannot_be_answered_again(pair, login):
    event, buyer_user, supplier_user, buyer, supplier = pair
    meeting_request = requests.send_request(event, buyer, supplier, "", buyer_user)
    requests.answer_request(meeting_request, False, supplier_user)
    db.session.commit()
    response = login(supplier_user).post(f"/events/requests/{meeting_request.id}/accept", follow_redirects=True)
    assert "This request is no longer waiting for an answer." in response.get_data(as_text=True)
    db.session.expire_all()
    assert meeting_request.status == "declined"
