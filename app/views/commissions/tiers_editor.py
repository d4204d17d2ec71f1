"""The tiers of a commission rule as an editable table: one row per tier, "from attainment %" and
"rate %", with buttons to add and remove rows. The texts go to the service as typed: it checks them
(`commission_math.tier_problem`) and the form shows what it says under the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.commission_math import Tier
from app.views.commissions.words import plain_number


class TiersEditor(QWidget):
    """Rows of (from %, rate %) texts; empty rows are left out of `pairs()`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(130)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("From attainment %"), self.tr("Rate %")])
        self.add_button.setText(self.tr("Add tier"))
        self.add_button.setToolTip(self.tr("Add a row: the tier applies from its attainment on"))
        self.remove_button.setText(self.tr("Remove tier"))
        self.remove_button.setToolTip(self.tr("Remove the selected row"))

    def add_row(self, start: str = "", rate: str = "") -> int:
        """Append a row holding these texts; returns its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(start))
        self.table.setItem(row, 1, QTableWidgetItem(rate))
        return row

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_tiers(self, tiers: Sequence[Tier]) -> None:
        """Show these tiers (the stored rule's), nothing else."""
        self.table.setRowCount(0)
        for tier in tiers:
            self.add_row(plain_number(tier.start), plain_number(tier.rate))

    def pairs(self) -> list[tuple[str, str]]:
        """The rows as typed, (from %, rate %), leaving out rows with both cells empty."""
        result = []
        for row in range(self.table.rowCount()):
            start, rate = (self._text(row, column) for column in (0, 1))
            if start or rate:
                result.append((start, rate))
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

