"""Receivables as the payments screen shows them: an aging table (per customer or per salesperson:
receivable, not yet due and the overdue buckets 0-30, 31-60, 61-90, 90+ days, from
`receivables.aging_by_*`) and the overdue instalments with their days overdue. Both are short lists
the service returns whole, shown through the paged model like every list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.errors import ServiceError
from app.services.receivables import AgingRow, OverdueInstalment, overdue_instalments
from app.views.dates import date_text
from app.views.errors import show_error
from app.views.money import format_money
from app.views.tables.paged_model import CENTER, RIGHT, Column, ListSource, PagedTableModel, setup_table_view
from app.views.tables.selection import selected_row
from app.views.workbench.section import ALERT_COLOUR

AMOUNTS = ("receivable", "not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90", "overdue")
OVERDUE_LIMIT = 1000


def table_texts(model: PagedTableModel) -> list[tuple[str, ...]]:
    """What a table shows, row by row (tests)."""
    return [tuple(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


class AgingTable(QWidget):
    """One aging table; `read(actor, today)` is `receivables.aging_by_customer` or `_by_salesperson`.
    The line above the table gives the totals."""

    def __init__(self, actor: User, read: Callable[[User, dt.date], list[AgingRow]], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.read = read
        self.rows: list[AgingRow] = []
        self.totals = QLabel()
        self.source = ListSource(sort_values={name: (lambda r, n=name: getattr(r, n)) for name in AMOUNTS}
                                 | {"name": lambda r: r.name})
        self.model = PagedTableModel([], self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)

    def set_columns(self, name_header: str, headers: dict[str, str]) -> None:
        """The column headers (first build, language switch): `headers` by field of AgingRow."""
        columns = [Column(name_header, lambda r: r.name, sort_key="name", tooltip=lambda r: r.name)]
        for name in AMOUNTS:
            columns.append(Column(headers[name], lambda r, n=name: format_money(getattr(r, n)), RIGHT, sort_key=name))
        self.model.set_columns(columns)
        self.table.setColumnWidth(0, 220)
        self._show_totals()

    def load(self, today: dt.date) -> None:
        try:
            self.rows = self.read(self.actor, today)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.source.set_rows(self.rows)
        self.model.reset()
        self._show_totals()

    def _show_totals(self) -> None:
        receivable = sum((r.receivable for r in self.rows), Decimal("0.00"))
        overdue = sum((r.overdue for r in self.rows), Decimal("0.00"))
        self.totals.setText(self.tr("Receivable {receivable}, of which overdue {overdue}").format(
            receivable=format_money(receivable), overdue=format_money(overdue)))


class OverdueTable(QWidget):
    """Overdue instalments of the orders the user sees, longest overdue first; the selected one is
    `selected()`."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.totals = QLabel()
        self.source = ListSource()
        self.model = PagedTableModel([], self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.set_columns([
            Column(self.tr("Order"), lambda r: r.order_number),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
            Column(self.tr("Due"), lambda r: date_text(r.due_date), CENTER),
            Column(self.tr("Instalment"), lambda r: format_money(r.amount), RIGHT),
            Column(self.tr("Not paid"), lambda r: format_money(r.overdue_amount), RIGHT),
            Column(self.tr("Days overdue"), lambda r: r.days_overdue, RIGHT),
            Column(self.tr("Bucket"), lambda r: self.tr("{bucket} days").format(bucket=r.bucket), CENTER)])
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 220)
        self._show_totals()

    def load(self, today: dt.date) -> None:
        try:
            rows = overdue_instalments(self.actor, today, limit=OVERDUE_LIMIT)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.source.set_rows(rows)
        self.model.reset()
        self._show_totals()

    def _show_totals(self) -> None:
        rows: list[OverdueInstalment] = self.source.rows
        total = sum((r.overdue_amount for r in rows), Decimal("0.00"))
        more = "+" if len(rows) >= OVERDUE_LIMIT else ""
        self.totals.setText(self.tr("{count} overdue instalment(s), {amount} not paid").format(
            count=f"{len(rows):,}{more}", amount=format_money(total)))
        self.totals.setStyleSheet(f"color: {ALERT_COLOUR.name()};" if rows else "")

    def selected(self) -> OverdueInstalment | None:
        return selected_row(self.table, self.model)
