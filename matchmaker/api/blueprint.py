"""The `api` blueprint under /api/v1 (rate limits and CSRF exemption address it by this name)."""
from flask import Blueprint
from werkzeug.routing import BaseConverter

from .schemas import MAX_ID

blueprint = Blueprint("api", __name__, url_prefix="/api/v1")


class IdConverter(BaseConverter):
    """`<id:name>`: a record id. Ids out of the 32-bit range become 0, which names no record, so the view answers
    404; refusing them in the converter instead would make Werkzeug answer 405 from a neighbouring route."""

    regex = r"\d{1,18}"

    def to_python(self, value):
        number = int(value)
        return number if 1 <= number <= MAX_ID else 0

    def to_url(self, value):
        return str(int(value))


@blueprint.record_once
def _add_converter(state):
    # Runs before the blueprint's routes are added, so the routes can use the converter.
    state.app.url_map.converters.setdefault("id", IdConverter)
