"""CP-SAT search over a subset of the formulation's columns, started from a hint (one worker)."""
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model


@dataclass
class SearchResult:
    """Best slot per open request found (None if nothing beat `at_least`), the proven bound, and optimality."""

    slots: list | None
    bound: int | None
    optimal: bool


def _model(formulation, keep, hint, at_least):
    model = cp_model.CpModel()
    variables = {c: model.new_bool_var(f"x{c}") for c in keep}
    rows_of = formulation.rows_of_columns()
    # Only rows touching a kept column matter; walking just those keeps small neighbourhoods cheap to build.
    for r in sorted({r for c in variables for r in rows_of[c]}):
        present = [variables[c] for c in formulation.rows[r] if c in variables]
        rhs = formulation.rhs[r]
        if len(present) <= rhs:
            continue
        if rhs == 1:
            model.add_at_most_one(present)
        else:
            model.add(cp_model.LinearExpr.sum(present) <= rhs)
    columns = list(variables)
    objective = cp_model.LinearExpr.weighted_sum([variables[c] for c in columns],
                                                 [int(w) for w in formulation.weight[columns]])
    model.maximize(objective)
    if at_least is not None:
        model.add(objective >= at_least)  # only strictly better schedules are of interest
    for c, var in variables.items():
        model.add_hint(var, hint[int(formulation.request[c])] == int(formulation.slot[c]))
    return model, variables


def improve(formulation, requests, keep, hint, at_least, deadline):
    """Search schedules of value >= `at_least` using only columns `keep`; one worker, until `deadline`.

    The returned slots cover only requests that have a column in `keep`; the others are None.
    """
    model, variables = _model(formulation, keep, hint, at_least)
    solver = cp_model.CpSolver()
    # Building the model takes time too, so the limit is what is left of the deadline now.
    solver.parameters.max_time_in_seconds = max(0.05, deadline - time.monotonic())
    solver.parameters.num_workers = 1  # deployment targets one core per solve
    status = solver.solve(model)
    if status == cp_model.INFEASIBLE:
        return SearchResult(None, None, True)  # nothing reaches `at_least` among these columns
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # UNKNOWN (time out before any solution) reports a meaningless bound such as 0: never trust it.
        return SearchResult(None, None, False)
    slots = [None] * requests
    for c, var in variables.items():
        if solver.boolean_value(var):
            slots[int(formulation.request[c])] = int(formulation.slot[c])
    return SearchResult(slots, int(solver.best_objective_bound + 1e-6), status == cp_model.OPTIMAL)
