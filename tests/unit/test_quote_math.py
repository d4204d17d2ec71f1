"""Quotation arithmetic: per-line half-up rounding, totals as sums of rounded lines, exact large
values, and amounts in Chinese capitals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.quote_math import (
    amount_in_chinese_capitals,
    line_amounts,
    line_net,
    line_tax,
    round_half_up,
    totals,
)

quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000"), places=3)
prices = st.decimals(min_value=Decimal(0), max_value=Decimal("1000000000000"), places=2)
percents = st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2)
line_args = st.tuples(quantities, prices, percents, percents)


def exact_net(quantity: Decimal, price: Decimal, discount: Decimal) -> Decimal:
    """The same formula with Python's unbounded integers (cents × thousandths × hundredths)."""
    units = int(quantity * 1000) * int(price * 100) * (10000 - int(discount * 100))  # scale 10^-9 yuan
    whole, rest = divmod(units, 10**7)  # cents and the remainder below a cent
    return Decimal(whole + (1 if rest * 2 >= 10**7 else 0)).scaleb(-2)


def test_known_lines():
    assert line_net(Decimal("3"), Decimal("33.33"), Decimal("0")) == Decimal("99.99")
    assert line_net(Decimal("1"), Decimal("0.05"), Decimal("50")) == Decimal("0.03")  # 0.025 rounds up
    assert line_net(Decimal("2.5"), Decimal("19.99"), Decimal("10")) == Decimal("44.98")  # 44.9775
    assert line_tax(Decimal("44.98"), Decimal("13")) == Decimal("5.85")  # 5.8474
    assert line_tax(Decimal("0.50"), Decimal("1")) == Decimal("0.01")  # 0.005 rounds up
    assert round_half_up(Decimal("2.345")) == Decimal("2.35")


def test_floats_are_refused():
    with pytest.raises(TypeError):
        line_net(1.5, Decimal("1"), Decimal("0"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        amount_in_chinese_capitals(1.5)  # type: ignore[arg-type]


@given(st.lists(line_args, max_size=30))
def test_totals_equal_the_sum_of_rounded_lines(lines):
    amounts = [line_amounts(*args) for args in lines]
    result = totals(amounts)
    assert result.net_total == sum((a.net for a in amounts), Decimal(0))
    assert result.tax_total == sum((a.tax for a in amounts), Decimal(0))
    assert result.total == result.net_total + result.tax_total
    for a in amounts:
        assert a.net == a.net.quantize(Decimal("0.01")) and a.tax == a.tax.quantize(Decimal("0.01"))


@given(line_args)
def test_net_and_tax_are_exact_and_never_negative(args):
    quantity, price, discount, tax_rate = args
    amounts = line_amounts(quantity, price, discount, tax_rate)
    assert amounts.net == exact_net(quantity, price, discount)
    assert amounts.net >= 0 and amounts.tax >= 0
    assert amounts.tax <= amounts.net  # the tax rate is at most 100 %
    cents_x_hundredths = int(amounts.net * 100) * int(tax_rate * 100)
    whole, rest = divmod(cents_x_hundredths, 10**4)
    assert amounts.tax == Decimal(whole + (1 if rest * 2 >= 10**4 else 0)).scaleb(-2)


def test_large_values_are_exact():
    price = Decimal("999999999999.99")
    assert line_net(Decimal("999999.999"), price, Decimal("0.01")) == exact_net(
        Decimal("999999.999"), price, Decimal("0.01"))
    assert line_net(Decimal("1"), Decimal("1000000000000.00"), Decimal("0")) == Decimal("1000000000000.00")
    assert totals([line_amounts(Decimal("1"), price, Decimal(0), Decimal(13))] * 3).net_total == price * 3


@pytest.mark.parametrize(("amount", "words"), [
    ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    ("0.50", "伍角"),
    ("0.07", "柒分"),
    ("0", "零元整"),
    ("100", "壹佰元整"),
    ("101", "壹佰零壹元整"),
    ("10.5", "壹拾元伍角"),
    ("1005.07", "壹仟零伍元零柒分"),
    ("10000000", "壹仟万元整"),
    ("120000.5", "壹拾贰万元伍角"),
    ("1000010.00", "壹佰万零壹拾元整"),
    ("20000.01", "贰万元零壹分"),
    ("100010000", "壹亿零壹万元整"),
    ("1010101010.10", "壹拾亿壹仟零壹拾万壹仟零壹拾元壹角"),
    ("1000000000000", "壹万亿元整"),
])
def test_amount_in_chinese_capitals(amount, words):
    assert amount_in_chinese_capitals(Decimal(amount)) == words


@pytest.mark.parametrize("amount", ["-1", "0.001", "1e16"])
def test_capitals_refuse_negative_fractional_and_huge(amount):
    with pytest.raises(ValueError):
        amount_in_chinese_capitals(Decimal(amount))


@given(st.decimals(min_value=Decimal(0), max_value=Decimal("999999999999.99"), places=2))
def test_capitals_have_one_zero_at_a_time_and_end_properly(amount):
    words = amount_in_chinese_capitals(amount)
    assert "零零" not in words
    assert words.endswith(("整", "角", "分"))
    assert ("整" in words) == (amount == amount.to_integral_value())
