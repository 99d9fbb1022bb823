"""Requirements over the API: buyers post, read and change their own; nobody reaches another firm's by its id."""
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.buyers.models import Requirement
from matchmaker.extensions import db

NEW = {"title": "Injection-moulded ABS housings", "description": "Housings for printers, 5,000 pcs/month.",
       "sectors": ["chemicals-rubber-plastics-pharma"], "required_certifications": ["ISO 9001"],
       "min_five_s": "implemented", "deadline": "2027-03-31", "incoterm": "FOB Hai Phong"}


def test_a_buyer_posts_and_reads_a_requirement(api, people):
    response = api("buyer").post("/api/v1/requirements", json=NEW)
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"].endswith(f"/api/v1/requirements/{body['id']}")
    assert body["record"]["external_id"].startswith("REQ-") and body["status"] == "open"
    assert body["record"]["buyer"] == "Example Vietnam Manufacturing (JP)"
    assert body["record"]["incoterm"] == "FOB Hai Phong"  # fields outside the contract are kept
    requirement = db.session.get(Requirement, body["id"])
    assert requirement.organisation_id == people["firm"].id and requirement.deadline.isoformat() == "2027-03-31"
    assert api("buyer").get(f"/api/v1/requirements/{body['id']}").get_json() == body
    entry = db.session.scalar(select(AuditEntry).filter_by(entity_type="requirement", entity_id=body["id"]))
    assert entry.source == "api"


def test_another_buyer_cannot_read_or_change_it_by_id(api, market):
    requirement = market["requirement"]
    path = f"/api/v1/requirements/{requirement.id}"
    assert api("other").get(path).status_code == 404
    assert api("other").patch(path, json={"title": "Hijacked"}).status_code == 404
    assert api("other").get(path + "/matches").status_code == 404
    assert requirement.id not in [r["id"] for r in api("other").get("/api/v1/requirements").get_json()["items"]]
    db.session.expire_all()
    assert db.session.get(Requirement, requirement.id).title == "Machined aluminium brackets"


def test_staff_read_every_requirement_and_suppliers_none(api, market):
    assert api("staff").get(f"/api/v1/requirements/{market['requirement'].id}").status_code == 200
    assert api("staff").get("/api/v1/requirements").get_json()["total"] == 1
    assert api("supplier").get("/api/v1/requirements").status_code == 403
    assert api("supplier").post("/api/v1/requirements", json=NEW).status_code == 403
    assert api("staff").post("/api/v1/requirements", json=NEW).status_code == 403  # staff do not post for buyers


def test_a_buyer_changes_and_closes_a_requirement(api, market):
    path = f"/api/v1/requirements/{market['requirement'].id}"
    response = api("buyer").patch(path, json={"quantity": "20000 pcs/month", "status": "closed"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "closed" and body["record"]["quantity"] == "20000 pcs/month"
    assert body["record"]["title"] == "Machined aluminium brackets"  # untouched fields stay
    assert api("buyer").get("/api/v1/requirements?status=open").get_json()["total"] == 0


def test_invalid_changes_are_refused(api, market):
    requirement = market["requirement"]
    path = f"/api/v1/requirements/{requirement.id}"
    response = api("buyer").patch(path, json={"external_id": "REQ-OTHER", "deadline": "31/03/2027"})
    assert response.status_code == 422
    assert {"external_id", "deadline"} <= set(response.get_json()["errors"])
    response = api("buyer").patch(path, json={"min_five_s": "perfect"})
    assert response.get_json()["errors"]["min_five_s"]
    db.session.expire_all()
    assert db.session.get(Requirement, requirement.id).min_five_s is None


def test_an_existing_external_id_is_a_conflict(api, market):
    taken = market["requirement"].external_id
    response = api("buyer").post("/api/v1/requirements", json=dict(NEW, external_id=taken))
    assert response.status_code == 409 and taken in response.get_json()["detail"]
    response = api("other").post("/api/v1/requirements", json=dict(NEW, external_id=taken))
    assert response.status_code == 409  # and certainly does not overwrite the other firm's requirement
    db.session.expire_all()
    assert db.session.scalar(select(Requirement).filter_by(external_id=taken)).title == "Machined aluminium brackets"


def test_requirement_list_pages(api, people):
    for number in range(3):
        assert api("buyer").post("/api/v1/requirements", json=dict(NEW, title=f"Part {number}")).status_code == 201
    first = api("buyer").get("/api/v1/requirements?per_page=2").get_json()
    assert (first["total"], first["pages"], len(first["items"])) == (3, 2, 2)
    assert [item["record"]["title"] for item in first["items"]] == ["Part 2", "Part 1"]
    assert api("buyer").get(first["links"]["next"]).get_json()["items"][0]["record"]["title"] == "Part 0"
