"""Log-in throttling and API rate limits, in memory and in Redis."""
import uuid

import pytest
import redis

from matchmaker.api.tokens import create_token
from matchmaker.extensions import db
from matchmaker.security.limits import limiter_of, storage_uri
from tests.factories import PASSWORD, UserFactory

REDIS_URL = "redis://127.0.0.1:6379/0"


def _wrong_logins(client, email, times, address="10.0.0.1"):
    return [client.post("/auth/login", data={"email": email, "password": "wrong"},
                        environ_base={"REMOTE_ADDR": address}).status_code for _ in range(times)]


def test_eleven_wrong_passwords_from_one_address_are_throttled(make_limited_app):
    app = make_limited_app(LOGIN_RATE_LIMIT="10/minute")
    UserFactory(email="buyer@hoshino.jp")
    db.session.commit()
    client = app.test_client()
    codes = [client.post("/auth/login", data={"email": f"guess{i}@hoshino.jp", "password": "wrong"},
                         environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code for i in range(11)]
    assert codes[:10] == [200] * 10 and codes[10] == 429
    response = client.post("/auth/login", data={"email": "buyer@hoshino.jp", "password": PASSWORD},
                           environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert response.status_code == 429 and "Please wait a minute" in response.get_data(as_text=True)
    assert int(response.headers["Retry-After"]) > 0
    # Reading the log-in page is never limited; another address may still log in.
    assert client.get("/auth/login", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200
    response = client.post("/auth/login", data={"email": "buyer@hoshino.jp", "password": PASSWORD},
                           environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert response.status_code == 302


def test_one_account_is_throttled_whatever_the_address(make_limited_app):
    app = make_limited_app(LOGIN_RATE_LIMIT="3/minute")
    client = app.test_client()
    codes = [client.post("/auth/login", data={"email": "Target@Hoshino.jp", "password": "wrong"},
                         environ_base={"REMOTE_ADDR": f"10.0.1.{i}"}).status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]


def test_api_calls_are_limited_per_token_with_a_problem_document(make_limited_app):
    app = make_limited_app(API_RATE_LIMIT="3/minute")
    first, second = UserFactory(role="buyer"), UserFactory(role="buyer")
    tokens = [create_token(first, "tool")[1], create_token(second, "tool")[1]]
    db.session.commit()
    client = app.test_client()

    def call(token):
        return client.get("/api/v1/suppliers", headers={"Authorization": f"Bearer {token}"})

    assert [call(tokens[0]).status_code for _ in range(3)] == [200, 200, 200]
    refused = call(tokens[0])
    assert refused.status_code == 429 and refused.mimetype == "application/problem+json"
    assert refused.json["status"] == 429 and refused.headers["Retry-After"]
    assert call(tokens[1]).status_code == 200  # the other token has its own allowance


def test_counters_use_redis_when_redis_url_is_set():
    assert storage_uri({"REDIS_URL": REDIS_URL}) == REDIS_URL
    assert storage_uri({"REDIS_URL": None}) == "memory://"


@pytest.fixture
def live_redis():
    """The Redis server scripts/test starts; an unreachable server fails the test (it is part of the setup)."""
    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        server.ping()
    except redis.exceptions.ConnectionError as error:
        pytest.fail(f"Redis is not running on 127.0.0.1:6379 ({error}); run scripts/setup --system or start "
                    "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no")
    return server


def test_login_throttling_is_shared_through_redis(make_limited_app, live_redis):
    prefix = f"matchmaker-test-{uuid.uuid4().hex}"
    config = {"REDIS_URL": REDIS_URL, "RATELIMIT_KEY_PREFIX": prefix, "LOGIN_RATE_LIMIT": "4/minute"}
    # Two apps stand for two gunicorn workers: the attempts made through one count in the other.
    first, second = make_limited_app(**config), make_limited_app(**config)
    try:
        assert _wrong_logins(first.test_client(), "a@hoshino.jp", 2) == [200, 200]
        assert _wrong_logins(second.test_client(), "b@hoshino.jp", 3) == [200, 200, 429]
        assert live_redis.keys(f"*{prefix}*")
        assert not limiter_of(first)._storage_dead  # really Redis, not the in-memory fallback
    finally:
        for key in live_redis.scan_iter(f"*{prefix}*"):
            live_redis.delete(key)
