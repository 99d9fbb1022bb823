"""Who may see and change what: refusals are checked, not only the happy path."""
from matchmaker.extensions import db
from tests.factories import SupplierFactory, UserFactory, supplier_user

EDIT_FORM = {"external_id": "0101234567", "name": "Công ty TNHH Mới", "five_s": "implemented"}


def test_anonymous_users_are_sent_to_log_in_for_the_editor(client):
    supplier = SupplierFactory()
    db.session.commit()
    response = client.get(f"/suppliers/{supplier.id}/edit")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_anonymous_users_see_public_profiles_without_contact_details(client):
    supplier = SupplierFactory(contact_email="sales@secret.vn")
    db.session.commit()
    page = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert supplier.name in page and "sales@secret.vn" not in page


def test_a_supplier_edits_its_own_company(client, auth):
    user, supplier = supplier_user()
    db.session.commit()
    auth.login(user.email)
    response = client.post(f"/suppliers/{supplier.id}/edit", data=EDIT_FORM)
    assert response.status_code == 302
    db.session.refresh(supplier)
    assert supplier.name == "Công ty TNHH Mới"


def test_a_supplier_cannot_edit_another_company(client, auth):
    user, _ = supplier_user()
    other = SupplierFactory(name="Other Co")
    db.session.commit()
    auth.login(user.email)
    assert client.get(f"/suppliers/{other.id}/edit").status_code == 403
    assert client.post(f"/suppliers/{other.id}/edit", data=EDIT_FORM).status_code == 403
    db.session.refresh(other)
    assert other.name == "Other Co"


def test_a_buyer_cannot_edit_any_supplier(client, auth):
    UserFactory(email="buyer@example.jp", role="buyer")
    supplier = SupplierFactory()
    db.session.commit()
    auth.login("buyer@example.jp")
    assert client.post(f"/suppliers/{supplier.id}/edit", data=EDIT_FORM).status_code == 403
    assert client.get("/suppliers/me").status_code == 403


def test_staff_may_edit_any_supplier(client, auth):
    UserFactory(email="staff@doit.vn", role="staff")
    supplier = SupplierFactory()
    db.session.commit()
    auth.login("staff@doit.vn")
    assert client.get(f"/suppliers/{supplier.id}/edit").status_code == 200


def test_profile_edits_are_audited(client, auth):
    from matchmaker.audit.models import AuditEntry

    user, supplier = supplier_user()
    db.session.commit()
    auth.login(user.email)
    client.post(f"/suppliers/{supplier.id}/edit", data=EDIT_FORM)
    entry = db.session.scalars(db.select(AuditEntry).filter_by(supplier_id=supplier.id, action="update")).one()
    assert entry.user_id == user.id and entry.changes["name"][1] == "Công ty TNHH Mới"


def test_an_invalid_edit_changes_nothing(client, auth):
    user, supplier = supplier_user()
    db.session.commit()
    auth.login(user.email)
    response = client.post(f"/suppliers/{supplier.id}/edit", data={**EDIT_FORM, "external_id": "12ab"})
    assert response.status_code == 200 and "10 digits" in response.get_data(as_text=True)
    db.session.refresh(supplier)
    assert supplier.name != "Công ty TNHH Mới"


def test_contact_details_are_for_buyers_not_for_other_suppliers(client, auth):
    user, _ = supplier_user()
    other = SupplierFactory(contact_email="sales@other.vn")
    UserFactory(email="buyer@example.jp", role="buyer")
    db.session.commit()
    auth.login(user.email)
    assert "sales@other.vn" not in client.get(f"/suppliers/{other.id}").get_data(as_text=True)
    auth.logout()
    auth.login("buyer@example.jp")
    assert "sales@other.vn" in client.get(f"/suppliers/{other.id}").get_data(as_text=True)
