"""The database proxy, the base model and the fixed-point fields every table uses.

`db` is chosen at run time (SQLite file or PostgreSQL URL, see `connection.open_database`).
Money and percentages are `decimal.Decimal` in Python and integers in the database: cents for
money, hundredths for percentages. Floats are refused, so a float can never leak into a total.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from peewee import BigIntegerField, DatabaseProxy, DateTimeField, IntegerField, Model

db = DatabaseProxy()


class BaseModel(Model):
    """Every table: bound to `db`, snake_case table names."""

    class Meta:
        database = db
        legacy_table_names = False


class ScaledDecimalField(BigIntegerField):
    """A Decimal with `places` decimal places, stored as an integer (value × 10**places).

    Values that are not exact at that scale raise ValueError instead of being rounded behind the
    caller's back: rounding is a business rule and belongs to the service that applies it.
    """

    places = 2

    def db_value(self, value: object) -> int | None:
        if value is None:
            return None
        return to_scaled_int(value, self.places)

    def python_value(self, value: object) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)


class MoneyField(ScaledDecimalField):
    """An amount of money: Decimal in code, integer cents in the database."""

    places = 2


class PercentField(ScaledDecimalField):
    """A percentage such as 12.50 (meaning 12.5 %): Decimal in code, hundredths in the database."""

    places = 2


class QuantityField(ScaledDecimalField):
    """A quantity such as 2.5 (metres, kilograms ...): Decimal in code, thousandths in the database."""

    places = 3


def to_scaled_int(value: object, places: int) -> int:
    """Return `value` × 10**places as an int; refuse floats and values finer than `places`."""
    if isinstance(value, bool | float):
        raise TypeError(f"fixed-point value must be Decimal, int or str, not {type(value).__name__}")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    scaled = number.scaleb(places)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {places} decimal places")
    return int(scaled)


def now() -> dt.datetime:
    """The current local time without microseconds: what every timestamp column stores."""
    return dt.datetime.now().replace(microsecond=0)


class VersionedModel(BaseModel):
    """An editable record with optimistic locking: `version` grows by one on every save.

    `updated_by` holds the user id of the last writer (no foreign key, so that any table can
    carry it without a dependency cycle); `services.locking` does the checked update.
    """

    version = IntegerField(default=1)
    updated_at = DateTimeField(default=now)
    updated_by = IntegerField(null=True)
