"""Reading and setting the selection of a table that shows a `PagedTableModel`, the same way on
every screen: the selected row object, selecting a row by its record id, the selected row numbers
of a multi-selection, every row's value of one attribute (what tests read), and the grey text of
an inactive record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from app.views.tables.paged_model import PagedTableModel

MAX_SELECTED = 1000  # rows a multi-selection yields at the most: enough for every action


def selected_row(table: QTableView, model: PagedTableModel) -> Any | None:
    """The row object of the (first) selected row; None when nothing is selected."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def select_row_by_id(table: QTableView, model: PagedTableModel, row_id: int) -> bool:
    """Select the row whose object has `id` == `row_id` (a short list: every row is looked at);
    False when there is none."""
    for row in range(model.rowCount()):
        if model.row_at(row).id == row_id:
            table.selectRow(row)
            return True
    return False


def reload_keeping_selection(table: QTableView, model: PagedTableModel, read: Callable[[], object]) -> None:
    """Call `read()` (which gives the model's source its new rows), reset the model and select
    the record that was selected before, when it is still listed."""
    selected = selected_row(table, model)
    read()
    model.reset()
    if selected is not None:
        select_row_by_id(table, model, selected.id)


def selected_row_numbers(table: QTableView, limit: int = MAX_SELECTED) -> list[int]:
    """The selected row numbers in order, at most `limit` of them (a select-all of a 100,000-row
    list is not walked row by row)."""
    rows: set[int] = set()
    for selection_range in table.selectionModel().selection():
        rows.update(range(selection_range.top(), min(selection_range.bottom() + 1, selection_range.top() + limit)))
        if len(rows) >= limit:
            break
    return sorted(rows)[:limit]


def row_values(model: PagedTableModel, value: Callable[[Any], object]) -> list:
    """`value(row)` of every row in the order shown (reads every row: for tests and short lists)."""
    return [value(model.row_at(row)) for row in range(model.rowCount())]


def inactive_colour(active: bool) -> QColor | None:
    """The text colour of a row: None (the normal one) when `active`, else the greyed one."""
    if active:
        return None
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
