"""Reading supplier files (.jsonl, .csv, .xlsx) into (line number, record or error) pairs."""
import csv
import io
import json
from pathlib import Path

from .tabular import unflatten

FORMATS = (".jsonl", ".csv", ".xlsx")


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (wrong type, not a spreadsheet, no header)."""


def read_jsonl(stream):
    """Yield (line, record) per non-blank line; a line that is not JSON yields (line, error text)."""
    for number, line in enumerate(io.TextIOWrapper(stream, encoding="utf-8-sig"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg} at column {error.colno})"


def read_csv(stream):
    """Yield (line, record) per data row; line numbers count the header as line 1."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    if not reader.fieldnames:
        raise UnreadableFile("the CSV file has no header row")
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        if None in row:
            yield reader.line_num, "more cells than header columns"
            continue
        yield reader.line_num, unflatten(row)


def read_xlsx(stream):
    """Yield (row number, record) per data row of the first worksheet."""
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(stream, read_only=True, data_only=True).worksheets[0]
    except Exception as error:  # openpyxl raises many types for a non-workbook file
        raise UnreadableFile(f"not an XLSX workbook ({error.__class__.__name__})") from error
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header:
        raise UnreadableFile("the worksheet has no header row")
    for number, values in enumerate(rows, start=2):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        yield number, unflatten(dict(zip(header, values, strict=False)))


def read_records(path):
    """Yield (line, record-or-error) from a supplier file chosen by its extension."""
    suffix = Path(path).suffix.lower()
    readers = {".jsonl": read_jsonl, ".csv": read_csv, ".xlsx": read_xlsx}
    if suffix not in readers:
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}; use {', '.join(FORMATS)}")
    with open(path, "rb") as stream:
        yield from readers[suffix](stream)
