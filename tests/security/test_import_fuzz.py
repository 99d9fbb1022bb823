"""Fuzzing the supplier import: random bytes, JSON lines and CSV cells never raise anything but UnreadableFile,
and never leave a partial write (the database holds exactly the suppliers the report says were created)."""
import csv
import io
import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.suppliers.importer import import_file
from matchmaker.suppliers.readers import UnreadableFile
from matchmaker.suppliers.tabular import COLUMNS
from tests.security.conftest import clear_tables

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
VALID = {"external_id": "0101234567", "name": "Công ty TNHH Cơ khí Chính xác", "sectors": ["mechanical"],
         "five_s": "implemented"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)
# Records that look like suppliers, with fields broken in random ways, plus anything else JSON can say.
near_records = st.fixed_dictionaries({}, optional={
    "external_id": st.one_of(st.just("0101234567"), st.from_regex(r"\d{10}", fullmatch=True), json_values),
    "name": st.one_of(st.text(max_size=40), json_values), "sectors": json_values, "capabilities": json_values,
    "certifications": json_values, "five_s": json_values, "employees": json_values, "founded": json_values,
    "contact": json_values, "description": st.text(max_size=200)})
cells = st.text(alphabet=string.printable + "ăâđêôơưạảấầẩẫậ;|=+-@\"'{}\x00", max_size=40)


def _import(tmp_path, name, data):
    """Import the bytes as a file; returns the report, or None when the file as a whole was refused."""
    clear_tables()
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return import_file(str(path))
    except UnreadableFile:
        return None


def _check_no_partial_write(report):
    from matchmaker.suppliers.models import Supplier

    db.session.rollback()
    suppliers = db.session.scalar(select(func.count(Supplier.id)))
    created = db.session.scalar(select(func.count(AuditEntry.id)).filter_by(action="create", entity_type="supplier"))
    if report is None:
        assert suppliers == 0 and created == 0
    else:
        # Each file starts from an empty database, so everything accepted is a creation or an update of a
        # record created earlier in the same file.
        assert suppliers == report.created == created
        assert report.created + report.updated + report.unchanged + len(report.rejected) >= suppliers


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".jsonl", ".csv", ".xlsx", ".txt"]))
def test_random_bytes_are_refused_whole_or_line_by_line(tmp_path, data, suffix):
    _check_no_partial_write(_import(tmp_path, "random" + suffix, data))


@FUZZ
@given(records=st.lists(st.one_of(near_records, json_values, st.just(VALID)), max_size=6),
       garbage=st.lists(st.binary(max_size=20), max_size=2))
def test_random_json_lines_never_crash_the_import(tmp_path, records, garbage):
    lines = [json.dumps(r, ensure_ascii=False, allow_nan=True).encode() for r in records] + garbage
    _check_no_partial_write(_import(tmp_path, "random.jsonl", b"\n".join(lines)))


@FUZZ
@given(header=st.lists(st.sampled_from(COLUMNS + ("contact", "extra", "")), min_size=1, max_size=8),
       rows=st.lists(st.lists(cells, max_size=9), max_size=5))
def test_random_csv_cells_never_crash_the_import(tmp_path, header, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    _check_no_partial_write(_import(tmp_path, "random.csv", out.getvalue().encode("utf-8")))


def test_a_file_that_is_not_utf8_is_refused_before_anything_is_written(tmp_path):
    good = json.dumps(VALID, ensure_ascii=False).encode()
    report = _import(tmp_path, "mixed.jsonl", good + b"\n\xff\xfe broken \xc3\n")
    assert report is not None and report.created == 1 and len(report.rejected) == 1
    assert _import(tmp_path, "latin1.csv", "external_id,name\n0101234567,Công ty\n".encode("cp1258")) is None
    _check_no_partial_write(None)
