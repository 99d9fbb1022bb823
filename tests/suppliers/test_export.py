"""Export writes the contract formats; import → export → import is lossless."""
import json

import pytest

from matchmaker.extensions import db
from matchmaker.suppliers.cli import export_suppliers
from matchmaker.suppliers.importer import import_file
from matchmaker.suppliers.models import Supplier
from matchmaker.suppliers.records import to_record
from tests.suppliers.test_import import GOOD

TRICKY = {
    "external_id": "0109999999-001", "name": "=HYPERLINK(\"http://evil\",\"click\")",
    "description": "- Gia công; \"quoted\", comma\nnew line", "capabilities": ["hàn TIG", "-dập"],
    "certifications": ["ISO 14001"], "contact": {"phone": "+84 912 345 678"}, "note_from_city": "kept",
}


def _all_records():
    return [to_record(s) for s in db.session.scalars(db.select(Supplier).order_by(Supplier.external_id))]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx"])
def test_import_export_import_is_lossless(tmp_path, suffix):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (GOOD, TRICKY)), encoding="utf-8")
    import_file(source)
    before = _all_records()
    exported = tmp_path / f"out{suffix}"
    assert export_suppliers(exported) == 2
    for supplier in db.session.scalars(db.select(Supplier)):
        db.session.delete(supplier)
    db.session.commit()
    report = import_file(exported)
    assert report.rejected == [] and report.created == 2
    assert _all_records() == before


def test_csv_export_escapes_formulas(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(TRICKY, ensure_ascii=False), encoding="utf-8")
    import_file(source)
    export_suppliers(tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_export_command_refuses_an_unknown_format(runner, tmp_path):
    result = runner.invoke(args=["suppliers", "export", str(tmp_path / "out.pdf")])
    assert result.exit_code != 0 and "unsupported file type" in result.output
