"""Product lines (产品线) maintenance: the lines with their status; add, rename, deactivate and
activate again. A deactivated line stays on its products but is no longer offered in the product form.

    ProductLinesDialog(actor, parent)   # managers and administrators ("products.manage")

`changed` is True once anything was saved, so the products screen knows to reload.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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

from app.models.product import ProductLine
from app.models.user import User
from app.services import products
from app.views.dialogs.forms import FieldErrors, error_label, save_form
from app.views.tables.selection import inactive_colour


class ProductLinesDialog(QDialog):
    """The product lines by name; the name field below the list adds a line or renames the selected one."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.lines: list[ProductLine] = []
        self.changed = False
        self.errors = FieldErrors()
        self.general = error_label(self)
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.toggle_button = QPushButton()
        self.name_label.setBuddy(self.name_edit)
        editor = QHBoxLayout()
        editor.addWidget(self.name_label)
        editor.addWidget(self.errors.wrap("name", self.name_edit), 1)
        for button in (self.add_button, self.rename_button, self.toggle_button):
            editor.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(editor)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_line)
        self.rename_button.clicked.connect(self.rename_line)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.add_button.setDefault(True)  # Enter in the name field adds
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(560, 420)
        self.reload()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Product lines"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Status")])
        self.name_label.setText(self.tr("&Name:"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a product line with this name"))
        self.rename_button.setText(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Give the selected product line this name"))
        self._show_rows()
        self._update_buttons()

    # -- the list ----------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the lines again and select `select_id` (else keep the selection)."""
        line = self.selected_line()
        target = select_id if select_id is not None else (line.id if line else None)
        self.lines = products.list_product_lines(self.actor)
        self._show_rows()
        row = next((i for i, line in enumerate(self.lines) if line.id == target), None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            status = self.tr("Active") if line.active else self.tr("Inactive")
            for column, text in enumerate((line.name, status)):
                item = QTableWidgetItem(text)
                colour = inactive_colour(line.active)
                if colour is not None:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)

    def selected_line(self) -> ProductLine | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.lines[min(rows)] if rows and min(rows) < len(self.lines) else None

    def line_names(self) -> list[tuple[str, bool]]:
        """(name, active) of the lines listed, in order (for tests)."""
        return [(line.name, line.active) for line in self.lines]

    def select_line(self, name: str) -> None:
        """Select the line named `name` (as a click on its row would)."""
        row = next(i for i, line in enumerate(self.lines) if line.name == name)
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.name_edit.setText(line.name)
        self.errors.clear()
        self.general.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.rename_button.setEnabled(line is not None)
        self.toggle_button.setEnabled(line is not None)
        self.toggle_button.setText(self.tr("&Activate") if line is not None and not line.active
                                   else self.tr("&Deactivate"))

    # -- actions -----------------------------------------------------------------------------------

    def add_line(self) -> None:
        """Create a line named as the name field says."""
        self._save(lambda: products.create_product_line(self.actor, self.name_edit.text()))

    def rename_line(self) -> None:
        """Give the selected line the name in the name field."""
        line = self.selected_line()
        if line is not None:
            self._save(lambda: products.update_product_line(self.actor, line.id, self.name_edit.text(), line.active))

    def toggle_active(self) -> None:
        """Deactivate the selected line, or activate it again."""
        line = self.selected_line()
        if line is not None:
            self._save(lambda: products.update_product_line(self.actor, line.id, line.name, not line.active))

    def _save(self, save) -> None:
        saved = save_form(self, save, self.errors, self.general, on_reload=self.reload)
        if saved is not None:
            self.changed = True
            self.errors.clear()
            self.general.hide()
            self.reload(select_id=saved.id)
