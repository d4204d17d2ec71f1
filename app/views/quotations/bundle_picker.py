"""Choose a bundle (产品组合) to insert into a quotation: a search field over the bundles' names
(characters, full pinyin or initials), the matches below it and the products of the one selected.
Enter, a double click or "Insert" accepts; `chosen_id()` is then the bundle to insert."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services.errors import ServiceError
from app.services.pinyin_keys import pinyin_keys
from app.services.products import bundle_items, list_bundles
from app.views.quotations.line_model import number_text

KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEWED = 8  # products listed under the bundles; the rest are counted


def bundle_matches(text: str, name: str, keys: tuple[str, str]) -> bool:
    """True when `text` is found in the name or its full pinyin, or starts its initials (any case,
    spaces ignored); every bundle matches an empty text."""
    term = text.replace(" ", "").lower()
    full, initials = keys
    return not term or term in name.replace(" ", "").lower() or term in full or initials.startswith(term)


class BundlePicker(QDialog):
    """The bundles `actor` may insert, filtered as the search field is typed in (there are a few
    dozen at most, so they are read once and filtered here)."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.bundle_list = QListWidget()
        self.contents_label = QLabel()
        self.contents_label.setWordWrap(True)
        self.contents_label.setStyleSheet("color: gray;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.bundle_list, 1)
        layout.addWidget(self.contents_label)
        layout.addWidget(self.buttons)
        for bundle in list_bundles(actor):
            item = QListWidgetItem(bundle.name)
            item.setData(Qt.ItemDataRole.UserRole, bundle.id)
            item.setData(KEYS_ROLE, pinyin_keys(bundle.name))
            self.bundle_list.addItem(item)
        self.search_edit.textChanged.connect(self.filter)
        self.search_edit.installEventFilter(self)
        self.bundle_list.currentItemChanged.connect(lambda *_items: self._show_contents())
        self.bundle_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.retranslate_ui()
        self.filter("")
        self.resize(420, 380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Insert bundle"))
        self.search_edit.setPlaceholderText(self.tr("Search a bundle: name or pinyin"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insert"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_contents()

    def filter(self, text: str) -> None:
        """Show the bundles matching `text`; the first shown is selected."""
        first = None
        for index in range(self.bundle_list.count()):
            item = self.bundle_list.item(index)
            hidden = not bundle_matches(text, item.text(), item.data(KEYS_ROLE))
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.bundle_list.setCurrentItem(first)
        self._show_contents()

    def chosen_id(self) -> int | None:
        """The bundle selected (None when no bundle matches the search)."""
        item = self.bundle_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def accept(self) -> None:
        if self.chosen_id() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the bundles, as in a completer.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        shown = [self.bundle_list.item(i) for i in range(self.bundle_list.count())
                 if not self.bundle_list.item(i).isHidden()]
        if not shown:
            return
        current = self.bundle_list.currentItem()
        position = shown.index(current) + delta if current in shown else 0
        self.bundle_list.setCurrentItem(shown[max(0, min(position, len(shown) - 1))])

    def _show_contents(self) -> None:
        bundle_id = self.chosen_id()
        if bundle_id is None:
            self.contents_label.setText(self.tr("No bundle matches.") if self.bundle_list.count()
                                        else self.tr("There are no bundles yet."))
            return
        try:
            items = bundle_items(self.actor, bundle_id)
        except ServiceError:
            items = []
        parts = [self.tr("{name} × {quantity}").format(name=item.name, quantity=number_text(item.quantity))
                 for item in items[:PREVIEWED]]
        if len(items) > PREVIEWED:
            parts.append(self.tr("and {count} more").format(count=len(items) - PREVIEWED))
        self.contents_label.setText("; ".join(parts) if parts else self.tr("This bundle has no products."))
