"""The order editor for a new order or a draft (direct entry, or a converted quotation before it is
confirmed): customer and contact, salesperson, sign date, service start and end dates, terms,
notes, the line grid of the quotation editor (product search, bundles, live totals, capitals) and
the payment plan (app.views.orders.plan_editor), whose sum is shown against the lines' total.

Save (Ctrl+S) calls `orders.create_order` or `update_order` with the version the editor was opened
at; a stale edit is refused (ConflictError) and the editor offers to reload. Refused fields are
shown under their field, refused lines on their cells, refused instalments under the plan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import orders
from app.services.errors import ValidationError
from app.services.order_queries import order_detail
from app.services.orders import OrderInput
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, save_form
from app.views.dialogs.quotation_dialog import date_edit, pydate, qdate
from app.views.orders.plan_editor import PlanEditor
from app.views.orders.words import state_title
from app.views.quotations.customer_field import CustomerField
from app.views.quotations.line_model import EditorLine
from app.views.quotations.lines_editor import LinesEditor
from app.views.quotations.salesperson_field import SalespersonField
from app.views.service_text import translate_service_message

NO_DATE = QDate(2000, 1, 1)  # an optional date at its minimum means "none"


def optional_date_edit() -> QDateEdit:
    edit = date_edit()
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


class OrderEditor(QDialog):
    """New (`order_id` None) or edit a draft order. After a save `saved` is the order."""

    def __init__(self, actor: User, parent: QWidget | None = None, order_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.order_id = order_id
        self.saved = None
        self.reload_requested = False
        self.version = 0
        self.errors = FieldErrors()
        detail = order_detail(actor, order_id) if order_id is not None else None

        self.number_label, self.state_label = QLabel(), QLabel()
        self.customer = CustomerField(actor)
        self.salesperson = SalespersonField(actor)
        self.sign_date_edit = date_edit()
        self.sign_date_edit.setDate(qdate(dt.date.today()))
        self.start_edit, self.end_edit = optional_date_edit(), optional_date_edit()
        self.terms_edit = QPlainTextEdit()
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setMaximumHeight(48)
        self.notes_edit = QLineEdit()
        self.lines = LinesEditor(actor, self)
        self.plan = PlanEditor()
        self.plan_box = QGroupBox()
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.errors.wrap("plan", self.plan))
        self.plan_error = error_label()
        plan_layout.addWidget(self.plan_error)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        self.labels = [QLabel() for _ in range(8)]
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.labels[0], self.errors.wrap("customer_id", self.customer, "customer"))
        left.addRow(self.labels[1], self.errors.wrap("contact_id", self.customer.contact_combo))
        left.addRow(self.labels[2], self.errors.wrap("salesperson_id", self.salesperson))
        right.addRow(self.labels[3], self.errors.wrap("sign_date", self.sign_date_edit))
        service = QHBoxLayout()
        service.setContentsMargins(0, 0, 0, 0)
        service.addWidget(self.errors.wrap("start_date", self.start_edit))
        service.addWidget(self.labels[7])
        service.addWidget(self.errors.wrap("end_date", self.end_edit))
        service_box = QWidget()
        service_box.setLayout(service)
        right.addRow(self.labels[4], service_box)
        right.addRow(self.labels[5], self.errors.wrap("terms", self.terms_edit))
        right.addRow(self.labels[6], self.errors.wrap("notes", self.notes_edit, "currency"))
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.state_label)
        form = QHBoxLayout()
        form.addLayout(left, 1)
        form.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.customer.owner_found.connect(self.salesperson.suggest)
        self.lines.totals_changed.connect(lambda sums: self.plan.set_total(sums.total))
        self.retranslate_ui()
        if detail is not None:
            self._load(detail)
        else:
            self.salesperson.load()
            self.lines.line_model.add_line()
            self.customer.start_new()
        self.lines.recompute()
        self.resize(1040, 780)

    def retranslate_ui(self) -> None:
        number = self.number_label.text()
        self.setWindowTitle(self.tr("Order {number}").format(number=number) if number else self.tr("New order"))
        texts = (self.tr("Customer:"), self.tr("Contact:"), self.tr("Salesperson:"), self.tr("Sign date:"),
                 self.tr("Service period:"), self.tr("Terms:"), self.tr("Notes:"), self.tr("to"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for edit in (self.start_edit, self.end_edit):
            edit.setSpecialValueText(self.tr("none"))
        self.plan_box.setTitle(self.tr("Payment plan"))
        self.lines.retranslate_ui()
        self.plan.retranslate_ui()
        self.customer.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))

    def _load(self, detail) -> None:
        order = detail.order
        if order.state not in orders.EDITABLE_STATES:
            raise ValidationError({"state": "Only a draft order can be edited."})
        self.version = order.version
        self.number_label.setText(order.number)
        self.state_label.setText(state_title(order.state))
        self.setWindowTitle(self.tr("Order {number}").format(number=order.number))
        self.customer.load(order.customer_id, detail.customer_name, order.customer.code, order.contact_id)
        self.salesperson.load(order.salesperson_id, detail.salesperson_name)
        self.sign_date_edit.setDate(qdate(order.sign_date))
        for edit, value in ((self.start_edit, order.start_date), (self.end_edit, order.end_date)):
            edit.setDate(qdate(value) if value else NO_DATE)
        self.terms_edit.setPlainText(order.terms)
        self.notes_edit.setText(order.notes)
        self.lines.set_lines([EditorLine.from_stored(state.line) for state in detail.lines])
        self.plan.set_instalments([(item.due_date, item.amount) for item in detail.plan])

    # -- saving --------------------------------------------------------------------------------

    def current_input(self) -> OrderInput:
        def optional(edit) -> dt.date | None:
            return None if edit.date() <= NO_DATE else pydate(edit.date())

        return OrderInput(customer_id=self.customer.customer_id() or 0, sign_date=pydate(self.sign_date_edit.date()),
                          contact_id=self.customer.contact_id(), salesperson_id=self.salesperson.salesperson_id(),
                          start_date=optional(self.start_edit), end_date=optional(self.end_edit),
                          terms=self.terms_edit.toPlainText(), notes=self.notes_edit.text(),
                          lines=self.lines.line_model.inputs(), plan=self.plan.instalments())

    def save(self) -> None:
        """Create or update; the editor closes when the service took it."""
        self.lines.grid.setFocus()  # an open cell editor gives its text to the model first
        self.plan.table.setFocus()
        if self.customer.customer_id() is None:
            self.errors.show({"customer_id": self.tr("Choose a customer.")})
            return
        data = self.current_input()
        self.lines.clear_errors()
        self.plan_error.hide()

        def call():
            try:
                if self.order_id is None:
                    return orders.create_order(self.actor, data)
                return orders.update_order(self.actor, self.order_id, self.version, data)
            except ValidationError as exc:
                rest = self._show_plan_errors(self.lines.show_line_errors(exc))
                if rest:
                    raise ValidationError(rest) from exc
                self.errors.clear()
                self.general.hide()
                return None

        saved = save_form(self, call, self.errors, self.general, on_reload=lambda: close_for_reload(self))
        if saved is not None:
            self.saved = saved
            self.accept()

    def _show_plan_errors(self, fields: dict[str, str]) -> dict[str, str]:
        """Say under the plan which instalments were refused ("plan.N.field"); the rest is returned."""
        cells = sorted((key, text) for key, text in fields.items() if key.startswith("plan."))
        if cells:
            self.plan_error.setText("\n".join(
                self.tr("Instalment {number}: {message}").format(number=int(key.split(".")[1]) + 1,
                                                                 message=translate_service_message(text))
                for key, text in cells))
            self.plan_error.show()
        return {key: text for key, text in fields.items() if not key.startswith("plan.")}
