"""Public pages, the language switch and error pages."""
from matchmaker.extensions import db
from tests.factories import SupplierFactory


def test_home_lists_suppliers_and_sectors(client):
    SupplierFactory(name="Công ty TNHH Đúc Đông Anh")
    db.session.commit()
    page = client.get("/").get_data(as_text=True)
    assert "Công ty TNHH Đúc Đông Anh" in page


def test_vietnamese_is_the_default_and_english_can_be_chosen(client, tmp_path):
    from matchmaker.config import load_settings

    assert load_settings(str(tmp_path))["BABEL_DEFAULT_LOCALE"] == "vi"
    client.get("/lang/vi")
    page = client.get("/").get_data(as_text=True)
    assert 'lang="vi"' in page and "Đăng nhập" in page
    client.get("/lang/en")
    page = client.get("/").get_data(as_text=True)
    assert 'lang="en"' in page and "Log in" in page


def test_an_empty_database_shows_an_empty_state(client):
    assert "class=\"empty\"" in client.get("/").get_data(as_text=True)


def test_unknown_pages_get_the_friendly_404(client):
    response = client.get("/suppliers/999999")
    assert response.status_code == 404 and "<html" in response.get_data(as_text=True)
