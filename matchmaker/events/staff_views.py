"""Staff pages: set up events, follow registrations and requests, schedule, print plans and badges, dashboard."""
from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..auth.access import role_required
from ..extensions import db
from . import dashboard, requests, scheduling_service
from .agenda import slot_label, table_plan, table_plan_pdf
from .badges import badges_pdf
from .forms import EventForm, MeetingForm, ScheduleForm
from .models import Event, Meeting, MeetingRequest, Participant
from .outcome import attempt
from .services import publish_schedule, save_event, set_registration_open

blueprint = Blueprint("event_staff", __name__, url_prefix="/staff/events")


def _file(data, mimetype, filename):
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'inline; filename="{filename}"'})


def _meeting_form(event):
    form = MeetingForm()
    form.buyer_id.choices = [(p.id, p.name) for p in scheduling_service.participants_by_kind(event, "buyer")]
    form.supplier_id.choices = [(p.id, p.name) for p in scheduling_service.participants_by_kind(event, "supplier")]
    form.slot.choices = [("", _("Let the scheduler choose"))] + [(str(i), f"{i + 1}: {slot_label(event, i)}")
                                                               for i in range(len(event.slots))]
    return form


@blueprint.route("/")
@role_required("staff")
def index():
    events = db.session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id.desc())).all()
    return render_template("events/staff/index.html", events=events)


def _save(form, event=None):
    done, saved = attempt(lambda: save_event(form.data_for_service(), current_user, event),
                          lambda result: _("Event saved.") if result[1] else _("Nothing changed."))
    return redirect(url_for("event_staff.overview", event_id=saved[0].id)) if done else None


@blueprint.route("/new", methods=["GET", "POST"])
@role_required("staff")
def new():
    form = EventForm()
    if form.validate_on_submit():
        response = _save(form)
        if response:
            return response
    return render_template("events/staff/edit.html", form=form, event=None)


@blueprint.route("/<int:event_id>/edit", methods=["GET", "POST"])
@role_required("staff")
def edit(event_id):
    event = db.get_or_404(Event, event_id)
    form = EventForm()
    if form.validate_on_submit():
        response = _save(form, event)
        if response:
            return response
    elif not form.is_submitted():
        form.fill(event)
    return render_template("events/staff/edit.html", form=form, event=event)


@blueprint.route("/<int:event_id>")
@role_required("staff")
def overview(event_id):
    event = db.get_or_404(Event, event_id)
    if requests.expire_due(event) + requests.remind_due(event):
        db.session.commit()
    all_requests = db.session.scalars(select(MeetingRequest).filter_by(event_id=event.id)
                                      .order_by(MeetingRequest.id.desc())).all()
    return render_template("events/staff/overview.html", event=event, requests=all_requests,
                           meetings=scheduling_service.event_meetings(event),
                           without_meetings=dashboard.without_meetings(event),
                           without_requests=dashboard.without_requests(event),
                           schedule_form=ScheduleForm(), meeting_form=_meeting_form(event))


@blueprint.route("/<int:event_id>/registration", methods=["POST"])
@role_required("staff")
def registration(event_id):
    event = db.get_or_404(Event, event_id)
    is_open = request.form.get("open") == "1"
    set_registration_open(event, is_open, current_user)
    db.session.commit()
    flash(_("Registration is open.") if is_open else _("Registration is closed."), "success")
    return redirect(url_for("event_staff.overview", event_id=event.id))


@blueprint.route("/<int:event_id>/publish", methods=["POST"])
@role_required("staff")
def publish(event_id):
    event = db.get_or_404(Event, event_id)
    count = publish_schedule(event, current_user)
    db.session.commit()
    flash(_("Schedule published: %(count)s new meetings sent to the participants.", count=count), "success")
    return redirect(url_for("event_staff.overview", event_id=event.id))


@blueprint.route("/<int:event_id>/schedule", methods=["POST"])
@role_required("staff")
def schedule(event_id):
    event = db.get_or_404(Event, event_id)
    form = ScheduleForm()
    if not form.validate_on_submit():
        flash(_("Give a time limit between 1 and 300 seconds."), "danger")
        return redirect(url_for("event_staff.overview", event_id=event.id))
    requests.expire_due(event)
    attempt(lambda: scheduling_service.run_scheduler(event, current_user, form.time_limit.data),
            lambda run: _("Schedule computed: %(meetings)s meetings (%(status)s).", meetings=run["meetings"],
                          status=run["status"]))
    return redirect(url_for("event_staff.overview", event_id=event.id))


@blueprint.route("/<int:event_id>/meetings", methods=["POST"])
@role_required("staff")
def add_meeting(event_id):
    event = db.get_or_404(Event, event_id)
    form = _meeting_form(event)
    if not form.validate_on_submit():
        flash(_("Choose a buyer and a supplier."), "danger")
        return redirect(url_for("event_staff.overview", event_id=event.id))
    buyer = db.session.get(Participant, form.buyer_id.data)
    supplier = db.session.get(Participant, form.supplier_id.data)
    table = form.table.data - 1 if form.table.data else None
    attempt(lambda: scheduling_service.add_meeting(event, buyer, supplier, current_user, form.slot.data, table),
            _("Meeting forced into its slot.") if form.slot.data is not None
            else _("Meeting added: the next scheduler run will place it."))
    return redirect(url_for("event_staff.overview", event_id=event.id))


@blueprint.route("/meetings/<int:meeting_id>/remove", methods=["POST"])
@role_required("staff")
def remove_meeting(meeting_id):
    meeting = db.get_or_404(Meeting, meeting_id)
    event_id = meeting.event_id
    scheduling_service.remove_meeting(meeting, current_user)
    db.session.commit()
    flash(_("Meeting removed."), "success")
    return redirect(url_for("event_staff.overview", event_id=event_id))


@blueprint.route("/<int:event_id>/table-plan", endpoint="table_plan")
@role_required("staff")
def table_plan_page(event_id):
    event = db.get_or_404(Event, event_id)
    return render_template("events/staff/table_plan.html", event=event, plan=table_plan(event))


@blueprint.route("/<int:event_id>/table-plan.pdf")
@role_required("staff")
def table_plan_download(event_id):
    event = db.get_or_404(Event, event_id)
    return _file(table_plan_pdf(event), "application/pdf", f"table-plan-{event.id}.pdf")


@blueprint.route("/<int:event_id>/badges.pdf")
@role_required("staff")
def badges(event_id):
    event = db.get_or_404(Event, event_id)
    participants = sorted(event.participants, key=lambda p: (p.kind, p.name.casefold()))
    return _file(badges_pdf(event, participants), "application/pdf", f"badges-{event.id}.pdf")


@blueprint.route("/<int:event_id>/dashboard")
@role_required("staff")
def dashboard_page(event_id):
    event = db.get_or_404(Event, event_id)
    return render_template("events/staff/dashboard.html", event=event, figures=dashboard.figures(event))


@blueprint.route("/<int:event_id>/dashboard.xlsx")
@role_required("staff")
def dashboard_export(event_id):
    event = db.get_or_404(Event, event_id)
    return Response(dashboard.export_xlsx(event),
                    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="event-{event.id}-dashboard.xlsx"'})
