"""The assignment rules editor (managers): the rules in the order they apply, add / edit / delete,
move up and down, and "Apply to pool now" for the leads already waiting.

New leads meet the rules when they are created (the first matching active rule places them;
leads no rule places stay in the pool). Applying to the pool runs off the UI thread with a
progress dialog, since the pool may hold thousands of leads.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.pool import AssignmentRule
from app.models.user import User
from app.services import assignment_rules as rules
from app.services.customer_queries import filter_choices
from app.services.errors import ServiceError
from app.services.pool_choices import rule_people
from app.services.pool_rules_run import PoolRulesRun, apply_rules_to_pool
from app.views.background import JobRunner
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.pool.rule_form import RuleFormDialog
from app.views.pool.words import rule_kind_title
from app.views.tables.paged_model import CENTER, Column, ListSource, PagedTableModel, on_row_opened, setup_table_view

COLUMN_WIDTHS = [36, 100, 110, 300, 60]


class AssignmentRulesDialog(QDialog):
    """The rules list and its buttons. `current_dialog` is the rule form while open;
    `placed_count` counts the pool leads "Apply to pool now" placed while the editor was open."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.current_dialog: RuleFormDialog | None = None
        self.placed_count = 0
        self.last_run: PoolRulesRun | None = None
        self.people_names: dict[int, str] = {}
        self.source: ListSource[AssignmentRule] = ListSource()
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.apply_button = QPushButton()
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.apply_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(middle)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(+1))
        self.apply_button.clicked.connect(self.apply_to_pool)
        on_row_opened(self.table, self.edit_rule)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()
        self.reload()
        self.resize(760, 420)

    def _columns(self) -> list[Column]:
        return [
            Column("#", lambda r: self.source.rows.index(r) + 1, CENTER),
            Column(self.tr("Kind"), lambda r: rule_kind_title(r.kind)),
            Column(self.tr("Matches"), lambda r: r.value or self.tr("(any lead)")),
            Column(self.tr("People"), self._people_text, tooltip=self._people_text),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No"), CENTER),
        ]

    def _people_text(self, rule: AssignmentRule) -> str:
        names = [self.people_names.get(i, f"#{i}") for i in rule.user_id_list]
        if names:
            return "、".join(names)
        if rule.kind == "round_robin":
            return self.tr("(everyone selling)")
        if rule.kind == "least_loaded":
            return self.tr("(whoever's tags cover the lead)")
        return ""

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Assignment rules"))
        self.model.set_columns(self._columns())
        self.intro_label.setText(self.tr(
            "New leads without an owner go through the active rules from the top; the first rule that "
            "places a lead decides. Leads no rule places stay in the pool."))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.apply_button.setText(self.tr("Apply to pool now"))
        self.apply_button.setToolTip(self.tr("Run the rules over the leads waiting in the pool"))

    # -- loading -------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the rules (and the names of the people they name) again; select `select_id`, else
        the rule selected before."""
        current = self.current_rule()
        target = select_id if select_id is not None else (current.id if current is not None else None)
        self.people_names = {p.id: p.display_name for p in rule_people(self.actor)}
        self.source.set_rows(rules.list_rules(self.actor))
        self.model.reset()
        ids = [rule.id for rule in self.source.rows]
        if target in ids:
            index = self.model.index(ids.index(target), 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_rule(self) -> AssignmentRule | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def rule_texts(self) -> list[tuple[str, str, str, str]]:
        """(kind, matches, people, active) of every rule as shown: what tests read."""
        return [tuple(str(self.model.data(self.model.index(row, column))) for column in range(1, 5))
                for row in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        rule = self.current_rule()
        row = self.table.currentIndex().row() if rule is not None else -1
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(rule is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    # -- actions -------------------------------------------------------------------------------

    def _open_form(self, rule: AssignmentRule | None) -> None:
        if self.current_dialog is not None:
            return
        try:
            people = rule_people(self.actor)
            values = filter_choices(self.actor)
        except ServiceError as exc:
            show_error(self, exc)
            return
        dialog = RuleFormDialog(self.actor, rule, people, values, self)
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            self.reload(select_id=dialog.saved_rule_id)
            if result == QDialog.DialogCode.Accepted:
                self.status_label.setText(self.tr("Saved. New leads now meet the rules in this order."))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def add_rule(self) -> None:
        """Open an empty rule form; the new rule goes to the end of the list."""
        self._open_form(None)

    def edit_rule(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self._open_form(rule)

    def delete_rule(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        title = f"{rule_kind_title(rule.kind)} {rule.value}".strip()
        if not forms.confirm(self, self.tr("Delete rule"), self.tr("Delete the rule \"{rule}\"?").format(rule=title)):
            return
        try:
            rules.delete_rule(self.actor, rule.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.reload()

    def move_rule(self, step: int) -> None:
        """Move the selected rule one place up (-1) or down (+1) in the order they apply."""
        rule = self.current_rule()
        ids = [r.id for r in self.source.rows]
        if rule is None or rule.id not in ids:
            return
        row = ids.index(rule.id)
        target = row + step
        if not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        try:
            rules.reorder_rules(self.actor, ids)
        except ServiceError as exc:
            show_error(self, exc)
        self.reload(select_id=rule.id)

    def apply_to_pool(self) -> None:
        """Run the active rules over the leads waiting in the pool (after a yes)."""
        if not forms.confirm(self, self.tr("Apply to pool now"), self.tr(
                "Give every lead in the pool that a rule places to its salesperson now?")):
            return
        actor = self.actor
        runner = JobRunner(self)
        runner.start(lambda progress: apply_rules_to_pool(actor, progress), self.tr("Applying rules"),
                     self.tr("Placing the leads waiting in the pool…"))
        outcome = runner.wait()
        runner.deleteLater()
        if outcome.cancelled:
            self.status_label.setText(self.tr("Stopped. Leads placed before that keep their salesperson."))
            return
        if not outcome.ok:
            if isinstance(outcome.error, ServiceError):
                show_error(self, outcome.error)
                return
            raise outcome.error
        run: PoolRulesRun = outcome.result
        self.last_run = run
        self.placed_count += len(run.placed)
        self.status_label.setText(self.tr("Placed {placed} of {examined} leads; {left} stay in the pool.").format(
            placed=len(run.placed), examined=run.examined, left=run.left_in_pool))

    def keyPressEvent(self, event) -> None:
        # Delete removes the selected rule (after a yes) when the list has the focus.
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.delete_rule()
            return
        super().keyPressEvent(event)
