"""Agendas (web, PDF, iCalendar) for participants and the staff's table plan per slot."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from icalendar import Calendar
from icalendar import Event as CalendarEvent
from sqlalchemy import or_, select

from ..extensions import db
from ..pdfdoc import new_document
from .models import Meeting

LOCAL_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
# DejaVu Sans has no CJK glyphs, so language names are written in the interface language only.
LANGUAGE_NAMES = {"ja": _l("Japanese"), "ko": _l("Korean"), "en": _l("English")}


def slot_label(event, slot):
    """'2026-10-15 08:30–08:50' for a slot number."""
    slots = event.slots
    if not 0 <= slot < len(slots):
        return f"#{slot + 1}"
    start, end = slots[slot]
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def agenda(event, participant, published_only=True):
    """The participant's meetings in time order: slot, times, table (1-based), partner and interpreter."""
    query = select(Meeting).where(Meeting.event_id == event.id,
                                  or_(Meeting.buyer_id == participant.id, Meeting.supplier_id == participant.id))
    if published_only:
        query = query.where(Meeting.published.is_(True))
    slots = event.slots
    rows = []
    for meeting in db.session.scalars(query.order_by(Meeting.slot)):
        partner = meeting.supplier if meeting.buyer_id == participant.id else meeting.buyer
        start, end = slots[meeting.slot] if meeting.slot < len(slots) else (None, None)
        rows.append({"meeting": meeting, "slot": meeting.slot, "start": start, "end": end,
                     "table": meeting.table_number + 1, "partner": partner,
                     "interpreter": meeting.buyer.interpreter})
    return rows


def _pdf_header(pdf, event, subtitle):
    pdf.set_font("body", "B", 15)
    pdf.multi_cell(0, 8, event.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 10)
    pdf.multi_cell(0, 6, f"{event.venue} · {event.starts_on:%d/%m/%Y}–{event.ends_on:%d/%m/%Y}",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "B", 12)
    pdf.multi_cell(0, 8, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 10)
    pdf.ln(2)


def agenda_pdf(event, participant, rows):
    """A printable agenda (A4 PDF bytes) for one participant."""
    pdf = new_document(_("Agenda") + f" — {participant.name}")
    pdf.add_page()
    _pdf_header(pdf, event, _("Agenda of %(name)s", name=participant.name))
    if not rows:
        pdf.multi_cell(0, 6, _("No meetings scheduled yet."), new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())
    with pdf.table(col_widths=(32, 16, 100, 32), text_align="LEFT", line_height=6) as table:
        table.row([_("Time"), _("Table"), _("Partner"), _("Interpreter")])
        for row in rows:
            when = f"{row['start']:%d/%m %H:%M}–{row['end']:%H:%M}" if row["start"] else f"#{row['slot'] + 1}"
            table.row([when, str(row["table"]), row["partner"].name,
                       str(LANGUAGE_NAMES.get(row["interpreter"], row["interpreter"] or ""))])
    return bytes(pdf.output())


def agenda_ics(event, participant, rows):
    """The participant's meetings as an iCalendar file (bytes), in Hanoi time."""
    calendar = Calendar()
    calendar.add("prodid", "-//Hanoi DoIT//matchmaker//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{event.name} — {participant.name}")
    stamp = datetime.now(timezone.utc)
    for row in rows:
        if row["start"] is None:
            continue
        item = CalendarEvent()
        item.add("uid", f"event-{event.id}-meeting-{row['meeting'].id}@matchmaker")
        item.add("dtstamp", stamp)
        item.add("dtstart", row["start"].replace(tzinfo=LOCAL_ZONE))
        item.add("dtend", row["end"].replace(tzinfo=LOCAL_ZONE))
        item.add("summary", _("Meeting: %(name)s", name=row["partner"].name))
        item.add("location", _("%(venue)s, table %(table)s", venue=event.venue, table=row["table"]))
        calendar.add_component(item)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def table_plan(event, published_only=False):
    """Per slot: its label and the meetings at each table, [(slot, label, [meeting, ...])] (slots with meetings)."""
    query = select(Meeting).filter_by(event_id=event.id).order_by(Meeting.slot, Meeting.table_number)
    if published_only:
        query = query.where(Meeting.published.is_(True))
    plan = {}
    for meeting in db.session.scalars(query):
        plan.setdefault(meeting.slot, []).append(meeting)
    return [(slot, slot_label(event, slot), meetings) for slot, meetings in sorted(plan.items())]


def table_plan_pdf(event):
    """The staff's printable table plan (A4 landscape PDF bytes): one block per slot."""
    pdf = new_document(_("Table plan") + f" — {event.name}", orientation="L")
    pdf.add_page()
    _pdf_header(pdf, event, _("Table plan"))
    for _slot, label, meetings in table_plan(event):
        pdf.set_font("body", "B", 11)
        pdf.multi_cell(0, 7, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("body", "", 9)
        with pdf.table(col_widths=(14, 110, 110, 30), text_align="LEFT", line_height=5) as table:
            table.row([_("Table"), _("Buyer"), _("Supplier"), _("Interpreter")])
            for m in meetings:
                language = m.buyer.interpreter
                table.row([str(m.table_number + 1), m.buyer.name, m.supplier.name,
                           str(LANGUAGE_NAMES.get(language, language or ""))])
        pdf.ln(3)
    return bytes(pdf.output())
