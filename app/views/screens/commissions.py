"""The commission screen (提成): a month (last month by default), the month's statements the user may
see (managers all, supervisors their team's, salespeople their own: `commission_queries`) and the
selected statement's rows with its totals.

Managers generate the month (drafts worked out again; approved and paid statements stay as they
are) off the UI thread, with a progress dialog counting the salespeople and a Cancel that keeps
nothing of that generation (app.views.background; the buttons wait meanwhile). They approve a
statement or every draft of the month (locked from then on; a month's drafts approve in
milliseconds, so on the UI thread), mark an approved one paid, and keep the rules
(app.views.commissions.rules_dialog). Everyone who sees statements may export the month to Excel
and save or print a statement's PDF (app.views.commissions.documents).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.services.commission_queries import StatementSummary, get_statement, month_statements
from app.services.commission_statements import approve_month, approve_statement, generate_month, mark_paid
from app.services.errors import ServiceError
from app.services.permissions import can
from app.views.background import JobOutcome, JobRunner
from app.views.commissions import documents
from app.views.commissions.action_bar import (
    APPROVE_SHORTCUT,
    EXPORT_SHORTCUT,
    GENERATE_SHORTCUT,
    RULES_SHORTCUT,
    CommissionActionBar,
)
from app.views.commissions.month_picker import MonthPicker
from app.views.commissions.rules_dialog import RulesDialog
from app.views.commissions.statement_tables import StatementLines, StatementList
from app.views.context import AppContext
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.money import format_money
from app.views.quotations.action_bar import PREVIEW_SHORTCUT
from app.views.screens import Screen


class CommissionsScreen(Screen):
    """The month's statements and the selected one's rows; `current_dialog` is the rules dialog
    while it is open; `runner` runs the month's generation (`runner.running` meanwhile)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.actor = context.user
        self.manager = can(self.actor, "commissions.manage")
        self.current_dialog: QDialog | None = None
        self.statements: list[StatementSummary] = []
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._generated)
        self._generating = ""  # the month label of the running generation
        self.month_picker = MonthPicker()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.actions = CommissionActionBar(self.manager)
        self.statement_list = StatementList()
        self.lines = StatementLines()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.statement_list)
        splitter.addWidget(self.lines)
        splitter.setSizes([320, 280])
        top = QHBoxLayout()
        top.addWidget(self.month_picker)
        top.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.actions)
        layout.addWidget(splitter, 1)

        bar = self.actions
        for button, action in ((bar.generate_button, self.generate), (bar.approve_button, self.approve_selected),
                               (bar.approve_month_button, self.approve_all), (bar.paid_button, self.mark_selected_paid),
                               (bar.rules_button, self.open_rules), (bar.export_button, self.export_month),
                               (bar.pdf_button, self.export_pdf), (bar.preview_button, self.print_preview)):
            button.clicked.connect(action)
        keys = [(EXPORT_SHORTCUT, self.export_month), (PREVIEW_SHORTCUT, self.print_preview)]
        if self.manager:
            keys += [(GENERATE_SHORTCUT, self.generate), (APPROVE_SHORTCUT, self.approve_selected),
                     (RULES_SHORTCUT, self.open_rules)]
        self.shortcuts = []
        for key, action in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)
            self.shortcuts.append(shortcut)
        self.month_picker.changed.connect(lambda *_: self.load())
        self.statement_list.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.statement_list.model.modelReset.connect(self._show_selected)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.month_picker.retranslate_ui()
        self.actions.retranslate_ui()
        self.statement_list.retranslate_ui()
        self.lines.retranslate_ui()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load()

    def load(self, select_id: int | None = None) -> None:
        """Read the month's statements again (keeping the selection, or selecting `select_id`)."""
        year, month = self.month_picker.month()
        try:
            self.statements = month_statements(self.actor, year, month)
        except ServiceError as exc:
            show_error(self, exc)
            self.statements = []
        self.statement_list.show_statements(self.statements)
        if select_id is not None:
            self.statement_list.select_statement(select_id)
        elif self.statement_list.selected() is None and len(self.statements) == 1:
            self.statement_list.select_statement(self.statements[0].id)  # a salesperson's own
        self._show_selected()

    def selected(self) -> StatementSummary | None:
        return self.statement_list.selected()

    def _show_selected(self) -> None:
        summary = self.selected()
        detail = None
        if summary is not None:
            try:
                detail = get_statement(self.actor, summary.id)
            except ServiceError as exc:
                show_error(self, exc)
        self.lines.show_detail(detail)
        drafts = sum(1 for s in self.statements if s.state == "draft")
        self.actions.update_for(summary, drafts)

    # -- the manager's steps -------------------------------------------------------------------

    def _run(self, work) -> object | None:
        """Run a service call; None after showing what refused it and reading the month again (another
        manager may have moved the statement meanwhile)."""
        result = forms.save_form(self, work, forms.FieldErrors(), None)
        if result is None:
            self.load()
        return result

    def generate(self) -> None:
        """Work the month's drafts out again off the UI thread; when done, say how many statements
        there are and their total (`_generated`)."""
        if not self.manager or self.runner.running:
            return
        year, month = self.month_picker.month()
        actor = self.actor
        self._generating = self.month_picker.label_text()
        self.actions.setEnabled(False)
        self.status_label.setText(self.tr("Generating {month}…").format(month=self._generating))
        self.runner.start(lambda progress: generate_month(actor, year, month, progress),
                          self.tr("Generate month"),
                          self.tr("Reading {month}'s payments, orders and shipments…").format(month=self._generating),
                          step_label=self._generation_step)

    def _generation_step(self, done: int, total: int) -> str:
        if total <= 0:
            return self.tr("Reading {month}'s payments, orders and shipments…").format(month=self._generating)
        return self.tr("{month}: statement {done} of {total} worked out…").format(
            month=self._generating, done=done, total=total)

    def _generated(self, outcome: JobOutcome) -> None:
        self.actions.setEnabled(True)
        month = self._generating
        if outcome.cancelled:
            self.status_label.setText(self.tr("Generating {month} was cancelled; its statements are as they "
                                              "were.").format(month=month))
            self.load()
            return
        if not outcome.ok:
            self.status_label.clear()
            if not isinstance(outcome.error, ServiceError):
                raise outcome.error
            show_error(self, outcome.error)
            self.load()
            return
        results = outcome.result
        changed = sum(1 for r in results if r.outcome in ("created", "updated"))
        locked = sum(1 for r in results if r.outcome == "locked")
        total = sum((r.total for r in results), Decimal("0.00"))
        self.status_label.setText(self.tr(
            "{month}: {count} statement(s), commission total {total}; {changed} written anew, "
            "{locked} approved or paid left as they were.").format(
            month=month, count=len(results), total=format_money(total), changed=changed, locked=locked))
        self.load()
        self.records_changed.emit()

    def approve_selected(self) -> None:
        """Approve the selected draft statement after asking."""
        s = self.selected()
        if not self.manager or s is None or s.state != "draft" or self.runner.running:
            return
        if not forms.confirm(self, self.tr("Approve statement"), self.tr(
                "Approve {name}'s statement for {month} (commission {total})? It is locked afterwards: later "
                "changes go into the next open month.").format(name=s.salesperson_name, month=s.label,
                                                               total=format_money(s.total))):
            return
        if self._run(lambda: approve_statement(self.actor, s.id, s.version)) is not None:
            self.status_label.setText(self.tr("{name}'s statement for {month} approved.").format(
                name=s.salesperson_name, month=s.label))
            self._changed(s.id)

    def approve_all(self) -> None:
        """Approve every draft statement of the month after asking."""
        drafts = [s for s in self.statements if s.state == "draft"]
        if not self.manager or not drafts or self.runner.running:
            return
        year, month = self.month_picker.month()
        total = sum((s.total for s in drafts), Decimal("0.00"))
        if not forms.confirm(self, self.tr("Approve the month"), self.tr(
                "Approve all {count} draft statement(s) of {month} (commission {total})? They are locked "
                "afterwards.").format(count=len(drafts), month=self.month_picker.label_text(),
                                      total=format_money(total))):
            return
        approved = self._run(lambda: approve_month(self.actor, year, month))
        if approved is not None:
            self.status_label.setText(self.tr("{count} statement(s) of {month} approved.").format(
                count=approved, month=self.month_picker.label_text()))
            self._changed(None)

    def mark_selected_paid(self) -> None:
        """Record that the selected approved statement was paid out, after asking."""
        s = self.selected()
        if not self.manager or s is None or s.state != "approved" or self.runner.running:
            return
        if not forms.confirm(self, self.tr("Mark paid"), self.tr(
                "Record that {name}'s commission for {month} ({total}) was paid out?").format(
                name=s.salesperson_name, month=s.label, total=format_money(s.total))):
            return
        if self._run(lambda: mark_paid(self.actor, s.id, s.version)) is not None:
            self.status_label.setText(self.tr("{name}'s statement for {month} marked paid.").format(
                name=s.salesperson_name, month=s.label))
            self._changed(s.id)

    def _changed(self, statement_id: int | None) -> None:
        self.load(select_id=statement_id)
        self.records_changed.emit()

    def open_rules(self) -> RulesDialog | None:
        """The rules dialog (window-modal, without blocking)."""
        if not self.manager or self.current_dialog is not None:
            return None
        dialog = RulesDialog(self.actor, self)
        self.current_dialog = dialog

        def finished(_result: int) -> None:
            self.current_dialog = None
            if dialog.changed:
                self.status_label.setText(self.tr("Rules changed: generate the month again to apply them to "
                                                  "its drafts."))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    # -- documents -----------------------------------------------------------------------------

    def export_month(self):
        """The month's statements (those the user sees) as an Excel workbook; the Path or None."""
        year, month = self.month_picker.month()
        return documents.export_month_workbook(self, self.actor, year, month)

    def export_pdf(self) -> str | None:
        s = self.selected()
        return documents.export_statement_pdf(self, self.actor, s) if s is not None else None

    def print_preview(self) -> QDialog | None:
        s = self.selected()
        return documents.preview_statement(self, self.actor, s) if s is not None else None
