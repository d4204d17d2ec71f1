"""The customers matching what the desk is typing: name, contact, phone, owner, interest, status.

Only what `reception_lookup` returns (no amounts, no notes). A click, or Enter on the current row,
chooses a match; Up on the first row hands the keyboard back to the form.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.services.reception import ReceptionMatch
from app.views.customers.words import interest_title
from app.views.reception.columns import fit_columns
from app.views.reception.words import pool_title
from app.views.tables.paged_model import Column, ListSource, PagedTableModel, setup_table_view


class MatchList(QWidget):
    """A short table of `ReceptionMatch`es; `chosen` fires with the one picked, `back_requested`
    when Up is pressed on the first row."""

    chosen = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.query = ""
        self.source: ListSource[ReceptionMatch] = ListSource()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray;")  # readable on light and dark backgrounds
        self.table = QTableView()
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        setup_table_view(self.table, self.model)
        self.table.horizontalHeader().setSectionsClickable(False)
        fit_columns(self.table, 0)
        self.table.clicked.connect(lambda index: self.choose_row(index.row()))
        self.table.installEventFilter(self)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self.choose_row(self.table.currentIndex().row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Customer"), lambda m: m.name, tooltip=lambda m: f"{m.code} {m.name}"),
            Column(self.tr("Contact"), lambda m: m.contact_name),
            Column(self.tr("Phone"), lambda m: m.contact_phone),
            Column(self.tr("Owner"), lambda m: m.owner_name or pool_title()),
            Column(self.tr("Interest"), lambda m: interest_title(m.interest)),
            Column(self.tr("Status"), lambda m: self.tr("Lead") if m.is_lead else self.tr("Customer")),
        ]

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Matching customers"))
        self.model.set_columns(self._columns())
        self._show_hint()

    def show_matches(self, query: str, matches: Sequence[ReceptionMatch]) -> None:
        """Show the matches of `query` ("" empties the list)."""
        self.query = query
        self.source.set_rows(matches)
        self.model.reset()
        fit_columns(self.table, 0)
        self._show_hint()

    def count(self) -> int:
        return self.source.count()

    def matches(self) -> list[ReceptionMatch]:
        return self.source.rows

    def _show_hint(self) -> None:
        if not self.query:
            text = self.tr("Type a name, phone number or company: the customers we know appear here.")
        elif not self.source.count():
            text = self.tr("No customer matches \"{query}\": saving registers a new lead.").format(query=self.query)
        else:
            text = self.tr("{count} found. ↓ to go to the list, Enter or a click to choose.").format(
                count=self.source.count())
        self.hint.setText(text)

    def enter_list(self) -> bool:
        """Put the keyboard on the first match; False when there is none."""
        if not self.source.count():
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.selectRow(0)
        self.table.setCurrentIndex(self.model.index(0, 0))
        return True

    def choose_row(self, row: int) -> None:
        match = self.model.row_at(row)
        if match is not None:
            self.chosen.emit(match)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0):
            self.back_requested.emit()
            return True
        return super().eventFilter(watched, event)
