"""The target screen (目标): a year of targets at three levels with their actual revenue and attainment.

Managers enter the company's annual target in the Year column, have it split into months, then to
teams or industries, then to salespeople (each proposal only fills the grid), change any figure and
save everything typed in one all-or-nothing call (Ctrl+S); a figure changed meanwhile by someone
else is refused and the screen offers to reload. An empty year can be copied from the year before,
raised by a percentage. Supervisors see their team and split and edit its salespeople's figures;
salespeople see their own line, read-only. Parent cells whose children do not add up are red.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.permissions import can
from app.services.targets import copy_year, save_targets
from app.services.targets_view import TargetLine, target_year
from app.views.context import AppContext
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.screens import Screen
from app.views.targets import proposals
from app.views.targets.action_bar import SAVE_SHORTCUT, TargetActionBar
from app.views.targets.grid_model import TargetGridModel

BASIS_HINTS = {"history", "grade", "even"}


class TargetsScreen(Screen):
    """The year grid and its actions; what is shown and editable follows the user's role."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.actor = context.user
        self.is_manager = self.actor.role == "manager"
        self.may_edit = can(self.actor, "targets.edit")
        self.shown: tuple[int, str] | None = None  # the (year, middle) loaded

        self.bar = TargetActionBar(self)
        self.model = TargetGridModel(self._may_edit_line, self)
        self.table = QTableView(self)
        self.table.setObjectName("targetGrid")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 10)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("targetHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

        self.save_shortcut = QShortcut(QKeySequence(SAVE_SHORTCUT), self, self.save,
                                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bar.year_spin.valueChanged.connect(lambda _year: self._show_other())
        self.bar.middle_combo.currentIndexChanged.connect(lambda _index: self._show_other())
        self.bar.reload_button.clicked.connect(self.reload)
        self.bar.propose_months_button.clicked.connect(self.propose_months)
        self.bar.propose_middle_button.clicked.connect(self.propose_middle)
        self.bar.propose_people_button.clicked.connect(self.propose_salespeople)
        self.bar.save_button.clicked.connect(self.save)
        self.bar.copy_button.clicked.connect(self.copy_last_year)
        self.model.dataChanged.connect(lambda *_args: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._set_roles()
        self.retranslate_ui()

    def _may_edit_line(self, line: TargetLine) -> bool:
        if not self.may_edit:
            return False
        if self.is_manager:
            return True
        return line.level == "salesperson" and line.parent == str(self.actor.team_id or "")

    def _set_roles(self) -> None:
        """Only managers choose the middle level, propose the company's splits and copy a year;
        supervisors split and save their team; salespeople only look."""
        self.bar.middle_combo.setVisible(self.is_manager)
        for widget in (self.bar.propose_months_button, self.bar.propose_middle_button):
            widget.setVisible(self.is_manager)
        for widget in (self.bar.propose_people_button, self.bar.basis_combo, self.bar.save_button):
            widget.setVisible(self.may_edit)
        self.save_shortcut.setEnabled(self.may_edit)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Opened again: read the year unless figures typed here are waiting to be saved."""
        if not self.model.edits:
            self.reload()

    def reload(self) -> None:
        """Read the year shown (and the middle level) again, dropping typed figures."""
        year, middle = self.bar.year, self.bar.middle
        try:
            data = target_year(self.actor, year, middle)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.shown = (year, middle)
        self.model.load(data)
        self.table.resizeColumnsToContents()  # a few dozen lines: cheap, and no amount is cut
        self.table.resizeRowsToContents()

    def _show_other(self) -> None:
        """Year or middle level changed: ask before dropping typed figures."""
        if self.model.edits and not forms.confirm(self, self.tr("Unsaved targets"), self.tr(
                "{count} figures typed here are not saved. Drop them?").format(count=len(self.model.edits))):
            year, middle = self.shown
            for widget in (self.bar.year_spin, self.bar.middle_combo):
                widget.blockSignals(True)
            self.bar.year_spin.setValue(year)
            self.bar.middle_combo.setCurrentIndex(self.bar.middle_combo.findData(middle))
            for widget in (self.bar.year_spin, self.bar.middle_combo):
                widget.blockSignals(False)
            return
        self.bar.retranslate_ui()
        self.reload()
        self.hint.clear()

    def _update_actions(self) -> None:
        loaded = self.model.year is not None
        has_company = loaded and self.model.year.company is not None
        self.bar.propose_months_button.setEnabled(has_company)
        self.bar.propose_middle_button.setEnabled(has_company)
        self.bar.propose_people_button.setEnabled(loaded and bool(proposals.split_parents(self.actor, self.model)))
        self.bar.save_button.setEnabled(bool(self.model.edits))
        empty = self.is_manager and loaded and not self.model.has_targets() and not self.model.edits
        self.bar.copy_button.setVisible(empty)
        self.bar.percent_spin.setVisible(empty)

    # -- acting --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every typed figure in one call; True when saved (or nothing was typed)."""
        if not self.may_edit:
            return False
        figures = self.model.figures()
        if not figures:
            self.hint.setText(self.tr("Nothing to save."))
            return True
        saved = forms.save_form(self, lambda: save_targets(self.actor, self.shown[0], figures),
                                forms.FieldErrors(), None, on_reload=self.reload)
        if saved is None:
            return False
        self.reload()
        self.hint.setText(self.tr("Saved {count} figures.").format(count=len(saved)))
        self.records_changed.emit()
        return True

    def _saved_first(self, levels: set[str]) -> bool:
        """Proposals split stored figures: save what was typed at `levels` first, when the user agrees."""
        if not any(level in levels for level, _key, _month in self.model.edits):
            return True
        if not forms.confirm(self, self.tr("Save first"), self.tr(
                "The proposal splits saved figures. Save the figures typed so far first?")):
            return False
        return self.save()

    def _fill(self, values: dict, bases: set[str]) -> None:
        self.model.set_values(values)
        words = {"history": self.tr("last year's shares"), "grade": self.tr("grade weights"),
                 "even": self.tr("an even split")}
        self.hint.setText(self.tr("Proposed from {basis}: check the figures, then save ({shortcut}).").format(
            basis=self.tr(", ").join(words[b] for b in sorted(bases & BASIS_HINTS)), shortcut=SAVE_SHORTCUT))

    def propose_months(self) -> None:
        """Fill the company's months from its annual figure on screen."""
        row = self.model.row_of("company")
        if row < 0 or self.model.value(row, 0) is None:
            self.hint.setText(self.tr("Type the company's annual target in the Year column first."))
            return
        try:
            values, basis = proposals.monthly_split(self.actor, self.model)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._fill(values, {basis})

    def propose_middle(self) -> None:
        """Fill the teams' (industries') figures from the company's saved ones."""
        self._propose({"company"}, lambda: proposals.middle_split(self.actor, self.model))

    def propose_salespeople(self) -> None:
        """Fill the salespeople's figures from their team's (by industry: the company's) saved ones."""
        basis = self.bar.basis
        self._propose({"team", "company"}, lambda: proposals.salesperson_split(self.actor, self.model, basis))

    def _propose(self, levels: set[str], propose) -> None:
        if not self._saved_first(levels):
            return
        try:
            values, bases = propose()
        except ServiceError as exc:
            show_error(self, exc)
            return
        if not values:
            self.hint.setText(self.tr("There is no saved figure to split yet."))
            return
        self._fill(values, bases)

    def copy_last_year(self) -> None:
        """Copy the year before into the (empty) year shown, raised by the percentage."""
        year = self.bar.year
        try:
            count = copy_year(self.actor, year - 1, year, self.bar.percent)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.hint.setText(self.tr("Copied {count} figures from {year}.").format(count=count, year=year - 1))
        self.records_changed.emit()

    def retranslate_ui(self) -> None:
        self.bar.retranslate_ui()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.table.setToolTip(self.tr("Type an amount into a cell you may change; red: its parts do not add up"))
