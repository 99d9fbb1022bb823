"""Matchmaking events and one's own agenda there (published meetings; staff see any agenda, drafts included)."""
from sqlalchemy import select

from ..auth.access import can_see_agenda
from ..events.agenda import agenda
from ..events.models import Event, Participant
from ..events.registration import participant_of
from ..events.services import registration_is_open
from ..extensions import db
from .auth import api_user
from .blueprint import blueprint
from .dates import iso_local
from .errors import ApiError
from .inputs import load_query
from .openapi import operation
from .pagination import paged_query
from .schemas import AgendaArgs, AgendaSchema, EventPageSchema, PageArgs


def participant_json(participant):
    return {"id": participant.id, "code": participant.code, "kind": participant.kind, "name": participant.name}


def _own_participant(event, user):
    return participant_of(event, user.organisation_id) if user.role in ("buyer", "supplier") else None


def event_json(event, user):
    """An event with the caller's registration at it (null when not registered)."""
    participant = _own_participant(event, user)
    return {"id": event.id, "name": event.name, "venue": event.venue or "", "starts_on": event.starts_on.isoformat(),
            "ends_on": event.ends_on.isoformat(), "registration_open": registration_is_open(event),
            "schedule_published": event.published,
            "participant": participant_json(participant) if participant else None}


def meeting_json(row):
    partner = row["partner"]
    return {"slot": row["slot"], "start": iso_local(row["start"]), "end": iso_local(row["end"]), "table": row["table"],
            "partner": {"name": partner.name, "kind": partner.kind, "supplier_id": partner.supplier_id},
            "interpreter": row["interpreter"], "status": row["meeting"].status,
            "published": bool(row["meeting"].published)}


@blueprint.get("/events")
@operation("List matchmaking events", tag="events", query=PageArgs, ok=(200, EventPageSchema),
           description="Newest first, each with your organisation's registration when it has one.")
def list_events():
    args = load_query(PageArgs)
    query = select(Event).order_by(Event.starts_on.desc(), Event.id.desc())
    pagination = db.paginate(query, page=args["page"], per_page=args["per_page"], error_out=False)
    user = api_user()
    return paged_query(pagination, lambda event: event_json(event, user))


@blueprint.get("/events/<id:event_id>/agenda")
@operation("Your agenda at an event", tag="events", query=AgendaArgs, ok=(200, AgendaSchema), problems=(403, 404),
           description="Your organisation's meetings in time order, once the schedule is published. Staff may "
                       "ask for any participant's agenda with `participant` and also see unpublished meetings.")
def event_agenda(event_id):
    user = api_user()
    event = db.session.get(Event, event_id)
    if event is None:
        raise ApiError(404, f"There is no event {event_id}.")
    wanted = load_query(AgendaArgs).get("participant")
    participant = db.session.get(Participant, wanted) if wanted else _own_participant(event, user)
    if participant is None or participant.event_id != event.id:
        raise ApiError(404, "Your organisation is not registered for this event." if not wanted
                       else f"There is no participant {wanted} at this event.")
    if not can_see_agenda(user, participant):
        raise ApiError(403, "You may see only your own organisation's agenda.")
    rows = agenda(event, participant, published_only=not user.has_role("staff"))
    return {"event_id": event.id, "participant": participant_json(participant),
            "meetings": [meeting_json(row) for row in rows]}
