"""The words of the "My target" workbench section (services.target_workbench), for the .ts file:
ExtrasRow shows a section's name and its rows' field names through the "WorkbenchExtras" context
(`field_title`), and lupdate reads only the literal texts marked here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TARGET_SECTION_TEXTS = (
    QT_TRANSLATE_NOOP("WorkbenchExtras", "My target"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Period"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Target"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Actual"),
    QT_TRANSLATE_NOOP("WorkbenchExtras", "Attainment"),
)
