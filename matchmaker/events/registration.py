"""Registering an organisation for an event, and the partners the matching engine recommends to it there."""
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..audit.services import diff, record
from ..buyers.models import Requirement
from ..buyers.records import to_record
from ..extensions import db
from ..matches.services import match_result
from ..suppliers.models import Supplier
from ..suppliers.validation import RecordError
from .models import INTERPRETER_LANGUAGES, Participant
from .services import EventError, registration_is_open


def participant_of(event, organisation_id):
    """The organisation's registration at the event, or None."""
    if organisation_id is None:
        return None
    return db.session.scalar(select(Participant).filter_by(event_id=event.id, organisation_id=organisation_id))


def _snapshot(participant):
    return {"available_slots": list(participant.available_slots or []), "interpreter": participant.interpreter,
            "contact_name": participant.contact_name}


def register(event, user, available_slots, interpreter=None, contact_name=""):
    """Register the user's organisation (or update its registration) with the slots it can attend."""
    if user.role not in ("buyer", "supplier") or user.organisation_id is None:
        raise EventError(_l("Only buyer and supplier accounts register for events."))
    participant = participant_of(event, user.organisation_id)
    if participant is None and not registration_is_open(event):
        raise EventError(_l("Registration for this event is closed."))
    slots = sorted({int(s) for s in available_slots if 0 <= int(s) < len(event.slots)})
    if not slots:
        raise EventError(_l("Choose at least one slot you can attend."))
    if interpreter not in INTERPRETER_LANGUAGES or user.role != "buyer":
        interpreter = None  # only buyers bring a foreign language; suppliers speak Vietnamese
    before = _snapshot(participant) if participant else {}
    if participant is None:
        supplier = None
        if user.role == "supplier":
            supplier = db.session.scalar(select(Supplier).filter_by(organisation_id=user.organisation_id))
            if supplier is None:
                raise EventError(_l("Create your company profile before registering."))
        participant = Participant(event=event, organisation_id=user.organisation_id, kind=user.role,
                                  supplier=supplier, registered_by_id=user.id)
        db.session.add(participant)
    participant.available_slots = slots
    participant.interpreter = interpreter
    participant.contact_name = (contact_name or user.name or "").strip()[:200]
    db.session.flush()
    changes = diff(before, _snapshot(participant))
    if changes:
        record("register" if not before else "update", "event_participant", participant.id, changes, user,
               supplier_id=participant.supplier_id)
    return participant


def open_requirements(event, organisation_id):
    """A buyer's open requirements that fall within the event's sectors (all of them if the event names none)."""
    rows = db.session.scalars(select(Requirement).filter_by(organisation_id=organisation_id, status="open")
                              .order_by(Requirement.id))
    wanted = set(event.sectors or [])
    return [r for r in rows if not wanted or not r.sectors or wanted & set(r.sectors)]


def _matches(requirement, top, candidates):
    """The engine's results for a requirement among `candidates` (external ids); none for an invalid requirement."""
    try:
        return match_result(to_record(requirement), top=top, candidates=candidates)["results"]
    except RecordError:
        return []  # an old requirement that no longer passes validation simply recommends nobody


def _supplier_participants(event):
    return {p.supplier.external_id: p for p in event.participants if p.kind == "supplier" and p.supplier}


def _merge(found, participant, score, reasons, requirement):
    best = found.get(participant.id)
    if best is None or score > best["score"]:
        found[participant.id] = {"participant": participant, "score": score, "reasons": reasons,
                                 "requirement": requirement.title}


def recommendations_for_buyer(event, participant, top=20):
    """Registered suppliers matching the buyer's open requirements, best first, with the engine's reasons."""
    suppliers = _supplier_participants(event)
    found = {}
    if not suppliers:
        return []
    for requirement in open_requirements(event, participant.organisation_id):
        for item in _matches(requirement, top, set(suppliers)):
            _merge(found, suppliers[item["external_id"]], item["score"], item["reasons"], requirement)
    return sorted(found.values(), key=lambda r: -r["score"])[:top]


def recommendations_for_supplier(event, participant, top=20):
    """Registered buyers whose open requirements the supplier matches, best first, with the engine's reasons."""
    if participant.supplier is None:
        return []
    found = {}
    for buyer in (p for p in event.participants if p.kind == "buyer"):
        for requirement in open_requirements(event, buyer.organisation_id):
            for item in _matches(requirement, 1, {participant.supplier.external_id}):
                _merge(found, buyer, item["score"], item["reasons"], requirement)
    return sorted(found.values(), key=lambda r: -r["score"])[:top]


def recommendations(event, participant, top=20):
    """Recommended partners for a participant: suppliers for a buyer, buyers for a supplier."""
    if participant.kind == "buyer":
        return recommendations_for_buyer(event, participant, top)
    return recommendations_for_supplier(event, participant, top)


def pair_scores(event):
    """Engine match score (0..1) of each (buyer participant id, supplier participant id) pair, best requirement."""
    suppliers = _supplier_participants(event)
    scores = {}
    if not suppliers:
        return scores
    for buyer in (p for p in event.participants if p.kind == "buyer"):
        for requirement in open_requirements(event, buyer.organisation_id):
            for item in _matches(requirement, len(suppliers), set(suppliers)):
                key = (buyer.id, suppliers[item["external_id"]].id)
                scores[key] = max(scores.get(key, 0.0), float(item["score"]))
    return scores
