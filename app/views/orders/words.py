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

# The order window's history: records and actions of the order services (others: app.views.audit_words).
RECORD_TITLES = {
    "order": QT_TRANSLATE_NOOP("OrderWords", "Order"),
    "shipment": QT_TRANSLATE_NOOP("OrderWords", "Shipment"),
    "payment": QT_TRANSLATE_NOOP("OrderWords", "Payment"),
}
ACTION_TITLES = {
    "convert": QT_TRANSLATE_NOOP("OrderWords", "Made from a quotation"),
    "lines": QT_TRANSLATE_NOOP("OrderWords", "Change lines"),
    "plan": QT_TRANSLATE_NOOP("OrderWords", "Change payment plan"),
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


def record_title(entity: str) -> str | None:
    """The order window's word for a record of the order; None for other records."""
    return _title(RECORD_TITLES, entity) if entity in RECORD_TITLES else None


def action_title(action: str) -> str | None:
    return _title(ACTION_TITLES, action) if action in ACTION_TITLES else None
