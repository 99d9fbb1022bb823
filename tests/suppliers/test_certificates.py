"""Certifications: rows, documents checked by content and size, who may download them, expiry warnings."""
import io
from datetime import timedelta
from pathlib import Path

import pytest

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.suppliers.models import Certification
from matchmaker.timeutil import today
from tests.factories import CertificationFactory

from .conftest import EXE, JPEG, PDF, PNG


def _upload(client, supplier, content, filename, name="ISO 9001:2015", valid_until=""):
    return client.post(f"/suppliers/{supplier.id}/certifications",
                       data={"new-name": name, "new-valid_until": valid_until,
                             "new-document": (io.BytesIO(content), filename)},
                       content_type="multipart/form-data")


def _stored(app, cert):
    return Path(app.config["UPLOAD_FOLDER"]) / cert.document_path


@pytest.mark.parametrize("content, mimetype", [(PDF, "application/pdf"), (PNG, "image/png"), (JPEG, "image/jpeg")])
def test_an_owner_adds_a_certificate_with_its_document(app, client, auth, people, content, mimetype):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = _upload(client, supplier, content, "chứng chỉ ISO.bin", valid_until="2030-01-31")
    assert response.status_code == 302
    cert = db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).one()
    assert cert.name == "ISO 9001:2015" and cert.valid_until.isoformat() == "2030-01-31"
    assert cert.document_mime == mimetype and cert.verification == "pending"
    stored = _stored(app, cert)
    assert stored.read_bytes() == content
    assert "chứng" not in cert.document_path and "static" not in str(stored)  # random name, outside static
    assert db.session.scalar(db.select(AuditEntry).filter_by(entity_type="certification", action="upload"))


def test_a_renamed_executable_is_refused(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = _upload(client, supplier, EXE, "certificate.pdf")
    assert response.status_code == 400
    assert "Only PDF, JPEG or PNG files are accepted" in response.get_data(as_text=True)
    assert db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).all() == []


def test_an_oversized_document_is_refused(app, client, auth, people, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_DOCUMENT_BYTES", 1024)
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = _upload(client, supplier, PDF + b"0" * 2048, "big.pdf")
    assert response.status_code == 400 and "The file is too large" in response.get_data(as_text=True)
    assert db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).all() == []


def test_a_request_above_the_upload_limit_is_refused_politely(app, client, auth, people, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 4096)
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    response = _upload(client, supplier, PDF + b"0" * 8192, "big.pdf")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The file is too large" in page
    assert db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).all() == []


def test_a_new_document_resets_verification_and_replaces_the_old_file(app, client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    _upload(client, supplier, PDF, "iso.pdf")
    cert = db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).one()
    cert.verification = "verified"
    db.session.commit()
    old_file = _stored(app, cert)
    response = client.post(f"/suppliers/{supplier.id}/certifications/{cert.id}",
                           data={f"c{cert.id}-name": cert.name, f"c{cert.id}-valid_until": "",
                                 f"c{cert.id}-document": (io.BytesIO(PNG), "scan.png")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.refresh(cert)
    assert cert.verification == "pending" and cert.document_mime == "image/png"
    assert not old_file.exists() and _stored(app, cert).read_bytes() == PNG


def test_editing_the_expiry_keeps_the_document(client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    _upload(client, supplier, PDF, "iso.pdf")
    cert = db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).one()
    path = cert.document_path
    client.post(f"/suppliers/{supplier.id}/certifications/{cert.id}",
                data={f"c{cert.id}-name": "ISO 9001:2015", f"c{cert.id}-valid_until": "2031-06-30"})
    db.session.refresh(cert)
    assert cert.valid_until.isoformat() == "2031-06-30" and cert.document_path == path


def test_removing_a_certificate_deletes_its_file(app, client, auth, people):
    supplier = people["supplier"]
    auth.login(people["owner"].email)
    _upload(client, supplier, PDF, "iso.pdf")
    cert = db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).one()
    stored = _stored(app, cert)
    assert client.post(f"/suppliers/{supplier.id}/certifications/{cert.id}/delete").status_code == 302
    assert db.session.scalars(db.select(Certification).filter_by(supplier_id=supplier.id)).all() == []
    assert not stored.exists()


def test_another_supplier_cannot_change_or_remove_a_certificate(client, auth, people):
    cert = CertificationFactory(supplier=people["supplier"])
    db.session.commit()
    auth.login(people["other"].email)
    supplier_id = people["supplier"].id
    assert _upload(client, people["supplier"], PDF, "x.pdf").status_code == 403
    assert client.post(f"/suppliers/{supplier_id}/certifications/{cert.id}/delete").status_code == 403
    assert db.session.get(Certification, cert.id) is not None


def _with_document(client, auth, people):
    auth.login(people["owner"].email)
    _upload(client, people["supplier"], PDF, "ISO 9001 certificate.pdf")
    auth.logout()
    cert = db.session.scalars(db.select(Certification).filter_by(supplier_id=people["supplier"].id)).one()
    return f"/suppliers/{people['supplier'].id}/certifications/{cert.id}/document"


@pytest.mark.parametrize("who", ["owner", "staff", "buyer"])
def test_owner_staff_and_buyers_download_a_published_profile_document(client, auth, people, who):
    url = _with_document(client, auth, people)
    auth.login(people[who].email)
    response = client.get(url)
    assert response.status_code == 200 and response.data == PDF
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_anonymous_visitors_and_other_suppliers_cannot_download(client, auth, people):
    url = _with_document(client, auth, people)
    response = client.get(url)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    auth.login(people["other"].email)
    assert client.get(url).status_code == 403


def test_buyers_cannot_download_from_an_unpublished_profile(client, auth, people):
    url = _with_document(client, auth, people)
    people["supplier"].published = False
    db.session.commit()
    auth.login(people["buyer"].email)
    assert client.get(url).status_code == 403
    auth.logout()
    auth.login(people["staff"].email)
    assert client.get(url).status_code == 200


def test_buyers_cannot_download_when_certifications_are_staff_only(client, auth, people):
    url = _with_document(client, auth, people)
    people["supplier"].visibility = {"certifications": "staff"}
    db.session.commit()
    auth.login(people["buyer"].email)
    assert client.get(url).status_code == 403


def test_expiring_and_expired_certificates_are_flagged(client, auth, people):
    supplier = people["supplier"]
    CertificationFactory(supplier=supplier, name="ISO 14001", normalised_name="ISO 14001",
                         valid_until=today() + timedelta(days=30))
    CertificationFactory(supplier=supplier, name="IATF 16949", normalised_name="IATF 16949",
                         valid_until=today() - timedelta(days=1), position=1)
    CertificationFactory(supplier=supplier, valid_until=today() + timedelta(days=400), position=2)
    db.session.commit()
    auth.login(people["owner"].email)
    page = client.get(f"/suppliers/{supplier.id}/edit/certifications").get_data(as_text=True)
    assert page.count("within 60 days") == 1 and page.count("no longer counts") == 1
    auth.logout()
    public = client.get(f"/suppliers/{supplier.id}").get_data(as_text=True)
    assert public.count(">expired<") == 1
