"""Numbered meeting slots from an event's sessions, breaks and meeting length (pure: plain data in and out)."""
import re
from datetime import date, datetime, time, timedelta

# "2026-10-15 08:30-12:00": one session (or break) per line, local time.
_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$")


def _clock(text):
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def parse_periods(text):
    """Parse 'YYYY-MM-DD HH:MM-HH:MM' lines into period dicts; raise ValueError naming the bad line."""
    periods = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        found = _LINE.match(line)
        if not found:
            raise ValueError(f"line {number}: write it as 2026-10-15 08:30-12:00")
        try:
            day = date.fromisoformat(found[1])
            start, end = _clock(found[2]), _clock(found[3])
        except ValueError as error:
            raise ValueError(f"line {number}: {error}") from error
        if end <= start:
            raise ValueError(f"line {number}: the end must be after the start")
        periods.append({"date": day.isoformat(), "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")})
    return sorted(periods, key=lambda p: (p["date"], p["start"]))


def format_periods(periods):
    """The inverse of parse_periods: one 'YYYY-MM-DD HH:MM-HH:MM' line per period."""
    return "\n".join(f"{p['date']} {p['start']}-{p['end']}" for p in periods or [])


def _bounds(period):
    day = date.fromisoformat(period["date"])
    return (datetime.combine(day, _clock(period["start"])), datetime.combine(day, _clock(period["end"])))


def slot_times(sessions, breaks, minutes):
    """(start, end) local datetimes of each slot: back-to-back meetings filling each session, skipping breaks.

    A slot never overlaps a break and never runs past its session's end; after a break, slots restart at the
    break's end."""
    if not minutes or minutes <= 0:
        return []
    length = timedelta(minutes=minutes)
    pauses = sorted(_bounds(b) for b in breaks or [])
    slots = []
    for session in sorted(sessions or [], key=lambda p: (p["date"], p["start"])):
        cursor, end = _bounds(session)
        while cursor + length <= end:
            clash = next((p for p in pauses if p[0] < cursor + length and cursor < p[1]), None)
            if clash is not None:
                cursor = clash[1]
                continue
            slots.append((cursor, cursor + length))
            cursor += length
    return slots
