"""A new shipment (发货单) or return (退货) of one order, saved as a draft.

The order's lines are listed with what was ordered, shipped (net of returns) and is left; the
quantity column starts at what is left to ship (on a return at 0) and never takes more: the model
refuses it in the cell, and the service, which checks again against other drafts, has its refusals
shown on the same cells. Carrier, tracking number, freight, packaging fees and the date complete
the draft; shipping it, delivering it or cancelling it happen on the shipments list.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import shipments
from app.services.errors import ValidationError
from app.services.order_queries import order_detail
from app.services.shipment_queries import drafted_quantities
from app.services.shipments import ShipmentInput
from app.views.dialogs.forms import FieldErrors, error_label, save_form
from app.views.quotations.line_model import number_text
from app.views.service_text import translate_service_message
from app.views.shipments.line_model import QUANTITY, ShipmentLineModel, ShipmentRowState

COLUMN_WIDTHS = [260, 60, 80, 80, 90, 100]


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ShipmentDialog(QDialog):
    """A draft shipment (or, with `is_return`, a draft return) of order `order_id`. After a save
    `saved` is the Shipment."""

    def __init__(self, actor: User, order_id: int, parent: QWidget | None = None, is_return: bool = False):
        super().__init__(parent)
        self.actor = actor
        self.order_id = order_id
        self.is_return = is_return
        self.saved = None
        self.errors = FieldErrors()
        detail = order_detail(actor, order_id)
        self.order_number = detail.order.number
        self.customer_name = detail.customer_name

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = ShipmentLineModel(self)
        self.model.set_rows(self._rows(detail))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(160)
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: gray;")
        self.hint_label.setWordWrap(True)
        self.date_edit = QDateEdit(qdate(dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.carrier_edit = QLineEdit()
        self.tracking_edit = QLineEdit()
        self.freight_edit = QLineEdit("0.00")
        self.packaging_edit = QLineEdit("0.00")
        self.notes_edit = QLineEdit()
        for edit in (self.carrier_edit, self.tracking_edit):
            edit.setMaxLength(80)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        fees = QHBoxLayout()
        fees.setContentsMargins(0, 0, 0, 0)
        self.packaging_caption = QLabel()
        fees.addWidget(self.errors.wrap("freight", self.freight_edit))
        fees.addWidget(self.packaging_caption)
        fees.addWidget(self.errors.wrap("packaging", self.packaging_edit))
        fees_box = QWidget()
        fees_box.setLayout(fees)
        self.form.addRow(self.form_labels[0], self.errors.wrap("ship_date", self.date_edit))
        self.form.addRow(self.form_labels[1], self.errors.wrap("carrier", self.carrier_edit))
        self.form.addRow(self.form_labels[2], self.errors.wrap("tracking_no", self.tracking_edit))
        self.form.addRow(self.form_labels[3], fees_box)
        self.form.addRow(self.form_labels[4], self.errors.wrap("notes", self.notes_edit))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.wrap("lines", self.hint_label))
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 520)
        first = self.model.index(0, QUANTITY)
        if first.isValid():
            self.table.setCurrentIndex(first)
        self.table.setFocus()

    def _rows(self, detail) -> list[ShipmentRowState]:
        drafted = drafted_quantities(self.actor, self.order_id, self.is_return)
        rows = []
        for state in detail.lines:
            line = state.line
            held = drafted.get(line.id, Decimal(0))
            if self.is_return:
                left = max(Decimal(0), state.shipped - held)
                default = ""
            else:
                left = max(Decimal(0), state.remaining - held)
                default = number_text(left) if left else ""
            rows.append(ShipmentRowState(line.id, line.description, line.unit, line.quantity, state.shipped,
                                         left, default))
        return rows

    def retranslate_ui(self) -> None:
        values = {"number": self.order_number, "customer": self.customer_name}
        if self.is_return:
            self.setWindowTitle(self.tr("Return of {number}").format(**values))
            self.heading.setText(self.tr("Goods coming back from {customer} on order {number}").format(**values))
        else:
            self.setWindowTitle(self.tr("Shipment of {number}").format(**values))
            self.heading.setText(self.tr("Goods leaving for {customer} on order {number}").format(**values))
        self.model.headers = [self.tr("Product"), self.tr("Unit"), self.tr("Ordered"), self.tr("Shipped"),
                              self.tr("May return") if self.is_return else self.tr("Remaining"),
                              self.tr("Quantity to return") if self.is_return else self.tr("Quantity to ship")]
        labels = (self.tr("Date:"), self.tr("Carrier:"), self.tr("Tracking number:"), self.tr("Freight:"),
                  self.tr("Notes:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.packaging_caption.setText(self.tr("Packaging:"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save draft"))
        save.setToolTip(self.tr("Save as a draft; ship it from the shipments list (Ctrl+S)"))
        self.hint_label.setText(self.tr("Type the quantity of each line, at most the column before it; "
                                        "Tab moves on; Ctrl+S saves the draft."))

    # -- saving --------------------------------------------------------------------------------

    def current_input(self) -> ShipmentInput:
        return ShipmentInput(ship_date=pydate(self.date_edit.date()), lines=self.model.inputs(),
                             carrier=self.carrier_edit.text(), tracking_no=self.tracking_edit.text(),
                             freight=self.freight_edit.text().strip().replace(",", "") or "0",
                             packaging=self.packaging_edit.text().strip().replace(",", "") or "0",
                             notes=self.notes_edit.text())

    def save(self) -> None:
        """Check the quantities, then create the draft; the dialog closes when the service took it."""
        self.table.setFocus()  # an open cell editor gives its text to the model first
        self.errors.clear()
        self.general.hide()
        if self.model.check():
            self._say_line_errors()
            return
        if not self.model.chosen_total():
            self.errors.show({"lines": self.tr("Give a quantity for at least one line.")})
            return
        data = self.current_input()
        create = shipments.create_return if self.is_return else shipments.create_shipment

        def call():
            try:
                return create(self.actor, self.order_id, data)
            except ValidationError as exc:
                lines = {k: translate_service_message(v) for k, v in exc.fields.items() if k.startswith("lines.")}
                self.model.set_errors(lines)
                self._say_line_errors()
                rest = {k: v for k, v in exc.fields.items() if not k.startswith("lines.")}
                if rest:
                    raise ValidationError(rest) from exc
                return None

        saved = save_form(self, call, self.errors, self.general)
        if saved is None:
            return
        self.saved = saved
        self.accept()

    def _say_line_errors(self) -> None:
        rows = self.model.error_rows()
        if not rows:
            return
        self.errors.show({"lines": self.tr("Check line(s) {rows}: hover a red cell for the reason.").format(
            rows=", ".join(str(row + 1) for row in rows))})
        self.table.setCurrentIndex(self.model.index(rows[0], QUANTITY))

    # -- what tests read and type --------------------------------------------------------------

    def line_error(self, row: int) -> str:
        return self.model.error_at(row)

    def set_quantity(self, row: int, text: str) -> None:
        self.model.setData(self.model.index(row, QUANTITY), text)
