"""Imports every feature's models so that SQLAlchemy metadata (and Alembic) sees them all."""
from .api.tokens import ApiToken  # noqa: F401
from .audit.models import AuditEntry  # noqa: F401
from .auth.models import Organisation, User  # noqa: F401
from .buyers.models import MatchView, Requirement  # noqa: F401
from .events.models import Event, Meeting, MeetingFeedback, MeetingRequest, Participant  # noqa: F401
from .messaging.models import Message, Thread  # noqa: F401
from .notifications.models import Notification  # noqa: F401
from .saved_searches.models import SavedSearch, SavedSearchHit  # noqa: F401
from .search.models import SearchOutbox  # noqa: F401
from .shortlists.models import Shortlist, ShortlistEntry  # noqa: F401
from .staff.models import CertificateNotice, DuplicateDismissal, FiveSEnrolment, Recognition, VerificationReview  # noqa: F401,E501
from .suppliers.models import Certification, Interest, Supplier  # noqa: F401
