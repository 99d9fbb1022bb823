"""Event figures for staff (registrations, requests, meetings, outcomes), follow-up lists and the XLSX export."""
import io
from collections import Counter

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from openpyxl import Workbook
from sqlalchemy import select

from ..extensions import db
from ..spreadsheet import escape_formula
from .agenda import slot_label
from .models import Meeting, MeetingFeedback, MeetingRequest

FIGURE_LABELS = {
    "registrations": _l("Registrations"), "buyers": _l("Buyers"), "suppliers": _l("Suppliers"),
    "requests": _l("Meeting requests"), "requests_by_status": _l("Requests by status"),
    "scheduled": _l("Meetings scheduled"), "published": _l("Meetings published"), "held": _l("Meetings held"),
    "no_shows": _l("No-shows"), "follow_ups": _l("Follow-ups planned"), "average_interest": _l("Average interest"),
    "negotiations": _l("Negotiations started"), "deals": _l("Deals reached"),
    "deal_value_usd": _l("Estimated deal value (USD)"),
}


def _requests(event):
    return list(db.session.scalars(select(MeetingRequest).filter_by(event_id=event.id)))


def _meetings(event):
    return list(db.session.scalars(select(Meeting).filter_by(event_id=event.id)
                                   .order_by(Meeting.slot, Meeting.table_number)))


def _feedback(event):
    return list(db.session.scalars(select(MeetingFeedback).filter_by(event_id=event.id)))


def deals(feedback_rows):
    """{meeting id: estimated value in USD} of meetings where either side reports an agreement.

    Both sides may report the same deal; the larger estimate counts once."""
    found = {}
    for row in feedback_rows:
        if row.round == 2 and row.agreement_reached:
            found[row.meeting_id] = max(found.get(row.meeting_id, 0), row.estimated_value_usd or 0)
    return found


def figures(event):
    """The dashboard's numbers for one event."""
    participants = event.participants
    kinds = Counter(p.kind for p in participants)
    requests = Counter(r.status for r in _requests(event))
    meetings = _meetings(event)
    statuses = Counter(m.status for m in meetings)
    feedback = _feedback(event)
    interest = [f.interest for f in feedback if f.round == 1 and f.interest]
    found = deals(feedback)
    return {
        "registrations": len(participants), "buyers": kinds["buyer"], "suppliers": kinds["supplier"],
        "requests": sum(requests.values()), "requests_by_status": dict(requests),
        "scheduled": len(meetings), "published": sum(1 for m in meetings if m.published),
        "held": statuses["held"], "no_shows": statuses["no_show"],
        "follow_ups": sum(1 for f in feedback if f.round == 1 and f.follow_up),
        "average_interest": round(sum(interest) / len(interest), 2) if interest else None,
        "negotiations": len({f.meeting_id for f in feedback if f.round == 2 and f.negotiation_started}),
        "deals": len(found), "deal_value_usd": sum(found.values()),
    }


def without_meetings(event):
    """Registered participants with no meeting in the schedule yet."""
    meetings = _meetings(event)
    busy = {m.buyer_id for m in meetings} | {m.supplier_id for m in meetings}
    return [p for p in event.participants if p.id not in busy]


def without_requests(event):
    """Registered participants that neither sent a request nor accepted one."""
    active = set()
    for r in _requests(event):
        active.add(r.sender_id)
        if r.status == "accepted":
            active.add(r.recipient_id)
    return [p for p in event.participants if p.id not in active]


def _sheet(workbook, title, header, rows):
    sheet = workbook.create_sheet(title)
    sheet.append([escape_formula(str(h)) for h in header])
    for row in rows:
        sheet.append([escape_formula(v) for v in row])
    return sheet


def export_xlsx(event):
    """The dashboard, meetings and feedback as an XLSX workbook (bytes); every text cell formula-escaped."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    numbers = figures(event)
    summary = [(str(FIGURE_LABELS.get(key, key)),
                value if not isinstance(value, dict) else ", ".join(f"{k}: {v}" for k, v in value.items()))
               for key, value in numbers.items()]
    _sheet(workbook, _("Summary"), [_("Figure"), _("Value")], [(event.name, "")] + summary)
    _sheet(workbook, _("Meetings"), [_("Slot"), _("Time"), _("Table"), _("Buyer"), _("Supplier"), _("Status"),
                                     _("Published")],
           [(m.slot + 1, slot_label(event, m.slot), m.table_number + 1, m.buyer.name, m.supplier.name, m.status,
             "yes" if m.published else "no") for m in _meetings(event)])
    _sheet(workbook, _("Feedback"), [_("Buyer"), _("Supplier"), _("Side"), _("Round"), _("Interest"),
                                     _("Follow-up planned"), _("Negotiation started"), _("Agreement reached"),
                                     _("Estimated value (USD)"), _("Comment")],
           [(f.meeting.buyer.name, f.meeting.supplier.name, f.side, f.round, f.interest, f.follow_up,
             f.negotiation_started, f.agreement_reached, f.estimated_value_usd, f.comment) for f in _feedback(event)])
    _sheet(workbook, _("Participants"), [_("Code"), _("Kind"), _("Organisation"), _("Contact"), _("Interpreter"),
                                         _("Available slots")],
           [(p.code, p.kind, p.name, p.contact_name, p.interpreter or "", len(p.available_slots or []))
            for p in event.participants])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
