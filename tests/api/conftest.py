"""API fixtures: people of every role with personal API tokens, a small supplier base, and a token client."""
import pytest

from matchmaker.api.tokens import create_token
from matchmaker.extensions import db


@pytest.fixture(autouse=True)
def search_folder(app, tmp_path):
    """A fresh search index and match model per test (no Elasticsearch)."""
    saved = {key: app.config[key] for key in ("SEARCH_FOLDER", "ELASTICSEARCH_URL")}
    app.config.update(SEARCH_FOLDER=str(tmp_path / "search"), ELASTICSEARCH_URL=None)
    yield
    app.config.update(saved)


@pytest.fixture
def tokens(people):
    """A raw API token for each person, by the same key."""
    raw = {}
    for key in ("buyer", "other", "supplier", "staff"):
        raw[key] = create_token(people[key], f"{key} integration")[1]
    db.session.commit()
    return raw


class TokenClient:
    """The test client with an `Authorization: Bearer` header for one person's token."""

    def __init__(self, client, token):
        self.client, self.token = client, token

    def _headers(self, kwargs):
        headers = dict(kwargs.pop("headers", None) or {})
        if self.token:
            headers.setdefault("Authorization", f"Bearer {self.token}")
        return headers

    def __getattr__(self, method):
        call = getattr(self.client, method)
        return lambda *args, **kwargs: call(*args, headers=self._headers(kwargs), **kwargs)


@pytest.fixture
def api(client, tokens):
    """api("buyer").get(...): requests with that person's token."""
    return lambda who: TokenClient(client, tokens[who] if who else None)
