"""What the two workbench tabs share: a line on top (a label and a Refresh button) over four
sections in a 2 x 2 grid, the sections other areas add filled after the panel has painted
(`_after_paint`), and opening a customer from a row (one dialog at a time; after a save the panel
reads its data again and says `changed`).

The panels keep their own words: this base class translates nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.user import User
from app.views.workbench.opening import open_customer
from app.views.workbench.section import Section


class WorkbenchPanel(QWidget):
    """A workbench tab of `actor`; `current_dialog` is the dialog opened from it while one is
    open. Subclasses implement `load()`. `changed` after the user saved something here;
    `extras_shown` each time the sections other areas add have been filled."""

    changed = Signal()
    extras_shown = Signal()
    PAINT_WAIT_MS = 1000  # at most this long for a paint that may not come (a hidden panel)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.current_dialog: QDialog | None = None
        self._after_painted: Callable[[], None] | None = None
        self._awaiting_paint = False
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.timeout.connect(self._run_after_paint)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.load)

    def load(self) -> None:
        """Read the panel's data again."""
        raise NotImplementedError

    def _lay_out(self, headline: QLabel, sections: tuple[Section, Section, Section, Section]) -> QVBoxLayout:
        """`headline` and the Refresh button on top, `sections` below (top left, top right, bottom
        left, bottom right); the bottom row gets more room. Returns the layout (room for more)."""
        top = QHBoxLayout()
        top.addWidget(headline, 1)
        top.addWidget(self.reload_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for position, section in enumerate(sections):
            grid.addWidget(section, *divmod(position, 2))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        return layout

    def _after_paint(self, work: Callable[[], None]) -> None:
        """Run `work` once this panel has painted what `load()` filled (queued after that paint, so
        the rest of it comes first), or after PAINT_WAIT_MS if no paint comes (a hidden or
        minimised panel). A newer call replaces a waiting one: only the latest load's work runs."""
        self._after_painted = work
        self._awaiting_paint = True
        self._paint_wait.start(self.PAINT_WAIT_MS)
        if self.isVisible():
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._awaiting_paint:
            self._awaiting_paint = False
            self._paint_wait.start(0)  # queued: the children of this paint come first

    def _run_after_paint(self) -> None:
        work, self._after_painted = self._after_painted, None
        self._awaiting_paint = False
        if work is not None:
            work()

    def open_customer(self, customer_id: int) -> None:
        """Open the customer's form (unless a dialog from here is open already)."""
        if self.current_dialog is not None:
            return
        self._track(open_customer(self, self.actor, customer_id, lambda saved: saved and self._saved()))

    def _track(self, dialog: QDialog | None) -> None:
        """Keep `dialog` as `current_dialog` until it closes."""
        self.current_dialog = dialog
        if dialog is not None:
            dialog.finished.connect(lambda _result: setattr(self, "current_dialog", None))

    def _saved(self) -> None:
        self.load()
        self.changed.emit()
