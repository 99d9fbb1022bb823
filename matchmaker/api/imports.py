"""Staff import of supplier files over the API: the same importer, and the same report, as `flask suppliers import`."""
import csv
import os
import tempfile
from pathlib import Path

from flask import request

from ..suppliers.importer import import_file
from ..suppliers.readers import FORMATS, UnreadableFile
from .auth import api_user
from .blueprint import blueprint
from .errors import ApiError
from .openapi import operation
from .schemas import ImportReportSchema, ImportUploadSchema


def report_json(report):
    """The import report: counts, and a line-numbered reason for every rejected record."""
    return {"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
            "rejected_count": len(report.rejected),
            "rejected": [{"line": line, "external_id": str(external_id) if external_id is not None else None,
                          "reason": reason} for line, external_id, reason in report.rejected]}


def _uploaded_file():
    upload = request.files.get("file")  # reading the form raises 413 for an oversize upload
    if upload is None or not upload.filename:
        raise ApiError(422, "Send the supplier file as the multipart form field 'file'.", {"file": ["required"]})
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in FORMATS:
        raise ApiError(422, f"Unsupported file type {suffix or '(none)'}; use {', '.join(FORMATS)}.",
                       {"file": [f"must be one of {', '.join(FORMATS)}"]})
    return upload, suffix


def _check_text(data, suffix):
    """Refuse, before anything is written, text files the readers would stop on halfway."""
    if suffix == ".xlsx":
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiError(422, "The file is not UTF-8 text.", {"file": ["must be UTF-8 text"]}) from error
    if b"\x00" in data:
        raise ApiError(422, "The file contains NUL bytes.", {"file": ["must not contain NUL bytes"]})


@blueprint.post("/suppliers/import")
@operation("Import a supplier file", tag="import", upload=ImportUploadSchema, roles=("staff",),
           ok=(200, ImportReportSchema),
           description="Upload a .jsonl, .csv or .xlsx file in the interchange contract's format. Records are "
                       "created or updated by external_id; a bad record never stops the others. The answer "
                       "counts created, updated, unchanged and rejected records, with a line-numbered reason "
                       "for each rejected one.")
def import_suppliers():
    upload, suffix = _uploaded_file()
    data = upload.read()
    _check_text(data, suffix)
    # The importer reads files by path and picks the reader by extension, as the command line does.
    handle, path = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as target:
            target.write(data)
        report = import_file(path, user=api_user())
    except UnreadableFile as error:
        raise ApiError(422, f"The file cannot be read: {error}", {"file": [str(error)]}) from error
    except csv.Error as error:
        raise ApiError(422, f"The CSV file cannot be read: {error}", {"file": [str(error)]}) from error
    finally:
        os.unlink(path)
    return report_json(report)
