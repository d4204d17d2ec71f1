"""Merge two customers (managers): the two side by side, the user picks the one to keep.

The other one's contacts, follow-ups, visits and calls move to the survivor, which also takes the
duplicate's values where its own are empty; then the duplicate is deleted. The service audits it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services.customer_owners import CustomerSummary, customer_summary
from app.services.duplicates import merge_customers
from app.services.errors import ServiceError
from app.views.dialogs import forms
from app.views.errors import show_error


class MergeDialog(QDialog):
    """Choose the survivor of two customers and merge; `saved_customer_id` is the survivor's id."""

    def __init__(self, actor: User, first_id: int, second_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.summaries: list[CustomerSummary] = [customer_summary(actor, first_id), customer_summary(actor, second_id)]
        self.saved_customer_id: int | None = None
        self.choice = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        self.boxes: list[QGroupBox] = []
        self.value_labels: list[dict[str, QLabel]] = []
        self.row_labels: list[dict[str, QLabel]] = []
        sides = QHBoxLayout()
        for number, summary in enumerate(self.summaries):
            box = QGroupBox()
            form = QFormLayout(box)
            keep = QRadioButton()
            self.choice.addButton(keep, number)
            form.addRow(keep)
            values = {"name": summary.name, "owner": summary.owner_name,
                      "status": "", "contacts": str(summary.contacts),
                      "activity": f"{summary.follow_ups} / {summary.visits} / {summary.calls}",
                      "created": f"{summary.created_at:%Y-%m-%d}",
                      "last_follow_up": f"{summary.last_follow_up_at:%Y-%m-%d}" if summary.last_follow_up_at else "—"}
            labels, titles = {}, {}
            for key, value in values.items():
                labels[key] = QLabel(value)
                labels[key].setWordWrap(True)
                titles[key] = QLabel()
                form.addRow(titles[key], labels[key])
            self.value_labels.append(labels)
            self.row_labels.append(titles)
            self.keep_buttons.append(keep)
            self.boxes.append(box)
            sides.addWidget(box)
        # The older customer (smaller code) is kept unless the user says otherwise.
        older = 0 if self.summaries[0].code <= self.summaries[1].code else 1
        self.keep_buttons[older].setChecked(True)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.buttons = forms.ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(sides)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.choice.idToggled.connect(lambda _id, _checked: self._explain())
        self.retranslate_ui()
        self.setMinimumWidth(620)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge customers"))
        titles = {"name": self.tr("Name:"), "owner": self.tr("Owner:"),
                  "status": self.tr("Status:"), "contacts": self.tr("Contacts:"),
                  "activity": self.tr("Follow-ups / visits / calls:"), "created": self.tr("Created:"),
                  "last_follow_up": self.tr("Last follow-up:")}
        for number, summary in enumerate(self.summaries):
            self.boxes[number].setTitle(summary.code)
            self.keep_buttons[number].setText(self.tr("Keep this one"))
            for key, label in self.row_labels[number].items():
                label.setText(titles[key])
            self.value_labels[number]["owner"].setText(summary.owner_name or self.tr("(public pool)"))
            self.value_labels[number]["status"].setText(self.tr("Lead") if summary.is_lead else self.tr("Customer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._explain()

    @property
    def survivor(self) -> CustomerSummary:
        return self.summaries[max(0, self.choice.checkedId())]

    @property
    def duplicate(self) -> CustomerSummary:
        return self.summaries[1 - max(0, self.choice.checkedId())]

    def choose_survivor(self, customer_id: int) -> None:
        for number, summary in enumerate(self.summaries):
            if summary.id == customer_id:
                self.keep_buttons[number].setChecked(True)

    def _explain(self) -> None:
        self.explanation.setText(self.tr(
            "{duplicate} {duplicate_name} will be deleted. Its contacts, follow-ups, visits and calls move to "
            "{survivor} {survivor_name}, which also takes its values where its own are empty."
        ).format(duplicate=self.duplicate.code, duplicate_name=self.duplicate.name,
                 survivor=self.survivor.code, survivor_name=self.survivor.name))

    def accept(self) -> None:
        """Ask once more, then merge through the service; close only when it succeeded."""
        survivor, duplicate = self.survivor, self.duplicate
        if not forms.confirm(self, self.tr("Merge customers"), self.tr(
                "Merge {duplicate} into {survivor}? This cannot be undone.").format(
                duplicate=duplicate.code, survivor=survivor.code)):
            return
        try:
            merge_customers(self.actor, survivor.id, duplicate.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.saved_customer_id = survivor.id
        super().accept()
