"""Date-times in API answers: RFC 3339 with an offset, as OpenAPI's date-time format requires."""
from datetime import timezone
from zoneinfo import ZoneInfo

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def iso_utc(moment):
    """A stored moment (naive means UTC, by the app's convention) as an ISO string with its offset."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat()


def iso_local(moment):
    """A naive Hanoi wall-clock time (event slots) as an ISO string with the +07:00 offset."""
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=HANOI)).isoformat()
