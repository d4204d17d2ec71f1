"""The commission rules (managers): every rule with its basis, scope (and the product line, team or
salesperson it names, by name), flat rate or tiers, tier mode, valid days and whether it is active;
New, Edit and Deactivate / Reactivate. Rules are never deleted: statements point at them.

Rules changed here count from the next generation of a draft month; approved months stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
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

from app.models.commission import CommissionRule
from app.models.user import User
from app.services import commission_rules as rules
from app.services.commission_choices import ScopeChoice, scope_choices
from app.services.commission_math import parse_tiers
from app.services.errors import ServiceError
from app.views.commissions.rule_form import RuleFormDialog
from app.views.commissions.words import basis_title, mode_title, plain_number, scope_title
from app.views.dates import date_text
from app.views.dialogs.forms import FieldErrors, save_form
from app.views.errors import show_error
from app.views.tables.paged_model import CENTER, Column, ListSource, PagedTableModel, on_row_opened, setup_table_view
from app.views.tables.selection import inactive_colour

COLUMN_WIDTHS = [130, 75, 160, 240, 100, 85, 85, 50]


def rate_text(rule: CommissionRule) -> str:
    """"2.5 %" for a flat rate; "from 0 %: 2 %; from 80 %: 3 %" for tiers."""
    tiers = parse_tiers(rule.tiers)
    if not tiers:
        return "" if rule.rate is None else f"{plain_number(rule.rate)} %"
    return "; ".join(f"≥{plain_number(t.start)} %: {plain_number(t.rate)} %" for t in tiers)


class RulesDialog(QDialog):
    """The rules list and its buttons; `current_dialog` is the rule form while it is open."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.current_dialog: RuleFormDialog | None = None
        self.changed = False  # a rule was saved or (de)activated while the dialog was open
        self.choices: dict[str, list[ScopeChoice]] = {}
        self.source: ListSource[CommissionRule] = ListSource()
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page,
                                     row_foreground=lambda r: inactive_colour(r.active), parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.new_button, self.edit_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        side = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(middle)
        layout.addWidget(self.buttons)

        self.new_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.active_button.clicked.connect(self.toggle_active)
        on_row_opened(self.table, self.edit_rule)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()
        self.reload()
        self.resize(1100, 440)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Basis"), lambda r: basis_title(r.basis)),
            Column(self.tr("Scope"), self.scope_text, tooltip=self.scope_text),
            Column(self.tr("Rate or tiers"), rate_text, tooltip=rate_text),
            Column(self.tr("Tier mode"), lambda r: mode_title(r.tier_mode) if r.tiers else ""),
            Column(self.tr("Valid from"), lambda r: date_text(r.valid_from), CENTER),
            Column(self.tr("Valid until"), lambda r: date_text(r.valid_to), CENTER),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No"), CENTER),
        ]

    def scope_text(self, rule: CommissionRule) -> str:
        """"Everyone", or the scope with the name of what it names: "Team: 华东销售组"."""
        if rule.scope == "all":
            return scope_title("all")
        names = {c.key: c.name for c in self.choices.get(rule.scope, [])}
        return self.tr("{scope}: {name}").format(scope=scope_title(rule.scope),
                                                 name=names.get(rule.scope_key, f"#{rule.scope_key}"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Commission rules"))
        self.model.set_columns(self._columns())
        self.intro_label.setText(self.tr(
            "For each sale the active rule valid on its day with the most specific scope applies: salesperson, "
            "then team, then product line, then everyone. Changes count when a draft month is generated again; "
            "approved months stay as they are."))
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add a commission rule"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected rule (Enter or double-click)"))
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the rules and the names they refer to again; select `select_id`, else the rule selected."""
        current = self.current_rule()
        target = select_id if select_id is not None else (current.id if current is not None else None)
        try:
            self.choices = scope_choices(self.actor)
            self.source.set_rows(rules.list_rules(self.actor))
        except ServiceError as exc:
            show_error(self, exc)
        self.model.reset()
        ids = [rule.id for rule in self.source.rows]
        if target in ids:
            index = self.model.index(ids.index(target), 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_rule(self) -> CommissionRule | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def rule_texts(self) -> list[tuple[str, ...]]:
        """Every rule's cells as shown: what tests read."""
        return [tuple(str(self.model.data(self.model.index(row, column)) or "")
                      for column in range(self.model.columnCount())) for row in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        rule = self.current_rule()
        self.edit_button.setEnabled(rule is not None)
        self.active_button.setEnabled(rule is not None)
        active = rule is None or rule.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.active_button.setToolTip(self.tr("Stop the rule from the next generation on (it stays listed)") if active
                                      else self.tr("Let the rule apply again"))

    # -- actions -------------------------------------------------------------------------------

    def _open_form(self, rule: CommissionRule | None) -> RuleFormDialog | None:
        if self.current_dialog is not None:
            return None
        dialog = RuleFormDialog(self.actor, rule, self.choices, self)
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
                self.changed = True
                self.reload(select_id=dialog.saved.id)
            else:
                self.reload()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def new_rule(self) -> RuleFormDialog | None:
        """An empty rule form."""
        return self._open_form(None)

    def edit_rule(self) -> RuleFormDialog | None:
        rule = self.current_rule()
        return self._open_form(rule) if rule is not None else None

    def toggle_active(self) -> None:
        """Deactivate the selected rule (or reactivate an inactive one)."""
        rule = self.current_rule()
        if rule is None:
            return
        done = save_form(self, lambda: rules.set_rule_active(self.actor, rule.id, rule.version, not rule.active),
                         FieldErrors(), None, on_reload=self.reload)
        if done is not None:
            self.changed = True
        self.reload(select_id=rule.id)

