"""Large-neighbourhood search: re-solve two slots at a time with CP-SAT, everything else held in place."""
import itertools
import random
import time

import numpy as np

from .cpsat import improve

# The longest one step may run: neighbourhoods are small, so CP-SAT usually closes a step well before this.
_STEP_SECONDS = 3.0


def _free_columns(formulation, columns_by_slot, chosen, slot_of, keep):
    """Promising columns in the chosen slots whose request is unscheduled or scheduled in those slots, plus the
    incumbent's own columns there (they must be free to move even if not promising)."""
    free = []
    for slot in chosen:
        for c in columns_by_slot[slot]:
            current = slot_of[int(formulation.request[c])]
            if current == slot or (c in keep and current in (None, *chosen)):
                free.append(int(c))
    return free


def slot_pair_search(problem, formulation, keep, best, deadline, seed=0):
    """Improve `best` (a scheduling._Best) by re-optimising pairs of slots until no pair improves or `deadline`."""
    rng = random.Random(seed)  # seeded: the same instance and time give the same schedule
    slots = sorted({int(s) for s in formulation.slot})
    columns_by_slot = {s: np.flatnonzero(formulation.slot == s) for s in slots}
    keep = set(keep)
    pairs = list(itertools.combinations(slots, 2))
    rng.shuffle(pairs)
    settled = set()  # pairs proven unable to improve the current incumbent
    while len(settled) < len(pairs) and time.monotonic() < deadline - 0.05:
        for chosen in pairs:
            if chosen in settled:
                continue
            if time.monotonic() >= deadline - 0.05:
                break
            free = _free_columns(formulation, columns_by_slot, chosen, best.slots, keep)
            requests = {int(formulation.request[c]) for c in free}
            held = sum(problem.weights[i] for i in requests if best.slots[i] is not None)
            result = improve(formulation, len(problem), free, best.slots, held + 1,
                             min(deadline, time.monotonic() + _STEP_SECONDS))
            if result.slots is not None:
                merged = list(best.slots)
                for i in requests:
                    merged[i] = result.slots[i]
                best.offer(merged, f"slots {chosen}")
                settled.clear()
            elif result.optimal:
                settled.add(chosen)
