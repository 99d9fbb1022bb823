"""Error pages in the site's layout; no stack trace ever reaches the browser."""
from flask import render_template
from werkzeug.exceptions import HTTPException

from ..extensions import db


def _render(code):
    return render_template("errors/error.html", code=code), code


def register(app):
    """Install handlers for HTTP errors and for unexpected exceptions."""
    @app.errorhandler(HTTPException)
    def http_error(error):
        return _render(error.code or 500)

    @app.errorhandler(Exception)
    def unexpected(error):
        db.session.rollback()
        app.logger.exception("Unhandled error")
        return _render(500)
