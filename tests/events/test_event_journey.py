"""The whole event journey in the web app: set up -> register -> request -> accept -> schedule -> agenda ->
check-in -> feedback -> dashboard."""
import io
import re

from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from matchmaker.events.models import Event, Meeting, MeetingFeedback, MeetingRequest, Participant
from matchmaker.extensions import db
from matchmaker.notifications.models import Notification


def _set_up_event(staff):
    response = staff.post("/staff/events/new", data={
        "name": "Hội chợ Công nghiệp hỗ trợ Hà Nội 2026", "venue": "Cung Văn hóa Hữu nghị Việt Xô",
        "starts_on": "2026-10-15", "ends_on": "2026-10-15", "meeting_minutes": "20",
        "sessions": "2026-10-15 09:00-10:40\n2026-10-15 13:30-14:10", "breaks": "2026-10-15 09:40-10:00",
        "tables": "2", "registration_deadline": "2099-01-01", "sectors": ["mechanical"],
        "request_expiry_hours": "48", "interpreters_ja": "1", "interpreters_ko": "0", "interpreters_en": "0",
    })
    assert response.status_code == 302
    event = db.session.scalar(select(Event))
    assert [f"{s:%H:%M}" for s, _ in event.slots] == ["09:00", "09:20", "10:00", "10:20", "13:30", "13:50"]
    assert staff.post(f"/staff/events/{event.id}/registration", data={"open": "1"}).status_code == 302
    return event


def _register(client, event, interpreter=""):
    response = client.post(f"/events/{event.id}/register", data={
        "available_slots": ["0", "1", "2", "3"], "interpreter": interpreter, "contact_name": "Nguyễn Thị Hương"})
    assert response.status_code == 302, response.data


def _request_and_accept(buyer, supplier, event):
    page = buyer.get(f"/events/{event.id}/partners").get_data(as_text=True)
    assert "Công ty TNHH Cơ khí Chính xác Thăng Long" in page  # recommended by the engine, with reasons
    assert "CNC" in page
    target = db.session.scalar(select(Participant).filter_by(kind="supplier"))
    response = buyer.post(f"/events/{event.id}/requests", data={"recipient_id": str(target.id),
                                                                 "message": "Chúng tôi cần gia công CNC."})
    assert response.status_code == 302
    meeting_request = db.session.scalar(select(MeetingRequest))
    assert meeting_request.status == "pending"
    page = supplier.get(f"/events/{event.id}").get_data(as_text=True)
    assert "Chúng tôi cần gia công CNC." in page
    assert supplier.post(f"/events/requests/{meeting_request.id}/accept").status_code == 302
    db.session.expire_all()
    assert meeting_request.status == "accepted"


def _schedule_and_publish(staff, event):
    assert staff.post(f"/staff/events/{event.id}/schedule", data={"time_limit": "2"}).status_code == 302
    page = staff.get(f"/staff/events/{event.id}").get_data(as_text=True)
    assert re.search(r'id="run-status">optimal<', page)
    assert re.search(r'id="run-objective">3\.\d\d<', page)  # mutual request: 3 plus the match score
    assert staff.post(f"/staff/events/{event.id}/publish").status_code == 302
    meeting = db.session.scalar(select(Meeting))
    assert meeting.published and 0 <= meeting.slot < 4 and 0 <= meeting.table_number < 2
    return meeting


def _agenda(buyer, event):
    page = buyer.get(f"/events/{event.id}/agenda").get_data(as_text=True)
    assert "Công ty TNHH Cơ khí Chính xác Thăng Long" in page
    pdf = buyer.get(f"/events/{event.id}/agenda.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data.startswith(b"%PDF") and b"DejaVuSans" in pdf.data
    ics = buyer.get(f"/events/{event.id}/agenda.ics")
    calendar = Calendar.from_ical(ics.data)
    meetings = list(calendar.walk("VEVENT"))
    assert len(meetings) == 1
    assert "Thăng Long" in str(meetings[0]["SUMMARY"])
    assert meetings[0].decoded("DTSTART").utcoffset().total_seconds() == 7 * 3600  # Hanoi time


def _feedback(buyer, supplier, meeting):
    assert supplier.post(f"/events/meetings/{meeting.id}/check-in", data={"status": "held"}).status_code == 302
    db.session.expire_all()
    assert meeting.status == "held"
    assert buyer.post(f"/events/meetings/{meeting.id}/feedback/1",
                      data={"interest": "5", "follow_up": "y", "comment": "Rất tốt"}).status_code == 302
    assert supplier.post(f"/events/meetings/{meeting.id}/feedback/1", data={"interest": "4"}).status_code == 302
    assert buyer.post(f"/events/meetings/{meeting.id}/feedback/2", data={
        "negotiation_started": "y", "agreement_reached": "y", "estimated_value_usd": "120000"}).status_code == 302
    assert supplier.post(f"/events/meetings/{meeting.id}/feedback/2", data={
        "negotiation_started": "y", "agreement_reached": "y", "estimated_value_usd": "100000"}).status_code == 302
    rows = db.session.scalars(select(MeetingFeedback)).all()
    assert len(rows) == 4
    # Kept on both companies' records.
    assert {r.supplier_id for r in rows} == {meeting.supplier.supplier_id}
    assert {r.buyer_organisation_id for r in rows} == {meeting.buyer.organisation_id}


def test_a_whole_event_runs_in_the_app(staff_user, make_buyer, make_supplier, login):
    staff = login(staff_user)
    buyer = login(make_buyer())
    supplier = login(make_supplier())
    event = _set_up_event(staff)
    _register(buyer, event, interpreter="ja")
    _register(supplier, event)
    _request_and_accept(buyer, supplier, event)
    meeting = _schedule_and_publish(staff, event)
    assert db.session.scalar(select(Notification).filter_by(kind="event", text=(
        "Your meeting schedule for Hội chợ Công nghiệp hỗ trợ Hà Nội 2026 is published.")).limit(1)) is not None
    _agenda(buyer, event)
    _feedback(buyer, supplier, meeting)

    page = staff.get(f"/staff/events/{event.id}/dashboard").get_data(as_text=True)
    figures = dict(re.findall(r'id="fig-([a-z-]+)">([^<]*)<', page))
    assert figures == {"registrations": "2", "requests": "1", "scheduled": "1", "held": "1", "no-shows": "0",
                       "follow-ups": "1", "deals": "1", "value": "120,000"}  # one deal, counted once
    export = staff.get(f"/staff/events/{event.id}/dashboard.xlsx")
    workbook = load_workbook(io.BytesIO(export.data))
    assert {"Summary", "Meetings", "Feedback", "Participants"} <= set(workbook.sheetnames)
    assert workbook["Meetings"]["D2"].value == "Hoshino Precision Vietnam Co., Ltd."

    plan = staff.get(f"/staff/events/{event.id}/table-plan")
    assert plan.status_code == 200 and "Thăng Long" in plan.get_data(as_text=True)
    for url in (f"/staff/events/{event.id}/table-plan.pdf", f"/staff/events/{event.id}/badges.pdf"):
        response = staff.get(url)
        assert response.data.startswith(b"%PDF") and b"DejaVuSans" in response.data


def test_event_set_up_is_validated(staff_user, login):
    staff = login(staff_user)
    response = staff.post("/staff/events/new", data={
        "name": "Hội chợ", "starts_on": "2026-10-15", "ends_on": "2026-10-15", "meeting_minutes": "20",
        "sessions": "15/10/2026 9h-12h", "tables": "5", "request_expiry_hours": "48",
        "interpreters_ja": "0", "interpreters_ko": "0", "interpreters_en": "0"})
    assert response.status_code == 200
    assert "write it as 2026-10-15 08:30-12:00" in response.get_data(as_text=True)
    response = staff.post("/staff/events/new", data={
        "name": "Hội chợ", "starts_on": "2026-10-15", "ends_on": "2026-10-15", "meeting_minutes": "20",
        "sessions": "2026-10-16 09:00-12:00", "tables": "5", "request_expiry_hours": "48",
        "interpreters_ja": "0", "interpreters_ko": "0", "interpreters_en": "0"})
    assert "2026-10-16 is outside the event&#39;s dates." in response.get_data(as_text=True)
    assert db.session.scalar(select(Event)) is None


def test_registration_needs_an_open_event_and_a_slot(make_event, make_buyer, login):
    event = make_event()
    buyer = login(make_buyer())
    response = buyer.post(f"/events/{event.id}/register", data={"interpreter": ""})
    assert "Choose at least one slot you can attend." in response.get_data(as_text=True)
    event.registration_open = False
    db.session.commit()
    response = buyer.post(f"/events/{event.id}/register", data={"available_slots": ["0"]}, follow_redirects=True)
    assert "Registration for this event is closed." in response.get_data(as_text=True)
    assert db.session.scalar(select(Participant)) is None
