"""One shipment opened from the list: its lines (read-only) and its header, whose date, carrier,
tracking number, fees and notes may still change while it is a draft or shipped (tracking numbers
often come later: `shipments.update_shipment`, checked against the version it was opened at)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import shipments
from app.services.shipments import ShipmentInput
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, save_form
from app.views.orders.shipment_dialog import pydate, qdate
from app.views.orders.words import shipment_state_title
from app.views.quotations.line_model import number_text
from app.views.tables.paged_model import RIGHT, Column, ListSource, PagedTableModel, setup_table_view

EDITABLE_STATES = ("draft", "shipped")


class ShipmentViewDialog(QDialog):
    """Shipment `shipment_id`; after a save `saved` is the Shipment."""

    def __init__(self, actor: User, shipment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.shipment_id = shipment_id
        self.saved = None
        self.reload_requested = False
        self.errors = FieldErrors()
        shipment = shipments.get_shipment(actor, shipment_id)
        self.version, self.state = shipment.version, shipment.state
        self.number, self.is_return = shipment.number, shipment.is_return
        self.order_number = shipment.order.number
        self.source = ListSource(shipments.shipment_lines(actor, shipment_id))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        self.table.setColumnWidth(0, 320)
        self.date_edit = QDateEdit(qdate(shipment.ship_date))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.carrier_edit = QLineEdit(shipment.carrier)
        self.tracking_edit = QLineEdit(shipment.tracking_no)
        self.freight_edit = QLineEdit(f"{shipment.freight:f}")
        self.packaging_edit = QLineEdit(f"{shipment.packaging:f}")
        self.notes_edit = QLineEdit(shipment.notes)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        for label, (name, edit) in zip(self.form_labels, (
                ("ship_date", self.date_edit), ("carrier", self.carrier_edit), ("tracking_no", self.tracking_edit),
                ("freight", self.freight_edit), ("packaging", self.packaging_edit), ("notes", self.notes_edit)),
                strict=True):
            self.form.addRow(label, self.errors.wrap(name, edit))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        editable = self.state in EDITABLE_STATES
        for edit in (self.date_edit, self.carrier_edit, self.tracking_edit, self.freight_edit, self.packaging_edit,
                     self.notes_edit):
            edit.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        self.save_shortcut.setEnabled(editable)
        self.retranslate_ui()
        self.resize(640, 520)

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Product"), lambda pair: pair[1].description),
                Column(self.tr("Unit"), lambda pair: pair[1].unit),
                Column(self.tr("Quantity"), lambda pair: number_text(abs(pair[0].quantity)), RIGHT)]

    def retranslate_ui(self) -> None:
        kind = self.tr("Return") if self.is_return else self.tr("Shipment")
        self.setWindowTitle(self.tr("{kind} {number}").format(kind=kind, number=self.number))
        self.heading.setText(self.tr("{kind} {number} of order {order} · {state}").format(
            kind=kind, number=self.number, order=self.order_number, state=shipment_state_title(self.state)))
        self.model.set_columns(self._columns())
        labels = (self.tr("Date:"), self.tr("Carrier:"), self.tr("Tracking number:"), self.tr("Freight:"),
                  self.tr("Packaging:"), self.tr("Notes:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save the changes (Ctrl+S)"))

    def save(self) -> None:
        """Store the header; the dialog closes when the service took it."""
        data = ShipmentInput(ship_date=pydate(self.date_edit.date()), carrier=self.carrier_edit.text(),
                             tracking_no=self.tracking_edit.text(),
                             freight=self.freight_edit.text().strip().replace(",", "") or "0",
                             packaging=self.packaging_edit.text().strip().replace(",", "") or "0",
                             notes=self.notes_edit.text())
        saved = save_form(self, lambda: shipments.update_shipment(self.actor, self.shipment_id, self.version, data),
                          self.errors, self.general, on_reload=lambda: close_for_reload(self))
        if saved is not None:
            self.saved = saved
            self.accept()
