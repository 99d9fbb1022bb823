"""Personal API tokens: the model and the services that create, revoke and check them.

A token reads `mm_<prefix>_<secret>`. Only the public prefix (for lookup) and the SHA-256 of the whole token
are stored, so a copy of the database gives nobody a working token. The secret has 256 bits of entropy, which
is why a fast hash is enough here (a slow password hash guards against guessing low-entropy passwords).
A token acts as its owner with the owner's current role: demoting or deactivating the owner takes effect at once.
"""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..audit.services import record
from ..extensions import db
from ..timeutil import utcnow

SCHEME = "mm"
PREFIX_BYTES = 6    # 8 URL-safe characters: unique enough to look a token up by
SECRET_BYTES = 32   # 256 bits
# last_used_at is written at most once a minute per token, so busy API clients do not turn reads into writes.
TOUCH_INTERVAL = timedelta(minutes=1)


class ApiToken(db.Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user = relationship("User")

    @property
    def active(self):
        return self.revoked_at is None

    def __repr__(self):
        return f"<ApiToken {self.prefix} of user {self.user_id}>"


class TokenError(ValueError):
    """A token request that cannot be granted; the message says why."""


def digest(raw):
    """The stored form of a raw token: its SHA-256, hex."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def split_token(raw):
    """The public prefix of a well-formed raw token, or None."""
    scheme, _, rest = (raw or "").partition("_")
    prefix, _, secret = rest.partition("_")
    if scheme != SCHEME or not prefix or not secret:
        return None
    return prefix


def _new_raw_token():
    """A fresh raw token whose prefix is not in use yet (prefixes may contain '-' but never '_')."""
    while True:
        prefix = secrets.token_urlsafe(PREFIX_BYTES).replace("_", "-")
        if db.session.scalar(select(ApiToken.id).filter_by(prefix=prefix)) is None:
            return prefix, f"{SCHEME}_{prefix}_{secrets.token_urlsafe(SECRET_BYTES)}"


def create_token(user, name):
    """Make a token for the user; returns (ApiToken, raw token). The raw token is shown once and never stored."""
    name = (name or "").strip()
    if not name:
        raise TokenError("name")
    prefix, raw = _new_raw_token()
    token = ApiToken(user_id=user.id, name=name[:100], prefix=prefix, token_hash=digest(raw))
    db.session.add(token)
    db.session.flush()
    record("create", "api_token", token.id, {"name": [None, token.name], "prefix": [None, prefix]}, user)
    return token, raw


def tokens_of(user):
    """The user's tokens, active first, newest first."""
    query = select(ApiToken).where(ApiToken.user_id == user.id).order_by(
        ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc(), ApiToken.id.desc())
    return list(db.session.scalars(query))


def revoke_token(token, user):
    """Revoke a token (audited); returns True when it was still active."""
    if token.revoked_at is not None:
        return False
    token.revoked_at = utcnow()
    record("revoke", "api_token", token.id, {"revoked_at": [None, token.revoked_at.isoformat()]}, user)
    return True


def authenticate(raw, now=None):
    """The active user a raw token belongs to, or None (unknown, revoked or malformed token, inactive user).

    Records when the token was last used (committing that small change itself)."""
    prefix = split_token(raw)
    if prefix is None:
        return None
    token = db.session.scalar(select(ApiToken).filter_by(prefix=prefix))
    # compare_digest: the time taken does not tell an attacker how much of a guessed token was right.
    if token is None or not hmac.compare_digest(token.token_hash, digest(raw)) or token.revoked_at is not None:
        return None
    if token.user is None or not token.user.active:
        return None
    now = now or utcnow()
    last = token.last_used_at
    # The databases hand back naive datetimes (UTC by convention); make them comparable with an aware "now".
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=timezone.utc)
    if last is None or now - last >= TOUCH_INTERVAL:
        token.last_used_at = now
        db.session.commit()
    return token.user
