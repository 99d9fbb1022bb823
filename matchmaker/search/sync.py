"""Supplier changes, announced once after each commit: the session records them, derived state subscribes.

Session events note which suppliers a flush (or a bulk UPDATE/DELETE) touched: a Supplier row, or a row of a
watched table that belongs to one (certifications, programme records). When the outermost transaction commits,
`suppliers_changed` is sent once with every id, created, updated and deleted alike; a rollback forgets them.
The search index, the match model and saved-search notices subscribe; no view calls them. Listeners run after
the commit has returned, in a new transaction of the same session, so they may read and commit; what they
commit to supplier rows is announced in a further round, never by re-entering the one running.
"""
import logging
from contextlib import contextmanager

from blinker import Namespace
from flask import current_app, has_app_context
from sqlalchemy import event, inspect, select

from ..extensions import db

log = logging.getLogger(__name__)
signals = Namespace()
suppliers_changed = signals.signal("suppliers-changed", doc="""Sent after a commit changed suppliers.

The sender is the app; `supplier_ids` is the sorted list of the suppliers created, changed or deleted.""")
LISTENERS_KEY = "matchmaker.index_listeners"
INFO_KEY = "matchmaker.supplier_changes"
# A listener that changes suppliers causes another round; one that does so every time must not loop forever.
MAX_ROUNDS = 5
CHUNK = 500
_watched = {}  # mapped class -> the attribute holding its supplier's id
_tables = {}  # table name -> (that column's name, primary key column's name), for bulk statements


def watch(model, attribute="supplier_id"):
    """Announce the supplier of every `model` row a commit creates, changes or deletes."""
    _watched[model] = attribute
    table = model.__table__
    _tables[table.name] = (table.c[attribute].name, table.primary_key.columns.values()[0].name)


def add_listener(app, listener):
    """Run listener(supplier_ids) after each commit that changed suppliers, after the listeners added before it."""
    def receiver(sender, supplier_ids):
        listener(supplier_ids)

    receiver.listener = listener
    app.extensions.setdefault(LISTENERS_KEY, []).append(receiver)
    suppliers_changed.connect(receiver, sender=app, weak=False)


def init_app(app):
    """Record supplier changes in every session of the app's database and announce them after commit."""
    for name, handler in (("before_flush", _before_flush), ("after_flush", _after_flush),
                          ("do_orm_execute", _bulk_statement), ("after_commit", _after_commit),
                          ("after_transaction_end", _after_transaction_end)):
        if not event.contains(db.session, name, handler):
            event.listen(db.session, name, handler)


class _Changes:
    """One session's supplier ids: flushed but not committed, committed but not announced."""

    def __init__(self):
        self.pending, self.ready = set(), set()
        self.held = 0
        self.announcing = False


def _changes(session):
    changes = session.info.get(INFO_KEY)
    if changes is None:
        changes = session.info[INFO_KEY] = _Changes()
    return changes


def _supplier_ids(obj, load):
    """The supplier ids a watched row names, before and after the change (a certificate may move)."""
    attribute = _watched.get(type(obj))
    if attribute is None:
        return ()
    state = inspect(obj)
    if attribute == state.mapper.primary_key[0].key and state.identity:
        return state.identity[:1]
    attr = state.attrs[attribute]
    history = attr.load_history() if load else attr.history
    return {value for value in (*history.added, *history.unchanged, *history.deleted) if value is not None}


def _note(session, objects, load, modified_only=False):
    pending = _changes(session).pending
    for obj in objects:
        # A row merely touched (a value set to what it was) is in session.dirty but sends no UPDATE.
        if type(obj) in _watched and not (modified_only and not session.is_modified(obj)):
            pending.update(_supplier_ids(obj, load))


def _before_flush(session, _flush_context, _instances):
    # Deleted rows can still be read here (their supplier id loaded if it had expired); after the flush not.
    _note(session, session.deleted, load=True)
    _note(session, session.dirty, load=True, modified_only=True)


def _after_flush(session, _flush_context):
    # New rows have their ids, and rows attached through a relationship their foreign keys, only now.
    _note(session, session.new, load=False)
    _note(session, session.dirty, load=False, modified_only=True)


def _bulk_statement(orm_execute_state):
    """UPDATE and DELETE statements bypass the flush: read the suppliers of the rows they hit, before and after."""
    if not (orm_execute_state.is_update or orm_execute_state.is_delete):
        return None
    statement = orm_execute_state.statement
    table = getattr(statement, "table", None)
    spec = _tables.get(getattr(table, "name", None))
    if spec is None:
        return None
    column, key = spec
    session, pending = orm_execute_state.session, _changes(orm_execute_state.session).pending
    query = select(table.c[column], table.c[key])
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    rows = session.execute(query).all()
    pending.update(row[0] for row in rows if row[0] is not None)
    if not orm_execute_state.is_update or column == key or not rows:
        return None
    result = orm_execute_state.invoke_statement()
    keys = [row[1] for row in rows]
    for start in range(0, len(keys), CHUNK):  # the update may have moved rows to another supplier
        pending.update(session.scalars(select(table.c[column]).where(table.c[key].in_(keys[start: start + CHUNK]))))
    pending.discard(None)
    return result


def _after_commit(session):
    if session.get_nested_transaction() is None:  # a released savepoint is not a commit yet
        changes = _changes(session)
        changes.ready |= changes.pending
        changes.pending.clear()


def _after_transaction_end(session, transaction):
    if transaction.parent is not None:
        return
    changes = _changes(session)
    # Whatever is pending now was rolled back or closed without a commit. (A rolled-back savepoint's ids stay
    # with its transaction: listeners read the database, so an extra id costs a lookup, never a wrong entry.)
    changes.pending.clear()
    if changes.ready and not changes.held and not changes.announcing:
        _announce_ready(session, changes)


def _announce_ready(session, changes):
    """Announce the committed ids; the session's outer transaction is over, so listeners start a new one."""
    if not has_app_context():
        log.warning("Supplier changes committed outside an app context were not announced: %s", sorted(changes.ready))
        changes.ready.clear()
        return
    changes.announcing = True
    try:
        for _round in range(MAX_ROUNDS):
            ids = sorted(changes.ready)
            changes.ready.clear()
            if not ids:
                return
            _send(current_app._get_current_object(), session, ids)
        log.error("Listeners kept changing suppliers; %d rounds announced, these were not: %s", MAX_ROUNDS,
                  sorted(changes.ready))
        changes.ready.clear()
    finally:
        changes.announcing = False


def _receivers(app):
    ordered = app.extensions.get(LISTENERS_KEY, [])
    return ordered + [receiver for receiver in suppliers_changed.receivers_for(app) if receiver not in ordered]


def _send(app, session, ids):
    if suppliers_changed.is_muted:  # `with suppliers_changed.muted():` commits without announcing (drift on purpose)
        return
    for receiver in _receivers(app):
        try:
            receiver(app, supplier_ids=list(ids))
        except Exception:
            # The change is committed; a failing listener must not fail the user's request, nor leave its
            # half-done writes for the next commit. `flask search verify` (or the outbox replay) catches up.
            log.exception("Listener %s failed for suppliers %s", getattr(receiver, "listener", receiver), ids)
            session.rollback()


@contextmanager
def one_announcement():
    """Hold back the announcements of the commits inside the block and make them once, with every id, at its end
    (or, should a transaction still be open there, when that one ends: listeners must not commit its changes)."""
    session = db.session()
    changes = _changes(session)
    changes.held += 1
    try:
        yield
    finally:
        changes.held -= 1
        if changes.ready and not changes.held and not changes.announcing and not session.in_transaction():
            _announce_ready(session, changes)
