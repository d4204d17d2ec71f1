"""A table model for long lists that never holds all their rows.

The row count comes from a COUNT function; rows come from a page function `(offset, limit, sort)`
in blocks of 200, fetched the first time `data()` asks for a row of a block that is not cached (and
forgotten again, least recently used first, beyond 50 blocks). Sorting is the page function's job:
clicking a sortable header resets the model with a new `Sort`, so a 100,000-row list sorts in SQL
and no QSortFilterProxyModel ever sees the rows. When filters change the screen calls `reset()`,
usually with new count/page functions that close over the new filter.

Short lists that a service returns whole (staff, teams) use the same model through `ListSource`,
which pages and sorts a Python list, so every table in the app behaves the same way.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Sort:
    """The order a page function must return its rows in: a column's sort key and direction."""

    key: str
    descending: bool = False


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header (already translated by the screen), the row's display value, and
    optionally an alignment, the key the page function sorts by (None: not sortable) and a tooltip."""

    header: str
    value: Callable[[T], object]
    alignment: Qt.AlignmentFlag | None = None
    sort_key: str | None = None
    tooltip: Callable[[T], str] | None = None


CountFunction = Callable[[], int]
PageFunction = Callable[[int, int, "Sort | None"], Sequence[Any]]


def _display(value: object) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return str(value)


class PagedTableModel(QAbstractTableModel):
    """A read-only table over `count()` rows that loads them block by block from `page()`."""

    BLOCK_SIZE = 200
    MAX_CACHED_BLOCKS = 50

    def __init__(self, columns: Sequence[Column], count: CountFunction, page: PageFunction, *,
                 sort: Sort | None = None, row_foreground: Callable[[Any], object] | None = None,
                 block_size: int = BLOCK_SIZE, parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._count_fn = count
        self._page_fn = page
        self._sort = sort
        self._row_foreground = row_foreground
        self._block_size = block_size
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._count = max(0, int(count()))

    # -- what the screens call ---------------------------------------------------------------

    @property
    def current_sort(self) -> Sort | None:
        return self._sort

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def reset(self, count: CountFunction | None = None, page: PageFunction | None = None) -> None:
        """Forget every cached row and count again (with new functions when the filter changed)."""
        if count is not None:
            self._count_fn = count
        if page is not None:
            self._page_fn = page
        total = max(0, int(self._count_fn()))
        self.beginResetModel()
        self._blocks.clear()
        self._count = total
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the column descriptions (after a language switch the headers change)."""
        columns = list(columns)
        if len(columns) == len(self._columns):
            self._columns = columns
            if columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            return
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The row object shown at `row`, fetching its block if needed; None outside the table."""
        if not 0 <= row < self._count:
            return None
        block_number, position = divmod(row, self._block_size)
        block = self._blocks.get(block_number)
        if block is None:
            block = list(self._page_fn(block_number * self._block_size, self._block_size, self._sort))
            self._blocks[block_number] = block
            while len(self._blocks) > self.MAX_CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_number)
        # The table may have shrunk since it was counted: the last block then comes back short.
        return block[position] if position < len(block) else None

    def column_of(self, sort_key: str) -> int:
        """The column sorted by `sort_key`, or -1."""
        for number, column in enumerate(self._columns):
            if column.sort_key == sort_key:
                return number
        return -1

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment.value if column.alignment is not None else None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(column.value(row))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._row_foreground(row) if self._row_foreground is not None else None
        return column.tooltip(row) if column.tooltip is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
                return column.alignment.value
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the page function for a new order; columns without a sort key are ignored."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        wanted = Sort(self._columns[column].sort_key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reset()


class ListSource(Generic[T]):
    """Count and page functions over a list a service returned whole (a few dozen rows).

    `sort_values` maps each sort key to the value the rows are ordered by; text sorts without
    regard to case, and empty values come last.
    """

    def __init__(self, rows: Sequence[T] = (), sort_values: dict[str, Callable[[T], object]] | None = None):
        self._rows = list(rows)
        self._sort_values = dict(sort_values or {})

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self._rows = list(rows)

    def count(self) -> int:
        return len(self._rows)

    def page(self, offset: int, limit: int, sort: Sort | None) -> list[T]:
        rows = self._rows
        if sort is not None and sort.key in self._sort_values:
            value = self._sort_values[sort.key]

            def key(row: T) -> tuple[bool, object]:
                item = value(row)
                if isinstance(item, str):
                    item = item.casefold()
                # Empty values last in either direction.
                return (item in (None, "")) != sort.descending, item if item is not None else ""

            rows = sorted(rows, key=key, reverse=sort.descending)
        return rows[offset:offset + limit]


def setup_table_view(view: QTableView, model: PagedTableModel) -> None:
    """The habits every list shares: whole-row single selection, no editing, the header showing
    the model's sort, and clicks on a column that cannot be sorted leaving the indicator alone.

    Give columns fixed widths: `resizeColumnsToContents()` reads every row, all blocks of them.
    """
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_model_sort() -> None:
        sort = model.current_sort
        column = model.column_of(sort.key) if sort is not None else -1
        header.blockSignals(True)
        header.setSortIndicatorShown(column >= 0)
        if column >= 0:
            header.setSortIndicator(
                column, Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def sort_requested(column: int, order: Qt.SortOrder) -> None:
        model.sort(column, order)
        show_model_sort()

    show_model_sort()
    # The header's own sorting would call model.sort() with its default section first; the
    # model's sort is the truth, so the header only reports clicks.
    header.setSectionsClickable(True)
    header.sortIndicatorChanged.connect(sort_requested)


def on_row_opened(view: QTableView, callback: Callable[[], object]) -> None:
    """Call `callback` when a row is double-clicked or Enter is pressed in `view`.

    Not `activated`: on styles that activate items with a single click (KDE's) that signal would
    open a form on every click.
    """
    view.doubleClicked.connect(lambda _index: callback())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(callback)
