"""A report shown on the screen as files: an Excel workbook (`reports.report_excel`), a PDF
(`reports.report_pdf`), the print preview of that PDF (`quotations.print_preview`, which prints the
same pages) and the chart as PNG or SVG.

The workbook and the PDF (for the preview too) are written off the UI thread with a cancellable progress dialog
(`views.excel_export.run_excel_export`); both go to a temporary file renamed over the target, so a
file open in another program gives a sentence saying so and keeps the old file. Tests replace
`choose_pdf_path` and `choose_chart_path` (and `excel_export.ask_excel_path`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.models.user import User
from app.reports.report_table import ReportTable
from app.services.errors import ServiceError
from app.views import excel_export
from app.views.errors import show_error

# A plain name lupdate knows: translate("ReportDocuments", "text") is read into the .ts file.
translate = QCoreApplication.translate
FORBIDDEN = '<>:"/\\|?*'


def file_stem(table: ReportTable) -> str:
    """业绩排行_2026年 (the title and period, without characters a file name may not hold)."""
    text = f"{table.title}_{table.period}"
    return "".join("_" if ch in FORBIDDEN else ch for ch in text).strip() or "report"


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write the PDF ("" when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def choose_chart_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save the chart, .png or .svg ("" when cancelled). Tests replace this function."""
    png, svg = translate("ReportDocuments", "PNG image (*.png)"), translate("ReportDocuments", "SVG image (*.svg)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), f"{png};;{svg}")
    if path and Path(path).suffix.lower() not in (".png", ".svg"):
        path += ".svg" if chosen == svg else ".png"
    return path


def export_excel(parent: QWidget, actor: User, table: ReportTable) -> Path | None:
    """Ask for a file name and write `table` there as a workbook; the Path, or None when cancelled or
    refused (the reason has been shown)."""
    title = translate("ReportDocuments", "Export the report to Excel")
    path = excel_export.ask_excel_path(parent, title, f"{file_stem(table)}.xlsx")
    if path is None:
        return None

    def work(progress) -> Path:
        from app.reports.report_excel import write_report_table

        progress(0, 2)  # Cancel pressed before the work began stops it here
        written = write_report_table(path, table, generated_by=actor.display_name)
        progress(2, 2)
        return written

    return excel_export.run_excel_export(
        parent, work, path, translate("ReportDocuments", "Exporting"),
        translate("ReportDocuments", "Writing {name}…").format(name=path.name))


def export_pdf(parent: QWidget, actor: User, table: ReportTable) -> Path | None:
    """Ask for a file name and write `table` there as a PDF (with its chart); the Path or None."""
    chosen = choose_pdf_path(parent, translate("ReportDocuments", "Export the report as PDF"),
                             f"{file_stem(table)}.pdf")
    if not chosen:
        return None
    path = Path(chosen)

    def work(progress) -> Path:
        from app.reports.report_pdf import write_report_pdf

        return write_report_pdf(table, path, generated_by=actor.display_name, progress=progress)

    return _guarded(parent, lambda: excel_export.run_excel_export(
        parent, work, path, translate("ReportDocuments", "Exporting"),
        translate("ReportDocuments", "Writing {name}…").format(name=path.name)))


def print_preview(parent: QWidget, actor: User, table: ReportTable) -> QDialog | None:
    """The print preview of the report's PDF (what Export PDF writes); its Print button prints it.
    The PDF (a second or two with its chart) is written off the UI thread first, with a progress
    dialog that can be cancelled; None when cancelled or refused (the reason has been shown)."""
    from app.reports.report_pdf import write_report_pdf
    from app.views.background import JobRunner
    from app.views.quotations.print_preview import open_pdf_preview

    folder = Path(tempfile.mkdtemp(prefix="salesdesk-report-"))
    written = folder / f"{file_stem(table)}.pdf"
    try:
        runner = JobRunner(parent)
        runner.start(lambda progress: write_report_pdf(table, written, generated_by=actor.display_name,
                                                       progress=progress),
                     translate("ReportDocuments", "Print preview"),
                     translate("ReportDocuments", "Preparing the pages…"))
        outcome = runner.wait()
        runner.deleteLater()
        if outcome.cancelled:
            return None
        if not outcome.ok:
            return _guarded(parent, lambda: _raise(outcome.error))
        return _guarded(parent, lambda: open_pdf_preview(
            parent, lambda path: shutil.copyfile(written, path), written.name,
            translate("ReportDocuments", "Print preview: {title}, {period}").format(title=table.title,
                                                                                   period=table.period)))
    finally:  # the preview keeps its own copy
        shutil.rmtree(folder, ignore_errors=True)


def _raise(error: BaseException):
    raise error


def save_chart(parent: QWidget, chart, table: ReportTable) -> str | None:
    """Save the chart shown as PNG or SVG where the user says; the path, or None."""
    if chart is None or not chart.has_chart():
        return None
    path = choose_chart_path(parent, translate("ReportDocuments", "Save the chart"), f"{file_stem(table)}.png")
    if not path:
        return None
    return _guarded(parent, lambda: (chart.save_as(path), path)[1])


def _guarded(parent: QWidget, work):
    """`work()`, or None after showing why a file could not be written (a missing CJK font too)."""
    from app.reports.pdf_document import FontNotFound

    try:
        return work()
    except ServiceError as exc:
        show_error(parent, exc)
    except OSError as exc:
        reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
        where = Path(getattr(exc, "path", None) or exc.filename or "")
        show_error(parent, ServiceError(excel_export.unwritable_message(where, reason)))
    except FontNotFound as exc:
        show_error(parent, ServiceError(str(exc)))
    return None
