"""The buyer-facing search page."""
from tests.factories import UserFactory


def test_free_text_search_shows_highlighted_results(client, add_supplier):
    supplier = add_supplier(name="Công ty Đúc Đồng Phúc Thọ", materials=["đồng thau C3604"],
                            verification="verified")
    add_supplier(name="Công ty Nhựa", capabilities=["ép nhựa"])
    page = client.get("/search?q=brass").get_data(as_text=True)
    assert "1 supplier found" in page
    assert f'href="/suppliers/{supplier.id}"' in page and "Công ty Đúc Đồng Phúc Thọ" in page
    assert "đồng <mark>thau" in page and "Verified by DoIT" in page
    assert "Công ty Nhựa" not in page


def test_open_to_logged_in_buyers_too(client, auth, add_supplier):
    add_supplier(capabilities=["tiện CNC"])
    user = UserFactory(role="buyer")
    from matchmaker.extensions import db

    db.session.commit()
    auth.login(user.email)
    assert client.get("/search?q=tien").status_code == 200


def test_facets_filter_and_show_counts(client, add_supplier):
    add_supplier(name="Cơ khí Bắc Ninh", province="Bắc Ninh")
    add_supplier(name="Cơ khí Hà Nội", province="Hà Nội")
    page = client.get("/search?province=B%E1%BA%AFc+Ninh").get_data(as_text=True)
    assert "Cơ khí Bắc Ninh" in page and "Cơ khí Hà Nội" not in page
    assert 'value="Bắc Ninh" checked' in page
    assert "Hà Nội <span class=\"count\">(1)</span>" in page  # the other province stays offered


def test_pagination_links(client, app, add_supplier):
    for _ in range(app.config["PER_PAGE"] + 3):
        add_supplier(capabilities=["phay CNC"])
    first = client.get("/search?q=phay").get_data(as_text=True)
    assert "Page 1 of 2" in first and "page=2" in first
    second = client.get("/search?q=phay&page=2").get_data(as_text=True)
    assert second.count('class="card result"') == 3 and "Previous" in second
    assert client.get("/search?q=phay&page=abc").status_code == 200


def test_empty_state(client, add_supplier):
    add_supplier()
    page = client.get("/search?q=zzzzqqq").get_data(as_text=True)
    assert "No suppliers match your search." in page


def test_nav_links_to_search(client):
    assert 'href="/search"' in client.get("/").get_data(as_text=True)


def test_query_text_is_escaped(client, add_supplier):
    add_supplier()
    page = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>alert(1)" not in page
