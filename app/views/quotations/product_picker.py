"""The product cell's editor: type a code, a name or its pinyin and choose from the matches
(`products.search_products`, active products only). What is typed when the cell is left names the
first match; text that matches no product becomes a line described by that text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.models.user import User
from app.services.products import ProductRow, search_products
from app.views.quotations.line_model import PRODUCT, LineModel

SHOWN = 15
Index = QModelIndex | QPersistentModelIndex


def product_label(product: ProductRow) -> str:
    return f"{product.code}  {product.name}"


class ProductEditor(QLineEdit):
    """A line edit whose completer lists the products matching the text typed. While the list is
    open the completer hands Tab and Enter to the edit directly (past the delegate's event filter),
    so the edit reports them itself: `leave` with the delegate's hint."""

    leave = Signal(QAbstractItemDelegate.EndEditHint)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.matches: dict[str, ProductRow] = {}
        self.completion_model = QStringListModel(self)
        completer = QCompleter(self.completion_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textEdited.connect(self.search)

    def search(self, text: str) -> None:
        found = search_products(self.actor, text, SHOWN) if text.strip() else []
        self.matches = {product_label(product): product for product in found}
        self.completion_model.setStringList(list(self.matches))
        if found:
            self.completer().complete()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            hints = {Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                     Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
                     Qt.Key.Key_Return: QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                     Qt.Key.Key_Enter: QAbstractItemDelegate.EndEditHint.SubmitModelCache}
            hint = hints.get(Qt.Key(event.key()))
            if hint is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                          Qt.KeyboardModifier.ShiftModifier,
                                                          Qt.KeyboardModifier.KeypadModifier):
                self.completer().popup().hide()
                self.leave.emit(hint)
                return True
        return super().event(event)

    def chosen_product(self) -> ProductRow | None:
        """The product the text names: a listed match, else the first product matching it."""
        text = self.text().strip()
        if not text:
            return None
        if text in self.matches:
            return self.matches[text]
        found = search_products(self.actor, text, 1)
        return found[0] if found else None


class ProductDelegate(QStyledItemDelegate):
    """Edits the product column with a ProductEditor; the other columns as plain text."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == PRODUCT:
            editor = ProductEditor(self.actor, parent)
            editor.leave.connect(lambda hint: self._leave(editor, hint))
            return editor
        return super().createEditor(parent, option, index)

    def _leave(self, editor: ProductEditor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, ProductEditor):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ProductEditor) and isinstance(model, LineModel):
            text = editor.text().strip()
            if text == str(index.data(Qt.ItemDataRole.EditRole) or ""):
                return  # unchanged: keep the product (and the prices typed since)
            model.set_product(index.row(), editor.chosen_product(), text)
            return
        super().setModelData(editor, model, index)
