"""Show a service error to the user: one place, so every screen words them the same way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.services.errors import (
    AuthenticationError,
    ConflictError,
    LoginThrottled,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from app.views.service_text import translate_field_messages, translate_service_message

# A plain name lupdate knows: translate("Context", "text") is read into the .ts file.
translate = QCoreApplication.translate


def field_messages(exc: ValidationError) -> dict[str, str]:
    """The ValidationError's field -> message, each message translated where possible."""
    return translate_field_messages(exc.fields)


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value) if value else ""


def error_text(exc: ServiceError) -> tuple[str, str]:
    """The (title, message) shown for `exc`; separate from the dialog so tests can check words."""
    if isinstance(exc, ValidationError):
        lines = [f"• {message}" for message in field_messages(exc).values()]
        return translate("Errors", "Please correct the input"), "\n".join(lines) or str(exc)
    if isinstance(exc, ConflictError):
        who = exc.changed_by or translate("Errors", "someone else")
        when = translate("Errors", " ({when})").format(when=_when(exc.changed_at)) if exc.changed_at else ""
        return translate("Errors", "Changed by someone else"), translate(
            "Errors", "This record was changed by {who}{when} after you opened it.\n"
            "Reload it to see the current version; your changes will be lost."
        ).format(who=who, when=when)
    detail = f"\n\n{translate_service_message(str(exc))}" if str(exc) else ""
    if isinstance(exc, PermissionDenied):
        return translate("Errors", "Not allowed"), translate("Errors", "Your role does not allow this action.") + detail
    if isinstance(exc, NotFound):
        return translate("Errors", "Not found"), translate(
            "Errors", "The record no longer exists; it may have been deleted.") + detail
    if isinstance(exc, LoginThrottled):
        return translate("Errors", "Login failed"), throttle_text(exc)
    if isinstance(exc, AuthenticationError):
        return translate("Errors", "Login failed"), translate_service_message(str(exc))
    return translate("Errors", "Error"), translate_service_message(str(exc))


def throttle_text(exc: LoginThrottled) -> str:
    """'Too many failed attempts. Try again in N s.', translated."""
    return translate_service_message(str(exc))


def show_error(parent: QWidget | None, exc: ServiceError) -> bool:
    """Show `exc` in a message box.

    Returns True only for a ConflictError the user chose to reload (the caller then reloads the
    record); False otherwise.
    """
    title, message = error_text(exc)
    if isinstance(exc, ConflictError):
        answer = QMessageBox.question(
            parent, title, message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
    icon = QMessageBox.Icon.Information if isinstance(exc, ValidationError) else QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    return False


class FieldError(QLabel):
    """A small red message under a form field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
