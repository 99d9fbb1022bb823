"""The verification round trip: queue, approval, the public mark, re-verification after a change, rejections."""
from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.staff.verification import queue_size
from matchmaker.suppliers.models import Certification, Supplier
from tests.factories import CertificationFactory, SupplierFactory


def _company_form(supplier, **changes):
    data = {"external_id": supplier.external_id, "name": supplier.name, "description": supplier.description or "",
            "sectors": supplier.sectors}
    data.update(changes)
    return data


def _supplier_edits(client, auth, user, supplier, **changes):
    auth.login(user.email)
    response = client.post(f"/suppliers/{supplier.id}/edit", data=_company_form(supplier, **changes))
    auth.logout()
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.session.refresh(supplier)


def _approve(client, auth, staff, supplier):
    auth.login(staff.email)
    response = client.post(f"/staff/verification/suppliers/{supplier.id}", data={"decision": "approve"})
    auth.logout()
    assert response.status_code == 302
    db.session.refresh(supplier)


def test_round_trip_from_edit_to_verified_mark_and_back_to_the_queue(client, auth, staff, owner):
    user, supplier = owner
    _supplier_edits(client, auth, user, supplier, description="Gia công CNC, dập, hàn.")
    auth.login(staff.email)
    queue = client.get("/staff/verification").get_data(as_text=True)
    assert supplier.name in queue
    auth.logout()

    _approve(client, auth, staff, supplier)
    assert supplier.verification == "verified" and supplier.verified_at is not None
    assert "Verified by DoIT" in client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert queue_size() == 0

    # A change to a field DoIT does not vouch for keeps the mark.
    _supplier_edits(client, auth, user, supplier, description="Mô tả mới.")
    assert supplier.verification == "verified"

    # A change to a verified field sends the profile back.
    _supplier_edits(client, auth, user, supplier, name="Công ty TNHH Cơ khí Thăng Long Mới")
    assert supplier.verification == "pending" and supplier.verified_at is None
    assert "Verified by DoIT" not in client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    auth.login(staff.email)
    assert "Thăng Long Mới" in client.get("/staff/verification").get_data(as_text=True)
    review = client.get(f"/staff/verification/suppliers/{supplier.id}").get_data(as_text=True)
    assert "Changed since the last approval" in review and "name" in review
    actions = db.session.scalars(db.select(AuditEntry.action).filter_by(supplier_id=supplier.id)).all()
    assert "verify" in actions and "reverify" in actions


def test_a_changed_enterprise_code_also_needs_verifying_again(client, auth, staff, owner):
    user, supplier = owner
    _approve(client, auth, staff, supplier)
    _supplier_edits(client, auth, user, supplier, external_id="0109999999")
    assert supplier.verification == "pending"


def test_staff_edits_keep_the_mark(client, auth, staff, owner):
    _, supplier = owner
    _approve(client, auth, staff, supplier)
    _supplier_edits(client, auth, staff, supplier, name="Tên do DoIT sửa")
    assert supplier.verification == "verified"


def test_the_supplier_sees_the_reason_of_a_rejection(client, auth, staff, owner):
    user, supplier = owner
    auth.login(staff.email)
    response = client.post(f"/staff/verification/suppliers/{supplier.id}",
                           data={"decision": "reject", "reason": "Mã số doanh nghiệp không khớp giấy phép."})
    assert response.status_code == 302
    auth.logout()
    db.session.refresh(supplier)
    assert supplier.verification == "rejected"
    auth.login(user.email)
    assert "Mã số doanh nghiệp không khớp giấy phép." in client.get("/notifications/").get_data(as_text=True)
    assert "Mã số doanh nghiệp không khớp giấy phép." in client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    auth.logout()
    # Fixing the profile sends it back to DoIT.
    _supplier_edits(client, auth, user, supplier, name="Công ty TNHH Cơ khí Thăng Long (sửa)")
    assert supplier.verification == "pending"


def test_a_rejection_needs_a_reason_and_changes_nothing_without_one(client, auth, staff, owner):
    _, supplier = owner
    auth.login(staff.email)
    response = client.post(f"/staff/verification/suppliers/{supplier.id}", data={"decision": "reject", "reason": " "})
    assert response.status_code == 200 and "Give the reason the supplier will see." in response.get_data(as_text=True)
    assert db.session.get(Supplier, supplier.id).verification == "pending"


def test_certificate_documents_are_queued_and_decided(client, auth, staff, owner):
    user, supplier = owner
    supplier.verification = "verified"
    cert = CertificationFactory(supplier=supplier, name="ISO 9001:2015", document_path="certificates/a.pdf",
                                document_name="iso.pdf")
    plain = CertificationFactory(supplier=SupplierFactory(verification="verified"), name="ISO 14001")
    db.session.commit()
    auth.login(staff.email)
    page = client.get("/staff/verification").get_data(as_text=True)
    assert "ISO 9001:2015" in page and "ISO 14001" not in page  # no document, nothing to check
    response = client.post(f"/staff/verification/certificates/{cert.id}", data={"decision": "reject"})
    assert response.status_code == 200 and db.session.get(Certification, cert.id).verification == "pending"
    client.post(f"/staff/verification/certificates/{cert.id}", data={"decision": "approve"})
    assert db.session.get(Certification, cert.id).verification == "verified"
    assert db.session.get(Certification, plain.id).verification == "pending"
    assert queue_size() == 0
    auth.logout()
    auth.login(user.email)
    assert "DoIT verified your certificate ISO 9001:2015" in client.get("/notifications/").get_data(as_text=True)


def test_the_queue_lists_the_oldest_first(client, auth, staff):
    from datetime import datetime
    newer = SupplierFactory(name="Newer Co", created_at=datetime(2026, 3, 1))
    older = SupplierFactory(name="Older Co", created_at=datetime(2025, 3, 1))
    db.session.commit()
    auth.login(staff.email)
    page = client.get("/staff/verification").get_data(as_text=True)
    assert page.index(older.name) < page.index(newer.name)
