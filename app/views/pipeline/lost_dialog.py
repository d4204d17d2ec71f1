"""Mark an opportunity lost: the reason is required (the service refuses an empty one, and the
message appears under the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.models.user import User
from app.services import opportunities
from app.services.opportunities import PipelineCard
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, ok_cancel_buttons, save_form


class LostDialog(QDialog):
    """Asks why `card` was lost and closes it as lost; `reload_requested` after a conflict the
    user chose to reload."""

    def __init__(self, actor: User, card: PipelineCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.card = card
        self.reload_requested = False
        self.errors = FieldErrors()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(110)
        self.general_error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.errors.wrap("lost_reason", self.reason_edit))
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Opportunity lost"))
        self.intro_label.setText(self.tr("Why was \"{title}\" ({customer}) lost?").format(
            title=self.card.title, customer=self.card.customer_name))
        self.reason_edit.setPlaceholderText(self.tr("e.g. price too high, chose a competitor, project cancelled"))

    def accept(self) -> None:
        closed = save_form(
            self, lambda: opportunities.close_opportunity(self.actor, self.card.id, self.card.version, won=False,
                                                          lost_reason=self.reason_edit.toPlainText()),
            self.errors, self.general_error, on_reload=lambda: close_for_reload(self))
        if closed is not None:
            super().accept()
