"""Every staff page refuses buyers and suppliers (403) and sends anonymous visitors to log in."""
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.staff.models import Recognition
from tests.factories import UserFactory


def _request(client, method, url):
    return client.get(url) if method == "GET" else client.post(url, data={})


def test_anonymous_visitors_are_sent_to_log_in(client, staff_urls):
    for method, url in staff_urls:
        response = _request(client, method, url)
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"], (method, url)


def test_buyers_and_suppliers_get_403_everywhere(client, auth, owner, staff_urls):
    user, _ = owner
    buyer = UserFactory(email="buyer@example.jp", role="buyer")
    db.session.commit()
    for email in (buyer.email, user.email):
        auth.login(email)
        for method, url in staff_urls:
            assert _request(client, method, url).status_code == 403, (email, method, url)
        auth.logout()
    # nothing was changed by the refused requests
    assert db.session.scalar(db.select(db.func.count(Recognition.id))) == 1
    assert db.session.get(User, user.id).role == "supplier"


def test_staff_reach_the_staff_pages_but_not_the_admin_only_ones(client, auth, staff, staff_urls):
    auth.login(staff.email)
    for method, url in staff_urls:
        if method == "GET" and not url.endswith("/document"):
            expected = 403 if url == "/staff/users/new" else 200
            assert client.get(url).status_code == expected, url
    assert client.post("/staff/users/new", data={"email": "x@doit.vn", "role": "staff"}).status_code == 403


def test_the_staff_entry_is_in_the_navigation_only_for_staff(client, auth, staff, owner):
    auth.login(owner[0].email)
    assert 'href="/staff/"' not in client.get("/").get_data(as_text=True)
    auth.logout()
    auth.login(staff.email)
    assert 'href="/staff/"' in client.get("/").get_data(as_text=True)
