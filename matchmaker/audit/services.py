"""Writing audit entries; the caller's transaction commits them with the change itself."""
from ..extensions import db
from .models import AuditEntry


def diff(before, after):
    """Fields whose value differs between two snapshots, as {field: [before, after]}."""
    keys = set(before) | set(after)
    return {k: [before.get(k), after.get(k)] for k in sorted(keys) if before.get(k) != after.get(k)}


def record(action, entity_type, entity_id, changes, user=None, supplier_id=None, source="web"):
    """Add an audit entry to the session (it commits with the change it describes)."""
    entry = AuditEntry(action=action, entity_type=entity_type, entity_id=entity_id, changes=changes,
                       user_id=getattr(user, "id", None), supplier_id=supplier_id, source=source)
    db.session.add(entry)
    return entry
