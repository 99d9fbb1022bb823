"""Scheduling an event from the database: weights, interpreters, availability, fixed meetings, staff edits."""
import pytest
from sqlalchemy import select

from matchmaker.events import requests, scheduling_service
from matchmaker.events.checker import check_solution
from matchmaker.events.models import Meeting
from matchmaker.events.scheduling import solve_instance
from matchmaker.events.services import EventError, publish_schedule
from matchmaker.extensions import db


@pytest.fixture
def fair(make_event, make_buyer, make_supplier, register_for, staff_user):
    """Two buyers (one needs a Japanese interpreter, one attends slots 0-1 only) and three suppliers."""
    event = make_event()
    b1, b2 = make_buyer(), make_buyer("Daehan Electronics Vina")
    s1, s2, s3 = make_supplier(), make_supplier("Công ty TNHH Cơ khí Phú Phong"), make_supplier("Công ty Nhựa Đông Á")
    people = {"b1": register_for(event, b1, interpreter="ja"), "b2": register_for(event, b2, slots=[0, 1]),
              "s1": register_for(event, s1), "s2": register_for(event, s2), "s3": register_for(event, s3)}
    users = {"b1": b1, "b2": b2, "s1": s1, "s2": s2, "s3": s3}

    def ask(sender, recipient, accept):
        meeting_request = requests.send_request(event, people[sender], people[recipient], "", users[sender])
        if accept:
            requests.answer_request(meeting_request, True, users[recipient])
        return meeting_request

    ask("b1", "s1", True)
    ask("s2", "b1", False)
    ask("b2", "s1", True)
    db.session.commit()
    return event, people, ask, staff_user


def _placement(event):
    return {(m.buyer_id, m.supplier_id): (m.slot, m.table_number) for m in scheduling_service.event_meetings(event)}


def test_the_instance_carries_weights_interpreters_and_availability(fair):
    event, people, _, _ = fair
    instance = build = scheduling_service.build_instance(event, scores={(people["b1"].id, people["s1"].id): 0.5})
    weights = {(r["a"], r["b"]): r["weight"] for r in build["requests"]}
    assert weights[people["b1"].code, people["s1"].code] == 3.5  # mutual plus the match score
    assert weights[people["b1"].code, people["s2"].code] == 1.0  # one-sided, still waiting for an answer
    assert all(r.get("interpreter") == "ja" for r in instance["requests"] if r["a"] == people["b1"].code)
    assert instance["interpreters"] == {"ja": 1, "ko": 0, "en": 0}
    unavailable = {p["id"]: p["unavailable"] for p in instance["participants"]}
    assert unavailable[people["b2"].code] == [2, 3] and unavailable[people["s1"].code] == []


def test_solver_output_obeys_every_rule(fair):
    event = fair[0]
    instance = scheduling_service.build_instance(event)
    solution = solve_instance(instance, 2)
    assert check_solution(instance, solution) == []
    assert solution["status"] == "optimal" and len(solution["meetings"]) == 3


def test_rescheduling_keeps_published_and_forced_meetings(fair):
    event, people, ask, staff = fair
    forced = scheduling_service.add_meeting(event, people["b2"], people["s3"], staff, slot=1, table=2)
    run = scheduling_service.run_scheduler(event, staff, time_limit=2)
    assert run["status"] == "optimal" and run["greedy"] is not None and run["greedy"] <= run["objective"]
    publish_schedule(event, staff)
    db.session.commit()
    published = _placement(event)
    assert published[people["b2"].id, people["s3"].id] == (1, 2) and forced.forced

    ask("s3", "b1", True)  # a late request after publication
    db.session.commit()
    scheduling_service.run_scheduler(event, staff, time_limit=2)
    db.session.commit()
    after = _placement(event)
    assert {pair: after[pair] for pair in published} == published
    assert (people["b1"].id, people["s3"].id) in after
    assert check_solution(scheduling_service.build_instance(event), {
        "meetings": [{"a": m.buyer.code, "b": m.supplier.code, "slot": m.slot, "table": m.table_number}
                     for m in scheduling_service.event_meetings(event)],
        "objective": event.last_run["objective"], "bound": event.last_run["bound"],
        "status": event.last_run["status"]}) == []


def test_staff_remove_a_meeting_and_the_scheduler_leaves_it_out(fair, login):
    event, people, _, staff = fair
    scheduling_service.run_scheduler(event, staff, time_limit=2)
    db.session.commit()
    meeting = db.session.scalar(select(Meeting).filter_by(buyer_id=people["b1"].id, supplier_id=people["s1"].id))
    assert login(staff).post(f"/staff/events/meetings/{meeting.id}/remove").status_code == 302
    scheduling_service.run_scheduler(event, staff, time_limit=2)
    db.session.commit()
    assert (people["b1"].id, people["s1"].id) not in _placement(event)


def test_forcing_refuses_a_busy_participant_or_a_missing_interpreter(fair):
    event, people, _, staff = fair
    scheduling_service.add_meeting(event, people["b1"], people["s1"], staff, slot=0)
    with pytest.raises(EventError, match="already has a meeting in that slot"):
        scheduling_service.add_meeting(event, people["b2"], people["s1"], staff, slot=0)
    people["b2"].interpreter = "ja"
    with pytest.raises(EventError, match="interpreter"):  # the only Japanese interpreter is busy in slot 0
        scheduling_service.add_meeting(event, people["b2"], people["s2"], staff, slot=0)
