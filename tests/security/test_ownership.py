"""One buyer cannot read or change another firm's requirements, shortlists or messages by changing an id in the
URL, in the web app or through the API; the refused attempts change nothing."""
from matchmaker.extensions import db
from matchmaker.messaging.models import Message
from matchmaker.shortlists.models import Shortlist, ShortlistEntry

REFUSED = (403, 404)


def test_requirements_of_another_firm_cannot_be_read_or_changed_on_the_web(world, client_for):
    client = client_for(world["buyer"])
    theirs = world["requirements"][1]
    assert client.get(f"/requirements/{theirs.id}").status_code in REFUSED
    assert client.get(f"/requirements/{theirs.id}/edit").status_code in REFUSED
    assert client.post(f"/requirements/{theirs.id}/edit", data={"title": "Hijacked"}).status_code in REFUSED
    assert client.post(f"/requirements/{theirs.id}/status", data={"status": "closed"}).status_code in REFUSED
    db.session.refresh(theirs)
    assert theirs.title != "Hijacked" and theirs.status == "open"


def test_shortlists_of_another_buyer_cannot_be_read_or_changed_on_the_web(world, client_for):
    client = client_for(world["buyer"])
    theirs, entry = world["shortlists"]["other"], world["entries"]["other"]
    supplier_id = entry.supplier_id
    for path in (f"/shortlists/{theirs.id}", f"/shortlists/{theirs.id}/export.csv"):
        response = client.get(path)
        assert response.status_code in REFUSED and b"first call" not in response.data
    assert client.post(f"/shortlists/{theirs.id}/entries/{entry.id}",
                       data={"note": "Hijacked", "status": "rejected"}).status_code in REFUSED
    assert client.post(f"/shortlists/{theirs.id}/remove", data={"supplier_id": supplier_id}).status_code in REFUSED
    assert client.post(f"/shortlists/{theirs.id}/delete").status_code in REFUSED
    # The buyer's own entry id does not open the other list either, nor the other entry through the own list.
    own = world["shortlists"]["own"]
    assert client.post(f"/shortlists/{own.id}/entries/{entry.id}", data={"note": "Hijacked"}).status_code \
        in REFUSED
    db.session.expire_all()
    kept = db.session.get(ShortlistEntry, entry.id)
    assert db.session.get(Shortlist, theirs.id) is not None and kept.note == "first call" \
        and kept.status == "to_contact"


def test_message_threads_of_another_firm_cannot_be_read_or_written(world, client_for):
    client = client_for(world["buyer"])
    theirs = world["threads"]["other"]
    before = db.session.scalar(db.select(db.func.count(Message.id)).filter_by(thread_id=theirs.id))
    response = client.get(f"/messages/{theirs.id}")
    assert response.status_code in REFUSED and b"Hello" not in response.data
    assert client.post(f"/messages/{theirs.id}", data={"body": "Hijacked"}).status_code in REFUSED
    # A supplier cannot read a thread of another supplier either.
    assert client_for(world["users"]["supplier"]).get(f"/messages/{theirs.id}").status_code in REFUSED
    assert db.session.scalar(db.select(db.func.count(Message.id)).filter_by(thread_id=theirs.id)) == before


def test_the_api_refuses_another_buyers_requirements_and_shortlists(app, world):
    client = app.test_client()
    headers = {"Authorization": f"Bearer {world['tokens']['buyer']}"}
    requirement = world["requirements"][1]
    shortlist, entry = world["shortlists"]["other"], world["entries"]["other"]
    base = "/api/v1"
    assert client.get(f"{base}/requirements/{requirement.id}", headers=headers).status_code in REFUSED
    assert client.get(f"{base}/requirements/{requirement.id}/matches", headers=headers).status_code in REFUSED
    assert client.patch(f"{base}/requirements/{requirement.id}", headers=headers,
                        json={"title": "Hijacked"}).status_code in REFUSED
    assert client.get(f"{base}/shortlists/{shortlist.id}", headers=headers).status_code in REFUSED
    assert client.patch(f"{base}/shortlists/{shortlist.id}/entries/{entry.supplier_id}", headers=headers,
                        json={"note": "Hijacked"}).status_code in REFUSED
    assert client.delete(f"{base}/shortlists/{shortlist.id}/entries/{entry.supplier_id}",
                         headers=headers).status_code in REFUSED
    assert client.delete(f"{base}/shortlists/{shortlist.id}", headers=headers).status_code in REFUSED
    listed = client.get(f"{base}/requirements", headers=headers).get_data(as_text=True)
    assert requirement.external_id not in listed
    db.session.expire_all()
    assert db.session.get(Shortlist, shortlist.id) is not None
    assert db.session.get(ShortlistEntry, entry.id).note == "first call"
    assert db.session.get(type(requirement), requirement.id).title != "Hijacked"
