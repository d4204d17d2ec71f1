"""The payment list of the payments screen: every payment received on the orders the user sees,
newest first, paged and filtered in SQL (order number, customer or reference; method; pay dates;
salesperson; customer) with the document filters of quotations and orders."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.models.user import User
from app.services.payment_queries import PaymentFilter, PaymentRow, count_payments, payment_page
from app.views.dates import date_text
from app.views.money import format_money
from app.views.orders.words import METHOD_TITLES, method_title
from app.views.quotations.filter_bar import DocumentFilterBar
from app.views.tables.document_list import DocumentList
from app.views.tables.paged_model import CENTER, RIGHT, Column

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


class PaymentList(DocumentList, QWidget):
    """Filters, a count and the paged table of payments."""

    count_documents = staticmethod(count_payments)
    document_page = staticmethod(payment_page)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self._build_list(PaymentFilterBar(actor), COLUMN_WIDTHS)
        self.buttons = QHBoxLayout()  # the screen puts its buttons here
        self._lay_out_list(self, self.buttons, table_stretch=1)
        self._connect_list()
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

    def current_filter(self) -> PaymentFilter:
        return self.filter_bar.payment_filter()

    def _actor(self) -> User:
        return self.actor

    def _count_text(self, count: int) -> str:
        return self.tr("%n payment(s)", "", count)

    def reload(self) -> None:
        """Read the rows again (the payment list has no actions, so no selection is kept)."""
        self.model.reset()
        self._show_count()

    def selected(self) -> PaymentRow | None:
        return self.selected_document()

    def shown_amounts(self) -> list:
        """The amounts listed, in order (for tests)."""
        return self.shown("amount")
