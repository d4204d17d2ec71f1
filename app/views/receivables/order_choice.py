"""Choosing one order to ship from, take goods back for or record a payment against: a small dialog
with a search box (number or customer, as you type) over the order list the user may see, paged
like every list (`order_queries.order_page`), narrowed to the states the action takes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.order_queries import OrderFilter, OrderRow, count_orders, order_page
from app.views.customers.search_box import SearchBox
from app.views.dates import date_text
from app.views.money import format_money
from app.views.orders.words import state_title
from app.views.tables.paged_model import CENTER, RIGHT, Column, PagedTableModel, on_row_opened, setup_table_view
from app.views.tables.selection import selected_row

COLUMN_WIDTHS = [150, 200, 90, 100, 110]


class OrderChoiceDialog(QDialog):
    """Accepted with an order selected: `chosen()` is its OrderRow. `states`: the order states
    offered, one list query per state (an empty tuple offers every state)."""

    def __init__(self, actor: User, title: str, states: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.states = tuple(states)
        self.search_box = SearchBox()
        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [], parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search_box.search_changed.connect(lambda _text: self.search())
        self.search_box.down_pressed.connect(self.table.setFocus)
        on_row_opened(self.table, self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        self.model.modelReset.connect(self._update_ok)
        self.setWindowTitle(title)
        self.search_box.setPlaceholderText(self.tr("Order number or customer"))
        self.resize(720, 420)
        self.search()

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
                Column(self.tr("Signed"), lambda r: date_text(r.sign_date), CENTER),
                Column(self.tr("State"), lambda r: state_title(r.state), CENTER),
                Column(self.tr("Balance"), lambda r: format_money(r.balance), RIGHT)]

    def _filters(self) -> list[OrderFilter]:
        term = self.search_box.text().strip()
        return [OrderFilter(state=state, search=term) for state in self.states or ("",)]

    def search(self) -> None:
        """List the orders matching the search (in the order of `states`, newest first in each)."""
        actor, filters = self.actor, self._filters()
        counts = [count_orders(actor, flt) for flt in filters]

        def page(offset: int, limit: int, _sort) -> list[OrderRow]:
            rows: list[OrderRow] = []
            for flt, count in zip(filters, counts, strict=True):
                if offset >= count:
                    offset -= count
                    continue
                rows += order_page(actor, flt, offset, limit - len(rows))
                offset = 0
                if len(rows) >= limit:
                    break
            return rows

        self.model.reset(lambda: sum(counts), page)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def _open(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> OrderRow | None:
        return selected_row(self.table, self.model)


def ask_order(parent: QWidget, actor: User, title: str, states: Iterable[str] = ()) -> OrderRow | None:
    """The order the user chooses; None when cancelled. Tests replace this function."""
    dialog = OrderChoiceDialog(actor, title, states, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
