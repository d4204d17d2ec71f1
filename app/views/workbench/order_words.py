"""The words of the order sections on the workbench (services.order_workbench), for the .ts file:
ExtrasRow shows a section's name and its rows' field names through the "WorkbenchExtras"
context (`field_title`), and lupdate reads only the literal texts marked here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ORDER_SECTION_TEXTS = (
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Contracts to renew"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Overdue instalments"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Order number"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Customer name"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "End date"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Days left"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Due date"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Not paid"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Days overdue"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Salesperson"),
)
