"""The pool list: unowned customers with the customer list's search box and filter bar, paged and
sorted in SQL, several rows selectable for claiming or assigning at once.

The search box and filter bar are the customer list's own widgets; the owner filter is hidden
(everything here is unowned) and the filter they describe is narrowed to the pool
(`CustomerFilter(pool=True)`), which salespeople may browse although they see only their own
customers elsewhere.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.user import User
from app.services.customer_queries import CustomerFilter, CustomerRow, count_customers
from app.services.pool_choices import pool_filter_choices
from app.views.customers import customer_table
from app.views.customers.filter_bar import CustomerFilterBar
from app.views.customers.search_box import SearchBox
from app.views.customers.words import interest_title, source_title
from app.views.dates import date_text
from app.views.tables.paged_model import CENTER, Column, Sort
from app.views.tables.selection import selected_row_numbers

DEFAULT_SORT = Sort("created_at", descending=True)  # the newest leads first
# code, name, industry, region, city, interest, source, contact, phone, last follow-up, created
COLUMN_WIDTHS = [84, 220, 80, 60, 60, 52, 70, 70, 110, 90]


class PoolList(QWidget):
    """Search box, filter bar and the table of pool customers; `selection_changed` fires when the
    selected rows change, `count_changed` after the list was counted again."""

    selection_changed = Signal()
    count_changed = Signal(int)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(280)
        self.filter_bar = CustomerFilterBar(actor)
        self.filter_bar.owner_combo.setVisible(False)  # pool customers have no owner
        self.count_label = QLabel()
        self.flt = CustomerFilter(pool=True)
        self.model, self.table = customer_table.customer_table(self._columns(), DEFAULT_SORT, COLUMN_WIDTHS, self)

        self.top_bar = QHBoxLayout()  # the screen adds its buttons here
        self.top_bar.addWidget(self.search_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)

        self.search_box.search_changed.connect(lambda _text: self.apply_filter())
        self.search_box.down_pressed.connect(self.focus_table)
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.code, sort_key="code"),
            Column(self.tr("Name"), lambda r: r.name, sort_key="name", tooltip=lambda r: r.name),
            Column(self.tr("Industry"), lambda r: r.industry, sort_key="industry"),
            Column(self.tr("Region"), lambda r: r.region, sort_key="region"),
            Column(self.tr("City"), lambda r: r.city, sort_key="city"),
            Column(self.tr("Interest"), lambda r: interest_title(r.interest), CENTER, "interest"),
            Column(self.tr("Source"), lambda r: source_title(r.source), sort_key="source"),
            Column(self.tr("Contact"), lambda r: r.contact_name),
            Column(self.tr("Phone"), lambda r: r.contact_phone),
            Column(self.tr("Last follow-up"), lambda r: date_text(r.last_follow_up_at), sort_key="last_follow_up_at"),
            Column(self.tr("Created"), lambda r: date_text(r.created_at), sort_key="created_at"),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.search_box.setPlaceholderText(self.tr("Name, contact, phone, e-mail, code or pinyin"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Esc clears"))
        self.filter_bar.retranslate_ui()
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refill_choices(self) -> None:
        """Reload the industries and regions the pool has (keeping the chosen ones)."""
        choices = pool_filter_choices(self.actor)
        self.filter_bar.set_choices([], choices.get("industry", []), choices.get("region", []))

    def current_filter(self) -> CustomerFilter:
        """What the search box and the filter bar describe, within the pool."""
        flt = self.filter_bar.customer_filter(self.search_box.text().strip())
        return dataclasses.replace(flt, owner_id=None, pool=True)

    def apply_filter(self) -> None:
        """Show the pool customers matching the search and filters, from the top."""
        self.flt = self.current_filter()
        self.model.reset(partial(count_customers, self.actor, self.flt),
                         customer_table.customer_rows(self.actor, self.flt, DEFAULT_SORT))
        self.table.scrollToTop()
        self._show_count()

    def reload(self) -> None:
        """Count and read the rows again (after claims or assignments), staying where the user was."""
        scroll = self.table.verticalScrollBar().value()
        self.model.reset()
        self.table.verticalScrollBar().setValue(scroll)
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("{count} in the pool").format(count=f"{count:,}"))
        self.count_changed.emit(count)

    # -- selection -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected row numbers in order (at most 1,000)."""
        return selected_row_numbers(self.table)

    def selected_customers(self) -> list[CustomerRow]:
        """The selected customers in the order shown (at most 1,000)."""
        return customer_table.selected_customers(self.table, self.model)

    def shown_names(self) -> list[str]:
        """The names in the list in the order shown (every row: for tests and small lists)."""
        return customer_table.shown_names(self.model)

    @property
    def pending(self) -> bool:
        """True while typed search text or filter values wait for their pause."""
        return self.search_box.pending or self.filter_bar.pending

    def focus_table(self) -> None:
        """On to the rows (Down in the search box): the first one is selected if none is."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
