"""Adapting an event to the pure scheduler: database -> contract instance -> solve -> stored meetings.

Also the staff's hand edits of the schedule (add, force, remove a meeting)."""
import time

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..audit.services import record
from ..extensions import db
from ..timeutil import utcnow
from .checker import check_solution
from .models import Meeting, MeetingRequest, Participant
from .registration import pair_scores
from .requests import between, naive_utc_now
from .scheduling import solve_instance
from .services import EventError, background_locale, notify_participant

# Both sides want the meeting (accepted, or a staff-added pair) vs. a request still waiting for an answer.
MUTUAL_WEIGHT = 3.0
ONE_SIDED_WEIGHT = 1.0


def is_fixed(meeting):
    """Published, forced or already checked-in meetings never move when the schedule is recomputed."""
    return meeting.published or meeting.forced or meeting.status != "scheduled"


def event_meetings(event):
    """Every meeting of the event, by slot and table."""
    return list(db.session.scalars(select(Meeting).filter_by(event_id=event.id)
                                   .order_by(Meeting.slot, Meeting.table_number)))


def _pairs(event, fixed):
    """{(buyer id, supplier id): mutual?} of the pairs to schedule: open requests plus the fixed meetings."""
    pairs = {}
    for meeting_request in db.session.scalars(select(MeetingRequest).where(
            MeetingRequest.event_id == event.id, MeetingRequest.status.in_(("pending", "accepted")))):
        ends = {meeting_request.sender.kind: meeting_request.sender_id,
                meeting_request.recipient.kind: meeting_request.recipient_id}
        key = (ends["buyer"], ends["supplier"])
        pairs[key] = pairs.get(key, False) or meeting_request.status == "accepted"
    for meeting in fixed:
        pairs[meeting.buyer_id, meeting.supplier_id] = True
    return pairs


def _check_fixed_fits(event, fixed, slots):
    for meeting in fixed:
        if meeting.slot >= slots or meeting.table_number >= event.tables:
            raise EventError(_l("The meeting %(a)s – %(b)s (slot %(slot)s, table %(table)s) no longer fits the "
                               "event's slots or tables: remove it or restore the set-up.",
                               a=meeting.buyer.name, b=meeting.supplier.name, slot=meeting.slot + 1,
                               table=meeting.table_number + 1))


def build_instance(event, scores=None):
    """The event as a contract scheduling instance; weights: mutual 3, one-sided 1, plus the match score."""
    slots = len(event.slots)
    fixed = [m for m in event_meetings(event) if is_fixed(m)]
    _check_fixed_fits(event, fixed, slots)
    scores = pair_scores(event) if scores is None else scores
    by_id = {p.id: p for p in event.participants}
    # A published meeting outranks a later change of availability: its slot stays open for both sides.
    kept = {(m.buyer_id, m.slot) for m in fixed} | {(m.supplier_id, m.slot) for m in fixed}
    participants = []
    for p in event.participants:
        free = set(p.available_slots or [])
        busy = [s for s in range(slots) if s not in free and (p.id, s) not in kept]
        participants.append({"id": p.code, "unavailable": busy})
    requests = []
    for (buyer_id, supplier_id), mutual in sorted(_pairs(event, fixed).items()):
        buyer, supplier = by_id[buyer_id], by_id[supplier_id]
        weight = (MUTUAL_WEIGHT if mutual else ONE_SIDED_WEIGHT) + round(scores.get((buyer_id, supplier_id), 0.0), 3)
        item = {"a": buyer.code, "b": supplier.code, "weight": weight}
        if buyer.interpreter:
            item["interpreter"] = buyer.interpreter
        requests.append(item)
    return {
        "slots": slots,
        "tables": event.tables,
        "participants": participants,
        "requests": requests,
        "interpreters": {lang: int(n) for lang, n in (event.interpreters or {}).items()},
        "fixed": [{"a": m.buyer.code, "b": m.supplier.code, "slot": m.slot, "table": m.table_number} for m in fixed],
    }


def greedy_objective(instance):
    """Objective of the scheduler's fast greedy start alone (for comparison with the solver), or None."""
    from .greedy import greedy_schedule
    from .instance import parse_instance
    from .problem import open_problem

    try:
        problem = open_problem(parse_instance(instance))
        slots = greedy_schedule(problem)
    except (ValueError, AttributeError, TypeError):  # the engine's internals changed: the figure is optional
        return None
    placed = sum(w for w, s in zip(problem.weights, slots, strict=True) if s is not None)
    return (problem.fixed_weight + placed) / problem.scale


def run_scheduler(event, user, time_limit=10.0):
    """Recompute the schedule (published and forced meetings stay put); returns the run's figures."""
    instance = build_instance(event)
    started = time.monotonic()
    try:
        solution = solve_instance(instance, time_limit)
    except ValueError as error:
        raise EventError(_l("The schedule could not be computed: %(reason)s", reason=str(error))) from error
    seconds = round(time.monotonic() - started, 2)
    problems = check_solution(instance, solution)
    if problems:  # never store a schedule that breaks a rule
        raise EventError(_l("The scheduler returned an invalid schedule: %(reason)s", reason=problems[0]))
    by_code = {p.code: p for p in event.participants}
    db.session.execute(delete(Meeting).where(Meeting.event_id == event.id, Meeting.published.is_(False),
                                             Meeting.forced.is_(False), Meeting.status == "scheduled"))
    fixed = {(f["a"], f["b"], f["slot"], f["table"]) for f in instance["fixed"]}
    for m in solution["meetings"]:
        if (m["a"], m["b"], m["slot"], m["table"]) not in fixed:
            db.session.add(Meeting(event_id=event.id, buyer=by_code[m["a"]], supplier=by_code[m["b"]],
                                   slot=m["slot"], table_number=m["table"]))
    event.last_run = {
        "objective": solution["objective"], "bound": solution["bound"], "status": solution["status"],
        "greedy": greedy_objective(instance), "seconds": seconds, "time_limit": time_limit,
        "meetings": len(solution["meetings"]), "requests": len(instance["requests"]),
        "fixed": len(instance["fixed"]), "at": utcnow().isoformat(timespec="seconds"),
    }
    record("schedule", "event", event.id, {"last_run": [None, event.last_run]}, user)
    db.session.flush()
    return event.last_run


def _meeting_at(event, participant, slot):
    return db.session.scalar(select(Meeting).where(
        Meeting.event_id == event.id, Meeting.slot == slot,
        (Meeting.buyer_id == participant.id) | (Meeting.supplier_id == participant.id)))


def _free_table(event, slot, wanted=None):
    taken = set(db.session.scalars(select(Meeting.table_number).filter_by(event_id=event.id, slot=slot)))
    if wanted is not None:
        if not 0 <= wanted < event.tables or wanted in taken:
            raise EventError(_l("Table %(table)s is not free in that slot.", table=wanted + 1))
        return wanted
    free = [t for t in range(event.tables) if t not in taken]
    if not free:
        raise EventError(_l("Every table is taken in that slot."))
    return free[0]


def _check_interpreter(event, buyer, slot):
    if not buyer.interpreter:
        return
    used = sum(1 for m in db.session.scalars(select(Meeting).filter_by(event_id=event.id, slot=slot))
               if m.buyer.interpreter == buyer.interpreter)
    if used >= int((event.interpreters or {}).get(buyer.interpreter, 0)):
        raise EventError(_l("No %(language)s interpreter is free in that slot.", language=buyer.interpreter))


def _ensure_accepted_request(event, buyer, supplier, user):
    open_requests = between(event, buyer, supplier)
    for meeting_request in open_requests:
        if meeting_request.status == "pending":
            meeting_request.status, meeting_request.answered_at = "accepted", naive_utc_now()
    if not open_requests:
        with background_locale():
            message = str(_l("Added by the organisers."))
        db.session.add(MeetingRequest(event_id=event.id, sender=buyer, recipient=supplier, status="accepted",
                                      message=message, created_by_id=user.id,
                                      answered_at=naive_utc_now()))


def _insert_meeting(meeting):
    """Insert a forced meeting; a concurrent booking of the same participant, slot or table is refused cleanly.

    The checks above read before writing, so two requests can both pass them; the unique constraints decide."""
    savepoint = db.session.begin_nested()
    db.session.add(meeting)
    try:
        savepoint.commit()
    except IntegrityError as error:
        savepoint.rollback()
        raise EventError(_l("That slot was just taken by another booking; reload the page and choose again.")) \
            from error


def add_meeting(event, buyer, supplier, user, slot=None, table=None):
    """Staff add a meeting for a pair: scheduled by the next run, or forced now into `slot` (kept by re-runs)."""
    if buyer.kind != "buyer" or supplier.kind != "supplier" or {buyer.event_id, supplier.event_id} != {event.id}:
        raise EventError(_l("Choose a registered buyer and a registered supplier."))
    _ensure_accepted_request(event, buyer, supplier, user)
    existing = db.session.scalar(select(Meeting).filter_by(event_id=event.id, buyer_id=buyer.id,
                                                           supplier_id=supplier.id))
    if slot is None:
        record("add_meeting", "event", event.id, {"pair": [None, [buyer.name, supplier.name]]}, user,
               supplier_id=supplier.supplier_id)
        return existing
    if not 0 <= slot < len(event.slots):
        raise EventError(_l("There is no slot %(slot)s.", slot=slot + 1))
    if existing is not None:
        db.session.delete(existing)
        db.session.flush()
    for side in (buyer, supplier):
        if _meeting_at(event, side, slot) is not None:
            raise EventError(_l("%(name)s already has a meeting in that slot.", name=side.name))
    _check_interpreter(event, buyer, slot)
    meeting = Meeting(event_id=event.id, buyer=buyer, supplier=supplier, slot=slot,
                      table_number=_free_table(event, slot, table), forced=True, published=event.published)
    _insert_meeting(meeting)
    record("force_meeting", "event", event.id, {"meeting": [None, {"buyer": buyer.name, "supplier": supplier.name,
                                                                   "slot": slot, "table": meeting.table_number}]},
           user, supplier_id=supplier.supplier_id)
    if event.published:
        for side in (buyer, supplier):
            notify_participant(side, _l("A meeting was added to your schedule for %(event)s.", event=event.name))
    return meeting


def remove_meeting(meeting, user):
    """Staff remove a meeting; its pair's requests close so that the next run does not put it back."""
    event_id = meeting.event_id
    buyer, supplier = meeting.buyer, meeting.supplier
    for meeting_request in between(meeting.buyer.event, buyer, supplier):
        meeting_request.status = "removed"
    record("remove_meeting", "event", event_id, {"meeting": [{"buyer": buyer.name, "supplier": supplier.name,
                                                               "slot": meeting.slot,
                                                               "table": meeting.table_number}, None]},
           user, supplier_id=supplier.supplier_id)
    if meeting.published:
        for side in (buyer, supplier):
            notify_participant(side, _l("A meeting was removed from your schedule: %(a)s – %(b)s.",
                                       a=buyer.name, b=supplier.name))
    db.session.delete(meeting)


def participants_by_kind(event, kind):
    """Registered participants of one kind, by name."""
    rows = db.session.scalars(select(Participant).filter_by(event_id=event.id, kind=kind))
    return sorted(rows, key=lambda p: p.name.casefold())
