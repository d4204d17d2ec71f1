"""The filters above the order list: the document filter bar (search by number or customer, state,
sign-date range, salesperson, customer) with the order states; read as an OrderFilter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.models.user import User
from app.services.order_queries import OrderFilter
from app.views.orders.words import STATE_TITLES, state_title
from app.views.quotations.filter_bar import DocumentFilterBar


class OrderFilterBar(DocumentFilterBar):
    """The filters of the order list."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(actor, STATE_TITLES, state_title, parent)

    def scope_texts(self) -> dict[str, str]:
        return {"salesperson": self.tr("Only the orders of this salesperson"),
                "every_customer": self.tr("Show the orders of every customer"),
                "one_customer": self.tr("Only the orders of one customer"),
                "customer_named": self.tr("Only the orders of {name}")}

    def order_filter(self) -> OrderFilter:
        """The filter the widgets describe."""
        return OrderFilter(**self.filter_values())
