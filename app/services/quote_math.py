"""Quotation arithmetic (DOMAIN.md "Quotation"): pure functions on Decimal, no database.

- line net = round_half_up(quantity × unit price × (1 − discount/100), 2)
- line tax = round_half_up(line net × tax rate/100, 2)
- totals are the sums of the rounded lines, so what is shown, stored and printed always adds up.

Products are computed in a local context with 60 significant digits, so amounts up to 10^12 with
quantities to three decimals are exact before the single rounding step. Floats are refused.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
_CONTEXT = decimal.Context(prec=60, rounding=ROUND_HALF_UP)


def _dec(value: object, name: str) -> Decimal:
    if isinstance(value, bool | float):
        raise TypeError(f"{name} must be Decimal, int or str, not {type(value).__name__}")
    return value if isinstance(value, Decimal) else Decimal(str(value))


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """`value` rounded to `places` decimals, halves away from zero (0.005 -> 0.01)."""
    return _dec(value, "value").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_CONTEXT)


def net_unit_price(unit_price: Decimal, discount: Decimal) -> Decimal:
    """The unit price after the line's discount %, unrounded (what the floor price is compared with)."""
    return _CONTEXT.multiply(_dec(unit_price, "unit_price"),
                             _CONTEXT.subtract(Decimal(1), _CONTEXT.divide(_dec(discount, "discount"), HUNDRED)))


def line_net(quantity: Decimal, unit_price: Decimal, discount: Decimal) -> Decimal:
    """round_half_up(quantity × unit_price × (1 − discount/100), 2)."""
    exact = _CONTEXT.multiply(_dec(quantity, "quantity"), net_unit_price(unit_price, discount))
    return round_half_up(exact)


def line_tax(net: Decimal, tax_rate: Decimal) -> Decimal:
    """round_half_up(net × tax_rate/100, 2)."""
    return round_half_up(_CONTEXT.divide(_CONTEXT.multiply(_dec(net, "net"), _dec(tax_rate, "tax_rate")), HUNDRED))


@dataclass(frozen=True)
class LineAmounts:
    """The rounded amounts of one line."""

    net: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.tax


@dataclass(frozen=True)
class Totals:
    """Sums of rounded lines: net_total + tax_total == total, exactly."""

    net_total: Decimal
    tax_total: Decimal
    total: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, discount: Decimal, tax_rate: Decimal) -> LineAmounts:
    """Net and tax of one line, each rounded half-up to cents."""
    net = line_net(quantity, unit_price, discount)
    return LineAmounts(net, line_tax(net, tax_rate))


def totals(lines: Iterable[LineAmounts]) -> Totals:
    """The quotation's totals: sums of the already rounded line amounts (no second rounding)."""
    net_total = tax_total = Decimal("0.00")
    for line in lines:
        net_total = _CONTEXT.add(net_total, line.net)
        tax_total = _CONTEXT.add(tax_total, line.tax)
    return Totals(net_total, tax_total, _CONTEXT.add(net_total, tax_total))


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
CAPITALS_LIMIT = Decimal(10) ** 16


def _below_10000(n: int) -> str:
    """1..9999 in capitals; inner zeros become one 零, trailing zeros are dropped (1010 -> 壹仟零壹拾)."""
    text, pending_zero = "", False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            pending_zero = pending_zero or bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += _DIGITS[digit] + _SMALL_UNITS[position]
    return text


def _integer_capitals(n: int) -> str:
    """n ≥ 1 in capitals with 万 and 亿; a gap of zeros before a lower part is written as one 零."""
    if n < 10**4:
        return _below_10000(n)
    if n < 10**8:
        high, low = divmod(n, 10**4)
        text = _below_10000(high) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _below_10000(low)
        return text
    high, low = divmod(n, 10**8)
    text = _integer_capitals(high) + "亿"
    if low:
        text += ("零" if low < 10**7 else "") + _integer_capitals(low)
    return text


def amount_in_chinese_capitals(amount: Decimal) -> str:
    """The amount in Chinese financial capitals (大写金额), as written on a quotation or invoice.

    12345.67 -> 壹万贰仟叁佰肆拾伍元陆角柒分; 100 -> 壹佰元整; 1005.07 -> 壹仟零伍元零柒分;
    1000010 -> 壹佰万零壹拾元整; 120000.5 -> 壹拾贰万元伍角; 0.50 -> 伍角; 0 -> 零元整.
    Whole yuan end in 整; a zero 角 between 元 and 分 is written 零. Refuses negative amounts,
    amounts of 10^16 or more and more than two decimals (ValueError), and floats (TypeError).
    """
    value = _dec(amount, "amount")
    if not value.is_finite() or value < 0:
        raise ValueError("the amount in capitals must be a number of at least 0")
    if value >= CAPITALS_LIMIT:
        raise ValueError("the amount is too large to write in capitals")
    cents = value.scaleb(2)
    if cents != cents.to_integral_value():
        raise ValueError(f"{value} has more than two decimal places")
    yuan, rest = divmod(int(cents), 100)
    jiao, fen = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "零元整"
    text = _integer_capitals(yuan) + "元" if yuan else ""
    if rest == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text
