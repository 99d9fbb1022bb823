"""LP relaxation (GLOP) of the formulation: fractional values, reduced costs and a proven upper bound."""
from dataclasses import dataclass

import numpy as np
from ortools.linear_solver import pywraplp


@dataclass
class Relaxation:
    """What the LP tells the search: column values, reduced costs and the bound they prove."""

    values: np.ndarray
    reduced_costs: np.ndarray
    bound: float


def lagrangian_bound(formulation, duals):
    """Return (bound, reduced costs) for any duals >= 0; valid whether or not the LP finished.

    For y >= 0 and 0 <= x <= 1: w.x <= y.rhs + sum over columns of max(0, w - A'y), so no float
    tolerance of the LP solver can make the bound wrong.
    """
    duals = np.maximum(np.asarray(duals, dtype=np.float64), 0.0)
    row_of, column_of = formulation.incidence()
    priced = np.bincount(column_of, weights=duals[row_of], minlength=formulation.columns)
    reduced = formulation.weight - priced
    bound = float(duals @ np.asarray(formulation.rhs, dtype=np.float64)) + float(np.maximum(reduced, 0.0).sum())
    return bound, reduced


def solve_relaxation(formulation, time_limit):
    """Solve the LP relaxation with GLOP within `time_limit` seconds; None if GLOP is unavailable."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:
        return None
    solver.SetTimeLimit(max(1, int(time_limit * 1000)))
    infinity = solver.infinity()
    columns = [solver.NumVar(0.0, 1.0, "") for _ in range(formulation.columns)]
    constraints = []
    for members, rhs in zip(formulation.rows, formulation.rhs, strict=True):
        constraint = solver.Constraint(-infinity, float(rhs))
        for c in members:
            constraint.SetCoefficient(columns[c], 1.0)
        constraints.append(constraint)
    objective = solver.Objective()
    for column, weight in zip(columns, formulation.weight.tolist(), strict=True):
        objective.SetCoefficient(column, weight)
    objective.SetMaximization()
    status = solver.Solve()
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        duals = np.zeros(len(constraints))
        values = np.zeros(formulation.columns)
    else:
        duals = np.array([c.dual_value() for c in constraints])
        values = np.array([v.solution_value() for v in columns])
    bound, reduced = lagrangian_bound(formulation, duals)
    return Relaxation(values, reduced, bound)
