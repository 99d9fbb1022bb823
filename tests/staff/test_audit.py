"""The audit log viewer: who, when, before → after; search by company and user; filters."""
from datetime import datetime

from matchmaker.audit.services import record
from matchmaker.extensions import db
from tests.factories import RequirementFactory, SupplierFactory, UserFactory


def test_search_by_company_user_type_and_dates(client, auth, staff):
    editor = UserFactory(email="editor@thanglong.vn", role="supplier")
    alpha = SupplierFactory(name="Alpha Mechanical")
    beta = SupplierFactory(name="Beta Plastics")
    buyer_org_req = RequirementFactory(buyer="Hoshino Vietnam")
    record("update", "supplier", alpha.id, {"name": ["Alpha Old", "Alpha Mechanical"]}, editor, alpha.id)
    record("update", "supplier", beta.id, {"employees": [10, 20]}, staff, beta.id).at = datetime(2024, 1, 1)
    record("update", "requirement", buyer_org_req.id, {"title": ["Old title", "New title"]}, staff)
    db.session.commit()
    auth.login(staff.email)

    page = client.get("/staff/audit?company=Alpha").get_data(as_text=True)
    assert "Alpha Old" in page and "Alpha Mechanical" in page and "→" in page and "editor@thanglong.vn" in page
    assert "Beta Plastics" not in page
    assert "New title" in client.get("/staff/audit?company=Hoshino").get_data(as_text=True)
    by_user = client.get("/staff/audit?email=editor@thanglong").get_data(as_text=True)
    assert "Alpha Old" in by_user and "Old title" not in by_user
    by_type = client.get("/staff/audit?entity_type=requirement").get_data(as_text=True)
    assert "Old title" in by_type and "Alpha Old" not in by_type
    dated = client.get("/staff/audit?start=2023-12-01&end=2024-01-31").get_data(as_text=True)
    assert "Beta Plastics" in dated and "Alpha Old" not in dated


def test_user_changes_are_found_by_the_changed_users_email(client, auth, admin):
    target = UserFactory(email="target@example.jp", role="buyer")
    db.session.commit()
    auth.login(admin.email)
    client.post(f"/staff/users/{target.id}/active", data={"active": "0"})
    page = client.get("/staff/audit?email=target@example.jp").get_data(as_text=True)
    assert "deactivate" in page and "admin@doit.vn" in page
