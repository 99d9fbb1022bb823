"""Buyers' shortlists: list, create and delete them; add, annotate and remove suppliers."""
from flask import url_for
from sqlalchemy import select

from ..auth.access import can_view_profile, owns_requirement, owns_shortlist
from ..buyers.models import Requirement
from ..extensions import db
from ..shortlists import services
from ..shortlists.models import Shortlist, ShortlistEntry
from ..suppliers.models import Supplier
from .auth import api_user
from .blueprint import blueprint
from .dates import iso_utc
from .errors import ApiError
from .inputs import load_json, load_query
from .openapi import operation
from .pagination import paged_query
from .schemas import (
    EntryCreateSchema,
    EntryPatchSchema,
    EntrySchema,
    PageArgs,
    ShortlistCreateSchema,
    ShortlistDetailSchema,
    ShortlistPageSchema,
)

BUYERS = ("buyer",)


def entry_json(entry):
    """One shortlisted supplier with the buyer's note and status."""
    return {"supplier_id": entry.supplier_id, "external_id": entry.supplier.external_id, "name": entry.supplier.name,
            "note": entry.note, "status": entry.status, "added_at": iso_utc(entry.added_at),
            "updated_at": iso_utc(entry.updated_at)}


def shortlist_json(shortlist, entry_count=None, entries=False):
    """A shortlist; with its entries when asked."""
    data = {"id": shortlist.id, "name": shortlist.name, "requirement_id": shortlist.requirement_id,
            "created_at": iso_utc(shortlist.created_at),
            "entry_count": len(shortlist.entries) if entry_count is None else entry_count}
    if entries:
        data["entries"] = [entry_json(entry) for entry in shortlist.entries]
    return data


def owned_shortlist(shortlist_id, user):
    """The user's shortlist; someone else's is answered like a missing one."""
    shortlist = db.session.get(Shortlist, shortlist_id)
    if shortlist is None or not owns_shortlist(user, shortlist):
        raise ApiError(404, f"There is no shortlist {shortlist_id} of yours.")
    return shortlist


def _entry(shortlist, supplier_id):
    entry = db.session.scalar(select(ShortlistEntry).filter_by(shortlist_id=shortlist.id, supplier_id=supplier_id))
    if entry is None:
        raise ApiError(404, f"Supplier {supplier_id} is not on shortlist {shortlist.id}.")
    return entry


@blueprint.get("/shortlists")
@operation("List your shortlists", tag="shortlists", query=PageArgs, roles=BUYERS, ok=(200, ShortlistPageSchema))
def list_shortlists():
    args = load_query(PageArgs)
    page = services.shortlist_page(api_user(), page=args["page"], per_page=args["per_page"])
    return paged_query(page, lambda s: shortlist_json(s, page.counts.get(s.id, 0)))


@blueprint.post("/shortlists")
@operation("Create a shortlist", tag="shortlists", body=ShortlistCreateSchema, roles=BUYERS,
           ok=(201, ShortlistDetailSchema), description="Optionally tied to one of your requirements.")
def create_shortlist():
    user = api_user()
    data = load_json(ShortlistCreateSchema, raw=False)
    requirement = None
    if data.get("requirement_id"):
        requirement = db.session.get(Requirement, data["requirement_id"])
        if requirement is None or not owns_requirement(user, requirement):
            raise ApiError(422, "No such requirement of yours.", {"requirement_id": ["no such requirement of yours"]})
    try:
        shortlist = services.create_shortlist(user, data["name"], requirement)
    except services.ShortlistError as error:
        raise ApiError(422, "A shortlist needs a name.", {"name": ["required"]}) from error
    db.session.commit()
    location = url_for("api.read_shortlist", shortlist_id=shortlist.id)
    return shortlist_json(shortlist, entries=True), 201, {"Location": location}


@blueprint.get("/shortlists/<id:shortlist_id>")
@operation("Read a shortlist with its suppliers", tag="shortlists", roles=BUYERS, ok=(200, ShortlistDetailSchema),
           problems=(404,))
def read_shortlist(shortlist_id):
    return shortlist_json(owned_shortlist(shortlist_id, api_user()), entries=True)


@blueprint.delete("/shortlists/<id:shortlist_id>")
@operation("Delete a shortlist", tag="shortlists", roles=BUYERS, ok=(204, None), problems=(404,))
def delete_shortlist(shortlist_id):
    user = api_user()
    services.delete_shortlist(owned_shortlist(shortlist_id, user), user)
    db.session.commit()
    return "", 204


@blueprint.post("/shortlists/<id:shortlist_id>/entries")
@operation("Add a supplier to a shortlist", tag="shortlists", body=EntryCreateSchema, roles=BUYERS,
           ok=(200, EntrySchema), problems=(404,),
           description="Adding a supplier that is already there changes nothing but the note and status sent.")
def add_entry(shortlist_id):
    user = api_user()
    shortlist = owned_shortlist(shortlist_id, user)
    data = load_json(EntryCreateSchema, raw=False)
    supplier = db.session.get(Supplier, data["supplier_id"])
    if supplier is None or not can_view_profile(user, supplier):
        raise ApiError(422, f"There is no supplier {data['supplier_id']}.", {"supplier_id": ["no such supplier"]})
    entry, _added = services.add_entry(shortlist, supplier, user)
    if "note" in data or "status" in data:
        services.update_entry(entry, data.get("note", entry.note), data.get("status", entry.status), user)
    db.session.commit()
    return entry_json(entry)


@blueprint.patch("/shortlists/<id:shortlist_id>/entries/<id:supplier_id>")
@operation("Set a shortlisted supplier's note or status", tag="shortlists", body=EntryPatchSchema, roles=BUYERS,
           ok=(200, EntrySchema), problems=(404,))
def update_entry(shortlist_id, supplier_id):
    user = api_user()
    entry = _entry(owned_shortlist(shortlist_id, user), supplier_id)
    data = load_json(EntryPatchSchema, raw=False)
    services.update_entry(entry, data.get("note", entry.note), data.get("status", entry.status), user)
    db.session.commit()
    return entry_json(entry)


@blueprint.delete("/shortlists/<id:shortlist_id>/entries/<id:supplier_id>")
@operation("Remove a supplier from a shortlist", tag="shortlists", roles=BUYERS, ok=(204, None), problems=(404,))
def remove_entry(shortlist_id, supplier_id):
    user = api_user()
    shortlist = owned_shortlist(shortlist_id, user)
    _entry(shortlist, supplier_id)
    services.remove_entry(shortlist, supplier_id, user)
    db.session.commit()
    return "", 204


