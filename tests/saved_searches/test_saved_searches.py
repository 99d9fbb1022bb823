"""Saved searches and requirements: a newly imported or updated supplier that matches is announced once."""
import json

import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.matches.store import refit
from matchmaker.notifications.models import Notification
from matchmaker.saved_searches.models import SavedSearch
from matchmaker.saved_searches.services import save_requirement, save_search, text_matches
from matchmaker.suppliers.importer import import_file
from tests.factories import OrganisationFactory, RequirementFactory, SupplierFactory, UserFactory

CNC_SHOP = {"external_id": "0109999001", "name": "Công ty TNHH Cơ khí Chính xác Sóc Sơn",
            "description": "Gia công phay CNC chi tiết nhôm A6061, anodising.", "sectors": ["mechanical"],
            "capabilities": ["phay CNC", "tiện CNC"], "materials": ["nhôm A6061"], "province": "Hà Nội",
            "five_s": "implemented"}
TAILOR = {"external_id": "0109999002", "name": "Công ty May Thanh Trì", "description": "May áo sơ mi.",
          "sectors": ["textile-garment-footwear"], "capabilities": ["may công nghiệp"], "province": "Hà Nội"}


@pytest.fixture
def buyer():
    firm = OrganisationFactory(kind="buyer", name="Example Vietnam Manufacturing (JP)")
    user = UserFactory(role="buyer", organisation=firm)
    SupplierFactory(name="Existing shop")  # the model needs a supplier base to fit on
    db.session.commit()
    refit()
    return user


def _import(tmp_path, *records, name="suppliers.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return import_file(str(path))


def _notices(user):
    return db.session.scalars(select(Notification.text).filter_by(user_id=user.id, kind="match")).all()


def test_a_saved_text_search_announces_a_new_matching_supplier_once(buyer, tmp_path):
    save_search(buyer, "aluminium milling", {"province": ["Hà Nội"]})
    db.session.commit()
    _import(tmp_path, CNC_SHOP, TAILOR)
    notices = _notices(buyer)
    assert notices == ["New supplier for your saved search “aluminium milling”: Công ty TNHH Cơ khí Chính xác Sóc Sơn"]
    _import(tmp_path, dict(CNC_SHOP, employees=80), name="update.jsonl")  # updated again: no second notice
    assert len(_notices(buyer)) == 1


def test_filters_of_a_saved_search_must_hold_too(buyer, tmp_path):
    save_search(buyer, "phay CNC", {"province": ["Bắc Ninh"]})
    db.session.commit()
    _import(tmp_path, CNC_SHOP)
    assert _notices(buyer) == []


def test_a_saved_requirement_is_matched_by_the_engine(buyer, tmp_path):
    requirement = RequirementFactory(organisation=buyer.organisation, title="Machined aluminium brackets",
                                     description="CNC milling of A6061 aluminium, anodised.")
    save_requirement(buyer, requirement)
    db.session.commit()
    _import(tmp_path, CNC_SHOP, TAILOR)
    assert _notices(buyer) == ["New matching supplier for your requirement “Machined aluminium brackets”: "
                               "Công ty TNHH Cơ khí Chính xác Sóc Sơn"]
    link = db.session.scalar(select(Notification.link).filter_by(user_id=buyer.id))
    assert link.startswith("/suppliers/")


def test_a_closed_requirement_announces_nothing(buyer, tmp_path):
    requirement = RequirementFactory(organisation=buyer.organisation, title="Brackets", status="closed",
                                     description="CNC milling of A6061 aluminium.")
    save_requirement(buyer, requirement)
    db.session.commit()
    _import(tmp_path, CNC_SHOP)
    assert _notices(buyer) == []


def test_text_matching_is_bilingual_and_ignores_diacritics():
    shop = SupplierFactory.build(**{k: v for k, v in CNC_SHOP.items() if k != "external_id"})
    assert text_matches("phay cnc nhom", shop)
    assert text_matches("aluminium", shop)
    assert not text_matches("injection moulding", shop)


def test_buyers_save_searches_and_requirements_from_the_pages(client, auth, buyer):
    requirement = RequirementFactory(organisation=buyer.organisation, title="Brackets")
    db.session.commit()
    auth.login(buyer.email)
    response = client.post("/saved-searches/", data={"q": "phay CNC", "sector": "mechanical", "verified": "1",
                                                     "next": "/search?q=phay+CNC"})
    assert response.headers["Location"] == "/search?q=phay+CNC"
    saved = db.session.scalar(select(SavedSearch).filter_by(kind="search"))
    assert saved.query == "phay CNC" and saved.filters == {"sector": ["mechanical"], "verified": True}
    client.post(f"/saved-searches/requirement/{requirement.id}", data={"province": "Hà Nội"})
    client.post(f"/saved-searches/requirement/{requirement.id}", data={})  # saving again updates, never duplicates
    saved = db.session.scalars(select(SavedSearch).filter_by(kind="requirement")).all()
    assert len(saved) == 1 and saved[0].filters == {}
    page = client.get("/saved-searches/").get_data(as_text=True)
    assert "phay CNC" in page and "Brackets" in page


def test_an_empty_search_is_not_saved(client, auth, buyer):
    auth.login(buyer.email)
    client.post("/saved-searches/", data={"q": "  "})
    assert db.session.scalars(select(SavedSearch)).all() == []


def test_others_cannot_delete_a_saved_search_or_save_another_firm_s_requirement(client, auth, buyer):
    saved = save_search(buyer, "phay CNC", {})
    requirement = RequirementFactory(organisation=buyer.organisation)
    other = UserFactory(role="buyer")
    db.session.commit()
    auth.login(other.email)
    assert client.post(f"/saved-searches/{saved.id}/delete").status_code == 403
    assert client.post(f"/saved-searches/requirement/{requirement.id}").status_code == 403
    assert len(db.session.scalars(select(SavedSearch)).all()) == 1


def test_anonymous_visitors_log_in(client):
    assert "/auth/login" in client.get("/saved-searches/").headers["Location"]


def test_the_search_page_offers_buyers_to_save_the_search(client, auth, buyer):
    auth.login(buyer.email)
    page = client.get("/search?q=phay+CNC&sector=mechanical").get_data(as_text=True)
    assert "Save this search" in page and 'name="sector" value="mechanical"' in page
    assert 'action="/saved-searches/"' in page


def test_buyers_see_their_navigation_items(client, auth, buyer):
    auth.login(buyer.email)
    page = client.get("/").get_data(as_text=True)
    for item in ("My requirements", "Shortlists", "Messages"):
        assert f">{item}<" in page
