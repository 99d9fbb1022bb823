"""Meeting outcomes: feedback from both sides just after a meeting and a second round about six months later.

Each answer is stored with the supplier id and the buyer organisation id, so both companies' records keep it."""
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..audit.services import record
from ..extensions import db
from ..timeutil import today
from .models import Event, Meeting, MeetingFeedback
from .requests import naive_utc_now
from .services import EventError, notify_participant

SIDES = ("buyer", "supplier")
ROUND_FIELDS = {1: ("interest", "follow_up", "comment"),
                2: ("negotiation_started", "agreement_reached", "estimated_value_usd", "comment")}
# The second round asks what came of the meeting about six months after the event.
SECOND_ROUND_AFTER = timedelta(days=180)


def side_of(user, meeting):
    """'buyer' or 'supplier' when the user's organisation took part in the meeting, else None."""
    if user.organisation_id == meeting.buyer.organisation_id and user.role == "buyer":
        return "buyer"
    if user.organisation_id == meeting.supplier.organisation_id and user.role == "supplier":
        return "supplier"
    return None


def feedback_for(meeting, side, round_number):
    """The side's answers for that round, or None."""
    return db.session.scalar(select(MeetingFeedback).filter_by(meeting_id=meeting.id, side=side, round=round_number))


def save_feedback(meeting, side, round_number, answers, user):
    """Record (or correct) one side's answers for a round; only for meetings that took place."""
    if side not in SIDES or round_number not in ROUND_FIELDS:
        raise EventError(_l("Unknown feedback form."))
    if meeting.status != "held":
        raise EventError(_l("Feedback is collected for meetings that took place."))
    row = feedback_for(meeting, side, round_number)
    before = {f: getattr(row, f) for f in ROUND_FIELDS[round_number]} if row else {}
    if row is None:
        row = MeetingFeedback(meeting_id=meeting.id, event_id=meeting.event_id, side=side, round=round_number,
                              supplier_id=meeting.supplier.supplier_id,
                              buyer_organisation_id=meeting.buyer.organisation_id, submitted_by_id=user.id)
        db.session.add(row)
    for field in ROUND_FIELDS[round_number]:
        setattr(row, field, answers.get(field))
    row.comment = (row.comment or "").strip()[:2000]
    db.session.flush()
    after = {f: getattr(row, f) for f in ROUND_FIELDS[round_number]}
    changes = {f: [before.get(f), after[f]] for f in after if before.get(f) != after[f]}
    if changes:
        record("feedback", "event_feedback", row.id, changes, user, supplier_id=row.supplier_id)
    return row


def outcomes_for_supplier(supplier_id):
    """Every event feedback answer about a supplier's meetings, newest first (the supplier's record)."""
    return list(db.session.scalars(select(MeetingFeedback).filter_by(supplier_id=supplier_id)
                                   .order_by(MeetingFeedback.created_at.desc())))


def outcomes_for_buyer(organisation_id):
    """Every event feedback answer about a buyer organisation's meetings, newest first (the buyer's record)."""
    return list(db.session.scalars(select(MeetingFeedback).filter_by(buyer_organisation_id=organisation_id)
                                   .order_by(MeetingFeedback.created_at.desc())))


def request_second_round(on=None):
    """Ask both sides of held meetings for the six-month follow-up once the time has come; returns meetings asked."""
    on = on or today()
    events = db.session.scalars(select(Event).where(Event.ends_on <= on - SECOND_ROUND_AFTER))
    asked = 0
    for event in events:
        meetings = db.session.scalars(select(Meeting).filter_by(event_id=event.id, status="held",
                                                                follow_up_requested_at=None))
        for meeting in meetings:
            meeting.follow_up_requested_at = naive_utc_now()
            for side in (meeting.buyer, meeting.supplier):
                partner = meeting.supplier if side is meeting.buyer else meeting.buyer
                notify_participant(side, _l("Six months after %(event)s: did your meeting with %(name)s lead to "
                                           "business? Please answer the follow-up.", event=event.name,
                                           name=partner.name))
            asked += 1
    return asked
