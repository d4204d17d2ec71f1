"""The SQL building blocks the KPIs of `reports.kpi` are made of: the `Period` they cover, exact
half-up division in SQL on SQLite and PostgreSQL, month keys without Python functions, money read
from integer cents, and timestamp bounds. They define no figure: what counts is in `reports.kpi`."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import SQL, Case, Expression, Field, PostgresqlDatabase, fn

from app.models.base import db

Key = tuple  # a KPI's group: one value per dimension, in `by` order


@dataclass(frozen=True)
class Period:
    """Dates from `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def ratio(numerator: Decimal, denominator: Decimal, places: int) -> Decimal:
    """numerator / denominator rounded half-up to `places` decimals."""
    return (numerator / denominator).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def postgres() -> bool:
    """True when the open database is PostgreSQL (its SQL differs in a few functions)."""
    return isinstance(db.obj, PostgresqlDatabase)


def month_key(date_field: Field) -> Expression:
    """year × 100 + month of a date column, in SQL that uses no Python function on SQLite."""
    if postgres():
        return fn.to_char(date_field, "YYYYMM").cast("INTEGER")
    return fn.strftime("%Y%m", date_field).cast("INTEGER")


def round_div(numerator: Expression, denominator: Expression | int) -> Expression:
    """round_half_up(numerator / denominator) to an integer, halves away from zero (denominator > 0)."""
    # Literals go in as SQL: next to a MoneyField peewee would convert a bare 2 into 200 cents.
    if postgres():
        return fn.ROUND(numerator.cast("NUMERIC") / denominator)
    two = SQL("2")
    twice = SQL("2") * denominator
    return Case(None, [(numerator >= SQL("0"), (two * numerator + denominator) / twice)],
                SQL("0") - (denominator - two * numerator) / twice)


def money(cents: object) -> Decimal:
    """Integer cents read from SQL (None = 0) as a Decimal with two places."""
    return Decimal(int(cents or 0)).scaleb(-2)


def bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """The period as [start, end) datetimes for timestamp columns."""
    return (dt.datetime.combine(period.start, dt.time.min),
            dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time.min))


def within(column: Field, period: Period) -> Expression:
    """A timestamp `column` on one of the period's days."""
    start, end = bounds(period)
    return (column >= start) & (column < end)


def month_of(value: object) -> dt.date:
    """The first day of the month of a `month_key` value (202603 -> 2026-03-01)."""
    number = int(value)
    return dt.date(number // 100, number % 100, 1)
