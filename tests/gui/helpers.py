"""Input the GUI tests share: typing (Chinese too), replacing a field's text, pressing a dialog's
buttons and ticking a check box, done with the keyboard and mouse as a user would."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` as a user would: keys for ASCII, an input-method commit for Chinese
    (QTest.keyClicks only knows Latin-1 keys)."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def replace_text(qtbot, edit, text: str) -> None:
    """Select all of `edit`, delete it and type `text`."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def press(qtbot, dialog, button: QDialogButtonBox.StandardButton) -> None:
    """Click one of the dialog's standard buttons (its `buttons` box, else its first button box)."""
    buttons = getattr(dialog, "buttons", None) or dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(button), Qt.MouseButton.LeftButton)


def press_ok(qtbot, dialog) -> None:
    """Click the dialog's OK button."""
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)


def tick(qtbot, checkbox) -> None:
    """Click a check box on its box (its middle may be empty room beside a short label)."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))
