"""The sectioned profile editor: every section saves its fields, audited; refusals and inline messages."""
import pytest

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db

SECTION_POSTS = {
    "company": ({"external_id": "0107654321", "name": "Công ty TNHH Điện tử Mới", "name_en": "New Electronics",
                 "description": "Lắp ráp bo mạch", "sectors": ["electrical-electronics", "it"], "employees": "85",
                 "founded": "2011"},
                {"external_id": "0107654321", "name_en": "New Electronics", "sectors": ["electrical-electronics", "it"],
                 "employees": 85, "founded": 2011}),
    "capabilities": ({"capabilities": "hàn SMT\nSMT assembly\n\n  kiểm tra AOI ", "products": "bo mạch; PCBA"},
                     {"capabilities": ["hàn SMT", "SMT assembly", "kiểm tra AOI"], "products": ["bo mạch", "PCBA"]}),
    "programmes": ({"five_s": "certified", "key_industrial_product": "2021"},
                   {"five_s": "certified", "key_industrial_product": 2021}),
    "location": ({"province": "Hà Nội", "district": "Thạch Thất", "industrial_zone": "KCN Thạch Thất - Quốc Oai"},
                 {"district": "Thạch Thất", "industrial_zone": "KCN Thạch Thất - Quốc Oai"}),
    "contacts": ({"contact_email": "sales@new.vn", "contact_phone": "+84 24 1234 5678",
                  "contact_website": "https://new.vn"},
                 {"contact_email": "sales@new.vn", "contact_phone": "+84 24 1234 5678",
                  "contact_website": "https://new.vn"}),
    "markets": ({"export_markets": "jp, kr\nUS", "languages": "vi\nEN"},
                {"export_markets": ["JP", "KR", "US"], "languages": ["vi", "en"]}),
}


@pytest.mark.parametrize("section", sorted(SECTION_POSTS))
def test_each_section_saves_its_fields_and_is_audited(client, auth, people, section):
    data, expected = SECTION_POSTS[section]
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    url = f"/suppliers/{supplier.id}/edit" + ("" if section == "company" else f"/{section}")
    assert client.get(url).status_code == 200
    response = client.post(url, data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.refresh(supplier)
    for field, value in expected.items():
        assert getattr(supplier, field) == value
    entry = db.session.scalars(db.select(AuditEntry).filter_by(supplier_id=supplier.id, action="update")).one()
    assert entry.user_id == people["owner"].id


def test_equipment_is_kept_with_the_profile_and_shown_publicly(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    client.post(f"/suppliers/{supplier.id}/edit/materials",
                data={"materials": "thép S45C\nnhôm A6061", "equipment": "Máy phay CNC 5 trục Mazak"})
    db.session.refresh(supplier)
    assert supplier.materials == ["thép S45C", "nhôm A6061"]
    assert supplier.extra["equipment"] == ["Máy phay CNC 5 trục Mazak"]
    assert "Máy phay CNC 5 trục Mazak" in client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)


def test_list_fields_render_one_item_per_line_for_the_list_editor(client, auth, people):
    auth.login(people["owner"].email)
    page = client.get(f"/suppliers/{people['supplier'].id}/edit/capabilities").get_data(as_text=True)
    assert "data-list-editor" in page and "tiện CNC\nphay CNC" in page and "js/profile.js" in page


def test_contract_messages_appear_under_the_field(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = client.post(f"/suppliers/{supplier.id}/edit/markets", data={"export_markets": "Japan", "languages": ""})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="export_markets-error"' in page and "JAPAN not a valid code" in page
    db.session.refresh(supplier)
    assert supplier.export_markets == []


def test_wtforms_messages_appear_inline_and_nothing_changes(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = client.post(f"/suppliers/{supplier.id}/edit/contacts", data={"contact_email": "not-an-email"})
    assert response.status_code == 200 and 'id="contact_email-error"' in response.get_data(as_text=True)
    db.session.refresh(supplier)
    assert supplier.contact_email == "sales@owner.vn"


def test_an_enterprise_code_of_another_company_is_refused(client, auth, people):
    supplier, other = people["supplier"], people["other_supplier"]
    auth.login(people["owner"].email)
    response = client.post(f"/suppliers/{supplier.id}/edit",
                           data={"external_id": other.external_id, "name": supplier.name})
    assert response.status_code == 200 and "belongs to another company" in response.get_data(as_text=True)


@pytest.mark.parametrize("who", ["other", "buyer"])
def test_other_users_cannot_open_or_save_any_section(client, auth, people, who):
    supplier = people["supplier"]
    auth.login(people[who].email)
    for section in ("capabilities", "contacts", "visibility", "certifications"):
        assert client.get(f"/suppliers/{supplier.id}/edit/{section}").status_code == 403
    assert client.post(f"/suppliers/{supplier.id}/edit/location", data={"province": "Bắc Ninh"}).status_code == 403
    db.session.refresh(supplier)
    assert supplier.province == "Hà Nội"


def test_anonymous_visitors_are_sent_to_log_in(client, people):
    response = client.get(f"/suppliers/{people['supplier'].id}/edit/capabilities")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_unknown_sections_are_not_found(client, auth, people):
    auth.login(people["owner"].email)
    assert client.get(f"/suppliers/{people['supplier'].id}/edit/nonsense").status_code == 404


def test_the_editor_shows_completeness_and_what_to_add_next(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    page = client.get(f"/suppliers/{supplier.id}/edit").get_data(as_text=True)
    assert "Profile completeness" in page and "What to add next" in page
    assert "List at least three capabilities" in page
    client.post(f"/suppliers/{supplier.id}/edit/capabilities",
                data={"capabilities": "tiện CNC\nphay CNC\nmài vô tâm", "products": "trục"})
    page = client.get(f"/suppliers/{supplier.id}/edit").get_data(as_text=True)
    assert "List at least three capabilities" not in page


def test_my_company_profile_opens_the_editor(client, auth, people):
    auth.login(people["owner"].email)
    response = client.get("/suppliers/me")
    assert response.headers["Location"].endswith(f"/suppliers/{people['supplier'].id}/edit")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Opportunities" in page and "Capabilities and products" in page
