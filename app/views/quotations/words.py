"""The quotation states as the screens show them (translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "QuotationStates"

STATE_TITLES = {
    "draft": QT_TRANSLATE_NOOP("QuotationStates", "Draft"),
    "pending": QT_TRANSLATE_NOOP("QuotationStates", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("QuotationStates", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("QuotationStates", "Rejected"),
    "sent": QT_TRANSLATE_NOOP("QuotationStates", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("QuotationStates", "Accepted by customer"),
    "declined": QT_TRANSLATE_NOOP("QuotationStates", "Declined by customer"),
    "expired": QT_TRANSLATE_NOOP("QuotationStates", "Expired"),
    "converted": QT_TRANSLATE_NOOP("QuotationStates", "Converted to contract"),
}


def state_title(state: str) -> str:
    """The state in the interface language; an unknown state as it is."""
    title = STATE_TITLES.get(state)
    return QCoreApplication.translate(CONTEXT, title) if title else state
