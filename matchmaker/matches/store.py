"""The fitted match model: saved in the instance folder, updated per profile change, reloaded when another
process saved a newer one."""
import json
import os
import threading
from pathlib import Path

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..matching.engine import MatchEngine
from ..suppliers.models import Supplier
from ..suppliers.records import to_record

_lock = threading.Lock()
_cache = {}  # model folder -> (stamp, engine, {supplier id: external_id})


def engine_payload(supplier):
    """A supplier as the engine takes it: the contract record plus verification."""
    record = to_record(supplier)
    record["verified"] = supplier.verified
    return record


def _listed(supplier):
    """Only published profiles take part in matching; a supplier that unpublishes drops out."""
    return supplier is not None and getattr(supplier, "published", True)


def _folder():
    return Path(current_app.config["SEARCH_FOLDER"]) / "match-model"


def _stamp(folder):
    try:
        return (folder / "ids.json").stat().st_mtime_ns
    except FileNotFoundError:
        return None


def _all_suppliers():
    query = select(Supplier).options(selectinload(Supplier.certifications)).execution_options(yield_per=2000)
    return db.session.scalars(query)


def _save(folder, engine, ids):
    folder.mkdir(parents=True, exist_ok=True)
    engine.save(folder / "engine")
    tmp = folder / "ids.json.tmp"
    tmp.write_text(json.dumps(ids))
    os.replace(tmp, folder / "ids.json")  # written last: its time stamps the model as complete


def refit():
    """Fit the model on every supplier in the database and save it; returns the number of profiles."""
    engine, ids = MatchEngine(), {}
    payloads = []
    for supplier in _all_suppliers():
        if not _listed(supplier):
            continue
        payloads.append(engine_payload(supplier))
        ids[str(supplier.id)] = supplier.external_id
    engine.fit(payloads)
    folder = _folder()
    with _lock:
        _save(folder, engine, ids)
        _cache[str(folder)] = (_stamp(folder), engine, ids)
    return len(payloads)


def current_engine():
    """The fitted model of this instance: loaded once per process, refit when none was saved yet."""
    folder = _folder()
    stamp = _stamp(folder)
    cached = _cache.get(str(folder))
    if cached and cached[0] == stamp and stamp is not None:
        return cached[1]
    if stamp is None:
        refit()
        return _cache[str(folder)][1]
    with _lock:
        engine = MatchEngine.load(folder / "engine")
        ids = json.loads((folder / "ids.json").read_text())
        _cache[str(folder)] = (stamp, engine, ids)
    return engine


def apply_changes(supplier_ids):
    """Bring the model up to date for changed suppliers without refitting it (the sync listener)."""
    engine = current_engine()
    folder = _folder()
    _, _, ids = _cache[str(folder)]
    rows = {s.id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.id.in_(supplier_ids)).options(selectinload(Supplier.certifications)))}
    with _lock:
        for supplier_id in supplier_ids:
            old_key = ids.pop(str(supplier_id), None)
            supplier = rows.get(supplier_id)
            if not _listed(supplier):
                supplier = None
            if old_key and (supplier is None or supplier.external_id != old_key):
                engine.remove(old_key)
            if supplier is not None:
                engine.upsert(engine_payload(supplier))
                ids[str(supplier_id)] = supplier.external_id
        _save(folder, engine, ids)
        _cache[str(folder)] = (_stamp(folder), engine, ids)


def init_app(app):
    """Keep the model in step with the database after every committed supplier change."""
    from ..search.service import add_rebuild_hook
    from ..search.sync import add_listener

    add_listener(app, apply_changes)
    add_rebuild_hook(app, refit)
