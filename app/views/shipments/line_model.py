"""The line table of the shipment dialog: one row per order line with what was ordered, shipped
and is left, and the one editable column, the quantity to ship (or, on a return, to take back).

A quantity above what is left is refused in the cell (red, the reason in the tooltip) before the
service sees it; the service's own "lines.N.quantity" messages are shown the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.shipments import ShipmentLineInput
from app.views.quotations.line_model import ERROR_BACKGROUND, Index, number_text, read_decimal
from app.views.tables.paged_model import RIGHT
from app.views.theme import INK_ON_LIGHT

PRODUCT, UNIT, ORDERED, SHIPPED, LEFT, QUANTITY = range(6)
COLUMNS = 6
ERROR_CELL = QColor("#ef9a9a")
# A plain name lupdate knows: translate("Context", "text") is read into the .ts file.
translate = QCoreApplication.translate


@dataclass
class ShipmentRowState:
    """One order line as the dialog shows it. `left` is what may still go (or come back); `quantity`
    is the text typed."""

    order_line_id: int
    product: str
    unit: str
    ordered: Decimal
    shipped: Decimal
    left: Decimal
    quantity: str

    def value(self) -> Decimal | None:
        """The typed quantity; None when it is not a number of at least 0."""
        value = read_decimal(self.quantity) if self.quantity.strip() else Decimal(0)
        return value if value is not None and value >= 0 else None


class ShipmentLineModel(QAbstractTableModel):
    """The rows of the dialog; `headers` are set (translated) by the dialog."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ShipmentRowState] = []
        self.headers: list[str] = [""] * COLUMNS
        self._errors: dict[int, str] = {}

    def set_rows(self, rows: list[ShipmentRowState]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._errors = {}
        self.endResetModel()

    def check(self) -> dict[int, str]:
        """Mark each row whose quantity is not a number or above what is left; the messages by row."""
        self._errors = {}
        for row, line in enumerate(self.rows):
            value = line.value()
            if value is None:
                self._errors[row] = translate("ShipmentLineModel", "Type a quantity of 0 or more.")
            elif value > line.left:
                self._errors[row] = translate("ShipmentLineModel", "At most {quantity}.").format(
                    quantity=number_text(line.left))
        self._changed()
        return dict(self._errors)

    def set_errors(self, messages: dict[str, str]) -> None:
        """Show the service's "lines.N.quantity" (or "lines.N.order_line") messages on their rows."""
        self._errors = {}
        for key, message in messages.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit():
                self._errors[int(parts[1])] = message
        self._changed()

    def error_at(self, row: int) -> str:
        return self._errors.get(row, "")

    def error_rows(self) -> list[int]:
        return sorted(self._errors)

    def inputs(self) -> list[ShipmentLineInput]:
        """Every row as the service takes it (rows with 0 are left out by the service; keeping them
        keeps the service's line numbers equal to the rows)."""
        return [ShipmentLineInput(line.order_line_id, line.quantity.strip().replace(",", "") or "0")
                for line in self.rows]

    def chosen_total(self) -> Decimal:
        return sum((line.value() or Decimal(0) for line in self.rows), Decimal(0))

    def _changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == QUANTITY else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {PRODUCT: line.product, UNIT: line.unit, ORDERED: number_text(line.ordered),
                    SHIPPED: number_text(line.shipped), LEFT: number_text(line.left),
                    QUANTITY: line.quantity}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (PRODUCT, UNIT):
            return RIGHT.value
        error = self._errors.get(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or (line.product if column == PRODUCT else None)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND if column != QUANTITY else ERROR_CELL
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QColor(INK_ON_LIGHT)  # readable on the light error colours in the dark theme too
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != QUANTITY:
            return False
        self.rows[index.row()].quantity = str(value).strip()
        self._errors.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        return True
