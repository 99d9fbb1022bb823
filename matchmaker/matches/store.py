"""The fitted match model: saved in the instance folder, updated per profile change, reloaded when another
process saved a newer one.

On disk, in SEARCH_FOLDER/match-model: engine folders (`engine-<random>`) and model.json, which names the
current engine folder and holds {supplier id: external_id}, how many profiles the vocabulary was fitted on,
and a digest of each profile as the engine took it (so `flask search verify` can tell stale profiles).
A save writes a new engine folder first and replaces model.json last, atomically: a process killed while
saving leaves the previous model whole.
"""
import hashlib
import json
import os
import shutil
import threading
import uuid
from pathlib import Path

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..caching import settle_long_lived
from ..extensions import db
from ..matching.engine import MatchEngine
from ..suppliers.models import Supplier
from ..suppliers.records import to_record

MODEL = "model.json"
_lock = threading.Lock()
_cache = {}  # model folder -> (stamp, engine, model.json's content)
# Bumped before the loaded engine is changed in place: should saving that change fail, the engine no longer is
# the saved model its version names, and results cached under that version must not be found again.
_edits = [0]
# Upserts reuse the vocabulary and idf of the last fit; once the model holds more than this many times the
# profiles it was fitted on (a first import arriving chunk by chunk), it is refitted so new terms count.
REFIT_GROWTH = 2
REFIT_SHARE = 4


def engine_payload(supplier):
    """A supplier as the engine takes it: the contract record plus verification."""
    record = to_record(supplier)
    record["verified"] = supplier.verified
    return record


def payload_digest(payload):
    """A short hash of an engine payload: equal digests mean the model holds this profile as it is now."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _listed(supplier):
    """Only published profiles take part in matching; a supplier that unpublishes drops out."""
    return supplier is not None and getattr(supplier, "published", True)


def _folder():
    return Path(current_app.config["SEARCH_FOLDER"]) / "match-model"


def _stamp(folder):
    try:
        stat = (folder / MODEL).stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns  # replaced, never rewritten: a new inode each save


def _all_suppliers():
    query = select(Supplier).options(selectinload(Supplier.certifications)).execution_options(yield_per=2000)
    return db.session.scalars(query)


def _read_model(folder):
    try:
        return json.loads((folder / MODEL).read_text())
    except FileNotFoundError:
        return None


def _save(folder, engine, model):
    folder.mkdir(parents=True, exist_ok=True)
    model["engine"] = f"engine-{uuid.uuid4().hex[:12]}"
    engine.save(folder / model["engine"])
    tmp = folder / f".{MODEL}-{model['engine']}"
    tmp.write_text(json.dumps(model))
    os.replace(tmp, folder / MODEL)  # the switch to the new model, in one step
    for old in folder.iterdir():
        # Older engines (and the files of a save that was killed half-way) are not needed any more.
        if old.name != model["engine"] and (old.name.startswith("engine") or old.name.startswith(f".{MODEL}-")):
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)


def refit():
    """Fit the model on every supplier in the database and save it; returns the number of profiles."""
    engine, ids, digests = MatchEngine(), {}, {}
    payloads = []
    for supplier in _all_suppliers():
        if not _listed(supplier):
            continue
        payload = engine_payload(supplier)
        payloads.append(payload)
        ids[str(supplier.id)] = supplier.external_id
        digests[str(supplier.id)] = payload_digest(payload)
    engine.fit(payloads)
    folder = _folder()
    model = {"ids": ids, "fitted": len(payloads), "digests": digests}
    with _lock:
        _save(folder, engine, model)
        _cache[str(folder)] = (_stamp(folder), engine, model)
    return len(payloads)


def _load(folder):
    """Load the saved model; another process may replace it meanwhile, so a vanished engine is read again."""
    for _ in range(3):
        stamp, model = _stamp(folder), _read_model(folder)
        if model is None:
            return None
        try:
            engine = MatchEngine.load(folder / model["engine"])
        except FileNotFoundError:
            continue
        _cache[str(folder)] = (stamp, engine, model)
        settle_long_lived(len(model["ids"]))
        return engine
    return None


def current_engine():
    """The fitted model of this instance: loaded once per process, refit when none was saved yet."""
    folder = _folder()
    stamp = _stamp(folder)
    cached = _cache.get(str(folder))
    if cached and cached[0] == stamp and stamp is not None:
        return cached[1]
    if stamp is not None:
        with _lock:
            engine = _load(folder)
        if engine is not None:
            return engine
    refit()
    return _cache[str(folder)][1]


def current_model():
    """(the fitted model, its version). The version names the saved model the engine is, so it changes with
    every save, that is with every committed supplier change: results computed from the engine may be cached
    under it (matchmaker.matches.services)."""
    current_engine()
    _, engine, model = _cache[str(_folder())]  # engine and version from the same entry
    return engine, (model["engine"], _edits[0])


def _should_refit(model, supplier_ids, rows):
    """True when refitting beats upserting: the model outgrew its vocabulary, or the change is a large share."""
    arriving = sum(1 for i in supplier_ids if str(i) not in model["ids"] and _listed(rows.get(i)))
    grown = len(model["ids"]) + arriving > REFIT_GROWTH * max(model["fitted"], 1)
    # One upsert costs about what fitting REFIT_SHARE profiles does: past that share a refit is also cheaper.
    return grown or len(supplier_ids) * REFIT_SHARE > len(model["ids"])


def apply_changes(supplier_ids):
    """Bring the model up to date for changed suppliers without refitting it (the sync listener)."""
    folder = _folder()
    if _stamp(folder) is None:
        refit()  # the first fit reads every supplier, these included
        return
    engine = current_engine()
    _, _, model = _cache[str(folder)]
    ids, digests = model["ids"], model["digests"]
    rows = {s.id: s for s in db.session.scalars(
        select(Supplier).where(Supplier.id.in_(supplier_ids)).options(selectinload(Supplier.certifications)))}
    if _should_refit(model, supplier_ids, rows):
        refit()
        return
    with _lock:
        _edits[0] += 1
        for supplier_id in supplier_ids:
            old_key = ids.pop(str(supplier_id), None)
            digests.pop(str(supplier_id), None)
            supplier = rows.get(supplier_id)
            if not _listed(supplier):
                supplier = None
            if old_key and (supplier is None or supplier.external_id != old_key):
                engine.remove(old_key)
            if supplier is not None:
                payload = engine_payload(supplier)
                engine.upsert(payload)
                ids[str(supplier_id)] = supplier.external_id
                digests[str(supplier_id)] = payload_digest(payload)
        _save(folder, engine, model)
        _cache[str(folder)] = (_stamp(folder), engine, model)


def model_drift():
    """Compare the saved model with the database: (missing, orphans, stale) supplier ids, each sorted."""
    model = _read_model(_folder()) or {"ids": {}, "digests": {}}
    ids, digests = model["ids"], model["digests"]
    expected = {str(s.id): payload_digest(engine_payload(s)) for s in _all_suppliers() if _listed(s)}
    missing = sorted(int(i) for i in expected.keys() - ids.keys())
    orphans = sorted(int(i) for i in ids.keys() - expected.keys())
    stale = sorted(int(i) for i in expected.keys() & ids.keys() if digests.get(i) != expected[i])
    return missing, orphans, stale


def repair_model(supplier_ids):
    """Bring these suppliers' profiles in the model up to date; a model missing or far behind is refitted."""
    if _stamp(_folder()) is None:
        refit()
    elif supplier_ids:
        apply_changes(sorted(supplier_ids))


def init_app(app):
    """Keep the model in step with the database after every committed supplier change."""
    from ..search.service import add_rebuild_hook
    from ..search.sync import add_listener

    add_listener(app, apply_changes)
    add_rebuild_hook(app, refit)
