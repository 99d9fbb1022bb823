"""Check-in on the day: staff or either participant mark a meeting held or a no-show."""
from flask_babel import lazy_gettext as _l

from ..audit.services import record
from .models import MEETING_STATES
from .requests import naive_utc_now
from .services import EventError


def check_in(meeting, status, user):
    """Mark a published meeting held, no-show, or back to scheduled; audited."""
    if status not in MEETING_STATES:
        raise EventError(_l("Unknown meeting status."))
    if not meeting.published and not meeting.forced:
        raise EventError(_l("Only meetings of the published schedule can be checked in."))
    if meeting.status == status:
        return meeting
    record("check_in", "event_meeting", meeting.id, {"status": [meeting.status, status]}, user,
           supplier_id=meeting.supplier.supplier_id)
    meeting.status = status
    meeting.checked_by_id = user.id
    meeting.checked_at = naive_utc_now()
    return meeting
