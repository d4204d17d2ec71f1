"""The follow-up form (跟进记录): how the customer was contacted, what was said or done, the interest
level after it, optionally the opportunity it was about and a next action with its date (the
next action becomes a reminder on the workbench).

Other screens record a follow-up in one line:

    if record_follow_up_for(self, actor, customer_id):
        self.reload()

Opened from a reminder (`reminder_id`), saving also marks that reminder done, so a reminder turns
into a recorded follow-up in two clicks. Ctrl+Enter saves; a refused save keeps the form open
with each message under its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.activity import FOLLOW_UP_KINDS
from app.models.customer import INTEREST_LEVELS
from app.models.opportunity import OPEN_STAGES
from app.models.user import User
from app.services.customer_scope import get_visible_customer
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.follow_ups import FollowUpInput, complete_reminder, record_follow_up
from app.services.opportunities import customer_opportunities
from app.views.customers.words import follow_up_kind_title, interest_title
from app.views.dialogs.forms import FieldErrors, error_label
from app.views.errors import field_messages, show_error
from app.views.money import format_money

CONTENT_LINES = 5


class FollowUpDialog(QDialog):
    """Record a follow-up on `customer_id`; `saved_follow_up_id` is set by a successful save.

    Building it raises a ServiceError when `actor` may not see the customer (callers show it).
    `opportunity_id` preselects an opportunity; `reminder_id` (with `reminder_text`, shown above
    the form) is the reminder a save completes.
    """

    def __init__(self, actor: User, customer_id: int, parent: QWidget | None = None, *,
                 opportunity_id: int | None = None, reminder_id: int | None = None, reminder_text: str = "",
                 kind: str = "call"):
        super().__init__(parent)
        self.actor = actor
        self.customer_id = customer_id
        self.reminder_id = reminder_id
        self.reminder_text = reminder_text
        self.saved_follow_up_id: int | None = None
        self._focused_once = False
        customer = get_visible_customer(actor, customer_id)
        self.customer_title = f"{customer.code} {customer.name}"
        self.current_interest = customer.interest
        opportunities = [o for o in customer_opportunities(actor, customer_id)
                         if o.stage in OPEN_STAGES or o.id == opportunity_id]
        self.errors = FieldErrors()

        self.customer_label = QLabel(self.customer_title)
        self.customer_label.setStyleSheet("font-weight: bold;")
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reminder_label = QLabel()
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setStyleSheet("color: gray;")  # readable on light and dark backgrounds
        self.reminder_label.setVisible(reminder_id is not None)
        self.kind_combo = QComboBox()
        for value in FOLLOW_UP_KINDS:
            self.kind_combo.addItem(follow_up_kind_title(value), value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.content_edit = QPlainTextEdit()
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setFixedHeight(self.fontMetrics().lineSpacing() * CONTENT_LINES + 14)
        self.interest_combo = QComboBox()
        self.interest_combo.addItem("", "")
        for level in INTEREST_LEVELS:
            self.interest_combo.addItem(interest_title(level), level)
        self.opportunity_combo = QComboBox()
        self.opportunity_combo.addItem("", None)
        for opportunity in opportunities:
            self.opportunity_combo.addItem(f"{opportunity.title} · {format_money(opportunity.amount)}", opportunity.id)
        self.opportunity_combo.setCurrentIndex(max(0, self.opportunity_combo.findData(opportunity_id)))
        self.next_check = QCheckBox()
        self.next_action_edit = QLineEdit()
        self.next_action_edit.setMaxLength(200)
        self.next_date_edit = QDateEdit()
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.next_date_edit.setDate(QDate.currentDate().addDays(1))
        self.next_check.toggled.connect(self._next_action_toggled)
        self._next_action_toggled(False)

        self.labels: dict[str, QLabel] = {}
        fields: dict[str, QWidget] = {
            "kind": self.kind_combo, "content": self.content_edit, "interest_after": self.interest_combo,
            "opportunity": self.opportunity_combo}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (name, field) in enumerate(fields.items()):
            label = self.labels[name] = QLabel()
            label.setBuddy(field)
            label.setMinimumHeight(self.kind_combo.sizeHint().height())
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.errors.wrap(name, field), row, 1)
        show_opportunities = bool(opportunities)
        self.labels["opportunity"].setVisible(show_opportunities)
        self.opportunity_combo.setVisible(show_opportunities)
        next_row = QHBoxLayout()
        next_row.addWidget(self.errors.wrap("next_action", self.next_action_edit), 1)
        self.due_label = QLabel()
        self.due_label.setBuddy(self.next_date_edit)
        next_row.addWidget(self.due_label, 0, Qt.AlignmentFlag.AlignTop)
        next_row.addWidget(self.errors.wrap("next_action_on", self.next_date_edit), 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.next_check, len(fields), 0, 1, 2)
        grid.addLayout(next_row, len(fields) + 1, 1)

        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.reminder_label)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Content first: what was said is what the user came to write.
        QWidget.setTabOrder(self.content_edit, self.kind_combo)
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Follow-up: {customer}").format(customer=self.customer_title))
        texts = {"kind": self.tr("Kind:"), "content": self.tr("Content:"), "interest_after": self.tr("Interest after:"),
                 "opportunity": self.tr("Opportunity:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        for row, value in enumerate(FOLLOW_UP_KINDS):
            self.kind_combo.setItemText(row, follow_up_kind_title(value))
        self.interest_combo.setItemText(0, self.tr("Unchanged ({level})").format(
            level=interest_title(self.current_interest)))
        for row, level in enumerate(INTEREST_LEVELS, start=1):
            self.interest_combo.setItemText(row, interest_title(level))
        self.opportunity_combo.setItemText(0, self.tr("(none)"))
        self.content_edit.setPlaceholderText(self.tr("What was said or done"))
        self.next_check.setText(self.tr("Schedule a next action"))
        self.next_action_edit.setPlaceholderText(self.tr("Next action, e.g. send the quotation"))
        self.due_label.setText(self.tr("Due:"))
        self.reminder_label.setText(self.tr("Reminder: {action}. Saving marks it done.").format(
            action=self.reminder_text or self.tr("next action")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.content_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter saves from any field (the fields leave it unhandled, so it arrives here). A
        # key handler, not a QShortcut: it works whether or not the window manager made the
        # form the active window.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return
        super().keyPressEvent(event)

    def _next_action_toggled(self, on: bool) -> None:
        self.next_action_edit.setEnabled(on)
        self.next_date_edit.setEnabled(on)
        if on:
            self.next_action_edit.setFocus()

    def follow_up_input(self) -> FollowUpInput:
        """What the form holds, as the service's input."""
        scheduled = self.next_check.isChecked()
        return FollowUpInput(
            customer_id=self.customer_id, kind=self.kind_combo.currentData(), content=self.content_edit.toPlainText(),
            interest_after=self.interest_combo.currentData() or "",
            next_action=self.next_action_edit.text() if scheduled else "",
            next_action_on=self.next_date_edit.date().toPython() if scheduled else None,
            opportunity_id=self.opportunity_combo.currentData())

    def set_next_action(self, text: str, on: dt.date) -> None:
        """Tick "schedule a next action" and fill it in (callers that suggest one; tests)."""
        self.next_check.setChecked(True)
        self.next_action_edit.setText(text)
        self.next_date_edit.setDate(QDate(on.year, on.month, on.day))

    def accept(self) -> None:
        """Save through the service (and complete the reminder it came from); close only on success."""
        try:
            follow_up = record_follow_up(self.actor, self.follow_up_input())
        except ValidationError as exc:
            self.show_messages(field_messages(exc))
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.saved_follow_up_id = follow_up.id
        if self.reminder_id is not None:
            try:
                complete_reminder(self.actor, self.reminder_id)
            except NotFound:
                pass  # done meanwhile (another window): nothing left to complete
            except ServiceError as exc:
                show_error(self, exc)  # the follow-up itself is saved
        super().accept()

    def show_messages(self, messages: dict[str, str]) -> None:
        """Put each message under its field; the rest under the form."""
        rest = self.errors.show(messages)
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
        focus = {"content": self.content_edit, "next_action": self.next_action_edit,
                 "next_action_on": self.next_date_edit}
        first = next((name for name in messages if name in focus), None)
        if first is not None:
            focus[first].setFocus()

    def message(self, name: str) -> str:
        """The message under field `name` ("" when none): what tests read."""
        return self.errors.message(name)


def open_follow_up(parent: QWidget, actor: User, customer_id: int,
                   on_saved: Callable[[FollowUpDialog], object] | None = None, **options) -> FollowUpDialog | None:
    """Open the form window-modal without blocking; `on_saved(dialog)` runs after a save. Returns
    the dialog (None when the customer cannot be opened: the error has been shown)."""
    try:
        dialog = FollowUpDialog(actor, customer_id, parent, **options)
    except ServiceError as exc:
        show_error(parent, exc)
        return None

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and on_saved is not None:
            on_saved(dialog)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def record_follow_up_for(parent: QWidget | None, actor: User, customer_id: int, **options) -> bool:
    """Ask for a follow-up on `customer_id` (a modal form) and record it; True when one was saved.

    `options` go to FollowUpDialog: opportunity_id, reminder_id, reminder_text, kind.
    """
    try:
        dialog = FollowUpDialog(actor, customer_id, parent, **options)
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
