"""Open buyer requirements that match a supplier, expressions of interest, and notices to matching suppliers."""
from dataclasses import dataclass

from flask import current_app, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import or_, select
from werkzeug.routing import BuildError

from ..audit.services import record
from ..auth.models import User
from ..buyers.models import Requirement
from ..buyers.records import to_record as requirement_record
from ..extensions import db
from ..matches.services import match_result
from ..notifications.services import notify
from ..timeutil import today
from .models import Interest, Supplier
from .validation import RecordError

NOTIFY_TOP = 20


@dataclass(frozen=True)
class Opportunity:
    requirement: Requirement
    score: float
    reasons: list


class ListPagination(Pagination):
    """Flask-SQLAlchemy's pagination over a list already in memory (the shared _pagination.html works with it)."""

    def _query_items(self):
        items = self._query_args["items"]
        start = (self.page - 1) * self.per_page
        return items[start:start + self.per_page]

    def _query_count(self):
        return len(self._query_args["items"])


class AlreadyInterested(ValueError):
    """The supplier already told this buyer it is interested."""


def open_requirements(on=None):
    """Requirements still open and not past their deadline, newest first."""
    on = on or today()
    query = (select(Requirement).where(Requirement.status == "open")
             .where(or_(Requirement.deadline.is_(None), Requirement.deadline >= on))
             .order_by(Requirement.created_at.desc(), Requirement.id.desc()))
    return list(db.session.scalars(query))


def match_for(requirement, supplier):
    """The supplier's match (score, reasons) for one requirement, or None when it is not a match."""
    try:
        result = match_result(requirement_record(requirement), top=1, candidates={supplier.external_id})
    except RecordError:
        return None  # a requirement that breaks the contract matches nobody
    for hit in result["results"]:
        if hit["external_id"] == supplier.external_id:
            return hit["score"], hit["reasons"]
    return None


def opportunities_for(supplier, on=None):
    """Every open requirement the supplier matches, best score first."""
    found = []
    for requirement in open_requirements(on):
        if requirement.organisation_id is not None and requirement.organisation_id == supplier.organisation_id:
            continue
        hit = match_for(requirement, supplier)
        if hit:
            found.append(Opportunity(requirement, *hit))
    found.sort(key=lambda o: (-o.score, -o.requirement.id))
    return found


def paginate(items, page, per_page=10):
    """One page of an in-memory list, as a Flask-SQLAlchemy pagination."""
    return ListPagination(page=page, per_page=per_page, error_out=False, items=items)


def interested_requirement_ids(supplier):
    """Ids of requirements the supplier already expressed interest in."""
    return set(db.session.scalars(select(Interest.requirement_id).filter_by(supplier_id=supplier.id)))


def _link(endpoint, **values):
    try:
        return url_for(endpoint, _external=False, **values)
    except BuildError:
        return None  # the page is not mounted in this app: the notice goes without a link


def _locale(user):
    return user.locale or current_app.config.get("BABEL_DEFAULT_LOCALE", "vi")


def _users_of(organisation_id, role):
    if organisation_id is None:
        return []
    return list(db.session.scalars(select(User).filter_by(organisation_id=organisation_id, role=role, active=True)))


def express_interest(supplier, requirement, user, message=None, score=None):
    """Record that the supplier wants this requirement and tell the buyer's users; audited. Raises AlreadyInterested."""
    if db.session.scalar(select(Interest.id).filter_by(supplier_id=supplier.id, requirement_id=requirement.id)):
        raise AlreadyInterested(requirement.external_id)
    interest = Interest(supplier=supplier, requirement=requirement, user_id=getattr(user, "id", None),
                        message=(message or "").strip() or None, score=score)
    db.session.add(interest)
    db.session.flush()
    record("interest", "requirement", requirement.id, {"interest": [None, supplier.external_id]}, user, supplier.id)
    link = _link("buyers.matches", requirement_id=requirement.id)
    for buyer in _users_of(requirement.organisation_id, "buyer"):
        with force_locale(_locale(buyer)):
            text = _("%(supplier)s is interested in your requirement “%(title)s”.",
                     supplier=supplier.name, title=requirement.title)
        notify(buyer.id, "interest", text, link)
    return interest


def interests_for(requirement):
    """Suppliers' expressions of interest in a requirement, newest first (for the buyer's requirement page)."""
    query = (select(Interest).filter_by(requirement_id=requirement.id)
             .join(Supplier).order_by(Interest.created_at.desc(), Interest.id.desc()))
    return list(db.session.scalars(query))


def notify_matching_suppliers(requirement, threshold=0.5, top=NOTIFY_TOP):
    """Tell the users of the (at most `top`) suppliers scoring at least `threshold` about a new requirement.

    Call after saving a requirement; the caller commits. Returns how many suppliers were told.
    """
    try:
        result = match_result(requirement_record(requirement), top=top)
    except RecordError:
        return 0
    wanted = [hit for hit in result["results"] if hit["score"] >= threshold]
    if not wanted:
        return 0
    suppliers = {s.external_id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.external_id.in_([hit["external_id"] for hit in wanted])))}
    link = _link("opportunities.index")
    told = 0
    for hit in wanted:
        supplier = suppliers.get(hit["external_id"])
        users = _users_of(supplier.organisation_id, "supplier") if supplier else []
        for user in users:
            with force_locale(_locale(user)):
                text = _("A new buyer requirement matches your company (score %(score)s): “%(title)s”.",
                         score=f"{hit['score']:.2f}", title=requirement.title)
            notify(user.id, "match", text, link)
        told += bool(users)
    return told
