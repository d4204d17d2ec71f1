"""A `ReportTable` as a Qt table model: money with the currency sign and thousands separators,
percentages with two decimals, counts with separators, figures right-aligned, undefined figures
blank, and a bold totals row (合计) under the rows when the report has totals.

`Qt.UserRole` gives a cell's raw value (Decimal, int, date, str or None); `is_totals_row(row)` says
whether a row is the totals row; `drillable(index)` whether a double-click opens the rows behind
the figure (the screen decides which columns, `set_drillable`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.reports.report_table import ReportColumn, ReportTable, value_text
from app.views.money import format_money

Index = QModelIndex | QPersistentModelIndex
TOTALS_LABEL = "合计"  # the same word as the Excel and PDF totals rows


def cell_text(column: ReportColumn, value: object) -> str:
    """`value` as the screen shows it in `column`: money with the currency sign, "95.00 %", "" when
    undefined (report_table.value_text)."""
    return value_text(column, value, money=format_money, percent_sign=" %")


class ReportTableModel(QAbstractTableModel):
    """The rows of one ReportTable (read-only), plus its totals row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: ReportTable | None = None
        self._totals: dict[str, object] = {}
        self._drillable: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)
        self.drill_hint = ""

    def show_table(self, table: ReportTable | None, drillable: tuple[str, ...] = ()) -> None:
        """Show `table` (None: nothing); double-clicks on the `drillable` columns open their rows."""
        self.beginResetModel()
        self.table = table
        self._totals = table.totals() if table is not None and table.total_keys else {}
        self._drillable = frozenset(drillable)
        self.endResetModel()

    def has_totals_row(self) -> bool:
        return self.table is not None and bool(self.table.total_keys)

    def is_totals_row(self, row: int) -> bool:
        return self.has_totals_row() and self.table is not None and row == len(self.table.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + (1 if self.has_totals_row() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def value(self, row: int, column: int) -> object:
        """The raw value of a cell (the totals row: the total, or 合计 in the first column)."""
        assert self.table is not None
        key = self.table.columns[column].key
        if self.is_totals_row(row):
            if key in self._totals:
                return self._totals[key]
            return TOTALS_LABEL if column == 0 else None
        return self.table.rows[row].get(key)

    def drillable(self, index: Index) -> bool:
        """A figure with rows behind it: a drillable column, not the totals row, not empty or zero."""
        if not index.isValid() or self.table is None or self.is_totals_row(index.row()):
            return False
        key = self.table.columns[index.column()].key
        return key in self._drillable and self.value(index.row(), index.column()) not in (None, 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), index.column())
            return value if isinstance(value, str) and self.is_totals_row(index.row()) else cell_text(column, value)
        if role == Qt.ItemDataRole.UserRole:
            return self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "date") else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals_row(index.row()):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and self.drill_hint and self.drillable(index):
            return self.drill_hint
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].title if 0 <= section < len(self.table.columns) else None
        return None if self.is_totals_row(section) else section + 1

    def texts(self) -> list[tuple[str, ...]]:
        """Every cell as shown, row by row (the totals row last): what tests read."""
        return [tuple(str(self.data(self.index(r, c)) or "") for c in range(self.columnCount()))
                for r in range(self.rowCount())]
