"""When a SAR is due: calendar days, working days and each nation's bank holidays."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from selfassess.centres.deadlines import due_at
from selfassess.centres.services import skipped_bank_holidays

UK = ZoneInfo("Europe/London")


def at(year, month, day, hour=10, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=UK)


def test_three_calendar_days_keep_the_time_of_day_across_the_october_clock_change():
    # Clocks go back on Sunday 25 October 2026.
    announced = at(2026, 10, 23, 10)
    due = due_at(announced, "england", days=3)
    assert due.astimezone(UK) == at(2026, 10, 26, 10)
    # 73 hours of real time: the clocks went back an hour in between.
    assert due.astimezone(dt.UTC) - announced.astimezone(dt.UTC) == dt.timedelta(hours=73)


def test_calendar_days_ignore_weekends_and_bank_holidays():
    assert due_at(at(2026, 12, 24), "england", days=3) == at(2026, 12, 27)


def test_the_due_time_is_returned_in_the_time_zone_it_was_given_in():
    announced = at(2026, 6, 1, 10).astimezone(dt.UTC)
    due = due_at(announced, "england", days=3)
    assert due.tzinfo == dt.UTC
    assert due.astimezone(UK) == at(2026, 6, 4, 10)


def test_working_days_skip_a_weekend():
    # Thursday 5 November 2026: Friday, Monday, Tuesday.
    assert due_at(at(2026, 11, 5), "england", days=3, working_days=True) == at(2026, 11, 10)


def test_working_days_from_a_friday_end_on_the_wednesday():
    assert due_at(at(2026, 11, 6), "england", days=3, working_days=True) == at(2026, 11, 11)


def test_the_english_august_bank_holiday_is_skipped_in_england():
    # Friday 28 August 2026; Monday 31 August is the summer bank holiday in England.
    assert due_at(at(2026, 8, 28), "england", days=3, working_days=True) == at(2026, 9, 3)
    assert due_at(at(2026, 8, 28), "wales", days=3, working_days=True) == at(2026, 9, 3)


def test_31_august_is_a_working_day_in_scotland():
    assert due_at(at(2026, 8, 28), "scotland", days=3, working_days=True) == at(2026, 9, 2)


def test_the_scottish_summer_bank_holiday_on_3_august_is_skipped_in_scotland_only():
    # Friday 31 July 2026.
    assert due_at(at(2026, 7, 31), "scotland", days=3, working_days=True) == at(2026, 8, 6)
    assert due_at(at(2026, 7, 31), "england", days=3, working_days=True) == at(2026, 8, 5)


def test_st_andrews_day_on_monday_30_november_2026_is_skipped_in_scotland_only():
    announced = at(2026, 11, 27)  # a Friday
    assert due_at(announced, "scotland", days=3, working_days=True) == at(2026, 12, 3)
    assert due_at(announced, "england", days=3, working_days=True) == at(2026, 12, 2)


@pytest.mark.parametrize("nation", ["england", "wales", "scotland"])
def test_christmas_and_the_boxing_day_substitute_holiday_are_skipped(nation):
    # Christmas Day is a Friday and Boxing Day a Saturday, so Monday 28 December is a
    # bank holiday too: Tuesday, Wednesday, Thursday.
    assert due_at(at(2026, 12, 24), nation, days=3, working_days=True) == at(2026, 12, 31)


def test_new_year_holidays_in_scotland_run_into_the_next_year():
    # Thursday 31 December 2026: 1 January (Friday) is a holiday everywhere; in Scotland
    # 2 January falls on a Saturday and is made up on Monday 4 January 2027.
    announced = at(2026, 12, 31)
    assert due_at(announced, "england", days=3, working_days=True) == at(2027, 1, 6)
    assert due_at(announced, "scotland", days=3, working_days=True) == at(2027, 1, 7)


def test_the_bank_holidays_skipped_are_named_for_the_check_page():
    announced = at(2026, 8, 28)
    due = due_at(announced, "england", days=3, working_days=True)
    assert skipped_bank_holidays(announced, due, "england") == [
        (dt.date(2026, 8, 31), "Late Summer Bank Holiday")
    ]
    scottish = due_at(announced, "scotland", days=3, working_days=True)
    assert skipped_bank_holidays(announced, scottish, "scotland") == []


def test_a_bank_holiday_on_a_weekend_is_not_listed_as_skipped():
    announced = at(2026, 12, 24)
    due = due_at(announced, "england", days=3, working_days=True)
    assert [day for day, _ in skipped_bank_holidays(announced, due, "england")] == [
        dt.date(2026, 12, 25),
        dt.date(2026, 12, 28),
    ]
