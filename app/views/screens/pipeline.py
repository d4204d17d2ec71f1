"""Opportunities (商机): the pipeline board with a column per stage, and the actions on the
selected card: forward / back a stage (Ctrl+Right / Ctrl+Left), won, lost with a reason, edit,
and new opportunity. Supervisors and managers may narrow the board to one owner.

Every action saves against the version the card was read with; when someone else changed the
opportunity first the user is offered a reload. The board is read in one query per refresh
(`pipeline()` caps the cards per stage, totals cover them all), so it stays quick with several
hundred opportunities.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.opportunity import OPEN_STAGES, STAGES
from app.services import opportunities
from app.services.customer_owners import visible_owners
from app.services.errors import ConflictError, ServiceError
from app.services.opportunities import PipelineCard
from app.views.context import AppContext
from app.views.customers.collation import sorted_by_name
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.pipeline.board import PipelineBoard
from app.views.pipeline.lost_dialog import LostDialog
from app.views.pipeline.opportunity_dialog import OpportunityDialog
from app.views.pipeline.words import stage_title
from app.views.screens import Screen
from app.views.tables.paged_model import on_row_opened

CARDS_PER_STAGE = 300
CLOSED_DAYS = 90  # pipeline()'s default: won and lost of the last 90 days


class PipelineScreen(Screen):
    """The board and its buttons; `current_dialog` is the form or lost dialog while open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        actor = context.user
        self.current_dialog: QDialog | None = None
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.won_button = QPushButton()
        self.lost_button = QPushButton()
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(8)
        self.owner_combo.setVisible(actor.role != "sales")  # salespeople see only their own
        self.note_label = QLabel()
        self.note_label.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            top.addWidget(button)
        top.addSpacing(12)
        for button in (self.back_button, self.forward_button):
            top.addWidget(button)
        top.addSpacing(12)
        for button in (self.won_button, self.lost_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.note_label)
        top.addWidget(self.owner_combo)

        self.board = PipelineBoard(STAGES)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.board, 1)

        self.shortcuts = []
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_opportunity), ("Ctrl+Right", self.move_forward),
                           ("Ctrl+Left", self.move_back), ("F2", self.edit_opportunity), ("F5", self.reload)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self.new_button.clicked.connect(self.new_opportunity)
        self.edit_button.clicked.connect(self.edit_opportunity)
        self.back_button.clicked.connect(self.move_back)
        self.forward_button.clicked.connect(self.move_forward)
        self.won_button.clicked.connect(self.mark_won)
        self.lost_button.clicked.connect(self.mark_lost)
        self.owner_combo.currentIndexChanged.connect(lambda _index: self._owner_changed())
        for column in self.board.columns.values():
            on_row_opened(column.view, self.edit_opportunity)
        self.board.card_selected.connect(self._update_buttons)
        self._filling = False
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New opportunity"))
        self.new_button.setToolTip(self.tr("Create an opportunity for a customer (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change title, amount and expected close date (F2, Enter)"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Move the opportunity one stage back (Ctrl+Left)"))
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setToolTip(self.tr("Move the opportunity to the next stage (Ctrl+Right)"))
        self.won_button.setText(self.tr("Won"))
        self.won_button.setToolTip(self.tr("Close the opportunity as won"))
        self.lost_button.setText(self.tr("Lost…"))
        self.lost_button.setToolTip(self.tr("Close the opportunity as lost, with the reason"))
        self.note_label.setText(self.tr("Won and lost: the last {days} days").format(days=CLOSED_DAYS))
        if self.owner_combo.count():
            self.owner_combo.setItemText(0, self.tr("All owners"))
        self.board.retranslate_ui()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the owner list (supervisors, managers) and the board, keeping the selection."""
        self._fill_owners()
        self.reload()

    def _fill_owners(self) -> None:
        if self.context.user.role == "sales":
            return
        chosen = self.owner_combo.currentData()
        self._filling = True
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        inactive = self.tr("(inactive)")
        for owner in sorted_by_name(visible_owners(self.context.user), lambda o: o.display_name):
            self.owner_combo.addItem(owner.display_name if owner.active else f"{owner.display_name} {inactive}",
                                     owner.id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(chosen)) if chosen is not None else 0)
        self._filling = False

    def _owner_changed(self) -> None:
        if not self._filling:
            self.reload()

    def select_owner(self, owner_id: int | None) -> None:
        """Show only this owner's opportunities (None: everyone's the user may see)."""
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner_id)) if owner_id is not None else 0)

    def reload(self, select_id: int | None = None) -> None:
        """Read the board again; select `select_id` (else the card selected before) where it is now."""
        try:
            stages = opportunities.pipeline(self.context.user, owner_id=self.owner_combo.currentData(),
                                            limit_per_stage=CARDS_PER_STAGE)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.board.show_stages(stages, CARDS_PER_STAGE)
        if select_id is not None:
            self.board.select_card(select_id)
            self._focus_selected()
        self._update_buttons()

    def _focus_selected(self) -> None:
        card = self.board.selected_card()
        if card is not None:
            self.board.columns[card.stage].view.setFocus()

    def stage_summary(self) -> dict[str, tuple[int, str]]:
        """{stage: (cards shown, total as shown)}: what tests read."""
        return {stage: (column.model.rowCount(), column.total_label.text())
                for stage, column in self.board.columns.items()}

    def titles_in(self, stage: str) -> list[str]:
        """The titles of the cards in a stage's column, in order."""
        return [card.title for card in self.board.columns[stage].model.cards]

    def _update_buttons(self) -> None:
        card = self.board.selected_card()
        stage = card.stage if card is not None else None
        is_open = stage in OPEN_STAGES
        self.edit_button.setEnabled(card is not None)
        self.forward_button.setEnabled(is_open and stage != OPEN_STAGES[-1])
        self.back_button.setEnabled(card is not None and stage != OPEN_STAGES[0])
        self.won_button.setEnabled(is_open)
        self.lost_button.setEnabled(is_open)

    # -- actions -------------------------------------------------------------------------------

    def _refused(self, exc: ServiceError, card: PipelineCard) -> None:
        """Show a refusal; reload the board when the user asks to (or the opportunity is gone)."""
        if show_error(self, exc) or not isinstance(exc, ConflictError):
            self.reload(select_id=card.id)

    def move_forward(self) -> None:
        """The selected opportunity to the next stage (Ctrl+Right)."""
        self._move(+1)

    def move_back(self) -> None:
        """The selected opportunity one stage back (Ctrl+Left); a closed one reopens in negotiation."""
        self._move(-1)

    def _move(self, step: int) -> None:
        card = self.board.selected_card()
        button = self.forward_button if step > 0 else self.back_button
        if card is None or self.current_dialog is not None or not button.isEnabled():
            return
        try:
            moved = opportunities.move_stage(self.context.user, card.id, card.version, step)
        except ServiceError as exc:
            self._refused(exc, card)
            return
        self.reload(select_id=card.id)
        self.records_changed.emit()
        self.note_label.setText(self.tr("“{title}” moved to {stage}").format(title=card.title,
                                                                             stage=stage_title(moved.stage)))

    def mark_won(self) -> None:
        """Close the selected opportunity as won (after a yes)."""
        card = self.board.selected_card()
        if card is None or card.stage not in OPEN_STAGES or self.current_dialog is not None:
            return
        if not forms.confirm(self, self.tr("Opportunity won"), self.tr("Mark “{title}” ({customer}) as won?").format(
                title=card.title, customer=card.customer_name)):
            return
        try:
            opportunities.close_opportunity(self.context.user, card.id, card.version, won=True)
        except ServiceError as exc:
            self._refused(exc, card)
            return
        self.reload(select_id=card.id)
        self.records_changed.emit()

    def mark_lost(self) -> None:
        """Ask for the reason and close the selected opportunity as lost."""
        card = self.board.selected_card()
        if card is None or card.stage not in OPEN_STAGES:
            return
        self._open(LostDialog(self.context.user, card, self), card.id)

    def edit_opportunity(self) -> None:
        card = self.board.selected_card()
        if card is not None:
            self._open(OpportunityDialog(self.context.user, card, self), card.id)

    def new_opportunity(self) -> None:
        """Open the form for a new opportunity (it starts in the first stage)."""
        try:
            dialog = OpportunityDialog(self.context.user, None, self)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._open(dialog, None)

    def _open(self, dialog: QDialog, card_id: int | None) -> None:
        """Show `dialog` window-modal without blocking; reload the board when it saved something
        (or asked for a reload after a conflict)."""
        if self.current_dialog is not None:
            dialog.deleteLater()
            return
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            saved = result == QDialog.DialogCode.Accepted
            if saved or getattr(dialog, "reload_requested", False):
                self.reload(select_id=getattr(dialog, "saved_id", None) or card_id)
            if saved:
                self.records_changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
