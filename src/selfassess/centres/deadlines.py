"""When a SAR is due: three days after announcement, optionally in working days."""

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

# The holidays library names the UK's nations as subdivisions of GB.
NATION_SUBDIVISIONS = {"england": "ENG", "wales": "WLS", "scotland": "SCT"}
# Deadlines are counted on the UK's wall clock, so a deadline keeps its time of day
# across the change to or from summer time.
UK = ZoneInfo("Europe/London")


@lru_cache(maxsize=16)
def _bank_holidays(nation: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv=NATION_SUBDIVISIONS[nation], years=year)


def is_working_day(day: date, nation: str) -> bool:
    """Return whether a day is neither a weekend nor a bank holiday in this nation."""
    return day.weekday() < 5 and day not in _bank_holidays(nation, day.year)


def bank_holiday_name(day: date, nation: str) -> str | None:
    """Return the name of the bank holiday on this day in this nation, if there is one."""
    return _bank_holidays(nation, day.year).get(day)


def due_at(
    announced_at: datetime, nation: str, days: int = 3, working_days: bool = False
) -> datetime:
    """Return when the SAR is due for an inspection announced at `announced_at`.

    Calendar days: the same time of day, `days` days later. Working days: the same time
    of day on the `days`-th working day after the announcement, skipping weekends and the
    bank holidays of the centre's nation.
    """
    local = announced_at.astimezone(UK).replace(tzinfo=None)
    if working_days:
        current = local
        counted = 0
        while counted < days:
            current += timedelta(days=1)
            if is_working_day(current.date(), nation):
                counted += 1
    else:
        current = local + timedelta(days=days)
    return current.replace(tzinfo=UK).astimezone(announced_at.tzinfo)
