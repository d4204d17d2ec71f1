"""A search field that reports what was typed once the typing pauses (debounced), and empties on Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 200


class SearchBox(QLineEdit):
    """`search_changed(text)` fires `delay_ms` after the last keystroke, not on every one: a query
    per pause instead of per key keeps typing smooth on a large list. Enter reports at once, Esc
    clears the field (and reports the empty search at once), Down also asks to go to the results."""

    search_changed = Signal(str)
    down_pressed = Signal()  # the user wants to go on to the results

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DELAY_MS):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._reported = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._report)
        self.textChanged.connect(lambda _text: self._timer.start())

    @property
    def pending(self) -> bool:
        """True while typed text waits for its pause."""
        return self._timer.isActive()

    def clear_search(self) -> None:
        """Empty the field and report the empty search now."""
        self.clear()
        self._report()

    def hideEvent(self, event: QHideEvent) -> None:
        # A closed window searches no more: a pause timer still running must not reach the database.
        self._timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.text() != self._reported:  # typed just before it was hidden
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # Esc empties a filled box; on an empty one it goes on to the parent (a dialog closes).
        if key == Qt.Key.Key_Escape and self.text():
            self.clear_search()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._report()  # no need to wait for the pause
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            self._report()
            self.down_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _report(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._reported:
            self._reported = text
            self.search_changed.emit(text)
