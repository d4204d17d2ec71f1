"""The yellow warning in the customer form that lists existing customers looking like the one typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.duplicates import DuplicateMatch
from app.views.customers.words import duplicate_reason_title

STYLE = ("QFrame#duplicatePanel { background: #fff6c2; border: 1px solid #e2c443; border-radius: 4px; }"
         "QFrame#duplicatePanel QLabel { color: #4d3b00; background: transparent; }")


class DuplicatePanel(QFrame):
    """Hidden while there are no matches; otherwise one line per match: code, name, owner, why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self.setStyleSheet(STYLE)
        self.matches: list[DuplicateMatch] = []
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.list_label = QLabel()
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list_label)
        self.hide()

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        self.matches = list(matches)
        self.retranslate_ui()
        self.setVisible(bool(self.matches))

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Possible duplicate: these customers already exist"))
        self.list_label.setText("\n".join(self.line(match) for match in self.matches))

    def line(self, match: DuplicateMatch) -> str:
        owner = match.owner_name or self.tr("public pool")
        return self.tr("{code}  {name}  ·  owner: {owner}  ·  {reason}").format(
            code=match.code, name=match.name, owner=owner, reason=duplicate_reason_title(match.reason))

    def text(self) -> str:
        """Everything the panel says (what tests read)."""
        return f"{self.title_label.text()}\n{self.list_label.text()}" if self.matches else ""
