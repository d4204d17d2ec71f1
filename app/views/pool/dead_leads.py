"""The dead leads tab (死线索): owned customers marked "no interest", for a supervisor or manager
to hand to someone else. A short list (the service returns at most 500), sorted in memory."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.pool import DeadLead, dead_leads
from app.views.dates import date_text
from app.views.tables.paged_model import Column, ListSource, PagedTableModel, Sort, setup_table_view
from app.views.tables.selection import row_values

COLUMN_WIDTHS = [90, 260, 100, 110]


class DeadLeadsPanel(QWidget):
    """The list of dead leads with an "Assign to…" button; `assign_requested(ids, names)` asks the
    screen to open its assign dialog for the selected ones."""

    assign_requested = Signal(list, list)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.source: ListSource[DeadLead] = ListSource(sort_values={
            "code": lambda r: r.code, "name": lambda r: r.name, "owner": lambda r: r.owner_name,
            "last_follow_up_at": lambda r: r.last_follow_up_at or dt.datetime.min,
        })
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page,
                                     sort=Sort("last_follow_up_at"), parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.assign_button = QPushButton()
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.assign_button)
        top.addWidget(self.hint_label, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.assign_button.clicked.connect(self.assign_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.code, sort_key="code"),
            Column(self.tr("Name"), lambda r: r.name, sort_key="name", tooltip=lambda r: r.name),
            Column(self.tr("Owner"), lambda r: r.owner_name, sort_key="owner"),
            Column(self.tr("Last follow-up"), lambda r: date_text(r.last_follow_up_at) or self.tr("never"),
                   sort_key="last_follow_up_at"),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.assign_button.setText(self.tr("Assign to…"))
        self.assign_button.setToolTip(self.tr("Give the selected dead leads to another salesperson"))
        self.hint_label.setText(self.tr("Customers whose owner marked them \"no interest\"."))
        self._show_count()

    def refresh(self) -> None:
        """Read the dead leads again."""
        self.source.set_rows(dead_leads(self.actor))
        self.model.reset()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{count} dead leads").format(count=self.model.rowCount()))

    def selected_leads(self) -> list[DeadLead]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        leads = (self.model.row_at(row) for row in rows)
        return [lead for lead in leads if lead is not None]

    def shown_names(self) -> list[str]:
        return row_values(self.model, lambda lead: lead.name)

    def _update_buttons(self) -> None:
        self.assign_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def assign_selected(self) -> None:
        leads = self.selected_leads()
        if leads:
            self.assign_requested.emit([lead.customer_id for lead in leads], [lead.name for lead in leads])
