"""A saved search (free text + filters) or a saved requirement, and the suppliers it has already announced."""
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow

KINDS = ("search", "requirement")


class SavedSearch(db.Model):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="search")
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str | None] = mapped_column(Text)
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    requirement_id: Mapped[int | None] = mapped_column(ForeignKey("requirements.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    owner = relationship("User")
    requirement = relationship("Requirement")


class SavedSearchHit(db.Model):
    """One supplier already announced for one saved search: each pair is notified once."""
    __tablename__ = "saved_search_hits"
    __table_args__ = (UniqueConstraint("saved_search_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    saved_search_id: Mapped[int] = mapped_column(ForeignKey("saved_searches.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"))
    notified_at: Mapped[datetime] = mapped_column(default=utcnow)
