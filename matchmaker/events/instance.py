"""Parse and validate an event scheduling instance (interchange contract, "Event scheduling instance")."""
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    """One requested meeting between participants `a` and `b`."""

    a: str
    b: str
    weight: float
    language: str | None


@dataclass(frozen=True)
class FixedMeeting:
    """An already-published meeting, kept exactly as given; `request` indexes `Instance.requests`."""

    a: str
    b: str
    slot: int
    table: int
    request: int


@dataclass(frozen=True)
class Instance:
    """A validated instance: every reference resolved, every fixed meeting consistent with the rules."""

    slots: int
    tables: int
    participants: tuple[str, ...]
    unavailable: dict[str, frozenset[int]]
    requests: tuple[Request, ...]
    interpreters: dict[str, int]
    fixed: tuple[FixedMeeting, ...]


def pair_key(a, b):
    """Return the order-independent key of a pair of participants."""
    return (a, b) if a <= b else (b, a)


def _is_int(value):
    # bool is an int subclass, but `"slots": true` is a typo, not a count.
    return isinstance(value, int) and not isinstance(value, bool)


def _count(data, key, minimum):
    value = data.get(key)
    if not _is_int(value) or value < minimum:
        raise ValueError(f"{key!r} must be an integer >= {minimum}, got {value!r}")
    return value


def _list(data, key):
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list, got {type(value).__name__}")
    return value


def _participants(data, slots):
    unavailable = {}
    for i, item in enumerate(_list(data, "participants")):
        where = f"participants[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise ValueError(f"{where}: needs a non-empty string 'id'")
        if item["id"] in unavailable:
            raise ValueError(f"{where}: duplicate participant id {item['id']!r}")
        busy = item.get("unavailable", [])
        if not isinstance(busy, list) or not all(_is_int(s) and 0 <= s < slots for s in busy):
            raise ValueError(f"{where}: 'unavailable' must list slot numbers 0..{slots - 1}, got {busy!r}")
        unavailable[item["id"]] = frozenset(busy)
    return unavailable


def _interpreters(data):
    value = data.get("interpreters") or {}
    if not isinstance(value, dict):
        raise ValueError("'interpreters' must be an object mapping a language to a count")
    for language, count in value.items():
        if not _is_int(count) or count < 0:
            raise ValueError(f"interpreters[{language!r}] must be an integer >= 0, got {count!r}")
    return dict(value)


def _request(i, item, unavailable):
    where = f"requests[{i}]"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: must be an object")
    a, b = item.get("a"), item.get("b")
    for side, pid in (("a", a), ("b", b)):
        if pid not in unavailable:
            raise ValueError(f"{where}: unknown participant {pid!r} in {side!r}")
    if a == b:
        raise ValueError(f"{where}: a participant cannot meet itself ({a!r})")
    # A missing weight counts as 1: every request is worth scheduling unless told otherwise.
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight < 0:
        raise ValueError(f"{where}: 'weight' must be a finite number >= 0, got {weight!r}")
    language = item.get("interpreter")
    if language is not None and (not isinstance(language, str) or not language):
        raise ValueError(f"{where}: 'interpreter' must be a language code, got {language!r}")
    return Request(a, b, float(weight), language)


def _requests(data, unavailable):
    requests, seen = [], {}
    for i, item in enumerate(_list(data, "requests")):
        request = _request(i, item, unavailable)
        key = pair_key(request.a, request.b)
        if key in seen:
            # A pair meets at most once, so two requests for it would make the objective ambiguous.
            raise ValueError(
                f"requests[{i}]: duplicate request for the pair {request.a!r}/{request.b!r} "
                f"(also requests[{seen[key]}]); merge them into one request"
            )
        seen[key] = i
        requests.append(request)
    return requests, seen


def _fixed_meeting(i, item, slots, tables, by_pair):
    where = f"fixed[{i}]"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: must be an object")
    a, b, slot, table = item.get("a"), item.get("b"), item.get("slot"), item.get("table")
    if not _is_int(slot) or not 0 <= slot < slots:
        raise ValueError(f"{where}: 'slot' must be in 0..{slots - 1}, got {slot!r}")
    if not _is_int(table) or not 0 <= table < tables:
        raise ValueError(f"{where}: 'table' must be in 0..{tables - 1}, got {table!r}")
    if not isinstance(a, str) or not isinstance(b, str) or pair_key(a, b) not in by_pair:
        raise ValueError(f"{where}: {a!r}/{b!r} is not the pair of any request")
    return FixedMeeting(a, b, slot, table, by_pair[pair_key(a, b)])


def _check_fixed(fixed, unavailable, requests, interpreters):
    """Refuse fixed meetings that break a rule: the solver can never repair a published meeting."""
    seen_pair, seen_seat, seen_table, language_use = {}, {}, {}, {}
    for i, meeting in enumerate(fixed):
        where = f"fixed[{i}]"
        if meeting.request in seen_pair:
            other = seen_pair[meeting.request]
            raise ValueError(f"{where}: the pair {meeting.a!r}/{meeting.b!r} already meets in fixed[{other}]")
        seen_pair[meeting.request] = i
        if (meeting.slot, meeting.table) in seen_table:
            raise ValueError(
                f"{where}: table {meeting.table} in slot {meeting.slot} is already taken by "
                f"fixed[{seen_table[meeting.slot, meeting.table]}]"
            )
        seen_table[meeting.slot, meeting.table] = i
        for pid in (meeting.a, meeting.b):
            if meeting.slot in unavailable[pid]:
                raise ValueError(f"{where}: {pid!r} is unavailable in slot {meeting.slot}")
            if (pid, meeting.slot) in seen_seat:
                raise ValueError(
                    f"{where}: {pid!r} already meets in slot {meeting.slot} (fixed[{seen_seat[pid, meeting.slot]}])"
                )
            seen_seat[pid, meeting.slot] = i
        language = requests[meeting.request].language
        if language is not None:
            used = language_use[language, meeting.slot] = language_use.get((language, meeting.slot), 0) + 1
            if used > interpreters.get(language, 0):
                raise ValueError(
                    f"{where}: slot {meeting.slot} needs more {language!r} interpreters than the "
                    f"{interpreters.get(language, 0)} available"
                )


def parse_instance(data):
    """Validate a contract-format instance dict and return an `Instance`; raise ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("an instance must be a JSON object")
    slots = _count(data, "slots", 1)
    tables = _count(data, "tables", 0)
    unavailable = _participants(data, slots)
    interpreters = _interpreters(data)
    requests, by_pair = _requests(data, unavailable)
    fixed = [_fixed_meeting(i, item, slots, tables, by_pair) for i, item in enumerate(_list(data, "fixed"))]
    _check_fixed(fixed, unavailable, requests, interpreters)
    return Instance(
        slots=slots,
        tables=tables,
        participants=tuple(unavailable),
        unavailable=unavailable,
        requests=tuple(requests),
        interpreters=interpreters,
        fixed=tuple(fixed),
    )
