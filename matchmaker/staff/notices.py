"""Telling a supplier's users about DoIT decisions, each in the user's own language."""
from flask import current_app
from flask_babel import force_locale
from sqlalchemy import select

from ..auth.models import User
from ..extensions import db
from ..notifications.services import notify


def supplier_users(supplier):
    """The active accounts of the supplier's company (none when nobody has registered for it)."""
    if supplier.organisation_id is None:
        return []
    return list(db.session.scalars(select(User).filter_by(organisation_id=supplier.organisation_id, active=True)))


def path_for(endpoint, **values):
    """A site-relative link, also outside a request (CLI commands build notices too)."""
    return current_app.url_map.bind("").build(endpoint, values)


def notify_supplier(supplier, kind, message, link=None):
    """Send `message()` (a callable returning translated text) to each of the supplier's users; returns the count."""
    users = supplier_users(supplier)
    for user in users:
        with force_locale(user.locale or current_app.config.get("BABEL_DEFAULT_LOCALE", "vi")):
            notify(user.id, kind, str(message()), link)
    return len(users)
