"""Token authentication for the API: `Authorization: Bearer <token>`, never the session cookie.

Refusing the cookie is what makes the API safe without CSRF tokens: a hostile page can make a browser send
cookies, but it cannot make it send a bearer token it does not know.
"""
from flask import current_app, g, request

from .errors import ApiError
from .tokens import authenticate


def _bearer_token():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        raise ApiError(401)
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "The Authorization header must read 'Bearer <token>'.")
    return token.strip()


def authenticate_request():
    """Before every API request: public operations pass; others need a valid token and, if listed, a role."""
    view = current_app.view_functions.get(request.endpoint)
    doc = getattr(view, "api_doc", None)
    if doc is None or doc.get("public"):
        return
    user = authenticate(_bearer_token())
    if user is None:
        raise ApiError(401, "The API token is unknown, revoked, or belongs to a deactivated account.")
    g.api_user = user
    # Flask-Login's current_user now names the token's owner without reading (or writing) the session cookie.
    g._login_user = user
    roles = doc.get("roles")
    if roles and not user.has_role(*roles):
        raise ApiError(403, f"This operation is for {' or '.join(roles)} accounts; this token's account is "
                            f"{user.role}.")


def api_user():
    """The user the request's token belongs to."""
    return g.api_user
