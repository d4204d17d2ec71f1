"""Commission words as the screens show them (translated when shown): statement states, bases,
scopes, tier modes and source kinds."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CommissionWords"

STATE_TITLES = {
    "draft": QT_TRANSLATE_NOOP("CommissionWords", "Draft"),
    "approved": QT_TRANSLATE_NOOP("CommissionWords", "Approved"),
    "paid": QT_TRANSLATE_NOOP("CommissionWords", "Paid"),
}
BASIS_TITLES = {
    "collected": QT_TRANSLATE_NOOP("CommissionWords", "Collected"),
    "signed": QT_TRANSLATE_NOOP("CommissionWords", "Signed"),
    "shipped": QT_TRANSLATE_NOOP("CommissionWords", "Shipped"),
}
SCOPE_TITLES = {
    "all": QT_TRANSLATE_NOOP("CommissionWords", "Everyone"),
    "product_line": QT_TRANSLATE_NOOP("CommissionWords", "Product line"),
    "team": QT_TRANSLATE_NOOP("CommissionWords", "Team"),
    "salesperson": QT_TRANSLATE_NOOP("CommissionWords", "Salesperson"),
}
MODE_TITLES = {
    "whole": QT_TRANSLATE_NOOP("CommissionWords", "Whole amount"),
    "marginal": QT_TRANSLATE_NOOP("CommissionWords", "Marginal"),
}
SOURCE_TITLES = {
    "payment": QT_TRANSLATE_NOOP("CommissionWords", "Payment"),
    "order": QT_TRANSLATE_NOOP("CommissionWords", "Order"),
    "shipment": QT_TRANSLATE_NOOP("CommissionWords", "Shipment"),
    "adjustment": QT_TRANSLATE_NOOP("CommissionWords", "Adjustment"),
}


def _title(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[key]) if key in table else key


def state_title(state: str) -> str:
    return _title(STATE_TITLES, state)


def basis_title(basis: str) -> str:
    return _title(BASIS_TITLES, basis)


def scope_title(scope: str) -> str:
    return _title(SCOPE_TITLES, scope)


def mode_title(mode: str) -> str:
    return _title(MODE_TITLES, mode)


def source_title(kind: str) -> str:
    return _title(SOURCE_TITLES, kind)


def plain_number(value: Decimal) -> str:
    """A rate or tier start without trailing zeros: 2.50 -> "2.5", 80.00 -> "80"."""
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent_text(value: Decimal | None) -> str:
    """12.50 % ; "" for None (no target: no attainment)."""
    return "" if value is None else f"{Decimal(value):.2f} %"


def attainment_text(value: Decimal | None) -> str:
    """The attainment as shown in the statement list ("no target" when there is none)."""
    if value is None:
        return QCoreApplication.translate("CommissionWords", "no target")  # literal context: lupdate reads it
    return percent_text(value)
