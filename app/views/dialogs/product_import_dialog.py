"""Import products from Excel: the customer import dialog with the product service, columns,
template and texts (preview, check, all-or-nothing import, error workbook as there). A row whose code
is stored updates that product; the check and the result count new, updated and unchanged rows.

    ProductImportDialog(actor, parent)   # managers and administrators ("products.manage")
"""

from __future__ import annotations

from pathlib import Path

from app.services import product_import
from app.services.customer_import_reader import ImportPreview
from app.views.dialogs.customer_import_dialog import PREVIEW_ROWS, CustomerImportDialog, ask_save_path
from app.views.dialogs.forms import confirm


class ProductImportDialog(CustomerImportDialog):
    """Preview, check and import a product file; `import_result` holds the ProductImportResult."""

    service = product_import
    refused_error = product_import.ProductImportRefused

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import products from Excel"))

    def read_preview(self, path: Path) -> ImportPreview:
        return product_import.preview(path, PREVIEW_ROWS)

    def error_workbook_writer(self):
        from app.reports.product_import_files import write_error_workbook

        return write_error_workbook

    def start_import(self) -> None:
        """Import the checked file, after a confirmation (all rows in one transaction)."""
        report = self.report
        if self.path is None or report is None or not report.ok or self.runner.running:
            return
        question = self.tr("Create {products} products and update {updated} products from {name}?").format(
            products=report.products, updated=report.updated, name=self.path.name)
        if report.new_lines:
            question += "\n\n" + self.tr("New product lines: {lines}").format(lines="、".join(report.new_lines))
        if not confirm(self, self.tr("Import products"), question):
            return
        self._run("import", self.tr("Importing"), self.tr("Importing {name}…").format(name=self.path.name),
                  lambda progress, path=self.path: product_import.commit(self.actor, path, progress))

    def save_template(self) -> None:
        path = ask_save_path(self, self.tr("Save the import template"), Path.home() / "产品导入模板.xlsx")
        if path is None:
            return
        from app.reports.product_import_files import write_template

        self._run("template", self.tr("Saving"), self.tr("Saving the template…"),
                  lambda _progress: write_template(path))

    def empty_text(self) -> str:
        return self.tr("The file has no product rows.")

    def ready_text(self, report) -> str:
        return self.tr("Ready to import: {products} new products, {updated} updated, {unchanged} unchanged.").format(
            products=report.products, updated=report.updated, unchanged=report.unchanged)

    def done_text(self, result) -> str:
        return self.tr("Imported {products} products and updated {updated} ({unchanged} unchanged, "
                       "{lines} new product lines).").format(products=result.products, updated=result.updated,
                                                            unchanged=result.unchanged, lines=result.new_lines)
