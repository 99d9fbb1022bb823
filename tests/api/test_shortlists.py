"""Shortlists over the API: a buyer's own lists only; add, annotate and remove suppliers."""
from matchmaker.extensions import db
from matchmaker.shortlists.models import Shortlist, ShortlistEntry


def test_a_buyer_builds_a_shortlist(api, market):
    buyer = api("buyer")
    created = buyer.post("/api/v1/shortlists", json={"name": "Brackets", "requirement_id": market["requirement"].id})
    assert created.status_code == 201
    shortlist = created.get_json()
    assert shortlist["requirement_id"] == market["requirement"].id and shortlist["entries"] == []
    path = f"/api/v1/shortlists/{shortlist['id']}"

    added = buyer.post(path + "/entries", json={"supplier_id": market["thang_long"].id, "note": "Visit in May"})
    assert added.status_code == 200
    assert added.get_json()["status"] == "to_contact" and added.get_json()["note"] == "Visit in May"
    buyer.post(path + "/entries", json={"supplier_id": market["bac_ninh"].id})

    changed = buyer.patch(f"{path}/entries/{market['thang_long'].id}", json={"status": "meeting"})
    assert changed.get_json()["status"] == "meeting" and changed.get_json()["note"] == "Visit in May"
    assert buyer.delete(f"{path}/entries/{market['bac_ninh'].id}").status_code == 204
    assert buyer.delete(f"{path}/entries/{market['bac_ninh'].id}").status_code == 404

    detail = buyer.get(path).get_json()
    assert [(e["supplier_id"], e["status"]) for e in detail["entries"]] == [(market["thang_long"].id, "meeting")]
    listed = buyer.get("/api/v1/shortlists").get_json()
    assert listed["total"] == 1 and listed["items"][0]["entry_count"] == 1

    assert buyer.delete(path).status_code == 204
    assert db.session.scalar(db.select(db.func.count(Shortlist.id))) == 0


def test_another_buyer_cannot_touch_a_shortlist_by_id(api, market):
    created = api("buyer").post("/api/v1/shortlists", json={"name": "Mine"}).get_json()
    path = f"/api/v1/shortlists/{created['id']}"
    api("buyer").post(path + "/entries", json={"supplier_id": market["thang_long"].id})
    other = api("other")
    assert other.get(path).status_code == 404
    assert other.post(path + "/entries", json={"supplier_id": market["bac_ninh"].id}).status_code == 404
    assert other.patch(f"{path}/entries/{market['thang_long'].id}", json={"status": "rejected"}).status_code == 404
    assert other.delete(f"{path}/entries/{market['thang_long'].id}").status_code == 404
    assert other.delete(path).status_code == 404
    assert other.get("/api/v1/shortlists").get_json()["total"] == 0
    entries = db.session.scalars(db.select(ShortlistEntry)).all()
    assert [(e.supplier_id, e.status) for e in entries] == [(market["thang_long"].id, "to_contact")]


def test_shortlists_refuse_bad_input_and_other_roles(api, market):
    buyer = api("buyer")
    assert buyer.post("/api/v1/shortlists", json={"name": ""}).status_code == 422
    other_req = api("other").post("/api/v1/requirements", json={"title": "Theirs"}).get_json()["id"]
    refused = buyer.post("/api/v1/shortlists", json={"name": "x", "requirement_id": other_req})
    assert refused.status_code == 422 and "requirement_id" in refused.get_json()["errors"]
    shortlist = buyer.post("/api/v1/shortlists", json={"name": "x"}).get_json()["id"]
    missing = buyer.post(f"/api/v1/shortlists/{shortlist}/entries", json={"supplier_id": 999999})
    assert missing.status_code == 422 and "supplier_id" in missing.get_json()["errors"]
    bad = buyer.post(f"/api/v1/shortlists/{shortlist}/entries", json={"supplier_id": market["bac_ninh"].id,
                                                                      "status": "married"})
    assert bad.status_code == 422 and "status" in bad.get_json()["errors"]
    assert api("staff").get("/api/v1/shortlists").status_code == 403
    assert api("supplier").post("/api/v1/shortlists", json={"name": "x"}).status_code == 403
