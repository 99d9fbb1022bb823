"""Matchmaking events: the event, its registered participants, meeting requests, meetings and their outcomes."""
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow
from .timetable import slot_times

PARTICIPANT_KINDS = ("buyer", "supplier")
INTERPRETER_LANGUAGES = ("ja", "ko", "en")
REQUEST_STATES = ("pending", "accepted", "declined", "cancelled", "expired", "removed")
MEETING_STATES = ("scheduled", "held", "no_show")


class Event(db.Model):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    meeting_minutes: Mapped[int] = mapped_column(default=20)
    # [{"date": "2026-10-15", "start": "08:30", "end": "12:00"}, ...] in local (Hanoi) time; breaks likewise.
    sessions: Mapped[list] = mapped_column(JSON, default=list)
    breaks: Mapped[list] = mapped_column(JSON, default=list)
    tables: Mapped[int] = mapped_column(default=10)
    registration_deadline: Mapped[date | None]
    sectors: Mapped[list] = mapped_column(JSON, default=list)
    request_expiry_hours: Mapped[int] = mapped_column(default=72)
    interpreters: Mapped[dict] = mapped_column(JSON, default=dict)  # {"ja": 2, "ko": 1, "en": 3}
    registration_open: Mapped[bool] = mapped_column(default=False)
    published_at: Mapped[datetime | None]
    # Figures of the last scheduler run (objective, bound, status, greedy, seconds, meetings), shown to staff.
    last_run: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    participants: Mapped[list["Participant"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Participant.id")

    @property
    def slots(self):
        """Numbered slots as (start, end) local datetimes, computed from sessions, breaks and meeting length."""
        return slot_times(self.sessions or [], self.breaks or [], self.meeting_minutes)

    @property
    def published(self):
        return self.published_at is not None

    def __repr__(self):
        return f"<Event {self.id} {self.name!r}>"


class Participant(db.Model):
    """An organisation (a buyer firm or a supplier company) registered for an event."""
    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"), index=True)
    interpreter: Mapped[str | None] = mapped_column(String(5))
    available_slots: Mapped[list] = mapped_column(JSON, default=list)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    event: Mapped[Event] = relationship(back_populates="participants")
    organisation = relationship("Organisation")
    supplier = relationship("Supplier")

    @property
    def name(self):
        return self.supplier.name if self.supplier is not None else self.organisation.name

    @property
    def code(self):
        """The participant's id in a scheduling instance: B12 for buyers, S34 for suppliers."""
        return f"{self.kind[0].upper()}{self.id}"

    def __repr__(self):
        return f"<Participant {self.code} {self.name!r}>"


class MeetingRequest(db.Model):
    """One participant asks another (buyer <-> supplier) for a meeting at the event."""
    __tablename__ = "event_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("event_participants.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("event_participants.id", ondelete="CASCADE"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Naive UTC, compared in SQL with a naive UTC "now" (SQLite keeps no time zone).
    expires_at: Mapped[datetime | None] = mapped_column(index=True)
    reminded_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]

    sender: Mapped[Participant] = relationship(foreign_keys=[sender_id])
    recipient: Mapped[Participant] = relationship(foreign_keys=[recipient_id])


class Meeting(db.Model):
    """A scheduled one-to-one meeting at a numbered table in a numbered slot."""
    __tablename__ = "event_meetings"
    # A participant is in at most one meeting per slot: the database refuses a second booking even when two
    # requests check the slot at the same moment (the service turns the refusal into an EventError).
    __table_args__ = (UniqueConstraint("event_id", "slot", "table_number"),
                      UniqueConstraint("event_id", "buyer_id", "slot", name="uq_event_meetings_buyer_slot"),
                      UniqueConstraint("event_id", "supplier_id", "slot", name="uq_event_meetings_supplier_slot"))

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("event_participants.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("event_participants.id", ondelete="CASCADE"), index=True)
    slot: Mapped[int]
    table_number: Mapped[int]
    # Published meetings (and ones staff forced to a slot) are kept in place when the schedule is recomputed.
    published: Mapped[bool] = mapped_column(default=False)
    forced: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    checked_at: Mapped[datetime | None]
    # When both sides were asked for the six-month follow-up (asked once).
    follow_up_requested_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    buyer: Mapped[Participant] = relationship(foreign_keys=[buyer_id])
    supplier: Mapped[Participant] = relationship(foreign_keys=[supplier_id])

    @property
    def fixed(self):
        return self.published or self.forced


class MeetingFeedback(db.Model):
    """One side's answers about one meeting: round 1 just after it, round 2 about six months later.

    Linked to the supplier and the buyer organisation as well, so that the outcome stays on both companies'
    records even when the event is archived."""
    __tablename__ = "event_feedback"
    __table_args__ = (UniqueConstraint("meeting_id", "side", "round"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("event_meetings.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"), index=True)
    buyer_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    side: Mapped[str] = mapped_column(String(20))  # "buyer" or "supplier": who answered
    round: Mapped[int] = mapped_column(default=1)
    interest: Mapped[int | None]  # 1..5
    follow_up: Mapped[bool | None]
    negotiation_started: Mapped[bool | None]
    agreement_reached: Mapped[bool | None]
    estimated_value_usd: Mapped[int | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    meeting: Mapped[Meeting] = relationship()
