"""The result of checking an import file: the problems (row, column, message) and the possible
duplicates, each in a table sorted by row, in two tabs of the import dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.services.customer_import import ImportDuplicate, ImportReport
from app.services.import_report import RowError
from app.views.customers.words import duplicate_reason_title
from app.views.service_text import translate_service_message
from app.views.tables.paged_model import CENTER, Column, ListSource, PagedTableModel, Sort, setup_table_view


class ImportReportPanel(QWidget):
    """Two tabs: Problems (with "Save error workbook…") and Possible duplicates."""

    save_errors_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._errors: ListSource[RowError] = ListSource([], {"row": lambda e: e.row})
        self._duplicates: ListSource[ImportDuplicate] = ListSource([], {"row": lambda d: d.row})
        self.errors_model = PagedTableModel(self._error_columns(), self._errors.count, self._errors.page,
                                            sort=Sort("row"), parent=self)
        self.duplicates_model = PagedTableModel(self._duplicate_columns(), self._duplicates.count,
                                                self._duplicates.page, sort=Sort("row"), parent=self)
        self.errors_view = QTableView()
        setup_table_view(self.errors_view, self.errors_model)
        self.duplicates_view = QTableView()
        setup_table_view(self.duplicates_view, self.duplicates_model)
        for view, widths in ((self.errors_view, (60, 110)), (self.duplicates_view, (60, 90, 260))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_errors_requested)

        errors_page = QWidget()
        errors_layout = QVBoxLayout(errors_page)
        errors_layout.addWidget(self.errors_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        errors_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(errors_page, "")
        self.tabs.addTab(self.duplicates_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def _error_columns(self) -> list[Column]:
        return [Column(self.tr("Row"), lambda e: e.row, CENTER, "row"), Column(self.tr("Column"), lambda e: e.column),
                Column(self.tr("Problem"), lambda e: translate_service_message(e.message),
                       tooltip=lambda e: translate_service_message(e.message))]

    def _duplicate_columns(self) -> list[Column]:
        return [Column(self.tr("Row"), lambda d: d.row, CENTER, "row"),
                Column(self.tr("Reason"), lambda d: duplicate_reason_title(d.reason)),
                Column(self.tr("Looks like"), self._match_text),
                Column(self.tr("Owner"), lambda d: d.owner or self.tr("(public pool)"))]

    def _match_text(self, duplicate: ImportDuplicate) -> str:
        if duplicate.other_row is not None:
            return self.tr("row {row} of this file: {name}").format(row=duplicate.other_row, name=duplicate.name)
        return f"{duplicate.code} {duplicate.name}"

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save error workbook…"))
        self.errors_model.set_columns(self._error_columns())
        self.duplicates_model.set_columns(self._duplicate_columns())
        self.tabs.setTabText(0, self.tr("Problems ({count})").format(count=self._errors.count()))
        self.tabs.setTabText(1, self.tr("Possible duplicates ({count})").format(count=self._duplicates.count()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_report(self, report: ImportReport | None) -> None:
        """Fill both tabs from `report` (None empties them); the problems tab comes first when any."""
        self._errors.set_rows(report.errors if report else [])
        self._duplicates.set_rows(report.duplicates if report else [])
        self.errors_model.reset()
        self.duplicates_model.reset()
        self.save_button.setEnabled(bool(report and report.errors))
        self.tabs.setCurrentIndex(1 if report and not report.errors and report.duplicates else 0)
        self.retranslate_ui()
