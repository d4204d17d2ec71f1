"""The tabs of the order window, read-only: lines (ordered, shipped, remaining), payment plan (paid
and outstanding per instalment, overdue ones in red with their days), payments, documents (the
source quotation and the shipments with their states) and the history from the audit trail.

Every table is the app's paged model over the short list the services returned (ListSource).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.services.audit import AuditRow
from app.services.order_overview import InstalmentState
from app.services.order_queries import OrderDetail
from app.views import audit_words
from app.views.dates import date_text
from app.views.money import format_money
from app.views.orders.words import method_title, shipment_state_title
from app.views.quotations.line_model import number_text
from app.views.tables.paged_model import CENTER, RIGHT, Column, ListSource, PagedTableModel, setup_table_view

OVERDUE_COLOUR = QColor("#c62828")


class DetailTable(QTableView):
    """A read-only table over a list of rows."""

    def __init__(self, columns: list[Column], widths: list[int], row_foreground=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = ListSource([])
        self.table_model = PagedTableModel(columns, self.source.count, self.source.page,
                                           row_foreground=row_foreground, parent=self)
        setup_table_view(self, self.table_model)
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def set_rows(self, rows: list) -> None:
        self.source.set_rows(rows)
        self.table_model.reset()

    def shown(self, column: int) -> list[str]:
        """The texts of one column, top to bottom (what tests read)."""
        model = self.table_model
        return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


class OrderTabs(QTabWidget):
    """Lines, Payment plan, Payments, Documents, History; `show_detail` fills them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.user_names: dict[int, str] = {}
        self.lines_table = DetailTable(self._line_columns(), [240, 60, 90, 90, 90, 90, 110])
        self.plan_table = DetailTable(self._plan_columns(), [100, 120, 120, 120, 120],
                                      row_foreground=lambda s: OVERDUE_COLOUR if s.overdue else None)
        self.payments_table = DetailTable(self._payment_columns(), [100, 120, 110, 160, 100])
        self.quotation_label = QLabel()
        self.shipments_table = DetailTable(self._shipment_columns(), [150, 80, 100, 100, 110, 140])
        documents = QWidget()
        documents_layout = QVBoxLayout(documents)
        documents_layout.addWidget(self.quotation_label)
        documents_layout.addWidget(self.shipments_table)
        self.history_table = DetailTable(self._history_columns(), [140, 90, 80, 110])
        self.history_detail = QPlainTextEdit()
        self.history_detail.setReadOnly(True)
        history = QSplitter(Qt.Orientation.Vertical)
        history.addWidget(self.history_table)
        history.addWidget(self.history_detail)
        history.setStretchFactor(0, 3)
        history.setStretchFactor(1, 1)
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self._show_change())
        for widget in (self.lines_table, self.plan_table, self.payments_table, documents, history):
            self.addTab(widget, "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for index, title in enumerate((self.tr("Lines"), self.tr("Payment plan"), self.tr("Payments"),
                                       self.tr("Documents"), self.tr("History"))):
            self.setTabText(index, title)
        self.lines_table.table_model.set_columns(self._line_columns())
        self.plan_table.table_model.set_columns(self._plan_columns())
        self.payments_table.table_model.set_columns(self._payment_columns())
        self.shipments_table.table_model.set_columns(self._shipment_columns())
        self.history_table.table_model.set_columns(self._history_columns())
        self.history_detail.setPlaceholderText(self.tr("Select an entry to see all of its changes."))

    def _line_columns(self) -> list[Column]:
        return [Column(self.tr("Product"), lambda s: s.line.description, tooltip=lambda s: s.line.description),
                Column(self.tr("Unit"), lambda s: s.line.unit, CENTER),
                Column(self.tr("Ordered"), lambda s: number_text(s.line.quantity), RIGHT),
                Column(self.tr("Shipped"), lambda s: number_text(s.shipped), RIGHT),
                Column(self.tr("Remaining"), lambda s: number_text(s.remaining), RIGHT),
                Column(self.tr("Unit price"), lambda s: format_money(s.line.unit_price, ""), RIGHT),
                Column(self.tr("Amount"), lambda s: format_money(s.line.net + s.line.tax), RIGHT)]

    def _plan_columns(self) -> list[Column]:
        return [Column(self.tr("Due date"), lambda s: date_text(s.due_date), CENTER),
                Column(self.tr("Amount"), lambda s: format_money(s.amount), RIGHT),
                Column(self.tr("Paid"), lambda s: format_money(s.covered), RIGHT),
                Column(self.tr("Outstanding"), lambda s: format_money(s.outstanding), RIGHT),
                Column(self.tr("Overdue"), self._overdue_text, CENTER)]

    def _overdue_text(self, state: InstalmentState) -> str:
        return self.tr("%n day(s) overdue", "", state.days_overdue) if state.overdue else ""

    def _payment_columns(self) -> list[Column]:
        return [Column(self.tr("Date"), lambda p: date_text(p.pay_date), CENTER),
                Column(self.tr("Amount"), lambda p: format_money(p.amount), RIGHT),
                Column(self.tr("Method"), lambda p: method_title(p.method), CENTER),
                Column(self.tr("Reference"), lambda p: p.reference),
                Column(self.tr("Prepayment"), lambda p: self.tr("yes") if p.is_prepayment else "", CENTER),
                Column(self.tr("Reason"), lambda p: p.reason, tooltip=lambda p: p.reason)]

    def _shipment_columns(self) -> list[Column]:
        return [Column(self.tr("Number"), lambda s: s.number),
                Column(self.tr("Kind"), lambda s: self.tr("Return") if s.is_return else self.tr("Shipment"), CENTER),
                Column(self.tr("Date"), lambda s: date_text(s.ship_date), CENTER),
                Column(self.tr("State"), lambda s: shipment_state_title(s.state), CENTER),
                Column(self.tr("Carrier"), lambda s: s.carrier),
                Column(self.tr("Tracking number"), lambda s: s.tracking_no)]

    def _history_columns(self) -> list[Column]:
        return [Column(self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}"),
                Column(self.tr("User"), lambda r: r.user_name or self.tr("(system)")),
                Column(self.tr("Record"), lambda r: audit_words.entity_title(r.entity)),
                Column(self.tr("Action"), lambda r: audit_words.action_title(r.action)),
                Column(self.tr("Changes"), lambda r: self._changes(r, audit_words.list_separator()),
                       tooltip=lambda r: self._changes(r, "\n"))]

    def _changes(self, row: AuditRow, separator: str) -> str:
        return separator.join(audit_words.change_text(field, old, new, self.user_names, row.entity)
                              for field, (old, new) in row.changes.items())

    def _show_change(self) -> None:
        rows = self.history_table.selectionModel().selectedRows()
        row = self.history_table.table_model.row_at(rows[0].row()) if rows else None
        self.history_detail.setPlainText(self._changes(row, "\n") if row is not None else "")

    def show_detail(self, detail: OrderDetail, plan: list[InstalmentState], history: list[AuditRow]) -> None:
        """Fill every tab from what the services read."""
        self.lines_table.set_rows(detail.lines)
        self.plan_table.set_rows(plan)
        self.payments_table.set_rows(detail.payments)
        self.shipments_table.set_rows(detail.shipments)
        self.quotation_label.setText(
            self.tr("From quotation {number}").format(number=detail.quotation_number) if detail.quotation_number
            else self.tr("Entered directly (no quotation)"))
        self.history_table.set_rows(history)
        self.history_detail.clear()
