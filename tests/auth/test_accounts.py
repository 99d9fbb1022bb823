"""Register, log in, log out, change password; hashes and sessions."""
import re

from matchmaker.auth.models import User
from matchmaker.auth.services import set_active
from matchmaker.extensions import db
from tests.factories import PASSWORD, UserFactory

NEW_PASSWORD = "a much longer new secret"


def _register(client, role="buyer", email="buyer@example.jp"):
    return client.post("/auth/register", data={
        "role": role, "organisation": "Hoshino Precision Vietnam", "name": "Sato", "email": email,
        "password": PASSWORD, "confirm": PASSWORD})


def test_register_stores_an_argon2id_hash_meeting_owasp_parameters(client):
    response = _register(client)
    assert response.status_code == 302
    user = db.session.scalar(db.select(User).filter_by(email="buyer@example.jp"))
    found = re.match(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$", user.password_hash)
    assert found, user.password_hash
    memory_kib, time_cost, parallelism = map(int, found.groups())
    # OWASP / ASVS 5.0 appendix C: m >= 19 MiB with t >= 2, or m >= 46 MiB with t >= 1 (p = 1).
    assert (memory_kib >= 47104 and time_cost >= 1) or (memory_kib >= 19456 and time_cost >= 2)
    assert parallelism >= 1 and PASSWORD not in user.password_hash


def test_register_refuses_a_short_password_and_a_duplicate_email(client):
    response = client.post("/auth/register", data={"role": "buyer", "organisation": "X", "email": "a@b.vn",
                                                    "password": "short", "confirm": "short"})
    assert response.status_code == 200 and "12" in response.get_data(as_text=True)
    _register(client)
    client.post("/auth/logout")
    again = _register(client)
    assert again.status_code == 200 and "already exists" in again.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(User.id))) == 1


def test_supplier_registration_creates_its_company_profile(client):
    _register(client, role="supplier", email="s@example.vn")
    response = client.get("/suppliers/me")
    assert response.status_code == 302 and "/edit" in response.headers["Location"]


def test_login_with_wrong_password_is_refused(client, auth):
    UserFactory(email="b@example.jp")
    db.session.commit()
    response = auth.login("b@example.jp", "wrong password!!")
    assert response.status_code == 200 and "Wrong e-mail or password" in response.get_data(as_text=True)


def _copied_cookie_session(app, client):
    """A second browser holding a copy of the first one's session cookie."""
    other = app.test_client()
    cookie = client.get_cookie("session")
    other.set_cookie("session", cookie.value)
    return other


def test_logout_ends_a_copied_session(app, client, auth):
    UserFactory(email="b@example.jp")
    db.session.commit()
    auth.login("b@example.jp")
    thief = _copied_cookie_session(app, client)
    assert thief.get("/auth/password").status_code == 200
    auth.logout()
    assert thief.get("/auth/password").status_code == 302


def test_password_change_ends_other_sessions_but_keeps_this_one(app, client, auth):
    UserFactory(email="b@example.jp")
    db.session.commit()
    auth.login("b@example.jp")
    other = _copied_cookie_session(app, client)
    response = client.post("/auth/password", data={"current": PASSWORD, "password": NEW_PASSWORD,
                                                   "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.get("/auth/password").status_code == 200
    assert other.get("/auth/password").status_code == 302
    client.post("/auth/logout")
    assert auth.login("b@example.jp", NEW_PASSWORD).status_code == 302


def test_password_change_needs_the_current_password(client, auth):
    UserFactory(email="b@example.jp")
    db.session.commit()
    auth.login("b@example.jp")
    response = client.post("/auth/password", data={"current": "not it at all", "password": NEW_PASSWORD,
                                                   "confirm": NEW_PASSWORD})
    assert "not correct" in response.get_data(as_text=True)


def test_deactivation_ends_sessions_and_blocks_login(client, auth):
    user = UserFactory(email="b@example.jp")
    db.session.commit()
    auth.login("b@example.jp")
    set_active(user, False)
    db.session.commit()
    assert client.get("/auth/password").status_code == 302
    assert auth.login("b@example.jp").status_code == 200


def test_users_create_command_makes_an_admin(runner):
    result = runner.invoke(args=["users", "create", "--email", "admin@doit.hanoi.gov.vn", "--role", "admin",
                                 "--password", "admin password 1"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(db.select(User).filter_by(email="admin@doit.hanoi.gov.vn"))
    assert user.role == "admin" and user.organisation.kind == "doit"


def test_users_create_refuses_a_duplicate(runner):
    UserFactory(email="x@doit.vn")
    db.session.commit()
    result = runner.invoke(args=["users", "create", "--email", "x@doit.vn", "--role", "staff",
                                 "--password", "staff password 1"])
    assert result.exit_code != 0 and "already exists" in result.output


def test_forms_require_a_csrf_token(tmp_path):
    from matchmaker import create_app

    app = create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path),
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.db'}"})
    with app.app_context():
        response = app.test_client().post("/auth/login", data={"email": "a@b.vn", "password": "x" * 12})
    assert response.status_code == 400
