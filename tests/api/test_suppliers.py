"""Suppliers over the API: the web search's filters, pages, visibility by role, and updating one's own profile."""
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.search.query import query_from_args
from matchmaker.search.service import search_suppliers
from matchmaker.suppliers.models import Supplier


def ids(response):
    return [item["id"] for item in response.get_json()["items"]]


def web_search(args):
    """The ids the web search page would list for these arguments."""
    return search_suppliers(query_from_args(MultiDict(args))).ids


def test_search_uses_the_web_searchs_filters(api, market):
    response = api("buyer").get("/api/v1/suppliers?q=nh%C3%B4m+A6061&province=H%C3%A0+N%E1%BB%99i")
    assert response.status_code == 200
    assert ids(response) == [market["thang_long"].id]
    body = response.get_json()
    assert body["total"] == 1 and body["facets"]["province"]["Hà Nội"] >= 1
    assert body["items"][0]["record"]["external_id"] == market["thang_long"].external_id

    for query, args in [("q=phay+CNC&five_s=implemented", [("q", "phay CNC"), ("five_s", "implemented")]),
                        ("kip=true", [("kip", "1")]),
                        ("sector=textile-garment-footwear&sector=it", [("sector", "textile-garment-footwear"),
                                                                      ("sector", "it")])]:
        assert ids(api("buyer").get(f"/api/v1/suppliers?{query}")) == web_search(args), query
    assert ids(api("buyer").get("/api/v1/suppliers?kip=true")) == [market["thang_long"].id]
    assert ids(api("buyer").get("/api/v1/suppliers?sector=textile-garment-footwear")) == [market["garments"].id]


def test_search_pages(api, market):
    first = api("buyer").get("/api/v1/suppliers?per_page=3").get_json()
    second = api("buyer").get(first["links"]["next"]).get_json()
    assert (first["total"], first["pages"], first["page"], first["per_page"]) == (4, 2, 1, 3)
    assert first["links"]["prev"] is None and "page=2" in first["links"]["last"]
    assert len(first["items"]) == 3 and len(second["items"]) == 1 and second["links"]["next"] is None
    assert second["links"]["prev"] == first["links"]["self"]
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})
    assert api("buyer").get("/api/v1/suppliers?per_page=101").status_code == 422
    assert api("buyer").get("/api/v1/suppliers?page=0").status_code == 422


def test_a_profile_shows_only_the_sections_the_caller_may_see(api, market):
    supplier = market["thang_long"]
    supplier.visibility = {"certifications": "buyers"}
    db.session.commit()
    as_buyer = api("buyer").get(f"/api/v1/suppliers/{supplier.id}").get_json()
    assert as_buyer["record"]["certifications"] == ["ISO 9001:2015"]
    assert as_buyer["record"]["contact"] == {"email": "sales@thanglong.example.vn"}
    # Another supplier company's account sees what anonymous visitors see: no certificates, no contacts.
    as_competitor = api("supplier").get(f"/api/v1/suppliers/{supplier.id}").get_json()
    assert "certifications" not in as_competitor["record"] and "contact" not in as_competitor["record"]
    assert {"certifications", "contacts"} <= set(as_competitor["hidden_sections"])
    assert as_competitor["record"]["name"] == supplier.name


def test_an_unpublished_profile_is_missing_for_outsiders(api, market):
    company = market["company"]
    company.published = False
    db.session.commit()
    assert api("buyer").get(f"/api/v1/suppliers/{company.id}").status_code == 404
    assert api("supplier").get(f"/api/v1/suppliers/{company.id}").status_code == 200  # its owner
    assert api("staff").get(f"/api/v1/suppliers/{company.id}").status_code == 200


def test_a_supplier_updates_its_own_profile(api, market):
    company = market["company"]
    response = api("supplier").patch(f"/api/v1/suppliers/{company.id}",
                                     json={"capabilities": ["đúc áp lực nhôm", "die casting"], "employees": 85})
    assert response.status_code == 200
    assert response.get_json()["record"]["capabilities"] == ["đúc áp lực nhôm", "die casting"]
    db.session.expire_all()
    assert db.session.get(Supplier, company.id).employees == 85
    entry = db.session.scalar(select(AuditEntry).filter_by(entity_type="supplier", entity_id=company.id))
    assert entry.source == "api" and "capabilities" in entry.changes
    # The search index followed the change.
    assert company.id in ids(api("buyer").get("/api/v1/suppliers?q=die+casting"))


def test_invalid_profile_changes_are_refused_and_nothing_changes(api, market):
    company = market["company"]
    before = company.name
    response = api("supplier").patch(f"/api/v1/suppliers/{company.id}",
                                     json={"name": "New name", "external_id": "12", "five_s": "perfect"})
    assert response.status_code == 422
    assert {"external_id", "five_s"} <= set(response.get_json()["errors"])
    db.session.expire_all()
    assert db.session.get(Supplier, company.id).name == before


def test_nobody_changes_another_companys_profile(api, market):
    other = market["thang_long"]
    assert api("supplier").patch(f"/api/v1/suppliers/{other.id}", json={"name": "Taken over"}).status_code == 403
    assert api("buyer").patch(f"/api/v1/suppliers/{other.id}", json={"name": "Taken over"}).status_code == 403
    db.session.expire_all()
    assert db.session.get(Supplier, other.id).name == "Cơ khí Chính xác Thăng Long"
