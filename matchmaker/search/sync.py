"""Keeping derived indexes in step with the database, explicitly, after commit."""
from flask import current_app

LISTENERS_KEY = "matchmaker.index_listeners"


def add_listener(app, listener):
    """Register a callable(supplier_ids) run after suppliers were committed (search index, match model)."""
    app.extensions.setdefault(LISTENERS_KEY, []).append(listener)


def after_suppliers_changed(supplier_ids):
    """Tell every registered index that these suppliers changed (created, updated or deleted)."""
    if not supplier_ids:
        return
    for listener in current_app.extensions.get(LISTENERS_KEY, []):
        try:
            listener(list(supplier_ids))
        except Exception:
            # The change is committed; a failing index must not fail the user's request.
            # `flask search rebuild` (or the outbox replay) brings the index back in step.
            current_app.logger.exception("Index listener %s failed for suppliers %s", listener, supplier_ids)
