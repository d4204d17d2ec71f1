"""The bundle form (产品组合): a name and its products with quantities, in the order a quotation
inserts them.

    BundleDialog(actor, parent)              # a new bundle
    BundleDialog(actor, parent, bundle_id)   # edit

A product is found as in the quotation editor (code, name or pinyin, with a list of matches:
quotations.product_picker.ProductEditor) and added with the quantity beside it; Enter in the product
field or in the quantity adds it too. Adding a product already listed adds to its quantity. Quantities
are edited in the list; Up, Down and Remove act on the selected item. OK saves through products.create_bundle /
update_bundle; `saved` is the Bundle then.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.product import Bundle
from app.models.user import User
from app.services import products
from app.services.products import BundleInput, BundleItemInput, ProductRow
from app.views.dialogs.forms import FieldErrors, error_label, ok_cancel_buttons, save_form
from app.views.quotations.product_picker import ProductEditor

CODE, NAME, UNIT, QUANTITY = range(4)
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


@dataclass
class ItemProduct:
    """The product of one listed item (its quantity lives in the table cell)."""

    id: int
    code: str
    name: str
    unit: str


def quantity_text(value) -> str:
    """2.000 -> "2", 1.500 -> "1.5"."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class BundleDialog(QDialog):
    """Create or edit one bundle; `saved` is the Bundle after OK succeeded."""

    def __init__(self, actor: User, parent: QWidget | None = None, bundle_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.bundle: Bundle | None = products.get_bundle(actor, bundle_id) if bundle_id else None
        self.items: list[ItemProduct] = []
        self.saved: Bundle | None = None
        self.errors = FieldErrors()
        self.general = error_label(self)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(self.bundle.name if self.bundle else "")
        self.name_edit.setMaxLength(80)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.product_label = QLabel()
        self.product_edit = ProductEditor(actor)
        self.quantity_label = QLabel()
        self.quantity_edit = QLineEdit("1")
        self.quantity_edit.setMaximumWidth(80)
        self.add_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        form = QFormLayout()
        form.addRow(self.name_label, self.errors.wrap("name", self.name_edit))
        picker = QHBoxLayout()
        picker.addWidget(self.product_label)
        picker.addWidget(self.product_edit, 1)
        picker.addWidget(self.quantity_label)
        picker.addWidget(self.quantity_edit)
        picker.addWidget(self.add_button)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(picker)
        layout.addWidget(self.errors.wrap("items", self.table))
        layout.addLayout(moves)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_chosen)
        self.quantity_edit.installEventFilter(self)
        self.product_edit.leave.connect(self._product_left)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(640, 480)
        if self.bundle is not None:
            for row in products.bundle_items(actor, self.bundle.id):
                self._append(ItemProduct(row.product_id, row.code, row.name, row.unit), quantity_text(row.quantity))
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit bundle") if self.bundle else self.tr("New bundle"))
        self.name_label.setText(self.tr("Name:"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Product"), self.tr("Unit"),
                                              self.tr("Quantity")])
        self.product_label.setText(self.tr("Product:"))
        self.product_edit.setPlaceholderText(self.tr("Code, name or pinyin"))
        self.quantity_label.setText(self.tr("Quantity:"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the product with this quantity (Enter in the product field)"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove"))

    # -- the items ---------------------------------------------------------------------------------

    def _append(self, product: ItemProduct, quantity: str) -> None:
        row = len(self.items)
        self.items.append(product)
        self.table.insertRow(row)
        self._set_row(row, product, quantity)

    def _set_row(self, row: int, product: ItemProduct, quantity: str) -> None:
        for column, text in ((CODE, product.code), (NAME, product.name), (UNIT, product.unit)):
            item = QTableWidgetItem(text)
            item.setFlags(READ_ONLY)
            self.table.setItem(row, column, item)
        amount = QTableWidgetItem(quantity)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, QUANTITY, amount)

    def quantity(self, row: int) -> str:
        item = self.table.item(row, QUANTITY)
        return item.text().strip() if item is not None else ""

    def add_product(self, product: ProductRow, quantity: str) -> None:
        """List `product` with `quantity`; a product already listed gets the quantity added to its own."""
        listed = next((i for i, p in enumerate(self.items) if p.id == product.id), None)
        if listed is None:
            self._append(ItemProduct(product.id, product.code, product.name, product.unit), quantity)
            listed = len(self.items) - 1
        else:
            try:
                total = products.parse_decimal(self.quantity(listed), 3, low=0, high=10**9) \
                    + products.parse_decimal(quantity, 3, low=0, high=10**9)
                self.table.item(listed, QUANTITY).setText(quantity_text(total))
            except ValueError:
                self.table.item(listed, QUANTITY).setText(quantity)
        self.table.selectRow(listed)

    def add_chosen(self) -> None:
        """Add the product the product field names with the quantity beside it."""
        product = self.product_edit.chosen_product()
        if product is None:
            self.general.setText(self.tr("No active product matches \u201c{text}\u201d.").format(
                text=self.product_edit.text().strip()) if self.product_edit.text().strip()
                else self.tr("Type a product's code, name or pinyin first."))
            self.general.show()
            return
        self.general.hide()
        self.add_product(product, self.quantity_edit.text().strip() or "1")
        self.product_edit.clear()
        self.quantity_edit.setText("1")
        self.product_edit.setFocus()

    def _product_left(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The picker reports Enter and Tab itself (see ProductEditor.event): Enter adds, Tab moves on.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.add_chosen()
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self.quantity_edit.setFocus()
        else:
            self.name_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the quantity adds the product (the dialog would take it for OK).
        if (watched is self.quantity_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_chosen()
            return True
        return super().eventFilter(watched, event)

    def selected_row(self) -> int | None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return rows[0] if rows else None

    def move_selected(self, step: int) -> None:
        """Move the selected item `step` rows up (-1) or down (1)."""
        row = self.selected_row()
        if row is None or not 0 <= row + step < len(self.items):
            return
        other = row + step
        quantities = self.quantity(row), self.quantity(other)
        self.items[row], self.items[other] = self.items[other], self.items[row]
        self._set_row(row, self.items[row], quantities[1])
        self._set_row(other, self.items[other], quantities[0])
        self.table.selectRow(other)

    def remove_selected(self) -> None:
        """Take the selected item off the bundle."""
        row = self.selected_row()
        if row is not None:
            del self.items[row]
            self.table.removeRow(row)
            self._update_buttons()

    def listed(self) -> list[tuple[str, str]]:
        """(code, quantity) of every item in order (for tests)."""
        return [(p.code, self.quantity(row)) for row, p in enumerate(self.items)]

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < len(self.items) - 1)
        self.remove_button.setEnabled(row is not None)

    # -- saving ------------------------------------------------------------------------------------

    def bundle_input(self) -> BundleInput:
        """What the form holds."""
        return BundleInput(self.name_edit.text(), [BundleItemInput(p.id, self.quantity(row))
                                                   for row, p in enumerate(self.items)])

    def accept(self) -> None:
        data = self.bundle_input()
        if self.bundle is None:
            def save():
                return products.create_bundle(self.actor, data)
        else:
            def save():
                return products.update_bundle(self.actor, self.bundle.id, data)
        saved = save_form(self, save, self.errors, self.general)
        if saved is not None:
            self.saved = saved
            super().accept()
