"""The rows behind a report figure (明细), in a dialog: which figure, for whom and when, the rows
(orders, payments, follow-ups, opportunities ... from `reports.drilldown`) with their total, which is
the figure the report shows, and an Excel export of those rows (Ctrl+E)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.reports.drilldown import MEASURE_TITLES, DrillDown, shown_period
from app.views.reports import report_documents
from app.views.reports.report_model import ReportTableModel, cell_text


class DrillDownDialog(QDialog):
    """Shows one DrillDown; `model` holds its rows (and their totals row)."""

    def __init__(self, actor: User, detail: DrillDown, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.detail = actor, detail
        self.table = detail.as_table()
        self.heading = QLabel()
        self.heading.setObjectName("drillHeading")
        self.heading.setWordWrap(True)
        self.model = ReportTableModel(self)
        self.model.show_table(self.table)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        detail, request = self.detail, self.detail.request
        measure = MEASURE_TITLES[request.measure]
        self.setWindowTitle(self.tr("Rows behind {figure}").format(figure=measure))
        if detail.sum_key is None:
            total = self.tr("{count} row(s)").format(count=f"{len(detail.rows):,}")
        else:
            column = self.table.column(detail.sum_key)
            total = self.tr("{count} row(s), total {total}").format(
                count=f"{len(detail.rows):,}", total=cell_text(column, detail.figure()))
        text = self.tr("{figure} of {subject}, {period}: {total}.").format(
            figure=measure, subject=self.table.scope, period=shown_period(request), total=total)
        if detail.truncated:
            text += " " + self.tr("Only the first {count} rows are listed; the total is theirs.").format(
                count=f"{len(detail.rows):,}")
        self.heading.setText(text)
        self.export_button.setText(self.tr("Export to &Excel…"))
        self.export_button.setToolTip(self.tr("Save these rows as an Excel workbook (Ctrl+E)"))

    def export(self):
        """These rows as a workbook; the Path, or None."""
        return report_documents.export_excel(self, self.actor, self.table)


def open_drill_down(parent: QWidget, actor: User, detail: DrillDown) -> DrillDownDialog:
    """The dialog, window-modal and not blocking; it deletes itself when closed."""
    dialog = DrillDownDialog(actor, detail, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
