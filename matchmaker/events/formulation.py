"""The 0/1 formulation shared by the LP relaxation and CP-SAT: x[request, slot] with packing rows."""
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Formulation:
    """Columns are (open request, slot) pairs; every row reads `sum of its columns <= rhs`."""

    request: np.ndarray  # column -> open request index
    slot: np.ndarray  # column -> slot
    weight: np.ndarray  # column -> scaled integer weight
    rows: list[list[int]]  # row -> columns
    rhs: list[int]
    _rows_of: list | None = field(default=None, repr=False)

    @property
    def columns(self):
        return len(self.request)

    def rows_of_columns(self):
        """Return, per column, the rows it appears in (computed once)."""
        if self._rows_of is None:
            self._rows_of = [[] for _ in range(self.columns)]
            for r, members in enumerate(self.rows):
                for c in members:
                    self._rows_of[c].append(r)
        return self._rows_of

    def incidence(self):
        """Return (row, column) index arrays of the nonzero entries."""
        row_of = np.repeat(np.arange(len(self.rows)), [len(r) for r in self.rows])
        column_of = np.fromiter((c for r in self.rows for c in r), dtype=np.int64, count=len(row_of))
        return row_of, column_of


def formulate(problem):
    """Build the packing formulation of an `OpenProblem`, skipping rows that can never bind."""
    requests, slots, rows, rhs = [], [], [], []
    by_seat, by_slot, by_language = {}, {}, {}
    for i, candidates in enumerate(problem.candidate_slots):
        row = []
        for slot in candidates:
            column = len(requests)
            requests.append(i)
            slots.append(slot)
            row.append(column)
            by_slot.setdefault(slot, []).append(column)
            for p in problem.ends[i]:
                by_seat.setdefault((p, slot), []).append(column)
            if problem.languages[i]:
                by_language.setdefault((problem.languages[i], slot), []).append(column)
        rows.append(row)  # a pair meets at most once
        rhs.append(1)
    for columns in by_seat.values():
        if len(columns) > 1:
            rows.append(columns)
            rhs.append(1)
    for slot, columns in by_slot.items():
        if len(columns) > problem.table_capacity[slot]:
            rows.append(columns)
            rhs.append(problem.table_capacity[slot])
    for (language, slot), columns in by_language.items():
        if len(columns) > problem.language_capacity[language][slot]:
            rows.append(columns)
            rhs.append(problem.language_capacity[language][slot])
    request = np.array(requests, dtype=np.int64)
    weight = np.array(problem.weights, dtype=np.float64)[request] if len(request) else np.zeros(0)
    return Formulation(request, np.array(slots, dtype=np.int64), weight, rows, rhs)
