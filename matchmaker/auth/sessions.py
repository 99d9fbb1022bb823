"""Flask-Login wiring: a session is valid only while its session version matches the user's."""
from flask import flash, redirect, request, url_for
from flask_babel import lazy_gettext as _l

from ..extensions import db
from .models import User


def load_user(session_id):
    """Return the user for an 'id:version' session id, or None when the session was ended."""
    user_id, _, version = session_id.partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return user


def unauthorized():
    """Anonymous users who reach a protected page are sent to log in, then back."""
    flash(_l("Please log in to see this page."), "warning")
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def configure_login(login_manager):
    """Register the loader and the log-in redirect on the login manager."""
    login_manager.user_loader(load_user)
    login_manager.unauthorized_handler(unauthorized)
    login_manager.session_protection = "basic"
