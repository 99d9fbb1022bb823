"""Staff fixtures: an account per role and a helper that builds every staff URL with real ids."""
from datetime import date

import pytest

from matchmaker.extensions import db
from matchmaker.staff.models import FiveSEnrolment, Recognition
from tests.factories import CertificationFactory, SupplierFactory, UserFactory, supplier_user


@pytest.fixture
def staff():
    """A committed DoIT staff member."""
    user = UserFactory(email="staff@doit.vn", role="staff", organisation__kind="doit")
    db.session.commit()
    return user


@pytest.fixture
def admin():
    """A committed administrator."""
    user = UserFactory(email="admin@doit.vn", role="admin", organisation__kind="doit")
    db.session.commit()
    return user


@pytest.fixture
def owner():
    """A supplier account with its company, committed: (user, supplier)."""
    user, supplier = supplier_user(SupplierFactory(name="Công ty TNHH Cơ khí Thăng Long"))
    db.session.commit()
    return user, supplier


@pytest.fixture
def staff_urls(owner):
    """(method, url) for every staff page, with ids of rows that exist."""
    user, supplier = owner
    other = SupplierFactory()
    cert = CertificationFactory(supplier=supplier, document_path="certificates/x.pdf", document_name="x.pdf")
    recognition = Recognition(supplier_id=supplier.id, year=2020, product="Khuôn mẫu", product_group="mechanical")
    enrolment = FiveSEnrolment(supplier_id=supplier.id, programme="5S", enrolled_on=date(2024, 1, 1))
    db.session.add_all([recognition, enrolment])
    db.session.commit()
    s, c, u = supplier.id, cert.id, user.id
    return [
        ("GET", "/staff/"), ("GET", "/staff/verification"),
        ("GET", f"/staff/verification/suppliers/{s}"), ("POST", f"/staff/verification/suppliers/{s}"),
        ("GET", f"/staff/verification/certificates/{c}"), ("POST", f"/staff/verification/certificates/{c}"),
        ("GET", f"/staff/verification/certificates/{c}/document"),
        ("GET", "/staff/certificates/expiring"), ("POST", "/staff/certificates/expiring/notify"),
        ("GET", "/staff/programmes"), ("GET", f"/staff/suppliers/{s}/programmes"),
        ("POST", f"/staff/suppliers/{s}/recognitions"), ("POST", f"/staff/recognitions/{recognition.id}/delete"),
        ("POST", f"/staff/suppliers/{s}/enrolments"), ("GET", f"/staff/enrolments/{enrolment.id}"),
        ("POST", f"/staff/enrolments/{enrolment.id}"),
        ("GET", "/staff/duplicates"), ("GET", f"/staff/duplicates/{s}/{other.id}/merge"),
        ("POST", f"/staff/duplicates/{s}/{other.id}/merge"), ("POST", f"/staff/duplicates/{s}/{other.id}/dismiss"),
        ("GET", f"/staff/suppliers/{s}/timeline"), ("GET", "/staff/audit"),
        ("GET", "/staff/users"), ("GET", f"/staff/users/{u}"), ("POST", f"/staff/users/{u}/role"),
        ("POST", f"/staff/users/{u}/active"), ("POST", f"/staff/users/{u}/password"),
        ("GET", "/staff/users/new"), ("POST", "/staff/users/new"),
    ]
