"""Slots from sessions, breaks and meeting length."""
import pytest

from matchmaker.events.timetable import format_periods, parse_periods, slot_times


def test_slots_fill_sessions_and_skip_breaks():
    sessions = parse_periods("2026-10-15 08:30-10:00\n2026-10-16 13:30-14:15")
    breaks = parse_periods("2026-10-15 09:10-09:25")
    slots = [f"{s:%d %H:%M}-{e:%H:%M}" for s, e in slot_times(sessions, breaks, 20)]
    # 08:30, 08:50, then 09:10 hits the break and restarts at 09:25; 10:05 would run past the session.
    assert slots == ["15 08:30-08:50", "15 08:50-09:10", "15 09:25-09:45", "16 13:30-13:50", "16 13:50-14:10"]


def test_periods_round_trip_and_bad_lines_are_named():
    text = "2026-10-15 08:30-12:00\n2026-10-15 13:30-17:00"
    assert format_periods(parse_periods(text)) == text
    with pytest.raises(ValueError, match="line 2"):
        parse_periods("2026-10-15 08:30-12:00\n2026-10-15 12:00-11:00")
    with pytest.raises(ValueError, match="line 1"):
        parse_periods("sáng 15/10")
