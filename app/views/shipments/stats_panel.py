"""The statistics tab of the shipments screen (发货统计): for a chosen period, quantity and amount
shipped by product and by month, and freight and packaging fees by carrier
(`services.shipment_stats`, returns subtracted). The period starts as this year so far."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services.errors import ServiceError
from app.services.shipment_stats import ShipmentStatistics, shipment_statistics
from app.views.errors import show_error
from app.views.money import format_money
from app.views.orders.shipment_dialog import pydate, qdate
from app.views.quotations.line_model import number_text
from app.views.tables.paged_model import RIGHT, Column, ListSource, PagedTableModel, setup_table_view


class _Table(QWidget):
    """A title over a short table a service returned whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.source = ListSource()
        self.model = PagedTableModel([], self.source.count, self.source.page, parent=self)
        self.view = QTableView()
        setup_table_view(self.view, self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_rows(self, rows: list) -> None:
        self.source.set_rows(rows)
        self.model.reset()

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (tests)."""
        model = self.model
        return [tuple(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount()))
                for r in range(model.rowCount())]


class ShipmentStatsPanel(QWidget):
    """Period and the three tables; `load()` reads them for the period shown."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.stats: ShipmentStatistics | None = None
        today = dt.date.today()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit = QDateEdit(qdate(dt.date(today.year, 1, 1)))
        self.to_edit = QDateEdit(qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.load())
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.load)
        self.summary = QLabel()
        self.products, self.months, self.carriers = _Table(), _Table(), _Table()
        top = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.products, 0, 0, 2, 1)
        grid.addWidget(self.months, 0, 1)
        grid.addWidget(self.carriers, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.show_button.setText(self.tr("Refresh"))
        self.show_button.setToolTip(self.tr("Read the figures of the period again"))
        self.products.title.setText(self.tr("By product"))
        self.months.title.setText(self.tr("By month"))
        self.carriers.title.setText(self.tr("Freight and packaging by carrier"))
        self.products.model.set_columns([
            Column(self.tr("Code"), lambda r: r.code), Column(self.tr("Product"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Quantity"), lambda r: number_text(r.quantity), RIGHT),
            Column(self.tr("Amount"), lambda r: format_money(r.amount), RIGHT)])
        self.months.model.set_columns([
            Column(self.tr("Month"), lambda r: r.month),
            Column(self.tr("Quantity"), lambda r: number_text(r.quantity), RIGHT),
            Column(self.tr("Amount"), lambda r: format_money(r.amount), RIGHT)])
        self.carriers.model.set_columns([
            Column(self.tr("Carrier"), lambda r: r.carrier or self.tr("(none)")),
            Column(self.tr("Shipments"), lambda r: r.shipments, RIGHT),
            Column(self.tr("Freight"), lambda r: format_money(r.freight), RIGHT),
            Column(self.tr("Packaging"), lambda r: format_money(r.packaging), RIGHT),
            Column(self.tr("Total"), lambda r: format_money(r.total), RIGHT)])
        self.products.view.setColumnWidth(1, 220)
        for column, width in enumerate((110, 70, 90, 90)):
            self.carriers.view.setColumnWidth(column, width)
        for column, width in enumerate((80, 80)):
            self.months.view.setColumnWidth(column, width)
        self._show_summary()

    def _show_summary(self) -> None:
        stats = self.stats
        if stats is None:
            self.summary.clear()
            return
        self.summary.setText(self.tr("Shipped {amount} (untaxed, returns subtracted); freight {freight}, "
                                     "packaging {packaging}").format(amount=format_money(stats.amount),
                                                                     freight=format_money(stats.freight),
                                                                     packaging=format_money(stats.packaging)))

    def load(self) -> None:
        """Read the statistics of the period shown (a period ending before it starts is only pointed out:
        the dates may be half typed)."""
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        if last < first:
            self.summary.setText(self.tr("The period ends before it starts."))
            return
        try:
            stats = shipment_statistics(self.actor, first, last)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.stats = stats
        self.products.show_rows(stats.by_product)
        self.months.show_rows(stats.by_month)
        self.carriers.show_rows(stats.by_carrier)
        self._show_summary()
