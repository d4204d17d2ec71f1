"""A customer's timeline in the customer form: every follow-up, visit, call (and later quotation,
order, shipment, payment), newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.timeline import TimelineEntry, customer_timeline
from app.views.customers.words import follow_up_kind_title, timeline_kind_title
from app.views.tables.paged_model import Column, ListSource, PagedTableModel, setup_table_view

COLUMN_WIDTHS = [120, 100, 120, 260]


class TimelineView(QWidget):
    """Loads the timeline on `load()` (the form calls it when the tab is first shown)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self.source: ListSource[TimelineEntry] = ListSource([])
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.empty_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda e: f"{e.at:%Y-%m-%d %H:%M}"),
            Column(self.tr("What"), lambda e: timeline_kind_title(e.kind)),
            Column(self.tr("Title"), self.title),
            Column(self.tr("Detail"), lambda e: e.detail.replace("\n", " "), tooltip=lambda e: e.detail),
            Column(self.tr("By"), lambda e: e.user_name),
        ]

    def title(self, entry: TimelineEntry) -> str:
        # A follow-up's title is how it was made (call, visit ...): a stored code.
        return follow_up_kind_title(entry.title) if entry.kind == "follow_up" else entry.title

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.empty_label.setText(self.tr("Nothing has happened with this customer yet."))

    def load(self, actor: User, customer_id: int) -> None:
        """Read the customer's timeline (newest first) from the service."""
        self.entries = customer_timeline(actor, customer_id)
        self.source.set_rows(self.entries)
        self.model.reset()
        self.empty_label.setVisible(not self.entries)
