"""Creating and reading notices; the caller's request commits."""
from sqlalchemy import func, select, update

from ..extensions import db
from ..timeutil import utcnow
from .models import Notification


def notify(user_id, kind, text, link=None):
    """Add a notice for a user (kinds: 'match', 'message', 'certificate', 'verification', 'event', ...)."""
    notice = Notification(user_id=user_id, kind=kind, text=text, link=link)
    db.session.add(notice)
    return notice


def unread_count(user_id):
    """How many notices the user has not read yet."""
    return db.session.scalar(select(func.count(Notification.id)).filter_by(user_id=user_id, read_at=None))


def recent(user_id, page=1, per_page=20):
    """The user's notices, newest first, as a Flask-SQLAlchemy pagination."""
    query = select(Notification).filter_by(user_id=user_id).order_by(Notification.created_at.desc(),
                                                                       Notification.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def mark_read(user_id, notice_ids=None):
    """Mark the given notices (or all of them) as read; only the user's own."""
    statement = update(Notification).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    if notice_ids is not None:
        statement = statement.where(Notification.id.in_(notice_ids))
    db.session.execute(statement.values(read_at=utcnow()))
