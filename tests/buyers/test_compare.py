"""Side-by-side comparison of up to four suppliers."""
from matchmaker.extensions import db
from tests.factories import SupplierFactory


def test_a_buyer_compares_suppliers_side_by_side(client, auth, market):
    auth.login(market["buyer"].email)
    ids = f"{market['thang_long'].id},{market['bac_ninh'].id},{market['garments'].id}"
    response = client.get(f"/compare?ids={ids}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.index("Cơ khí Chính xác Thăng Long") < page.index("Cơ khí Bắc Ninh") < page.index("May mặc Hà Đông")
    assert "ISO 9001:2015" in page and "vải cotton" in page and 'class="differs"' in page


def test_repeated_ids_parameters_work_too(client, auth, market):
    auth.login(market["buyer"].email)
    response = client.get(f"/compare?ids={market['thang_long'].id}&ids={market['bac_ninh'].id}")
    assert response.status_code == 200 and "Cơ khí Bắc Ninh" in response.get_data(as_text=True)


def test_more_than_four_suppliers_are_refused_with_a_clear_message(client, auth, market):
    extra = [SupplierFactory() for _ in range(2)]
    db.session.commit()
    auth.login(market["buyer"].email)
    ids = ",".join(str(s.id) for s in [market["thang_long"], market["bac_ninh"], market["garments"], *extra])
    response = client.get(f"/compare?ids={ids}")
    assert response.status_code == 400
    assert "You can compare at most 4 suppliers at a time; you chose 5." in response.get_data(as_text=True)


def test_fewer_than_two_suppliers_ask_for_more(client, auth, market):
    auth.login(market["buyer"].email)
    response = client.get(f"/compare?ids={market['thang_long'].id}")
    assert response.status_code == 400 and "Choose two to 4 suppliers" in response.get_data(as_text=True)


def test_hidden_sections_are_not_compared(client, auth, market):
    market["bac_ninh"].visibility = {"materials": "staff"}
    db.session.commit()
    auth.login(market["buyer"].email)
    page = client.get(f"/compare?ids={market['thang_long'].id},{market['bac_ninh'].id}").get_data(as_text=True)
    assert "Not shown" in page


def test_suppliers_may_not_use_the_comparison(client, auth, market):
    auth.login(market["supplier"].email)
    assert client.get(f"/compare?ids={market['thang_long'].id},{market['bac_ninh'].id}").status_code == 403
