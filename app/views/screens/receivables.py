"""The payments screen (回款): receivables by customer and by salesperson with aging buckets (0-30,
31-60, 61-90, 90+ days overdue, and not yet due), the overdue instalments with their days overdue,
and the list of payments received; "Record payment…" opens the PaymentDialog for the selected
overdue instalment's order or for an order the user chooses.

The aging figures are the service's (`receivables.aging_by_customer` / `_by_salesperson`) as of
today, read when the screen is opened or after a payment is recorded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services.payments import PREPAYMENT_STATES, RECEIVING_STATES
from app.services.receivables import aging_by_customer, aging_by_salesperson
from app.views.context import AppContext
from app.views.dialogs.forms import open_record_form
from app.views.orders.payment_dialog import PaymentDialog
from app.views.quotations.action_bar import key_text
from app.views.receivables import order_choice
from app.views.receivables.aging_panel import AgingTable, OverdueTable
from app.views.receivables.payment_list import PaymentList
from app.views.screens import Screen

RECORD_SHORTCUT = "Ctrl+Shift+P"


class ReceivablesScreen(Screen):
    """Aging by customer and by salesperson, overdue instalments, payments; `current_dialog` is the
    payment form while it is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        actor = context.user
        self.current_dialog: QDialog | None = None
        self.today = dt.date.today()
        self.by_customer = AgingTable(actor, aging_by_customer)
        self.by_salesperson = AgingTable(actor, aging_by_salesperson)
        self.overdue = OverdueTable(actor)
        self.payments = PaymentList(actor)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_payment)
        self.overdue_record_button = QPushButton()
        self.overdue_record_button.clicked.connect(self.record_for_overdue)
        self.payments.buttons.addWidget(self.record_button)
        self.payments.buttons.addStretch(1)
        overdue_buttons = QHBoxLayout()
        overdue_buttons.addWidget(self.overdue_record_button)
        overdue_buttons.addStretch(1)
        self.overdue.layout().insertLayout(1, overdue_buttons)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.by_customer, self.by_salesperson, self.overdue, self.payments):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.record_shortcut = QShortcut(QKeySequence(RECORD_SHORTCUT), self)
        self.record_shortcut.activated.connect(self._record_from_shown_tab)
        self.overdue.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.overdue.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        headers = {"receivable": self.tr("Receivable"), "not_due": self.tr("Not yet due"),
                   "days_0_30": self.tr("0-30 days"), "days_31_60": self.tr("31-60 days"),
                   "days_61_90": self.tr("61-90 days"), "days_over_90": self.tr("Over 90 days"),
                   "overdue": self.tr("Overdue")}
        self.by_customer.set_columns(self.tr("Customer"), headers)
        self.by_salesperson.set_columns(self.tr("Salesperson"), headers)
        self.overdue.retranslate_ui()
        self.payments.retranslate_ui()
        for index, text in enumerate((self.tr("By customer"), self.tr("By salesperson"),
                                      self.tr("Overdue instalments"), self.tr("Payments"))):
            self.tabs.setTabText(index, text)
        self.record_button.setText(self.tr("Record payment…"))
        self.record_button.setToolTip(self.tr("Record money received: choose the order ({key})").format(
            key=key_text(RECORD_SHORTCUT)))
        self.overdue_record_button.setText(self.tr("Record payment…"))
        self.overdue_record_button.setToolTip(self.tr("Record money received for the selected instalment's order "
                                                      "({key})").format(key=key_text(RECORD_SHORTCUT)))

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.payments.filter_bar.fill_salespeople()
        self.load()

    def load(self) -> None:
        """Read the aging tables, the overdue instalments (as of today) and the payments again."""
        self.today = dt.date.today()
        self.by_customer.load(self.today)
        self.by_salesperson.load(self.today)
        self.overdue.load(self.today)
        self.payments.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.overdue_record_button.setEnabled(self.overdue.selected() is not None)

    # -- recording a payment -------------------------------------------------------------------

    def _record_from_shown_tab(self) -> None:
        if self.tabs.currentWidget() is self.overdue and self.overdue.selected() is not None:
            self.record_for_overdue()
        else:
            self.record_payment()

    def record_for_overdue(self) -> QDialog | None:
        """The payment form for the selected overdue instalment's order."""
        row = self.overdue.selected()
        return self.open_payment(row.order_id) if row is not None else None

    def record_payment(self) -> QDialog | None:
        """Ask for the order (confirmed, shipped or awaiting confirmation), then open the payment form."""
        if self.current_dialog is not None:
            return None
        order = order_choice.ask_order(self, self.context.user, self.tr("Record a payment for which order?"),
                                       sorted(RECEIVING_STATES) + sorted(PREPAYMENT_STATES))
        return self.open_payment(order.id) if order is not None else None

    def open_payment(self, order_id: int) -> QDialog | None:
        return open_record_form(self, lambda: PaymentDialog(self.context.user, order_id, self),
                                saved=self._saved, reload=self.load)

    def _saved(self, _payment) -> None:
        self.load()
        self.records_changed.emit()
