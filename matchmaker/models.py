"""Imports every feature's models so that SQLAlchemy metadata (and Alembic) sees them all."""
from .audit.models import AuditEntry  # noqa: F401
from .auth.models import Organisation, User  # noqa: F401
from .buyers.models import Requirement  # noqa: F401
from .notifications.models import Notification  # noqa: F401
from .search.models import SearchOutbox  # noqa: F401
from .shortlists.models import Shortlist, ShortlistEntry  # noqa: F401
from .suppliers.models import Certification, Supplier  # noqa: F401
