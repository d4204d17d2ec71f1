"""The form of one assignment rule: kind, the region or industry it matches, the people who receive
the leads, and whether it is active.

OK calls `create_rule` / `update_rule` and closes only when it succeeded: a ValidationError puts
each message under its field; a ConflictError (another manager saved the rule first) offers to
reload the stored rule into the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.pool import AssignmentRule
from app.models.user import User
from app.services import assignment_rules as rules
from app.services.customer_owners import OwnerChoice
from app.services.errors import NotFound, ServiceError
from app.views.customers.collation import sorted_by_name
from app.views.dialogs.forms import FieldErrors, error_label, ok_cancel_buttons, save_form
from app.views.errors import show_error
from app.views.pool.words import rule_kind_choices, rule_kind_hint

KINDS_WITH_VALUE = ("region", "industry")


class RuleFormDialog(QDialog):
    """Create a rule (`rule` None) or edit one; `saved_rule_id` is set after a successful OK.

    `people` are the salespeople and supervisors a rule may name (inactive ones are offered only
    when the rule already names them); `values` maps "region"/"industry" to the known values."""

    def __init__(self, actor: User, rule: AssignmentRule | None, people: list[OwnerChoice],
                 values: dict[str, list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.rule_id = rule.id if rule is not None else None
        self.version: int | None = None
        self.people = sorted_by_name(people, lambda p: p.display_name)
        self.values = values
        self.saved_rule_id: int | None = None
        self.errors = FieldErrors()

        self.kind_combo = QComboBox()
        for text, kind in rule_kind_choices():
            self.kind_combo.addItem(text, kind)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(mid);")
        self.value_combo = QComboBox()
        for combo in (self.kind_combo, self.value_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value_combo.setEditable(True)
        self.value_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.people_list = QListWidget()
        self.people_list.setMinimumHeight(160)
        self.active_check = QCheckBox()
        self.active_check.setChecked(True)

        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        kind_box = QWidget()
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.kind_combo)
        kind_layout.addWidget(self.hint_label)
        form.addRow(self.labels[0], self.errors.wrap("kind", kind_box))
        form.addRow(self.labels[1], self.errors.wrap("value", self.value_combo))
        form.addRow(self.labels[2], self.errors.wrap("user_ids", self.people_list))
        form.addRow(self.labels[3], self.active_check)
        self.general_error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.retranslate_ui()
        if rule is not None:
            self.load(rule)
        else:
            self._fill_people([])
            self._kind_changed()
        self.setMinimumWidth(460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New rule") if self.rule_id is None else self.tr("Edit rule"))
        for label, text in zip(self.labels, (self.tr("Kind:"), self.tr("Matches:"), self.tr("People:"),
                                             self.tr("Active:")), strict=True):
            label.setText(text)
        for row, (text, _kind) in enumerate(rule_kind_choices()):
            self.kind_combo.setItemText(row, text)
        self.active_check.setText(self.tr("Apply this rule to new leads"))
        self._kind_changed()

    # -- filling -------------------------------------------------------------------------------

    def load(self, rule: AssignmentRule) -> None:
        """Show `rule` as stored now and remember its version for the save."""
        self.version = rule.version
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(rule.kind)))
        self._kind_changed()
        self.value_combo.setCurrentText(rule.value)
        self._fill_people(rule.user_id_list)
        self.active_check.setChecked(rule.active)
        self.errors.clear()
        self.general_error.hide()

    def _fill_people(self, chosen: list[int]) -> None:
        self.people_list.clear()
        inactive = self.tr("(inactive)")
        for person in self.people:
            if not person.active and person.id not in chosen:
                continue
            text = person.display_name if person.active else f"{person.display_name} {inactive}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.hint_label.setText(rule_kind_hint(kind))
        uses_value = kind in KINDS_WITH_VALUE
        typed = self.value_combo.currentText()
        self.value_combo.clear()
        if uses_value:
            self.value_combo.addItems(self.values.get(kind, []))
        self.value_combo.setCurrentText(typed if uses_value else "")
        self.value_combo.setEnabled(uses_value)
        placeholders = {"region": self.tr("e.g. 华东"), "industry": self.tr("e.g. 制造业")}
        self.value_combo.lineEdit().setPlaceholderText(placeholders.get(kind, self.tr("(any lead)")))

    # -- reading and saving --------------------------------------------------------------------

    def chosen_people(self) -> list[int]:
        """The ids of the people ticked, in the list's order."""
        items = (self.people_list.item(row) for row in range(self.people_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def set_people(self, ids: list[int]) -> None:
        """Tick exactly these people."""
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def rule_input(self) -> rules.RuleInput:
        """What the form holds, as the service's input."""
        kind = self.kind_combo.currentData()
        value = self.value_combo.currentText().strip() if kind in KINDS_WITH_VALUE else ""
        return rules.RuleInput(kind=kind, value=value, user_ids=self.chosen_people(),
                               active=self.active_check.isChecked())

    def accept(self) -> None:
        data = self.rule_input()
        saved = save_form(self, lambda: self._save(data), self.errors, self.general_error,
                          on_reload=self._reload_stored, on_error=self._refused)
        if saved is not None:
            self.saved_rule_id = saved.id
            super().accept()

    def _save(self, data: rules.RuleInput) -> AssignmentRule:
        if self.rule_id is None:
            return rules.create_rule(self.actor, data)
        return rules.update_rule(self.actor, self.rule_id, self.version or 0, data)

    def _refused(self, exc: ServiceError) -> None:
        show_error(self, exc)
        if isinstance(exc, NotFound):  # deleted meanwhile: nothing left to edit
            self.reject()

    def _reload_stored(self) -> None:
        stored = next((r for r in rules.list_rules(self.actor) if r.id == self.rule_id), None)
        if stored is None:
            self.reject()
        else:
            self.load(stored)
