"""Time helpers: one notion of 'now' and 'today' for the whole app."""
from datetime import date, datetime, timezone


def utcnow():
    """Current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def today():
    """Today's date (UTC), the date certificate expiry is judged against."""
    return utcnow().date()


def as_date(value):
    """Parse an ISO date string (or pass a date through); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip()[:10])
