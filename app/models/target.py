"""Sales targets (销售目标): an amount per year and month at one of four levels.

`month` 1-12 is a month's target, 0 the annual figure. `level` is "company" (key ""), "team"
(key = team id as text), "industry" (key = the industry name) or "salesperson" (key = user id as
text). Keys are text so that one table holds every level; `services.targets` reads and writes it.
"""

from __future__ import annotations

from peewee import CharField, IntegerField

from app.models.base import MoneyField, VersionedModel

TARGET_LEVELS = ("company", "team", "industry", "salesperson")
ANNUAL = 0  # the month number of the annual figure


class Target(VersionedModel):
    """One target figure: (year, month, level, key) is unique."""

    year = IntegerField()
    month = IntegerField()
    level = CharField(max_length=12)
    key = CharField(max_length=80, default="")
    amount = MoneyField(default=0)

    class Meta:
        indexes = ((("year", "month", "level", "key"), True), (("level", "year"), False))
