"""Account management by staff and admins: roles, activation, password resets, new staff accounts; audited."""
import secrets

from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from ..audit.services import record
from ..auth.access import can_change_own_standing, can_manage_user, grantable_roles
from ..auth.models import ROLES, Organisation, User
from ..auth.passwords import hash_password
from ..auth.services import AccountError, create_user, end_sessions, set_active
from ..extensions import db

MIN_PASSWORD = 12


class UserAdminError(ValueError):
    """An account change was refused; the message is fit to show."""


def users_statement(query="", role=None, active=None):
    """Users matching a search (e-mail, name or organisation), newest first."""
    statement = select(User).outerjoin(Organisation, Organisation.id == User.organisation_id)
    text = (query or "").strip().lower()
    if text:
        like = f"%{text}%"
        statement = statement.where(or_(func.lower(User.email).like(like), func.lower(User.name).like(like),
                                        func.lower(Organisation.name).like(like)))
    if role in ROLES:
        statement = statement.filter(User.role == role)
    if active is not None:
        statement = statement.filter(User.active == active)
    return statement.order_by(User.created_at.desc(), User.id.desc())


def _check(actor, target, standing=False):
    if not can_manage_user(actor, target):
        raise UserAdminError(_("You may not change this account."))
    if standing and not can_change_own_standing(actor, target):
        raise UserAdminError(_("You cannot change your own role or deactivate your own account."))


def change_role(actor, target, role):
    """Give the target another role; staff never grant staff or admin, only admins do; nobody changes their own."""
    _check(actor, target, standing=True)
    if role not in grantable_roles(actor):
        raise UserAdminError(_("You may not give the role %(role)s.", role=role))
    if role == target.role:
        return False
    before, target.role = target.role, role
    end_sessions(target)  # the old role's permissions must not survive in an open session
    record("role", "user", target.id, {"role": [before, role]}, actor)
    return True


def change_active(actor, target, active):
    """Activate or deactivate an account (deactivation ends its sessions); not one's own."""
    _check(actor, target, standing=True)
    if target.active == active:
        return False
    set_active(target, active)
    record("activate" if active else "deactivate", "user", target.id, {"active": [not active, active]}, actor)
    return True


def reset_password(actor, target, password=None):
    """Set the given password, or a generated temporary one; ends the target's sessions. Returns the password."""
    _check(actor, target)
    generated = not password
    if generated:
        password = secrets.token_urlsafe(12)
    elif len(password) < MIN_PASSWORD:
        raise UserAdminError(_("Use at least %(count)s characters.", count=MIN_PASSWORD))
    target.password_hash = hash_password(password)
    end_sessions(target)
    record("password_reset", "user", target.id, {"password": [None, "generated" if generated else "set by staff"]},
           actor)
    return password


def create_staff_account(actor, email, name, role="staff", password=None):
    """An admin creates a staff (or admin) account in the DoIT organisation; returns (user, password)."""
    if actor.role != "admin" or role not in ("staff", "admin"):
        raise UserAdminError(_("Only administrators create staff accounts."))
    password = password or secrets.token_urlsafe(12)
    organisation = db.session.scalar(select(Organisation).filter_by(kind="doit").order_by(Organisation.id).limit(1))
    organisation = organisation or Organisation(kind="doit", name="Sở Công Thương Hà Nội (DoIT)")
    try:
        user = create_user(email, password, role, name=name, organisation=organisation)
        db.session.flush()
    except AccountError as error:
        raise UserAdminError(str(error)) from error
    record("create", "user", user.id, {"email": [None, user.email], "role": [None, role]}, actor)
    return user, password
