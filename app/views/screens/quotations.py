"""The quotation list (报价单): newest first, filtered by state and date range, searched by number
or customer; new and open through QuotationDialog; submit for approval, approve or reject with a
comment (holders of "quotations.approve"), mark sent, and export the PDF (write_quotation_pdf,
about 0.1 s: on the UI thread).

Each action reads the quotation again for its version, so a stale list row cannot overwrite a
newer decision: the service refuses it (ConflictError) and the list reloads.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.quotation_pdf import FontNotFound, write_quotation_pdf
from app.services import quotation_decisions, quotations
from app.services.errors import ServiceError
from app.services.permissions import can
from app.services.quotation_queries import QuotationFilter, QuotationRow, count_quotations, quotation_page
from app.views.context import AppContext
from app.views.customers.search_box import SearchBox
from app.views.dates import date_text
from app.views.dialogs.forms import open_record_form
from app.views.dialogs.quotation_dialog import QuotationDialog
from app.views.errors import show_error
from app.views.money import format_money
from app.views.quotations.words import STATE_TITLES, state_title
from app.views.screens import Screen
from app.views.tables.paged_model import CENTER, RIGHT, Column, PagedTableModel, on_row_opened, setup_table_view
from app.views.tables.selection import row_values, select_row_by_id, selected_row

# number, customer, salesperson, date, valid until, state, total
COLUMN_WIDTHS = [150, 240, 90, 90, 90, 100, 120]
NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum means "any date"


def ask_comment(parent: QWidget, title: str, label: str) -> str | None:
    """The approver's comment; None when cancelled. Tests replace this function."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write the PDF ("" when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path


class QuotationsScreen(Screen):
    """Every quotation the user may see that matches the filters; `current_dialog` is the editor
    while it is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.approver = can(context.user, "quotations.approve")
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(200)
        self.state_label = QLabel()
        self.state_combo = QComboBox()
        self.state_combo.addItem("", "")
        for state in STATE_TITLES:
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
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_combo)
        filters.addWidget(self.from_label)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.to_label)
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        self.sent_button = QPushButton()
        self.pdf_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.submit_button, self.approve_button,
                       self.reject_button, self.sent_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.approve_button.setVisible(self.approver)
        self.reject_button.setVisible(self.approver)
        self.flt = QuotationFilter()
        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [], parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)

        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.activated.connect(self.search_box.setFocus)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.activated.connect(self.new_quotation)
        self.new_button.clicked.connect(self.new_quotation)
        self.open_button.clicked.connect(self.open_quotation)
        self.submit_button.clicked.connect(self.submit_selected)
        self.approve_button.clicked.connect(lambda: self.decide_selected(True))
        self.reject_button.clicked.connect(lambda: self.decide_selected(False))
        self.sent_button.clicked.connect(self.mark_selected_sent)
        self.pdf_button.clicked.connect(self.export_pdf)
        on_row_opened(self.table, self.open_quotation)
        self.search_box.search_changed.connect(lambda _text: self.apply_filter())
        self.search_box.down_pressed.connect(self.table.setFocus)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
            Column(self.tr("Salesperson"), lambda r: r.salesperson_name),
            Column(self.tr("Date"), lambda r: date_text(r.quote_date), CENTER),
            Column(self.tr("Valid until"), lambda r: date_text(r.valid_until), CENTER),
            Column(self.tr("State"), lambda r: state_title(r.state), CENTER),
            Column(self.tr("Total"), lambda r: format_money(r.total), RIGHT),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.search_box.setPlaceholderText(self.tr("Number or customer"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Esc clears"))
        self.state_label.setText(self.tr("State:"))
        self.state_combo.setItemText(0, self.tr("All states"))
        for index in range(1, self.state_combo.count()):
            self.state_combo.setItemText(index, state_title(self.state_combo.itemData(index)))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("any"))
        self.new_button.setText(self.tr("New quotation"))
        self.new_button.setToolTip(self.tr("Create a quotation (Ctrl+N)"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open the selected quotation (Enter or double-click)"))
        self.submit_button.setText(self.tr("Submit for approval"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.sent_button.setText(self.tr("Mark sent"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def current_filter(self) -> QuotationFilter:
        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value <= NO_DATE else dt.date(value.year(), value.month(), value.day())

        return QuotationFilter(state=self.state_combo.currentData() or "", search=self.search_box.text().strip(),
                               date_from=day(self.from_edit), date_to=day(self.to_edit))

    def apply_filter(self) -> None:
        """Show the quotations matching the search and filters, from the top."""
        actor, self.flt = self.context.user, self.current_filter()
        self.model.reset(partial(count_quotations, actor, self.flt),
                         lambda offset, limit, _sort, flt=self.flt: quotation_page(actor, flt, offset, limit))
        self.table.scrollToTop()
        self._show_count()

    def reload(self, select_id: int | None = None) -> None:
        """Read the rows again; select `select_id` (else the selected quotation) when it is listed."""
        selected = self.selected_quotation()
        self.model.reset()
        target = select_id if select_id is not None else (selected.id if selected else None)
        if target is not None and self.model.rowCount() <= PagedTableModel.BLOCK_SIZE * 5:
            select_row_by_id(self.table, self.model, target)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n quotation(s)", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        row = self.selected_quotation()
        state = row.state if row is not None else ""
        self.open_button.setEnabled(row is not None)
        self.pdf_button.setEnabled(row is not None)
        self.submit_button.setEnabled(state in ("draft", "rejected") and bool(row and row.needs_approval))
        self.approve_button.setEnabled(state == "pending")
        self.reject_button.setEnabled(state == "pending")
        self.sent_button.setEnabled(state == "approved" or (state == "draft" and not row.needs_approval))

    def selected_quotation(self) -> QuotationRow | None:
        return selected_row(self.table, self.model)

    def shown_numbers(self) -> list[str]:
        """The numbers listed, in order (for tests)."""
        return row_values(self.model, lambda row: row.number)

    # -- editor --------------------------------------------------------------------------------

    def new_quotation(self) -> None:
        self._open_editor(None)

    def open_quotation(self) -> None:
        row = self.selected_quotation()
        if row is not None:
            self._open_editor(row.id)

    def _open_editor(self, quotation_id: int | None) -> None:
        """The editor, window-modal without blocking; the list reloads after a save."""
        open_record_form(self, lambda: QuotationDialog(self.context.user, self, quotation_id),
                         saved=self._saved, reload=self.reload)

    def _saved(self, quotation) -> None:
        self.reload(select_id=quotation.id)
        self.records_changed.emit()

    # -- states --------------------------------------------------------------------------------

    def _act(self, action) -> bool:
        """Run `action(actor, id, version)` on the selected quotation; say why when refused."""
        row = self.selected_quotation()
        if row is None:
            return False
        actor = self.context.user
        try:
            version = quotations.get_quotation(actor, row.id).version
            action(actor, row.id, version)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return False
        self.reload(select_id=row.id)
        self.records_changed.emit()
        return True

    def submit_selected(self) -> bool:
        return self._act(quotation_decisions.submit_for_approval)

    def mark_selected_sent(self) -> bool:
        return self._act(quotations.mark_sent)

    def decide_selected(self, approve: bool) -> bool:
        """Approve or reject the selected quotation with a comment (required to reject)."""
        row = self.selected_quotation()
        if row is None or not self.approver:
            return False
        title = self.tr("Approve {number}") if approve else self.tr("Reject {number}")
        comment = ask_comment(self, title.format(number=row.number),
                              self.tr("Comment:") if approve else self.tr("Why is it rejected?"))
        if comment is None:
            return False
        decide = quotation_decisions.approve if approve else quotation_decisions.reject
        return self._act(lambda actor, quotation_id, version: decide(actor, quotation_id, version, comment))

    def export_pdf(self) -> str | None:
        """Write the selected quotation as a PDF where the user says; the path, or None."""
        row = self.selected_quotation()
        if row is None:
            return None
        path = choose_pdf_path(self, self.tr("Export PDF"), f"{row.number}.pdf")
        if not path:
            return None
        try:
            write_quotation_pdf(self.context.user, row.id, path)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        except (OSError, FontNotFound) as exc:
            show_error(self, ServiceError(str(exc)))
            return None
        return path
