"""The order list (合同): newest sign date first, filtered (app.views.orders.filter_bar) by search,
state, sign-date range, salesperson and customer, counted and read a page at a time in SQL
(order_queries). New order (Ctrl+N) opens the order editor, and the saved order's window;
Open (Enter or a double-click) opens the order window (app.views.orders.order_view), where the
order is edited, moved through its states, shipped, paid and printed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from app.services.order_queries import OrderFilter, OrderRow, count_orders, order_page
from app.views.context import AppContext
from app.views.dates import date_text
from app.views.money import format_money
from app.views.orders.filter_bar import OrderFilterBar
from app.views.orders.words import state_title
from app.views.screens import Screen
from app.views.tables.document_list import DocumentList
from app.views.tables.paged_model import CENTER, RIGHT, Column

# number, customer, salesperson, sign date, state, total, paid, balance
COLUMN_WIDTHS = [140, 240, 90, 90, 100, 120, 120, 120]


class OrdersScreen(DocumentList, Screen):
    """Every order the user may see that matches the filters; `current_dialog` is the editor or
    the order window while one is open."""

    count_documents = staticmethod(count_orders)
    document_page = staticmethod(order_page)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self._build_list(OrderFilterBar(context.user), COLUMN_WIDTHS)
        self.new_button, self.open_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self._lay_out_list(self, buttons)

        self._add_document_keys(self, self.new_order, self.open_selected)
        self.new_button.clicked.connect(self.new_order)
        self.open_button.clicked.connect(self.open_selected)
        self._connect_list()
        self.retranslate_ui()
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
            Column(self.tr("Salesperson"), lambda r: r.salesperson_name),
            Column(self.tr("Sign date"), lambda r: date_text(r.sign_date), CENTER),
            Column(self.tr("State"), lambda r: state_title(r.state), CENTER),
            Column(self.tr("Total"), lambda r: format_money(r.total), RIGHT),
            Column(self.tr("Paid"), lambda r: format_money(r.paid_total), RIGHT),
            Column(self.tr("Balance"), lambda r: format_money(r.balance), RIGHT),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.filter_bar.retranslate_ui()
        self.new_button.setText(self.tr("New order"))
        self.new_button.setToolTip(self.tr("Enter an order directly (Ctrl+N)"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open the selected order (Enter or double-click)"))
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the salesperson list and the rows again."""
        self.filter_bar.fill_salespeople()
        self.reload()

    def current_filter(self) -> OrderFilter:
        return self.filter_bar.order_filter()

    def _count_text(self, count: int) -> str:
        return self.tr("%n order(s)", "", count)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_order() is not None)

    def selected_order(self) -> OrderRow | None:
        return self.selected_document()

    def shown_numbers(self) -> list[str]:
        """The numbers listed, in order (for tests)."""
        return self.shown("number")

    # -- windows -------------------------------------------------------------------------------

    def new_order(self) -> QDialog | None:
        """The order editor for a new order; once saved, its order window opens."""
        from app.views.dialogs.forms import open_record_form  # imported when first used: the list opens faster
        from app.views.orders.order_editor import OrderEditor

        return open_record_form(self, lambda: OrderEditor(self.context.user, self),
                                saved=lambda order: self._changed(order.id, open_it=True), reload=self.reload)

    def open_selected(self) -> QDialog | None:
        row = self.selected_order()
        return self.open_order(row.id) if row is not None else None

    def open_order(self, order_id: int) -> QDialog | None:
        """The order window of `order_id`; the list reloads when it changed something."""
        from app.views.dialogs.forms import open_record_form  # imported when first used: the list opens faster
        from app.views.orders.order_view import OrderView

        return open_record_form(self, lambda: OrderView(self.context.user, self, order_id),
                                saved=lambda _saved: self._changed(order_id),
                                reload=lambda: self._changed(order_id))

    def _changed(self, order_id: int, open_it: bool = False) -> None:
        self.reload(select_id=order_id)
        self.records_changed.emit()
        if open_it:
            self.open_order(order_id)
