"""The quotation editor: customer (search), contact, salesperson, dates, terms and notes, and the
line grid filled from the keyboard (app.views.quotations.line_model) or from a bundle (Ctrl+B,
app.views.quotations.bundle_insert). The totals and the amount in Chinese capitals are recomputed
with `quote_math` on every edit, so they equal what the service stores.

Save (Ctrl+S) calls `quotations.create_quotation` or `update_quotation` with the version the form
was opened at; refused fields are shown under their field, refused lines on their cells (red,
message in the tooltip). A quotation that is no longer a draft or rejected opens read-only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import customers, quotations
from app.services.errors import ServiceError, ValidationError
from app.services.quotation_states import EDITABLE_STATES
from app.services.quotations import QuotationInput
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, save_form
from app.views.pipeline.customer_picker import CustomerPicker
from app.views.quotations.bundle_insert import BundleInserter
from app.views.quotations.line_model import EditorLine, LineGrid, LineModel
from app.views.quotations.product_picker import ProductDelegate
from app.views.quotations.salesperson_field import SalespersonField
from app.views.quotations.totals_panel import TotalsPanel
from app.views.quotations.words import state_title
from app.views.service_text import translate_service_message

COLUMN_WIDTHS = [260, 80, 100, 80, 70, 110, 90]


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QuotationDialog(QDialog):
    """New (`quotation_id` None) or open an existing quotation. After a save `saved` is the quotation."""

    def __init__(self, actor: User, parent: QWidget | None = None, quotation_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.quotation_id = quotation_id
        self.saved = None
        self.reload_requested = False
        self.errors = FieldErrors()
        self.version = 0
        self.state = "draft"
        quotation = quotations.get_quotation(actor, quotation_id) if quotation_id is not None else None

        self.number_label = QLabel()
        self.state_label = QLabel()
        self.picker = CustomerPicker(actor, collapse_when_picked=True)
        self.picker.results.setMaximumHeight(120)
        self.picker.results.setMinimumHeight(60)
        self.customer_label = QLabel()
        self.contact_combo = QComboBox()
        self.contact_combo.setMinimumWidth(160)
        self.salesperson = SalespersonField(actor)
        self.quote_date_edit = QDateEdit()
        self.valid_until_edit = QDateEdit()
        for edit in (self.quote_date_edit, self.valid_until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.quote_date_edit.setDate(_qdate(today))
        self.valid_until_edit.setDate(_qdate(today + dt.timedelta(days=quotations.DEFAULT_VALIDITY_DAYS)))
        self.terms_edit = QPlainTextEdit()
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setMaximumHeight(56)
        self.notes_edit = QLineEdit()

        self.line_model = LineModel(self)
        self.grid = LineGrid(self.line_model)
        self.grid.setItemDelegate(ProductDelegate(actor, self.grid))
        for column, width in enumerate(COLUMN_WIDTHS):
            self.grid.setColumnWidth(column, width)
        self.grid.setMinimumHeight(200)
        self.lines_error = error_label()
        self.totals = TotalsPanel()
        self.total_label, self.capitals_label = self.totals.total_label, self.totals.capitals_label
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: gray;")
        self.hint_label.setWordWrap(True)
        self.bundles = BundleInserter(actor, self.grid, self)
        self.bundles.left_out.connect(self._say_left_out)
        self.general = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.state_label)
        customer_box = QWidget()
        customer_layout = QVBoxLayout(customer_box)
        customer_layout.setContentsMargins(0, 0, 0, 0)
        customer_layout.addWidget(self.picker)
        customer_layout.addWidget(self.customer_label)
        self.form.addRow(self.form_labels[0], self.errors.wrap("customer_id", customer_box, "customer"))
        self.form.addRow(self.form_labels[1], self.errors.wrap("contact_id", self.contact_combo))
        self.form.addRow(self.form_labels[5], self.errors.wrap("salesperson_id", self.salesperson))
        dates = QHBoxLayout()
        dates.addWidget(self.quote_date_edit)
        self.valid_caption = QLabel()
        dates.addWidget(self.valid_caption)
        dates.addWidget(self.errors.wrap("valid_until", self.valid_until_edit))
        dates.addStretch(1)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.form_labels[2], dates_box)
        self.form.addRow(self.form_labels[3], self.errors.wrap("terms", self.terms_edit))
        self.form.addRow(self.form_labels[4], self.errors.wrap("notes", self.notes_edit, "currency"))
        below_grid = QHBoxLayout()
        below_grid.addWidget(self.hint_label, 1)
        below_grid.addWidget(self.bundles.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.form)
        layout.addWidget(self.grid, 1)
        layout.addLayout(below_grid)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.totals)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.picker.chosen.connect(self._fill_contacts)
        self.picker.picked.connect(lambda: self.contact_combo.setFocus(Qt.FocusReason.OtherFocusReason))
        for signal in (self.line_model.dataChanged, self.line_model.rowsInserted, self.line_model.rowsRemoved,
                       self.line_model.modelReset):
            signal.connect(self.recompute)
        self.quote_date_edit.dateChanged.connect(self._keep_validity)
        self._validity_days = quotations.DEFAULT_VALIDITY_DAYS
        self.valid_until_edit.dateChanged.connect(self._remember_validity)
        self.retranslate_ui()
        if quotation is not None:
            self._load(quotation)
        else:
            self.salesperson.load()
            self.line_model.add_line()
            self.customer_label.hide()
            self.picker.search()
        self.recompute()
        self.resize(940, 680)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quotation") if self.quotation_id is None else self.tr("Quotation {number}").format(
            number=self.number_label.text()))
        labels = (self.tr("Customer:"), self.tr("Contact:"), self.tr("Date:"), self.tr("Terms:"), self.tr("Notes:"),
                  self.tr("Salesperson:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.valid_caption.setText(self.tr("Valid until:"))
        self.line_model.headers = [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"),
                                   self.tr("Discount %"), self.tr("Tax rate %"), self.tr("Net"), self.tr("Tax")]
        self.line_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.totals.retranslate_ui()
        self.hint_label.setText(self.tr("Type a product code, name or pinyin; Tab moves on; Insert or Ctrl+Enter "
                                        "adds a line, Delete removes it; Ctrl+S saves."))
        self.bundles.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))
        if self.contact_combo.count():
            self.contact_combo.setItemText(0, self.tr("(no contact)"))

    # -- loading -------------------------------------------------------------------------------

    def _load(self, quotation) -> None:
        self.version, self.state = quotation.version, quotation.state
        self.number_label.setText(quotation.number)
        self.state_label.setText(state_title(quotation.state))
        self.setWindowTitle(self.tr("Quotation {number}").format(number=quotation.number))
        customer = quotation.customer
        self.picker.hide()
        self.customer_label.setText(f"{customer.name}    {customer.code}")
        self._customer_id = customer.id
        self._fill_contacts(quotation.contact_id)
        self.quote_date_edit.setDate(_qdate(quotation.quote_date))
        self.valid_until_edit.setDate(_qdate(quotation.valid_until))
        self.terms_edit.setPlainText(quotation.terms)
        self.notes_edit.setText(quotation.notes)
        self.salesperson.load(quotation.salesperson_id, quotation.salesperson.display_name)
        self.line_model.set_lines([EditorLine.from_stored(line)
                                   for line in quotations.quotation_lines(self.actor, quotation.id)])
        if quotation.state not in EDITABLE_STATES:
            self.line_model.read_only = True
            for widget in (self.contact_combo, self.quote_date_edit, self.valid_until_edit, self.terms_edit,
                           self.notes_edit):
                widget.setEnabled(False)
            self.salesperson.set_read_only()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.save_shortcut.setEnabled(False)
            self.bundles.set_enabled(False)
            self.hint_label.setText(self.tr("Only a draft or rejected quotation can be edited."))

    def customer_id(self) -> int | None:
        return getattr(self, "_customer_id", None) if self.quotation_id is not None else self.picker.chosen_id()

    def _fill_contacts(self, chosen: int | None = None) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(no contact)"), None)
        customer_id = self.customer_id()
        if customer_id is None:
            return
        try:
            customer, contacts = customers.get_customer(self.actor, customer_id)
        except ServiceError:
            return
        if self.quotation_id is None:
            self.salesperson.suggest(customer.owner_id)
        for contact in contacts:
            self.contact_combo.addItem(contact.name + (f" · {contact.title}" if getattr(contact, "title", "") else ""),
                                       contact.id)
        index = self.contact_combo.findData(chosen) if chosen is not None else (1 if contacts else 0)
        self.contact_combo.setCurrentIndex(max(index, 0))

    def _remember_validity(self, value: QDate) -> None:
        self._validity_days = self.quote_date_edit.date().daysTo(value)

    def _keep_validity(self, value: QDate) -> None:
        self.valid_until_edit.blockSignals(True)
        self.valid_until_edit.setDate(value.addDays(self._validity_days))
        self.valid_until_edit.blockSignals(False)

    # -- totals --------------------------------------------------------------------------------

    def recompute(self, *_args: object) -> None:
        """Totals and the amount in capitals from the lines as they are now."""
        self.totals.show_totals(self.line_model.totals())

    def shown_total(self) -> str:
        return self.total_label.text()

    def _say_left_out(self, count: int) -> None:
        self.hint_label.setText(self.tr("{count} product(s) of the bundle are no longer sold and were left "
                                        "out.").format(count=count))

    # -- saving --------------------------------------------------------------------------------

    def current_input(self) -> QuotationInput:
        return QuotationInput(customer_id=self.customer_id() or 0, quote_date=_date(self.quote_date_edit.date()),
                              valid_until=_date(self.valid_until_edit.date()),
                              contact_id=self.contact_combo.currentData(),
                              salesperson_id=self.salesperson.salesperson_id(), terms=self.terms_edit.toPlainText(),
                              notes=self.notes_edit.text(), lines=self.line_model.inputs())

    def save(self) -> None:
        """Create or update; the dialog closes when the service took it."""
        if self.line_model.read_only:
            return
        self.grid.setFocus()  # an open cell editor gives its text to the model first
        self.lines_error.hide()
        if self.customer_id() is None:
            self.errors.show({"customer_id": self.tr("Choose a customer.")})
            return
        data = self.current_input()
        self.line_model.set_errors({})

        def call():
            try:
                if self.quotation_id is None:
                    return quotations.create_quotation(self.actor, data)
                return quotations.update_quotation(self.actor, self.quotation_id, self.version, data)
            except ValidationError as exc:
                rest = self.show_line_errors(exc)
                if rest:
                    raise ValidationError(rest) from exc
                self.errors.clear()
                self.general.hide()
                return None

        saved = save_form(self, call, self.errors, self.general, on_reload=lambda: close_for_reload(self))
        if saved is None:
            return
        self.saved = saved
        self.accept()

    def show_line_errors(self, exc: ValidationError) -> dict[str, str]:
        """Mark the refused cells (message in the tooltip) and go to the first; the other messages
        are returned."""
        lines = {key: translate_service_message(text) for key, text in exc.fields.items() if key.startswith("lines.")}
        self.line_model.set_errors(lines)
        rows = self.line_model.error_rows()
        if rows:
            self.lines_error.setText(self.tr("Check line(s) {rows}: hover a red cell for the reason.").format(
                rows=", ".join(str(row + 1) for row in rows)))
            self.lines_error.show()
            self.grid.setCurrentIndex(self.line_model.index(rows[0], 0))
        return {key: text for key, text in exc.fields.items() if not key.startswith("lines.")}

    def line_error(self, row: int, column: int) -> str:
        """The message on a cell ("" when none): what tests read."""
        return self.line_model.error_at(row, column)

