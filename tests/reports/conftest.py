"""A known fixture for the first half of 2026: records inside, before and after the period, with exact figures."""
from datetime import date, datetime

import pytest

from matchmaker.extensions import db
from matchmaker.shortlists.models import Shortlist, ShortlistEntry
from tests.factories import CertificationFactory, RequirementFactory, SupplierFactory, UserFactory, supplier_user

FROM, TO = date(2026, 1, 1), date(2026, 6, 30)


def _supplier(name, created, **fields):
    return SupplierFactory(name=name, created_at=created, **fields)


@pytest.fixture
def known_data():
    """Five suppliers (two new in the period, one after it), certificates, users, requirements and shortlists."""
    a = _supplier("Công ty TNHH Cơ khí An Phát", datetime(2025, 6, 1), sectors=["mechanical"], district="Thạch Thất",
                  verification="verified", verified_at=datetime(2025, 7, 1), five_s="certified",
                  key_industrial_product=2021)
    b = _supplier("Công ty CP Điện tử Bình Minh", datetime(2026, 2, 15),
                  sectors=["mechanical", "electrical-electronics"], district="Đông Anh", five_s="implemented")
    c = _supplier("Công ty TNHH Phần mềm Cầu Giấy", datetime(2026, 5, 31, 23, 59), sectors=["it"], district=None,
                  five_s=None, key_industrial_product=2026, verification="verified", verified_at=datetime(2026, 8, 1))
    d = _supplier("Công ty TNHH Mỹ nghệ Đông", datetime(2026, 7, 1), sectors=["handicrafts"], district="Thạch Thất",
                  key_industrial_product=2020)
    e = _supplier("Công ty CP Thực phẩm Sóc Sơn", datetime(2025, 12, 31, 23, 59, 59), sectors=["food-processing"],
                  district="Thạch Thất", five_s="training", key_industrial_product=2019)
    CertificationFactory(supplier=a, name="ISO 9001:2015", normalised_name="ISO 9001", verification="verified")
    CertificationFactory(supplier=a, name="ISO 14001", normalised_name="ISO 14001", valid_until=date(2026, 3, 1))
    CertificationFactory(supplier=b, name="iso9001", normalised_name="ISO 9001", valid_until=date(2026, 6, 30))
    CertificationFactory(supplier=b, name="IATF 16949", normalised_name="IATF 16949", valid_until=date(2027, 1, 1))
    CertificationFactory(supplier=c, name="ISO 45001", normalised_name="ISO 45001")
    CertificationFactory(supplier=d, name="ISO 9001", normalised_name="ISO 9001")

    buyer = UserFactory(email="buyer@example.jp", role="buyer", created_at=datetime(2026, 3, 10))
    UserFactory(email="old-buyer@example.kr", role="buyer", created_at=datetime(2025, 11, 1))
    owner, _ = supplier_user(b, email="owner@binhminh.vn", created_at=datetime(2026, 3, 20))
    staff = UserFactory(email="staff@doit.hanoi.gov.vn", role="staff", created_at=datetime(2026, 6, 30, 23),
                        organisation=None)

    first = RequirementFactory(organisation=buyer.organisation, created_at=datetime(2026, 4, 1))
    RequirementFactory(organisation=buyer.organisation, created_at=datetime(2026, 6, 15), sectors=["mechanical", "it"],
                       status="closed")
    RequirementFactory(organisation=buyer.organisation, created_at=datetime(2026, 7, 2))

    current = Shortlist(owner=buyer, name="Brackets", requirement=first, created_at=datetime(2026, 4, 2))
    older = Shortlist(owner=buyer, name="Older", created_at=datetime(2025, 12, 1))
    db.session.add_all([current, older])
    db.session.flush()
    db.session.add_all([
        ShortlistEntry(shortlist=current, supplier_id=a.id, status="contacted", added_at=datetime(2026, 4, 2)),
        ShortlistEntry(shortlist=current, supplier_id=b.id, added_at=datetime(2026, 7, 5)),
        ShortlistEntry(shortlist=older, supplier_id=c.id, status="to_contact", added_at=datetime(2026, 5, 1)),
    ])
    db.session.commit()
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "buyer": buyer, "owner": owner, "staff": staff,
            "requirement": first}
