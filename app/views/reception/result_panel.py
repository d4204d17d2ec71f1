"""The panel that says where the last visitor or caller went, in words the desk can read aloud:
"Sent to 张伟 (owner)", "New lead … assigned to 赵敏 (on duty)", "… left in the public pool",
"Logged as market survey". Coloured by route so a glance is enough."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.reception import RoutingResult
from app.views.reception.words import routing_detail, routing_sentence

# route -> (background, border, text)
ROUTE_COLOURS = {
    "owner": ("#e8f1fb", "#7aa7d9", "#174a7c"),
    "duty": ("#e9f6ec", "#79bf8a", "#1d5e2c"),
    "pool": ("#fdf3e1", "#e0b35c", "#7a4b00"),
    "survey": ("#f1f1f1", "#b5b5b5", "#444444"),
}
IDLE_COLOURS = ("transparent", "#c8c8c8", "#666666")
REFUSED_COLOURS = ("#fdecea", "#e57373", "#8e1b13")


class RoutingPanel(QFrame):
    """Shows the last `RoutingResult` (or a short how-to before the first registration)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routingPanel")
        self.result: RoutingResult | None = None
        self.kind = ""
        self.refused = False  # the last attempt was refused: nothing was registered
        self.at: dt.datetime | None = None
        self.sentence = QLabel()
        self.sentence.setObjectName("routingSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.sentence.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.sentence)
        layout.addWidget(self.detail)
        self.retranslate_ui()

    def show_result(self, result: RoutingResult, kind: str, at: dt.datetime | None = None) -> None:
        """Show where the visit (`kind` "visit") or call ("call") registered at `at` went."""
        self.result, self.kind, self.at = result, kind, at or dt.datetime.now()
        self.refused = False
        self.retranslate_ui()

    def show_refused(self) -> None:
        """Say that the attempt just made registered nothing (the form marks what to correct)."""
        self.refused = True
        self.retranslate_ui()

    def text(self) -> str:
        """The sentence shown (what tests read)."""
        return self.sentence.text()

    def retranslate_ui(self) -> None:
        result = self.result
        if self.refused:
            colours = REFUSED_COLOURS
            self.sentence.setText(self.tr("Not registered"))
            self.detail.setText(self.tr("Correct the marked fields, then register again."))
        elif result is None:
            colours = IDLE_COLOURS
            self.sentence.setText(self.tr("Ready for the next visitor or caller"))
            self.detail.setText(self.tr(
                "Type the name or phone, choose the customer if they are listed, then Ctrl+S or Enter "
                "in the last field."))
        else:
            colours = ROUTE_COLOURS.get(result.route, IDLE_COLOURS)
            self.sentence.setText(routing_sentence(result))
            what = self.tr("Visit") if self.kind == "visit" else self.tr("Call")
            when = f"{self.at:%H:%M}" if self.at else ""
            self.detail.setText(f"{what} {when} · {routing_detail(result)}")
        background, border, text = colours
        self.setStyleSheet(
            f"QFrame#routingPanel {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QFrame#routingPanel QLabel {{ color: {text}; background: transparent; }}")
