"""Who may do what at an event: staff pages are staff-only, requests and meetings belong to their organisations."""
import pytest
from sqlalchemy import select

from matchmaker.events import requests
from matchmaker.events.models import Meeting, MeetingRequest
from matchmaker.extensions import db

STAFF_PAGES = ["/staff/events/", "/staff/events/new", "/staff/events/{id}", "/staff/events/{id}/edit",
               "/staff/events/{id}/table-plan", "/staff/events/{id}/table-plan.pdf", "/staff/events/{id}/badges.pdf",
               "/staff/events/{id}/dashboard", "/staff/events/{id}/dashboard.xlsx"]
STAFF_ACTIONS = ["/staff/events/{id}/registration", "/staff/events/{id}/publish", "/staff/events/{id}/schedule",
                 "/staff/events/{id}/meetings"]


@pytest.fixture
def scene(make_event, make_buyer, make_supplier, register_for):
    """Two buyers and two suppliers registered; buyer 1 asked supplier 1 for a meeting."""
    event = make_event()
    users = {"buyer1": make_buyer(), "buyer2": make_buyer("Daehan Electronics Vina"),
             "supplier1": make_supplier(), "supplier2": make_supplier("Công ty Cổ phần Nhựa Đông Á")}
    people = {key: register_for(event, user) for key, user in users.items()}
    meeting_request = requests.send_request(event, people["buyer1"], people["supplier1"], "Xin chào", users["buyer1"])
    db.session.commit()
    return event, users, people, meeting_request


@pytest.mark.parametrize("role", ["buyer1", "supplier1"])
def test_buyers_and_suppliers_cannot_reach_staff_pages(scene, login, role):
    event, users, _, _ = scene
    client = login(users[role])
    for url in STAFF_PAGES:
        assert client.get(url.format(id=event.id)).status_code == 403, url
    for url in STAFF_ACTIONS:
        assert client.post(url.format(id=event.id), data={"open": "0", "time_limit": "1"}).status_code == 403, url
    db.session.expire_all()
    assert event.registration_open and not event.published and event.last_run is None


def test_anonymous_visitors_are_sent_to_log_in(scene, client):
    event = scene[0]
    for url in ["/events/", f"/events/{event.id}", f"/events/{event.id}/agenda.pdf", "/staff/events/",
                f"/staff/events/{event.id}/dashboard"]:
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.location, url


def test_only_the_invited_organisation_answers_a_request(scene, login):
    _, users, _, meeting_request = scene
    for intruder in ("supplier2", "buyer2", "buyer1"):  # buyer1 sent it: they cannot accept on the other's behalf
        response = login(users[intruder]).post(f"/events/requests/{meeting_request.id}/accept")
        assert response.status_code == 403, intruder
    db.session.expire_all()
    assert meeting_request.status == "pending"


def test_only_the_sender_cancels_a_request(scene, login):
    _, users, _, meeting_request = scene
    for intruder in ("buyer2", "supplier1", "supplier2"):
        assert login(users[intruder]).post(f"/events/requests/{meeting_request.id}/cancel").status_code == 403
    db.session.expire_all()
    assert meeting_request.status == "pending"
    assert login(users["buyer1"]).post(f"/events/requests/{meeting_request.id}/cancel").status_code == 302
    db.session.expire_all()
    assert meeting_request.status == "cancelled"


def test_agendas_and_check_in_belong_to_the_meeting_partners(scene, login):
    event, users, people, _ = scene
    meeting = Meeting(event_id=event.id, buyer=people["buyer1"], supplier=people["supplier1"], slot=0,
                      table_number=0, published=True)
    db.session.add(meeting)
    db.session.commit()
    outsider = login(users["buyer2"])
    assert outsider.get(f"/events/{event.id}/agenda?participant={people['buyer1'].id}").status_code == 403
    assert outsider.post(f"/events/meetings/{meeting.id}/check-in", data={"status": "held"}).status_code == 403
    assert outsider.get(f"/events/meetings/{meeting.id}/feedback/1").status_code == 403
    db.session.expire_all()
    assert meeting.status == "scheduled"
    assert login(users["buyer1"]).post(f"/events/meetings/{meeting.id}/check-in",
                                       data={"status": "no_show"}).status_code == 302
    db.session.expire_all()
    assert meeting.status == "no_show"


def test_staff_do_not_register_and_buyers_cannot_request_their_own_side(scene, login, staff_user):
    event, users, people, _ = scene
    assert login(staff_user).post(f"/events/{event.id}/register", data={"available_slots": ["0"]}).status_code == 403
    response = login(users["buyer1"]).post(f"/events/{event.id}/requests", data={
        "recipient_id": str(people["buyer2"].id), "message": "hi"}, follow_redirects=True)
    assert "Meetings join a buyer and a supplier." in response.get_data(as_text=True)
    assert db.session.scalar(select(MeetingRequest).filter_by(recipient_id=people["buyer2"].id)) is None
