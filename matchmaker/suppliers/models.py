"""Supplier profiles (every field of the interchange contract) and their certifications."""
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import today, utcnow

FIVE_S_LEVELS = ("none", "training", "implemented", "certified")
SECTORS = (
    "mechanical", "electrical-electronics", "it", "textile-garment-footwear", "food-processing",
    "chemicals-rubber-plastics-pharma", "construction-materials", "handicrafts",
)
VERIFICATION_STATES = ("pending", "verified", "rejected")


class Supplier(db.Model):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(20), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    sectors: Mapped[list] = mapped_column(JSON, default=list)
    capabilities: Mapped[list] = mapped_column(JSON, default=list)
    products: Mapped[list] = mapped_column(JSON, default=list)
    materials: Mapped[list] = mapped_column(JSON, default=list)
    five_s: Mapped[str | None] = mapped_column(String(20))
    key_industrial_product: Mapped[int | None]
    employees: Mapped[int | None]
    founded: Mapped[int | None]
    province: Mapped[str | None] = mapped_column(String(100), index=True)
    district: Mapped[str | None] = mapped_column(String(100))
    industrial_zone: Mapped[str | None] = mapped_column(String(200))
    export_markets: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    contact_website: Mapped[str | None] = mapped_column(String(300))
    # Fields outside the contract that an import carried; kept so that export gives them back.
    extra: Mapped[dict] = mapped_column(JSON, default=dict)
    verification: Mapped[str] = mapped_column(String(20), default="pending")
    verified_at: Mapped[datetime | None]
    # Who may see each profile section ({section: "anonymous"|"buyers"|"staff"}), see suppliers.visibility;
    # `visibility_minimum` holds the stricter levels staff impose, which the supplier cannot go below.
    visibility: Mapped[dict | None] = mapped_column(JSON, default=dict)
    visibility_minimum: Mapped[dict | None] = mapped_column(JSON, default=dict)
    # Unpublished profiles are seen only by their owner and staff.
    published: Mapped[bool] = mapped_column(default=True, server_default=true())
    # The owner said "still up to date" without changing anything (resets the 12-month outdated notice).
    confirmed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    organisation = relationship("Organisation")
    certifications: Mapped[list["Certification"]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan", order_by="Certification.position")

    @property
    def verified(self):
        return self.verification == "verified"

    def valid_certifications(self, on=None):
        """Certifications that count on the given date (default today): not expired."""
        on = on or today()
        return [c for c in self.certifications if c.valid_until is None or c.valid_until >= on]

    def __repr__(self):
        return f"<Supplier {self.external_id} {self.name!r}>"


class Certification(db.Model):
    __tablename__ = "certifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    normalised_name: Mapped[str] = mapped_column(String(200), index=True)
    valid_until: Mapped[date | None]
    document_path: Mapped[str | None] = mapped_column(String(300))
    document_mime: Mapped[str | None] = mapped_column(String(100))
    document_name: Mapped[str | None] = mapped_column(String(200))
    verification: Mapped[str] = mapped_column(String(20), default="pending")

    supplier: Mapped[Supplier] = relationship(back_populates="certifications")

    def is_valid(self, on=None):
        """True when the certificate has no expiry or has not expired on the date (default today)."""
        return self.valid_until is None or self.valid_until >= (on or today())


class Interest(db.Model):
    """A supplier telling a buyer it wants to supply one of the buyer's requirements."""
    __tablename__ = "interests"
    __table_args__ = (UniqueConstraint("requirement_id", "supplier_id", name="uq_interests_requirement_supplier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    requirement_id: Mapped[int] = mapped_column(ForeignKey("requirements.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    message: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    supplier: Mapped[Supplier] = relationship()
    requirement = relationship("Requirement")
    user = relationship("User")
