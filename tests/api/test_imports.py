"""Staff import supplier files over the API and get the same report as `flask suppliers import`."""
import io
import json

from openpyxl import Workbook
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.suppliers.models import Supplier

GOOD = {"external_id": "0109876543", "name": "Công ty CP Nhựa Quang Minh",
        "sectors": ["chemicals-rubber-plastics-pharma"], "capabilities": ["ép phun nhựa"],
        "certifications": ["ISO 9001:2015"]}


def upload(api, who, content, name):
    return api(who).post("/api/v1/suppliers/import", data={"file": (io.BytesIO(content), name)},
                         content_type="multipart/form-data")


def test_staff_import_a_jsonl_file_with_a_line_numbered_report(api, people):
    lines = [json.dumps(GOOD, ensure_ascii=False), json.dumps({"external_id": "12", "name": ""}), "{broken",
             json.dumps(dict(GOOD, employees=40), ensure_ascii=False)]
    response = upload(api, "staff", "\n".join(lines).encode(), "suppliers.jsonl")
    assert response.status_code == 200
    report = response.get_json()
    assert (report["created"], report["updated"], report["rejected_count"]) == (1, 1, 2)
    assert [(r["line"], r["external_id"]) for r in report["rejected"]] == [(2, "12"), (3, None)]
    assert "external_id" in report["rejected"][0]["reason"] and "not valid JSON" in report["rejected"][1]["reason"]
    supplier = db.session.scalar(select(Supplier).filter_by(external_id="0109876543"))
    assert supplier.employees == 40
    # The search index followed the import.
    found = api("buyer").get("/api/v1/suppliers?q=%C3%A9p+phun").get_json()
    assert [item["id"] for item in found["items"]] == [supplier.id]


def test_csv_and_xlsx_files_import_too(api, people):
    csv_text = ("external_id,name,capabilities,certifications\n"
                "0101111111,Cơ khí Đông Anh,tiện CNC;phay CNC,ISO 9001|2027-01-01\n")
    assert upload(api, "staff", csv_text.encode(), "list.csv").get_json()["created"] == 1
    book = Workbook()
    book.active.append(["external_id", "name", "province"])
    book.active.append(["0102222222", "Điện tử Sài Đồng", "Hà Nội"])
    book.active.append(["bad", "", None])
    data = io.BytesIO()
    book.save(data)
    report = upload(api, "staff", data.getvalue(), "list.xlsx").get_json()
    assert report["created"] == 1 and report["rejected"][0]["line"] == 3


def count_suppliers():
    return db.session.scalar(select(db.func.count(Supplier.id)))


def test_unreadable_files_are_refused_without_writing(api, people):
    before = count_suppliers()
    for content, name, message in [(b"external_id,name\n", "list.txt", "Unsupported file type"),
                                   (b"\xff\xfe\x00bad", "list.jsonl", "UTF-8"),
                                   (b"not a workbook", "list.xlsx", "cannot be read")]:
        response = upload(api, "staff", content, name)
        assert response.status_code == 422, name
        assert message in response.get_json()["detail"]
    assert count_suppliers() == before


def test_only_staff_import(api, people):
    for who in ("buyer", "supplier"):
        response = upload(api, who, json.dumps(GOOD).encode(), "suppliers.jsonl")
        assert response.status_code == 403 and response.content_type == "application/problem+json"
    assert db.session.scalar(select(Supplier).filter_by(external_id="0109876543")) is None
