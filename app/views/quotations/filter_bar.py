"""The filters above a document list (quotations, orders): number or customer search, state, date
range, salesperson (supervisors: their team; managers: every seller; hidden for a salesperson, who
sees their own) and one customer. `changed` fires whenever the filter they describe changes;
`filter_values()` reads it as the keyword arguments of the list's filter (QuotationFilter,
OrderFilter: the filtering itself happens in SQL). `DocumentFilterBar` holds the widgets; a
subclass per document gives its states and the tooltips that name the documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.models.user import User
from app.services.customer_owners import visible_owners
from app.services.quotation_queries import QuotationFilter
from app.views.customers.collation import sorted_by_name
from app.views.customers.search_box import SearchBox
from app.views.quotations import customer_choice
from app.views.quotations.words import STATE_TITLES, state_title

NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum means "any date"
CUSTOMER_TEXT_WIDTH = 160  # pixels of the customer button's text


class DocumentFilterBar(QWidget):
    """The filter widgets of a document list; the chosen customer is `customer_id`. `states` are
    the state codes offered, `state_title` their words."""

    changed = Signal()

    def __init__(self, actor: User, states: Iterable[str], state_title: Callable[[str], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.state_title = state_title
        self.customer_id: int | None = None
        self.customer_name = ""
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(150)
        self.state_label = QLabel()
        self.state_combo = QComboBox()
        self.state_combo.addItem("", "")
        for state in states:
            self.state_combo.addItem("", state)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
        self.salesperson_combo = QComboBox()
        self.salesperson_combo.setMinimumContentsLength(6)
        # A salesperson sees only their own documents: the filter would offer nothing.
        self.salesperson_combo.setVisible(actor.role != "sales")
        self.customer_button = QPushButton()
        self.clear_customer_button = QToolButton()
        self.clear_customer_button.setText("✕")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box, 2)
        for widget in (self.state_label, self.state_combo, self.from_label, self.from_edit, self.to_label,
                       self.to_edit, self.salesperson_combo, self.customer_button, self.clear_customer_button):
            layout.addWidget(widget)

        self._filling = False
        self.search_box.search_changed.connect(lambda _text: self.changed.emit())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.from_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.to_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.salesperson_combo.currentIndexChanged.connect(self._salesperson_changed)
        self.customer_button.clicked.connect(self.choose_customer)
        self.clear_customer_button.clicked.connect(self.clear_customer)
        self.fill_salespeople()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Number or customer"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Esc clears"))
        self.state_label.setText(self.tr("State:"))
        self.state_combo.setItemText(0, self.tr("All states"))
        for index in range(1, self.state_combo.count()):
            self.state_combo.setItemText(index, self.state_title(self.state_combo.itemData(index)))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("any"))
        if self.salesperson_combo.count():
            self.salesperson_combo.setItemText(0, self.tr("All salespeople"))
        texts = self.scope_texts()
        self.salesperson_combo.setToolTip(texts["salesperson"])
        self.clear_customer_button.setToolTip(texts["every_customer"])
        self._show_customer()

    def scope_texts(self) -> dict[str, str]:
        """The tooltips naming the documents: "salesperson", "every_customer", "one_customer" and
        "customer_named" (with {name}); each document's bar gives its own."""
        raise NotImplementedError

    # -- salesperson ---------------------------------------------------------------------------

    def fill_salespeople(self) -> None:
        """Refill the salesperson list with the sellers whose documents the user sees, keeping the
        one chosen (no `changed` unless that one is gone)."""
        if self.actor.role == "sales":
            return
        chosen = self.salesperson_combo.currentData()
        self._filling = True
        self.salesperson_combo.clear()
        self.salesperson_combo.addItem(self.tr("All salespeople"), None)
        inactive = self.tr("(inactive)")
        for person in sorted_by_name(visible_owners(self.actor), lambda p: p.display_name):
            self.salesperson_combo.addItem(
                person.display_name if person.active else f"{person.display_name} {inactive}", person.id)
        index = self.salesperson_combo.findData(chosen) if chosen is not None else 0
        self.salesperson_combo.setCurrentIndex(max(0, index))
        self._filling = False
        if index < 0:
            self.changed.emit()

    def _salesperson_changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def choose_salesperson(self, user_id: int | None) -> bool:
        """Narrow the list to `user_id`'s documents (None: everyone's); False when not offered."""
        index = self.salesperson_combo.findData(user_id) if user_id is not None else 0
        if index < 0:
            return False
        self.salesperson_combo.setCurrentIndex(index)
        return True

    # -- customer ------------------------------------------------------------------------------

    def choose_customer(self) -> None:
        """Ask which customer to narrow the list to (cancel keeps the filter as it is)."""
        chosen = customer_choice.ask_customer(self, self.actor)
        if chosen is not None:
            self.set_customer(*chosen)

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Narrow the list to one customer's documents; None shows every customer's."""
        if (customer_id, name) == (self.customer_id, self.customer_name):
            return
        self.customer_id, self.customer_name = customer_id, name if customer_id is not None else ""
        self._show_customer()
        self.changed.emit()

    def clear_customer(self) -> None:
        self.set_customer(None)

    def _show_customer(self) -> None:
        text = self.customer_name if self.customer_id is not None else self.tr("All customers")
        # A long company name is shortened on the button; the tooltip keeps it whole.
        self.customer_button.setText(self.customer_button.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, CUSTOMER_TEXT_WIDTH))
        texts = self.scope_texts()
        self.customer_button.setToolTip(texts["one_customer"] if self.customer_id is None
                                        else texts["customer_named"].format(name=text))
        self.clear_customer_button.setEnabled(self.customer_id is not None)

    # -- reading -------------------------------------------------------------------------------

    def filter_values(self) -> dict[str, object]:
        """The filter the widgets describe, as the keyword arguments of the list's filter."""
        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value <= NO_DATE else dt.date(value.year(), value.month(), value.day())

        return {"state": self.state_combo.currentData() or "", "search": self.search_box.text().strip(),
                "salesperson_id": self.salesperson_combo.currentData(), "customer_id": self.customer_id,
                "date_from": day(self.from_edit), "date_to": day(self.to_edit)}


class QuotationFilterBar(DocumentFilterBar):
    """The filters of the quotation list."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(actor, STATE_TITLES, state_title, parent)

    def scope_texts(self) -> dict[str, str]:
        return {"salesperson": self.tr("Only the quotations of this salesperson"),
                "every_customer": self.tr("Show the quotations of every customer"),
                "one_customer": self.tr("Only the quotations of one customer"),
                "customer_named": self.tr("Only the quotations of {name}")}

    def quotation_filter(self) -> QuotationFilter:
        """The filter the widgets describe."""
        return QuotationFilter(**self.filter_values())
