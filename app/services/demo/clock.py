"""Demo time: moments in office hours on working days over the last 18 months.

Timestamps are made as the text the database stores (`YYYY-MM-DD HH:MM:SS`, what peewee writes
on SQLite and what PostgreSQL reads as a timestamp), so they compare correctly as strings and go
into bulk inserts without conversion.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random

HISTORY_DAYS = 548  # 18 months


class DemoClock:
    """Days numbered 0 (18 months ago) .. HISTORY_DAYS - 1 (yesterday); moments fall on working
    days (a few on Saturdays) between 08:30 and 18:30."""

    def __init__(self, today: dt.date | None = None):
        self.today = today or dt.date.today()
        self.first = self.today - dt.timedelta(days=HISTORY_DAYS)
        self._midnight = dt.datetime.combine(self.first, dt.time())
        self.days = [d for d in range(HISTORY_DAYS)
                     if (self.first + dt.timedelta(days=d)).weekday() < 5 or d % 7 == 3]
        self.last_day = HISTORY_DAYS - 1

    def day_index(self, stamp: str) -> int:
        """The day number of a stamp this clock made."""
        return (dt.date.fromisoformat(stamp[:10]) - self.first).days

    def moment(self, rng: random.Random, first_day: int = 0, last_day: int | None = None) -> tuple[int, str]:
        """(day number, stamp) of a random office-hours moment on a working day in [first_day, last_day]."""
        last = self.last_day if last_day is None else last_day
        low = bisect.bisect_left(self.days, first_day)
        high = bisect.bisect_right(self.days, last)
        day = self.days[rng.randrange(low, high)] if high > low else max(0, min(first_day, self.last_day))
        return day, self.stamp(day, rng.randint(30_600, 66_600))

    def stamp(self, day: int, seconds: int) -> str:
        return str(self._midnight + dt.timedelta(days=day, seconds=seconds))

    def date(self, day: int) -> str:
        return str(self.first + dt.timedelta(days=day))

    def days_ago(self, days: int) -> int:
        """The day number `days` days before today."""
        return HISTORY_DAYS - days
