"""The form of one commission rule: name, basis, scope and the product line / team / salesperson it
names, a flat rate or tiers by monthly attainment (whole-amount or marginal), and the days it is valid.

OK calls `create_rule` / `update_rule` and closes only when it succeeded: a ValidationError puts each
message under its field; a ConflictError (another manager saved the rule first) offers to reload
the stored rule into the form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.commission import COMMISSION_BASES, COMMISSION_SCOPES, TIER_MODES, CommissionRule
from app.models.user import User
from app.services import commission_rules as rules
from app.services.commission_choices import ScopeChoice
from app.services.commission_math import parse_tiers
from app.services.errors import NotFound, ServiceError
from app.views.commissions.tiers_editor import TiersEditor
from app.views.commissions.words import basis_title, mode_title, scope_title
from app.views.dialogs.forms import FieldErrors, error_label, ok_cancel_buttons, save_form
from app.views.errors import show_error

DATE_FORMAT = "yyyy-MM-dd"


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class RuleFormDialog(QDialog):
    """Create a rule (`rule` None) or edit one; `saved` is the stored rule after a successful OK.
    `choices` are the records each scope may name (`commission_choices.scope_choices`)."""

    def __init__(self, actor: User, rule: CommissionRule | None, choices: dict[str, list[ScopeChoice]],
                 parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.actor = actor
        self.rule_id = rule.id if rule is not None else None
        self.version: int | None = None
        self.choices = choices
        self.saved: CommissionRule | None = None
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.basis_combo = QComboBox()
        self.scope_combo = QComboBox()
        self.key_combo = QComboBox()
        for combo, keys in ((self.basis_combo, COMMISSION_BASES), (self.scope_combo, COMMISSION_SCOPES)):
            for key in keys:
                combo.addItem("", key)
        self.flat_radio, self.tiers_radio = QRadioButton(), QRadioButton()
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.flat_radio)
        self.kind_group.addButton(self.tiers_radio)
        self.flat_radio.setChecked(True)
        self.rate_edit = QLineEdit()
        self.tiers_editor = TiersEditor()
        self.mode_combo = QComboBox()
        for key in TIER_MODES:
            self.mode_combo.addItem("", key)
        self.from_edit = _date_edit()
        self.from_edit.setDate(QDate(today or dt.date.today()))
        self.to_check = QCheckBox()
        self.to_edit = _date_edit()
        self.to_edit.setDate(self.from_edit.date())

        kind_box = QWidget()
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.flat_radio)
        kind_row.addWidget(self.tiers_radio)
        kind_row.addStretch(1)
        to_box = QWidget()
        to_row = QHBoxLayout(to_box)
        to_row.setContentsMargins(0, 0, 0, 0)
        to_row.addWidget(self.to_check)
        to_row.addWidget(self.to_edit, 1)
        self.labels = [QLabel() for _ in range(10)]
        form = QFormLayout()
        fields = [self.errors.wrap("name", self.name_edit), self.errors.wrap("basis", self.basis_combo),
                  self.errors.wrap("scope", self.scope_combo), self.errors.wrap("scope_key", self.key_combo),
                  kind_box, self.errors.wrap("rate", self.rate_edit), self.errors.wrap("tiers", self.tiers_editor),
                  self.errors.wrap("tier_mode", self.mode_combo), self.errors.wrap("valid_from", self.from_edit),
                  self.errors.wrap("valid_to", to_box)]
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        buddies = (self.name_edit, self.basis_combo, self.scope_combo, self.key_combo, self.flat_radio,
                   self.rate_edit, self.tiers_editor.table, self.mode_combo, self.from_edit, self.to_check)
        for label, buddy in zip(self.labels, buddies, strict=True):
            label.setBuddy(buddy)
        self.general_error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.scope_combo.currentIndexChanged.connect(lambda _index: self._fill_keys())
        self.flat_radio.toggled.connect(lambda _on: self._kind_changed())
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.to_edit.setEnabled(False)
        self.retranslate_ui()
        if rule is not None:
            self.load(rule)
        else:
            self._fill_keys()
            self._kind_changed()
        self.setMinimumWidth(480)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New commission rule") if self.rule_id is None else self.tr("Edit commission rule"))
        texts = (self.tr("&Name:"), self.tr("&Basis:"), self.tr("&Scope:"), self.tr("Applies &to:"),
                 self.tr("Rate:"), self.tr("Flat &rate %:"), self.tr("T&iers:"), self.tr("Tier &mode:"),
                 self.tr("Valid &from:"), self.tr("Valid until:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for combo, title in ((self.basis_combo, basis_title), (self.scope_combo, scope_title),
                             (self.mode_combo, mode_title)):
            for row in range(combo.count()):
                combo.setItemText(row, title(combo.itemData(row)))
        self.basis_combo.setToolTip(self.tr("The amounts that earn commission: payments collected, orders signed "
                                            "or goods shipped (untaxed)"))
        self.scope_combo.setToolTip(self.tr("Whom the rule covers; the most specific rule wins"))
        self.flat_radio.setText(self.tr("Flat rate"))
        self.tiers_radio.setText(self.tr("Tiers by monthly attainment"))
        self.rate_edit.setPlaceholderText(self.tr("e.g. 2.5"))
        self.mode_combo.setToolTip(self.tr("Whole amount: every row at the tier reached; marginal: each part of "
                                           "the amount at the tier of its own attainment"))
        self.to_check.setText(self.tr("Ends on"))
        self.tiers_editor.retranslate_ui()
        self._fill_keys()

    # -- filling -------------------------------------------------------------------------------

    def load(self, rule: CommissionRule) -> None:
        """Show `rule` as stored now and remember its version for the save."""
        self.version = rule.version
        self.name_edit.setText(rule.name)
        self._select(self.basis_combo, rule.basis)
        self._select(self.scope_combo, rule.scope)
        self._fill_keys(rule.scope_key)
        tiers = parse_tiers(rule.tiers)
        self.tiers_radio.setChecked(bool(tiers))
        self.flat_radio.setChecked(not tiers)
        self.rate_edit.setText("" if rule.rate is None else f"{rule.rate:.2f}")
        self.tiers_editor.set_tiers(tiers)
        self._select(self.mode_combo, rule.tier_mode)
        self.from_edit.setDate(QDate(rule.valid_from))
        self.to_check.setChecked(rule.valid_to is not None)
        if rule.valid_to is not None:
            self.to_edit.setDate(QDate(rule.valid_to))
        self._kind_changed()
        self.errors.clear()
        self.general_error.hide()

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def _fill_keys(self, keep: str | None = None) -> None:
        """The records the chosen scope may name (inactive ones only when the rule names them)."""
        scope = self.scope_combo.currentData()
        wanted = keep if keep is not None else self.key_combo.currentData()
        self.key_combo.blockSignals(True)
        self.key_combo.clear()
        inactive = self.tr("(inactive)")
        for choice in self.choices.get(scope, []):
            if choice.active or choice.key == wanted:
                self.key_combo.addItem(choice.name if choice.active else f"{choice.name} {inactive}", choice.key)
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(wanted)) if self.key_combo.count() else -1)
        self.key_combo.blockSignals(False)
        self.key_combo.setEnabled(scope != "all")

    def _kind_changed(self) -> None:
        flat = self.flat_radio.isChecked()
        self.rate_edit.setEnabled(flat)
        self.tiers_editor.setEnabled(not flat)
        self.mode_combo.setEnabled(not flat)
        if not flat and not self.tiers_editor.pairs():
            self.tiers_editor.add_row("0", "")

    # -- reading and saving --------------------------------------------------------------------

    def rule_input(self) -> rules.RuleInput:
        """What the form holds, as the service's input."""
        flat = self.flat_radio.isChecked()
        scope = self.scope_combo.currentData()
        return rules.RuleInput(
            name=self.name_edit.text(), valid_from=self.from_edit.date().toPython(),
            basis=self.basis_combo.currentData(), scope=scope,
            scope_key="" if scope == "all" else (self.key_combo.currentData() or ""),
            rate=self.rate_edit.text() if flat else None, tiers=() if flat else self.tiers_editor.pairs(),
            tier_mode=self.mode_combo.currentData(),
            valid_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None)

    def accept(self) -> None:
        data = self.rule_input()
        saved = save_form(self, lambda: self._save(data), self.errors, self.general_error,
                          on_reload=self._reload_stored, on_error=self._refused)
        if saved is not None:
            self.saved = saved
            super().accept()

    def _save(self, data: rules.RuleInput) -> CommissionRule:
        if self.rule_id is None:
            return rules.create_rule(self.actor, data)
        return rules.update_rule(self.actor, self.rule_id, self.version or 0, data)

    def _refused(self, exc: ServiceError) -> None:
        show_error(self, exc)
        if isinstance(exc, NotFound):
            self.reject()

    def _reload_stored(self) -> None:
        try:
            self.load(rules.get_rule(self.actor, self.rule_id))
        except ServiceError as exc:
            self._refused(exc)
