"""Helpers the forms share: red messages under fields, and a yes/no question tests can replace.

`FieldErrors` shows a ValidationError's messages under the fields they belong to (by the
service's field names), in the interface language (app.views.service_text), so a refused form
stays open with what was typed and says what to fix.
`confirm()` is the one place a screen asks "are you sure?"; tests monkeypatch it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from app.views.service_text import translate_service_message

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


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True when the user answers yes. Tests replace this function."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
