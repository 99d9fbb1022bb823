"""Meeting requests between a buyer and a supplier at an event: send, accept, decline, cancel, remind, expire."""
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, or_, select

from ..audit.services import record
from ..extensions import db
from ..timeutil import utcnow
from .models import Meeting, MeetingRequest
from .services import EventError, notify_participant

OPEN_STATES = ("pending", "accepted")


def naive_utc_now():
    """Now as naive UTC: the form request times are stored and compared in (SQLite keeps no time zone)."""
    return utcnow().replace(tzinfo=None)


def between(event, first, second):
    """Open (pending or accepted) requests between two participants, in either direction."""
    return list(db.session.scalars(select(MeetingRequest).where(
        MeetingRequest.event_id == event.id, MeetingRequest.status.in_(OPEN_STATES),
        or_((MeetingRequest.sender_id == first.id) & (MeetingRequest.recipient_id == second.id),
            (MeetingRequest.sender_id == second.id) & (MeetingRequest.recipient_id == first.id)))))


def _audit(meeting_request, action, user, old_status):
    record(action, "event_request", meeting_request.id, {"status": [old_status, meeting_request.status]}, user,
           supplier_id=_supplier_id(meeting_request))


def _supplier_id(meeting_request):
    side = meeting_request.sender if meeting_request.sender.kind == "supplier" else meeting_request.recipient
    return side.supplier_id


def send_request(event, sender, recipient, message, user):
    """Ask `recipient` for a meeting; a request crossing one from the other side accepts that one instead."""
    if recipient.event_id != event.id or sender.event_id != event.id:
        raise EventError(_l("Both organisations must be registered for this event."))
    if sender.kind == recipient.kind:
        raise EventError(_l("Meetings join a buyer and a supplier."))
    existing = between(event, sender, recipient)
    if any(r.sender_id == sender.id or r.status == "accepted" for r in existing):
        raise EventError(_l("You already have a meeting request with %(name)s.", name=recipient.name))
    if existing:  # the other side asked first: both want the meeting
        return answer_request(existing[0], True, user)
    meeting_request = MeetingRequest(event_id=event.id, sender=sender, recipient=recipient,
                                     message=(message or "").strip()[:500], created_by_id=getattr(user, "id", None),
                                     expires_at=naive_utc_now() + timedelta(hours=event.request_expiry_hours))
    db.session.add(meeting_request)
    db.session.flush()
    _audit(meeting_request, "create", user, None)
    notify_participant(recipient, _l("%(name)s asks to meet you at %(event)s.", name=sender.name, event=event.name))
    return meeting_request


def answer_request(meeting_request, accept, user):
    """Accept or decline a pending request addressed to the user's organisation."""
    if meeting_request.status != "pending":
        raise EventError(_l("This request is no longer waiting for an answer."))
    old = meeting_request.status
    meeting_request.status = "accepted" if accept else "declined"
    meeting_request.answered_at = naive_utc_now()
    _audit(meeting_request, "accept" if accept else "decline", user, old)
    text = (_l("%(name)s accepted your meeting request.", name=meeting_request.recipient.name) if accept
            else _l("%(name)s declined your meeting request.", name=meeting_request.recipient.name))
    notify_participant(meeting_request.sender, text)
    return meeting_request


def _drop_unheld_meeting(meeting_request):
    """A cancelled request frees the pair's meeting unless it already took place."""
    ends = {meeting_request.sender.id: meeting_request.sender.kind, meeting_request.recipient.id:
            meeting_request.recipient.kind}
    buyer = next(pid for pid, kind in ends.items() if kind == "buyer")
    supplier = next(pid for pid, kind in ends.items() if kind == "supplier")
    db.session.execute(delete(Meeting).where(Meeting.event_id == meeting_request.event_id, Meeting.buyer_id == buyer,
                                             Meeting.supplier_id == supplier, Meeting.status == "scheduled"))


def cancel_request(meeting_request, user, status="cancelled"):
    """Withdraw one's own request (pending or accepted); its meeting, if scheduled and not yet held, goes too."""
    if meeting_request.status not in OPEN_STATES:
        raise EventError(_l("This request is already closed."))
    old = meeting_request.status
    meeting_request.status = status
    meeting_request.answered_at = meeting_request.answered_at or naive_utc_now()
    _drop_unheld_meeting(meeting_request)
    _audit(meeting_request, "cancel" if status == "cancelled" else "remove", user, old)
    notify_participant(meeting_request.recipient,
                       _l("%(name)s withdrew a meeting request.", name=meeting_request.sender.name))
    return meeting_request


def _pending(event=None):
    query = select(MeetingRequest).where(MeetingRequest.status == "pending")
    if event is not None:
        query = query.where(MeetingRequest.event_id == event.id)
    return query


def expire_due(event=None, now=None):
    """Expire pending requests whose answer period has run out (so they stop taking slots); returns how many."""
    now = now or naive_utc_now()
    due = list(db.session.scalars(_pending(event).where(MeetingRequest.expires_at <= now)))
    for meeting_request in due:
        meeting_request.status = "expired"
        record("expire", "event_request", meeting_request.id, {"status": ["pending", "expired"]}, None,
               supplier_id=_supplier_id(meeting_request), source="system")
        notify_participant(meeting_request.sender, _l("Your meeting request to %(name)s expired unanswered.",
                                                     name=meeting_request.recipient.name))
    return len(due)


def reminder_window(event):
    """How long before expiry the recipient is reminded: a quarter of the answer period, at least an hour."""
    return timedelta(hours=max(1, event.request_expiry_hours // 4))


def remind_due(event=None, now=None):
    """Remind recipients of pending requests that expire soon (once per request); returns how many reminders."""
    now = now or naive_utc_now()
    sent = 0
    query = _pending(event).where(MeetingRequest.reminded_at.is_(None), MeetingRequest.expires_at > now)
    for meeting_request in db.session.scalars(query):
        event_of = event or meeting_request.recipient.event
        if meeting_request.expires_at - now > reminder_window(event_of):
            continue
        meeting_request.reminded_at = now
        notify_participant(meeting_request.recipient, _l(
            "Reminder: %(name)s is waiting for your answer; the request expires on %(when)s (UTC).",
            name=meeting_request.sender.name, when=meeting_request.expires_at.strftime("%Y-%m-%d %H:%M")))
        sent += 1
    return sent


def requests_of(event, participant):
    """(incoming, outgoing) requests of a participant, newest first."""
    query = select(MeetingRequest).where(MeetingRequest.event_id == event.id).order_by(MeetingRequest.id.desc())
    incoming = list(db.session.scalars(query.where(MeetingRequest.recipient_id == participant.id)))
    outgoing = list(db.session.scalars(query.where(MeetingRequest.sender_id == participant.id)))
    return incoming, outgoing
