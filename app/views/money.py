"""Money as the screens show it: ¥1,234,567.89 (Decimal in, never float)."""

from __future__ import annotations

from decimal import Decimal

CURRENCY_SIGN = "¥"


def format_money(amount: Decimal | None, sign: str = CURRENCY_SIGN) -> str:
    """`amount` with thousands separators and two decimals, after the currency sign; "" for None."""
    if amount is None:
        return ""
    value = Decimal(amount).quantize(Decimal("0.01"))
    text = f"{abs(value):,.2f}"
    return f"-{sign}{text}" if value < 0 else f"{sign}{text}"
