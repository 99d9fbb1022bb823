"""Matching a requirement against the supplier base, answering in the contract's match-result format."""
import json

from sqlalchemy import select

from ..buyers.validation import validate_requirement
from ..caching import LRUCache
from ..extensions import db
from ..suppliers.models import Supplier
from ..timeutil import today
from .store import current_model

# Ranking is the costly part of a matches page or an API match, and buyers open the same requirements again and
# again; keyed by the model version, an entry is found only while no supplier has changed since it was ranked.
_rankings = LRUCache(256)
CACHED_TOP = 100  # longer lists (saved searches' announcements) are rare one-offs: not worth keeping


def requirement_payload(record):
    """The requirement as the engine takes it, after contract validation (raises RecordError)."""
    clean = validate_requirement(record)
    payload = {k: v for k, v in clean.items() if k != "extra"}
    payload["deadline"] = clean["deadline"].isoformat() if clean["deadline"] else None
    return payload


def match_result(record, top=10, on=None, candidates=None):
    """The contract's match result for one requirement record: ranked suppliers with scores and reasons."""
    payload = requirement_payload(record)
    matches = ranking(payload, top, on or today(), candidates)
    names = supplier_names([m.external_id for m in matches])
    return {
        "requirement": payload.get("external_id"),
        "results": [{"external_id": m.external_id, "name": names.get(m.external_id, ""),
                     "score": round(float(m.score), 4), "reasons": list(m.reasons)} for m in matches],
    }


def ranking(payload, top, on, candidates=None):
    """The engine's Matches for a requirement payload, from the cache while the model is unchanged."""
    engine, version = current_model()
    if top > CACHED_TOP:
        return engine.match(payload, top=top, today=on, candidates=candidates)
    key = (version, json.dumps(payload, sort_keys=True, default=str), top, on,
           None if candidates is None else frozenset(candidates))
    matches = _rankings.get(key)
    if matches is None:
        matches = tuple(engine.match(payload, top=top, today=on, candidates=candidates))
        _rankings.put(key, matches)
    return matches


def supplier_names(external_ids):
    """Names of the given suppliers, in one query."""
    if not external_ids:
        return {}
    rows = db.session.execute(select(Supplier.external_id, Supplier.name).where(Supplier.external_id.in_(external_ids)))
    return dict(rows.all())
