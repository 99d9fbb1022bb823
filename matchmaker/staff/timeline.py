"""One supplier's history across the years, gathered from every table that points at it.

Programme records and the audit log are described here; the other features' tables (shortlists, match views,
messages, event registrations, meetings, outcomes, …) are found through the metadata's foreign keys, so a table
added later appears without changes here. Known tables get a readable line, any other a generic one.
"""
from datetime import date, datetime, time, timezone

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..audit.models import AuditEntry
from ..extensions import db
from .merge import references_to
from .models import FiveSEnrolment, Recognition

# Covered by the audit log or by their own section (or say nothing about what happened when).
SKIP_TABLES = {"audit_log", "recognitions", "five_s_enrolments", "verification_reviews", "certificate_notices",
               "duplicate_dismissals", "search_outbox", "certifications", "suppliers"}
TIME_COLUMNS = ("at", "added_at", "created_at", "notified_at", "sent_at", "submitted_at")


def _moment(value):
    """Naive UTC datetime for sorting dates, naive and aware datetimes together."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return None


def _item(at, kind, text, details=None):
    return {"at": _moment(at), "kind": kind, "text": text, "details": details or {}}


def _model_for(table):
    for mapper in db.Model.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _time_column(table):
    for name in TIME_COLUMNS:
        if name in table.c:
            return name
    for column in table.c:
        if getattr(column.type, "python_type", None) is datetime:
            return column.name
    return None


def _org(user):
    organisation = getattr(user, "organisation", None)
    return organisation.name if organisation is not None else getattr(user, "email", "")


AUDIT_LABELS = {
    "create": _l("Profile created"), "update": _l("Profile changed"), "verify": _l("Verified by DoIT"),
    "reject": _l("Verification refused"), "reverify": _l("Back in the verification queue"),
    "resubmit": _l("Resubmitted for verification"), "merge": _l("Merged with a duplicate record"),
    "expiry_notice": _l("Certificate expiry notice sent"), "lower_five_s": _l("5S status lowered by DoIT"),
    "not_duplicate": _l("Marked as not a duplicate"),
}


def _audit_items(supplier_id):
    entries = db.session.scalars(select(AuditEntry).where(
        AuditEntry.supplier_id == supplier_id,
        AuditEntry.entity_type.notin_(("recognition", "five_s_enrolment"))))
    for entry in entries:
        label = AUDIT_LABELS.get(entry.action, entry.action.replace("_", " ").capitalize())
        who = entry.user.email if entry.user else entry.source
        kind = "verification" if entry.action in ("verify", "reject", "reverify", "resubmit") else "profile"
        what = _("Certificate") + ": " if entry.entity_type == "certification" else ""
        yield _item(entry.at, kind, f"{what}{label} ({who})", entry.changes)


def _programme_items(supplier_id):
    for rec in db.session.scalars(select(Recognition).filter_by(supplier_id=supplier_id)):
        text = _("Key industrial product recognised: %(product)s (%(year)s)", product=rec.product, year=rec.year)
        if rec.decision_ref:
            text += f" — {rec.decision_ref}"
        yield _item(date(rec.year, 1, 1), "programme", text)
    for e in db.session.scalars(select(FiveSEnrolment).filter_by(supplier_id=supplier_id)):
        yield _item(e.enrolled_on, "programme", _("Enrolled in %(programme)s training", programme=e.programme))
        if e.completed_on:
            yield _item(e.completed_on, "programme", _("Completed %(programme)s training", programme=e.programme))
        if e.certified_on:
            yield _item(e.certified_on, "programme", _("%(programme)s certified", programme=e.programme))


def _describe_shortlist_entries(row):
    shortlist = row.shortlist
    return "shortlist", _("Added to shortlist “%(name)s” of %(buyer)s — status: %(status)s",
                          name=shortlist.name, buyer=_org(shortlist.owner), status=row.status)


def _describe_match_views(row):
    from ..auth.models import User
    from ..buyers.models import Requirement

    requirement = db.session.get(Requirement, row.requirement_id)
    viewer = db.session.get(User, row.user_id) if row.user_id else None
    return "match", _("Seen by %(buyer)s among the matches for “%(title)s”",
                      buyer=_org(viewer) if viewer else (requirement.buyer or "?"), title=requirement.title)


def _describe_message_threads(row):
    return "message", _("Conversation started with %(buyer)s: %(subject)s",
                        buyer=getattr(row.buyer_org, "name", "?"), subject=row.subject)


def _describe_messages(row):
    return "message", _("Message from the %(side)s side in “%(subject)s”",
                        side=row.sender_side, subject=row.thread.subject)


def _describe_interests(row):
    return "match", _("Offered to supply “%(title)s”", title=getattr(row.requirement, "title", "?"))


def _describe_event_participants(row):
    return "event", _("Registered for %(event)s", event=row.event.name)


def _describe_event_meetings(row):
    return "meeting", _("Meeting with %(buyer)s at %(event)s — %(status)s",
                        buyer=row.buyer.name, event=row.buyer.event.name, status=row.status)


def _describe_event_requests(row):
    return "meeting", _("Meeting request between %(sender)s and %(recipient)s at %(event)s — %(status)s",
                        sender=row.sender.name, recipient=row.recipient.name, event=row.sender.event.name,
                        status=row.status)


def _describe_event_feedback(row):
    parts = [_("Meeting outcome (%(side)s, round %(round)s)", side=row.side, round=row.round)]
    if row.agreement_reached:
        parts.append(_("agreement reached"))
    elif row.negotiation_started:
        parts.append(_("negotiation started"))
    if row.estimated_value_usd:
        parts.append(f"≈ {row.estimated_value_usd:,} USD")
    return "meeting", " — ".join(parts)


def _describe_generic(row, table):
    label = next((str(getattr(row, name)) for name in ("name", "title", "subject", "status")
                  if getattr(row, name, None)), f"#{getattr(row, 'id', '')}")
    return "other", f"{table.name.replace('_', ' ').capitalize()}: {label}"


def _describe(row, table):
    describer = globals().get(f"_describe_{table.name}")
    try:
        return describer(row) if describer else _describe_generic(row, table)
    except AttributeError:  # another feature reshaped its model: still show that something happened
        return _describe_generic(row, table)


def _rows(table, column, values):
    model = _model_for(table)
    if model is None or not values:
        return []
    return list(db.session.scalars(select(model).where(getattr(model, column.key).in_(values))))


def _related_items(supplier_id):
    """Rows pointing at the supplier, and rows pointing at those (messages of its threads, meetings of its
    event registrations)."""
    for table, column in references_to("suppliers"):
        if table.name in SKIP_TABLES:
            continue
        rows = _rows(table, column, [supplier_id])
        time_column = _time_column(table)
        for row in rows:
            if time_column and getattr(row, time_column, None):
                kind, text = _describe(row, table)
                yield _item(getattr(row, time_column), kind, text)
        ids = [row.id for row in rows if hasattr(row, "id")]
        for child, child_column in references_to(table.name):
            if child.name in SKIP_TABLES or _points_at_supplier(child):
                continue
            child_time = _time_column(child)
            for row in _rows(child, child_column, ids):
                if child_time and getattr(row, child_time, None):
                    kind, text = _describe(row, child)
                    yield _item(getattr(row, child_time), kind, text)


def _points_at_supplier(table):
    # Such a table is already a first-level source; reading it again through its parent would list it twice.
    return any(fk.column.table.name == "suppliers" for fk in table.foreign_keys)


def timeline(supplier_id, newest_first=False):
    """Every dated event of the supplier in date order (oldest first unless asked otherwise)."""
    items = [*_audit_items(supplier_id), *_programme_items(supplier_id), *_related_items(supplier_id)]
    return sorted((i for i in items if i["at"] is not None), key=lambda i: i["at"], reverse=newest_first)
