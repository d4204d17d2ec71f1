"""Import historical orders or payments from Excel: the customer import dialog with the service,
columns, template and texts of each (preview, check, all-or-nothing import with progress and
cancel, error workbook as there).

    OrderImportDialog(actor, parent)     # managers and administrators
    PaymentImportDialog(actor, parent)
"""

from __future__ import annotations

from pathlib import Path

from app.services import order_import, payment_import
from app.services.customer_import_reader import ImportPreview
from app.views.dialogs.customer_import_dialog import PREVIEW_ROWS, CustomerImportDialog, ask_save_path
from app.views.dialogs.forms import confirm


class HistoryImportDialog(CustomerImportDialog):
    """What the two history imports share: the import after a confirmation, and the template."""

    template_name = ""
    template_writer = ""  # the function's name in app.reports.order_import_files
    errors_writer = ""

    def read_preview(self, path: Path) -> ImportPreview:
        return self.service.preview(path, PREVIEW_ROWS)

    def error_workbook_writer(self):
        from app.reports import order_import_files

        return getattr(order_import_files, self.errors_writer)

    def import_question(self, report) -> tuple[str, str]:
        """(title, question) of the confirmation before importing."""
        raise NotImplementedError

    def start_import(self) -> None:
        """Import the checked file, after a confirmation (all rows in one transaction)."""
        report = self.report
        if self.path is None or report is None or not report.ok or self.runner.running:
            return
        if not confirm(self, *self.import_question(report)):
            return
        self._run("import", self.tr("Importing"), self.tr("Importing {name}…").format(name=self.path.name),
                  lambda progress, path=self.path: self.service.commit(self.actor, path, progress))

    def save_template(self) -> None:
        path = ask_save_path(self, self.tr("Save the import template"), Path.home() / self.template_name)
        if path is None:
            return
        from app.reports import order_import_files

        write = getattr(order_import_files, self.template_writer)
        self._run("template", self.tr("Saving"), self.tr("Saving the template…"), lambda _progress: write(path))


class OrderImportDialog(HistoryImportDialog):
    """Preview, check and import a historical orders file; `import_result` holds the OrderImportResult."""

    service = order_import
    refused_error = order_import.OrderImportRefused
    template_name = "合同导入模板.xlsx"
    template_writer = "write_order_template"
    errors_writer = "write_order_error_workbook"

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import historical orders from Excel"))

    def import_question(self, report) -> tuple[str, str]:
        return self.tr("Import orders"), self.tr("Import {orders} orders with {lines} lines from {name}?").format(
            orders=report.orders, lines=report.lines, name=self.path.name)

    def empty_text(self) -> str:
        return self.tr("The file has no order rows.")

    def ready_text(self, report) -> str:
        return self.tr("Ready to import {orders} orders with {lines} lines.").format(orders=report.orders,
                                                                                    lines=report.lines)

    def done_text(self, result) -> str:
        return self.tr("Imported {orders} orders with {lines} lines; {won} leads became customers.").format(
            orders=result.orders, lines=result.lines, won=result.customers_won)


class PaymentImportDialog(HistoryImportDialog):
    """Preview, check and import a historical payments file; `import_result` holds the PaymentImportResult."""

    service = payment_import
    refused_error = payment_import.PaymentImportRefused
    template_name = "回款导入模板.xlsx"
    template_writer = "write_payment_template"
    errors_writer = "write_payment_error_workbook"

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import historical payments from Excel"))

    def import_question(self, report) -> tuple[str, str]:
        return self.tr("Import payments"), self.tr(
            "Import {payments} payments of {amount} in all for {orders} orders from {name}?").format(
            payments=report.payments, amount=report.amount, orders=report.orders, name=self.path.name)

    def empty_text(self) -> str:
        return self.tr("The file has no payment rows.")

    def ready_text(self, report) -> str:
        return self.tr("Ready to import {payments} payments ({amount} in all).").format(payments=report.payments,
                                                                                       amount=report.amount)

    def done_text(self, result) -> str:
        return self.tr("Imported {payments} payments ({amount} in all) for {orders} orders.").format(
            payments=result.payments, amount=result.amount, orders=result.orders)
