"""The opportunity form: a new opportunity (choose the customer, title, amount, expected close
date) or an edit of title, amount and date.

OK calls the service and closes only when it succeeded; a ValidationError puts each message under
its field. When someone else saved the opportunity first (ConflictError) the user may reload: the
form closes with `reload_requested` set and the board shows the stored opportunity again.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import opportunities
from app.services.errors import ServiceError
from app.services.opportunities import OpportunityInput, PipelineCard
from app.views.dialogs.forms import (
    FieldErrors,
    close_for_reload,
    error_label,
    ok_cancel_buttons,
    save_form,
    show_refusal,
)
from app.views.pipeline.customer_picker import CustomerPicker

DEFAULT_CLOSE_IN_DAYS = 30
AMOUNT_PATTERN = r"[0-9,]{0,16}(\.[0-9]{0,2})?"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OpportunityDialog(QDialog):
    """New (`card` None) or edit. After OK `saved_id` is the opportunity's id."""

    def __init__(self, actor: User, card: PipelineCard | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.card = card
        self.saved_id: int | None = None
        self.reload_requested = False
        self.errors = FieldErrors()

        self.picker: CustomerPicker | None = None
        customer_field: QWidget
        if card is None:
            self.picker = CustomerPicker(actor)
            customer_field = self.picker
        else:
            customer_field = QLabel(card.customer_name)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.amount_edit = QLineEdit()
        self.amount_edit.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self))
        self.amount_edit.setMaximumWidth(180)
        self.close_check = QCheckBox()
        self.close_edit = QDateEdit()
        self.close_edit.setCalendarPopup(True)
        self.close_edit.setDisplayFormat("yyyy-MM-dd")
        close_row = QWidget()
        close_layout = QHBoxLayout(close_row)
        close_layout.setContentsMargins(0, 0, 0, 0)
        close_layout.addWidget(self.close_check)
        close_layout.addWidget(self.close_edit)
        close_layout.addStretch(1)

        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.labels[0], self.errors.wrap("customer_id", customer_field))
        form.addRow(self.labels[1], self.errors.wrap("title", self.title_edit))
        form.addRow(self.labels[2], self.errors.wrap("amount", self.amount_edit))
        form.addRow(self.labels[3], self.errors.wrap("expected_close_on", close_row))
        self.general_error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.close_check.toggled.connect(self.close_edit.setEnabled)
        self.retranslate_ui()
        if card is None:
            self.close_check.setChecked(True)
            self.close_edit.setDate(_qdate(dt.date.today() + dt.timedelta(days=DEFAULT_CLOSE_IN_DAYS)))
            self.picker.search("")
        else:
            self.title_edit.setText(card.title)
            self.amount_edit.setText(f"{card.amount:.2f}")
            self.close_check.setChecked(card.expected_close_on is not None)
            self.close_edit.setEnabled(card.expected_close_on is not None)
            self.close_edit.setDate(_qdate(card.expected_close_on or dt.date.today()))
        self.setMinimumWidth(480)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New opportunity") if self.card is None else self.tr("Edit opportunity"))
        for label, text in zip(self.labels, (self.tr("Customer:"), self.tr("Title:"), self.tr("Amount (¥):"),
                                             self.tr("Expected close:")), strict=True):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. 2025 ERP upgrade"))
        self.amount_edit.setPlaceholderText("0.00")
        self.close_check.setText(self.tr("by"))
        if self.picker is not None:
            self.picker.retranslate_ui()

    def opportunity_input(self) -> OpportunityInput | None:
        """What the form holds as the service's input; None when no customer is chosen."""
        customer_id = self.picker.chosen_id() if self.picker is not None else self.card.customer_id
        if customer_id is None:
            return None
        expected = self.close_edit.date().toPython() if self.close_check.isChecked() else None
        amount = self.amount_edit.text().strip() or Decimal("0")
        return OpportunityInput(customer_id=customer_id, title=self.title_edit.text(), amount=amount,
                                expected_close_on=expected)

    def accept(self) -> None:
        data = self.opportunity_input()
        if data is None:
            self.errors.show({"customer_id": self.tr("Choose the customer.")})
            return
        saved = save_form(self, lambda: self._save(data), self.errors, self.general_error,
                          on_reload=lambda: close_for_reload(self), on_error=self._refused)
        if saved is not None:
            self.saved_id = saved.id
            super().accept()

    def _save(self, data: OpportunityInput) -> opportunities.Opportunity:
        if self.card is None:
            return opportunities.create_opportunity(self.actor, data)
        return opportunities.update_opportunity(self.actor, self.card.id, self.card.version, data)

    def _refused(self, exc: ServiceError) -> None:
        self.errors.clear()
        show_refusal(self.general_error, exc)
