"""Possible duplicates: each rule finds its pair; the page lists them with the reason; dismissals stick."""
import pytest

from matchmaker.extensions import db
from matchmaker.staff.duplicates import code_key, duplicate_pairs, find_duplicates, phone_key, website_key
from tests.factories import SupplierFactory


def _record(id_, name, **fields):
    return {"id": id_, "name": name, **fields}


@pytest.mark.parametrize("field, first, second", [
    ("phone", "+84 24 3838 1234", "024.3838.1234"),
    ("email", "Sales@ThangLong.vn ", "sales@thanglong.vn"),
    ("website", "https://www.thanglong.vn/vi/", "thanglong.vn"),
    ("external_id", "0101234567", "0101-234-567"),
])
def test_each_contact_rule_finds_the_same_value_written_differently(field, first, second):
    records = [_record(1, "Alpha Mechanical", **{field: first}), _record(2, "Beta Plastics", **{field: second}),
               _record(3, "Gamma Foods", **{field: "0999999999" if field != "email" else "x@y.vn"})]
    assert [rule for rule, _ in duplicate_pairs(records)[(1, 2)]] == [field]
    assert set(duplicate_pairs(records)) == {(1, 2)}


def test_similar_names_ignore_legal_forms_case_and_diacritics():
    records = [_record(1, "Công ty TNHH Cơ khí Chính xác Thăng Long"),
               _record(2, "CONG TY CO PHAN CO KHI CHINH XAC THANG LONG"),
               _record(3, "Công ty TNHH Cơ khí Chính xác Hà Nội")]
    assert set(duplicate_pairs(records)) == {(1, 2)}
    assert duplicate_pairs(records)[(1, 2)][0][0] == "name"


def test_normalisers():
    assert phone_key("0912 345 678") == phone_key("+84 912 345 678") == "0912345678"
    assert phone_key("123") is None
    assert website_key("HTTP://WWW.Example.VN/path") == "example.vn"
    assert code_key("0101234567-001") == "0101234567001"


def test_staff_see_pairs_with_their_reason_and_can_dismiss_them(client, auth, staff):
    a = SupplierFactory(name="Nhựa Tiền Phong Alpha", contact_phone="024 3 868 7777")
    b = SupplierFactory(name="Cơ khí Beta", contact_phone="+84-24-3868-7777")
    db.session.commit()
    auth.login(staff.email)
    page = client.get("/staff/duplicates").get_data(as_text=True)
    assert a.name in page and b.name in page and "same phone" in page
    client.post(f"/staff/duplicates/{a.id}/{b.id}/dismiss")
    assert find_duplicates() == []
    assert "No possible duplicates found." in client.get("/staff/duplicates").get_data(as_text=True)
