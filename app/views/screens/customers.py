"""The customer list (客户): search as you type, filters, sort by any column, and the actions on
customers (new, open, merge, release to the pool, import, export).

The list may hold 100,000 customers: `PagedTableModel` counts them with `count_customers` and reads
200 rows at a time with `customer_page` when the view scrolls to them; search, filters and sort
all happen in SQL. Those are short indexed queries (tens of milliseconds at most), so they run on
the UI thread; the slow work (import, export) belongs to its own dialog or action.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.customer_owners import visible_owners
from app.services.customer_queries import CustomerFilter, CustomerRow, count_customers, filter_choices
from app.services.errors import ServiceError
from app.services.permissions import can
from app.views.context import AppContext
from app.views.customers import customer_table
from app.views.customers.filter_bar import CustomerFilterBar
from app.views.customers.search_box import SearchBox
from app.views.customers.words import interest_title, source_title
from app.views.dates import date_text
from app.views.screens import Screen
from app.views.tables.paged_model import CENTER, Column, PagedTableModel, Sort, on_row_opened
from app.views.tables.selection import selected_row_numbers

DEFAULT_SORT = Sort("code", descending=True)  # newest first: codes are drawn in order
# code, name, owner, industry, region, city, interest, source, contact, phone, last follow-up, created
COLUMN_WIDTHS = [76, 190, 64, 72, 50, 50, 48, 60, 64, 112, 88]


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """dialogs.forms.confirm, imported when first asked rather than with the list (tests replace
    this name)."""
    from app.views.dialogs.forms import confirm as ask

    return ask(parent, title, text)


class CustomersScreen(Screen):
    """The customers the user may see; `current_dialog` is the form or merge dialog while open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        actor = context.user
        self.current_dialog: QDialog | None = None
        self.search_box = SearchBox()
        self.search_box.setMinimumWidth(300)
        self.filter_bar = CustomerFilterBar(actor)
        self.count_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setStyleSheet("color: palette(mid);")

        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.merge_button = QPushButton()
        self.release_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        for button in (self.new_button, self.open_button, self.merge_button, self.release_button,
                       self.import_button, self.export_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.note_label)
        top.addWidget(self.count_label)

        self.flt = CustomerFilter()
        self.loaded = False  # the first refresh() reads the rows
        # Several rows selectable: two may be chosen for a merge.
        self.model, self.table = customer_table.customer_table(self._columns(), DEFAULT_SORT, COLUMN_WIDTHS, self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        # Only now that they have a parent: setVisible(True) on a parentless button opens a window.
        self.merge_button.setVisible(can(actor, "customers.merge"))
        self.release_button.setVisible(can(actor, "customers.edit"))
        self.import_button.setVisible(can(actor, "customers.import"))
        self.export_button.setVisible(can(actor, "customers.export"))

        self.search_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.search_shortcut.activated.connect(self.focus_search)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.activated.connect(self.new_customer)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.setEnabled(can(actor, "customers.export"))
        self.export_shortcut.activated.connect(self.export_list)
        self.new_button.clicked.connect(self.new_customer)
        self.open_button.clicked.connect(self.open_customer)
        self.merge_button.clicked.connect(self.merge_selected)
        self.import_button.clicked.connect(self.import_customers)
        self.export_button.clicked.connect(self.export_list)
        self.release_button.clicked.connect(self.release_selected)
        # Right-click menu of the list: the actions on the selected customers.
        self.release_action = QAction(self)
        self.release_action.triggered.connect(self.release_selected)
        if can(actor, "customers.edit"):
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.table.addAction(self.release_action)
        on_row_opened(self.table, self.open_customer)
        self.search_box.search_changed.connect(lambda _text: self.apply_filter())
        self.search_box.down_pressed.connect(self.focus_list)
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.code, sort_key="code"),
            Column(self.tr("Name"), lambda r: r.name, sort_key="name", tooltip=lambda r: r.name),
            Column(self.tr("Owner"), lambda r: r.owner_name or self.tr("(pool)"), sort_key="owner"),
            Column(self.tr("Industry"), lambda r: r.industry, sort_key="industry"),
            Column(self.tr("Region"), lambda r: r.region, sort_key="region"),
            Column(self.tr("City"), lambda r: r.city, sort_key="city"),
            Column(self.tr("Interest"), lambda r: interest_title(r.interest), CENTER, "interest"),
            Column(self.tr("Source"), lambda r: source_title(r.source), sort_key="source"),
            Column(self.tr("Contact"), lambda r: r.contact_name),
            Column(self.tr("Phone"), lambda r: r.contact_phone, tooltip=lambda r: r.contact_phone),
            Column(self.tr("Last follow-up"), lambda r: date_text(r.last_follow_up_at), sort_key="last_follow_up_at"),
            Column(self.tr("Created"), lambda r: date_text(r.created_at), sort_key="created_at"),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.search_box.setPlaceholderText(self.tr("Name, contact, phone, e-mail, code or pinyin"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Esc clears"))
        self.new_button.setText(self.tr("New customer"))
        self.new_button.setToolTip(self.tr("Create a customer (Ctrl+N)"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected customer (Enter or double-click)"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Merge two selected customers into one"))
        self.release_button.setText(self.tr("Release to pool"))
        self.release_button.setToolTip(self.tr("Give the selected customers back to the public pool"))
        self.release_action.setText(self.tr("Release to pool"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import customers and contacts from an Excel file"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the customers shown to Excel (Ctrl+E)"))
        self.filter_bar.retranslate_ui()
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices (keeping the chosen ones) and the rows, keeping the selection."""
        self._refill_choices()
        if self.loaded:
            self.reload()
        else:
            self.loaded = True
            self.apply_filter()

    def _refill_choices(self) -> None:
        actor = self.context.user
        choices = filter_choices(actor)
        owners = visible_owners(actor) if actor.role != "sales" else []
        self.filter_bar.set_choices(owners, choices.get("industry", []), choices.get("region", []))

    def current_filter(self) -> CustomerFilter:
        """What the search box and the filter bar describe."""
        return self.filter_bar.customer_filter(self.search_box.text().strip())

    def apply_filter(self) -> None:
        """Show the customers matching the search and filters, from the top."""
        actor = self.context.user
        self.flt = self.current_filter()
        self.model.reset(partial(count_customers, actor, self.flt),
                         customer_table.customer_rows(actor, self.flt, DEFAULT_SORT))
        self.table.scrollToTop()
        self._show_count()

    def reload(self, select_id: int | None = None) -> None:
        """Count and read the rows again with the same filter and sort (after a save or merge),
        staying where the user was; select `select_id` (else the previously selected customer)
        when it is near."""
        selected = self.selected_ids()
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.model.reset()
        self.table.verticalScrollBar().setValue(scroll)
        target = select_id if select_id is not None else (selected[0] if selected else None)
        if target is not None:
            self.select_customer(target, near=max(row, 0))
        self._show_count()

    def select_customer(self, customer_id: int, near: int = 0) -> bool:
        """Select the customer if it is among the first rows or those around row `near`.

        Only those blocks are searched: looking through a 100,000-row list would read all of it.
        """
        block = PagedTableModel.BLOCK_SIZE
        candidates = list(range(min(block, self.model.rowCount())))
        candidates += range(max(block, near - block), min(near + block, self.model.rowCount()))
        for row in candidates:
            customer = self.model.row_at(row)
            if customer is not None and customer.id == customer_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _show_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("1 customer") if count == 1 else self.tr("{count} customers").format(count=f"{count:,}")
        self.count_label.setText(text)

    # -- selection -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected row numbers in order (at most 1,000: enough for every action here)."""
        return selected_row_numbers(self.table)

    def selected_ids(self) -> list[int]:
        return [row.id for row in customer_table.selected_customers(self.table, self.model)]

    def current_customer(self) -> CustomerRow | None:
        """The customer the cursor is on (else the first selected)."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.row_at(index.row())
        rows = self.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def shown_names(self) -> list[str]:
        """The names in the list in the order shown (every row: for tests and small lists)."""
        return customer_table.shown_names(self.model)

    def _update_buttons(self) -> None:
        count = len(self.selected_rows())
        self.open_button.setEnabled(count >= 1 or self.table.currentIndex().isValid())
        self.merge_button.setEnabled(count == 2)
        self.release_button.setEnabled(count >= 1)
        self.release_action.setEnabled(count >= 1)

    # -- actions -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_list(self) -> None:
        """Put the keyboard in the list, on the first row when none is current."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, dialog: QDialog) -> None:
        """Show `dialog` window-modal without blocking; reload when it was accepted."""
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.records_changed.emit()
                self._refill_choices()
                self.reload(select_id=getattr(dialog, "saved_customer_id", None))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_customer(self) -> None:
        """Open an empty customer form."""
        from app.views.dialogs.customer_dialog import CustomerDialog

        if self.current_dialog is None:
            self._open(CustomerDialog(self.context.user, None, self))

    def open_customer(self) -> None:
        """Open the form of the current customer."""
        from app.views.dialogs.customer_dialog import CustomerDialog
        from app.views.errors import show_error

        customer = self.current_customer()
        if customer is None or self.current_dialog is not None:
            return
        try:
            dialog = CustomerDialog(self.context.user, customer.id, self)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return
        self._open(dialog)

    def merge_selected(self) -> None:
        """Open the merge dialog for the two selected customers (managers)."""
        from app.views.dialogs.merge_dialog import MergeDialog
        from app.views.errors import show_error

        ids = self.selected_ids()
        if len(ids) != 2 or self.current_dialog is not None or not can(self.context.user, "customers.merge"):
            return
        try:
            dialog = MergeDialog(self.context.user, ids[0], ids[1], self)
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return
        self._open(dialog)

    def release_selected(self) -> None:
        """Give the selected customers back to the public pool, once the user confirms: sales
        staff their own, supervisors and managers any they see (services.pool.release)."""
        actor = self.context.user
        if self.current_dialog is not None or not can(actor, "customers.edit"):
            return
        owned = [c for c in customer_table.selected_customers(self.table, self.model) if c.owner_name]
        if not owned:
            if self.selected_rows():
                self.note_label.setText(self.tr("The selected customers are already in the pool."))
                self.note_label.setToolTip("")
            return
        if len(owned) == 1:
            question = self.tr("Release {name} to the public pool? Anyone may then claim it.").format(
                name=owned[0].name)
        else:
            names = "、".join(c.name for c in owned[:5]) + ("…" if len(owned) > 5 else "")
            question = self.tr("Release {count} customers to the public pool? Anyone may then claim them.\n"
                               "{names}").format(count=len(owned), names=names)
        # Imported when used: the pool service stays off the list's first paint.
        from app.services import pool
        from app.views.errors import show_error

        if not confirm(self, self.tr("Release to pool"), question):
            return
        try:
            released = pool.release(actor, [c.id for c in owned])
        except ServiceError as exc:
            show_error(self, exc)
            self.reload()
            return
        self.note_label.setText(self.tr("Released {count} to the pool").format(count=len(released)))
        self.note_label.setToolTip("")
        if released:
            self.records_changed.emit()
        self.reload()

    def import_customers(self) -> None:
        """Open the Excel import dialog (managers and administrators)."""
        if self.current_dialog is not None or not can(self.context.user, "customers.import"):
            return
        from app.views.dialogs.customer_import_dialog import CustomerImportDialog

        self._open(CustomerImportDialog(self.context.user, self))

    def export_list(self) -> None:
        """Export the customers matching the current search and filters to an Excel file."""
        if not can(self.context.user, "customers.export"):
            return
        from app.views.customer_export_action import export_customer_list

        path = export_customer_list(self, self.context.user, self.current_filter())
        if path is not None:
            self.note_label.setText(self.tr("Exported to {path}").format(path=path.name))
            self.note_label.setToolTip(str(path))
