"""The buttons of the commission screen and which of them the selected statement allows. Generate,
approve, mark paid and the rules are shown to managers only (commissions.manage); the Excel export
and the statement's PDF to everyone who sees the statements (they read through the same scope)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.commission_queries import StatementSummary
from app.views.quotations.action_bar import PREVIEW_SHORTCUT, key_text

GENERATE_SHORTCUT = "Ctrl+G"
APPROVE_SHORTCUT = "Ctrl+Shift+A"
EXPORT_SHORTCUT = "Ctrl+Shift+E"
RULES_SHORTCUT = "Ctrl+Shift+R"
MANAGER_BUTTONS = ("generate", "approve", "approve_month", "paid", "rules")
DOCUMENT_BUTTONS = ("export", "pdf", "preview")


class CommissionActionBar(QWidget):
    """Two rows: the manager's steps of the month, then the documents. The owner connects the
    buttons and calls `update_for(statement, drafts)` after every load and selection change."""

    def __init__(self, manager: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.manager = manager
        steps, documents = QHBoxLayout(), QHBoxLayout()
        for layout, names in ((steps, MANAGER_BUTTONS), (documents, DOCUMENT_BUTTONS)):
            layout.setContentsMargins(0, 0, 0, 0)
            for name in names:
                button = QPushButton()
                button.setAutoDefault(False)
                setattr(self, f"{name}_button", button)
                layout.addWidget(button)
            layout.addStretch(1)
        for name in MANAGER_BUTTONS:
            getattr(self, f"{name}_button").setVisible(manager)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(steps)
        rows.addLayout(documents)
        self.retranslate_ui()
        self.update_for(None, 0)

    def retranslate_ui(self) -> None:
        self.generate_button.setText(self.tr("Generate month"))
        self.generate_button.setToolTip(self.tr(
            "Work out the month's draft statements again from payments, orders and shipments; approved and paid "
            "statements stay as they are ({key})").format(key=key_text(GENERATE_SHORTCUT)))
        self.approve_button.setText(self.tr("Approve…"))
        self.approve_button.setToolTip(self.tr(
            "Approve the selected draft statement: it is locked, later changes go into the next open month "
            "({key})").format(key=key_text(APPROVE_SHORTCUT)))
        self.approve_month_button.setText(self.tr("Approve all drafts…"))
        self.approve_month_button.setToolTip(self.tr("Approve every draft statement of the month as it stands"))
        self.paid_button.setText(self.tr("Mark paid…"))
        self.paid_button.setToolTip(self.tr("Record that the selected approved statement's commission was paid out"))
        self.rules_button.setText(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("The commission rules: rates and tiers by basis and scope ({key})").format(
            key=key_text(RULES_SHORTCUT)))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr(
            "Save the month's statements as a workbook: a summary and one sheet per salesperson ({key})").format(
            key=key_text(EXPORT_SHORTCUT)))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the selected statement as a PDF file"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.preview_button.setToolTip(self.tr("Preview and print the selected statement ({key})").format(
            key=key_text(PREVIEW_SHORTCUT)))

    def update_for(self, statement: StatementSummary | None, drafts: int) -> None:
        """Enable what the selected statement (None: none) and the month's `drafts` count allow."""
        state = statement.state if statement is not None else ""
        self.approve_button.setEnabled(self.manager and state == "draft")
        self.approve_month_button.setEnabled(self.manager and drafts > 0)
        self.paid_button.setEnabled(self.manager and state == "approved")
        self.pdf_button.setEnabled(statement is not None)
        self.preview_button.setEnabled(statement is not None)
