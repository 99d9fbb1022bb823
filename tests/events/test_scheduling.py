"""The pure scheduler: every schedule obeys the contract's rules, and bad instances are refused clearly."""
import itertools
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.events.checker import check_solution
from matchmaker.events.scheduling import solve_instance

LANGUAGES = ["ja", "ko"]


@st.composite
def instances(draw, max_participants=6, max_slots=4, max_requests=8):
    """Small random instances, fixed meetings included (only ones that obey the rules)."""
    slots = draw(st.integers(1, max_slots))
    tables = draw(st.integers(0, 3))
    ids = [f"P{i}" for i in range(draw(st.integers(2, max_participants)))]
    participants = [
        {"id": pid, "unavailable": sorted(draw(st.sets(st.integers(0, slots - 1), max_size=slots)))} for pid in ids
    ]
    pairs = draw(st.lists(st.sampled_from(list(itertools.combinations(ids, 2))), unique=True, max_size=max_requests))
    weights = st.one_of(st.integers(0, 5), st.sampled_from([0.5, 1.25, 3.73, 1 / 3, 2.0]))
    requests = []
    for a, b in pairs:
        request = {"a": a, "b": b, "weight": draw(weights)}
        language = draw(st.sampled_from([None, None, *LANGUAGES, "fr"]))
        if language:
            request["interpreter"] = language
        requests.append(request)
    instance = {
        "slots": slots,
        "tables": tables,
        "participants": participants,
        "requests": requests,
        "interpreters": {lang: draw(st.integers(0, 2)) for lang in LANGUAGES},
    }
    instance["fixed"] = _valid_fixed(instance, draw(st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99),
                                                                       st.integers(0, 99)), max_size=3)))
    return instance


def _valid_fixed(instance, picks):
    """Turn random picks into fixed meetings, keeping only those that break no rule."""
    fixed = []
    for pick_request, pick_slot, pick_table in picks:
        if not instance["requests"] or not instance["tables"]:
            break
        request = instance["requests"][pick_request % len(instance["requests"])]
        meeting = {"a": request["a"], "b": request["b"], "slot": pick_slot % instance["slots"],
                   "table": pick_table % instance["tables"]}
        candidate = dict(instance, fixed=fixed + [meeting])
        if not _rule_violations(candidate, candidate["fixed"]):
            fixed.append(meeting)
    return fixed


def _rule_violations(instance, meetings):
    """Count rule breaches of a meeting list, written independently of the package's checker."""
    unavailable = {p["id"]: set(p.get("unavailable", [])) for p in instance["participants"]}
    language = {frozenset((r["a"], r["b"])): r.get("interpreter") for r in instance["requests"]}
    seats, tables, pairs, used = set(), set(), set(), {}
    breaches = 0
    for m in meetings:
        pair = frozenset((m["a"], m["b"]))
        breaches += pair in pairs or (m["slot"], m["table"]) in tables or not 0 <= m["table"] < instance["tables"]
        pairs.add(pair)
        tables.add((m["slot"], m["table"]))
        for p in (m["a"], m["b"]):
            breaches += m["slot"] in unavailable[p] or (p, m["slot"]) in seats
            seats.add((p, m["slot"]))
        if language[pair]:
            used[language[pair], m["slot"]] = used.get((language[pair], m["slot"]), 0) + 1
    breaches += sum(n > instance.get("interpreters", {}).get(lang, 0) for (lang, _), n in used.items())
    return breaches


def brute_force_optimum(instance):
    """Best total weight over every way of giving each non-fixed request a slot or none."""
    fixed_pairs = {frozenset((m["a"], m["b"])) for m in instance["fixed"]}
    weight = {frozenset((r["a"], r["b"])): r["weight"] for r in instance["requests"]}
    free = [r for r in instance["requests"] if frozenset((r["a"], r["b"])) not in fixed_pairs and r["weight"] > 0]
    best = 0.0
    for choice in itertools.product([None, *range(instance["slots"])], repeat=len(free)):
        meetings = list(instance["fixed"])
        taken = {(m["slot"], m["table"]) for m in meetings}
        for request, slot in zip(free, choice, strict=True):
            if slot is None:
                continue
            table = next((t for t in range(instance["tables"]) if (slot, t) not in taken), instance["tables"])
            taken.add((slot, table))
            meetings.append({"a": request["a"], "b": request["b"], "slot": slot, "table": table})
        if not _rule_violations(instance, meetings):
            best = max(best, sum(weight[frozenset((m["a"], m["b"]))] for m in meetings))
    return best


common = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@common
@given(instances())
def test_every_schedule_obeys_the_rules(instance):
    solution = solve_instance(instance, time_limit=5)
    assert check_solution(instance, solution) == []
    assert _rule_violations(instance, solution["meetings"]) == 0
    assert solution["bound"] >= solution["objective"]
    assert [(m["slot"], m["table"]) for m in solution["meetings"]] == sorted(
        (m["slot"], m["table"]) for m in solution["meetings"]
    )


@common
@given(instances(max_participants=8, max_slots=4, max_requests=12))
def test_slot_neighbourhood_search_keeps_schedules_valid_and_optimal(instance):
    # Large instances go through slot-pair neighbourhoods first; force that path on small ones.
    with mock.patch("matchmaker.events.scheduling._NEIGHBOURHOOD_FROM", 0):
        solution = solve_instance(instance, time_limit=5)
    assert check_solution(instance, solution) == []
    assert solution["objective"] == pytest.approx(solve_instance(instance, time_limit=5)["objective"], abs=1e-5)


@common
@given(instances())
def test_fixed_meetings_stay_put(instance):
    solution = solve_instance(instance, time_limit=5)
    for meeting in instance["fixed"]:
        assert meeting in solution["meetings"]


@common
@given(instances(max_participants=5, max_slots=3, max_requests=5))
def test_tiny_instances_are_solved_to_the_brute_force_optimum(instance):
    solution = solve_instance(instance, time_limit=5)
    assert solution["objective"] == pytest.approx(brute_force_optimum(instance), abs=1e-5)
    if all(round(r["weight"], 2) == r["weight"] for r in instance["requests"]):
        assert solution["status"] == "optimal"
        assert solution["bound"] == solution["objective"]
    else:
        # Weights like 1/3 are rounded for the solver, so the proof only holds to within the rounding.
        assert solution["objective"] <= solution["bound"] <= solution["objective"] + 1e-5


def _instance(**overrides):
    instance = {
        "slots": 2,
        "tables": 5,
        "participants": [{"id": "B1"}, {"id": "B2"}, {"id": "S1"}, {"id": "S2"}, {"id": "S3"}],
        "requests": [{"a": "B1", "b": "S1", "weight": 3.0}, {"a": "B2", "b": "S2", "weight": 1.0}],
    }
    instance.update(overrides)
    return instance


def test_interpreters_limit_meetings_per_slot():
    requests = [{"a": "B1", "b": "S1", "weight": 1, "interpreter": "ja"},
                {"a": "B2", "b": "S2", "weight": 1, "interpreter": "ja"},
                {"a": "B1", "b": "S3", "weight": 1, "interpreter": "ko"}]
    instance = _instance(slots=1, requests=requests, interpreters={"ja": 1, "ko": 0})
    solution = solve_instance(instance, time_limit=5)
    assert solution["objective"] == 1 and solution["status"] == "optimal"
    assert check_solution(instance, solution) == []
    two_slots = dict(instance, slots=2)
    assert sorted(m["slot"] for m in solve_instance(two_slots, time_limit=5)["meetings"]) == [0, 1]


def test_request_needing_an_absent_language_is_never_scheduled():
    instance = _instance(requests=[{"a": "B1", "b": "S1", "weight": 5, "interpreter": "fr"}])
    assert solve_instance(instance, time_limit=5)["meetings"] == []


def test_unavailable_slots_are_respected():
    participants = [{"id": "B1", "unavailable": [0, 2]}, {"id": "S1", "unavailable": [3]}, {"id": "S2"}]
    requests = [{"a": "B1", "b": "S1", "weight": 1}, {"a": "B1", "b": "S2", "weight": 1}]
    solution = solve_instance(_instance(slots=4, participants=participants, requests=requests), time_limit=5)
    assert sorted(m["slot"] for m in solution["meetings"]) == [1, 3]
    assert solution["meetings"][0]["b"] == "S1"  # slot 1 is the only slot S1 and B1 share


def test_tables_bind_and_the_heavier_request_wins():
    solution = solve_instance(_instance(slots=1, tables=1), time_limit=5)
    assert solution["meetings"] == [{"a": "B1", "b": "S1", "slot": 0, "table": 0}]
    assert solution == {"meetings": solution["meetings"], "objective": 3.0, "bound": 3.0, "status": "optimal"}


def test_fixed_meeting_keeps_its_table_and_others_fill_around_it():
    fixed = [{"a": "S1", "b": "B1", "slot": 1, "table": 0}]
    solution = solve_instance(_instance(slots=2, tables=1, fixed=fixed), time_limit=5)
    assert solution["meetings"] == [{"a": "B2", "b": "S2", "slot": 0, "table": 0}, fixed[0]]
    assert solution["objective"] == 4.0


def test_decimal_weights_are_reported_exactly():
    requests = [{"a": "B1", "b": "S1", "weight": 0.1}, {"a": "B2", "b": "S2", "weight": 0.2}]
    solution = solve_instance(_instance(requests=requests), time_limit=5)
    assert solution["objective"] == 0.3 and solution["bound"] == 0.3 and solution["status"] == "optimal"


def test_weights_without_a_decimal_scale_still_give_a_proven_bound():
    requests = [{"a": "B1", "b": "S1", "weight": 1 / 3}, {"a": "B1", "b": "S2", "weight": 2 / 7}]
    instance = _instance(slots=1, requests=requests)
    solution = solve_instance(instance, time_limit=5)
    assert check_solution(instance, solution) == []
    assert solution["objective"] == pytest.approx(1 / 3)


def test_a_larger_random_instance_is_valid_and_bounded():
    instance = _generated(buyers=12, suppliers=30, slots=6, requests=120, seed=7)
    solution = solve_instance(instance, time_limit=10)
    assert check_solution(instance, solution) == []
    assert solution["bound"] >= solution["objective"] > 0


@pytest.mark.slow
def test_a_short_time_limit_never_claims_a_bound_below_a_known_schedule():
    instance = _generated(buyers=30, suppliers=80, slots=8, requests=500, seed=3)
    short = solve_instance(instance, time_limit=0.3)
    longer = solve_instance(instance, time_limit=10)
    assert check_solution(instance, short) == [] and check_solution(instance, longer) == []
    assert short["bound"] >= longer["objective"]
    assert longer["bound"] >= short["objective"]


def _generated(buyers, suppliers, slots, requests, seed):
    import random

    rng = random.Random(seed)
    ids = [f"B{i}" for i in range(buyers)] + [f"S{i}" for i in range(suppliers)]
    participants = [{"id": pid, "unavailable": rng.sample(range(slots), rng.randint(0, slots // 2))} for pid in ids]
    pairs = rng.sample([(f"B{b}", f"S{s}") for b in range(buyers) for s in range(suppliers)], requests)
    reqs = [{"a": a, "b": b, "weight": round(rng.choice([1.0, 3.0]) + rng.random(), 2),
             **({"interpreter": rng.choice(LANGUAGES)} if rng.random() < 0.3 else {})} for a, b in pairs]
    return {"slots": slots, "tables": buyers // 2, "participants": participants, "requests": reqs,
            "interpreters": {"ja": 2, "ko": 1}, "fixed": []}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"requests": [{"a": "B1", "b": "S9", "weight": 1}]}, "unknown participant 'S9'"),
        ({"requests": [{"a": "B1", "b": "B1"}]}, "cannot meet itself"),
        ({"requests": [{"a": "B1", "b": "S1"}, {"a": "S1", "b": "B1"}]}, "duplicate request for the pair"),
        ({"requests": [{"a": "B1", "b": "S1", "weight": -1}]}, "'weight' must be a finite number >= 0"),
        ({"requests": [{"a": "B1", "b": "S1", "weight": "3"}]}, "'weight' must be a finite number"),
        ({"slots": 0}, "'slots' must be an integer >= 1"),
        ({"tables": "40"}, "'tables' must be an integer"),
        ({"participants": [{"id": "B1"}, {"id": "B1"}]}, "duplicate participant id 'B1'"),
        ({"participants": [{"id": "B1", "unavailable": [7]}]}, "'unavailable' must list slot numbers 0..1"),
        ({"interpreters": {"ja": -1}}, "interpreters\\['ja'\\] must be an integer >= 0"),
        ({"fixed": [{"a": "B1", "b": "S3", "slot": 0, "table": 0}]}, "is not the pair of any request"),
        ({"fixed": [{"a": "B1", "b": "S1", "slot": 2, "table": 0}]}, "'slot' must be in 0..1"),
        ({"fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 5}]}, "'table' must be in 0..4"),
        ({"fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 1}, {"a": "B2", "b": "S2", "slot": 0, "table": 1}]},
         "table 1 in slot 0 is already taken"),
        ({"participants": [{"id": "B1", "unavailable": [0]}, {"id": "S1"}],
          "requests": [{"a": "B1", "b": "S1"}], "fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 0}]},
         "'B1' is unavailable in slot 0"),
        ({"requests": [{"a": "B1", "b": "S1"}, {"a": "B1", "b": "S2"}],
          "fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 0}, {"a": "B1", "b": "S2", "slot": 0, "table": 1}]},
         "'B1' already meets in slot 0"),
        ({"requests": [{"a": "B1", "b": "S1", "interpreter": "ja"}], "interpreters": {"ja": 0},
          "fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 0}]}, "needs more 'ja' interpreters"),
        ({"fixed": [{"a": "B1", "b": "S1", "slot": 0, "table": 0}, {"a": "S1", "b": "B1", "slot": 1, "table": 0}]},
         "already meets in fixed\\[0\\]"),
    ],
)
def test_invalid_instances_are_refused_with_a_clear_message(change, message):
    with pytest.raises(ValueError, match=message):
        solve_instance(_instance(**change), time_limit=1)


def test_a_non_object_instance_is_refused():
    with pytest.raises(ValueError, match="must be a JSON object"):
        solve_instance([], time_limit=1)


@pytest.mark.parametrize(
    ("meetings", "objective", "status", "complaint"),
    [
        ([{"a": "B1", "b": "S1", "slot": 0, "table": 0}, {"a": "B1", "b": "S2", "slot": 0, "table": 1}],
         4.0, "feasible", "'B1' already meets in slot 0"),
        ([{"a": "B1", "b": "S1", "slot": 0, "table": 0}, {"a": "B2", "b": "S2", "slot": 0, "table": 0}],
         4.0, "feasible", "table 0 in slot 0 already used"),
        ([{"a": "B1", "b": "S1", "slot": 0, "table": 0}, {"a": "S1", "b": "B1", "slot": 1, "table": 0}],
         6.0, "feasible", "already meet"),
        ([{"a": "B1", "b": "S3", "slot": 0, "table": 0}], 0.0, "feasible", "not the pair of any request"),
        ([{"a": "B1", "b": "S1", "slot": 2, "table": 0}], 3.0, "feasible", "slot 2 outside"),
        ([{"a": "B1", "b": "S1", "slot": 0, "table": 0}], 4.0, "feasible", "differs from the scheduled weight"),
        ([{"a": "B1", "b": "S1", "slot": 0, "table": 0}], 3.0, "optimal", "bound 9.0 differs"),
    ],
)
def test_checker_reports_broken_schedules(meetings, objective, status, complaint):
    requests = [{"a": "B1", "b": "S1", "weight": 3.0}, {"a": "B1", "b": "S2", "weight": 1.0},
                {"a": "B2", "b": "S2", "weight": 1.0}]
    solution = {"meetings": meetings, "objective": objective, "bound": 9.0, "status": status}
    problems = check_solution(_instance(requests=requests), solution)
    assert any(complaint in p for p in problems), problems


def test_checker_reports_moved_fixed_meetings_and_interpreter_overuse():
    requests = [{"a": "B1", "b": "S1", "weight": 1, "interpreter": "ja"},
                {"a": "B2", "b": "S2", "weight": 1, "interpreter": "ja"}]
    fixed = [{"a": "B1", "b": "S1", "slot": 0, "table": 0}]
    instance = _instance(requests=requests, interpreters={"ja": 1}, fixed=fixed)
    meetings = [{"a": "B1", "b": "S1", "slot": 1, "table": 0}, {"a": "B2", "b": "S2", "slot": 1, "table": 1}]
    problems = check_solution(instance, {"meetings": meetings, "objective": 2, "bound": 2, "status": "optimal"})
    assert any("fixed[0]" in p and "missing or changed" in p for p in problems)
    assert any("need 'ja' but only 1 interpreters" in p for p in problems)
