"""Helpers the forms share: red messages under fields, OK/Cancel, saving, and a yes/no question
tests can replace.

`FieldErrors` shows a ValidationError's messages under the fields they belong to (by the
service's field names), in the interface language (app.views.service_text), so a refused form
stays open with what was typed and says what to fix.
`save_form()` is how a dialog's OK saves: it runs the service call and shows what refused it.
`confirm()` is the one place a screen asks "are you sure?"; tests monkeypatch it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.services.errors import ConflictError, ServiceError, ValidationError
from app.views.errors import error_text, field_messages, show_error
from app.views.service_text import translate_service_message

T = TypeVar("T")

ERROR_STYLE = "color: #c62828;"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped red label for a form's messages."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """The error labels of one form, keyed by the field names its service uses."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def wrap(self, name: str, field: QWidget, *aliases: str) -> QWidget:
        """Return a widget holding `field` with its (hidden) error label under it.

        `aliases` are other names the service may report for the same field (e.g. "team" for
        the team combo, "new_password" for a password field).
        """
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        label = error_label(box)
        layout.addWidget(label)
        for key in (name, *aliases):
            self._labels[key] = label
        return box

    def show(self, messages: dict[str, str]) -> dict[str, str]:
        """Clear the old messages, show the new ones (translated); return those that belong to no
        field, as given (show_error translates them)."""
        self.clear()
        rest: dict[str, str] = {}
        for name, text in messages.items():
            label = self._labels.get(name)
            if label is None:
                rest[name] = text
                continue
            message = translate_service_message(text)
            label.setText(f"{label.text()}\n{message}" if label.text() else message)
            label.show()
        return rest

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, name: str) -> str:
        """The message shown under field `name` ("" when none): what tests read."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons calling the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_form_errors(errors: FieldErrors, general: QLabel, messages: dict[str, str]) -> None:
    """Each message under its field; those of no field in `general` (hidden when there are none)."""
    rest = errors.show(messages)
    general.setText("\n".join(rest.values()))
    general.setVisible(bool(rest))


def show_refusal(general: QLabel, exc: ServiceError) -> None:
    """Say in the form's `general` label why the service refused (instead of a message box)."""
    general.setText(error_text(exc)[1])
    general.show()


def close_for_reload(dialog: QDialog) -> None:
    """Close `dialog` with `reload_requested` set: its screen shows the stored record again."""
    dialog.reload_requested = True
    dialog.reject()


def save_form(dialog: QWidget, save: Callable[[], T], errors: FieldErrors, general: QLabel | None, *,
              on_reload: Callable[[], object] | None = None,
              on_error: Callable[[ServiceError], object] | None = None) -> T | None:
    """Run `save()` and return what it returned; None when the service refused it, after saying why.

    A ValidationError puts its messages under their fields, the others in `general` (or, without
    it, in a message box). A ConflictError asks whether to reload and calls `on_reload()` when the
    user wants to (without `on_reload` it is an error like the others). Any other ServiceError
    goes to `on_error(exc)`, by default a message box.
    """
    refused = on_error or (lambda error: show_error(dialog, error))
    try:
        return save()
    except ValidationError as exc:
        if general is not None:
            show_form_errors(errors, general, field_messages(exc))
            return None
        rest = errors.show(exc.fields)
        if rest:
            show_error(dialog, ValidationError(rest))
    except ConflictError as exc:
        if on_reload is None:
            refused(exc)
        elif show_error(dialog, exc):
            on_reload()
    except ServiceError as exc:
        refused(exc)
    return None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True when the user answers yes. Tests replace this function."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def open_record_form(owner: QWidget, build: Callable[[], QDialog], *, saved: Callable[[object], None],
                     reload: Callable[[], None]) -> QDialog | None:
    """Open the record form `build()` makes, window-modal without blocking, one at a time
    (`owner.current_dialog`). Accepted with `dialog.saved` set -> `saved(dialog.saved)`; closed after
    asking to reload (a version conflict) -> `reload()`. A ServiceError while building it is shown
    and the owner reloads (the record may be gone). Returns the dialog, or None when none opened."""
    if owner.current_dialog is not None:
        return None
    try:
        dialog = build()
    except ServiceError as exc:
        show_error(owner, exc)
        reload()
        return None
    owner.current_dialog = dialog

    def finished(result: int) -> None:
        owner.current_dialog = None
        if result == QDialog.DialogCode.Accepted and getattr(dialog, "saved", None) is not None:
            saved(dialog.saved)
        elif getattr(dialog, "reload_requested", False):
            reload()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
