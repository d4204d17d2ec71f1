"""The quotation editor: customer (search) and contact (app.views.quotations.customer_field),
salesperson, dates, terms and notes, and the lines (app.views.quotations.lines_editor: the grid
filled from the keyboard or from a bundle, Ctrl+B, with live totals and the amount in Chinese
capitals recomputed with `quote_math` on every edit, so they equal what the service stores).

Save (Ctrl+S) calls `quotations.create_quotation` or `update_quotation` with the version the form
was opened at; refused fields are shown under their field, refused lines on their cells (red,
message in the tooltip). A quotation that is no longer a draft or rejected opens read-only.
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import quotations
from app.services.errors import ValidationError
from app.services.quotation_states import EDITABLE_STATES
from app.services.quotations import QuotationInput
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, save_form
from app.views.quotations.customer_field import CustomerField
from app.views.quotations.line_model import EditorLine
from app.views.quotations.lines_editor import LinesEditor
from app.views.quotations.salesperson_field import SalespersonField
from app.views.quotations.words import state_title


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit() -> QDateEdit:
    """A date field as the document editors use it: calendar popup, yyyy-MM-dd."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


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
        self.customer = CustomerField(actor)
        self.picker, self.customer_label = self.customer.picker, self.customer.customer_label
        self.contact_combo = self.customer.contact_combo
        self.salesperson = SalespersonField(actor)
        self.quote_date_edit = date_edit()
        self.valid_until_edit = date_edit()
        today = dt.date.today()
        self.quote_date_edit.setDate(qdate(today))
        self.valid_until_edit.setDate(qdate(today + dt.timedelta(days=quotations.DEFAULT_VALIDITY_DAYS)))
        self.terms_edit = QPlainTextEdit()
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setMaximumHeight(56)
        self.notes_edit = QLineEdit()

        self.lines = LinesEditor(actor, self)
        # The parts keep their names on the dialog (tests and benchmarks read them).
        self.line_model, self.grid, self.lines_error = self.lines.line_model, self.lines.grid, self.lines.lines_error
        self.totals, self.hint_label, self.bundles = self.lines.totals, self.lines.hint_label, self.lines.bundles
        self.total_label, self.capitals_label = self.totals.total_label, self.totals.capitals_label
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
        self.form.addRow(self.form_labels[0], self.errors.wrap("customer_id", self.customer, "customer"))
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
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.customer.owner_found.connect(self.salesperson.suggest)
        self.quote_date_edit.dateChanged.connect(self._keep_validity)
        self._validity_days = quotations.DEFAULT_VALIDITY_DAYS
        self.valid_until_edit.dateChanged.connect(self._remember_validity)
        self.retranslate_ui()
        if quotation is not None:
            self._load(quotation)
        else:
            self.salesperson.load()
            self.line_model.add_line()
            self.customer.start_new()
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
        self.lines.retranslate_ui()
        self.customer.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))

    # -- loading -------------------------------------------------------------------------------

    def _load(self, quotation) -> None:
        self.version, self.state = quotation.version, quotation.state
        self.number_label.setText(quotation.number)
        self.state_label.setText(state_title(quotation.state))
        self.setWindowTitle(self.tr("Quotation {number}").format(number=quotation.number))
        customer = quotation.customer
        self.customer.load(customer.id, customer.name, customer.code, quotation.contact_id)
        self.quote_date_edit.setDate(qdate(quotation.quote_date))
        self.valid_until_edit.setDate(qdate(quotation.valid_until))
        self.terms_edit.setPlainText(quotation.terms)
        self.notes_edit.setText(quotation.notes)
        self.salesperson.load(quotation.salesperson_id, quotation.salesperson.display_name)
        self.lines.set_lines([EditorLine.from_stored(line)
                              for line in quotations.quotation_lines(self.actor, quotation.id)])
        if quotation.state not in EDITABLE_STATES:
            self.customer.set_read_only()
            for widget in (self.quote_date_edit, self.valid_until_edit, self.terms_edit, self.notes_edit):
                widget.setEnabled(False)
            self.salesperson.set_read_only()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.save_shortcut.setEnabled(False)
            self.lines.set_read_only(self.tr("Only a draft or rejected quotation can be edited."))

    def customer_id(self) -> int | None:
        return self.customer.customer_id()

    def _remember_validity(self, value: QDate) -> None:
        self._validity_days = self.quote_date_edit.date().daysTo(value)

    def _keep_validity(self, value: QDate) -> None:
        self.valid_until_edit.blockSignals(True)
        self.valid_until_edit.setDate(value.addDays(self._validity_days))
        self.valid_until_edit.blockSignals(False)

    # -- totals --------------------------------------------------------------------------------

    def recompute(self, *_args: object) -> None:
        """Totals and the amount in capitals from the lines as they are now."""
        self.lines.recompute()

    def shown_total(self) -> str:
        return self.total_label.text()

    # -- saving --------------------------------------------------------------------------------

    def current_input(self) -> QuotationInput:
        return QuotationInput(customer_id=self.customer_id() or 0, quote_date=pydate(self.quote_date_edit.date()),
                              valid_until=pydate(self.valid_until_edit.date()),
                              contact_id=self.contact_combo.currentData(),
                              salesperson_id=self.salesperson.salesperson_id(), terms=self.terms_edit.toPlainText(),
                              notes=self.notes_edit.text(), lines=self.line_model.inputs())

    def save(self) -> None:
        """Create or update; the dialog closes when the service took it."""
        if self.line_model.read_only:
            return
        self.grid.setFocus()  # an open cell editor gives its text to the model first
        if self.customer_id() is None:
            self.errors.show({"customer_id": self.tr("Choose a customer.")})
            return
        data = self.current_input()
        self.lines.clear_errors()

        def call():
            try:
                if self.quotation_id is None:
                    return quotations.create_quotation(self.actor, data)
                return quotations.update_quotation(self.actor, self.quotation_id, self.version, data)
            except ValidationError as exc:
                rest = self.lines.show_line_errors(exc)
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

    def line_error(self, row: int, column: int) -> str:
        """The message on a cell ("" when none): what tests read."""
        return self.line_model.error_at(row, column)

