"""Writing contract records to .jsonl, .csv or .xlsx."""
import csv
import json
from pathlib import Path

from ..spreadsheet import escape_formula
from .tabular import flatten, header_for


def write_jsonl(records, path):
    """One JSON object per line, UTF-8, diacritics kept as they are."""
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records, path):
    """CSV with the contract's headers, formula-escaped."""
    rows = [flatten(r) for r in records]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header_for(rows))
        writer.writeheader()
        writer.writerows({k: escape_formula(v) for k, v in row.items()} for row in rows)


def write_xlsx(records, path):
    """XLSX with the contract's headers; external ids stay text so leading zeros survive."""
    from openpyxl import Workbook

    rows = [flatten(r) for r in records]
    header = header_for(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("suppliers")
    sheet.append(header)
    for row in rows:
        sheet.append([escape_formula(row.get(column)) for column in header])
    book.save(path)


def write_records(records, path):
    """Write records in the format named by the file's extension."""
    writers = {".jsonl": write_jsonl, ".csv": write_csv, ".xlsx": write_xlsx}
    suffix = Path(path).suffix.lower()
    if suffix not in writers:
        raise ValueError(f"unsupported file type {suffix or '(none)'}; use .jsonl, .csv or .xlsx")
    writers[suffix](records, path)
