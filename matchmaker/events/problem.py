"""The open part of an instance once fixed meetings are placed: integer weights, candidate slots, capacities."""
from dataclasses import dataclass

from .instance import pair_key

# Weights are scaled by 10**k (k <= _MAX_DECIMALS) to integers, because CP-SAT only takes integer objectives.
_MAX_DECIMALS = 6
# Keep every sum of scaled weights exactly representable as a float.
_MAX_TOTAL = 2**53


@dataclass
class OpenProblem:
    """Requests still to schedule, as plain lists indexed 0..n-1 for speed."""

    requests: list[int]  # index into Instance.requests
    weights: list[int]  # scaled integer weights
    ends: list[tuple[str, str]]
    languages: list[str | None]
    candidate_slots: list[list[int]]
    table_capacity: list[int]  # tables still free in each slot
    language_capacity: dict[str, list[int]]  # interpreters still free per language and slot
    scale: int
    rounding_slack: float  # most the rounded weights can understate a schedule, in original units
    busy: set[tuple[str, int]]  # (participant, slot) taken by fixed meetings or unavailability
    fixed_weight: int  # scaled weight of the fixed meetings
    exact: bool = True  # whether the scaled weights are exactly the instance's

    def __len__(self):
        return len(self.requests)


def _scale(weights):
    """Pick 10**k making every weight an integer if possible; return (scale, scaled weights, exact)."""
    total = sum(weights) or 1.0
    scale = 1
    for decimals in range(_MAX_DECIMALS + 1):
        if total * 10**decimals >= _MAX_TOTAL:
            break
        scale = 10**decimals
        scaled = [round(w * scale) for w in weights]
        if all(abs(w * scale - s) <= 1e-9 * max(1.0, w * scale) for w, s in zip(weights, scaled, strict=True)):
            return scale, scaled, True
    return scale, [round(w * scale) for w in weights], False


def open_problem(instance):
    """Build the `OpenProblem` of an `Instance`: what remains once its fixed meetings hold their slots."""
    slots = range(instance.slots)
    table_capacity = [instance.tables] * instance.slots
    # A language nobody interprets has capacity 0: its requests cannot be scheduled.
    languages = set(instance.interpreters) | {r.language for r in instance.requests if r.language}
    language_capacity = {lang: [instance.interpreters.get(lang, 0)] * instance.slots for lang in languages}
    busy = {(pid, s) for pid, unavailable in instance.unavailable.items() for s in unavailable}
    fixed_pairs = set()
    for meeting in instance.fixed:
        table_capacity[meeting.slot] -= 1
        language = instance.requests[meeting.request].language
        if language is not None:
            language_capacity[language][meeting.slot] -= 1
        busy.update({(meeting.a, meeting.slot), (meeting.b, meeting.slot)})
        fixed_pairs.add(pair_key(meeting.a, meeting.b))

    scale, scaled, exact = _scale([r.weight for r in instance.requests])
    fixed_weight = sum(scaled[m.request] for m in instance.fixed)
    problem = OpenProblem([], [], [], [], [], table_capacity, language_capacity, scale, 0.0, busy, fixed_weight)
    for index, request in enumerate(instance.requests):
        if pair_key(request.a, request.b) in fixed_pairs or request.weight <= 0:
            continue  # already met, or worth nothing
        language_free = language_capacity[request.language] if request.language else table_capacity
        candidates = [
            s for s in slots
            if table_capacity[s] > 0 and language_free[s] > 0
            and (request.a, s) not in busy and (request.b, s) not in busy
        ]
        if not candidates:
            continue
        problem.requests.append(index)
        problem.weights.append(scaled[index])
        problem.ends.append((request.a, request.b))
        problem.languages.append(request.language)
        problem.candidate_slots.append(candidates)
        if not exact:
            # Rounding down can hide this much of a schedule's true weight; the bound must allow for it.
            problem.rounding_slack += max(0.0, request.weight - scaled[index] / scale)
    problem.exact = exact
    return problem
