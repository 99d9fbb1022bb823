"""Every write path that touches a supplier leaves the search index and the match model in step.

Each test does one write the way a user or an operator does it (a form through the test client, the API with a
token, a command through the CLI runner), then runs `flask search verify --no-repair`: no entry may be missing,
orphaned or stale, and where the change is searchable the new value is found. Nothing here tells the index;
the commits announce themselves.
"""
import io
import json
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import select

from matchmaker import create_app
from matchmaker.api.tokens import create_token
from matchmaker.extensions import db
from matchmaker.matches import store
from matchmaker.search.query import SearchQuery
from matchmaker.search.service import search_suppliers
from matchmaker.search.sync import suppliers_changed
from matchmaker.staff.models import FiveSEnrolment, Recognition
from matchmaker.suppliers.importer import import_items
from matchmaker.suppliers.models import Certification, Supplier
from tests.factories import CertificationFactory, SupplierFactory, UserFactory, supplier_user
from tests.scratch_db import scratch_database

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
RECORD = {"external_id": "0101234567", "name": "Công ty TNHH Cơ khí Chính xác Thăng Long",
          "capabilities": ["tiện CNC"], "materials": ["đồng thau C3604"], "province": "Hà Nội"}


def assert_in_step(runner):
    """`flask search verify --no-repair` finds neither the index nor the match model drifted."""
    result = runner.invoke(args=["search", "verify", "--no-repair"])
    assert result.exit_code == 0 and "in step with the database" in result.output, result.output


def found(text="", **filters):
    return search_suppliers(SearchQuery(text=text, filters=filters)).ids


def matched_external_ids(**requirement):
    return [m.external_id for m in store.current_engine().match({"external_id": "R1", **requirement}, top=5)]


@pytest.fixture
def world(runner):
    """A supplier account with its company (and a certificate with a document), another company, staff and
    a buyer, committed; the index and the model start in step."""
    owner, company = supplier_user(SupplierFactory(name="Cơ khí Thăng Long", contact_email="sales@owner.vn"))
    cert = CertificationFactory(supplier=company, name="ISO 9001:2015", normalised_name="ISO 9001",
                                document_path="certificates/iso.pdf", document_name="iso.pdf")
    other = SupplierFactory(name="Cơ khí Bắc Ninh")
    staff = UserFactory(role="staff", organisation__kind="doit")
    buyer = UserFactory(role="buyer")
    db.session.commit()
    assert_in_step(runner)
    return {"owner": owner, "company": company, "cert": cert, "other": other, "staff": staff, "buyer": buyer}


@pytest.fixture
def as_user(client, auth):
    """Log the test client in as a user; returns the client."""
    def login(user):
        auth.logout()
        assert auth.login(user.email).status_code == 302
        return client
    return login


@pytest.fixture
def token_for():
    """A Bearer header for a user's new API token."""
    def make(user):
        raw = create_token(user, "write paths")[1]
        db.session.commit()
        return {"Authorization": f"Bearer {raw}"}
    return make


def _company(supplier, **changes):
    return {"external_id": supplier.external_id, "name": supplier.name, "description": supplier.description or "",
            "sectors": supplier.sectors, **changes}


# (section, form data given the supplier, search text or filters that then find it, or None: not searchable)
SECTIONS = [
    ("company", lambda s: _company(s, description="Đúc áp lực nhôm cho xe máy.", employees="120"), "duc ap luc"),
    ("capabilities", lambda s: {"capabilities": "mạ kẽm nhúng nóng\ntiện CNC", "products": "bu lông"}, "ma kem"),
    ("materials", lambda s: {"materials": "thép không gỉ SUS316", "equipment": "Máy phay Mazak"}, "SUS316"),
    ("programmes", lambda s: {"five_s": "certified", "key_industrial_product": "2021"}, {"kip": True}),
    ("location", lambda s: {"province": "Hà Nội", "district": "Sóc Sơn", "industrial_zone": ""}, "Soc Son"),
    ("contacts", lambda s: {"contact_email": "new@owner.vn", "contact_phone": "+84 24 1111 2222",
                            "contact_website": "https://owner.vn"}, None),
    ("markets", lambda s: {"export_markets": "JP\nKR", "languages": "vi\nen"}, None),
]


@pytest.mark.parametrize("section, data, probe", SECTIONS, ids=[s[0] for s in SECTIONS])
def test_web_edit_of_each_profile_section(world, as_user, runner, section, data, probe):
    company = world["company"]
    url = f"/suppliers/{company.id}/edit" + ("" if section == "company" else f"/{section}")
    response = as_user(world["owner"]).post(url, data=data(company))
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert_in_step(runner)
    if isinstance(probe, str):
        assert company.id in found(probe)
    elif probe:
        assert found(**probe) == [company.id]


def test_staff_edit_of_a_profile(world, as_user, runner):
    company = world["company"]
    response = as_user(world["staff"]).post(f"/suppliers/{company.id}/edit/capabilities",
                                            data={"capabilities": "dập tấm kim loại", "products": ""})
    assert response.status_code == 302
    assert_in_step(runner)
    assert found("dap tam") == [company.id]


def test_confirming_the_profile_is_up_to_date(world, as_user, runner):
    company = world["company"]
    response = as_user(world["owner"]).post(f"/suppliers/{company.id}/confirm")
    assert response.status_code == 302
    assert db.session.get(Supplier, company.id).confirmed_at is not None
    assert_in_step(runner)


def test_a_supplier_registering(world, client, runner):
    response = client.post("/auth/register", data={
        "role": "supplier", "organisation": "Công ty TNHH Khuôn mẫu Phúc Yên", "name": "Lan",
        "email": "lan@phucyen.vn", "password": "correct horse battery", "confirm": "correct horse battery"})
    assert response.status_code == 302
    assert_in_step(runner)
    new = db.session.scalar(select(Supplier).filter_by(name="Công ty TNHH Khuôn mẫu Phúc Yên"))
    assert found("Phuc Yen") == [new.id]


def test_certificate_upload_edit_and_removal(world, as_user, runner):
    company = world["company"]
    client = as_user(world["owner"])
    response = client.post(f"/suppliers/{company.id}/certifications",
                           data={"new-name": "ISO 14001:2015", "new-valid_until": "2030-01-31",
                                 "new-document": (io.BytesIO(PDF), "iso14001.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    assert_in_step(runner)
    assert found(certification=["ISO 14001"]) == [company.id]
    cert_id = db.session.scalar(select(Certification.id).filter_by(supplier_id=company.id, name="ISO 14001:2015"))

    # Expired: it no longer counts in the document.
    response = client.post(f"/suppliers/{company.id}/certifications/{cert_id}",
                           data={f"c{cert_id}-name": "ISO 14001:2015", f"c{cert_id}-valid_until": "2020-01-31"})
    assert response.status_code == 302
    assert_in_step(runner)
    assert found(certification=["ISO 14001"]) == []

    assert client.post(f"/suppliers/{company.id}/certifications/{cert_id}/delete").status_code == 302
    assert_in_step(runner)
    assert db.session.get(Certification, cert_id) is None


def test_visibility_change_and_unpublishing(world, as_user, runner):
    company = world["company"]
    client = as_user(world["owner"])
    levels = {"company": "anonymous", "capabilities": "anonymous", "materials": "anonymous",
              "certifications": "buyers", "programmes": "anonymous", "location": "anonymous", "contacts": "buyers",
              "markets": "anonymous"}
    data = {f"level_{section}": level for section, level in levels.items()}
    response = client.post(f"/suppliers/{company.id}/edit/visibility", data={**data, "published": "y"})
    assert response.status_code == 302
    assert_in_step(runner)
    assert found(certification=["ISO 9001"]) == []  # shown to buyers only: out of the public index
    response = client.post(f"/suppliers/{company.id}/edit/visibility", data={**data, "published": ""})
    assert response.status_code == 302 and db.session.get(Supplier, company.id).published is False
    assert_in_step(runner)
    assert company.id not in found("Thang Long")


def test_import_create_and_update_from_the_command_line(world, runner, tmp_path):
    path = tmp_path / "suppliers.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "created: 1" in runner.invoke(args=["suppliers", "import", str(path)]).output
    assert_in_step(runner)
    assert len(found("brass")) == 1
    path.write_text(json.dumps({**RECORD, "materials": ["nhôm A6061"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "updated: 1" in runner.invoke(args=["suppliers", "import", str(path)]).output
    assert_in_step(runner)
    assert found("brass") == [] and len(found("A6061")) == 1


def test_import_of_many_records_announces_per_chunk_not_per_row(world, runner, tmp_path):
    heard = []
    records = [{**RECORD, "external_id": f"02{n:08d}", "name": f"Công ty Cơ khí {n}"} for n in range(1200)]
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with suppliers_changed.connected_to(lambda sender, supplier_ids: heard.append(len(supplier_ids))):
        assert "created: 1200" in runner.invoke(args=["suppliers", "import", str(path)]).output
    assert heard == [500, 500, 200]  # one announcement per committed chunk
    assert_in_step(runner)


def test_import_create_and_update_through_the_api(world, client, token_for, runner):
    headers = token_for(world["staff"])

    def upload(record):
        body = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        return client.post("/api/v1/suppliers/import", headers=headers, content_type="multipart/form-data",
                           data={"file": (io.BytesIO(body), "suppliers.jsonl")})

    assert upload(RECORD).get_json()["created"] == 1
    assert_in_step(runner)
    assert upload({**RECORD, "capabilities": ["ép phun nhựa"]}).get_json()["updated"] == 1
    assert_in_step(runner)
    assert len(found("ep phun")) == 1


def test_api_patch_of_a_profile(world, client, token_for, runner):
    company = world["company"]
    response = client.patch(f"/api/v1/suppliers/{company.id}", headers=token_for(world["owner"]),
                            json={"capabilities": ["đúc áp lực nhôm", "die casting"], "employees": 85})
    assert response.status_code == 200
    assert_in_step(runner)
    assert found("die casting") == [company.id]
    assert matched_external_ids(title="die casting", capabilities=["die casting"])[0] == company.external_id


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_staff_decision_on_a_profile(world, as_user, runner, decision):
    company = world["company"]
    response = as_user(world["staff"]).post(f"/staff/verification/suppliers/{company.id}",
                                            data={"decision": decision, "reason": "Mã số không khớp."})
    assert response.status_code == 302
    assert db.session.get(Supplier, company.id).verification == {"approve": "verified", "reject": "rejected"}[decision]
    assert_in_step(runner)
    assert (found(verified=True) == [company.id]) is (decision == "approve")


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_staff_decision_on_a_certificate(world, as_user, runner, decision):
    cert = world["cert"]
    response = as_user(world["staff"]).post(f"/staff/verification/certificates/{cert.id}",
                                            data={"decision": decision, "reason": "Bản scan không đọc được."})
    assert response.status_code == 302
    assert_in_step(runner)


def test_key_industrial_product_recognitions(world, as_user, runner):
    company = world["company"]
    client = as_user(world["staff"])
    response = client.post(f"/staff/suppliers/{company.id}/recognitions",
                           data={"year": 2020, "product": "Bánh răng côn", "product_group": "mechanical"})
    assert response.status_code == 302
    assert_in_step(runner)
    assert found(kip=True) == [company.id]
    recognition = db.session.scalar(select(Recognition).filter_by(supplier_id=company.id))
    assert client.post(f"/staff/recognitions/{recognition.id}/delete").status_code == 302
    assert_in_step(runner)
    assert found(kip=True) == []


def test_five_s_enrolments(world, as_user, runner):
    company = world["company"]
    company.five_s = "none"
    db.session.commit()
    client = as_user(world["staff"])
    response = client.post(f"/staff/suppliers/{company.id}/enrolments",
                           data={"programme": "5S3D", "enrolled_on": "2025-03-01"})
    assert response.status_code == 302 and db.session.get(Supplier, company.id).five_s == "training"
    assert_in_step(runner)
    enrolment = db.session.scalar(select(FiveSEnrolment).filter_by(supplier_id=company.id))
    response = client.post(f"/staff/enrolments/{enrolment.id}", data={
        "programme": "5S3D", "enrolled_on": "2025-03-01", "completed_on": "2025-06-01", "certified_on": "2025-09-01"})
    assert response.status_code == 302 and db.session.get(Supplier, company.id).five_s == "certified"
    assert_in_step(runner)
    assert found(five_s="certified") == [company.id]


def test_merge_of_duplicates(world, as_user, runner):
    company, other = world["company"], world["other"]
    CertificationFactory(supplier=other, name="IATF 16949", normalised_name="IATF 16949")
    db.session.commit()
    survivor_id, absorbed_id = company.id, other.id
    response = as_user(world["staff"]).post(f"/staff/duplicates/{survivor_id}/{absorbed_id}/merge",
                                            data={"survivor": survivor_id})
    assert response.status_code == 302 and db.session.get(Supplier, absorbed_id) is None
    assert_in_step(runner)
    assert found(certification=["IATF 16949"]) == [survivor_id]


def test_demo_seed(runner):
    heard = []
    with suppliers_changed.connected_to(lambda sender, supplier_ids: heard.append(len(supplier_ids))):
        result = runner.invoke(args=["demo", "seed"])
    assert result.exit_code == 0, result.output
    assert len(heard) == 1 and heard[0] == db.session.scalar(select(db.func.count(Supplier.id)))  # all at once
    assert_in_step(runner)


@pytest.mark.slow
def test_restore_from_a_backup(tmp_path):
    """The restore replaces the whole database, so it runs on a scratch one, and rebuilds what derives from it."""
    with scratch_database("sqlite", tmp_path) as url:
        instance = Path(tmp_path) / "instance"
        app = create_app({"TESTING": True, "INSTANCE_PATH": str(instance), "SQLALCHEMY_DATABASE_URI": url,
                          "UPLOAD_FOLDER": str(instance / "uploads"), "ELASTICSEARCH_URL": None})
        runner = app.test_cli_runner()
        with app.app_context():
            upgrade()
            try:
                import_items(enumerate([{**RECORD, "external_id": f"02{n:08d}"} for n in range(5)], start=1))
                assert_in_step(runner)
                assert runner.invoke(args=["backup", str(tmp_path / "b.tar.gz")]).exit_code == 0
                suppliers = db.session.scalars(select(Supplier).order_by(Supplier.id)).all()
                suppliers[0].materials = ["nhôm A6061"]
                db.session.delete(suppliers[1])
                db.session.add(Supplier(external_id="0999999999", name="Created after the backup"))
                db.session.commit()
                assert_in_step(runner)
                result = runner.invoke(args=["restore", str(tmp_path / "b.tar.gz"), "--yes"])
                assert result.exit_code == 0, result.output
                assert_in_step(runner)
                assert len(found("brass")) == 5 and found("A6061") == []
            finally:
                db.session.remove()
                db.engine.dispose()
