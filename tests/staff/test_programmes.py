"""Programme records: recognitions keep key_industrial_product in step; 5S enrolments raise the 5S status."""
from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.staff.models import Recognition
from matchmaker.staff.programmes import programme_totals
from matchmaker.suppliers.models import Supplier
from tests.factories import SupplierFactory


def _recognise(client, supplier, year, product, group="mechanical"):
    return client.post(f"/staff/suppliers/{supplier.id}/recognitions",
                       data={"year": year, "product": product, "product_group": group, "decision_ref": "1/QĐ-UBND"})


def test_recognitions_set_the_earliest_year_and_show_on_the_profile(client, auth, staff, owner):
    _, supplier = owner
    auth.login(staff.email)
    assert _recognise(client, supplier, 2022, "Khuôn dập chính xác").status_code == 302
    assert _recognise(client, supplier, 2020, "Bánh răng côn").status_code == 302
    assert db.session.get(Supplier, supplier.id).key_industrial_product == 2020
    page = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert "Bánh răng côn" in page and "Khuôn dập chính xác" in page
    first = db.session.scalar(db.select(Recognition).filter_by(year=2020))
    client.post(f"/staff/recognitions/{first.id}/delete")
    assert db.session.get(Supplier, supplier.id).key_industrial_product == 2022
    assert db.session.scalar(db.select(AuditEntry.id).filter_by(entity_type="recognition", action="delete"))


def test_a_duplicate_recognition_is_refused(client, auth, staff, owner):
    _, supplier = owner
    auth.login(staff.email)
    _recognise(client, supplier, 2021, "Đèn LED")
    response = _recognise(client, supplier, 2021, "Đèn LED")
    assert response.status_code == 400 and "already recorded" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Recognition.id))) == 1


def test_programme_totals_per_year_and_product_group(client, auth, staff):
    a, b = SupplierFactory(), SupplierFactory()
    db.session.commit()
    auth.login(staff.email)
    _recognise(client, a, 2020, "P1")
    _recognise(client, a, 2020, "P2", "electrical-electronics")
    _recognise(client, b, 2021, "P3")
    totals = programme_totals()
    assert totals["products"] == 3 and totals["companies"] == 2
    assert [tuple(r) for r in totals["per_year"]] == [(2020, 2, 1), (2021, 1, 1)]
    assert dict((g, n) for g, n, _ in totals["per_group"]) == {"mechanical": 2, "electrical-electronics": 1}
    assert "Electrical and electronics" in client.get("/staff/programmes").get_data(as_text=True)


def _enrol(client, supplier, **dates):
    data = {"programme": "5S3D", "enrolled_on": "2025-03-01"}
    data.update(dates)
    return client.post(f"/staff/suppliers/{supplier.id}/enrolments", data=data)


def test_enrolment_raises_the_5s_status_step_by_step(client, auth, staff):
    supplier = SupplierFactory(five_s="none")
    db.session.commit()
    auth.login(staff.email)
    assert _enrol(client, supplier).status_code == 302
    assert db.session.get(Supplier, supplier.id).five_s == "training"
    _enrol(client, supplier, enrolled_on="2025-06-01", completed_on="2025-09-01", certified_on="2025-12-01")
    assert db.session.get(Supplier, supplier.id).five_s == "certified"


def test_a_higher_status_set_by_the_supplier_is_kept_unless_staff_override_with_an_audit_entry(client, auth, staff):
    supplier = SupplierFactory(five_s="certified")
    db.session.commit()
    auth.login(staff.email)
    page = _enrol(client, supplier).get_data(as_text=True)
    assert db.session.get(Supplier, supplier.id).five_s == "certified"
    _enrol(client, supplier, enrolled_on="2025-04-01", allow_lower="y")
    assert db.session.get(Supplier, supplier.id).five_s == "training"
    assert db.session.scalar(db.select(AuditEntry.id).filter_by(supplier_id=supplier.id, action="lower_five_s"))
    del page


def test_enrolment_dates_must_be_in_order(client, auth, staff, owner):
    _, supplier = owner
    auth.login(staff.email)
    response = _enrol(client, supplier, completed_on="2024-01-01")
    assert response.status_code == 400 and "Completion cannot come before enrolment." in response.get_data(as_text=True)
