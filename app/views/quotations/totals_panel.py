"""The quotation editor's totals: net, tax and total in figures, right-aligned under the lines, and
the total in Chinese capitals (大写金额) as the PDF prints it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.quote_math import CAPITALS_LIMIT, Totals, amount_in_chinese_capitals
from app.views.money import format_money


class TotalsPanel(QWidget):
    """Shows the `Totals` it is given (`show_totals`); the captions are translated."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.net_caption, self.tax_caption, self.total_caption, self.capitals_caption = (QLabel() for _ in range(4))
        self.net_label, self.tax_label, self.total_label, self.capitals_label = (QLabel() for _ in range(4))
        self.total_label.setStyleSheet("font-weight: bold;")
        for label in (self.net_label, self.tax_label, self.total_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(120)
        sums = QGridLayout()
        sums.setColumnStretch(0, 1)
        for row, (caption, value) in enumerate(((self.net_caption, self.net_label), (self.tax_caption, self.tax_label),
                                                (self.total_caption, self.total_label))):
            sums.addWidget(caption, row, 1)
            sums.addWidget(value, row, 2)
        capitals = QHBoxLayout()
        capitals.addWidget(self.capitals_caption)
        capitals.addWidget(self.capitals_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sums)
        layout.addLayout(capitals)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.net_caption.setText(self.tr("Net total:"))
        self.tax_caption.setText(self.tr("Tax:"))
        self.total_caption.setText(self.tr("Total:"))
        self.capitals_caption.setText(self.tr("In words:"))

    def show_totals(self, sums: Totals) -> None:
        """The sums in figures; the total in capitals when it can be written (0 up to the limit)."""
        self.net_label.setText(format_money(sums.net_total))
        self.tax_label.setText(format_money(sums.tax_total))
        self.total_label.setText(format_money(sums.total))
        total = sums.total
        self.capitals_label.setText(amount_in_chinese_capitals(total) if Decimal(0) <= total < CAPITALS_LIMIT else "")
