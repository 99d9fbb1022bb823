"""Independent rule checker for schedules: lists every way a solution breaks the contract."""
import math

from .instance import pair_key, parse_instance


def _meeting_fields(i, meeting, instance):
    if not isinstance(meeting, dict):
        return [f"meetings[{i}]: not an object"]
    problems = []
    for side in ("a", "b"):
        if meeting.get(side) not in instance.unavailable:
            problems.append(f"meetings[{i}]: unknown participant {meeting.get(side)!r}")
    for key, limit in (("slot", instance.slots), ("table", instance.tables)):
        value = meeting.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < limit:
            problems.append(f"meetings[{i}]: {key} {value!r} outside 0..{limit - 1}")
    return problems


def _meeting_rules(meetings, instance, by_pair):
    """Check participants, pairs, tables and interpreters; return (violations, weight of valid meetings)."""
    problems, weight = [], 0.0
    seats, tables, pairs, languages = {}, {}, {}, {}
    for i, m in enumerate(meetings):
        field_problems = _meeting_fields(i, m, instance)
        if field_problems:
            problems += field_problems
            continue
        a, b, slot, table = m["a"], m["b"], m["slot"], m["table"]
        key = pair_key(a, b)
        if key not in by_pair:
            problems.append(f"meetings[{i}]: {a!r}/{b!r} is not the pair of any request")
            continue
        if key in pairs:
            problems.append(f"meetings[{i}]: {a!r}/{b!r} already meet in meetings[{pairs[key]}]")
        pairs.setdefault(key, i)
        if (slot, table) in tables:
            other = tables[slot, table]
            problems.append(f"meetings[{i}]: table {table} in slot {slot} already used by meetings[{other}]")
        tables.setdefault((slot, table), i)
        for p in (a, b):
            if slot in instance.unavailable[p]:
                problems.append(f"meetings[{i}]: {p!r} is unavailable in slot {slot}")
            if (p, slot) in seats:
                problems.append(f"meetings[{i}]: {p!r} already meets in slot {slot} (meetings[{seats[p, slot]}])")
            seats.setdefault((p, slot), i)
        request = instance.requests[by_pair[key]]
        weight += request.weight
        if request.language:
            languages[request.language, slot] = languages.get((request.language, slot), 0) + 1
    for (language, slot), used in sorted(languages.items()):
        if used > instance.interpreters.get(language, 0):
            problems.append(
                f"slot {slot}: {used} meetings need {language!r} but only "
                f"{instance.interpreters.get(language, 0)} interpreters exist"
            )
    return problems, weight


def _totals(solution, weight):
    problems = []
    objective, bound, status = solution.get("objective"), solution.get("bound"), solution.get("status")
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (objective, bound))
    if not numbers:
        return [f"objective {objective!r} and bound {bound!r} must be numbers"]
    if not math.isclose(objective, weight, rel_tol=1e-9, abs_tol=1e-9):
        problems.append(f"objective {objective} differs from the scheduled weight {weight}")
    if bound < objective:
        problems.append(f"bound {bound} is below the objective {objective}")
    if status not in ("optimal", "feasible"):
        problems.append(f"status {status!r} is neither 'optimal' nor 'feasible'")
    if status == "optimal" and bound != objective:
        problems.append(f"status is optimal but bound {bound} differs from objective {objective}")
    return problems


def check_solution(instance, solution):
    """Return the list of contract rules the solution breaks for this instance dict (empty when valid)."""
    parsed = parse_instance(instance)
    meetings = solution.get("meetings") if isinstance(solution, dict) else None
    if not isinstance(meetings, list):
        return ["solution must be an object with a 'meetings' list"]
    by_pair = {pair_key(r.a, r.b): i for i, r in enumerate(parsed.requests)}
    problems, weight = _meeting_rules(meetings, parsed, by_pair)
    present = {(m.get("a"), m.get("b"), m.get("slot"), m.get("table")) for m in meetings if isinstance(m, dict)}
    for i, m in enumerate(parsed.fixed):
        if (m.a, m.b, m.slot, m.table) not in present:
            problems.append(f"fixed[{i}] ({m.a!r}/{m.b!r}, slot {m.slot}, table {m.table}) is missing or changed")
    return problems + _totals(solution, weight)
