"""Account writes: registration, log-in bookkeeping, password changes, ending sessions."""
from sqlalchemy import func, select

from ..extensions import db
from ..timeutil import utcnow
from .models import ROLES, Organisation, User
from .passwords import check_password, hash_password, needs_rehash


class AccountError(ValueError):
    """An account operation was refused; the message is fit to show the user."""


def find_user(email):
    """The user with this e-mail (case-insensitive), or None."""
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def create_user(email, password, role, name="", organisation=None):
    """Add a new user; refuses unknown roles and e-mails already in use."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.")
    if find_user(email):
        raise AccountError(f"An account with e-mail {email} already exists.")
    user = User(email=email.strip().lower(), name=name, role=role, organisation=organisation,
                password_hash=hash_password(password))
    db.session.add(user)
    return user


def register(email, password, role, organisation_name, name=""):
    """Self-registration of a buyer or a supplier together with its organisation."""
    if role not in ("buyer", "supplier"):
        raise AccountError("Only buyer and supplier accounts can register themselves.")
    organisation = Organisation(kind=role, name=organisation_name.strip())
    db.session.add(organisation)
    return create_user(email, password, role, name=name, organisation=organisation)


def authenticate(email, password):
    """Return the active user whose credentials match, or None; upgrades old hashes on the way."""
    user = find_user(email)
    if user is None or not user.active or not check_password(user.password_hash, password):
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return user


def end_sessions(user):
    """Invalidate every session cookie issued to the user so far."""
    user.session_version = (user.session_version or 0) + 1


def change_password(user, current, new):
    """Change the password after checking the current one; ends the user's other sessions."""
    if not check_password(user.password_hash, current):
        raise AccountError("The current password is not correct.")
    user.password_hash = hash_password(new)
    end_sessions(user)


def set_active(user, active):
    """Activate or deactivate an account; deactivation ends its sessions."""
    user.active = active
    if not active:
        end_sessions(user)
