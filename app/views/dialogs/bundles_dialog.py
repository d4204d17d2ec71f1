"""Bundles (产品组合) maintenance: the bundles by name with the products of the selected one; new,
edit (BundleDialog, window-modal) and delete after a question.

    BundlesDialog(actor, parent)   # managers and administrators ("products.manage")

`changed` is True once anything was saved; `current_dialog` is the bundle form while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.product import Bundle
from app.models.user import User
from app.services import products
from app.services.errors import ServiceError
from app.views.dialogs import forms
from app.views.dialogs.bundle_dialog import BundleDialog, quantity_text
from app.views.errors import show_error
from app.views.tables.selection import inactive_colour


def _read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


class BundlesDialog(QDialog):
    """Every bundle; below it the products of the selected one."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.bundles: list[Bundle] = []
        self.changed = False
        self.current_dialog: QDialog | None = None
        self.table = _read_only_table(1)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_table = _read_only_table(4)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.items_table, 3)
        layout.addWidget(self.buttons)
        self.new_button.clicked.connect(self.new_bundle)
        self.edit_button.clicked.connect(self.edit_bundle)
        self.delete_button.clicked.connect(self.delete_bundle)
        self.table.doubleClicked.connect(lambda _index: self.edit_bundle())
        self.table.itemSelectionChanged.connect(self._show_items)
        self.resize(620, 520)
        self.reload()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bundles"))
        self.table.setHorizontalHeaderLabels([self.tr("Bundle")])
        self.items_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Product"), self.tr("Unit"),
                                                    self.tr("Quantity")])
        self.new_button.setText(self.tr("New bundle…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected bundle (double-click)"))
        self.delete_button.setText(self.tr("Delete…"))

    # -- the lists ---------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the bundles again and select `select_id` (else keep the selection)."""
        bundle = self.selected_bundle()
        target = select_id if select_id is not None else (bundle.id if bundle else None)
        self.bundles = products.list_bundles(self.actor)
        self.table.setRowCount(len(self.bundles))
        for row, bundle in enumerate(self.bundles):
            self.table.setItem(row, 0, QTableWidgetItem(bundle.name))
        row = next((i for i, bundle in enumerate(self.bundles) if bundle.id == target), None)
        if row is not None:
            self.table.selectRow(row)
        self._show_items()

    def selected_bundle(self) -> Bundle | None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return self.bundles[rows[0]] if rows and rows[0] < len(self.bundles) else None

    def bundle_names(self) -> list[str]:
        """The bundles listed, in order (for tests)."""
        return [bundle.name for bundle in self.bundles]

    def _show_items(self) -> None:
        bundle = self.selected_bundle()
        self.edit_button.setEnabled(bundle is not None)
        self.delete_button.setEnabled(bundle is not None)
        try:
            items = products.bundle_items(self.actor, bundle.id) if bundle is not None else []
        except ServiceError:  # deleted meanwhile
            items = []
        self.items_table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.code, item.name, item.unit, quantity_text(item.quantity))):
                cell = QTableWidgetItem(text)
                colour = inactive_colour(item.active)
                if colour is not None:
                    cell.setForeground(colour)
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.items_table.setItem(row, column, cell)

    # -- actions -----------------------------------------------------------------------------------

    def new_bundle(self) -> None:
        self._open_form(None)

    def edit_bundle(self) -> None:
        bundle = self.selected_bundle()
        if bundle is not None:
            self._open_form(bundle.id)

    def _open_form(self, bundle_id: int | None) -> None:
        forms.open_record_form(self, lambda: BundleDialog(self.actor, self, bundle_id),
                               saved=self._saved, reload=self.reload)

    def _saved(self, bundle: Bundle) -> None:
        self.changed = True
        self.reload(select_id=bundle.id)

    def delete_bundle(self) -> None:
        """Delete the selected bundle after asking (quotations made with it keep their lines)."""
        bundle = self.selected_bundle()
        if bundle is None or not forms.confirm(
                self, self.tr("Delete bundle"),
                self.tr("Delete the bundle \u201c{name}\u201d? Quotations made with it keep their lines.")
                .format(name=bundle.name)):
            return
        try:
            products.delete_bundle(self.actor, bundle.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.changed = True
        self.reload()
