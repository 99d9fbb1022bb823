"""Matching a requirement against the supplier base, answering in the contract's match-result format."""
from sqlalchemy import select

from ..buyers.validation import validate_requirement
from ..extensions import db
from ..suppliers.models import Supplier
from ..timeutil import today
from .store import current_engine


def requirement_payload(record):
    """The requirement as the engine takes it, after contract validation (raises RecordError)."""
    clean = validate_requirement(record)
    payload = {k: v for k, v in clean.items() if k != "extra"}
    payload["deadline"] = clean["deadline"].isoformat() if clean["deadline"] else None
    return payload


def match_result(record, top=10, on=None, candidates=None):
    """The contract's match result for one requirement record: ranked suppliers with scores and reasons."""
    payload = requirement_payload(record)
    matches = current_engine().match(payload, top=top, today=on or today(), candidates=candidates)
    names = supplier_names([m.external_id for m in matches])
    return {
        "requirement": payload.get("external_id"),
        "results": [{"external_id": m.external_id, "name": names.get(m.external_id, ""),
                     "score": round(float(m.score), 4), "reasons": list(m.reasons)} for m in matches],
    }


def supplier_names(external_ids):
    """Names of the given suppliers, in one query."""
    if not external_ids:
        return {}
    rows = db.session.execute(select(Supplier.external_id, Supplier.name).where(Supplier.external_id.in_(external_ids)))
    return dict(rows.all())
