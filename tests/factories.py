"""factory_boy factories for the models, bound to the app's session."""
import factory
from factory.alchemy import SQLAlchemyModelFactory

from matchmaker.auth.models import Organisation, User
from matchmaker.auth.passwords import hash_password
from matchmaker.buyers.models import Requirement
from matchmaker.extensions import db
from matchmaker.suppliers.models import Certification, Supplier

PASSWORD = "correct horse battery"
_HASH = None


def _password_hash():
    # Hashing is deliberately slow; one hash serves every factory-made user.
    global _HASH
    _HASH = _HASH or hash_password(PASSWORD)
    return _HASH


class Base(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"


class OrganisationFactory(Base):
    class Meta:
        model = Organisation

    kind = "supplier"
    name = factory.Sequence(lambda n: f"Công ty TNHH Cơ khí {n}")


class UserFactory(Base):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.vn")
    role = "buyer"
    password_hash = factory.LazyFunction(_password_hash)
    organisation = factory.SubFactory(OrganisationFactory, kind=factory.SelfAttribute("..role"))


class SupplierFactory(Base):
    class Meta:
        model = Supplier

    external_id = factory.Sequence(lambda n: f"01{n:08d}")
    name = factory.Sequence(lambda n: f"Công ty TNHH Cơ khí Chính xác {n}")
    description = "Gia công tiện phay CNC các chi tiết chính xác."
    sectors = factory.LazyFunction(lambda: ["mechanical"])
    capabilities = factory.LazyFunction(lambda: ["tiện CNC", "phay CNC"])
    products = factory.LazyFunction(list)
    materials = factory.LazyFunction(list)
    export_markets = factory.LazyFunction(list)
    languages = factory.LazyFunction(list)
    extra = factory.LazyFunction(dict)
    five_s = "implemented"
    province = "Hà Nội"


class CertificationFactory(Base):
    class Meta:
        model = Certification

    supplier = factory.SubFactory(SupplierFactory)
    name = "ISO 9001:2015"
    normalised_name = "ISO 9001"


class RequirementFactory(Base):
    class Meta:
        model = Requirement

    external_id = factory.Sequence(lambda n: f"REQ-2026-{n:04d}")
    title = "Machined aluminium brackets"
    description = "CNC-machined A6061 brackets, anodised."
    sectors = factory.LazyFunction(lambda: ["mechanical"])
    required_certifications = factory.LazyFunction(list)
    preferred_certifications = factory.LazyFunction(list)
    extra = factory.LazyFunction(dict)


def supplier_user(supplier=None, **kwargs):
    """A supplier account that owns the given (or a new) supplier company."""
    supplier = supplier or SupplierFactory()
    if supplier.organisation is None:
        supplier.organisation = OrganisationFactory(kind="supplier", name=supplier.name)
    user = UserFactory(role="supplier", organisation=supplier.organisation, **kwargs)
    db.session.flush()
    return user, supplier
