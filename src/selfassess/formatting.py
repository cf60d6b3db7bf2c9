"""Dates, times and durations written the GOV.UK way ("1 June 2026 at 3:15pm")."""

from datetime import date, datetime, timedelta

from django.utils import timezone


def govuk_date(value: date | datetime | None) -> str:
    """Return a date as '1 June 2026'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{value.day} {value:%B %Y}"


def govuk_time(value: datetime) -> str:
    """Return a time as '3:15pm', 'midday' or 'midnight'."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d}{suffix}" if value.minute else f"{hour}{suffix}"


def govuk_datetime(value: datetime | None) -> str:
    """Return a date and time as '1 June 2026 at 3:15pm'."""
    if value is None:
        return ""
    return f"{govuk_date(value)} at {govuk_time(value)}"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """Return '1 day' or '3 days'."""
    word = singular if count == 1 else (many or singular + "s")
    return f"{count:,} {word}"


def duration(delta: timedelta) -> str:
    """Return a duration in the two largest useful units: '2 days 4 hours', '35 minutes'."""
    seconds = int(abs(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return plural(days, "day") + (f" {plural(hours, 'hour')}" if hours else "")
    if hours:
        return plural(hours, "hour") + (f" {plural(minutes, 'minute')}" if minutes else "")
    return plural(max(minutes, 1) if seconds else 0, "minute")


def countdown(due: datetime | None, now: datetime | None = None) -> str:
    """Return 'Due in 2 days 4 hours' or 'Overdue by 5 hours'."""
    if due is None:
        return ""
    now = now or timezone.now()
    if due >= now:
        return f"Due in {duration(due - now)}"
    return f"Overdue by {duration(now - due)}"
