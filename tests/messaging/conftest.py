"""Fixtures for message threads: a buyer firm with two users, another buyer, a supplier with a user, staff."""
import pytest

from matchmaker.extensions import db
from tests.factories import OrganisationFactory, RequirementFactory, UserFactory, supplier_user


@pytest.fixture
def parties():
    firm = OrganisationFactory(kind="buyer", name="Example Vietnam Manufacturing (JP)")
    buyer = UserFactory(role="buyer", organisation=firm)
    colleague = UserFactory(role="buyer", organisation=firm)
    other = UserFactory(role="buyer")
    seller, supplier = supplier_user()
    other_seller, _ = supplier_user()
    staff = UserFactory(role="staff")
    requirement = RequirementFactory(organisation=firm, title="Machined aluminium brackets")
    db.session.commit()
    return {"buyer": buyer, "colleague": colleague, "other": other, "seller": seller, "supplier": supplier,
            "other_seller": other_seller, "staff": staff, "requirement": requirement}
