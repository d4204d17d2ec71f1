"""Choose a customer for a new opportunity: a search field (name, contact, phone, code, pinyin)
over the customers the user may see, and the first matches in a list below it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.models.user import User
from app.services.customer_queries import CustomerFilter, customer_page
from app.views.customers.search_box import SearchBox

SHOWN = 30
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerPicker(QWidget):
    """`chosen_id()` is the customer selected in the list (None when none); `chosen` fires when
    the selection changes."""

    chosen = Signal()

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.search_box = SearchBox()
        self.results = QListWidget()
        self.results.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results)
        self.search_box.search_changed.connect(self.search)
        self.search_box.down_pressed.connect(lambda: self.results.setFocus(Qt.FocusReason.OtherFocusReason))
        self.results.currentRowChanged.connect(lambda _row: self.chosen.emit())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search a customer: name, contact, phone, code or pinyin"))

    def search(self, text: str = "") -> None:
        """List the first customers matching `text` (the newest when empty); the first is selected."""
        text = text.strip()
        # Without a search the newest come first (code order, indexed); with one, by name.
        sort, descending = ("name", False) if text else ("code", True)
        rows = customer_page(self.actor, CustomerFilter(search=text), 0, SHOWN, sort=sort, descending=descending)
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}    {row.code}" + (f" · {row.owner_name}" if row.owner_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(NAME_ROLE, row.name)
            item.setToolTip(" · ".join(part for part in (row.code, row.region, row.city, row.contact_name) if part))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.chosen.emit()

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen_name(self) -> str:
        item = self.results.currentItem()
        return item.data(NAME_ROLE) if item is not None else ""

    @property
    def pending(self) -> bool:
        return self.search_box.pending
