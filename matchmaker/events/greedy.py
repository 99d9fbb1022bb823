"""Fast starting schedule: weight-ordered first-fit, then insertions that move a blocking meeting aside."""


class _Schedule:
    """A partial slot assignment of an `OpenProblem` with O(1) feasibility checks."""

    def __init__(self, problem):
        self.problem = problem
        self.slot_of = [None] * len(problem)
        self.tables_left = list(problem.table_capacity)
        self.language_left = {lang: list(caps) for lang, caps in problem.language_capacity.items()}
        self.meeting_at = {}  # (participant, slot) -> open request index

    def fits(self, i, slot, ignore=None):
        """Whether request i could go into `slot` (treating request `ignore` as absent)."""
        language = self.problem.languages[i]
        if self.tables_left[slot] <= 0 or (language and self.language_left[language][slot] <= 0):
            return False
        return all(self.meeting_at.get((p, slot), ignore) == ignore for p in self.problem.ends[i])

    def place(self, i, slot):
        self.slot_of[i] = slot
        self.tables_left[slot] -= 1
        if self.problem.languages[i]:
            self.language_left[self.problem.languages[i]][slot] -= 1
        for p in self.problem.ends[i]:
            self.meeting_at[p, slot] = i

    def remove(self, i):
        slot = self.slot_of[i]
        self.slot_of[i] = None
        self.tables_left[slot] += 1
        if self.problem.languages[i]:
            self.language_left[self.problem.languages[i]][slot] += 1
        for p in self.problem.ends[i]:
            del self.meeting_at[p, slot]

    def first_fit(self, i):
        """Place request i in the fitting slot with most tables left (keeps room everywhere); True if placed."""
        best = None
        for slot in self.problem.candidate_slots[i]:
            if self.fits(i, slot) and (best is None or self.tables_left[slot] > self.tables_left[best]):
                best = slot
        if best is None:
            return False
        self.place(i, best)
        return True

    def _move_aside(self, j, avoid):
        """Move placed request j to another fitting slot (not `avoid`); True if moved."""
        for slot in self.problem.candidate_slots[j]:
            if slot != avoid and slot != self.slot_of[j] and self.fits(j, slot):
                self.remove(j)
                self.place(j, slot)
                return True
        return False

    def insert_by_moving(self, i):
        """Place request i in a slot whose only obstacles are its participants' meetings, moving those aside."""
        language = self.problem.languages[i]
        for slot in self.problem.candidate_slots[i]:
            if self.tables_left[slot] <= 0 or (language and self.language_left[language][slot] <= 0):
                continue
            blockers = {self.meeting_at.get((p, slot)) for p in self.problem.ends[i]} - {None}
            moved = []
            for j in blockers:
                if not self._move_aside(j, slot):
                    break
                moved.append(j)
            else:
                if self.fits(i, slot):
                    self.place(i, slot)
                    return True
            for j in moved:  # undo: put the moved meetings back where they were
                self.remove(j)
                self.place(j, slot)
        return False


def greedy_schedule(problem, preferred=()):
    """Return a feasible slot (or None) per open request: `preferred` (request, slot) pairs first, if they fit,
    then the rest by weight, heaviest and hardest to place first."""
    schedule = _Schedule(problem)
    for i, slot in preferred:
        if schedule.slot_of[i] is None and schedule.fits(i, slot):
            schedule.place(i, slot)
    order = sorted(range(len(problem)), key=lambda i: (-problem.weights[i], len(problem.candidate_slots[i])))
    unplaced = [i for i in order if schedule.slot_of[i] is None and not schedule.first_fit(i)]
    for i in unplaced:
        schedule.insert_by_moving(i)
    return schedule.slot_of
