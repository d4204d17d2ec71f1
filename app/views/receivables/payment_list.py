"""The payment list of the payments screen: every payment received on the orders the user sees,
newest first, paged and filtered in SQL (order number, customer or reference; method; pay dates;
salesperson; customer) with the document filters of quotations and orders."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.payment_queries import PaymentFilter, PaymentRow, count_payments, payment_page
from app.views.dates import date_text
from app.views.money import format_money
from app.views.orders.words import METHOD_TITLES, method_title
from app.views.quotations.filter_bar import DocumentFilterBar
from app.views.tables.paged_model import CENTER, RIGHT, Column, PagedTableModel, setup_table_view
from app.views.tables.selection import row_values, selected_row

COLUMN_WIDTHS = [90, 140, 220, 110, 110, 140]


class PaymentFilterBar(DocumentFilterBar):
    """The filters of the payment list; the state choice of the document filters picks the method."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(actor, METHOD_TITLES, method_title, parent)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.search_box.setPlaceholderText(self.tr("Order, customer or reference"))
        self.state_label.setText(self.tr("Method:"))
        self.state_combo.setItemText(0, self.tr("All methods"))

    def scope_texts(self) -> dict[str, str]:
        return {"salesperson": self.tr("Only the payments of this salesperson's orders"),
                "every_customer": self.tr("Show the payments of every customer"),
                "one_customer": self.tr("Only the payments of one customer"),
                "customer_named": self.tr("Only the payments of {name}")}

    def payment_filter(self) -> PaymentFilter:
        values = self.filter_values()
        return PaymentFilter(method=values.pop("state"), **values)


class PaymentList(QWidget):
    """Filters, a count and the paged table of payments."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.filter_bar = PaymentFilterBar(actor)
        self.count_label = QLabel()
        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [], parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        self.buttons = QHBoxLayout()  # the screen puts its buttons here
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.search_box.down_pressed.connect(self.table.setFocus)
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Date"), lambda r: date_text(r.pay_date), CENTER),
                Column(self.tr("Order"), lambda r: r.order_number),
                Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
                Column(self.tr("Amount"), lambda r: format_money(r.amount), RIGHT),
                Column(self.tr("Method"), lambda r: method_title(r.method), CENTER),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Prepayment / overpayment"), lambda r: r.reason if r.is_prepayment else "",
                       tooltip=lambda r: r.reason)]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.filter_bar.retranslate_ui()
        self._show_count()

    def apply_filter(self) -> None:
        actor, flt = self.actor, self.filter_bar.payment_filter()
        self.model.reset(partial(count_payments, actor, flt),
                         lambda offset, limit, _sort: payment_page(actor, flt, offset, limit))
        self.table.scrollToTop()
        self._show_count()

    def reload(self) -> None:
        self.model.reset()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n payment(s)", "", self.model.rowCount()))

    def selected(self) -> PaymentRow | None:
        return selected_row(self.table, self.model)

    def shown_amounts(self) -> list:
        """The amounts listed, in order (for tests)."""
        return row_values(self.model, lambda row: row.amount)
