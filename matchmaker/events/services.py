"""Event set-up writes (staff): create and edit an event, open or close registration, publish the schedule.

Participant writes live beside this module: registration.py, requests.py, scheduling_service.py, checkin.py,
feedback.py. Every write is audited; the caller's request commits."""
import contextlib

from flask import current_app, has_request_context, url_for
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..audit.services import diff, record
from ..auth.models import User
from ..extensions import db
from ..notifications.services import notify
from ..timeutil import today, utcnow
from .models import Event, Meeting

EVENT_FIELDS = ("name", "venue", "starts_on", "ends_on", "meeting_minutes", "sessions", "breaks", "tables",
                "registration_deadline", "sectors", "request_expiry_hours", "interpreters")


class EventError(ValueError):
    """A requested change breaks a rule of the event; the message is shown to the user."""


def snapshot(event):
    """The audited fields of an event, JSON-ready."""
    values = {field: getattr(event, field) for field in EVENT_FIELDS}
    for field in ("starts_on", "ends_on", "registration_deadline"):
        values[field] = values[field].isoformat() if values[field] else None
    return values


def save_event(data, user, event=None):
    """Create an event (or update the given one) from set-up fields; returns (event, changes)."""
    if data["ends_on"] < data["starts_on"]:
        raise EventError(_l("The event cannot end before it starts."))
    for period in data["sessions"] + data["breaks"]:
        if not data["starts_on"].isoformat() <= period["date"] <= data["ends_on"].isoformat():
            raise EventError(_l("%(date)s is outside the event's dates.", date=period["date"]))
    before = snapshot(event) if event else {}
    if event is None:
        event = Event()
        db.session.add(event)
    for field in EVENT_FIELDS:
        setattr(event, field, data[field])
    if not event.slots:
        raise EventError(_l("The sessions hold no meeting slot: make them longer or the meetings shorter."))
    db.session.flush()
    changes = diff(before, snapshot(event))
    if changes:
        record("create" if not before else "update", "event", event.id, changes, user)
    return event, changes


def set_registration_open(event, is_open, user):
    """Open or close registration for the event."""
    if event.registration_open != is_open:
        record("update", "event", event.id, {"registration_open": [event.registration_open, is_open]}, user)
        event.registration_open = is_open


def registration_is_open(event, on=None):
    """Whether organisations may register now: opened by staff and the deadline not passed."""
    on = on or today()
    return event.registration_open and (event.registration_deadline is None or on <= event.registration_deadline)


def organisation_users(organisation_id):
    """Active accounts of an organisation (who receive its event notices)."""
    return list(db.session.scalars(select(User).filter_by(organisation_id=organisation_id, active=True)))


@contextlib.contextmanager
def background_locale():
    """Outside a request (CLI, cron, demo seed) write texts in the default language; in a request, the user's."""
    if has_request_context():
        yield
        return
    with force_locale(current_app.config["BABEL_DEFAULT_LOCALE"]):
        yield


def event_link(event_id):
    """Path of the event's participant page (also outside a request, e.g. from the CLI)."""
    try:
        return url_for("events.detail", event_id=event_id, _external=False)
    except RuntimeError:  # no request and no SERVER_NAME: the path is enough for an in-app link
        return f"/events/{event_id}"


def notify_participant(participant, text, link=None):
    """Send an event notice (linking to the event by default) to every account of a participant's organisation."""
    with background_locale():
        text = str(text)  # callers pass lazy strings: translated here, where a locale is sure to exist
    for user in organisation_users(participant.organisation_id):
        notify(user.id, "event", text, link or event_link(participant.event_id))


def publish_schedule(event, user):
    """Publish the current schedule: its meetings become fixed and every participant is told; returns the count."""
    meetings = list(db.session.scalars(select(Meeting).filter_by(event_id=event.id, published=False)))
    for meeting in meetings:
        meeting.published = True
    event.published_at = utcnow()
    record("publish", "event", event.id, {"meetings_published": [None, len(meetings)]}, user)
    told = {m.buyer_id: m.buyer for m in meetings} | {m.supplier_id: m.supplier for m in meetings}
    for participant in told.values():
        notify_participant(participant, _l("Your meeting schedule for %(event)s is published.", event=event.name))
    return len(meetings)
