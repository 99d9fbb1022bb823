"""Saving searches and requirements, and announcing newly added or updated suppliers that match them.

The announcement runs as a search.sync listener, after the supplier change was committed and after the match model
took it in (that listener is registered earlier), so requirement-type saves are matched by the engine itself.
"""
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..audit.services import record
from ..buyers.filters import matching_suppliers
from ..buyers.records import to_record
from ..extensions import db
from ..matches.services import match_result
from ..messaging.services import notify_localised, path_for
from ..search.terms import plan_query, terms
from ..suppliers.models import Supplier
from ..suppliers.validation import RecordError
from .models import SavedSearch, SavedSearchHit

TEXT_FIELDS = ("name", "name_en", "description")
LIST_FIELDS = ("capabilities", "products", "materials")


def save_search(user, query, filters, name=None):
    """Save a free-text search with its filters for the user."""
    query = (query or "").strip()
    saved = SavedSearch(owner_id=user.id, kind="search", query=query or None, filters=filters or {},
                        name=(name or query or _("Suppliers matching my filters"))[:200])
    db.session.add(saved)
    db.session.flush()
    record("create", "saved_search", saved.id, {"query": [None, saved.query], "filters": [None, saved.filters]}, user)
    return saved


def save_requirement(user, requirement, filters=None):
    """Save a requirement (with optional match filters) so that new matching suppliers are announced."""
    saved = db.session.scalar(select(SavedSearch).filter_by(owner_id=user.id, kind="requirement",
                                                            requirement_id=requirement.id))
    if saved is not None:
        saved.filters = filters or {}
        return saved
    saved = SavedSearch(owner_id=user.id, kind="requirement", requirement=requirement, filters=filters or {},
                        name=requirement.title[:200])
    db.session.add(saved)
    db.session.flush()
    record("create", "saved_search", saved.id, {"requirement": [None, requirement.id]}, user)
    return saved


def delete_saved(saved, user):
    """Stop a saved search."""
    record("delete", "saved_search", saved.id, {"name": [saved.name, None]}, user)
    db.session.delete(saved)


def saved_page(user, page=1, per_page=20):
    """The user's saved searches, newest first, paginated."""
    query = (select(SavedSearch).where(SavedSearch.owner_id == user.id)
             .options(selectinload(SavedSearch.requirement))
             .order_by(SavedSearch.created_at.desc(), SavedSearch.id.desc()))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def supplier_terms(supplier):
    """Every folded, stemmed term of the supplier's names and free text."""
    text = [getattr(supplier, name) or "" for name in TEXT_FIELDS]
    text += [item for name in LIST_FIELDS for item in getattr(supplier, name) or []]
    return set(terms("\n".join(text)))


def text_matches(query, supplier):
    """True when the supplier's text holds the query's words (or their other-language terms), as search does."""
    plan = plan_query(query or "")
    required = plan.required
    if not required:
        return True
    own = supplier_terms(supplier)
    satisfied = sum(1 for clause in required
                    if any(set(alternative.words) <= own for alternative in clause.alternatives))
    return satisfied >= plan.minimum_should_match


def _matching(saved, suppliers):
    """The suppliers (among the given {id: Supplier}) that the saved search or requirement now finds."""
    passing = matching_suppliers(saved.filters or {}, supplier_ids=list(suppliers)) if saved.filters else \
        {sid: s.external_id for sid, s in suppliers.items()}
    if not passing:
        return []
    if saved.kind == "requirement":
        requirement = saved.requirement
        if requirement is None or requirement.status != "open":
            return []
        try:
            result = match_result(to_record(requirement), top=len(passing), candidates=set(passing.values()))
        except RecordError:
            return []
        by_key = {s.external_id: s for s in suppliers.values()}
        return [by_key[item["external_id"]] for item in result["results"] if item["external_id"] in by_key]
    return [suppliers[sid] for sid in passing if text_matches(saved.query, suppliers[sid])]


def _announce(saved, supplier):
    link = path_for("suppliers.profile", supplier_id=supplier.id)
    if saved.kind == "requirement":
        notify_localised(saved.owner, "match", link, lambda: _(
            "New matching supplier for your requirement “%(name)s”: %(supplier)s", name=saved.name,
            supplier=supplier.name))
    else:
        notify_localised(saved.owner, "match", link, lambda: _(
            "New supplier for your saved search “%(name)s”: %(supplier)s", name=saved.name, supplier=supplier.name))


def announce_matches(supplier_ids):
    """For changed suppliers, notify each saved search's owner once per (saved search, supplier) that matches."""
    searches = list(db.session.scalars(select(SavedSearch).options(
        selectinload(SavedSearch.owner), selectinload(SavedSearch.requirement))))
    if not searches:
        return 0
    suppliers = {s.id: s for s in db.session.scalars(select(Supplier).where(Supplier.id.in_(list(supplier_ids))))}
    if not suppliers:
        return 0
    announced = set(db.session.execute(select(SavedSearchHit.saved_search_id, SavedSearchHit.supplier_id)
                                       .where(SavedSearchHit.supplier_id.in_(list(suppliers)))).tuples())
    count = 0
    for saved in searches:
        if saved.owner is None or not saved.owner.active:
            continue
        for supplier in _matching(saved, suppliers):
            if (saved.id, supplier.id) in announced:
                continue
            db.session.add(SavedSearchHit(saved_search_id=saved.id, supplier_id=supplier.id))
            _announce(saved, supplier)
            count += 1
    # Runs after the supplier change was committed, so these notices need their own commit.
    db.session.commit()
    return count


def init_app(app):
    """Announce matching suppliers to saved searches after every committed supplier change."""
    from ..search.sync import add_listener

    add_listener(app, announce_matches)

