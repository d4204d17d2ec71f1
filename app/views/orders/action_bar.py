"""The buttons of the order window and which of them the order's state allows: the moves come from
the order state machine (order_workflow.TRANSITIONS) and the services' own state sets, not from
a second table here. Approve and reject are shown to approvers only."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.models.order import Order
from app.services.order_workflow import TRANSITIONS
from app.services.payments import PREPAYMENT_STATES, RECEIVING_STATES
from app.services.quotation_states import may_move
from app.services.shipments import RETURN_STATES, SHIPPING_STATES
from app.views.quotations.action_bar import PREVIEW_SHORTCUT, key_text

EDIT_SHORTCUT = "Ctrl+E"
PAYMENT_SHORTCUT = "Ctrl+M"


class OrderActionBar(QWidget):
    """Two rows: the order's moves, then its documents and money. The owner connects the buttons
    and calls `update_for(order)` after every load."""

    def __init__(self, approver: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.approver = approver
        names = ("edit", "submit", "approve", "reject", "confirm", "cancel", "close", "shipment", "return",
                 "payment", "pdf", "preview")
        for name in names:
            button = QPushButton()
            button.setAutoDefault(False)
            setattr(self, f"{name}_button", button)
        moves, documents = QHBoxLayout(), QHBoxLayout()
        for layout, group in ((moves, names[:7]), (documents, names[7:10])):
            layout.setContentsMargins(0, 0, 0, 0)
            for name in group:
                layout.addWidget(getattr(self, f"{name}_button"))
            layout.addStretch(1)
        documents.addWidget(self.pdf_button)
        documents.addWidget(self.preview_button)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(moves)
        rows.addLayout(documents)
        self.approve_button.setVisible(approver)
        self.reject_button.setVisible(approver)
        self.retranslate_ui()
        self.update_for(None)

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the draft order: lines, dates, payment plan ({key})").format(
            key=key_text(EDIT_SHORTCUT)))
        self.submit_button.setText(self.tr("Submit for approval"))
        self.submit_button.setToolTip(self.tr("A discount above the limit or a price below the floor needs approval"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.confirm_button.setText(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Confirm the order: it counts as sold and can be shipped"))
        self.cancel_button.setText(self.tr("Cancel order…"))
        self.cancel_button.setToolTip(self.tr("Cancel (void) the order with a reason; only while nothing was "
                                              "shipped or paid"))
        self.close_button.setText(self.tr("Close order"))
        self.close_button.setToolTip(self.tr("Close a fully shipped and fully paid order"))
        self.shipment_button.setText(self.tr("New shipment…"))
        self.return_button.setText(self.tr("Return…"))
        self.return_button.setToolTip(self.tr("Take back shipped goods"))
        self.payment_button.setText(self.tr("Record payment…"))
        self.payment_button.setToolTip(self.tr("Record money received for this order ({key})").format(
            key=key_text(PAYMENT_SHORTCUT)))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the contract as a PDF file"))
        self.preview_button.setText(self.tr("Print preview…"))
        self.preview_button.setToolTip(self.tr("Preview and print the contract as its PDF ({key})").format(
            key=key_text(PREVIEW_SHORTCUT)))

    def update_for(self, order: Order | None) -> None:
        """Enable the buttons whose action the order (None: none loaded) allows now."""
        state = order.state if order is not None else ""
        needs_approval = bool(order and order.needs_approval)
        self.edit_button.setEnabled(state == "draft")
        self.submit_button.setEnabled(may_move(state, "pending", TRANSITIONS) and needs_approval)
        self.approve_button.setEnabled(self.approver and state == "pending")
        self.reject_button.setEnabled(self.approver and state == "pending")
        self.confirm_button.setEnabled(state == "draft" and not needs_approval)
        # cancel_order also refuses shipped goods; a paid order is seen here already
        self.cancel_button.setEnabled(may_move(state, "cancelled", TRANSITIONS) and not (order and order.paid_total))
        self.close_button.setEnabled(may_move(state, "closed", TRANSITIONS)
                                     and order is not None and order.paid_total >= order.total)
        self.shipment_button.setEnabled(state in SHIPPING_STATES)
        self.return_button.setEnabled(state in RETURN_STATES)
        self.payment_button.setEnabled(state in RECEIVING_STATES | PREPAYMENT_STATES)
        self.pdf_button.setEnabled(order is not None)
        self.preview_button.setEnabled(order is not None)
