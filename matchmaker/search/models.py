"""The search outbox: supplier ids whose change the external search engine has not received yet."""
from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..timeutil import utcnow


class SearchOutbox(db.Model):
    __tablename__ = "search_outbox"

    # One row per supplier (queued twice, it is sent once). Not a foreign key: a deleted supplier's removal
    # must wait here too.
    supplier_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)  # when last changed
    attempts: Mapped[int] = mapped_column(default=0)
