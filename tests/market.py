"""A small shared world for feature tests: two buyer firms, a supplier account, staff, and a supplier base.

Loaded for the whole suite by tests/conftest.py (pytest_plugins); a feature conftest may still define its own.
"""
import pytest

from matchmaker.extensions import db
from matchmaker.matches.store import refit
from matchmaker.search.service import rebuild_index
from tests.factories import (
    CertificationFactory,
    OrganisationFactory,
    RequirementFactory,
    SupplierFactory,
    UserFactory,
    supplier_user,
)


@pytest.fixture
def people():
    """Two buyers of different firms, a supplier account with its company, and staff (committed)."""
    firm = OrganisationFactory(kind="buyer", name="Example Vietnam Manufacturing (JP)")
    buyer = UserFactory(role="buyer", organisation=firm, email="buyer@example.jp")
    other = UserFactory(role="buyer", email="other@example.kr")
    supplier, company = supplier_user(email="sales@thanglong.vn")
    staff = UserFactory(role="staff", email="staff@doit.vn")
    db.session.commit()
    return {"buyer": buyer, "firm": firm, "other": other, "supplier": supplier, "company": company, "staff": staff}


@pytest.fixture
def market(people):
    """Three suppliers (two machining shops and a garment maker) and a requirement of the buyer's firm, indexed."""
    thang_long = SupplierFactory(
        name="Cơ khí Chính xác Thăng Long", description="Gia công tiện phay CNC chi tiết nhôm A6061 cho ô tô.",
        capabilities=["tiện CNC", "phay CNC", "anodising"], materials=["nhôm A6061"], products=["giá đỡ nhôm"],
        province="Hà Nội", verification="verified", key_industrial_product=2021, employees=120,
        contact_email="sales@thanglong.example.vn")
    CertificationFactory(supplier=thang_long, name="ISO 9001:2015", normalised_name="ISO 9001")
    bac_ninh = SupplierFactory(
        name="Cơ khí Bắc Ninh", description="Phay CNC nhôm, gia công cơ khí.", capabilities=["phay CNC"],
        materials=["nhôm A6061"], province="Bắc Ninh", five_s="training")
    garments = SupplierFactory(name="May mặc Hà Đông", description="May áo sơ mi xuất khẩu.",
                               sectors=["textile-garment-footwear"], capabilities=["may công nghiệp"],
                               materials=["vải cotton"])
    requirement = RequirementFactory(organisation=people["firm"], buyer=people["firm"].name,
                                     title="Machined aluminium brackets",
                                     description="CNC milling of A6061 aluminium brackets, anodised.")
    db.session.commit()
    rebuild_index()
    refit()
    return dict(people, thang_long=thang_long, bac_ninh=bac_ninh, garments=garments, requirement=requirement)
