"""Staff records: verification reviews, expiry notices, programme recognitions and 5S enrolments."""
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import utcnow

REVIEW_KINDS = ("profile", "certificate")
REVIEW_STATES = ("open", "approved", "rejected")
FIVE_S_PROGRAMMES = ("5S", "5S3D")


class VerificationReview(db.Model):
    """One item of the verification queue (a profile or a certificate document) and DoIT's decision on it."""
    __tablename__ = "verification_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    certification_id: Mapped[int | None] = mapped_column(
        ForeignKey("certifications.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="profile")
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    # The verified fields that changed since the last approval (profile), or the certificate's name.
    fields: Mapped[list] = mapped_column(JSON, default=list)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)
    # The verified fields' values DoIT approved: later edits are compared against these.
    approved_values: Mapped[dict | None] = mapped_column(JSON)

    supplier = relationship("Supplier")
    certification = relationship("Certification")
    decided_by = relationship("User")


class CertificateNotice(db.Model):
    """A supplier was told that one certificate expires (or expired) on one date: sent once per expiry."""
    __tablename__ = "certificate_notices"
    __table_args__ = (UniqueConstraint("certification_id", "valid_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    certification_id: Mapped[int] = mapped_column(ForeignKey("certifications.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    valid_until: Mapped[date]
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)


class Recognition(db.Model):
    """A key industrial product (SPCNCL) recognised by the city in one yearly round."""
    __tablename__ = "recognitions"
    __table_args__ = (UniqueConstraint("supplier_id", "year", "product"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(index=True)
    product: Mapped[str] = mapped_column(String(300))
    product_group: Mapped[str] = mapped_column(String(40), index=True)  # a contract sector code
    decision_ref: Mapped[str | None] = mapped_column(String(100))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    supplier = relationship("Supplier")


class FiveSEnrolment(db.Model):
    """A supplier's participation in the 5S or 5S3D programme: enrolled, completed, certified."""
    __tablename__ = "five_s_enrolments"
    __table_args__ = (UniqueConstraint("supplier_id", "programme", "enrolled_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    programme: Mapped[str] = mapped_column(String(10))
    enrolled_on: Mapped[date]
    completed_on: Mapped[date | None]
    certified_on: Mapped[date | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    supplier = relationship("Supplier")

    @property
    def level(self):
        """The profile 5S level this enrolment stands for."""
        if self.certified_on:
            return "certified"
        if self.completed_on:
            return "implemented"
        return "training"


class DuplicateDismissal(db.Model):
    """Staff looked at a pair of possible duplicates and decided they are different companies."""
    __tablename__ = "duplicate_dismissals"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    second_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    dismissed_at: Mapped[datetime] = mapped_column(default=utcnow)
