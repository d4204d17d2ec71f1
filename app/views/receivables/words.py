"""Payment methods and aging buckets as the screens show them (translated when shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PaymentWords"

# the methods services.payments accepts, in its order
METHOD_TITLES = {
    "transfer": QT_TRANSLATE_NOOP("PaymentWords", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("PaymentWords", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("PaymentWords", "Cheque"),
    "acceptance": QT_TRANSLATE_NOOP("PaymentWords", "Bank acceptance bill"),
    "card": QT_TRANSLATE_NOOP("PaymentWords", "Card"),
    "other": QT_TRANSLATE_NOOP("PaymentWords", "Other"),
}


def method_title(method: str) -> str:
    """The payment method in the interface language; an unknown one as it is."""
    title = METHOD_TITLES.get(method)
    return QCoreApplication.translate(CONTEXT, title) if title else method
