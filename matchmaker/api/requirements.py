"""Buyers' requirements: list, post, read and change their own (staff may read and change any)."""
from flask import url_for
from sqlalchemy import select

from ..auth.access import owns_requirement
from ..buyers import services
from ..buyers.models import Requirement
from ..buyers.records import to_record
from ..buyers.validation import validate_requirement
from ..extensions import db
from ..matches.services import match_result
from ..suppliers.opportunities import notify_matching_suppliers
from ..suppliers.validation import RecordError
from .auth import api_user
from .blueprint import blueprint
from .dates import iso_utc
from .errors import ApiError, record_error_fields
from .inputs import contract_errors, load_json, load_query
from .openapi import operation
from .pagination import paged_query
from .schemas import (
    MatchArgs,
    MatchResultSchema,
    RequirementListArgs,
    RequirementPageSchema,
    RequirementPatchSchema,
    RequirementRecordSchema,
    RequirementSchema,
)

READERS = ("buyer", "staff")


def requirement_json(requirement):
    """A requirement with its id and status; `record` is in the interchange contract's format."""
    return {"id": requirement.id, "status": requirement.status, "created_at": iso_utc(requirement.created_at),
            "updated_at": iso_utc(requirement.updated_at), "record": to_record(requirement)}


def owned_requirement(requirement_id, user):
    """The requirement when the user may see it; another firm's requirement is answered like a missing one."""
    requirement = db.session.get(Requirement, requirement_id)
    if requirement is None or not owns_requirement(user, requirement):
        raise ApiError(404, f"There is no requirement {requirement_id} of yours.")
    return requirement


def _saved(save):
    """Run a save; a contract violation becomes a 422 problem with the messages per field."""
    try:
        return save()
    except RecordError as error:
        db.session.rollback()
        raise ApiError(422, "The requirement was not saved: " + str(error), record_error_fields(error)) from error


def _patch_errors(requirement, body):
    """What is wrong with a requirement change: the contract's findings, and any attempt to change external_id."""
    errors = contract_errors(validate_requirement,
                             to_record(requirement) | {k: v for k, v in body.items() if k != "status"})
    if body.get("external_id") not in (None, requirement.external_id):
        errors["external_id"] = ["cannot be changed"]
    return errors


@blueprint.get("/requirements")
@operation("List your requirements", tag="requirements", query=RequirementListArgs, roles=READERS,
           ok=(200, RequirementPageSchema), description="Your firm's requirements (every one for staff), newest first.")
def list_requirements():
    args = load_query(RequirementListArgs)
    pagination = services.requirements_of(api_user(), args.get("status"), page=args["page"],
                                          per_page=args["per_page"])
    return paged_query(pagination, requirement_json)


@blueprint.post("/requirements")
@operation("Post a requirement", tag="requirements", body=RequirementRecordSchema, roles=("buyer",),
           ok=(201, RequirementSchema), problems=(409,),
           description="A requirement in the interchange contract's format. Without `external_id` the platform "
                       "gives it one (REQ-YYYY-NNNN). Suppliers that match well are told about it.")
def create_requirement():
    user = api_user()
    data = load_json(RequirementRecordSchema, contract=lambda body: contract_errors(validate_requirement, body))
    external_id = (data.get("external_id") or "").strip()
    if external_id and db.session.scalar(select(Requirement.id).filter_by(external_id=external_id)):
        raise ApiError(409, f"A requirement with external_id {external_id!r} exists already; change it with PATCH "
                            "on its id.")
    requirement = _saved(lambda: services.save_requirement(data, organisation=user.organisation, user=user,
                                                           source="api"))
    notify_matching_suppliers(requirement)
    db.session.commit()
    location = url_for("api.read_requirement", requirement_id=requirement.id)
    return requirement_json(requirement), 201, {"Location": location}


@blueprint.get("/requirements/<id:requirement_id>")
@operation("Read a requirement", tag="requirements", roles=READERS, ok=(200, RequirementSchema), problems=(404,))
def read_requirement(requirement_id):
    return requirement_json(owned_requirement(requirement_id, api_user()))


@blueprint.patch("/requirements/<id:requirement_id>")
@operation("Change a requirement", tag="requirements", body=RequirementPatchSchema, roles=READERS,
           ok=(200, RequirementSchema), problems=(404,),
           description="Send the contract fields to change, and `status` (open, closed) to close or reopen it. "
                       "`external_id` cannot change.")
def update_requirement(requirement_id):
    user = api_user()
    requirement = owned_requirement(requirement_id, user)
    changes = load_json(RequirementPatchSchema, contract=lambda body: _patch_errors(requirement, body))
    status = changes.pop("status", None)
    if changes.pop("external_id", None) not in (None, requirement.external_id):
        raise ApiError(422, "external_id cannot be changed.", {"external_id": ["cannot be changed"]})
    if changes:
        merged = to_record(requirement) | changes
        _saved(lambda: services.save_requirement(merged, user=user, requirement=requirement, source="api"))
    if status:
        services.set_status(requirement, status, user)
    db.session.commit()
    return requirement_json(requirement)


@blueprint.get("/requirements/<id:requirement_id>/matches")
@operation("Rank suppliers for a requirement", tag="match", query=MatchArgs, roles=READERS,
           ok=(200, MatchResultSchema), problems=(404,),
           description="The contract's match result for one of your stored requirements.")
def requirement_matches(requirement_id):
    requirement = owned_requirement(requirement_id, api_user())
    top = load_query(MatchArgs)["top"]
    return _saved(lambda: match_result(to_record(requirement), top=top))
