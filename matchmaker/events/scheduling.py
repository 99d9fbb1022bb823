"""The pure meeting scheduler: contract instance dict in, contract solution dict out (no Flask, no database).

Pipeline: greedy start -> LP relaxation (proven bound) -> LP-guided rounding -> CP-SAT on the columns
that reduced costs say could still improve the schedule.
"""
import logging
import math
import time

import numpy as np

from .cpsat import improve
from .formulation import formulate
from .greedy import greedy_schedule
from .instance import parse_instance
from .neighbourhood import slot_pair_search
from .problem import open_problem
from .relaxation import solve_relaxation

log = logging.getLogger(__name__)

# Share of the time limit the LP may take: it is the only source of a tight proven bound, and on a busy
# machine the large benchmark's LP (17 s alone) took over 60 s.
_LP_SHARE = 0.75
# Above this many promising columns, CP-SAT on the whole model often stalls on one core (measured: 12k
# columns sometimes solve in 25 s, sometimes find nothing in 30 s; 135k find nothing in 100 s), while
# slot-pair neighbourhoods keep improving the schedule, so those take over.
_NEIGHBOURHOOD_FROM = 2000


def _value(problem, slots):
    return sum(w for w, slot in zip(problem.weights, slots, strict=True) if slot is not None)


class _Best:
    """The incumbent schedule and the proven bound, both in scaled integer units of the open problem."""

    def __init__(self, problem, slots, bound):
        self.problem, self.slots, self.value, self.bound = problem, slots, _value(problem, slots), bound

    def offer(self, slots, source):
        value = _value(self.problem, slots)
        if value > self.value:
            log.info("%s improves the schedule: %s -> %s", source, self.value, value)
            self.slots, self.value = slots, value

    def tighten(self, bound):
        self.bound = max(self.value, min(self.bound, bound))

    @property
    def optimal(self):
        return self.value >= self.bound


def _lp_rounding(problem, formulation, relaxation):
    """Place columns in decreasing LP value (heavier first on ties), then fill greedily."""
    values = relaxation.values
    order = np.lexsort((-formulation.weight, -values))
    preferred = [(int(formulation.request[c]), int(formulation.slot[c])) for c in order if values[c] > 1e-6]
    return greedy_schedule(problem, preferred)


def _promising_columns(formulation, relaxation, best):
    """Columns that can appear in a schedule beating the incumbent: value <= LP bound + reduced cost."""
    needed = best.value + 1 - relaxation.bound - 1e-6
    return [int(c) for c in np.flatnonzero(relaxation.reduced_costs >= needed)]


def _optimise(problem, time_limit, started):
    """Run the pipeline on an open problem; return the `_Best` found within the time limit."""
    deadline = started + time_limit
    best = _Best(problem, greedy_schedule(problem), sum(problem.weights))
    log.info("greedy: %s of at most %s", best.value, best.bound)
    if best.optimal:
        return best
    formulation = formulate(problem)
    keep = list(range(formulation.columns))
    relaxation = solve_relaxation(formulation, time_limit * _LP_SHARE)
    if relaxation is not None:
        best.tighten(math.floor(relaxation.bound + 1e-6))
        best.offer(_lp_rounding(problem, formulation, relaxation), "LP rounding")
        log.info("LP: bound %s, incumbent %s after %.2fs", best.bound, best.value, time.monotonic() - started)
        if best.optimal:
            return best
        keep = _promising_columns(formulation, relaxation, best)
        if len(keep) > _NEIGHBOURHOOD_FROM:
            slot_pair_search(problem, formulation, keep, best, (time.monotonic() + deadline) / 2)
            keep = _promising_columns(formulation, relaxation, best)
            log.info("neighbourhoods: %s, %s promising columns after %.2fs", best.value, len(keep),
                     time.monotonic() - started)
        if len(keep) > _NEIGHBOURHOOD_FROM:
            slot_pair_search(problem, formulation, keep, best, deadline)
            return best
    result = improve(formulation, len(problem), keep, best.slots, best.value + 1, deadline)
    if result.slots is not None:
        best.offer(result.slots, "CP-SAT")
    if result.optimal:
        best.tighten(best.value)  # no better schedule exists among the columns that could hold one
    elif result.bound is not None:
        best.tighten(max(best.value, result.bound))
    log.info("CP-SAT: %s of at most %s after %.2fs", best.value, best.bound, time.monotonic() - started)
    return best


def _meetings(instance, problem, slots):
    """Fixed meetings as given, plus each scheduled request at the lowest table free in its slot."""
    meetings = [{"a": m.a, "b": m.b, "slot": m.slot, "table": m.table} for m in instance.fixed]
    taken = {(m.slot, m.table) for m in instance.fixed}
    next_table = [0] * instance.slots
    for i, slot in enumerate(slots):
        if slot is None:
            continue
        while (slot, next_table[slot]) in taken:
            next_table[slot] += 1
        request = instance.requests[problem.requests[i]]
        meetings.append({"a": request.a, "b": request.b, "slot": slot, "table": next_table[slot]})
        taken.add((slot, next_table[slot]))
    return sorted(meetings, key=lambda m: (m["slot"], m["table"]))


def _in_original_units(instance, problem, best):
    """Return (objective, proven bound) in the instance's own weight units."""
    if problem.exact:
        # Dividing integer totals avoids float noise such as 3.7300000000000004.
        return (problem.fixed_weight + best.value) / problem.scale, (problem.fixed_weight + best.bound) / problem.scale
    fixed = sum(instance.requests[m.request].weight for m in instance.fixed)
    chosen = [problem.requests[i] for i, slot in enumerate(best.slots) if slot is not None]
    objective = fixed + sum(instance.requests[r].weight for r in chosen)
    return objective, max(objective, fixed + best.bound / problem.scale + problem.rounding_slack)


def solve_instance(instance, time_limit):
    """Schedule the meetings of a contract instance within `time_limit` seconds; return the contract solution."""
    started = time.monotonic()
    parsed = parse_instance(instance)
    problem = open_problem(parsed)
    best = _optimise(problem, time_limit, started)
    objective, bound = _in_original_units(parsed, problem, best)
    optimal = bound <= objective
    return {
        "meetings": _meetings(parsed, problem, best.slots),
        "objective": objective,
        "bound": objective if optimal else bound,
        "status": "optimal" if optimal else "feasible",
    }
