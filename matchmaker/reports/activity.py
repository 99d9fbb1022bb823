"""Flow figures of a period: registrations, requirements, matches viewed, shortlists, events and deals.

Tables owned by other features (match views, events, staff programme records) are read through the metadata,
guarded by name, so that the report still works — with a note — where a feature is not installed.
"""
from sqlalchemy import and_, func, select

from ..auth.models import ROLES, User
from ..buyers.models import Requirement
from ..extensions import db
from ..shortlists.models import ENTRY_STATUSES, Shortlist, ShortlistEntry
from ..suppliers.models import SECTORS, Supplier
from .periods import bounds, months
from .sql import count_list_elements, optional_table

NOT_RECORDED = "not recorded: the feature that records these figures is not installed"


def _in(column, start, stop):
    return and_(column >= start, column < stop)


def _monthly(column, date_from, date_to, *group):
    """Rows (month label, *group values, count) for `column` timestamps in the period, one SQL aggregate."""
    periods = months(date_from, date_to)
    start, stop = bounds(date_from, date_to)
    month = db.case(*((_in(column, first, last), label) for label, first, last in periods), else_=None)
    # Grouping by a label computed in a subquery: PostgreSQL would not match two copies of a parametrised CASE.
    inner = select(month.label("month"), *group).where(_in(column, start, stop)).subquery()
    query = select(inner.c.month, *(inner.c[g.key] for g in group), func.count()) \
        .group_by(inner.c.month, *(inner.c[g.key] for g in group))
    return [label for label, _, _ in periods], db.session.execute(query).all()


def registration_figures(date_from, date_to):
    """New user accounts in the period by role, and per month by role (with new supplier profiles)."""
    labels, user_rows = _monthly(User.created_at, date_from, date_to, User.role)
    _, profile_rows = _monthly(Supplier.created_at, date_from, date_to)
    by_month = {label: {"month": label, **dict.fromkeys(ROLES, 0), "total": 0, "supplier_profiles": 0}
                for label in labels}
    by_role = dict.fromkeys(ROLES, 0)
    for label, role, count in user_rows:
        if role in by_role:
            by_month[label][role] += count
            by_role[role] += count
        by_month[label]["total"] += count
    for label, count in profile_rows:
        by_month[label]["supplier_profiles"] = count
    return {"users": sum(row["total"] for row in by_month.values()), "by_role": by_role,
            "by_month": list(by_month.values())}


def requirement_figures(start, stop):
    """Buyer requirements posted in the period, the buyers that posted them, and their sectors."""
    posted = _in(Requirement.created_at, start, stop)
    count, organisations = db.session.execute(select(
        func.count(Requirement.id), func.count(Requirement.organisation_id.distinct())).where(posted)).one()
    sectors = count_list_elements(Requirement.sectors, posted, allowed=SECTORS)
    open_at_end = db.session.scalar(select(func.count(Requirement.id)).where(
        posted, Requirement.status == "open"))
    return {"posted": count, "buyer_organisations": organisations, "still_open": open_at_end,
            "by_sector": [{"sector": code, "requirements": sectors.get(code, 0)} for code in SECTORS]}


def match_view_figures(start, stop):
    """Suppliers shown to buyers among a requirement's matches in the period (first sight of each pair)."""
    views = optional_table("match_views")
    if views is None:
        return {"views": 0, "buyers": 0, "suppliers": 0, "requirements": 0, "note": NOT_RECORDED}
    count, buyers, suppliers, requirements = db.session.execute(select(
        func.count(), func.count(views.c.user_id.distinct()), func.count(views.c.supplier_id.distinct()),
        func.count(views.c.requirement_id.distinct())).where(_in(views.c.at, start, stop))).one()
    return {"views": count, "buyers": buyers, "suppliers": suppliers, "requirements": requirements, "note": ""}


def shortlist_figures(start, stop):
    """Shortlists created and suppliers added to shortlists in the period, entries by their current status."""
    created = db.session.scalar(select(func.count(Shortlist.id)).where(_in(Shortlist.created_at, start, stop)))
    added = _in(ShortlistEntry.added_at, start, stop)
    statuses = dict(db.session.execute(select(ShortlistEntry.status, func.count(ShortlistEntry.id))
                                       .where(added).group_by(ShortlistEntry.status)).all())
    entries, suppliers = db.session.execute(select(
        func.count(ShortlistEntry.id), func.count(ShortlistEntry.supplier_id.distinct())).where(added)).one()
    return {"created": created, "entries": entries, "suppliers": suppliers,
            "by_status": [{"status": status, "entries": statuses.get(status, 0)} for status in ENTRY_STATUSES]}


def event_figures(date_from, date_to):
    """Matchmaking events starting in the period, their meetings (held, no-shows), deals and deal value."""
    events, meetings, feedback = (optional_table(name) for name in ("events", "event_meetings", "event_feedback"))
    empty = {"events": 0, "participants": 0, "meetings_scheduled": 0, "meetings_held": 0, "no_shows": 0,
             "deals": 0, "deal_value_usd": 0}
    if events is None or meetings is None:
        return {**empty, "note": NOT_RECORDED}
    in_period = and_(events.c.starts_on >= date_from, events.c.starts_on <= date_to)
    event_ids = select(events.c.id).where(in_period)
    figures = dict(empty, note="")
    figures["events"] = db.session.scalar(select(func.count()).select_from(events).where(in_period))
    participants = optional_table("event_participants")
    if participants is not None:
        figures["participants"] = db.session.scalar(select(func.count()).select_from(participants)
                                                    .where(participants.c.event_id.in_(event_ids)))
    status = dict(db.session.execute(select(meetings.c.status, func.count()).where(
        meetings.c.event_id.in_(event_ids)).group_by(meetings.c.status)).all())
    figures["meetings_scheduled"] = sum(status.values())
    figures["meetings_held"] = status.get("held", 0)
    figures["no_shows"] = status.get("no_show", 0)
    if feedback is not None:
        figures["deals"], figures["deal_value_usd"] = _deals(feedback, event_ids)
    return figures


def _deals(feedback, event_ids):
    """Meetings where either side reported an agreement, and their value (the larger of the two sides' estimates,
    so that a deal both sides report is not counted twice)."""
    per_meeting = (select(feedback.c.meeting_id, func.max(feedback.c.estimated_value_usd).label("value"))
                   .where(feedback.c.event_id.in_(event_ids), feedback.c.agreement_reached.is_(True))
                   .group_by(feedback.c.meeting_id).subquery())
    deals, value = db.session.execute(select(func.count(), func.coalesce(func.sum(per_meeting.c.value), 0))).one()
    return deals, int(value)


def recognition_figures(date_from, date_to):
    """Key-industrial-product recognitions recorded by staff, up to the period's year, per year and group."""
    table = optional_table("recognitions")
    if table is None:
        return {"products": 0, "companies": 0, "in_period_years": 0, "by_year": [], "by_product_group": [],
                "note": NOT_RECORDED}
    up_to = table.c.year <= date_to.year
    products, companies = db.session.execute(select(
        func.count(), func.count(table.c.supplier_id.distinct())).where(up_to)).one()
    in_years = db.session.scalar(select(func.count()).select_from(table).where(
        up_to, table.c.year >= date_from.year))
    years = db.session.execute(select(table.c.year, func.count()).where(up_to)
                               .group_by(table.c.year).order_by(table.c.year))
    groups = dict(db.session.execute(select(table.c.product_group, func.count()).where(up_to)
                                     .group_by(table.c.product_group)).all())
    return {"products": products, "companies": companies, "in_period_years": in_years,
            "by_year": [{"year": year, "products": count} for year, count in years],
            "by_product_group": [{"sector": code, "products": groups.get(code, 0)} for code in SECTORS],
            "note": ""}


def five_s_enrolment_figures(start, stop):
    """5S/5S3D training enrolments started, completed and certified in the period, when staff keep these records."""
    table = optional_table("five_s_enrolments")
    if table is None:
        return {"enrolled": 0, "completed": 0, "certified": 0, "note": NOT_RECORDED}
    figures = {}
    for key, column in (("enrolled", table.c.enrolled_on), ("completed", table.c.completed_on),
                        ("certified", table.c.certified_on)):
        figures[key] = db.session.scalar(select(func.count()).select_from(table).where(
            _in(column, start.date(), stop.date())))
    return {**figures, "note": ""}
