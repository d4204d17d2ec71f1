"""The public pool (公海): unowned customers to claim (salespeople, supervisors) or assign
(supervisors, managers), the dead leads tab, and the managers' assignment rules.

Claims count against a daily limit (settings); over it the service refuses the whole claim and
the screen shows its reason. Customers someone else claimed between the list being read and the
click are reported, not claimed twice.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services import pool
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import can
from app.services.settings import get_settings
from app.views.context import AppContext
from app.views.errors import show_error
from app.views.pool.assign_dialog import AssignDialog
from app.views.pool.dead_leads import DeadLeadsPanel
from app.views.pool.pool_list import PoolList
from app.views.screens import Screen
from app.views.service_text import translate_field_messages

CLAIM_SHORTCUT = "Ctrl+Shift+C"
ASSIGN_SHORTCUT = "Ctrl+Shift+A"


class PoolScreen(Screen):
    """The pool list with Claim / Assign to… / Rules, and (supervisors, managers) the dead leads.

    `current_dialog` is the assign dialog or rules editor while one is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        actor = context.user
        self.current_dialog: QDialog | None = None
        self.may_claim = can(actor, "pool.claim")
        self.may_assign = can(actor, "pool.assign")
        self.may_edit_rules = can(actor, "pool.rules")

        self.pool_list = PoolList(actor)
        self.claim_button = QPushButton()
        self.assign_button = QPushButton()
        self.rules_button = QPushButton()
        self.claimed_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setStyleSheet("color: palette(mid);")
        self.claim_button.setVisible(self.may_claim)
        self.claimed_label.setVisible(self.may_claim)
        self.assign_button.setVisible(self.may_assign)
        self.rules_button.setVisible(self.may_edit_rules)
        top = self.pool_list.top_bar
        for button in (self.claim_button, self.assign_button, self.rules_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.note_label)
        top.addSpacing(12)
        top.addWidget(self.claimed_label)
        top.addSpacing(12)
        top.addWidget(self.pool_list.count_label)

        self.dead_leads: DeadLeadsPanel | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pool_list, "")
        if self.may_assign:
            self.dead_leads = DeadLeadsPanel(actor)
            self.tabs.addTab(self.dead_leads, "")
            self.dead_leads.assign_requested.connect(self._open_assign)
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.claim_shortcut = QShortcut(QKeySequence(CLAIM_SHORTCUT), self)
        self.claim_shortcut.setEnabled(self.may_claim)
        self.claim_shortcut.activated.connect(self.claim_selected)
        self.assign_shortcut = QShortcut(QKeySequence(ASSIGN_SHORTCUT), self)
        self.assign_shortcut.setEnabled(self.may_assign)
        self.assign_shortcut.activated.connect(self.assign_selected)
        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.activated.connect(self._focus_search)
        self.claim_button.clicked.connect(self.claim_selected)
        self.assign_button.clicked.connect(self.assign_selected)
        self.rules_button.clicked.connect(self.open_rules)
        self.pool_list.selection_changed.connect(self._update_buttons)
        self.loaded = False
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.pool_list.retranslate_ui()
        self.tabs.setTabText(0, self.tr("Public pool"))
        if self.dead_leads is not None:
            self.dead_leads.retranslate_ui()
            self.tabs.setTabText(1, self.tr("Dead leads"))
        self.claim_button.setText(self.tr("Claim"))
        self.claim_button.setToolTip(self.tr("Take the selected customers as your own ({key})").format(
            key=QKeySequence(CLAIM_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.assign_button.setText(self.tr("Assign to…"))
        self.assign_button.setToolTip(self.tr("Give the selected customers to a salesperson ({key})").format(
            key=QKeySequence(ASSIGN_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.rules_button.setText(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("Edit the rules that assign new leads automatically"))
        self._show_claims()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices, the pool, today's claims and the dead leads."""
        self.pool_list.refill_choices()
        if self.loaded:
            self.pool_list.reload()
        else:
            self.loaded = True
            self.pool_list.apply_filter()
        if self.dead_leads is not None:
            self.dead_leads.refresh()
        self._show_claims()

    def _show_claims(self) -> None:
        if not self.may_claim:
            return
        used, limit = pool.claims_today(self.context.user), get_settings().claim_limit_per_day
        self.claimed_label.setText(self.tr("Claimed today: {used} of {limit}").format(used=used, limit=limit))

    def _update_buttons(self) -> None:
        selected = bool(self.pool_list.selected_rows())
        self.claim_button.setEnabled(selected)
        self.assign_button.setEnabled(selected)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.pool_list)
        self.pool_list.focus_search()

    # -- actions -------------------------------------------------------------------------------

    def claim_selected(self) -> None:
        """Claim the selected pool customers (within today's limit) and say what happened."""
        customers = self.pool_list.selected_customers()
        if not customers or not self.may_claim or self.tabs.currentWidget() is not self.pool_list:
            return
        names = {c.id: c.name for c in customers}
        try:
            result = pool.claim(self.context.user, list(names))
        except ValidationError as exc:
            self._show_claims()
            QMessageBox.warning(self, self.tr("Claim refused"),
                                "\n".join(translate_field_messages(exc.fields).values()))
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.pool_list.reload()
        self._show_claims()
        if result.claimed:
            self.note_label.setText(self.tr("Claimed {count}: {names}").format(
                count=len(result.claimed), names=self._names(names, result.claimed)))
            self.records_changed.emit()
        if result.taken:
            QMessageBox.information(
                self, self.tr("Already taken"),
                self.tr("Someone else took these customers first:\n{names}").format(
                    names=self._names(names, result.taken, limit=20, separator="\n")))

    @staticmethod
    def _names(names: dict[int, str], ids: list[int], limit: int = 3, separator: str = "、") -> str:
        shown = [names.get(i, str(i)) for i in ids[:limit]]
        return separator.join(shown) + ("…" if len(ids) > limit else "")

    def assign_selected(self) -> None:
        """Open the assign dialog for the selected customers of the tab shown."""
        if not self.may_assign:
            return
        if self.dead_leads is not None and self.tabs.currentWidget() is self.dead_leads:
            self.dead_leads.assign_selected()
            return
        customers = self.pool_list.selected_customers()
        if customers:
            self._open_assign([c.id for c in customers], [c.name for c in customers])

    def _open_assign(self, ids: list[int], names: list[str]) -> None:
        if self.current_dialog is not None:
            return
        try:
            dialog = AssignDialog(self.context.user, ids, names, self)
        except ServiceError as exc:
            show_error(self, exc)
            return

        def done() -> None:
            if dialog.assigned_ids:
                self.note_label.setText(self.tr("Assigned {count} to {name}").format(
                    count=len(dialog.assigned_ids), name=dialog.owner_name))
                self.records_changed.emit()
            self.pool_list.reload()
            if self.dead_leads is not None:
                self.dead_leads.refresh()

        self._open(dialog, done)

    def open_rules(self) -> None:
        """Open the assignment rules editor (managers)."""
        if not self.may_edit_rules or self.current_dialog is not None:
            return
        from app.views.dialogs.assignment_rules_dialog import AssignmentRulesDialog

        dialog = AssignmentRulesDialog(self.context.user, self)

        def done() -> None:
            if dialog.placed_count:
                self.records_changed.emit()
            self.refresh()

        self._open(dialog, done, on_any_result=True)

    def _open(self, dialog: QDialog, done, on_any_result: bool = False) -> None:
        """Show `dialog` window-modal without blocking; call `done()` when it was accepted (or
        whenever it closes, with `on_any_result`)."""
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            if on_any_result or result == QDialog.DialogCode.Accepted:
                done()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
