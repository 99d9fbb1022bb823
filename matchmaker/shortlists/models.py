"""Shortlists (several per buyer) and their entries with a note and a status."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow

ENTRY_STATUSES = ("to_contact", "contacted", "meeting", "qualified", "rejected")


class Shortlist(db.Model):
    __tablename__ = "shortlists"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    requirement_id: Mapped[int | None] = mapped_column(ForeignKey("requirements.id"))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    owner = relationship("User")
    requirement = relationship("Requirement")
    entries: Mapped[list["ShortlistEntry"]] = relationship(
        back_populates="shortlist", cascade="all, delete-orphan", order_by="ShortlistEntry.added_at")


class ShortlistEntry(db.Model):
    __tablename__ = "shortlist_entries"
    __table_args__ = (UniqueConstraint("shortlist_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(ForeignKey("shortlists.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="to_contact")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    shortlist: Mapped[Shortlist] = relationship(back_populates="entries")
    supplier = relationship("Supplier")
