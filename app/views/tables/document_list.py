"""What the document lists (quotations, orders, shipments, payments) do the same way: the filter
bar with the count beside it above a paged table of fixed column widths; Find (Ctrl+F) goes to the
search box and New (Ctrl+N) makes a document; a new filter reads the rows from the top, a reload
reads them again keeping the selected document; the action buttons follow the selection; a state
action on the selected document reads its version first and says why the service refused it.

Every visible text stays in the list's own class (`_columns`, `_count_text`), so its translations
keep that class as their context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from operator import attrgetter
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services.errors import ServiceError
from app.views.errors import show_error
from app.views.tables.paged_model import Column, PagedTableModel, on_row_opened, setup_table_view
from app.views.tables.selection import row_values, select_row_by_id, selected_row

# A reload selects the document again only in a list this short: selecting walks every row.
RESELECT_ROWS = PagedTableModel.BLOCK_SIZE * 5


class DocumentList:
    """A mixin for the QWidget of a document list (put it before the widget class).

    The list gives `count_documents(actor, flt)` and `document_page(actor, flt, offset, limit)`
    (the service's functions, as staticmethods), its `_columns()`, `_count_text(n)` and
    `current_filter()`, and may give `_update_buttons()`, and `read_document(actor, id)` for
    `_act()`. It calls `_build_list()` first, lays
    out with `_lay_out_list()`, connects with `_connect_list()` (and `_add_document_keys()`),
    then calls `apply_filter()`.
    """

    READS_WHEN_BUILT = True  # apply_filter() in __init__ has read the first page (see Screen)

    count_documents: Callable[[User, Any], int]
    document_page: Callable[[User, Any, int, int], Sequence[Any]]
    read_document: Callable[[User, int], Any]

    # -- what the list gives ---------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        """The count label's text, e.g. self.tr("%n order(s)", "", count)."""
        raise NotImplementedError

    def current_filter(self) -> Any:
        """The filter the filter bar shows."""
        raise NotImplementedError

    def _actor(self) -> User:
        """Whose documents are listed."""
        return self.context.user

    def _update_buttons(self) -> None:
        """Enable the actions the selected document allows (a list without actions has none)."""

    # -- building --------------------------------------------------------------------------------

    def _build_list(self, filter_bar: QWidget, column_widths: Sequence[int]) -> None:
        """Make `filter_bar`, `search_box`, `count_label`, `model` (empty until `apply_filter`) and
        `table`."""
        self.filter_bar = filter_bar
        self.search_box = filter_bar.search_box
        self.count_label = QLabel()
        self.model = PagedTableModel(self._columns(), lambda: 0, lambda *_: [], parent=self)
        self.table = QTableView()
        setup_table_view(self.table, self.model)
        for column, width in enumerate(column_widths):
            self.table.setColumnWidth(column, width)

    def _lay_out_list(self, page: QWidget, actions: QWidget | QLayout, table_stretch: int = 0) -> QVBoxLayout:
        """Lay out `page`: the filter bar and the count, then `actions`, then the table."""
        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        if isinstance(actions, QLayout):
            layout.addLayout(actions)
        else:
            layout.addWidget(actions)
        layout.addWidget(self.table, table_stretch)
        return layout

    def _connect_list(self) -> None:
        """A changed filter applies; Down in the search box goes to the table; the buttons follow
        the selection."""
        self.filter_bar.changed.connect(self.apply_filter)
        self.search_box.down_pressed.connect(self.table.setFocus)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

    def _add_document_keys(self, keys_widget: QWidget, new: Callable[[], object],
                           open_selected: Callable[[], object]) -> None:
        """Find and New as shortcuts of `keys_widget` (`search_shortcut`, `new_shortcut`), and
        Enter or a double-click on a row calling `open_selected`."""
        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), keys_widget)
        self.search_shortcut.activated.connect(self.search_box.setFocus)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), keys_widget)
        self.new_shortcut.activated.connect(new)
        on_row_opened(self.table, open_selected)

    # -- loading ---------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the documents matching the search and filters, from the top."""
        actor, self.flt = self._actor(), self.current_filter()
        self.model.reset(partial(self.count_documents, actor, self.flt),
                         lambda offset, limit, _sort, flt=self.flt: self.document_page(actor, flt, offset, limit))
        self.table.scrollToTop()
        self._show_count()

    def reload(self, select_id: int | None = None) -> None:
        """Read the rows again; select `select_id` (else the selected document) when it is listed."""
        selected = self.selected_document()
        self.model.reset()
        target = select_id if select_id is not None else (selected.id if selected else None)
        if target is not None and self.model.rowCount() <= RESELECT_ROWS:
            select_row_by_id(self.table, self.model, target)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        self.count_label.setText(self._count_text(self.model.rowCount()))

    def selected_document(self) -> Any | None:
        """The selected row; None when nothing is selected."""
        return selected_row(self.table, self.model)

    def shown(self, attribute: str) -> list:
        """Every listed row's `attribute`, in order (for tests)."""
        return row_values(self.model, attrgetter(attribute))

    # -- a screen's changes ------------------------------------------------------------------------

    def _saved(self, document) -> None:
        """A form saved `document`: list it selected, and tell the window records changed."""
        self.reload(select_id=document.id)
        self.records_changed.emit()

    def _act(self, action: Callable[[User, int, int], object]) -> bool:
        """Run `action(actor, id, version)` on the selected document, its version read again so a
        stale row cannot overwrite a newer state; say why when refused."""
        row = self.selected_document()
        if row is None:
            return False
        actor = self._actor()
        try:
            version = self.read_document(actor, row.id).version
            action(actor, row.id, version)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return False
        self.reload(select_id=row.id)
        self.records_changed.emit()
        return True
