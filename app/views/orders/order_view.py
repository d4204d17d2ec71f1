"""The order window (合同) of an existing order: its facts and money (total, paid, balance), the
actions its state allows (app.views.orders.action_bar) and the tabs (app.views.orders.detail_tabs).

Every action passes the version the window shows, so a move based on a stale view is refused
(ConflictError) and the window offers to reload; after any change the window reads the order
again and `reload_requested` tells the list to refresh when the window closes. The editor, the
shipment and the payment dialogs open window-modal over it, one at a time (`current_dialog`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.models.user import User
from app.services import order_workflow
from app.services.errors import ServiceError
from app.services.order_overview import instalment_states, order_history
from app.services.order_queries import OrderDetail, order_detail
from app.services.permissions import can
from app.views.dates import date_text
from app.views.dialogs.forms import open_record_form
from app.views.errors import show_error
from app.views.money import format_money
from app.views.orders.action_bar import EDIT_SHORTCUT, PAYMENT_SHORTCUT, OrderActionBar
from app.views.orders.detail_tabs import OrderTabs
from app.views.orders.order_editor import OrderEditor
from app.views.orders.words import state_title
from app.views.quotations.action_bar import PREVIEW_SHORTCUT
from app.views.quotations.print_preview import open_pdf_preview
from app.views.screens.quotations import ask_comment, choose_pdf_path


class PdfNotWritten(Exception):
    """The PDF for a preview could not be written (the user has been told why)."""


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """Why the order is cancelled; None when the user cancels. Tests replace this function."""
    return ask_comment(parent, title, label)


class OrderView(QDialog):
    """One order, read again after every change; `detail` is what it shows."""

    def __init__(self, actor: User, parent: QWidget | None = None, order_id: int = 0):
        super().__init__(parent)
        self.actor = actor
        self.order_id = order_id
        self.reload_requested = False
        self.current_dialog: QDialog | None = None
        self.detail: OrderDetail | None = None
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = [QLabel() for _ in range(5)]
        self.money = [QLabel() for _ in range(3)]
        self.captions = [QLabel() for _ in range(8)]
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        grid = QGridLayout()
        for row in range(5):
            grid.addWidget(self.captions[row], row, 0)
            grid.addWidget(self.facts[row], row, 1)
        for row in range(3):
            grid.addWidget(self.captions[5 + row], row, 2)
            grid.addWidget(self.money[row], row, 3)
        grid.setColumnStretch(1, 1)
        self.actions = OrderActionBar(can(actor, "orders.approve"))
        self.tabs = OrderTabs()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addWidget(self.note_label)
        layout.addWidget(self.actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        bar = self.actions
        bar.edit_button.clicked.connect(self.edit)
        bar.submit_button.clicked.connect(lambda: self.act(order_workflow.submit_for_approval))
        bar.confirm_button.clicked.connect(lambda: self.act(order_workflow.confirm_order))
        bar.close_button.clicked.connect(lambda: self.act(order_workflow.close_order))
        bar.approve_button.clicked.connect(lambda: self.decide(True))
        bar.reject_button.clicked.connect(lambda: self.decide(False))
        bar.cancel_button.clicked.connect(self.cancel_order)
        bar.shipment_button.clicked.connect(lambda: self.new_shipment(False))
        bar.return_button.clicked.connect(lambda: self.new_shipment(True))
        bar.payment_button.clicked.connect(self.record_payment)
        bar.pdf_button.clicked.connect(self.export_pdf)
        bar.preview_button.clicked.connect(self.print_preview)
        self.shortcuts = []
        for key, slot, button in ((EDIT_SHORTCUT, self.edit, bar.edit_button),
                                  (PAYMENT_SHORTCUT, self.record_payment, bar.payment_button),
                                  (PREVIEW_SHORTCUT, self.print_preview, bar.preview_button)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda slot=slot, button=button: button.isEnabled() and slot())
            self.shortcuts.append(shortcut)
        self.retranslate_ui()
        self.reload()
        self.resize(1000, 720)

    def retranslate_ui(self) -> None:
        for label, text in zip(self.captions, (
                self.tr("Customer:"), self.tr("Salesperson:"), self.tr("Sign date:"), self.tr("Service period:"),
                self.tr("Approval:"), self.tr("Total:"), self.tr("Paid:"), self.tr("Balance:")), strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close window"))
        self.actions.retranslate_ui()
        self.tabs.retranslate_ui()
        if self.detail is not None:
            self._show(self.detail)

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the order, its plan coverage and history again and show them."""
        detail = order_detail(self.actor, self.order_id)
        self.detail = detail
        self.tabs.user_names = {detail.order.salesperson_id: detail.salesperson_name}
        self.tabs.show_detail(detail, instalment_states(detail.order, detail.plan, dt.date.today()),
                              order_history(self.actor, self.order_id))
        self._show(detail)
        self.actions.update_for(detail.order)

    def _show(self, detail: OrderDetail) -> None:
        order = detail.order
        self.setWindowTitle(self.tr("Order {number}").format(number=order.number))
        self.title_label.setText(f"{order.number}    {state_title(order.state)}")
        period = (self.tr("{start} to {end}").format(start=date_text(order.start_date), end=date_text(order.end_date))
                  if order.start_date or order.end_date else self.tr("none"))
        if order.approved_at is not None:
            approval = self.tr("decided by {name} on {date}").format(name=order.approved_by.display_name,
                                                                     date=date_text(order.approved_at))
        else:
            approval = self.tr("needed") if order.needs_approval else self.tr("not needed")
        for label, text in zip(self.facts, (detail.customer_name, detail.salesperson_name, date_text(order.sign_date),
                                            period, approval), strict=True):
            label.setText(text)
        for label, amount in zip(self.money, (order.total, order.paid_total, detail.balance), strict=True):
            label.setText(format_money(amount))
        notes = []
        if order.state == "cancelled":
            notes.append(self.tr("Cancelled: {reason}").format(reason=order.cancel_reason))
        if order.decision_comment:
            notes.append(self.tr("Approver's comment: {comment}").format(comment=order.decision_comment))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))

    def state(self) -> str:
        return self.detail.order.state if self.detail is not None else ""

    # -- moves ---------------------------------------------------------------------------------

    def act(self, action: Callable[[User, int, int], object]) -> bool:
        """Run `action(actor, id, version shown)`; say why when refused (a stale view: offer to
        reload). The window shows the order as stored afterwards either way."""
        try:
            action(self.actor, self.order_id, self.detail.order.version)
        except ServiceError as exc:
            if show_error(self, exc):
                self.reload()
            return False
        self.reload_requested = True
        self.reload()
        return True

    def decide(self, approve: bool) -> bool:
        """Approve or reject the pending order with a comment (required to reject)."""
        number = self.detail.order.number
        title = self.tr("Approve {number}") if approve else self.tr("Reject {number}")
        comment = ask_comment(self, title.format(number=number),
                              self.tr("Comment:") if approve else self.tr("Why is it rejected?"))
        if comment is None:
            return False
        decide = order_workflow.approve if approve else order_workflow.reject
        return self.act(lambda actor, order_id, version: decide(actor, order_id, version, comment))

    def cancel_order(self) -> bool:
        """Cancel (作废) the order with the reason the user gives (the service requires one)."""
        reason = ask_reason(self, self.tr("Cancel {number}").format(number=self.detail.order.number),
                            self.tr("Why is the order cancelled?"))
        if reason is None:
            return False
        return self.act(lambda actor, order_id, version: order_workflow.cancel_order(actor, order_id, version, reason))

    # -- other windows -------------------------------------------------------------------------

    def _open(self, build: Callable[[], QDialog]) -> QDialog | None:
        return open_record_form(self, build, saved=lambda _saved: self._changed(), reload=self._changed)

    def _changed(self) -> None:
        self.reload_requested = True
        self.reload()

    def edit(self) -> QDialog | None:
        """The editor of the draft order; the window shows the saved order afterwards."""
        if self.state() != "draft":
            return None
        return self._open(lambda: OrderEditor(self.actor, self, self.order_id))

    def new_shipment(self, is_return: bool) -> QDialog | None:
        """A new shipment (or, with `is_return`, a return) of this order."""
        from app.views.orders.shipment_dialog import ShipmentDialog

        return self._open(lambda: ShipmentDialog(self.actor, self.order_id, self, is_return=is_return))

    def record_payment(self) -> QDialog | None:
        from app.views.orders.payment_dialog import PaymentDialog

        return self._open(lambda: PaymentDialog(self.actor, self.order_id, self))

    # -- PDF -----------------------------------------------------------------------------------

    def _write_pdf(self, path: str | Path) -> bool:
        """Write the contract's PDF to `path`; False, after saying why, when it could not."""
        from app.reports.order_pdf import write_order_pdf
        from app.reports.pdf_document import FontNotFound

        try:
            write_order_pdf(self.actor, self.order_id, path)
        except ServiceError as exc:
            show_error(self, exc)
            return False
        except (OSError, FontNotFound) as exc:
            show_error(self, ServiceError(str(exc)))
            return False
        return True

    def export_pdf(self) -> str | None:
        """Write the contract as a PDF where the user says; the path, or None."""
        number = self.detail.order.number
        path = choose_pdf_path(self, self.tr("Export PDF"), f"{number}.pdf")
        if not path or not self._write_pdf(path):
            return None
        return path

    def print_preview(self) -> QDialog | None:
        """The print preview of the contract's PDF (the file "Export PDF" writes), which prints it."""
        number = self.detail.order.number

        def write(path: Path) -> None:
            if not self._write_pdf(path):
                raise PdfNotWritten

        try:
            return open_pdf_preview(self, write, f"{number}.pdf",
                                    self.tr("Print preview: {number}").format(number=number))
        except PdfNotWritten:
            return None
