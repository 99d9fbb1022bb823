"""Posting, editing, listing, closing and reopening requirements, and who may do it."""
import pytest
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.buyers.models import Requirement
from matchmaker.extensions import db
from tests.factories import RequirementFactory

FORM = {
    "title": "Machined aluminium brackets for printer chassis",
    "description": "CNC-machined A6061 brackets, anodised, tolerance ±0.02 mm.",
    "sectors": ["mechanical", "electrical-electronics"],
    "required_certifications": "ISO 9001\nIATF 16949",
    "preferred_certifications": "iso14001",
    "min_five_s": "implemented",
    "province": "Hà Nội",
    "quantity": "20000 pcs/month",
    "deadline": "2027-03-31",
}


def _requirements():
    return list(db.session.scalars(select(Requirement)))


def test_anonymous_visitors_are_sent_to_log_in(client):
    for url in ("/requirements/", "/requirements/new", "/compare?ids=1,2"):
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_suppliers_cannot_post_requirements(client, auth, people):
    auth.login(people["supplier"].email)
    assert client.get("/requirements/new").status_code == 403
    assert client.post("/requirements/new", data=FORM).status_code == 403
    assert client.get("/requirements/").status_code == 403
    assert _requirements() == []


def test_a_buyer_posts_a_requirement_with_every_field(client, auth, people, monkeypatch):
    told = []
    monkeypatch.setattr("matchmaker.buyers.services.notify_matching_suppliers", lambda r: told.append(r.id))
    auth.login(people["buyer"].email)
    assert client.get("/requirements/new").status_code == 200
    response = client.post("/requirements/new", data=FORM)
    [requirement] = _requirements()
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/requirements/{requirement.id}")
    assert requirement.title == FORM["title"] and requirement.description == FORM["description"]
    assert requirement.sectors == ["mechanical", "electrical-electronics"]
    assert requirement.required_certifications == ["ISO 9001", "IATF 16949"]
    assert requirement.preferred_certifications == ["ISO 14001"]
    assert requirement.min_five_s == "implemented" and requirement.province == "Hà Nội"
    assert requirement.quantity == "20000 pcs/month" and requirement.deadline.isoformat() == "2027-03-31"
    assert requirement.organisation_id == people["firm"].id and requirement.buyer == people["firm"].name
    assert requirement.status == "open" and requirement.external_id.startswith("REQ-")
    assert told == [requirement.id]
    audit = db.session.scalar(select(AuditEntry).filter_by(entity_type="requirement", entity_id=requirement.id))
    assert audit.action == "create" and audit.user_id == people["buyer"].id


def test_posting_notifies_matching_suppliers_through_the_supplier_side(client, auth, market):
    """The real supplier-side hook runs: the matching supplier's user gets a notice."""
    from matchmaker.notifications.models import Notification
    from tests.factories import supplier_user

    owner, _ = supplier_user(market["thang_long"])
    db.session.commit()
    auth.login(market["buyer"].email)
    response = client.post("/requirements/new", data={"title": "CNC milling of aluminium A6061 brackets",
                                                      "description": "Phay CNC nhôm A6061, anodising"})
    assert response.status_code == 302
    assert db.session.scalar(select(Notification).filter_by(user_id=owner.id)) is not None


def test_a_requirement_without_a_title_is_refused_with_a_message(client, auth, people):
    auth.login(people["buyer"].email)
    response = client.post("/requirements/new", data=dict(FORM, title=""))
    assert response.status_code == 200
    assert "This field is required." in response.get_data(as_text=True)
    assert _requirements() == []


def test_an_unknown_five_s_level_is_refused(client, auth, people):
    auth.login(people["buyer"].email)
    response = client.post("/requirements/new", data=dict(FORM, min_five_s="perfect"))
    assert "Not a valid choice" in response.get_data(as_text=True)
    assert _requirements() == []


def test_the_owner_edits_the_requirement_and_the_edit_is_audited(client, auth, people):
    requirement = RequirementFactory(organisation=people["firm"], title="Old title")
    db.session.commit()
    auth.login(people["buyer"].email)
    page = client.get(f"/requirements/{requirement.id}/edit").get_data(as_text=True)
    assert "Old title" in page
    response = client.post(f"/requirements/{requirement.id}/edit", data=dict(FORM, title="New title"))
    assert response.status_code == 302
    db.session.refresh(requirement)
    assert requirement.title == "New title" and requirement.min_five_s == "implemented"
    assert requirement.external_id.startswith("REQ-2026-")  # the key stays
    audit = db.session.scalar(select(AuditEntry).filter_by(entity_type="requirement", action="update"))
    assert audit.changes["title"] == ["Old title", "New title"]


@pytest.mark.parametrize("method,path", [("get", "/edit"), ("post", "/edit"), ("get", ""), ("post", "/status")])
def test_another_buyer_cannot_see_or_change_a_requirement(client, auth, people, method, path):
    requirement = RequirementFactory(organisation=people["firm"], title="Secret sourcing plan")
    db.session.commit()
    auth.login(people["other"].email)
    response = getattr(client, method)(f"/requirements/{requirement.id}{path}", data=dict(FORM, status="closed"))
    assert response.status_code == 403
    db.session.refresh(requirement)
    assert requirement.title == "Secret sourcing plan" and requirement.status == "open"


def test_staff_may_edit_any_requirement_but_not_post_one(client, auth, people):
    requirement = RequirementFactory(organisation=people["firm"])
    db.session.commit()
    auth.login(people["staff"].email)
    assert client.get(f"/requirements/{requirement.id}/edit").status_code == 200
    assert client.get("/requirements/new").status_code == 403


def test_the_list_shows_only_the_firm_s_requirements_with_status_tabs_and_pages(client, auth, people):
    for number in range(23):
        RequirementFactory(organisation=people["firm"], title=f"Part number {number:02d}")
    RequirementFactory(organisation=people["firm"], title="Finished last year", status="closed")
    RequirementFactory(title="Somebody else's need")
    db.session.commit()
    auth.login(people["buyer"].email)
    first = client.get("/requirements/").get_data(as_text=True)
    second = client.get("/requirements/?page=2").get_data(as_text=True)
    assert "Somebody else" not in first + second and 'aria-label="Pages"' in first
    assert first.count("<tr>") - 1 == 20 and second.count("<tr>") - 1 == 4
    closed = client.get("/requirements/?status=closed").get_data(as_text=True)
    assert "Finished last year" in closed and "Part number" not in closed


def test_an_empty_list_says_what_to_do(client, auth, people):
    auth.login(people["buyer"].email)
    assert "You have not posted any requirement yet" in client.get("/requirements/").get_data(as_text=True)


def test_the_owner_closes_and_reopens_a_requirement(client, auth, people):
    requirement = RequirementFactory(organisation=people["firm"])
    db.session.commit()
    auth.login(people["buyer"].email)
    response = client.post(f"/requirements/{requirement.id}/status", data={"status": "closed", "next": "list"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/requirements/")
    db.session.refresh(requirement)
    assert requirement.status == "closed"
    client.post(f"/requirements/{requirement.id}/status", data={"status": "open"})
    db.session.refresh(requirement)
    assert requirement.status == "open"
    actions = db.session.scalars(select(AuditEntry.changes).filter_by(entity_type="requirement")).all()
    assert {"status": ["open", "closed"]} in actions and {"status": ["closed", "open"]} in actions
