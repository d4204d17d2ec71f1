"""The product list (产品): search by code, name or pinyin as you type, filter by product line and
by active; export the list as filtered to Excel in the import's layout. Managers and administrators
("products.manage") also create and edit products (ProductDialog) and maintain the product lines
(ProductLinesDialog) and bundles (BundlesDialog).

A few thousand products at most, but the list pages like the others (PagedTableModel over
products.count_products / product_page); the queries are short and run on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services import products
from app.services.permissions import can
from app.services.products import ProductFilter, ProductRow
from app.views.context import AppContext
from app.views.customers.search_box import SearchBox
from app.views.dialogs.forms import open_record_form
from app.views.dialogs.product_dialog import ProductDialog
from app.views.excel_export import ask_excel_path, run_excel_export
from app.views.money import format_money
from app.views.screens import Screen
from app.views.tables.paged_model import CENTER, RIGHT, Column, PagedTableModel, on_row_opened, setup_table_view
from app.views.tables.selection import inactive_colour, row_values, select_row_by_id, selected_row

# code, name, line, unit, list price, floor price, tax rate, active
COLUMN_WIDTHS = [110, 240, 110, 50, 100, 100, 60, 50]
ACTIVE_CHOICES = (True, False, None)  # the active filter's items, in order


class ProductsScreen(Screen):
    """Every product matching the search and filters; `current_dialog` is the form while open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.manage = can(context.user, "products.manage")
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(260)
        self.line_label = QLabel()
        self.line_combo = QComboBox()
        self.line_combo.setMinimumWidth(140)
        self.active_label = QLabel()
        self.active_combo = QComboBox()
        for _choice in ACTIVE_CHOICES:
            self.active_combo.addItem("")
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.lines_button = QPushButton()
        self.bundles_button = QPushButton()
        self.export_button = QPushButton()
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        top.addWidget(self.line_label)
        top.addWidget(self.line_combo)
        top.addWidget(self.active_label)
        top.addWidget(self.active_combo)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.lines_button)
        top.addWidget(self.bundles_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)
        self.flt = ProductFilter()
        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [],
                                     row_foreground=lambda row: inactive_colour(row.active), parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.new_button.setVisible(self.manage)
        self.edit_button.setVisible(self.manage)
        self.lines_button.setVisible(self.manage)
        self.bundles_button.setVisible(self.manage)

        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.activated.connect(self.search_box.setFocus)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setEnabled(self.manage)
        self.new_shortcut.activated.connect(self.new_product)
        self.new_button.clicked.connect(self.new_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.lines_button.clicked.connect(self.open_product_lines)
        self.bundles_button.clicked.connect(self.open_bundles)
        self.export_button.clicked.connect(self.export_list)
        if self.manage:
            on_row_opened(self.table, self.edit_product)
        self.search_box.search_changed.connect(lambda _text: self.apply_filter())
        self.search_box.down_pressed.connect(self.table.setFocus)
        self.line_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.active_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._loading = False
        self._fill_lines()
        self.retranslate_ui()
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Product line"), lambda r: r.line_name),
            Column(self.tr("Unit"), lambda r: r.unit, CENTER),
            Column(self.tr("List price"), lambda r: format_money(r.list_price), RIGHT),
            Column(self.tr("Floor price"), lambda r: format_money(r.floor_price), RIGHT),
            Column(self.tr("Tax rate"), lambda r: f"{r.tax_rate.normalize():f} %", RIGHT),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No"), CENTER),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.search_box.setPlaceholderText(self.tr("Code, name or pinyin"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Esc clears"))
        self.line_label.setText(self.tr("Product line:"))
        self.line_combo.setItemText(0, self.tr("All lines"))
        self.active_label.setText(self.tr("Status:"))
        for index, text in enumerate((self.tr("Active"), self.tr("Inactive"), self.tr("All"))):
            self.active_combo.setItemText(index, text)
        self.new_button.setText(self.tr("New product"))
        self.new_button.setToolTip(self.tr("Create a product (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected product (Enter or double-click)"))
        self.lines_button.setText(self.tr("Product lines…"))
        self.lines_button.setToolTip(self.tr("Add, rename, deactivate product lines"))
        self.bundles_button.setText(self.tr("Bundles…"))
        self.bundles_button.setToolTip(self.tr("Sets of products a quotation inserts at once"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("The products listed, in the import file's columns"))
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def _fill_lines(self) -> None:
        """The product line filter's items, keeping the chosen line."""
        chosen = self.line_combo.currentData()
        self._loading = True
        try:
            self.line_combo.clear()
            self.line_combo.addItem(self.tr("All lines"), None)
            for line in products.list_product_lines(self.context.user):
                self.line_combo.addItem(line.name, line.id)
            self.line_combo.setCurrentIndex(max(self.line_combo.findData(chosen), 0) if chosen else 0)
        finally:
            self._loading = False

    def refresh(self) -> None:
        self._fill_lines()
        self.reload()

    def current_filter(self) -> ProductFilter:
        return ProductFilter(search=self.search_box.text().strip(), line_id=self.line_combo.currentData(),
                             active=ACTIVE_CHOICES[max(self.active_combo.currentIndex(), 0)])

    def apply_filter(self) -> None:
        """Show the products matching the search and filters, from the top."""
        if self._loading:
            return
        actor, self.flt = self.context.user, self.current_filter()
        self.model.reset(partial(products.count_products, actor, self.flt),
                         lambda offset, limit, _sort, flt=self.flt: products.product_page(actor, flt, offset, limit))
        self.table.scrollToTop()
        self._show_count()

    def reload(self, select_id: int | None = None) -> None:
        """Read the rows again; select `select_id` (else the selected product) when it is listed."""
        selected = self.selected_product()
        self.model.reset()
        target = select_id if select_id is not None else (selected.id if selected else None)
        if target is not None and self.model.rowCount() <= PagedTableModel.BLOCK_SIZE * 5:
            select_row_by_id(self.table, self.model, target)
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n product(s)", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_product() is not None)

    def selected_product(self) -> ProductRow | None:
        return selected_row(self.table, self.model)

    def shown_codes(self) -> list[str]:
        """The codes listed, in order (for tests)."""
        return row_values(self.model, lambda row: row.code)

    # -- actions -------------------------------------------------------------------------------

    def new_product(self) -> None:
        self._open_form(None)

    def edit_product(self) -> None:
        row = self.selected_product()
        if row is not None:
            self._open_form(row.id)

    def _open_form(self, product_id: int | None) -> None:
        """The product form, window-modal without blocking; the list reloads after a save."""
        if self.manage:
            open_record_form(self, lambda: ProductDialog(self.context.user, self, product_id),
                             saved=self._saved, reload=self.reload)

    def _saved(self, product) -> None:
        self._fill_lines()
        self.reload(select_id=product.id)
        self.records_changed.emit()

    def open_product_lines(self) -> None:
        from app.views.dialogs.product_lines_dialog import ProductLinesDialog

        self._open_maintenance(lambda: ProductLinesDialog(self.context.user, self))

    def open_bundles(self) -> None:
        from app.views.dialogs.bundles_dialog import BundlesDialog

        self._open_maintenance(lambda: BundlesDialog(self.context.user, self))

    def _open_maintenance(self, build: Callable[[], QDialog]) -> None:
        """A maintenance dialog, window-modal without blocking; when it closes having saved something,
        the line filter and the list are read again."""
        if not self.manage or self.current_dialog is not None:
            return
        dialog = build()
        self.current_dialog = dialog

        def finished(_result: int) -> None:
            self.current_dialog = None
            if getattr(dialog, "changed", False):
                self.refresh()
                self.records_changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def ask_export_path(self) -> Path | None:
        """Where to write the export (产品_YYYYMMDD.xlsx offered); None when the user cancels. Tests replace it."""
        return ask_excel_path(self, self.tr("Export products to Excel"), f"产品_{dt.date.today():%Y%m%d}.xlsx")

    def export_list(self) -> Path | None:
        """Write the products listed (search, line and status as set) to a file the user names, off the
        UI thread; returns the file, or None when cancelled or refused (the error has been shown)."""
        path = self.ask_export_path()
        if path is None:
            return None
        from app.reports.product_export import export_products

        actor, flt = self.context.user, self.current_filter()
        return run_excel_export(self, lambda progress: export_products(actor, flt, path, progress), path,
                                self.tr("Exporting"), self.tr("Exporting products to {name}…").format(name=path.name))
