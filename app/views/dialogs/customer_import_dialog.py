"""Import customers from Excel: choose a file, see its first rows, check it, then import it.

    CustomerImportDialog(actor, parent)   # managers and administrators ("customers.import")

Checking (a dry run) and importing run off the UI thread with a cancellable progress dialog. The
problems and possible duplicates are listed; Import is enabled only after a check found no bad row,
and the import is all or nothing. The dialog ends Accepted when something was imported, so the
customer list reloads. `ask_open_path` / `ask_save_path` are the file questions tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import customer_import
from app.services.customer_import_reader import ImportPreview, preview
from app.services.errors import ServiceError
from app.views.background import JobOutcome, JobRunner
from app.views.dialogs.customer_import_report import ImportReportPanel
from app.views.dialogs.forms import confirm
from app.views.errors import show_error
from app.views.service_text import translate_service_message
from app.views.theme import INK_ON_LIGHT

PREVIEW_ROWS = 50
IGNORED_COLOR = QColor("#9e9e9e")
BAD_CELL_COLOR = QColor("#ffc7ce")  # the error workbook's red


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask for the .xlsx file to import; None when the user cancels."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CustomerImportDialog", "Choose the customer file"), "",
        QCoreApplication.translate("CustomerImportDialog", "Excel workbooks (*.xlsx)"))
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, default: Path) -> Path | None:
    """Ask where to save an .xlsx file, starting from `default`; None when the user cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default), QCoreApplication.translate("CustomerImportDialog", "Excel workbooks (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class CustomerImportDialog(QDialog):
    """Preview, check and import a customer file; `import_result` holds the ImportResult after an import."""

    preview_ready = Signal()
    check_finished = Signal(object)  # the ImportReport, or None when the check failed or was cancelled
    import_finished = Signal(object)  # the ImportResult, or None
    errors_saved = Signal(object)  # the error workbook's Path
    # what another kind of import (ProductImportDialog) replaces: its service module and refusal
    service = customer_import
    refused_error = customer_import.ImportRefused

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.path: Path | None = None
        self.report: customer_import.ImportReport | None = None
        self.import_result: customer_import.ImportResult | None = None  # the last import of this dialog
        self._report_imported = False  # the shown report's file was imported: check again to import again
        self._preview: ImportPreview | None = None
        self._pending: str | None = None  # which job the runner is doing: preview, check, import, save
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._job_done)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.save_template)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.preview_table = QTableWidget()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(self.preview_table.fontMetrics().height() + 8)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.report_panel = ImportReportPanel()
        self.report_panel.save_errors_requested.connect(self.save_error_workbook)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_dialog)

        file_row = QHBoxLayout()
        self.file_label = QLabel()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.columns_label)
        top_layout.addWidget(self.preview_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.report_panel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(960, 680)
        self.retranslate_ui()
        self._update_buttons()

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers from Excel"))
        self.file_label.setText(self.tr("File:"))
        self.path_edit.setPlaceholderText(self.tr("Choose an .xlsx file (start from the template)"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.template_button.setText(self.tr("Save template…"))
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        busy = self.runner.running
        self.choose_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self.path is not None)
        ready = self.report is not None and self.report.ok and self.report.rows_total > 0
        self.import_button.setEnabled(not busy and ready and not self._report_imported)

    def _run(self, kind: str, title: str, label: str, work) -> None:
        self._pending = kind
        self.runner.start(work, title, label)
        self._update_buttons()

    # -- choosing and previewing -------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Show `path` and its first rows (read off the UI thread); forget an earlier check."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.report = None
        self.report_panel.show_report(None)
        self.summary_label.clear()
        self._run("preview", self.tr("Reading"), self.tr("Reading {name}…").format(name=self.path.name),
                  lambda _progress, path=self.path: self.read_preview(path))

    def read_preview(self, path: Path) -> ImportPreview:
        """The file's columns and first rows (runs off the UI thread)."""
        return preview(path, PREVIEW_ROWS)

    def _show_preview(self, data: ImportPreview) -> None:
        width = max((c.index for c in data.columns), default=-1) + 1
        table = self.preview_table
        table.clear()
        table.setColumnCount(width)
        table.setRowCount(len(data.rows))
        table.setVerticalHeaderLabels([str(row) for row, _texts in data.rows])
        for column in data.columns:
            item = QTableWidgetItem(column.header if column.key else self.tr("{header} (ignored)").format(
                header=column.header))
            if column.key is None:
                item.setForeground(QBrush(IGNORED_COLOR))
            table.setHorizontalHeaderItem(column.index, item)
        for r, (_row, texts) in enumerate(data.rows):
            for c, text in enumerate(texts[:width]):
                if text:
                    table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()  # at most PREVIEW_ROWS rows: cheap
        for c in range(width):
            table.setColumnWidth(c, min(table.columnWidth(c), 240))
        recognised = [c.header for c in data.columns if c.key]
        text = self.tr("Sheet “{sheet}”, header in row {row}. Recognised columns: {columns}.").format(
            sheet=data.sheet_name, row=data.header_row, columns="、".join(recognised))
        if data.unrecognised:
            text += " " + self.tr("Ignored columns: {columns}.").format(columns="、".join(data.unrecognised))
        self.columns_label.setText(text)

    # -- checking and importing --------------------------------------------------------------

    def check(self) -> None:
        """Check every row (a dry run, nothing is written)."""
        if self.path is None or self.runner.running:
            return
        self.report = None
        self._run("check", self.tr("Checking"), self.tr("Checking {name}…").format(name=self.path.name),
                  lambda progress, path=self.path: self.service.dry_run(self.actor, path, progress))

    def start_import(self) -> None:
        """Import the checked file, after a confirmation (all rows in one transaction)."""
        report = self.report
        if self.path is None or report is None or not report.ok or self.runner.running:
            return
        question = self.tr("Import {customers} customers with {contacts} contacts from {name}?").format(
            customers=report.customers, contacts=report.contacts, name=self.path.name)
        if report.duplicates:
            question += "\n\n" + self.tr("%n row(s) look like existing customers; they will be imported too.", "",
                                          len({d.row for d in report.duplicates}))
        if not confirm(self, self.tr("Import customers"), question):
            return
        self._run("import", self.tr("Importing"), self.tr("Importing {name}…").format(name=self.path.name),
                  lambda progress, path=self.path: self.service.commit(self.actor, path, progress))

    def save_template(self) -> None:
        path = ask_save_path(self, self.tr("Save the import template"), Path.home() / "客户导入模板.xlsx")
        if path is None:
            return
        from app.reports.customer_import_files import write_template

        self._run("template", self.tr("Saving"), self.tr("Saving the template…"),
                  lambda _progress: write_template(path))

    def save_error_workbook(self) -> None:
        """Save the bad rows with their problems (cells marked red) to a workbook the user names."""
        if self.report is None or self.path is None or not self.report.errors:
            return
        default = self.path.with_name(f"{self.path.stem}.errors.xlsx")
        out = ask_save_path(self, self.tr("Save the rows with problems"), default)
        if out is None:
            return
        write_error_workbook = self.error_workbook_writer()
        report, source = self.report, self.path
        self._run("save", self.tr("Saving"), self.tr("Saving the rows with problems…"),
                  lambda _progress: write_error_workbook(report, source, out, translate_service_message))

    def error_workbook_writer(self):
        """write_error_workbook(report, source, out, translate) of this kind of import."""
        from app.reports.customer_import_files import write_error_workbook

        return write_error_workbook

    def _job_done(self, outcome: JobOutcome) -> None:
        kind, self._pending = self._pending, None
        handlers = {"preview": self._preview_done, "check": self._check_done, "import": self._import_done,
                    "save": self._save_done, "template": self._template_done}
        handlers[kind](outcome)
        self._update_buttons()

    def _failed(self, outcome: JobOutcome) -> bool:
        if outcome.ok:
            return False
        if outcome.cancelled:
            self.summary_label.setText(self.tr("Cancelled; nothing was changed."))
        elif isinstance(outcome.error, ServiceError):
            show_error(self, outcome.error)
        else:
            raise outcome.error  # a bug: let the application's error handler report it
        return True

    def _preview_done(self, outcome: JobOutcome) -> None:
        if self._failed(outcome):
            self.path = None
            self.path_edit.clear()
            self.preview_table.clear()
            self.preview_table.setRowCount(0)
            self.columns_label.clear()
            return
        self._preview = outcome.result
        self._show_preview(outcome.result)
        self.preview_ready.emit()

    def _check_done(self, outcome: JobOutcome) -> None:
        if self._failed(outcome):
            self.check_finished.emit(None)
            return
        self._show_report(outcome.result)
        self.check_finished.emit(outcome.result)

    def _mark_preview(self, report: customer_import.ImportReport) -> None:
        """Colour the previewed cells that have a problem, with the message as tooltip."""
        if self._preview is None:
            return
        lines = {row: line for line, (row, _texts) in enumerate(self._preview.rows)}
        positions = {c.key: c.index for c in self._preview.columns if c.key}
        for error in report.errors:
            if error.row not in lines or error.key not in positions:
                continue
            line, column = lines[error.row], positions[error.key]
            item = self.preview_table.item(line, column)
            if item is None:
                item = QTableWidgetItem()
                self.preview_table.setItem(line, column, item)
            item.setBackground(QBrush(BAD_CELL_COLOR))
            item.setForeground(QBrush(QColor(INK_ON_LIGHT)))
            item.setToolTip(translate_service_message(error.message))

    def _show_report(self, report: customer_import.ImportReport) -> None:
        self.report = report
        self._report_imported = False
        self.report_panel.show_report(report)
        self._mark_preview(report)
        text = self.tr("{rows} rows: {good} good, {bad} with problems.").format(
            rows=report.rows_total, good=report.good_rows, bad=len(report.bad_rows))
        if report.duplicates:
            text += " " + self.tr("%n row(s) look like existing customers or earlier rows.", "",
                                  len({d.row for d in report.duplicates}))
        if report.errors:
            text += " " + self.tr("Correct the file and check again: nothing is imported while any row is bad.")
        elif report.rows_total == 0:
            text = self.empty_text()
        else:
            text += " " + self.ready_text(report)
        self.summary_label.setText(text)

    def empty_text(self) -> str:
        return self.tr("The file has no customer rows.")

    def ready_text(self, report) -> str:
        return self.tr("Ready to import {customers} customers with {contacts} contacts.").format(
            customers=report.customers, contacts=report.contacts)

    def _import_done(self, outcome: JobOutcome) -> None:
        if not outcome.ok and isinstance(outcome.error, self.refused_error):
            self._show_report(outcome.error.report)  # the file changed since it was checked
            self.import_finished.emit(None)
            return
        if self._failed(outcome):
            self.import_finished.emit(None)
            return
        result = self.import_result = outcome.result
        self._report_imported = True
        self.summary_label.setText(self.done_text(result))
        self.import_finished.emit(result)

    def done_text(self, result) -> str:
        """The summary after an import."""
        done = self.tr("Imported {customers} customers with {contacts} contacts ({first} to {last}).")
        return done.format(customers=result.customers, contacts=result.contacts, first=result.first_code,
                           last=result.last_code)

    def _save_done(self, outcome: JobOutcome) -> None:
        if not self._failed(outcome):
            self.summary_label.setText(self.tr("Rows with problems saved to {path}.").format(path=outcome.result))
            self.errors_saved.emit(outcome.result)

    def _template_done(self, outcome: JobOutcome) -> None:
        if not self._failed(outcome):
            self.summary_label.setText(self.tr("Template saved to {path}.").format(path=outcome.result))

    def close_dialog(self) -> None:
        """Close; Accepted when customers were imported (the list then reloads)."""
        self.reject()

    def reject(self) -> None:
        """Close (Esc, the window's ×, Close); while a job runs, cancel it instead."""
        if self.runner.running:
            self.runner.cancel()
            return
        if self.import_result is not None:
            super().accept()
        else:
            super().reject()
