"""Merging duplicates keeps every certification, shortlist entry, message thread and audit entry of both."""
from matchmaker.audit.models import AuditEntry
from matchmaker.audit.services import record
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.messaging.models import Thread
from matchmaker.shortlists.models import Shortlist, ShortlistEntry
from matchmaker.staff.models import Recognition
from matchmaker.suppliers.models import Certification, Supplier
from tests.factories import CertificationFactory, OrganisationFactory, SupplierFactory, UserFactory, supplier_user


def _setup():
    survivor_user, survivor = supplier_user(SupplierFactory(name="Thăng Long Precision", capabilities=["tiện CNC"]))
    absorbed_user, absorbed = supplier_user(SupplierFactory(name="Thang Long Precision Co", capabilities=["phay CNC"],
                                                            contact_website="thanglong.vn"))
    CertificationFactory(supplier=survivor, name="ISO 9001:2015")
    CertificationFactory(supplier=absorbed, name="ISO 14001:2015", document_path="certificates/b.pdf")
    buyer = UserFactory(role="buyer")
    both = Shortlist(owner=buyer, name="Brackets")
    only_absorbed = Shortlist(owner=buyer, name="Covers")
    db.session.add_all([both, only_absorbed])
    db.session.flush()
    db.session.add_all([ShortlistEntry(shortlist_id=both.id, supplier_id=survivor.id, note="first"),
                        ShortlistEntry(shortlist_id=both.id, supplier_id=absorbed.id, note="second"),
                        ShortlistEntry(shortlist_id=only_absorbed.id, supplier_id=absorbed.id)])
    db.session.add(Thread(buyer_org_id=buyer.organisation_id, supplier_id=absorbed.id, subject="Quote for covers"))
    db.session.add(Recognition(supplier_id=absorbed.id, year=2019, product="Vỏ máy", product_group="mechanical"))
    record("update", "supplier", absorbed.id, {"name": ["a", "b"]}, absorbed_user, absorbed.id)
    record("update", "supplier", survivor.id, {"name": ["c", "d"]}, survivor_user, survivor.id)
    db.session.commit()
    return survivor, absorbed, absorbed_user


def test_merge_keeps_everything_of_both_records(client, auth, staff):
    survivor, absorbed, absorbed_user = _setup()
    survivor_id, absorbed_id = survivor.id, absorbed.id
    auth.login(staff.email)
    response = client.post(f"/staff/duplicates/{survivor_id}/{absorbed_id}/merge", data={"survivor": survivor_id})
    assert response.status_code == 302
    assert db.session.get(Supplier, absorbed_id) is None
    kept = db.session.get(Supplier, survivor_id)
    assert sorted(c.name for c in kept.certifications) == ["ISO 14001:2015", "ISO 9001:2015"]
    assert db.session.scalar(db.select(db.func.count(Certification.id))) == 2
    entries = db.session.scalars(db.select(ShortlistEntry)).all()
    assert len(entries) == 2 and {e.supplier_id for e in entries} == {survivor_id}  # one per shortlist
    assert db.session.scalar(db.select(Thread.supplier_id)) == survivor_id
    assert db.session.scalar(db.select(Recognition.supplier_id)) == survivor_id
    assert kept.key_industrial_product == 2019
    assert set(kept.capabilities) == {"tiện CNC", "phay CNC"} and kept.contact_website == "thanglong.vn"
    audit = db.session.scalars(db.select(AuditEntry).filter_by(supplier_id=survivor_id)).all()
    assert {"a", "c"} <= {e.changes.get("name", [None])[0] for e in audit}
    assert any(e.action == "merge" for e in audit)
    # The absorbed company's account now manages the surviving record.
    assert db.session.get(User, absorbed_user.id).organisation_id == kept.organisation_id


def test_merging_a_record_with_itself_is_refused(client, auth, staff):
    supplier = SupplierFactory()
    db.session.commit()
    auth.login(staff.email)
    assert client.post(f"/staff/duplicates/{supplier.id}/{supplier.id}/merge",
                       data={"survivor": supplier.id}).status_code == 404


def test_a_survivor_without_an_account_takes_over_the_other_records_organisation(client, auth, staff):
    lonely = SupplierFactory(name="Imported Co")
    organisation = OrganisationFactory(kind="supplier")
    registered = SupplierFactory(name="Imported Co Ltd", organisation=organisation)
    db.session.commit()
    auth.login(staff.email)
    client.post(f"/staff/duplicates/{lonely.id}/{registered.id}/merge", data={"survivor": lonely.id})
    assert db.session.get(Supplier, lonely.id).organisation_id == organisation.id
