"""Report periods: parsing, the default half-year, month buckets and the report's bilingual title."""
from datetime import date, datetime, time, timedelta

from ..timeutil import today


class PeriodError(ValueError):
    """A period that cannot be reported on (unreadable date, or start after end)."""


def parse_period(date_from, date_to):
    """Two ISO dates (strings or dates) -> (date, date); raises PeriodError with a readable reason."""
    start, end = _parse(date_from, "from"), _parse(date_to, "to")
    if start > end:
        raise PeriodError(f"the start date {start.isoformat()} is after the end date {end.isoformat()}")
    return start, end


def _parse(value, which):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise PeriodError(f"'{value}' is not a date in the form YYYY-MM-DD (--{which})") from None


def last_full_half_year(on=None):
    """The most recent half-year (1 Jan-30 Jun or 1 Jul-31 Dec) that has ended before `on` (default today)."""
    on = on or today()
    if on.month >= 7:
        return date(on.year, 1, 1), date(on.year, 6, 30)
    return date(on.year - 1, 7, 1), date(on.year - 1, 12, 31)


def current_half_year(on=None):
    """The half-year containing `on` (default today), from its first day up to `on`."""
    on = on or today()
    return (date(on.year, 1, 1) if on.month < 7 else date(on.year, 7, 1)), on


def bounds(date_from, date_to):
    """Datetime bounds [start, end) covering the whole of both dates, for comparisons with timestamps."""
    return datetime.combine(date_from, time.min), datetime.combine(date_to + timedelta(days=1), time.min)


def months(date_from, date_to):
    """Each calendar month touched by the period as (label 'YYYY-MM', start datetime, end datetime), clipped."""
    start, stop = bounds(date_from, date_to)
    result = []
    cursor = start
    while cursor < stop:
        following = datetime(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        result.append((f"{cursor.year:04d}-{cursor.month:02d}", cursor, min(following, stop)))
        cursor = following
    return result


def report_title(date_from, date_to):
    """(Vietnamese title, English subtitle) of the report for the period."""
    year = date_from.year
    if (date_from, date_to) == (date(year, 1, 1), date(year, 6, 30)):
        return f"Báo cáo sáu tháng đầu năm {year}", f"Six-monthly report, first half of {year}"
    if (date_from, date_to) == (date(year, 7, 1), date(year, 12, 31)):
        return f"Báo cáo sáu tháng cuối năm {year}", f"Six-monthly report, second half of {year}"
    return (f"Báo cáo kết quả từ {date_from:%d/%m/%Y} đến {date_to:%d/%m/%Y}",
            f"Activity report, {date_from.isoformat()} to {date_to.isoformat()}")
