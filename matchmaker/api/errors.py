"""Errors inside /api/v1 as `application/problem+json` (RFC 9457); the web pages keep their HTML error pages.

API messages are in English, like the field names and the interchange contract, so that the programs reading
them get stable text whatever the interface language.
"""
from flask import current_app, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from ..extensions import db

PREFIX = "/api/v1"
MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://matchmaker.hanoi.gov.vn/problems/"  # identifies the problem kind; need not resolve
TITLES = {
    400: "Bad request", 401: "Authentication required", 403: "Forbidden", 404: "Not found",
    405: "Method not allowed", 409: "Conflict", 413: "Payload too large", 415: "Unsupported media type",
    422: "Validation failed", 429: "Too many requests", 500: "Internal server error",
}
DETAILS = {
    400: "The request could not be understood: check that the body is valid JSON.",
    401: "Send a personal API token as 'Authorization: Bearer <token>'; create one under your account's API tokens.",
    403: "Your account's role may not do this.",
    404: "There is no such resource, or it is not visible to you.",
    405: "This method is not allowed on this resource; the Allow header lists the methods that are.",
    413: "The upload is larger than the server accepts.",
    415: "Send the body as application/json.",
    422: "The request has invalid fields; see 'errors'.",
    429: "Too many requests: wait a moment and try again.",
    500: "Something went wrong on the server. The error has been logged; please try again later.",
}
SLUGS = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed",
         409: "conflict", 413: "payload-too-large", 415: "unsupported-media-type", 422: "validation-error",
         429: "too-many-requests", 500: "server-error"}


class ApiError(Exception):
    """An API failure with its status, a human-readable detail and (for validation) per-field messages."""

    def __init__(self, status, detail=None, errors=None, headers=None):
        super().__init__(detail or DETAILS.get(status, ""))
        self.status = status
        self.detail = detail or DETAILS.get(status)
        self.errors = errors
        self.headers = headers or {}


def is_api_request():
    """True when the current request addresses the JSON API."""
    return request.path == PREFIX or request.path.startswith(PREFIX + "/")


def problem(status, detail=None, errors=None, headers=None):
    """A problem+json response."""
    body = {"type": TYPE_BASE + SLUGS.get(status, str(status)), "title": TITLES.get(status, "Error"),
            "status": status, "detail": detail or DETAILS.get(status, ""), "instance": request.path}
    if errors:
        body["errors"] = errors
    response = current_app.response_class(json.dumps(body), status=status, mimetype=MEDIA_TYPE)
    response.headers.update(headers or {})
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="matchmaker"'
    return response


def record_error_fields(message):
    """{field: [messages]} from a contract validator's 'field: problem; field: problem' message."""
    errors = {}
    for part in str(message).split("; "):
        field, sep, text = part.partition(": ")
        if not sep or " " in field:
            field, text = "_record", part
        errors.setdefault(field, []).append(text)
    return errors


def validation_problem(error):
    """A 422 for a marshmallow ValidationError (its messages keyed by field)."""
    messages = error.messages if isinstance(error.messages, dict) else {"_schema": error.messages}
    return problem(422, errors=messages)


def _http_problem(error):
    status = error.code or 500
    detail = getattr(error, "description", None) if status in (409, 413) else None
    # Keep Allow (405) and Retry-After (429) but drop the HTML content type of the default error.
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    if status not in TITLES:
        return problem(status, detail=error.description, headers=headers)
    return problem(status, detail=detail or DETAILS.get(status), headers=headers)


def register(app):
    """Answer errors on API paths with problem+json; every other path keeps the handlers already installed."""
    spec = app.error_handler_spec[None][None]
    web_http, web_unexpected = spec.get(HTTPException), spec.get(Exception)

    @app.errorhandler(ApiError)
    def api_error(error):
        return problem(error.status, error.detail, error.errors, error.headers)

    @app.errorhandler(ValidationError)
    def invalid(error):
        if is_api_request():
            return validation_problem(error)
        return web_unexpected(error) if web_unexpected else ("", 500)

    @app.errorhandler(HTTPException)
    def http_error(error):
        if is_api_request():
            return _http_problem(error)
        return web_http(error) if web_http else error

    @app.errorhandler(Exception)
    def unexpected(error):
        if not is_api_request():
            return web_unexpected(error) if web_unexpected else ("", 500)
        db.session.rollback()
        app.logger.exception("Unhandled API error")
        return problem(500)
