"""Choose a customer (a new opportunity, a new quotation): a search field (name, contact, phone, code,
pinyin) over the customers the user may see, and the first matches in a list below it.

With `collapse_when_picked` the list closes once the user settles on a customer (Enter in the
search field or on a match, a click on one) and a line shows who was chosen; typing again opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.models.user import User
from app.services.customer_queries import CustomerFilter, customer_page
from app.views.customers.search_box import SearchBox

SHOWN = 30
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2


class CustomerPicker(QWidget):
    """`chosen_id()` is the customer selected in the list (None when none); `chosen` fires when
    the selection changes, `picked` when the user settles on it (Enter, a click)."""

    chosen = Signal()
    picked = Signal()

    def __init__(self, actor: User, parent: QWidget | None = None, *, collapse_when_picked: bool = False):
        super().__init__(parent)
        self.actor = actor
        self.collapse_when_picked = collapse_when_picked
        self.search_box = SearchBox()
        self.results = QListWidget()
        self.results.setMinimumHeight(140)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.search_box.search_changed.connect(self.search)
        self.search_box.down_pressed.connect(self._open_results)
        self.search_box.installEventFilter(self)
        self.results.currentRowChanged.connect(lambda _row: self.chosen.emit())
        self.results.itemActivated.connect(lambda _item: self._pick())
        self.results.itemClicked.connect(lambda _item: self._pick())
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
            item.setData(SUMMARY_ROLE, " · ".join(part for part in (row.code, row.city, row.owner_name) if part))
            item.setToolTip(" · ".join(part for part in (row.code, row.region, row.city, row.contact_name) if part))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self._open_results(focus=False)
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

    def results_open(self) -> bool:
        """True while the list of matches shows (always, unless `collapse_when_picked`)."""
        return not self.results.isHidden()

    def _open_results(self, focus: bool = True) -> None:
        self.summary.hide()
        self.results.show()
        if focus:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        if self.collapse_when_picked:
            self.summary.setText(f"✓ {item.data(NAME_ROLE)}    {item.data(SUMMARY_ROLE)}")
            self.summary.setToolTip(item.toolTip())
            self.results.hide()
            self.summary.show()
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search field runs the search at once (SearchBox), then picks its first match.
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search_box.keyPressEvent(event)
            self._pick()
            return True
        return super().eventFilter(watched, event)
