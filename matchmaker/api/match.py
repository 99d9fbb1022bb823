"""Matching a requirement sent in the contract's format: the answer is what `flask match --json` prints."""
from ..buyers.validation import validate_requirement
from ..matches.services import match_result
from ..suppliers.validation import RecordError
from .blueprint import blueprint
from .errors import ApiError, record_error_fields
from .inputs import contract_errors, load_json, load_query
from .openapi import operation
from .schemas import MatchArgs, MatchResultSchema, RequirementRecordSchema


@blueprint.post("/match")
@operation("Match a requirement", tag="match", query=MatchArgs, body=RequirementRecordSchema,
           roles=("buyer", "staff"), ok=(200, MatchResultSchema),
           description="Send a buyer requirement in the interchange contract's format; the answer is the "
                       "contract's match result (suppliers best first, at most `top`), the same object that "
                       "`flask --app wsgi match FILE --top N --json` prints. Nothing is stored.")
def match_requirement():
    top = load_query(MatchArgs)["top"]
    requirement = load_json(RequirementRecordSchema,
                            contract=lambda body: contract_errors(validate_requirement, body))
    try:
        return match_result(requirement, top=top)
    except RecordError as error:
        raise ApiError(422, "The requirement breaks the contract: " + str(error),
                       record_error_fields(error)) from error
