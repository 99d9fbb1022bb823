"""Profiles untouched for 12 months: a notice to buyers, a banner and a confirm button for the owner."""
from datetime import timedelta

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.suppliers.freshness import is_outdated
from matchmaker.timeutil import utcnow


def _age(supplier, days):
    old = utcnow() - timedelta(days=days)
    # A plain UPDATE: the ORM would set updated_at to now on any change.
    db.session.execute(db.update(type(supplier)).where(type(supplier).id == supplier.id)
                       .values(updated_at=old, created_at=old))
    db.session.commit()
    db.session.refresh(supplier)


def test_twelve_months_without_changes_is_outdated(people):
    supplier = people["supplier"]
    assert not is_outdated(supplier)
    _age(supplier, 366)
    assert is_outdated(supplier)
    assert not is_outdated(supplier, now=utcnow() - timedelta(days=2))


def test_buyers_see_the_notice_and_fresh_profiles_have_none(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["buyer"].email)
    assert "Possibly outdated" not in client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    _age(supplier, 400)
    page = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert "Possibly outdated" in page and "Confirm profile is up to date" not in page


def test_the_owner_confirms_and_the_notice_goes(client, auth, people):
    supplier = people["supplier"]
    _age(supplier, 400)
    auth.login(people["owner"].email)
    page = client.get(f"/suppliers/{supplier.id}/edit").get_data(as_text=True)
    assert "has not been updated for more than 12 months" in page and "Confirm profile is up to date" in page
    response = client.post(f"/suppliers/{supplier.id}/confirm", data={"next": f"/suppliers/{supplier.id}/edit"})
    assert response.status_code == 302
    db.session.refresh(supplier)
    assert supplier.confirmed_at is not None and not is_outdated(supplier)
    assert db.session.scalar(db.select(AuditEntry).filter_by(supplier_id=supplier.id, action="confirm"))
    assert "has not been updated" not in client.get(f"/suppliers/{supplier.id}/edit").get_data(as_text=True)


def test_others_cannot_confirm_someone_elses_profile(client, auth, people):
    supplier = people["supplier"]
    _age(supplier, 400)
    auth.login(people["buyer"].email)
    assert client.post(f"/suppliers/{supplier.id}/confirm").status_code == 403
    db.session.refresh(supplier)
    assert supplier.confirmed_at is None
