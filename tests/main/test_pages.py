"""Public pages, the language switch and error pages."""
from matchmaker.extensions import db
from tests.factories import SupplierFactory


def test_home_lists_suppliers_and_sectors(client):
    SupplierFactory(name="Công ty TNHH Đúc Đông Anh")
    db.session.commit()
    page = client.get("/").get_data(as_text=True)
    assert "Công ty TNHH Đúc Đông Anh" in page


def test_vietnamese_is_the_default_and_english_can_be_chosen(client):
    assert 'lang="vi"' in client.get("/").get_data(as_text=True)
    client.get("/lang/en")
    assert 'lang="en"' in client.get("/").get_data(as_text=True)


def test_an_empty_database_shows_an_empty_state(client):
    assert "class=\"empty\"" in client.get("/").get_data(as_text=True)


def test_unknown_pages_get_the_friendly_404(client):
    response = client.get("/suppliers/999999")
    assert response.status_code == 404 and "<html" in response.get_data(as_text=True)
