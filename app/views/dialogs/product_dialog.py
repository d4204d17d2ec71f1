"""The product form (产品): code, name, product line, unit, list and floor price, tax rate, active.

    ProductDialog(actor, parent)              # a new product
    ProductDialog(actor, parent, product_id)  # edit; a stale version asks to reload

Managers and administrators ("products.manage"). Field errors show under their fields; a version
conflict goes through show_error, and answering "reload" closes the form with `reload_requested`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.product import Product
from app.models.user import User
from app.services import products
from app.views.dialogs.forms import FieldErrors, close_for_reload, error_label, ok_cancel_buttons, save_form


class ProductDialog(QDialog):
    """Create or edit one product; `saved` is the Product after OK succeeded."""

    def __init__(self, actor: User, parent: QWidget | None = None, product_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.product: Product | None = products.get_product(actor, product_id) if product_id else None
        self.saved: Product | None = None
        self.reload_requested = False
        self.errors = FieldErrors()
        self.general = error_label(self)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.line_combo = QComboBox()
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(20)
        self.list_price_edit = QLineEdit()
        self.floor_price_edit = QLineEdit()
        self.tax_rate_edit = QLineEdit()
        self.active_box = QCheckBox()
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for name, widget in (("code", self.code_edit), ("name", self.name_edit), ("line_id", self.line_combo),
                             ("unit", self.unit_edit), ("list_price", self.list_price_edit),
                             ("floor_price", self.floor_price_edit), ("tax_rate", self.tax_rate_edit),
                             ("active", self.active_box)):
            self.labels.append(QLabel())
            self.form.addRow(self.labels[-1], self.errors.wrap(name, widget))
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit product") if self.product else self.tr("New product"))
        texts = (self.tr("Code:"), self.tr("Name:"), self.tr("Product line:"), self.tr("Unit:"),
                 self.tr("List price:"), self.tr("Floor price:"), self.tr("Tax rate %:"), self.tr("Active:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.line_combo.setItemText(0, self.tr("(none)"))
        self.active_box.setText(self.tr("Can be quoted"))
        self.floor_price_edit.setToolTip(self.tr("The lowest unit price allowed without approval"))

    def _fill(self) -> None:
        product = self.product
        self.line_combo.addItem("", None)
        current_line = product.line_id if product else None
        for line in products.list_product_lines(self.actor):
            if line.active or line.id == current_line:
                self.line_combo.addItem(line.name, line.id)
        if product is None:
            self.tax_rate_edit.setText("13")
            self.list_price_edit.setText("0.00")
            self.floor_price_edit.setText("0.00")
            self.active_box.setChecked(True)
            return
        self.code_edit.setText(product.code)
        self.name_edit.setText(product.name)
        self.line_combo.setCurrentIndex(max(self.line_combo.findData(current_line), 0))
        self.unit_edit.setText(product.unit)
        self.list_price_edit.setText(f"{product.list_price:.2f}")
        self.floor_price_edit.setText(f"{product.floor_price:.2f}")
        self.tax_rate_edit.setText(f"{product.tax_rate.normalize():f}")
        self.active_box.setChecked(product.active)

    def product_input(self) -> products.ProductInput:
        """What the form holds."""
        return products.ProductInput(
            code=self.code_edit.text(), name=self.name_edit.text(), unit=self.unit_edit.text(),
            list_price=self.list_price_edit.text().strip(), floor_price=self.floor_price_edit.text().strip(),
            tax_rate=self.tax_rate_edit.text().strip().rstrip("%"), line_id=self.line_combo.currentData(),
            active=self.active_box.isChecked())

    def accept(self) -> None:
        data = self.product_input()
        if self.product is None:
            def save():
                return products.create_product(self.actor, data)
        else:
            def save():
                return products.update_product(self.actor, self.product.id, self.product.version, data)
        saved = save_form(self, save, self.errors, self.general, on_reload=lambda: close_for_reload(self))
        if saved is not None:
            self.saved = saved
            super().accept()
