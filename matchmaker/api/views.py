"""Assembles the `api` blueprint: token check, CSRF exemption, and every endpoint module."""
from ..extensions import csrf
from . import docs, events, imports, match, openapi, requirements, shortlists, suppliers  # noqa: F401  (routes)
from .auth import authenticate_request
from .blueprint import blueprint

blueprint.before_request(authenticate_request)
# The API authenticates with bearer tokens only (never the session cookie), so CSRF tokens protect nothing here.
csrf.exempt(blueprint)
