"""Role and ownership checks, in one place for every view."""
from functools import wraps

from flask import abort
from flask_login import current_user, login_required


def role_required(*roles):
    """Decorate a view so that only logged-in users with one of `roles` reach it (admin counts as staff)."""
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator


def can_edit_supplier(user, supplier):
    """Suppliers edit only their own company; staff and admins edit any."""
    if not user.is_authenticated:
        return False
    if user.has_role("staff"):
        return True
    return user.role == "supplier" and supplier.organisation_id is not None \
        and supplier.organisation_id == user.organisation_id


def owns_requirement(user, requirement):
    """Buyers change only their own organisation's requirements; staff may change any."""
    if not user.is_authenticated:
        return False
    if user.has_role("staff"):
        return True
    return user.role == "buyer" and requirement.organisation_id == user.organisation_id


def owns_shortlist(user, shortlist):
    """A shortlist belongs to the buyer who made it."""
    return user.is_authenticated and shortlist.owner_id == user.id


def require(allowed):
    """Abort with 403 unless `allowed` is true."""
    if not allowed:
        abort(403)
