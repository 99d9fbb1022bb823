"""Fixtures for the supplier-side web tests: accounts of every role and sample certificate files."""
import pytest

from matchmaker.extensions import db
from tests.factories import SupplierFactory, UserFactory, supplier_user

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64


@pytest.fixture
def people():
    """An owner with its company, another supplier, a buyer and a staff member (committed)."""
    owner, supplier = supplier_user(SupplierFactory(contact_email="sales@owner.vn"))
    other, other_supplier = supplier_user()
    buyer = UserFactory(role="buyer")
    staff = UserFactory(role="staff")
    db.session.commit()
    return {"owner": owner, "supplier": supplier, "other": other, "other_supplier": other_supplier,
            "buyer": buyer, "staff": staff}
