"""The quotation editor's line grid: a small editable table model over the lines being typed, and
the table view that moves through it from the keyboard.

Each line keeps the texts as typed; `amounts(row)` prices a line with `quote_math.line_amounts`,
the function the service stores with, so the totals shown are the totals saved. A line whose
numbers cannot be read yet has no amounts (its cells stay empty) until it is corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.products import BundleItemRow, ProductRow
from app.services.quotations import LineInput
from app.services.quote_math import LineAmounts, Totals, line_amounts, totals
from app.views.money import format_money
from app.views.tables.paged_model import RIGHT
from app.views.theme import INK_ON_LIGHT

if TYPE_CHECKING:
    from app.models.quotation import QuotationLine

PRODUCT, QUANTITY, UNIT_PRICE, DISCOUNT, TAX_RATE, NET, TAX = range(7)
EDITABLE_COLUMNS = (PRODUCT, QUANTITY, UNIT_PRICE, DISCOUNT, TAX_RATE)
FIELD_COLUMNS = {"product": PRODUCT, "description": PRODUCT, "unit": PRODUCT, "quantity": QUANTITY,
                 "unit_price": UNIT_PRICE, "discount": DISCOUNT, "tax_rate": TAX_RATE}
ERROR_BACKGROUND = QColor("#ffebee")
Index = QModelIndex | QPersistentModelIndex


def read_decimal(text: str) -> Decimal | None:
    """The number typed in a cell ("1,200.5" -> 1200.5); None when it is not one."""
    try:
        value = Decimal(text.replace(",", "").replace("%", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def number_text(value: Decimal) -> str:
    """A stored number without trailing zeros: 3.000 -> "3", 12.50 -> "12.5"."""
    text = f"{value.normalize():f}"
    return text


@dataclass
class EditorLine:
    """One line as typed. `product_text` is what the product cell shows."""

    product_id: int | None = None
    product_text: str = ""
    description: str = ""
    unit: str = ""
    quantity: str = "1"
    unit_price: str = ""
    discount: str = "0"
    tax_rate: str = ""

    def set_product(self, product: ProductRow) -> None:
        """Take the product's name, unit, list price and tax rate."""
        self._take_product(product.id, product.code, product.name, product.unit, product.list_price,
                           product.tax_rate)

    @classmethod
    def from_bundle_item(cls, item: BundleItemRow) -> EditorLine:
        """A line for one product of a bundle: the bundle's quantity, and the name, unit, list price
        and tax rate the product cell gives when the product is typed (`set_product`)."""
        line = cls(quantity=number_text(item.quantity))
        line._take_product(item.product_id, item.code, item.name, item.unit, item.list_price, item.tax_rate)
        return line

    @classmethod
    def from_stored(cls, line: QuotationLine) -> EditorLine:
        """A saved line as the editor shows it: the product's code before its description."""
        code = line.product.code if line.product_id is not None else ""
        return cls(line.product_id, f"{code}  {line.description}" if code else line.description, line.description,
                   line.unit, number_text(line.quantity), f"{line.unit_price:f}", number_text(line.discount),
                   number_text(line.tax_rate))

    def _take_product(self, product_id: int, code: str, name: str, unit: str, list_price: Decimal,
                      tax_rate: Decimal) -> None:
        self.product_id = product_id
        self.product_text = f"{code}  {name}"
        self.description = name
        self.unit = unit
        self.unit_price = f"{list_price:f}"
        self.tax_rate = number_text(tax_rate)

    def is_blank(self) -> bool:
        """True for a line nothing was typed on yet (no product, no description)."""
        return self.product_id is None and not self.product_text.strip() and not self.description.strip()

    def amounts(self) -> LineAmounts | None:
        values = [read_decimal(text) for text in (self.quantity, self.unit_price, self.discount, self.tax_rate or "0")]
        if any(value is None for value in values):
            return None
        quantity, price, discount, rate = values
        if quantity <= 0 or price < 0 or not 0 <= discount <= 100 or not 0 <= rate <= 100:
            return None
        return line_amounts(quantity, price, discount, rate)

    def to_input(self) -> LineInput:
        return LineInput(product_id=self.product_id, description=self.description, quantity=self.quantity.strip(),
                         unit=self.unit, unit_price=self.unit_price.strip().replace(",", "") or None,
                         discount=self.discount.strip() or "0", tax_rate=self.tax_rate.strip() or None)


class LineModel(QAbstractTableModel):
    """The lines of the editor; `headers` are set (translated) by the dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines: list[EditorLine] = []
        self.headers: list[str] = [""] * 7
        self.read_only = False
        self._errors: dict[tuple[int, int], str] = {}

    # -- what the dialog calls -----------------------------------------------------------------

    def set_lines(self, lines: list[EditorLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self._errors.clear()
        self.endResetModel()

    def add_line(self, row: int | None = None) -> int:
        """A new empty line at `row` (default: the end); returns its row."""
        row = len(self.lines) if row is None else max(0, min(row, len(self.lines)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, EditorLine())
        self.endInsertRows()
        self._errors.clear()
        return row

    def insert_lines(self, row: int, lines: list[EditorLine]) -> int:
        """Insert `lines` at `row` (clamped to the table) in one step, so the totals are recomputed
        once; an empty line at `row` is replaced by them. Returns the row of the first one."""
        row = max(0, min(row, len(self.lines)))
        if not lines:
            return row
        if row < len(self.lines) and self.lines[row].is_blank():
            self.remove_line(row)
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self.lines[row:row] = lines
        self.endInsertRows()
        self._errors.clear()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self._errors.clear()

    def set_product(self, row: int, product: ProductRow | None, text: str = "") -> None:
        """Put `product` on line `row` (or, without one, a line described by `text`)."""
        line = self.lines[row]
        if product is not None:
            line.set_product(product)
        else:
            line.product_id, line.product_text, line.description, line.unit = None, text, text, ""
        self._changed(row)

    def set_errors(self, messages: dict[str, str]) -> None:
        """Show the service's "lines.N.field" messages on their cells (tooltip, red background)."""
        self._errors.clear()
        for key, message in messages.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit():
                self._errors[(int(parts[1]), FIELD_COLUMNS.get(parts[2], PRODUCT))] = message
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, TAX))

    def error_at(self, row: int, column: int) -> str:
        return self._errors.get((row, column), "")

    def error_rows(self) -> list[int]:
        return sorted({row for row, _column in self._errors})

    def inputs(self) -> list[LineInput]:
        return [line.to_input() for line in self.lines]

    def totals(self) -> Totals:
        """The totals of the lines that can be priced (all of them once the lines are valid)."""
        return totals(amounts for amounts in (line.amounts() for line in self.lines) if amounts is not None)

    def _changed(self, row: int) -> None:
        self._errors = {key: text for key, text in self._errors.items() if key[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, TAX))

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in EDITABLE_COLUMNS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PRODUCT:
                return line.product_text or line.description
            if column in (NET, TAX):
                amounts = line.amounts()
                if amounts is None:
                    return ""
                return format_money(amounts.net if column == NET else amounts.tax, "")
            return {QUANTITY: line.quantity, UNIT_PRICE: line.unit_price, DISCOUNT: line.discount,
                    TAX_RATE: line.tax_rate}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PRODUCT:
            return RIGHT.value
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or (line.description if column == PRODUCT and line.description else None)
        marked = error or any(r == index.row() for r, _c in self._errors)
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QColor("#ef9a9a") if error else ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QColor(INK_ON_LIGHT)  # readable on the light error colours in the dark theme too
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE_COLUMNS:
            return False
        line, text = self.lines[index.row()], str(value).strip()
        column = index.column()
        if column == PRODUCT:
            self.set_product(index.row(), None, text)
            return True
        attribute = {QUANTITY: "quantity", UNIT_PRICE: "unit_price", DISCOUNT: "discount", TAX_RATE: "tax_rate"}[column]
        setattr(line, attribute, text)
        self._changed(index.row())
        return True


class LineGrid(QTableView):
    """The line table: typing starts editing, Tab goes on to the next editable cell (from the tax
    rate to the next line's product), Insert or Ctrl+Enter adds a line, Delete removes one."""

    def __init__(self, model: LineModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.line_model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        for sequence in ("Ins", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_line)

    def add_line(self) -> None:
        """Add a line after the current one and start typing its product."""
        if self.line_model.read_only:
            return
        current = self.currentIndex()
        row = self.line_model.add_line(current.row() + 1 if current.isValid() else None)
        index = self.line_model.index(row, PRODUCT)
        self.setCurrentIndex(index)
        self.edit(index)

    def remove_current_line(self) -> None:
        current = self.currentIndex()
        if current.isValid() and not self.line_model.read_only:
            self.line_model.remove_line(current.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.remove_current_line()
            event.accept()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        last_editable = EDITABLE_COLUMNS[-1]
        if current.isValid() and action == QAbstractItemView.CursorAction.MoveNext \
                and current.column() >= last_editable:
            if current.row() + 1 < self.line_model.rowCount():
                return self.line_model.index(current.row() + 1, PRODUCT)
            return current
        if current.isValid() and action == QAbstractItemView.CursorAction.MovePrevious \
                and current.column() == PRODUCT and current.row() > 0:
            return self.line_model.index(current.row() - 1, last_editable)
        return super().moveCursor(action, modifiers)
