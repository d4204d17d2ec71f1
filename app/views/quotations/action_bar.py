"""The buttons above the quotation list and which of them the selected quotation allows: the states
come from the state machine (quotation_states.may_move), not from a second table here."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.services.quotation_queries import QuotationRow
from app.services.quotation_states import may_move

REVISION_SHORTCUT = "Ctrl+R"
PREVIEW_SHORTCUT = QKeySequence.StandardKey.Print  # Ctrl+P


def key_text(key: str | QKeySequence.StandardKey) -> str:
    """A shortcut as the platform writes it, for tooltips."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class QuotationActionBar(QWidget):
    """One button per action on the list; approve and reject only shown to approvers. The owner
    connects the buttons and calls `update_for(row)` when the selection changes."""

    def __init__(self, approver: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        self.sent_button = QPushButton()
        self.accepted_button = QPushButton()
        self.declined_button = QPushButton()
        self.revision_button = QPushButton()
        self.convert_button = QPushButton()
        self.pdf_button = QPushButton()
        self.preview_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.open_button, self.submit_button, self.approve_button,
                       self.reject_button, self.sent_button, self.accepted_button, self.declined_button,
                       self.revision_button, self.convert_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.preview_button)
        self.approve_button.setVisible(approver)
        self.reject_button.setVisible(approver)
        self.retranslate_ui()
        self.update_for(None)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New quotation"))
        self.new_button.setToolTip(self.tr("Create a quotation (Ctrl+N)"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open the selected quotation (Enter or double-click)"))
        self.submit_button.setText(self.tr("Submit for approval"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.sent_button.setText(self.tr("Mark sent"))
        # Short words keep the row narrow; the tooltips say whose answer it is.
        self.accepted_button.setText(self.tr("Accepted…"))
        self.accepted_button.setToolTip(self.tr("Record that the customer accepted the sent quotation"))
        self.declined_button.setText(self.tr("Declined…"))
        self.declined_button.setToolTip(self.tr("Record that the customer declined the sent quotation"))
        self.revision_button.setText(self.tr("Make revision"))
        self.revision_button.setToolTip(self.tr(
            "Change a sent quotation: a new draft revision to edit; the sent one stays as it is ({key})").format(
            key=key_text(REVISION_SHORTCUT)))
        self.convert_button.setText(self.tr("Convert to order"))
        self.convert_button.setToolTip(self.tr("Make a draft order (contract) of the accepted quotation and open it"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the selected quotation as a PDF file"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.preview_button.setToolTip(self.tr("Preview and print the selected quotation as its PDF ({key})").format(
            key=key_text(PREVIEW_SHORTCUT)))

    def update_for(self, row: QuotationRow | None) -> None:
        """Enable the buttons whose action `row` (the selected quotation, None: none) allows."""
        state = row.state if row is not None else ""
        needs_approval = bool(row and row.needs_approval)
        for button in (self.open_button, self.pdf_button, self.preview_button):
            button.setEnabled(row is not None)
        self.submit_button.setEnabled(may_move(state, "pending") and needs_approval)
        self.approve_button.setEnabled(may_move(state, "approved"))
        self.reject_button.setEnabled(may_move(state, "rejected"))
        self.sent_button.setEnabled(may_move(state, "sent") and not (state == "draft" and needs_approval))
        self.accepted_button.setEnabled(may_move(state, "accepted"))
        self.declined_button.setEnabled(may_move(state, "declined"))
        self.convert_button.setEnabled(may_move(state, "converted"))
        # No transition of its own: quotations.make_revision copies a sent quotation only.
        self.revision_button.setEnabled(state == "sent")
