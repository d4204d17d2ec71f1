"""The Audit log screen (admins and managers): who changed what, when.

Filters by user, entity and a date range (the last 30 days at first) feed `services.audit`;
the table pages through the matching rows (there may be hundreds of thousands) and the pane
below it shows every change of the selected row, one field a line.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import audit as audit_service
from app.services import users as user_service
from app.services.audit import AuditFilter, AuditRow
from app.views import audit_words
from app.views.context import AppContext
from app.views.screens import Screen
from app.views.tables import selection
from app.views.tables.paged_model import Column, PagedTableModel, Sort, on_row_opened, setup_table_view

DEFAULT_DAYS = 30
COLUMN_WIDTHS = [140, 110, 90, 60, 110]


class AuditScreen(Screen):
    """The audit trail with its filters; `model` pages through the rows that match them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.user_names: dict[int, str] = {}  # user id -> name, for owners and other ids in the changes
        self.user_combo = QComboBox()
        self.user_combo.setMinimumContentsLength(14)
        self.entity_combo = QComboBox()
        self.entity_combo.setMinimumContentsLength(10)
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addDays(-DEFAULT_DAYS))
        self.to_edit = self._date_edit(today)
        self.user_label, self.entity_label, self.from_label, self.to_label = (QLabel() for _ in range(4))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for label, widget in ((self.user_label, self.user_combo), (self.entity_label, self.entity_combo),
                              (self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [], sort=Sort("at", True), parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)

        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self.entity_combo.currentIndexChanged.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        on_row_opened(self.table, self.detail.setFocus)
        self.model.modelReset.connect(self._show_detail)
        self.retranslate_ui()

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}", sort_key="at"),
            Column(self.tr("User"), lambda r: r.user_name or self.tr("(system)"), sort_key="user"),
            Column(self.tr("Entity"), lambda r: self.entity_title(r.entity), sort_key="entity"),
            Column(self.tr("ID"), lambda r: audit_words.record_title(r.entity_id), sort_key="entity_id"),
            Column(self.tr("Action"), lambda r: self.action_title(r.action), sort_key="action"),
            Column(self.tr("Changes"), self.changes_text, tooltip=lambda r: self.changes_text(r, "\n")),
        ]

    def retranslate_ui(self) -> None:
        self.user_label.setText(self.tr("User:"))
        self.entity_label.setText(self.tr("Entity:"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.detail.setPlaceholderText(self.tr("Select a row to see all of its changes."))
        if self.user_combo.count():
            self.user_combo.setItemText(0, self.tr("All users"))
        if self.entity_combo.count():
            self.entity_combo.setItemText(0, self.tr("All entities"))
            for row in range(1, self.entity_combo.count()):
                self.entity_combo.setItemText(row, self.entity_title(self.entity_combo.itemData(row)))
        self.model.set_columns(self._columns())
        self._show_count()
        self._show_detail()

    # -- words ---------------------------------------------------------------------------------

    def entity_title(self, entity: str) -> str:
        return audit_words.entity_title(entity)

    def action_title(self, action: str) -> str:
        return audit_words.action_title(action)

    def changes_text(self, row: AuditRow, separator: str | None = None) -> str:
        """The row's changes as "field: old → new", in the user's words, joined by `separator`
        (by default "; " in the interface language)."""
        lines = [audit_words.change_text(field, old, new, self.user_names, row.entity)
                 for field, (old, new) in row.changes.items()]
        return (audit_words.list_separator() if separator is None else separator).join(lines)

    # -- filtering -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices (keeping the chosen ones) and the rows."""
        actor = self.context.user
        staff = user_service.staff_names(actor)
        self.user_names = {s.id: s.display_name for s in staff}
        self._refill(self.user_combo, self.tr("All users"), [(f"{s.display_name} ({s.username})", s.id) for s in staff])
        self._refill(self.entity_combo, self.tr("All entities"),
                     [(self.entity_title(e), e) for e in audit_service.audited_entities(actor)])
        self.apply_filter()

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        """The filter the widgets describe."""
        return AuditFilter(
            user_id=self.user_combo.currentData(), entity=self.entity_combo.currentData(),
            date_from=self.from_edit.date().toPython(), date_to=self.to_edit.date().toPython())

    def set_dates(self, date_from: dt.date, date_to: dt.date) -> None:
        self.from_edit.setDate(QDate(date_from))
        self.to_edit.setDate(QDate(date_to))

    def apply_filter(self) -> None:
        """Show the rows that match the filter widgets, from the first."""
        actor, flt = self.context.user, self.current_filter()
        self.model.reset(partial(audit_service.count_audit, actor, flt), partial(_page, actor, flt))
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Entries: {count}").format(count=self.model.rowCount()))

    # -- the selected row ----------------------------------------------------------------------

    def selected_row(self) -> AuditRow | None:
        return selection.selected_row(self.table, self.model)

    def _show_detail(self) -> None:
        row = self.selected_row()
        if row is None:
            self.detail.clear()
            return
        record = f"{self.entity_title(row.entity)} {audit_words.record_title(row.entity_id)}"
        head = " · ".join([f"{row.at:%Y-%m-%d %H:%M:%S}", row.user_name or self.tr("(system)"), record,
                           self.action_title(row.action)])
        body = self.changes_text(row, "\n") or self.tr("(no field changes recorded)")
        self.detail.setPlainText(f"{head}\n\n{body}")


def _page(actor: User, flt: AuditFilter, offset: int, limit: int, sort: Sort | None) -> list[AuditRow]:
    if sort is None:
        return audit_service.audit_page(actor, flt, offset, limit)
    return audit_service.audit_page(actor, flt, offset, limit, sort=sort.key, descending=sort.descending)
