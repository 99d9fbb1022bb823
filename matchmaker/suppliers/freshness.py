"""'Possibly outdated' profiles: nobody changed or confirmed them for twelve months."""
from datetime import timedelta, timezone

from ..timeutil import utcnow

OUTDATED_AFTER = timedelta(days=365)


def _aware(moment):
    # SQLite gives naive datetimes back; every time we store is UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def last_confirmed(supplier):
    """When the profile was last changed or confirmed as up to date."""
    moments = [_aware(m) for m in (supplier.updated_at, supplier.confirmed_at, supplier.created_at) if m]
    return max(moments) if moments else None


def is_outdated(supplier, now=None):
    """True when the profile was neither changed nor confirmed for twelve months."""
    last = last_confirmed(supplier)
    return last is not None and (now or utcnow()) - last > OUTDATED_AFTER
