"""Staff-only dashboard and report pages: refusals for everyone else, period picking for staff."""
import pytest

from matchmaker.extensions import db
from tests.factories import UserFactory, supplier_user

ROUTES = ("/reports/", "/reports/period", "/reports/period.xlsx", "/reports/period.pdf",
          "/reports/chart/sectors.png")


@pytest.mark.parametrize("url", ROUTES)
def test_anonymous_users_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("url", ROUTES)
def test_buyers_and_suppliers_are_refused(client, auth, url):
    UserFactory(email="buyer@example.jp", role="buyer")
    owner, _ = supplier_user()
    db.session.commit()
    for email in ("buyer@example.jp", owner.email):
        auth.login(email)
        assert client.get(url).status_code == 403, email
        auth.logout()


@pytest.fixture
def staff(auth):
    UserFactory(email="dashboard@doit.hanoi.gov.vn", role="staff")
    db.session.commit()
    auth.login("dashboard@doit.hanoi.gov.vn")


def test_the_dashboard_shows_key_figures_and_charts_for_the_chosen_period(client, staff, known_data):
    page = client.get("/reports/?from=2026-01-01&to=2026-06-30").get_data(as_text=True)
    assert "Suppliers at the end of the period" in page and 'name="from" value="2026-01-01"' in page
    assert "/reports/chart/sectors.png?from=2026-01-01&amp;to=2026-06-30" in page
    assert "<script>" not in page.split("</header>")[1]
    chart = client.get("/reports/chart/sectors.png?from=2026-01-01&to=2026-06-30")
    assert chart.status_code == 200 and chart.mimetype == "image/png" and chart.data.startswith(b"\x89PNG")
    assert client.get("/reports/chart/nothing.png").status_code == 404


def test_admins_count_as_staff(client, auth):
    UserFactory(email="admin@doit.hanoi.gov.vn", role="admin")
    db.session.commit()
    auth.login("admin@doit.hanoi.gov.vn")
    assert client.get("/reports/").status_code == 200


def test_the_report_defaults_to_the_last_full_half_year(client, staff, monkeypatch):
    from datetime import date

    from matchmaker.reports import periods

    monkeypatch.setattr(periods, "today", lambda: date(2026, 11, 21))
    page = client.get("/reports/period").get_data(as_text=True)
    assert "Báo cáo sáu tháng đầu năm 2026" in page
    assert "/reports/period.xlsx?from=2026-01-01&amp;to=2026-06-30" in page


def test_an_unreadable_period_is_explained_not_crashed(client, staff):
    response = client.get("/reports/period?from=2026-07-01&to=2026-01-01", follow_redirects=True)
    assert response.status_code == 200 and "cannot be reported on" in response.get_data(as_text=True)
    assert client.get("/reports/period.pdf?from=yesterday").status_code == 400
