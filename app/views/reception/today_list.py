"""Today's registrations at the desk, newest first: time, visit or call, name, company, phone,
where it went and to whom, who registered it (`reception_log.registrations_on`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.services.reception_log import Registration
from app.views.reception.columns import fit_columns
from app.views.reception.words import pool_title, registration_kind_title, route_title
from app.views.tables.paged_model import CENTER, Column, ListSource, PagedTableModel, setup_table_view

COMPANY_COLUMN = 3


def _routed_to(row: Registration) -> str:
    if row.route == "survey":
        return ""
    return row.routed_to_name or pool_title()


class TodayList(QWidget):
    """The day's registrations as a table; `show_rows()` replaces them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source: ListSource[Registration] = ListSource(sort_values={
            "at": lambda r: r.at, "name": lambda r: r.name, "company": lambda r: r.company,
            "route": lambda r: r.route, "to": _routed_to})
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableView()
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page, parent=self)
        setup_table_view(self.table, self.model)
        fit_columns(self.table, COMPANY_COLUMN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: f"{r.at:%H:%M}", CENTER, "at"),
            Column(self.tr("Kind"), lambda r: registration_kind_title(r.kind, r.direction)),
            Column(self.tr("Name"), lambda r: r.name, sort_key="name"),
            Column(self.tr("Company"), lambda r: r.company or r.customer_name, sort_key="company"),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Route"), lambda r: route_title(r.route), sort_key="route"),
            Column(self.tr("To"), _routed_to, sort_key="to"),
            Column(self.tr("Registered by"), lambda r: r.registered_by_name),
        ]

    def show_rows(self, rows: Sequence[Registration]) -> None:
        self.source.set_rows(rows)
        self.model.reset()
        fit_columns(self.table, COMPANY_COLUMN)
        self._show_title()

    def rows(self) -> list[Registration]:
        return self.source.rows

    def _show_title(self) -> None:
        self.title.setText(self.tr("Today's registrations ({count})").format(count=self.source.count()))

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self._show_title()
