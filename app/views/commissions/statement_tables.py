"""The two tables of the commission screen: the month's statements (salesperson, basis total,
attainment, commission, state) and the selected statement's rows (document, date, basis amount,
rule, rate, commission, carried from, note) with its totals under them.

Both are short lists the services return whole (`commission_queries`), shown through `ListSource`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.services.commission_queries import StatementDetail, StatementLine, StatementSummary
from app.views.commissions.words import attainment_text, percent_text, source_title, state_title
from app.views.dates import date_text
from app.views.money import format_money
from app.views.tables.paged_model import CENTER, RIGHT, Column, ListSource, PagedTableModel, setup_table_view
from app.views.tables.selection import select_row_by_id, selected_row

STATEMENT_WIDTHS = [130, 130, 100, 120, 90, 60, 160, 100]
LINE_WIDTHS = [40, 80, 150, 95, 120, 160, 80, 110, 80]


def table_texts(model: PagedTableModel) -> list[tuple[str, ...]]:
    """Every cell as shown, row by row: what tests and the screen's checks read."""
    return [tuple(str(model.data(model.index(row, column)) or "") for column in range(model.columnCount()))
            for row in range(model.rowCount())]


class StatementList(QWidget):
    """The month's statements the user may see, by salesperson name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source: ListSource[StatementSummary] = ListSource(sort_values={
            "name": lambda s: s.salesperson_name, "basis": lambda s: s.basis_total,
            "attainment": lambda s: s.attainment, "total": lambda s: s.total, "state": lambda s: s.state})
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(STATEMENT_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.total_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Salesperson"), lambda s: s.salesperson_name, sort_key="name"),
            Column(self.tr("Basis total"), lambda s: format_money(s.basis_total), RIGHT, "basis"),
            Column(self.tr("Attainment"), lambda s: attainment_text(s.attainment), RIGHT, "attainment"),
            Column(self.tr("Commission"), lambda s: format_money(s.total), RIGHT, "total"),
            Column(self.tr("State"), lambda s: state_title(s.state), CENTER, "state"),
            Column(self.tr("Rows"), lambda s: s.rows, RIGHT),
            Column(self.tr("Approved"), self._approval_text, tooltip=self._approval_text),
            Column(self.tr("Paid on"), lambda s: date_text(s.paid_at), CENTER),
        ]

    def _approval_text(self, s: StatementSummary) -> str:
        if s.approved_at is None:
            return ""
        return self.tr("{name}, {date}").format(name=s.approved_by_name, date=date_text(s.approved_at))

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self._show_total()

    def show_statements(self, statements: list[StatementSummary]) -> None:
        """List `statements`, keeping the selected salesperson selected when listed again."""
        selected = self.selected()
        self.source.set_rows(statements)
        self.model.reset()
        if selected is not None:
            again = next((s for s in statements if s.salesperson_id == selected.salesperson_id), None)
            if again is not None:
                select_row_by_id(self.table, self.model, again.id)
        self._show_total()

    def selected(self) -> StatementSummary | None:
        return selected_row(self.table, self.model)

    def select_statement(self, statement_id: int) -> bool:
        return select_row_by_id(self.table, self.model, statement_id)

    def _show_total(self) -> None:
        rows = self.source.rows
        total = sum((s.total for s in rows), Decimal("0.00"))
        self.total_label.setText(self.tr("{count} statement(s); commission total {total}").format(
            count=len(rows), total=format_money(total)))


class StatementLines(QWidget):
    """The rows of one statement and its totals ("" when none is selected)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: StatementDetail | None = None
        self.source: ListSource[StatementLine] = ListSource()
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(LINE_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.title_label = QLabel()
        self.total_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)

    def _columns(self) -> list[Column]:
        return [
            Column("#", lambda r: r.position, CENTER),
            Column(self.tr("Source"), lambda r: source_title(r.source_kind)),
            Column(self.tr("Document"), lambda r: r.document, tooltip=lambda r: r.document),
            Column(self.tr("Date"), lambda r: date_text(r.source_date), CENTER),
            Column(self.tr("Basis amount"), lambda r: format_money(r.basis_amount), RIGHT),
            Column(self.tr("Rule"), lambda r: r.rule_name, tooltip=lambda r: r.rule_name),
            Column(self.tr("Rate"), lambda r: percent_text(r.rate), RIGHT),
            Column(self.tr("Commission"), lambda r: format_money(r.commission), RIGHT),
            Column(self.tr("Carried from"), lambda r: r.carried_from, CENTER),
            Column(self.tr("Note"), lambda r: r.note, tooltip=lambda r: r.note),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self._show_texts()

    def show_detail(self, detail: StatementDetail | None) -> None:
        """Show `detail`'s rows and totals, or nothing."""
        self.detail = detail
        self.source.set_rows(detail.lines if detail is not None else [])
        self.model.reset()
        self._show_texts()

    def _show_texts(self) -> None:
        detail = self.detail
        if detail is None:
            self.title_label.setText(self.tr("Select a statement to see its rows."))
            self.total_label.clear()
            return
        s = detail.summary
        self.title_label.setText(self.tr("{name}, {month}: {state}").format(
            name=s.salesperson_name, month=s.label, state=state_title(s.state)))
        self.total_label.setText(self.tr("{count} row(s); basis total {basis}; commission total {total}").format(
            count=len(detail.lines), basis=format_money(s.basis_total), total=format_money(s.total)))
