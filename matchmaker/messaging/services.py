"""Starting threads, replying, reading; each new message notifies the other party. The request commits."""
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..audit.services import record
from ..auth.access import thread_side
from ..auth.models import User
from ..extensions import db
from ..notifications.services import notify
from ..suppliers.models import Supplier
from ..timeutil import utcnow
from .models import Message, Thread


def path_for(endpoint, **values):
    """A site-relative link that works inside and outside a request (CLI imports, listeners)."""
    return current_app.url_map.bind("localhost").build(endpoint, values)


def notify_localised(user, kind, link, text):
    """Notify a user with text built by text() in the user's own interface language."""
    with force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        return notify(user.id, kind, text(), link)


def _party_users(thread, side):
    """The active users of one party of a thread."""
    if side == "buyer":
        query = select(User).where(User.organisation_id == thread.buyer_org_id, User.role == "buyer")
    elif thread.supplier.organisation_id is not None:
        query = select(User).where(User.organisation_id == thread.supplier.organisation_id, User.role == "supplier")
    else:
        return []
    return list(db.session.scalars(query.where(User.active.is_(True))))


def _notify_other_side(thread, message):
    other = "supplier" if message.sender_side == "buyer" else "buyer"
    sender = thread.buyer_org.name if message.sender_side == "buyer" else thread.supplier.name
    link = path_for("messaging.thread", thread_id=thread.id, _anchor=f"m{message.id}")
    for user in _party_users(thread, other):
        notify_localised(user, "message", link, lambda: _("New message from %(sender)s: %(subject)s",
                                                          sender=sender, subject=thread.subject))


def _add_message(thread, user, side, body):
    message = Message(thread=thread, sender_id=user.id, sender_side=side, body=body.strip())
    db.session.add(message)
    thread.last_message_at = utcnow()
    db.session.flush()
    _notify_other_side(thread, message)
    return message


def start_thread(user, supplier, subject, body, requirement=None):
    """A buyer opens a thread with a supplier with a first message; returns the thread."""
    thread = Thread(buyer_org_id=user.organisation_id, supplier=supplier, subject=subject.strip()[:200],
                    requirement=requirement, created_by_id=user.id)
    db.session.add(thread)
    db.session.flush()
    db.session.refresh(thread, ["buyer_org"])
    record("create", "message_thread", thread.id, {"subject": [None, thread.subject]}, user, supplier_id=supplier.id)
    _add_message(thread, user, "buyer", body)
    return thread


def reply(thread, user, body):
    """A party writes in a thread; returns the message (the caller checked the user may write)."""
    return _add_message(thread, user, thread_side(user, thread), body)


def mark_read(thread, user):
    """Mark the other party's messages read, when the reader is a party (staff reading leaves them unread)."""
    side = thread_side(user, thread)
    if side is None:
        return 0
    unread = [m for m in thread.messages if m.sender_side != side and m.read_at is None]
    for message in unread:
        message.read_at = utcnow()
    return len(unread)


def _visible(user):
    """The condition selecting the threads the user may list."""
    if user.has_role("staff"):
        return None
    if user.role == "buyer":
        return Thread.buyer_org_id == user.organisation_id
    if user.role == "supplier" and user.organisation_id is not None:
        return Thread.supplier_id.in_(select(Supplier.id).where(Supplier.organisation_id == user.organisation_id))
    return Thread.id.is_(None)


def _side_of(user):
    return {"buyer": "buyer", "supplier": "supplier"}.get(user.role)


def unread_count(user):
    """Messages from the other party the user's side has not read yet."""
    side = _side_of(user)
    condition = _visible(user)
    if side is None or condition is None:
        return 0
    query = (select(func.count(Message.id)).join(Thread)
             .where(condition, Message.sender_side != side, Message.read_at.is_(None)))
    return db.session.scalar(query)


def thread_page(user, page=1, per_page=20):
    """The user's threads, liveliest first, paginated; `unread` maps each shown thread id to its unread count."""
    query = (select(Thread).options(selectinload(Thread.supplier), selectinload(Thread.buyer_org))
             .order_by(Thread.last_message_at.desc(), Thread.id.desc()))
    condition = _visible(user)
    if condition is not None:
        query = query.where(condition)
    pagination = db.paginate(query, page=page, per_page=per_page, error_out=False)
    side = _side_of(user)
    pagination.unread = {}
    if side is not None and pagination.items:
        pagination.unread = dict(db.session.execute(
            select(Message.thread_id, func.count(Message.id))
            .where(Message.thread_id.in_([t.id for t in pagination.items]), Message.sender_side != side,
                   Message.read_at.is_(None)).group_by(Message.thread_id)).all())
    return pagination


def find_thread(user, supplier):
    """The buyer organisation's latest thread with this supplier, or None."""
    return db.session.scalar(select(Thread).where(Thread.buyer_org_id == user.organisation_id,
                                                  Thread.supplier_id == supplier.id)
                             .order_by(Thread.last_message_at.desc()).limit(1))

