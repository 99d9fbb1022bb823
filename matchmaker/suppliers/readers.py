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
    """Yield (line, record) per non-blank line; a line that is not a JSON object yields (line, error text)."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, "not UTF-8 text"
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg} at column {error.colno})"
        except RecursionError:
            yield number, "not valid JSON (nested too deeply)"
        else:
            yield number, record if isinstance(record, dict) else "not a JSON object"


def read_csv(stream):
    """Yield (line, record) per data row; line numbers count the header as line 1.

    The whole file is decoded and split into rows first, so that a file that is not UTF-8 CSV is refused
    before any of its rows is imported (nothing half-done)."""
    try:
        text = stream.read().decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = [(reader.line_num, row) for row in reader]
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"the CSV file is not UTF-8 text (byte {error.start})") from error
    except csv.Error as error:
        raise UnreadableFile(f"not a CSV file ({error})") from error
    if not reader.fieldnames:
        raise UnreadableFile("the CSV file has no header row")
    for line, row in rows:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        if None in row:
            yield line, "more cells than header columns"
            continue
        yield line, _unflatten(row)


def _unflatten(row):
    """unflatten, with a broken cell (such as a contact column that is not JSON) reported as the row's error."""
    try:
        return unflatten(row)
    except (ValueError, TypeError) as error:
        return f"a cell cannot be read ({error.__class__.__name__})"


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
        yield number, _unflatten(dict(zip(header, values, strict=False)))


def read_records(path):
    """Yield (line, record-or-error) from a supplier file chosen by its extension."""
    suffix = Path(path).suffix.lower()
    readers = {".jsonl": read_jsonl, ".csv": read_csv, ".xlsx": read_xlsx}
    if suffix not in readers:
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}; use {', '.join(FORMATS)}")
    with open(path, "rb") as stream:
        yield from readers[suffix](stream)
