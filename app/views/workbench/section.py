"""One block of the workbench: a bold title with a count, and a table of its rows (or a grey line
saying there is nothing), optionally with buttons in each row (`RowActionsDelegate`).

The rows come from count and page functions (`PagedTableModel`), so "Overdue" stays as quick
with 6,000 reminders as with 6: only the rows on screen are read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget

from app.views.tables.paged_model import Column, Index, PagedTableModel, Sort, setup_table_view

if TYPE_CHECKING:
    from app.views.workbench.row_actions import RowActionsDelegate

ACTIONS_HEADER = ""
ALERT_COLOUR = QColor("#c62828")


class SectionModel(PagedTableModel):
    """A PagedTableModel whose columns may have their own text colour (`foregrounds`: column ->
    function of the row returning a QColor or None)."""

    def __init__(self, columns: Sequence[Column], *, foregrounds: dict[int, Callable[[Any], object]] | None = None,
                 sort: Sort | None = None):
        super().__init__(columns, lambda: 0, lambda _offset, _limit, _sort: [], sort=sort)
        self.foregrounds = dict(foregrounds or {})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in self.foregrounds:
            row = self.row_at(index.row())
            return self.foregrounds[index.column()](row) if row is not None else None
        return super().data(index, role)


class Section(QFrame):
    """A titled table. `opened(row)` on double-click or Enter; `action(key, row)` when a row's
    button (or its context-menu entry) is used. The last column holds the buttons when
    `actions` (key, text) are given. Column `stretch` takes the room left; `widths` are the
    widths of the others, in order."""

    opened = Signal(object)
    action = Signal(str, object)

    def __init__(self, object_name: str, columns: Sequence[Column], *, actions: Sequence[tuple[str, str]] = (),
                 foregrounds: dict[int, Callable[[Any], object]] | None = None, sort: Sort | None = None,
                 widths: Sequence[int] = (), stretch: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title_text = ""
        self._capped = False
        self.title = QLabel()
        self.title.setObjectName(f"{object_name}_title")
        self.title.setStyleSheet("font-weight: bold; font-size: 110%;")
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(mid); padding: 6px 2px;")
        self.empty.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName(f"{object_name}_table")
        self._actions = list(actions)
        self.model = SectionModel(self._with_actions_column(columns), foregrounds=foregrounds, sort=sort)
        setup_table_view(self.table, self.model)
        self.table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        # One column (a name, a text) takes the room left; the others keep their widths, so the
        # row buttons stay in view without a horizontal scroll bar.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for number, width in zip([n for n in range(len(columns)) if n != stretch], widths, strict=False):
            header.resizeSection(number, width)
        self.delegate: RowActionsDelegate | None = None
        self.menu_actions: dict[str, QAction] = {}
        if self._actions:
            from app.views.workbench.row_actions import RowActionsDelegate  # only lists with buttons

            self.delegate = RowActionsDelegate(self._actions, self.table)
            column = len(columns)
            self.table.setItemDelegateForColumn(column, self.delegate)
            self.delegate.triggered.connect(self._button_clicked)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self._fit_actions_column()
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for key, text in self._actions:
                menu_action = QAction(text, self.table)
                menu_action.triggered.connect(lambda _checked=False, k=key: self._menu_used(k))
                self.table.addAction(menu_action)
                self.menu_actions[key] = menu_action
        # Double-click or Enter opens a row, as tables.paged_model.on_row_opened does for every
        # list, except that a double-click on the row's buttons is theirs.
        self.table.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.empty.hide()

    def _with_actions_column(self, columns: Sequence[Column]) -> list[Column]:
        columns = list(columns)
        if self._actions:
            columns.append(Column(ACTIONS_HEADER, lambda _row: None))
        return columns

    def _fit_actions_column(self) -> None:
        if self.delegate is not None:
            width = self.delegate.width_needed(_view_option(self.table))
            self.table.horizontalHeader().resizeSection(self.model.columnCount() - 1, width + 2)

    # -- what the panels call ------------------------------------------------------------------

    def set_texts(self, title: str, columns: Sequence[Column], empty: str,
                  actions: dict[str, str] | None = None) -> None:
        """Title, column headers, the empty-list line and button texts (first build, language switch)."""
        self.title_text = title
        self.model.set_columns(self._with_actions_column(columns))
        self.empty.setText(empty)
        if actions and self.delegate is not None:
            self.delegate.set_texts(actions)
            for key, text in actions.items():
                if key in self.menu_actions:
                    self.menu_actions[key].setText(text)
            self._fit_actions_column()
        self._show_title()

    def set_source(self, count: Callable[[], int], page: Callable[[int, int, Sort | None], Sequence[Any]], *,
                   capped: bool = False) -> None:
        """Show the rows of a new count/page pair (a reload); `capped`: see set_rows."""
        self._capped = capped
        self.model.reset(count, page)
        self._show_title()

    def set_rows(self, rows: Sequence[Any], *, capped: bool = False) -> None:
        """Show a short list a service returned whole; `capped`: the service stopped at a limit
        and there are more (the count then reads "100+")."""
        rows = list(rows)
        self.set_source(lambda: len(rows), lambda offset, limit, _sort: rows[offset:offset + limit], capped=capped)

    def _show_title(self) -> None:
        count = self.model.rowCount()
        more = "+" if self._capped else ""
        self.title.setText(f"{self.title_text} ({count:,}{more})" if count else self.title_text)
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)

    # -- reading and acting --------------------------------------------------------------------

    def row_count(self) -> int:
        return self.model.rowCount()

    def row(self, number: int) -> Any | None:
        return self.model.row_at(number)

    def rows(self) -> list[Any]:
        """Every row shown (tests; the lists they read are short)."""
        return [self.model.row_at(number) for number in range(self.model.rowCount())]

    def button_center(self, number: int, key: str):
        """Where the `key` button of row `number` is, in the table viewport's coordinates (tests)."""
        self.table.scrollTo(self.model.index(number, 0))
        cell = self.table.visualRect(self.model.index(number, self.model.columnCount() - 1))
        return dict(self.delegate.button_rects(cell, _view_option(self.table)))[key].center()

    def _button_clicked(self, key: str, number: int) -> None:
        row = self.model.row_at(number)
        if row is not None:
            self.action.emit(key, row)

    def _menu_used(self, key: str) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._button_clicked(key, index.row())

    def _double_clicked(self, index: QModelIndex) -> None:
        if not (self._actions and index.column() == self.model.columnCount() - 1):
            self._open_current()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.opened.emit(row)


def _view_option(view: QTableView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.fontMetrics = view.fontMetrics()
    return option
