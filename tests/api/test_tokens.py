"""Personal API tokens: made and revoked in the web app, stored hashed, and the only way into the API."""
import hashlib
import re

from sqlalchemy import select

from matchmaker.api.tokens import ApiToken
from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db

TOKEN = re.compile(r"mm_[A-Za-z0-9-]+_[A-Za-z0-9_-]{40,}")


def test_token_lifecycle_through_the_web_page(client, auth, people):
    auth.login("buyer@example.jp")
    assert "You have no API tokens yet." in client.get("/account/api-tokens/").get_data(as_text=True)

    created = client.post("/account/api-tokens/", data={"name": "SAP purchasing sync"})
    page = created.get_data(as_text=True)
    assert created.status_code == 200 and created.headers["Cache-Control"] == "no-store"
    raw = TOKEN.search(page).group(0)
    assert "shown only this once" in page

    # The token works, with the buyer's role ...
    listed = client.get("/api/v1/requirements", headers={"Authorization": f"Bearer {raw}"})
    assert listed.status_code == 200

    # ... the list shows its name, prefix and last use, but never the token again.
    again = client.get("/account/api-tokens/").get_data(as_text=True)
    assert "SAP purchasing sync" in again and raw not in again
    token = db.session.scalar(select(ApiToken))
    assert f"mm_{token.prefix}_" in again and token.last_used_at is not None

    # Revoked: the next API call is refused with a problem+json 401.
    client.post(f"/account/api-tokens/{token.id}/revoke")
    refused = client.get("/api/v1/requirements", headers={"Authorization": f"Bearer {raw}"})
    assert refused.status_code == 401
    assert refused.content_type == "application/problem+json"
    assert refused.get_json()["status"] == 401
    assert "revoked" in client.get("/account/api-tokens/").get_data(as_text=True)
    actions = set(db.session.scalars(select(AuditEntry.action).filter_by(entity_type="api_token")))
    assert actions == {"create", "revoke"}


def test_only_a_hash_of_the_token_is_stored(client, auth, people):
    auth.login("buyer@example.jp")
    raw = TOKEN.search(client.post("/account/api-tokens/", data={"name": "script"}).get_data(as_text=True)).group(0)
    token = db.session.scalar(select(ApiToken))
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    stored = [str(value) for value in db.session.execute(select(ApiToken.__table__)).one()]
    assert not any(raw in value for value in stored)
    assert raw.startswith(f"mm_{token.prefix}_")


def test_a_token_name_is_required(client, auth, people):
    auth.login("buyer@example.jp")
    page = client.post("/account/api-tokens/", data={"name": ""}).get_data(as_text=True)
    assert TOKEN.search(page) is None
    assert db.session.scalar(select(ApiToken)) is None


def test_nobody_revokes_another_users_token(client, auth, api, tokens):
    token = db.session.scalar(select(ApiToken).join(ApiToken.user).filter_by(email="buyer@example.jp"))
    auth.login("other@example.kr")
    assert client.post(f"/account/api-tokens/{token.id}/revoke").status_code == 404
    assert api("buyer").get("/api/v1/requirements").status_code == 200


def test_the_tokens_page_needs_a_login(client):
    response = client.get("/account/api-tokens/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_the_session_cookie_does_not_open_the_api(client, auth, people):
    auth.login("buyer@example.jp")
    assert client.get("/requirements/").status_code == 200  # logged in on the web ...
    response = client.get("/api/v1/requirements")  # ... but the API wants a token
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_unknown_and_malformed_tokens_are_refused(client, tokens):
    for header in ("Bearer mm_nothing_here", "Bearer " + tokens["buyer"] + "x", "Basic dXNlcjpwYXNz",
                   "Bearer", tokens["buyer"]):
        response = client.get("/api/v1/requirements", headers={"Authorization": header})
        assert response.status_code == 401, header
        assert response.content_type == "application/problem+json"


def test_a_deactivated_account_loses_api_access(api, people):
    people["buyer"].active = False
    db.session.commit()
    assert api("buyer").get("/api/v1/requirements").status_code == 401


def test_the_token_carries_its_owners_current_role(api, people):
    assert api("buyer").post("/api/v1/suppliers/import").status_code == 403
    people["buyer"].role = "staff"
    db.session.commit()
    assert api("buyer").post("/api/v1/suppliers/import").status_code == 422  # allowed now; no file sent


def test_api_writes_need_no_csrf_token(app, api, people):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = api("buyer").post("/api/v1/shortlists", json={"name": "Brackets"})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 201
