"""Reading a request's query string and JSON body through the operation's schemas (422 problems when wrong)."""
from flask import request
from marshmallow import ValidationError, fields

from ..suppliers.validation import RecordError
from .errors import ApiError, record_error_fields


def load_query(schema_class):
    """The validated query parameters (list parameters may repeat: ?sector=a&sector=b)."""
    schema = schema_class()
    data = {}
    for name, field in schema.fields.items():
        if name not in request.args:
            continue
        data[name] = request.args.getlist(name) if isinstance(field, fields.List) else request.args.get(name)
    try:
        return schema.load(data)
    except ValidationError as error:
        raise ApiError(422, "Some query parameters are invalid; see 'errors'.", error.messages) from error


def contract_errors(validator, record):
    """{field: [messages]} from one of the interchange contract's validators ({} when the record passes)."""
    try:
        validator(record)
    except RecordError as error:
        return record_error_fields(error)
    return {}


def _merged(errors, more):
    for field, messages in more.items():
        known = errors.setdefault(field, [])
        if isinstance(known, list):
            known.extend(message for message in messages if message not in known)
    return errors


def load_json(schema_class, raw=True, contract=None):
    """The JSON body checked against the schema: as sent (contract records, which the contract's validators
    clean later), or as the schema loads it (raw=False). `contract(body)` -> {field: [messages]} adds the
    contract's own findings when the schema already failed, so one answer lists every problem."""
    body = request.get_json()  # a body that is not JSON, or not sent as JSON, is a 400 or 415 problem
    if not isinstance(body, dict):
        raise ApiError(422, "The request body must be a JSON object.", {"_body": ["must be a JSON object"]})
    schema = schema_class()
    try:
        loaded = schema.load(body)
    except ValidationError as error:
        errors = dict(error.messages) if isinstance(error.messages, dict) else {"_schema": error.messages}
        if contract is not None:
            errors = _merged(errors, contract(body))
        raise ApiError(422, "Some fields are invalid; see 'errors'.", errors) from error
    return body if raw else loaded
