"""User management: search, activation, roles, password resets; the rules on who may grant what."""
from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.auth.passwords import check_password
from matchmaker.extensions import db
from tests.factories import UserFactory


def _user(user_id):
    return db.session.get(User, user_id)


def test_staff_list_and_search_users(client, auth, staff):
    UserFactory(email="sato@hoshino.jp", role="buyer")
    UserFactory(email="lan@thanglong.vn", role="supplier")
    db.session.commit()
    auth.login(staff.email)
    page = client.get("/staff/users?q=hoshino").get_data(as_text=True)
    assert "sato@hoshino.jp" in page and "lan@thanglong.vn" not in page
    assert "lan@thanglong.vn" in client.get("/staff/users?role=supplier").get_data(as_text=True)


def test_staff_cannot_make_themselves_or_anyone_admin(client, auth, staff):
    buyer = UserFactory(role="buyer")
    db.session.commit()
    auth.login(staff.email)
    assert client.post(f"/staff/users/{staff.id}/role", data={"role": "admin"}).status_code == 403
    assert client.post(f"/staff/users/{buyer.id}/role", data={"role": "admin"}).status_code == 403
    assert client.post(f"/staff/users/{buyer.id}/role", data={"role": "staff"}).status_code == 403
    assert _user(staff.id).role == "staff" and _user(buyer.id).role == "buyer"
    assert client.post(f"/staff/users/{buyer.id}/role", data={"role": "supplier"}).status_code == 302
    assert _user(buyer.id).role == "supplier"
    assert db.session.scalar(db.select(AuditEntry).filter_by(entity_type="user", action="role")).changes == {
        "role": ["buyer", "supplier"]}


def test_staff_cannot_touch_other_staff_or_admin_accounts(client, auth, staff, admin):
    colleague = UserFactory(role="staff")
    db.session.commit()
    auth.login(staff.email)
    for target in (colleague, admin):
        assert client.post(f"/staff/users/{target.id}/active", data={"active": "0"}).status_code == 403
        assert client.post(f"/staff/users/{target.id}/password", data={}).status_code == 403
        assert _user(target.id).active


def test_only_admins_grant_admin_and_nobody_demotes_or_deactivates_themselves(client, auth, admin):
    colleague = UserFactory(role="staff")
    db.session.commit()
    auth.login(admin.email)
    assert client.post(f"/staff/users/{colleague.id}/role", data={"role": "admin"}).status_code == 302
    assert _user(colleague.id).role == "admin"
    assert client.post(f"/staff/users/{admin.id}/role", data={"role": "buyer"}).status_code == 403
    assert client.post(f"/staff/users/{admin.id}/active", data={"active": "0"}).status_code == 403
    assert _user(admin.id).role == "admin" and _user(admin.id).active


def test_deactivation_ends_sessions_and_blocks_log_in(client, auth, staff):
    buyer = UserFactory(email="sato@hoshino.jp", role="buyer")
    db.session.commit()
    version = buyer.session_version
    auth.login(staff.email)
    assert client.post(f"/staff/users/{buyer.id}/active", data={"active": "0"}).status_code == 302
    assert not _user(buyer.id).active and _user(buyer.id).session_version > version
    auth.logout()
    auth.login(buyer.email)
    assert client.get("/notifications/").status_code == 302  # still anonymous
    auth.login(staff.email)
    client.post(f"/staff/users/{buyer.id}/active", data={"active": "1"})
    assert _user(buyer.id).active
    actions = db.session.scalars(db.select(AuditEntry.action).filter_by(entity_type="user")).all()
    assert actions.count("deactivate") == 1 and actions.count("activate") == 1


def test_password_reset_shows_a_temporary_password_once(client, auth, staff):
    buyer = UserFactory(role="buyer")
    db.session.commit()
    auth.login(staff.email)
    page = client.post(f"/staff/users/{buyer.id}/password", data={}).get_data(as_text=True)
    temporary = page.split("<code>")[1].split("</code>")[0]
    assert check_password(_user(buyer.id).password_hash, temporary)
    assert temporary not in client.get(f"/staff/users/{buyer.id}").get_data(as_text=True)
    entry = db.session.scalar(db.select(AuditEntry).filter_by(action="password_reset"))
    assert temporary not in str(entry.changes)
    client.post(f"/staff/users/{buyer.id}/password", data={"password": "a chosen new password"})
    assert check_password(_user(buyer.id).password_hash, "a chosen new password")
    short = client.post(f"/staff/users/{buyer.id}/password", data={"password": "short"})
    assert short.status_code == 400 and check_password(_user(buyer.id).password_hash, "a chosen new password")


def test_admins_create_staff_accounts(client, auth, admin):
    auth.login(admin.email)
    page = client.post("/staff/users/new", data={"email": "new.staff@doit.vn", "name": "Hà", "role": "staff"})
    assert page.status_code == 200 and "<code>" in page.get_data(as_text=True)
    created = db.session.scalar(db.select(User).filter_by(email="new.staff@doit.vn"))
    assert created.role == "staff" and created.organisation.kind == "doit"
    again = client.post("/staff/users/new", data={"email": "new.staff@doit.vn", "role": "staff"})
    assert "already exists" in again.get_data(as_text=True)
