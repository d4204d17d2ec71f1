"""The reception report's parts: the date range bar with its quick ranges, the strip of totals and
a table for one of `reports.reception_export.ReportTable`s."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.reception_export import ReportTable
from app.views.reception.columns import fit_columns
from app.views.tables.paged_model import RIGHT, Column, ListSource, PagedTableModel, setup_table_view


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


class DateRangeBar(QWidget):
    """From / To dates and Today, This week, This month; `range_changed(from, to)` on any change
    (the quick ranges end today: nothing is registered in the future)."""

    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self._changed)
        self.today_button = QPushButton()
        self.week_button = QPushButton()
        self.month_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            layout.addWidget(widget)
        layout.addSpacing(12)
        for button in (self.today_button, self.week_button, self.month_button):
            layout.addWidget(button)
        self.today_button.clicked.connect(self.show_today)
        self.week_button.clicked.connect(self.show_this_week)
        self.month_button.clicked.connect(self.show_this_month)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.today_button.setText(self.tr("Today"))
        self.week_button.setText(self.tr("This week"))
        self.month_button.setText(self.tr("This month"))

    def dates(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_range(self, date_from: dt.date, date_to: dt.date) -> None:
        """Show this range and report it once (not once per date edit)."""
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(QDate(date_from))
        self.to_edit.setDate(QDate(date_to))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)
        self._changed()

    def show_today(self) -> None:
        today = dt.date.today()
        self.set_range(today, today)

    def show_this_week(self) -> None:
        today = dt.date.today()
        self.set_range(week_start(today), today)

    def show_this_month(self) -> None:
        today = dt.date.today()
        self.set_range(today.replace(day=1), today)

    def _changed(self) -> None:
        date_from, date_to = self.dates()
        if date_to < date_from:  # keep the range valid: the end follows the start
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(self.from_edit.date())
            self.to_edit.blockSignals(False)
            date_to = date_from
        self.range_changed.emit(date_from, date_to)


class FigureStrip(QWidget):
    """The totals as big numbers with their names under them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.cards: list[tuple[QLabel, QLabel]] = []

    def show_figures(self, figures: list[tuple[str, object]]) -> None:
        """(name, value) pairs, left to right."""
        while len(self.cards) < len(figures):
            card = QFrame()
            card.setObjectName("figureCard")
            card.setStyleSheet("QFrame#figureCard { border: 1px solid palette(mid); border-radius: 6px; }")
            value, name = QLabel(), QLabel()
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.9)
            font.setBold(True)
            value.setFont(font)
            for label in (value, name):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout(card)
            column.addWidget(value)
            column.addWidget(name)
            self.layout_.addWidget(card, 1)
            self.cards.append((value, name))
        for (value, name), (title, figure) in zip(self.cards, figures, strict=False):
            value.setText(str(figure))
            name.setText(title)

    def values(self) -> dict[str, str]:
        """name -> value shown (what tests read)."""
        return {name.text(): value.text() for value, name in self.cards}


def _cell(value: object) -> object:
    return f"{value:%Y-%m-%d}" if isinstance(value, dt.date) else value


class FigureTable(QWidget):
    """One report table with its title: the first column names the row, the others are counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table_data: ReportTable | None = None
        self.source: ListSource[list[object]] = ListSource()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.view = QTableView()
        self.model = PagedTableModel([], self.source.count, self.source.page, parent=self)
        setup_table_view(self.view, self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_table(self, table: ReportTable) -> None:
        self.table_data = table
        self.title.setText(table.title)
        self.source = ListSource(table.rows, sort_values={
            str(n): (lambda row, n=n: row[n]) for n in range(len(table.headers))})
        columns = [Column(header, lambda row, n=n: _cell(row[n]), None if n == 0 else RIGHT, str(n))
                   for n, header in enumerate(table.headers)]
        self.model.set_columns(columns)
        self.model.reset(self.source.count, self.source.page)
        fit_columns(self.view, 0)

    def shown_rows(self) -> list[list[object]]:
        """The rows as displayed, in the current order (what tests read)."""
        return [[self.model.data(self.model.index(row, column)) for column in range(self.model.columnCount())]
                for row in range(self.model.rowCount())]
