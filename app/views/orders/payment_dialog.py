"""Recording money received (回款) for one order.

The dialog shows the order's total, what was paid and the balance, and offers as the amount the
uncovered part of the next instalment (else the balance). An amount above the balance, or any
payment before the order is confirmed, must be marked as a prepayment/overpayment with a reason
(the service's rule, which it checks again in the payment's transaction); the dialog says so as the
amount is typed, and shows the service's refusals under their fields.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import payments
from app.services.order_queries import order_detail
from app.services.payment_queries import next_instalment, suggested_amount
from app.services.payments import PREPAYMENT_STATES, PaymentInput
from app.views.dates import date_text
from app.views.dialogs.forms import FieldErrors, error_label, save_form
from app.views.money import format_money
from app.views.orders.shipment_dialog import pydate, qdate
from app.views.orders.words import METHOD_TITLES, method_title
from app.views.quotations.line_model import read_decimal

WARNING_STYLE = "color: #b26a00;"


class PaymentDialog(QDialog):
    """A payment of order `order_id`. After a save `saved` is the Payment."""

    def __init__(self, actor: User, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.order_id = order_id
        self.saved = None
        self.errors = FieldErrors()
        detail = order_detail(actor, order_id)
        order = detail.order
        self.order_number, self.customer_name, self.order_state = order.number, detail.customer_name, order.state
        self.total, self.paid, self.balance = order.total, order.paid_total, detail.balance
        self.upcoming = next_instalment(detail.plan, order.paid_total)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.figures = QLabel()
        self.instalment_label = QLabel()
        self.date_edit = QDateEdit(qdate(dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        suggested = suggested_amount(detail.plan, order.total, order.paid_total)
        self.amount_edit = QLineEdit(f"{suggested:f}" if suggested is not None else "")
        self.method_combo = QComboBox()
        for method in METHOD_TITLES:
            self.method_combo.addItem("", method)
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(80)
        self.prepayment_check = QCheckBox()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(60)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.form_labels[0], self.errors.wrap("pay_date", self.date_edit))
        self.form.addRow(self.form_labels[1], self.errors.wrap("amount", self.amount_edit))
        self.form.addRow(self.form_labels[2], self.errors.wrap("method", self.method_combo))
        self.form.addRow(self.form_labels[3], self.errors.wrap("reference", self.reference_edit))
        self.form.addRow("", self.errors.wrap("is_prepayment", self.prepayment_check))
        self.form.addRow(self.form_labels[4], self.errors.wrap("reason", self.reason_edit))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addWidget(self.instalment_label)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.amount_edit.textChanged.connect(lambda _text: self._update_warning())
        self.prepayment_check.toggled.connect(self._prepayment_toggled)
        self._prepayment_toggled(False)
        self.retranslate_ui()
        self.resize(480, 440)
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Payment for {number}").format(number=self.order_number))
        self.heading.setText(self.tr("{number} · {customer}").format(number=self.order_number,
                                                                      customer=self.customer_name))
        self.figures.setText(self.tr("Total {total}, paid {paid}, balance {balance}").format(
            total=format_money(self.total), paid=format_money(self.paid), balance=format_money(self.balance)))
        if self.upcoming is not None:
            self.instalment_label.setText(self.tr("Next instalment due {date}: {amount} not yet paid").format(
                date=date_text(self.upcoming.due_date), amount=format_money(self.upcoming.uncovered)))
        self.instalment_label.setVisible(self.upcoming is not None)
        labels = (self.tr("Date:"), self.tr("Amount:"), self.tr("Method:"), self.tr("Reference:"), self.tr("Reason:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        for index in range(self.method_combo.count()):
            self.method_combo.setItemText(index, method_title(self.method_combo.itemData(index)))
        self.reference_edit.setPlaceholderText(self.tr("Bank slip, cheque number …"))
        self.prepayment_check.setText(self.tr("Prepayment or overpayment"))
        self.prepayment_check.setToolTip(self.tr("Needed for an amount above the balance, or before the order "
                                                 "is confirmed; give the reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why is this prepayment or overpayment accepted?"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Record the payment (Ctrl+S)"))
        self._update_warning()

    # -- the prepayment rule, as the user types ------------------------------------------------

    def needs_prepayment_mark(self) -> bool:
        """True when the service will want the prepayment/overpayment mark for the amount typed."""
        if self.order_state in PREPAYMENT_STATES:
            return True
        amount = read_decimal(self.amount_edit.text())
        return amount is not None and amount > self.balance

    def _prepayment_toggled(self, checked: bool) -> None:
        self.reason_edit.setEnabled(checked)
        self._update_warning()

    def _update_warning(self) -> None:
        if self.needs_prepayment_mark() and not self.prepayment_check.isChecked():
            if self.order_state in PREPAYMENT_STATES:
                text = self.tr("The order is not confirmed yet: this is a prepayment. Tick the box and give "
                               "the reason.")
            else:
                text = self.tr("The amount is above the balance of {balance}: tick \"Prepayment or "
                               "overpayment\" and give the reason.").format(balance=format_money(self.balance))
            self.warning.setText(text)
            self.warning.show()
        else:
            self.warning.hide()

    # -- saving --------------------------------------------------------------------------------

    def current_input(self) -> PaymentInput:
        amount = self.amount_edit.text().strip().replace(",", "").replace("¥", "")
        return PaymentInput(pay_date=pydate(self.date_edit.date()), amount=amount,
                            method=self.method_combo.currentData(), reference=self.reference_edit.text(),
                            is_prepayment=self.prepayment_check.isChecked(),
                            reason=self.reason_edit.toPlainText() if self.prepayment_check.isChecked() else "")

    def save(self) -> None:
        """Record the payment; the dialog closes when the service took it."""
        self.general.hide()
        if self.needs_prepayment_mark() and not self.prepayment_check.isChecked():
            self.errors.show({"is_prepayment": self.warning.text()})
            return
        data = self.current_input()
        saved = save_form(self, lambda: payments.record_payment(self.actor, self.order_id, data),
                          self.errors, self.general)
        if saved is None:
            return
        self.saved = saved
        self.accept()

    def field_error(self, name: str) -> str:
        """The message under field `name` ("" when none): what tests read."""
        return self.errors.message(name)

    def shown_amount(self) -> Decimal | None:
        return read_decimal(self.amount_edit.text())
