"""Show a service error to the user: one place, so every screen words them the same way."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

# Services word their messages in English; these fixed ones are listed so that lupdate puts them
# in the .ts file under "Services" and `service_text` can show them translated. Messages built
# with names or numbers in them stay English.
SERVICE_MESSAGES = [
    QT_TRANSLATE_NOOP("Services", "Wrong user name or password."),
    QT_TRANSLATE_NOOP("Services", "This account has been deactivated. Ask an administrator."),
    QT_TRANSLATE_NOOP("Services", "At least 8 characters."),
    QT_TRANSLATE_NOOP("Services", "No spaces at the start or end."),
    QT_TRANSLATE_NOOP("Services", "The current password is wrong."),
    QT_TRANSLATE_NOOP("Services", "2-40 letters, digits, '.', '_' or '-'."),
    QT_TRANSLATE_NOOP("Services", "A name is required."),
    QT_TRANSLATE_NOOP("Services", "At most 80 characters."),
    QT_TRANSLATE_NOOP("Services", "At most 20 characters."),
    QT_TRANSLATE_NOOP("Services", "No such team."),
    QT_TRANSLATE_NOOP("Services", "A percentage from 0 to 100 with at most two decimals."),
    QT_TRANSLATE_NOOP("Services", "At least one active administrator must remain."),
    QT_TRANSLATE_NOOP("Services", "You cannot deactivate your own account."),
    QT_TRANSLATE_NOOP("Services", "This database already has users; log in instead."),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def service_text(message: str) -> str:
    """A service's English message, translated when the .ts file has it."""
    return QCoreApplication.translate("Services", message)


def field_messages(exc: ValidationError) -> dict[str, str]:
    """The ValidationError's field -> message, each message translated where possible."""
    return {name: service_text(message) for name, message in exc.fields.items()}


def error_text(exc: ServiceError) -> tuple[str, str]:
    """The (title, message) shown for `exc`; separate from the dialog so tests can check words."""
    if isinstance(exc, ValidationError):
        lines = [f"• {message}" for message in field_messages(exc).values()]
        return _tr("Please correct the input"), "\n".join(lines) or str(exc)
    if isinstance(exc, ConflictError):
        who = exc.changed_by or _tr("someone else")
        when = f" ({exc.changed_at})" if exc.changed_at else ""
        return _tr("Changed by someone else"), _tr(
            "This record was changed by {who}{when} after you opened it.\n"
            "Reload it to see the current version; your changes will be lost."
        ).format(who=who, when=when)
    if isinstance(exc, PermissionDenied):
        detail = f"\n\n{exc}" if str(exc) else ""
        return _tr("Not allowed"), _tr("Your role does not allow this action.") + detail
    if isinstance(exc, NotFound):
        detail = f"\n\n{service_text(str(exc))}" if str(exc) else ""
        return _tr("Not found"), _tr("The record no longer exists; it may have been deleted.") + detail
    if isinstance(exc, LoginThrottled):
        return _tr("Login failed"), throttle_text(exc)
    if isinstance(exc, AuthenticationError):
        return _tr("Login failed"), service_text(str(exc))
    return _tr("Error"), service_text(str(exc))


def throttle_text(exc: LoginThrottled) -> str:
    """'Too many failed attempts. Try again in N s.', translated."""
    return _tr("Too many failed attempts. Try again in {seconds} s.").format(seconds=exc.seconds_left)


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
