"""Participant pages: events, registration, recommended partners, meeting requests, agenda, check-in, feedback."""
from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from ..auth.access import (
    can_answer_meeting_request,
    can_cancel_meeting_request,
    can_see_agenda,
    require,
    role_required,
    takes_part_in_meeting,
)
from ..extensions import db
from . import checkin, feedback, registration, requests
from .agenda import agenda, agenda_ics, agenda_pdf, slot_label
from .forms import FirstRoundForm, RegistrationForm, RequestForm, SecondRoundForm
from .models import Event, Meeting, MeetingRequest, Participant
from .outcome import attempt
from .services import registration_is_open

blueprint = Blueprint("events", __name__, url_prefix="/events")


def _file(data, mimetype, filename, inline=True):
    disposition = "inline" if inline else "attachment"
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'{disposition}; filename="{filename}"'})


def _own_participant(event):
    return registration.participant_of(event, current_user.organisation_id) \
        if current_user.role in ("buyer", "supplier") else None


def _settle_requests(event):
    """The page-load check: expire overdue requests and send due reminders, so nobody waits on a stale request."""
    if requests.expire_due(event) + requests.remind_due(event):
        db.session.commit()


@blueprint.app_context_processor
def event_helpers():
    return {"slot_label": slot_label}


@blueprint.route("/")
@login_required
def index():
    events = db.session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id.desc())).all()
    return render_template("events/index.html", events=events, registration_is_open=registration_is_open)


@blueprint.route("/<int:event_id>")
@login_required
def detail(event_id):
    event = db.get_or_404(Event, event_id)
    _settle_requests(event)
    participant = _own_participant(event)
    incoming, outgoing = requests.requests_of(event, participant) if participant else ([], [])
    rows = agenda(event, participant) if participant else []
    return render_template("events/detail.html", event=event, participant=participant, incoming=incoming,
                           outgoing=outgoing, rows=rows, is_open=registration_is_open(event))


@blueprint.route("/<int:event_id>/register", methods=["GET", "POST"])
@role_required("buyer", "supplier")
def register(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _own_participant(event)
    form = RegistrationForm()
    form.available_slots.choices = [(i, slot_label(event, i)) for i in range(len(event.slots))]
    if form.validate_on_submit():
        done, _participant = attempt(
            lambda: registration.register(event, current_user, form.available_slots.data,
                                          form.interpreter.data or None, form.contact_name.data),
            _("You are registered for %(event)s.", event=event.name))
        if done:
            return redirect(url_for("events.partners", event_id=event.id))
    elif not form.is_submitted():
        if participant:
            form.available_slots.data = participant.available_slots
            form.interpreter.data = participant.interpreter or ""
            form.contact_name.data = participant.contact_name
        else:
            form.available_slots.data = list(range(len(event.slots)))
            form.contact_name.data = current_user.name
    if participant is None and not registration_is_open(event):
        flash(_("Registration for this event is closed."), "warning")
        return redirect(url_for("events.detail", event_id=event.id))
    return render_template("events/register.html", event=event, form=form, participant=participant)


@blueprint.route("/<int:event_id>/partners")
@role_required("buyer", "supplier")
def partners(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _own_participant(event)
    if participant is None:
        flash(_("Register for the event first."), "warning")
        return redirect(url_for("events.register", event_id=event.id))
    _settle_requests(event)
    incoming, outgoing = requests.requests_of(event, participant)
    asked = {r.recipient_id: r for r in outgoing if r.status in requests.OPEN_STATES}
    asked.update({r.sender_id: r for r in incoming if r.status in requests.OPEN_STATES})
    others = [p for p in event.participants if p.kind != participant.kind]
    return render_template("events/partners.html", event=event, participant=participant, asked=asked,
                           recommended=registration.recommendations(event, participant), others=others,
                           form=RequestForm())


@blueprint.route("/<int:event_id>/requests", methods=["POST"])
@role_required("buyer", "supplier")
def send_request(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _own_participant(event)
    form = RequestForm()
    if participant is None or not form.validate_on_submit():
        flash(_("The request was not sent: register for the event and check the message."), "danger")
        return redirect(url_for("events.detail", event_id=event.id))
    recipient = db.session.get(Participant, int(form.recipient_id.data)) if form.recipient_id.data.isdigit() else None
    if recipient is None or recipient.event_id != event.id:
        abort(404)
    attempt(lambda: requests.send_request(event, participant, recipient, form.message.data, current_user),
            _("Meeting request sent to %(name)s.", name=recipient.name))
    target = "events.detail" if request.form.get("next_page") == "detail" else "events.partners"
    return redirect(url_for(target, event_id=event.id))


@blueprint.route("/requests/<int:request_id>/<any(accept, decline, cancel):action>", methods=["POST"])
@role_required("buyer", "supplier")
def answer(request_id, action):
    meeting_request = db.get_or_404(MeetingRequest, request_id)
    if action == "cancel":
        require(can_cancel_meeting_request(current_user, meeting_request))
    else:
        require(can_answer_meeting_request(current_user, meeting_request))
    done_message = {"accept": _("Request accepted."), "decline": _("Request declined."),
                    "cancel": _("Request cancelled.")}[action]
    attempt(lambda: requests.cancel_request(meeting_request, current_user) if action == "cancel"
            else requests.answer_request(meeting_request, action == "accept", current_user), done_message)
    return redirect(url_for("events.detail", event_id=meeting_request.event_id))


def _agenda_participant(event):
    """The participant whose agenda is asked for: one's own, or any (?participant=ID) for staff."""
    wanted = request.args.get("participant", type=int)
    participant = db.session.get(Participant, wanted) if wanted else _own_participant(event)
    if participant is None or participant.event_id != event.id:
        abort(404)
    require(can_see_agenda(current_user, participant))
    return participant


def _agenda_rows(event, participant):
    # Participants see the published schedule; staff also see a draft before publishing.
    return agenda(event, participant, published_only=not current_user.has_role("staff"))


@blueprint.route("/<int:event_id>/agenda")
@login_required
def agenda_page(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _agenda_participant(event)
    return render_template("events/agenda.html", event=event, participant=participant,
                           rows=_agenda_rows(event, participant))


@blueprint.route("/<int:event_id>/agenda.pdf")
@login_required
def agenda_download(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _agenda_participant(event)
    data = agenda_pdf(event, participant, _agenda_rows(event, participant))
    return _file(data, "application/pdf", f"agenda-{event.id}-{participant.code}.pdf")


@blueprint.route("/<int:event_id>/agenda.ics")
@login_required
def agenda_calendar(event_id):
    event = db.get_or_404(Event, event_id)
    participant = _agenda_participant(event)
    data = agenda_ics(event, participant, _agenda_rows(event, participant))
    return _file(data, "text/calendar", f"agenda-{event.id}-{participant.code}.ics", inline=False)


@blueprint.route("/meetings/<int:meeting_id>/check-in", methods=["POST"])
@login_required
def check_in(meeting_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    require(takes_part_in_meeting(current_user, meeting))
    attempt(lambda: checkin.check_in(meeting, request.form.get("status", ""), current_user), _("Check-in saved."))
    if current_user.has_role("staff"):
        return redirect(url_for("event_staff.table_plan", event_id=meeting.event_id))
    return redirect(url_for("events.agenda_page", event_id=meeting.event_id))


def _feedback_side(meeting):
    side = feedback.side_of(current_user, meeting)
    if side is None and current_user.has_role("staff"):
        side = request.args.get("side") if request.args.get("side") in feedback.SIDES else "buyer"
    require(side is not None)
    return side


@blueprint.route("/meetings/<int:meeting_id>/feedback/<int:round_number>", methods=["GET", "POST"])
@login_required
def give_feedback(meeting_id, round_number):
    meeting = db.get_or_404(Meeting, meeting_id)
    require(takes_part_in_meeting(current_user, meeting))
    if round_number not in feedback.ROUND_FIELDS:
        abort(404)
    side = _feedback_side(meeting)
    existing = feedback.feedback_for(meeting, side, round_number)
    form = (FirstRoundForm if round_number == 1 else SecondRoundForm)(obj=existing)
    if form.validate_on_submit():
        answers = {name: field.data for name, field in form._fields.items() if name != "csrf_token"}
        done, _saved = attempt(lambda: feedback.save_feedback(meeting, side, round_number, answers, current_user),
                               _("Thank you: your feedback is saved."))
        if done:
            if current_user.has_role("staff"):
                return redirect(url_for("event_staff.overview", event_id=meeting.event_id))
            return redirect(url_for("events.agenda_page", event_id=meeting.event_id))
    return render_template("events/feedback.html", meeting=meeting, event=meeting.buyer.event, form=form,
                           side=side, round_number=round_number)
