"""Column widths for the short tables of the front desk and the reception report."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 14  # pixels beside the widest text, so neighbouring columns do not run together


def fit_columns(view: QTableView, stretch_column: int) -> None:
    """Size every column to its header and rows plus some padding; `stretch_column` takes the rest.

    Only for short lists (tens or a few hundred rows): it reads every row. The paged lists of the
    app set fixed widths instead (see tables.paged_model.setup_table_view).
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    columns = view.model().columnCount() if view.model() is not None else 0
    for column in range(columns):
        if column == stretch_column:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, view.columnWidth(column) + PADDING)
    if 0 <= stretch_column < columns:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
