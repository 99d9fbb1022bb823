"""The index follows the database after commit: imports and profile edits are searchable at once."""
import json

from matchmaker.search.query import SearchQuery
from matchmaker.search.service import search_suppliers
from matchmaker.suppliers.importer import import_file
from tests.factories import supplier_user

RECORD = {"external_id": "0101234567", "name": "Công ty TNHH Cơ khí Chính xác Thăng Long",
          "capabilities": ["tiện CNC"], "materials": ["đồng thau C3604"], "province": "Hà Nội"}


def _search(text, **filters):
    return search_suppliers(SearchQuery(text=text, filters=filters))


def test_import_is_searchable_at_once(tmp_path):
    path = tmp_path / "suppliers.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    import_file(path)
    assert _search("brass").total == 1
    path.write_text(json.dumps({**RECORD, "materials": ["nhôm A6061"]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    import_file(path)
    assert _search("brass").total == 0 and _search("A6061").total == 1


def test_profile_edit_is_searchable_at_once(client, auth):
    user, supplier = supplier_user()
    from matchmaker.extensions import db

    db.session.commit()
    auth.login(user.email)
    assert _search("ma kem nhung nong").total == 0
    response = client.post(f"/suppliers/{supplier.id}/edit/capabilities",
                           data={"capabilities": "mạ kẽm nhúng nóng\ntiện CNC", "products": "bu lông"})
    assert response.status_code == 302
    assert _search("ma kem nhung nong").ids == [supplier.id]
    assert _search("bu long").ids == [supplier.id]
