"""Certificate documents on disk: type checked by content, random names, outside the static folder."""
import os
import secrets
from pathlib import Path

from flask import current_app

# The file's first bytes decide its type; the name and the browser's Content-Type are not trusted.
SIGNATURES = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
)
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SUBFOLDER = "certificates"


class DocumentError(ValueError):
    """An upload was refused; `code` says why ('empty', 'type', 'size')."""

    def __init__(self, code, limit=None):
        super().__init__(code)
        self.code = code
        self.limit = limit


def sniff(head):
    """(mimetype, extension) for the first bytes of a file, or None when it is not a PDF, JPEG or PNG."""
    for signature, mimetype, extension in SIGNATURES:
        if head.startswith(signature):
            return mimetype, extension
    return None


def max_bytes():
    """The per-file size limit (config MAX_DOCUMENT_BYTES), never above the request limit."""
    limit = current_app.config.get("MAX_DOCUMENT_BYTES", DEFAULT_MAX_BYTES)
    request_limit = current_app.config.get("MAX_CONTENT_LENGTH")
    return min(limit, request_limit) if request_limit else limit


def read_upload(storage):
    """Read an uploaded file (a werkzeug FileStorage) within the size limit and check its type.

    Returns (data, mimetype, extension); raises DocumentError.
    """
    limit = max_bytes()
    data = storage.stream.read(limit + 1)
    if not data:
        raise DocumentError("empty")
    if len(data) > limit:
        raise DocumentError("size", limit)
    kind = sniff(data[:16])
    if kind is None:
        raise DocumentError("type")
    return data, kind[0], kind[1]


def _root():
    return Path(current_app.config["UPLOAD_FOLDER"]).resolve()


def store(data, extension):
    """Write the bytes under UPLOAD_FOLDER with a random name; returns the relative path to keep."""
    folder = _root() / SUBFOLDER
    folder.mkdir(parents=True, exist_ok=True)
    relative = f"{SUBFOLDER}/{secrets.token_hex(16)}{extension}"
    target = _root() / relative
    with open(target, "xb") as handle:
        handle.write(data)
    return relative


def absolute_path(relative):
    """The file for a stored relative path, refusing anything that would leave UPLOAD_FOLDER."""
    root = _root()
    path = (root / relative).resolve()
    if root not in path.parents:
        raise FileNotFoundError(relative)
    return path


def discard(paths):
    """Delete stored files no longer referenced (after the change that dropped them was committed)."""
    for relative in paths:
        if not relative:
            continue
        try:
            os.remove(absolute_path(relative))
        except FileNotFoundError:
            pass


def safe_download_name(name, extension):
    """A download name made of the original name's safe characters, with the extension of the real type."""
    stem = Path(name or "certificate").stem
    stem = "".join(ch if ch.isalnum() or ch in "-_ ." else "_" for ch in stem).strip(" ._") or "certificate"
    return stem[:80] + extension
