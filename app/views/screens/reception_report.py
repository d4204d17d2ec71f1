"""The reception report (接待日报): visitors, new customers among them, calls and market surveys for a
date range (default today), in total, by source channel, by receiving salesperson and by day.

The figures come from `services.reception_report` (counted in SQL) and are laid out by
`reports.reception_export.reception_tables`, the same tables Export to Excel (Ctrl+E) writes, so
the screen and the workbook always agree. Writing the workbook (openpyxl, imported then) runs on
a worker thread; it needs only the report already loaded, never the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.customer import SOURCES
from app.reports.reception_export import ReceptionTexts, export_reception_workbook, reception_tables
from app.services.errors import ServiceError
from app.services.reception_report import ReceptionReport, reception_report
from app.views.context import AppContext
from app.views.customers.words import source_title
from app.views.errors import show_error
from app.views.reception.report_parts import DateRangeBar, FigureStrip, FigureTable
from app.views.screens import Screen


class _ExportSignals(QObject):
    done = Signal(str)
    failed = Signal(str)


class ExportJob(QRunnable):
    """Write the workbook off the UI thread; `signals.done(path)` or `signals.failed(message)`."""

    def __init__(self, report: ReceptionReport, path: str, texts: ReceptionTexts):
        super().__init__()
        self.report, self.path, self.texts = report, path, texts
        self.signals = _ExportSignals()

    def run(self) -> None:
        try:
            export_reception_workbook(self.report, self.path, self.texts)
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
        else:
            self.signals.done.emit(self.path)


class ReceptionReportScreen(Screen):
    """Date range, totals and the three breakdowns; `report` is the one shown. `export_finished`
    fires with the path once a workbook is written (`export_failed` with the reason)."""

    export_finished = Signal(str)
    export_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.report: ReceptionReport | None = None
        self.job: ExportJob | None = None
        self.range_bar = DateRangeBar()
        self.export_button = QPushButton()
        self.status_label = QLabel()
        self.figures = FigureStrip()
        self.by_source = FigureTable()
        self.by_salesperson = FigureTable()
        self.by_day = FigureTable()
        top = QHBoxLayout()
        top.addWidget(self.range_bar)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.export_button)
        grid = QGridLayout()
        grid.addWidget(self.by_source, 0, 0)
        grid.addWidget(self.by_salesperson, 1, 0)
        grid.addWidget(self.by_day, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addLayout(grid, 1)
        self.range_bar.range_changed.connect(lambda _from, _to: self.load())
        self.export_button.clicked.connect(self.export)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.activated.connect(self.export)
        self.retranslate_ui()

    def texts(self) -> ReceptionTexts:
        """The report's words in the current language (for the tables and the workbook)."""
        return ReceptionTexts(
            totals=self.tr("Totals"), by_source=self.tr("By source"), by_salesperson=self.tr("By salesperson"),
            by_day=self.tr("By day"), figure=self.tr("Figure"), value=self.tr("Value"), source=self.tr("Source"),
            salesperson=self.tr("Salesperson"), day=self.tr("Date"), visits=self.tr("Visits"),
            visitors=self.tr("Visitors"), new_customers=self.tr("New customers"), calls=self.tr("Calls"),
            surveys=self.tr("Market surveys"), pool=self.tr("Pool"), period=self.tr("Period"),
            sources={code: source_title(code) for code in SOURCES})

    def retranslate_ui(self) -> None:
        self.range_bar.retranslate_ui()
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save these tables as an Excel workbook (Ctrl+E)"))
        self._show()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        """Count the figures for the dates shown."""
        date_from, date_to = self.range_bar.dates()
        try:
            self.report = reception_report(self.context.user, date_from, date_to)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._show()

    def _show(self) -> None:
        if self.report is None:
            return
        totals, by_source, by_salesperson, by_day = reception_tables(self.report, self.texts())
        self.figures.show_figures([(str(name), value) for name, value in totals.rows])
        self.by_source.show_table(by_source)
        self.by_salesperson.show_table(by_salesperson)
        self.by_day.show_table(by_day)

    # -- export --------------------------------------------------------------------------------

    def choose_export_path(self, suggested: str) -> str:
        """Ask where to save; "" when cancelled. Tests replace this method."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the reception report"), suggested, self.tr("Excel workbook (*.xlsx)"))
        return path

    def export(self) -> None:
        """Ask for a file name and write the tables shown there, on a worker thread."""
        if self.report is None or self.job is not None:
            return
        report = self.report
        name = self.tr("Reception report {date_from} - {date_to}").format(
            date_from=f"{report.date_from:%Y-%m-%d}", date_to=f"{report.date_to:%Y-%m-%d}")
        path = self.choose_export_path(str(Path.home() / f"{name}.xlsx"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.job = ExportJob(report, path, self.texts())
        self.job.setAutoDelete(False)
        self.job.signals.done.connect(self._exported)
        self.job.signals.failed.connect(self._export_failed)
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        QThreadPool.globalInstance().start(self.job)

    def _exported(self, path: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))
        self.export_finished.emit(path)

    def _export_failed(self, message: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("Not exported."))
        QMessageBox.warning(self, self.tr("Export failed"), self.tr("The workbook could not be written:\n{reason}")
                            .format(reason=message))
        self.export_failed.emit(message)

    def shown_range(self) -> tuple[dt.date, dt.date]:
        return self.range_bar.dates()
