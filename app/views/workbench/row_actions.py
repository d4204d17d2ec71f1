"""Buttons drawn inside a table cell ("Done", "Follow up"), one click each, for any number of rows.

A delegate paints them, so a list of thousands of reminders costs no widget per row. A button acts
on release over the button it was pressed on. A double-click must not act twice: after "Done" the
next reminder moves up under the pointer, and the second click of a double-click would complete
it too; so a press within the double-click interval after a button acted is swallowed.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionButton, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
PADDING = 14  # horizontal room around a button's text
SPACING = 6
MARGIN = 3


class RowActionsDelegate(QStyledItemDelegate):
    """Paints a button per action in its column; `triggered(key, row)` when one is clicked."""

    triggered = Signal(str, int)

    def __init__(self, actions: list[tuple[str, str]], parent: QObject | None = None):
        super().__init__(parent)
        self._actions = list(actions)  # (key, text shown)
        self._pressed: tuple[int, str] | None = None
        self._swallow_release = False
        self._last_action = QElapsedTimer()

    def set_texts(self, texts: dict[str, str]) -> None:
        """New button texts by action key (after a language switch)."""
        self._actions = [(key, texts.get(key, text)) for key, text in self._actions]

    def button_rects(self, cell: QRect, option: QStyleOptionViewItem | None = None) -> list[tuple[str, QRect]]:
        """Where each action's button sits inside `cell`: left-aligned, side by side."""
        metrics = option.fontMetrics if option is not None else QApplication.fontMetrics()
        rects, left = [], cell.left() + MARGIN
        for key, text in self._actions:
            width = metrics.horizontalAdvance(text) + 2 * PADDING
            rects.append((key, QRect(left, cell.top() + MARGIN, width, max(0, cell.height() - 2 * MARGIN))))
            left += width + SPACING
        return rects

    def width_needed(self, option: QStyleOptionViewItem | None = None) -> int:
        """The column width that shows every button."""
        rects = self.button_rects(QRect(0, 0, 0, 10), option)
        return rects[-1][1].right() + 1 + MARGIN if rects else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self.width_needed(option), option.fontMetrics.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)  # background and selection
        style = option.widget.style() if option.widget is not None else QApplication.style()
        for key, rect in self.button_rects(option.rect, option):
            button = QStyleOptionButton()
            button.rect = rect
            button.text = dict(self._actions)[key]
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            if self._pressed == (index.row(), key):
                button.state |= QStyle.StateFlag.State_Sunken
            button.fontMetrics = option.fontMetrics
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: Index) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        point = event.position().toPoint()
        hit = next((key for key, rect in self.button_rects(option.rect, option) if rect.contains(point)), None)
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            self._swallow_release = hit is not None
            return hit is not None
        if kind == QEvent.Type.MouseButtonPress:
            if hit is not None and self._too_soon():
                self._pressed, self._swallow_release = None, True
                return True
            self._pressed = (index.row(), hit) if hit is not None else None
            return False  # the view still selects the row
        if kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            if self._swallow_release:
                self._swallow_release = False
                return True
            if hit is not None and pressed == (index.row(), hit):
                self._last_action.start()
                self.triggered.emit(hit, index.row())
                return True
        return False

    def _too_soon(self) -> bool:
        return (self._last_action.isValid()
                and self._last_action.elapsed() < QApplication.styleHints().mouseDoubleClickInterval())
