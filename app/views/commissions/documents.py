"""The commission statements as files: the month's Excel workbook (`reports.commission_export`:
a summary sheet and one sheet per salesperson) written off the UI thread with a progress dialog, and
one statement's PDF (`reports.commission_pdf`) saved to a file or shown in the print preview.

Both read through `commission_queries`, so a salesperson exports and prints only their own
statement, a supervisor their team's. `choose_pdf_path` is the file question tests replace
(`excel_export.ask_excel_path` the workbook's).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.models.user import User
from app.services.commission_queries import StatementSummary
from app.services.errors import ServiceError
from app.views import excel_export
from app.views.errors import show_error
from app.views.quotations.print_preview import open_pdf_preview

# A plain name lupdate knows: translate("CommissionDocuments", "text") is read into the .ts file.
translate = QCoreApplication.translate


class PdfNotWritten(Exception):
    """The statement's PDF could not be written (the user has been told why)."""


def workbook_name(year: int, month: int) -> str:
    """提成_YYYY-MM.xlsx"""
    return f"提成_{year:04d}-{month:02d}.xlsx"


def pdf_name(summary: StatementSummary) -> str:
    """提成结算单_YYYY-MM_<salesperson>.pdf"""
    return f"提成结算单_{summary.label}_{summary.salesperson_name}.pdf"


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write the PDF ("" when cancelled). Tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "PDF (*.pdf)")
    return path


def export_month_workbook(parent: QWidget, actor: User, year: int, month: int) -> Path | None:
    """Ask for a file name and write the month's statements `actor` may see to it; the Path, or None
    when cancelled or refused (the error has been shown)."""
    title = translate("CommissionDocuments", "Export commission statements to Excel")
    path = excel_export.ask_excel_path(parent, title, workbook_name(year, month))
    if path is None:
        return None

    def work(_progress) -> Path:
        from app.reports.commission_export import write_commission_workbook
        from app.services.commission_queries import month_details

        return write_commission_workbook(path, month_details(actor, year, month))

    return excel_export.run_excel_export(
        parent, work, path, translate("CommissionDocuments", "Exporting"),
        translate("CommissionDocuments", "Exporting the statements of {month} to {name}…").format(
            month=f"{year:04d}-{month:02d}", name=path.name))


def write_statement_pdf(parent: QWidget, actor: User, statement_id: int, path: str | Path) -> bool:
    """Write the statement's PDF to `path`; False after showing why it could not be written."""
    from app.reports.commission_pdf import write_commission_pdf
    from app.reports.pdf_document import FontNotFound

    try:
        write_commission_pdf(actor, statement_id, path)
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    except (OSError, FontNotFound) as exc:
        show_error(parent, ServiceError(str(exc)))
        return False
    return True


def export_statement_pdf(parent: QWidget, actor: User, summary: StatementSummary) -> str | None:
    """Save the statement as a PDF where the user says; the path, or None."""
    path = choose_pdf_path(parent, translate("CommissionDocuments", "Export statement PDF"), pdf_name(summary))
    if not path or not write_statement_pdf(parent, actor, summary.id, path):
        return None
    return path


def preview_statement(parent: QWidget, actor: User, summary: StatementSummary) -> QDialog | None:
    """The print preview of the statement's PDF (the file "Export PDF" writes), which prints it."""

    def write(path: Path) -> None:
        if not write_statement_pdf(parent, actor, summary.id, path):
            raise PdfNotWritten

    try:
        return open_pdf_preview(parent, write, pdf_name(summary), translate(
            "CommissionDocuments", "Print preview: {name}, {month}").format(
            name=summary.salesperson_name, month=summary.label))
    except PdfNotWritten:
        return None
