"""Shortlist writes (audited) and the reads the match and profile pages need; the request commits."""
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..audit.services import record
from ..extensions import db
from .models import ENTRY_STATUSES, Shortlist, ShortlistEntry


class ShortlistError(ValueError):
    """A shortlist change that cannot be made; the message says why."""


def shortlists_of(user):
    """All the user's shortlists, newest first (for the 'add to' choices)."""
    query = select(Shortlist).where(Shortlist.owner_id == user.id).order_by(Shortlist.created_at.desc(),
                                                                             Shortlist.id.desc())
    return list(db.session.scalars(query))


def shortlist_page(user, page=1, per_page=20):
    """The user's shortlists, newest first, paginated; `counts` maps each shown shortlist id to its entries."""
    query = select(Shortlist).where(Shortlist.owner_id == user.id).order_by(Shortlist.created_at.desc(),
                                                                             Shortlist.id.desc())
    pagination = db.paginate(query, page=page, per_page=per_page, error_out=False)
    pagination.counts = dict(db.session.execute(
        select(ShortlistEntry.shortlist_id, func.count(ShortlistEntry.id))
        .where(ShortlistEntry.shortlist_id.in_([s.id for s in pagination.items]))
        .group_by(ShortlistEntry.shortlist_id)).all()) if pagination.items else {}
    return pagination


def entry_page(shortlist, status=None, page=1, per_page=20):
    """A shortlist's entries, oldest first, with their suppliers, paginated."""
    query = (select(ShortlistEntry).where(ShortlistEntry.shortlist_id == shortlist.id)
             .options(selectinload(ShortlistEntry.supplier)).order_by(ShortlistEntry.added_at, ShortlistEntry.id))
    if status in ENTRY_STATUSES:
        query = query.where(ShortlistEntry.status == status)
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def membership(user, supplier_ids=None):
    """{supplier id: {shortlist ids}} for the user's shortlists (optionally only for the given suppliers)."""
    query = (select(ShortlistEntry.supplier_id, ShortlistEntry.shortlist_id).join(Shortlist)
             .where(Shortlist.owner_id == user.id))
    if supplier_ids is not None:
        query = query.where(ShortlistEntry.supplier_id.in_(list(supplier_ids)))
    member = {}
    for supplier_id, shortlist_id in db.session.execute(query):
        member.setdefault(supplier_id, set()).add(shortlist_id)
    return member


def requirement_shortlist(user, requirement):
    """The user's shortlist for a requirement, or None."""
    return db.session.scalar(select(Shortlist).where(Shortlist.owner_id == user.id,
                                                     Shortlist.requirement_id == requirement.id)
                             .order_by(Shortlist.id).limit(1))


def create_shortlist(user, name, requirement=None):
    """A new shortlist for the user (tied to a requirement when given)."""
    name = (name or "").strip() or (requirement.title if requirement else "")
    if not name:
        raise ShortlistError("name")
    shortlist = Shortlist(owner_id=user.id, name=name[:200], requirement=requirement)
    db.session.add(shortlist)
    db.session.flush()
    record("create", "shortlist", shortlist.id, {"name": [None, shortlist.name]}, user)
    return shortlist


def add_entry(shortlist, supplier, user):
    """Put a supplier on a shortlist (nothing happens when it is already there); returns (entry, added)."""
    entry = db.session.scalar(select(ShortlistEntry).filter_by(shortlist_id=shortlist.id, supplier_id=supplier.id))
    if entry is not None:
        return entry, False
    entry = ShortlistEntry(shortlist=shortlist, supplier_id=supplier.id, status="to_contact")
    db.session.add(entry)
    db.session.flush()
    record("add", "shortlist_entry", entry.id, {"shortlist": [None, shortlist.id], "supplier": [None, supplier.id]},
           user, supplier_id=supplier.id)
    return entry, True


def remove_entry(shortlist, supplier_id, user):
    """Take a supplier off a shortlist; returns True when it was there."""
    entry = db.session.scalar(select(ShortlistEntry).filter_by(shortlist_id=shortlist.id, supplier_id=supplier_id))
    if entry is None:
        return False
    record("remove", "shortlist_entry", entry.id, {"shortlist": [shortlist.id, None], "supplier": [supplier_id, None]},
           user, supplier_id=supplier_id)
    db.session.delete(entry)
    return True


def update_entry(entry, note, status, user):
    """Change an entry's note and status; returns the changes."""
    if status not in ENTRY_STATUSES:
        raise ShortlistError("status")
    note = (note or "").strip() or None
    changes = {k: [old, new] for k, old, new in (("note", entry.note, note), ("status", entry.status, status))
               if old != new}
    if changes:
        entry.note, entry.status = note, status
        record("update", "shortlist_entry", entry.id, changes, user, supplier_id=entry.supplier_id)
    return changes


def delete_shortlist(shortlist, user):
    """Delete a shortlist with its entries."""
    record("delete", "shortlist", shortlist.id, {"name": [shortlist.name, None]}, user)
    db.session.delete(shortlist)


def control_for(user, supplier_ids, requirement=None):
    """What the add/remove shortlist buttons need: the user's lists, which hold which supplier, and the
    requirement's own list on a matches page."""
    return {"lists": shortlists_of(user), "member": membership(user, supplier_ids), "requirement": requirement,
            "target": requirement_shortlist(user, requirement) if requirement is not None else None}
