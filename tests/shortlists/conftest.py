"""Fixtures for shortlist tests: a buyer with a requirement, another buyer, and two suppliers (committed)."""
import pytest

from matchmaker.extensions import db
from tests.factories import OrganisationFactory, RequirementFactory, SupplierFactory, UserFactory, supplier_user


@pytest.fixture
def setting():
    firm = OrganisationFactory(kind="buyer", name="Example Vietnam Manufacturing (JP)")
    buyer = UserFactory(role="buyer", organisation=firm)
    other = UserFactory(role="buyer")
    supplier_account, _ = supplier_user()
    requirement = RequirementFactory(organisation=firm, title="Machined aluminium brackets")
    first = SupplierFactory(name="Cơ khí Chính xác Thăng Long", contact_email="sales@thanglong.vn",
                            contact_phone="+84 24 0000 0000")
    second = SupplierFactory(name="=HYPERLINK(\"http://evil.example\",\"Click\")", name_en="-2+3")
    db.session.commit()
    return {"buyer": buyer, "other": other, "supplier_account": supplier_account, "requirement": requirement,
            "first": first, "second": second}
