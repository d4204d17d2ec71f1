"""Order, shipment and payment-method words as the order screens show them (translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "OrderWords"

STATE_TITLES = {
    "draft": QT_TRANSLATE_NOOP("OrderWords", "Draft"),
    "pending": QT_TRANSLATE_NOOP("OrderWords", "Awaiting approval"),
    "confirmed": QT_TRANSLATE_NOOP("OrderWords", "Confirmed"),
    "partially_shipped": QT_TRANSLATE_NOOP("OrderWords", "Partially shipped"),
    "shipped": QT_TRANSLATE_NOOP("OrderWords", "Shipped"),
    "closed": QT_TRANSLATE_NOOP("OrderWords", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("OrderWords", "Cancelled"),
}
SHIPMENT_STATE_TITLES = {
    "draft": QT_TRANSLATE_NOOP("OrderWords", "Draft"),
    "shipped": QT_TRANSLATE_NOOP("OrderWords", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("OrderWords", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("OrderWords", "Cancelled"),
}
METHOD_TITLES = {
    "transfer": QT_TRANSLATE_NOOP("OrderWords", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("OrderWords", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("OrderWords", "Cheque"),
    "acceptance": QT_TRANSLATE_NOOP("OrderWords", "Bank acceptance bill"),
    "card": QT_TRANSLATE_NOOP("OrderWords", "Card"),
    "other": QT_TRANSLATE_NOOP("OrderWords", "Other"),
}

def _title(table: dict[str, str], code: str) -> str:
    title = table.get(code)
    return QCoreApplication.translate(CONTEXT, title) if title else code


def state_title(state: str) -> str:
    """The order state in the interface language; an unknown one as it is."""
    return _title(STATE_TITLES, state)


def shipment_state_title(state: str) -> str:
    return _title(SHIPMENT_STATE_TITLES, state)


def method_title(method: str) -> str:
    return _title(METHOD_TITLES, method)
