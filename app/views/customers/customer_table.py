"""What the customer list and the pool list share: a paged, multi-selection table of
`CustomerRow`s read from `customer_page`, dead leads (interest "none") greyed.

Each list keeps its own columns and words; this module builds the table and reads its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.models.user import User
from app.services.customer_queries import CustomerFilter, CustomerRow, customer_page
from app.views.tables.paged_model import Column, PagedTableModel, PageFunction, Sort, setup_table_view
from app.views.tables.selection import inactive_colour, row_values, selected_row_numbers


def customer_rows(actor: User, flt: CustomerFilter, default_sort: Sort) -> PageFunction:
    """The page function of the customers `actor` may see that match `flt`, in `default_sort`
    order until a header is clicked."""

    def page(offset: int, limit: int, sort: Sort | None) -> list[CustomerRow]:
        sort = sort or default_sort
        return customer_page(actor, flt, offset, limit, sort=sort.key, descending=sort.descending)

    return page


def dead_lead_colour(row: CustomerRow) -> object:
    """A dead lead (interest none) stays listed, greyed."""
    return inactive_colour(row.interest != "none")


def customer_table(columns: Sequence[Column], sort: Sort, widths: Sequence[int],
                   parent: QWidget) -> tuple[PagedTableModel, QTableView]:
    """An empty model (the list resets it with its filter) and the table showing it: several rows
    selectable, fixed row heights, the columns `widths` wide."""
    model = PagedTableModel(columns, lambda: 0, lambda *_: [], sort=sort, row_foreground=dead_lead_colour,
                            parent=parent)
    table = QTableView()
    setup_table_view(table, model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return model, table


def selected_customers(table: QTableView, model: PagedTableModel) -> list[CustomerRow]:
    """The selected customers in the order shown (at most 1,000)."""
    rows = (model.row_at(row) for row in selected_row_numbers(table))
    return [row for row in rows if row is not None]


def shown_names(model: PagedTableModel) -> list[str]:
    """The names in the list in the order shown (every row: for tests and small lists)."""
    return row_values(model, lambda row: row.name)
