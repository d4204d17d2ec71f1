"""The month a commission screen shows: a year box and a month box, last month by default."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

FIRST_YEAR, LAST_YEAR = 2000, 2100  # commission_statements.check_month


def last_month(today: dt.date | None = None) -> tuple[int, int]:
    """(year, month) of the month before `today`'s (January -> December of the year before)."""
    first = (today or dt.date.today()).replace(day=1)
    before = first - dt.timedelta(days=1)
    return before.year, before.month


class MonthPicker(QWidget):
    """Year and month; `changed(year, month)` when the user picks another month."""

    changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        year, month = last_month(today)
        self.label = QLabel()
        self.year_box = QSpinBox()
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(year)
        self.month_box = QComboBox()
        for number in range(1, 13):
            self.month_box.addItem(f"{number:02d}", number)
        self.month_box.setCurrentIndex(month - 1)
        self.label.setBuddy(self.year_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.year_box)
        layout.addWidget(self.month_box)
        self.year_box.valueChanged.connect(lambda _value: self._emit())
        self.month_box.currentIndexChanged.connect(lambda _index: self._emit())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Month:"))
        self.year_box.setToolTip(self.tr("Year"))
        self.month_box.setToolTip(self.tr("Month"))

    def month(self) -> tuple[int, int]:
        """The (year, month) shown."""
        return self.year_box.value(), self.month_box.currentData()

    def set_month(self, year: int, month: int) -> None:
        """Show (year, month); `changed` is emitted once when it differs."""
        if (year, month) == self.month():
            return
        self.blockSignals(True)
        self.year_box.setValue(year)
        self.month_box.setCurrentIndex(month - 1)
        self.blockSignals(False)
        self._emit()

    def label_text(self) -> str:
        year, month = self.month()
        return f"{year:04d}-{month:02d}"

    def _emit(self) -> None:
        self.changed.emit(*self.month())
