"""Bulk import: upsert by external_id, line-numbered rejections, nothing half-written."""
import json

from openpyxl import Workbook

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.suppliers.importer import import_file
from matchmaker.suppliers.models import Supplier

GOOD = {
    "external_id": "0101234567", "name": "Công ty TNHH Cơ khí Chính xác Thăng Long",
    "name_en": "Thang Long Precision Mechanics Co., Ltd.",
    "description": "Gia công tiện phay CNC các chi tiết chính xác.", "sectors": ["mechanical"],
    "capabilities": ["tiện CNC", "phay CNC"], "products": ["trục bánh răng"], "materials": ["SUS304"],
    "certifications": [{"name": "ISO 9001:2015", "valid_until": "2027-05-01"}, "IATF 16949"],
    "five_s": "implemented", "key_industrial_product": 2021, "employees": 120, "founded": 2005,
    "province": "Hà Nội", "district": "Thạch Thất", "industrial_zone": "KCN Thạch Thất - Quốc Oai",
    "export_markets": ["JP", "KR"], "languages": ["vi", "en", "ja"],
    "contact": {"email": "sales@example.vn", "phone": "+84 24 0000 0000", "website": "https://example.vn"},
}


def _jsonl(path, lines):
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
                              for line in lines) + "\n", encoding="utf-8")
    return path


def test_good_rows_load_and_each_bad_row_is_reported_by_line(tmp_path):
    path = _jsonl(tmp_path / "s.jsonl", [
        GOOD,
        {"external_id": "0107654321", "name": "Công ty Nhựa Hà Nội", "sectors": ["chemicals-rubber-plastics-pharma"]},
        "{not json",
        {"external_id": "123", "name": "Bad id"},
        {"external_id": "0101111111"},
        {"external_id": "0102222222", "name": "X", "five_s": "excellent", "sectors": ["cars"]},
        {"external_id": "0103333333", "name": "Y", "certifications": [{"name": "ISO 9001", "valid_until": "soon"}]},
    ])
    report = import_file(path)
    assert (report.created, report.updated, len(report.rejected)) == (2, 0, 5)
    reasons = {line: reason for line, _, reason in report.rejected}
    assert set(reasons) == {3, 4, 5, 6, 7}
    assert "not valid JSON" in reasons[3]
    assert "external_id" in reasons[4] and "name: required" in reasons[5]
    assert "five_s" in reasons[6] and "sectors" in reasons[6]
    assert "valid_until" in reasons[7]
    assert db.session.scalar(db.select(db.func.count(Supplier.id))) == 2


def test_importing_the_same_external_id_updates_instead_of_duplicating(tmp_path):
    import_file(_jsonl(tmp_path / "a.jsonl", [GOOD]))
    report = import_file(_jsonl(tmp_path / "b.jsonl", [{**GOOD, "employees": 150}]))
    assert (report.created, report.updated) == (0, 1)
    supplier = db.session.scalars(db.select(Supplier)).one()
    assert supplier.employees == 150
    update = db.session.scalars(db.select(AuditEntry).filter_by(action="update")).one()
    assert update.changes == {"employees": [120, 150]} and update.source == "import"


def test_unchanged_records_are_counted_and_not_audited(tmp_path):
    import_file(_jsonl(tmp_path / "a.jsonl", [GOOD]))
    report = import_file(_jsonl(tmp_path / "a.jsonl", [GOOD]))
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    assert db.session.scalar(db.select(db.func.count(AuditEntry.id))) == 1


def test_certifications_are_rows_with_normalised_names(tmp_path):
    import_file(_jsonl(tmp_path / "a.jsonl", [GOOD]))
    supplier = db.session.scalars(db.select(Supplier)).one()
    assert [(c.normalised_name, str(c.valid_until)) for c in supplier.certifications] == [
        ("ISO 9001", "2027-05-01"), ("IATF 16949", "None")]


def test_csv_rows_are_numbered_from_the_header(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "external_id,name,sectors,certifications,employees,contact.email\n"
        "0101234567,Công ty A,mechanical;electrical-electronics,ISO 9001:2015|2027-05-01;IATF 16949,50,a@a.vn\n"
        "bad,Công ty B,,,,\n"
        "0107654321,Công ty C,,,many,\n", encoding="utf-8")
    report = import_file(path)
    assert report.created == 1
    assert [line for line, _, _ in report.rejected] == [3, 4]
    supplier = db.session.scalars(db.select(Supplier)).one()
    assert supplier.sectors == ["mechanical", "electrical-electronics"]
    assert supplier.certifications[0].valid_until.isoformat() == "2027-05-01"
    assert supplier.contact_email == "a@a.vn"


def test_xlsx_import_keeps_leading_zeros_of_numeric_enterprise_codes(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["external_id", "name", "five_s", "export_markets"])
    sheet.append([101234567, "Công ty A", "certified", "JP;KR"])
    sheet.append(["0107654321", None, None, None])
    book.save(tmp_path / "s.xlsx")
    report = import_file(tmp_path / "s.xlsx")
    assert report.created == 1 and report.rejected[0][0] == 3
    assert db.session.scalars(db.select(Supplier)).one().external_id == "0101234567"


def test_an_unsupported_file_is_refused_whole(tmp_path, runner):
    (tmp_path / "s.txt").write_text("hello")
    result = runner.invoke(args=["suppliers", "import", str(tmp_path / "s.txt")])
    assert result.exit_code != 0 and "unsupported file type" in result.output


def test_import_command_prints_counts_and_reasons(tmp_path, runner):
    path = _jsonl(tmp_path / "s.jsonl", [GOOD, {"external_id": "0101111111"}])
    result = runner.invoke(args=["suppliers", "import", str(path)])
    assert result.exit_code == 0
    assert "created: 1" in result.output and "rejected: 1" in result.output
    assert "line 2 (0101111111): name: required" in result.output


def test_extra_fields_are_kept(tmp_path):
    import_file(_jsonl(tmp_path / "a.jsonl", [{**GOOD, "tax_office": "Chi cục Thuế Thạch Thất"}]))
    assert db.session.scalars(db.select(Supplier)).one().extra == {"tax_office": "Chi cục Thuế Thạch Thất"}


def test_reimporting_a_changed_verified_field_puts_the_profile_back_in_the_queue(tmp_path):
    from matchmaker.staff.verification import approve_profile
    from tests.factories import UserFactory

    import_file(_jsonl(tmp_path / "a.jsonl", [GOOD]))
    supplier = db.session.scalars(db.select(Supplier)).one()
    approve_profile(supplier, UserFactory(role="staff"))
    db.session.commit()
    import_file(_jsonl(tmp_path / "b.jsonl", [{**GOOD, "capabilities": ["dập kim loại"]}]))
    db.session.refresh(supplier)
    assert supplier.verification == "pending"


def test_a_record_the_database_refuses_is_reported_and_the_rest_still_load(tmp_path, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    from matchmaker.suppliers import importer

    real_upsert = importer._upsert

    def refusing_upsert(clean, existing, user, source):
        if clean["external_id"] == "0107654321":
            raise IntegrityError("INSERT", {}, Exception("duplicate key"))
        return real_upsert(clean, existing, user, source)

    monkeypatch.setattr(importer, "_upsert", refusing_upsert)
    report = import_file(_jsonl(tmp_path / "s.jsonl", [
        GOOD, {"external_id": "0107654321", "name": "Refused"}, {"external_id": "0101111111", "name": "Fine"}]))
    assert (report.created, [line for line, _, _ in report.rejected]) == (2, [2])
    assert "database refused the record" in report.rejected[0][2]
    names = set(db.session.scalars(db.select(Supplier.name)))
    assert names == {GOOD["name"], "Fine"}
