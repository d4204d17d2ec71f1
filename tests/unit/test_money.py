"""MoneyField and PercentField: exact Decimal round trips through integer columns, floats refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from peewee import fn

from app.models.base import BaseModel, MoneyField, PercentField, db


class Ledger(BaseModel):
    amount = MoneyField()
    rate = PercentField(default=0)


@pytest.fixture
def ledger(database):
    with db.bind_ctx([Ledger]):
        db.create_tables([Ledger])
        yield Ledger


VALUES = ["0.01", "-0.01", "0", "1234.5", "999999999999.99", "-123456789012.34",
          "92233720368547758.07"]  # the last is the largest BIGINT in cents


@pytest.mark.parametrize("text", VALUES)
def test_round_trip_is_exact(ledger, text):
    row = ledger.create(amount=Decimal(text))
    stored = ledger.get_by_id(row.id).amount
    assert stored == Decimal(text)
    assert stored.as_tuple().exponent == -2  # always shown with cents
    raw = db.execute_sql(f"SELECT amount FROM {ledger._meta.table_name} WHERE id = {row.id}").fetchone()[0]
    assert raw == int(Decimal(text) * 100)


def test_sums_in_sql_are_exact(ledger):
    for _ in range(10):
        ledger.create(amount=Decimal("0.10"))
    total = ledger.amount.python_value(ledger.select(fn.SUM(ledger.amount)).scalar())
    assert total == Decimal("1.00")


def test_strings_and_ints_are_accepted(ledger):
    assert ledger.get_by_id(ledger.create(amount="19.99").id).amount == Decimal("19.99")
    assert ledger.get_by_id(ledger.create(amount=7).id).amount == Decimal("7.00")


def test_floats_and_sub_cent_values_are_refused(ledger):
    with pytest.raises(TypeError):
        ledger.create(amount=0.1)
    with pytest.raises(ValueError):
        ledger.create(amount=Decimal("0.001"))
    with pytest.raises(ValueError):
        ledger.create(amount="abc")


def test_percent_field_keeps_two_places(ledger):
    row = ledger.create(amount=1, rate=Decimal("12.5"))
    assert ledger.get_by_id(row.id).rate == Decimal("12.50")
