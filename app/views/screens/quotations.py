"""The quotation list (报价单): newest first, filtered (app/views/quotations/filter_bar.py) by search,
state, date range, salesperson and customer; new and open through QuotationDialog; submit for
approval, approve or reject with a comment (holders of "quotations.approve"), mark sent, record the
customer's answer (accepted / declined, after a confirmation), make a revision of a sent quotation
(opened at once in the editor), convert an accepted quotation to an order (its window opens),
export the PDF and preview or print exactly that PDF (write_quotation_pdf, about 0.1 s: on the UI
thread).

Each action reads the quotation again for its version, so a stale list row cannot overwrite a
newer decision: the service refuses it (ConflictError) and the list reloads. Which buttons are
enabled follows the state machine (quotation_states.may_move).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from app.reports.quotation_pdf import FontNotFound, write_quotation_pdf
from app.services import quotation_decisions, quotations
from app.services.errors import ServiceError
from app.services.permissions import can
from app.services.quotation_queries import QuotationFilter, QuotationRow, count_quotations, quotation_page
from app.views.context import AppContext
from app.views.dates import date_text
from app.views.dialogs.forms import confirm, open_record_form
from app.views.dialogs.quotation_dialog import QuotationDialog
from app.views.errors import show_error
from app.views.money import format_money
from app.views.quotations.action_bar import PREVIEW_SHORTCUT, REVISION_SHORTCUT, QuotationActionBar
from app.views.quotations.filter_bar import QuotationFilterBar
from app.views.quotations.print_preview import open_pdf_preview
from app.views.quotations.words import state_title
from app.views.screens import Screen
from app.views.tables.document_list import DocumentList
from app.views.tables.paged_model import CENTER, RIGHT, Column

# number, customer, salesperson, date, valid until, state, total
COLUMN_WIDTHS = [150, 240, 90, 90, 90, 100, 120]


class PdfNotWritten(Exception):
    """The PDF for a preview could not be written (the user has been told why)."""


def ask_comment(parent: QWidget, title: str, label: str) -> str | None:
    """The approver's comment; None when cancelled. Tests replace this function."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write the PDF ("" when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return path


class QuotationsScreen(DocumentList, Screen):
    """Every quotation the user may see that matches the filters; `current_dialog` is the editor
    while it is open."""

    count_documents = staticmethod(count_quotations)
    document_page = staticmethod(quotation_page)
    read_document = staticmethod(quotations.get_quotation)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.approver = can(context.user, "quotations.approve")
        self._build_list(QuotationFilterBar(context.user), COLUMN_WIDTHS)
        self.action_bar = QuotationActionBar(self.approver)
        bar = self.action_bar  # its buttons keep their names on the screen
        self.new_button = bar.new_button
        self.open_button = bar.open_button
        self.submit_button = bar.submit_button
        self.approve_button = bar.approve_button
        self.reject_button = bar.reject_button
        self.sent_button = bar.sent_button
        self.accepted_button = bar.accepted_button
        self.declined_button = bar.declined_button
        self.revision_button = bar.revision_button
        self.convert_button = bar.convert_button
        self.pdf_button = bar.pdf_button
        self.preview_button = bar.preview_button
        self._lay_out_list(self, self.action_bar)

        self._add_document_keys(self, self.new_quotation, self.open_quotation)
        self.revision_shortcut = QShortcut(QKeySequence(REVISION_SHORTCUT), self)
        self.revision_shortcut.activated.connect(self.make_revision)
        self.preview_shortcut = QShortcut(QKeySequence(PREVIEW_SHORTCUT), self)
        self.preview_shortcut.activated.connect(self.print_preview)
        self.new_button.clicked.connect(self.new_quotation)
        self.open_button.clicked.connect(self.open_quotation)
        self.submit_button.clicked.connect(self.submit_selected)
        self.approve_button.clicked.connect(lambda: self.decide_selected(True))
        self.reject_button.clicked.connect(lambda: self.decide_selected(False))
        self.sent_button.clicked.connect(self.mark_selected_sent)
        self.accepted_button.clicked.connect(lambda: self.record_answer(True))
        self.declined_button.clicked.connect(lambda: self.record_answer(False))
        self.revision_button.clicked.connect(self.make_revision)
        self.convert_button.clicked.connect(self.convert_to_order)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.preview_button.clicked.connect(self.print_preview)
        self._connect_list()
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
        self.filter_bar.retranslate_ui()
        self.action_bar.retranslate_ui()
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the salesperson list and the rows again."""
        self.filter_bar.fill_salespeople()
        self.reload()

    def current_filter(self) -> QuotationFilter:
        return self.filter_bar.quotation_filter()

    def _count_text(self, count: int) -> str:
        return self.tr("%n quotation(s)", "", count)

    def _update_buttons(self) -> None:
        self.action_bar.update_for(self.selected_quotation())

    def selected_quotation(self) -> QuotationRow | None:
        return self.selected_document()

    def shown_numbers(self) -> list[str]:
        """The numbers listed, in order (for tests)."""
        return self.shown("number")

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

    # -- states --------------------------------------------------------------------------------

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

    def record_answer(self, accepted: bool) -> bool:
        """After the user confirms, record that the customer accepted (or declined) the selected
        sent quotation; False when nothing changed."""
        row = self.selected_quotation()
        if row is None:
            return False
        if accepted:
            title, question = self.tr("Customer accepted"), self.tr(
                "Record that the customer accepted {number} ({customer}, {total})?")
        else:
            title, question = self.tr("Customer declined"), self.tr(
                "Record that the customer declined {number} ({customer}, {total})?")
        if not confirm(self, title, question.format(number=row.number, customer=row.customer_name,
                                                    total=format_money(row.total))):
            return False
        return self._act(quotations.mark_accepted if accepted else quotations.mark_declined)

    def make_revision(self) -> int | None:
        """A new draft revision (-R1, -R2 ...) of the selected sent quotation, selected and opened
        in the editor; the sent one stays as it was. Its id, or None when refused or nothing is
        selected."""
        row = self.selected_quotation()
        if row is None or row.state != "sent":
            return None
        try:
            revision = quotations.make_revision(self.context.user, row.id)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return None
        self.reload(select_id=revision.id)
        self.records_changed.emit()
        self._open_editor(revision.id)
        return revision.id

    def convert_to_order(self) -> QDialog | None:
        """Make a draft order of the selected accepted quotation (orders.convert_quotation: every
        line and amount as quoted; the quotation becomes converted) and open the order's window."""
        from app.services import orders
        from app.views.orders.order_view import OrderView

        row = self.selected_quotation()
        if row is None or row.state != "accepted":
            return None
        actor = self.context.user
        try:
            order = orders.convert_quotation(actor, row.id, quotations.get_quotation(actor, row.id).version)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return None
        self.reload(select_id=row.id)
        self.records_changed.emit()
        return open_record_form(self, lambda: OrderView(actor, self, order.id), saved=lambda _saved: self.reload(),
                                reload=self.reload)

    # -- PDF -----------------------------------------------------------------------------------

    def _write_pdf(self, quotation_id: int, path: str | Path) -> bool:
        """Write the quotation's PDF to `path`; False, after saying why, when it could not."""
        try:
            write_quotation_pdf(self.context.user, quotation_id, path)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        except (OSError, FontNotFound) as exc:
            show_error(self, ServiceError(str(exc)))
            return False
        return True

    def export_pdf(self) -> str | None:
        """Write the selected quotation as a PDF where the user says; the path, or None."""
        row = self.selected_quotation()
        if row is None:
            return None
        path = choose_pdf_path(self, self.tr("Export PDF"), f"{row.number}.pdf")
        if not path or not self._write_pdf(row.id, path):
            return None
        return path

    def print_preview(self) -> QDialog | None:
        """Open the print preview of the selected quotation's PDF (the very file "Export PDF"
        writes), from which it prints; the dialog, or None when nothing is selected or the PDF
        could not be written."""
        row = self.selected_quotation()
        if row is None:
            return None

        def write(path: Path) -> None:
            if not self._write_pdf(row.id, path):
                raise PdfNotWritten

        try:
            return open_pdf_preview(self, write, f"{row.number}.pdf",
                                    self.tr("Print preview: {number}").format(number=row.number))
        except PdfNotWritten:
            return None
