"""Every refused request (401 or 403, from any blueprint or handler) leaves an audit entry."""
from flask import request
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError

from ..audit.services import record
from ..extensions import db

DENIED = (401, 403)


def record_denial(response):
    """After a 401 or 403 response, write an audit entry with who asked for what; other responses pass through."""
    if response.status_code not in DENIED:
        return response
    user = current_user._get_current_object() if current_user and current_user.is_authenticated else None
    try:
        # Whatever the refused request had staged must not commit with the entry.
        db.session.rollback()
        record("denied", "request", None, {
            "status": response.status_code, "method": request.method, "path": request.path[:500],
            "endpoint": request.endpoint}, user=user, source="api" if request.path.startswith("/api/") else "web")
        db.session.commit()
    except SQLAlchemyError:  # the refusal itself must still reach the client
        db.session.rollback()
    return response


def init_app(app):
    """Record refusals after every request."""
    app.after_request(record_denial)
