"""The shipments screen (发货): the list of shipments and returns of the orders the user sees, newest
first, filtered in SQL (app/views/shipments/list_parts.py), with new shipment / return for a chosen
order (ShipmentDialog), open (ShipmentViewDialog), mark shipped, mark delivered and cancel a draft;
and a "Statistics" tab (app/views/shipments/stats_panel.py), built when first shown.

Each action reads the shipment again for its version, so a stale row cannot act on a newer state:
the service refuses it and the list reloads.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from app.services import shipments
from app.services.shipment_queries import ShipmentFilter, ShipmentRow, count_shipments, shipment_page
from app.services.shipments import RETURN_STATES, SHIPPING_STATES
from app.views.context import AppContext
from app.views.dates import date_text
from app.views.dialogs.forms import confirm, open_record_form
from app.views.money import format_money
from app.views.orders.shipment_dialog import ShipmentDialog
from app.views.orders.words import shipment_state_title
from app.views.receivables import order_choice
from app.views.screens import Screen
from app.views.shipments.list_parts import (
    DELIVER_SHORTCUT,
    RETURN_SHORTCUT,
    SHIP_SHORTCUT,
    ShipmentActionBar,
    ShipmentFilterBar,
)
from app.views.shipments.shipment_view import ShipmentViewDialog
from app.views.tables.document_list import DocumentList
from app.views.tables.paged_model import CENTER, RIGHT, Column

# number, order, customer, date, carrier, tracking, state, return, freight
COLUMN_WIDTHS = [140, 140, 220, 90, 90, 130, 80, 60, 90]


class ShipmentsScreen(DocumentList, Screen):
    """The shipment list and the statistics tab; `current_dialog` is the form open from here."""

    count_documents = staticmethod(count_shipments)
    document_page = staticmethod(shipment_page)
    read_document = staticmethod(shipments.get_shipment)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.stats = None
        self._build_list(ShipmentFilterBar(context.user), COLUMN_WIDTHS)
        self.action_bar = ShipmentActionBar()
        list_page = QWidget()
        self._lay_out_list(list_page, self.action_bar)
        self.stats_page = QWidget()
        QVBoxLayout(self.stats_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_page, "")
        self.tabs.addTab(self.stats_page, "")
        self.tabs.currentChanged.connect(lambda _index: self._show_stats_if_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

        # The keys belong to the list's tab: on the statistics tab they do nothing.
        self._add_document_keys(list_page, self.new_shipment, self.open_shipment)
        for key, slot in ((RETURN_SHORTCUT, self.new_return), (SHIP_SHORTCUT, self.ship_selected),
                          (DELIVER_SHORTCUT, self.deliver_selected)):
            QShortcut(QKeySequence(key), list_page).activated.connect(slot)
        bar = self.action_bar
        bar.new_button.clicked.connect(self.new_shipment)
        bar.return_button.clicked.connect(self.new_return)
        bar.open_button.clicked.connect(self.open_shipment)
        bar.ship_button.clicked.connect(self.ship_selected)
        bar.deliver_button.clicked.connect(self.deliver_selected)
        bar.cancel_button.clicked.connect(self.cancel_selected)
        self._connect_list()
        self.retranslate_ui()
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Order"), lambda r: r.order_number),
            Column(self.tr("Customer"), lambda r: r.customer_name, tooltip=lambda r: r.customer_name),
            Column(self.tr("Date"), lambda r: date_text(r.ship_date), CENTER),
            Column(self.tr("Carrier"), lambda r: r.carrier),
            Column(self.tr("Tracking number"), lambda r: r.tracking_no),
            Column(self.tr("State"), lambda r: shipment_state_title(r.state), CENTER),
            Column(self.tr("Return"), lambda r: "↩" if r.is_return else "", CENTER),
            Column(self.tr("Freight"), lambda r: format_money(r.freight), RIGHT),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.filter_bar.retranslate_ui()
        self.action_bar.retranslate_ui()
        self.tabs.setTabText(0, self.tr("Shipments"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        if self.stats is not None:
            self.stats.retranslate_ui()
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.filter_bar.fill_salespeople()
        self.reload()
        if self.stats is not None and self.tabs.currentIndex() == 1:
            self.stats.load()

    def _show_stats_if_shown(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        if self.stats is None:
            from app.views.shipments.stats_panel import ShipmentStatsPanel

            self.stats = ShipmentStatsPanel(self.context.user)
            self.stats_page.layout().addWidget(self.stats)
        self.stats.load()

    def current_filter(self) -> ShipmentFilter:
        return self.filter_bar.shipment_filter()

    def _count_text(self, count: int) -> str:
        return self.tr("%n shipment(s)", "", count)

    def _update_buttons(self) -> None:
        self.action_bar.update_for(self.selected_shipment())

    def selected_shipment(self) -> ShipmentRow | None:
        return self.selected_document()

    def shown_numbers(self) -> list[str]:
        """The numbers listed, in order (for tests)."""
        return self.shown("number")

    # -- forms ---------------------------------------------------------------------------------

    def new_shipment(self) -> QDialog | None:
        return self._new(False)

    def new_return(self) -> QDialog | None:
        return self._new(True)

    def _new(self, is_return: bool) -> QDialog | None:
        """Ask for the order, then open the shipment (or return) form for it."""
        if self.current_dialog is not None:
            return None
        title = self.tr("Return goods of which order?") if is_return else self.tr("Ship goods of which order?")
        order = order_choice.ask_order(self, self.context.user, title,
                                       sorted(RETURN_STATES if is_return else SHIPPING_STATES))
        if order is None:
            return None
        actor = self.context.user
        return open_record_form(self, lambda: ShipmentDialog(actor, order.id, self, is_return=is_return),
                                saved=self._saved, reload=self.reload)

    def open_shipment(self) -> QDialog | None:
        row = self.selected_shipment()
        if row is None:
            return None
        return open_record_form(self, lambda: ShipmentViewDialog(self.context.user, row.id, self),
                                saved=self._saved, reload=self.reload)

    # -- states --------------------------------------------------------------------------------

    def ship_selected(self) -> bool:
        row = self.selected_shipment()
        return row is not None and row.state == "draft" and self._act(shipments.ship)

    def deliver_selected(self) -> bool:
        row = self.selected_shipment()
        return row is not None and row.state == "shipped" and self._act(shipments.deliver)

    def cancel_selected(self) -> bool:
        """After the user confirms, cancel the selected draft (its number stays used)."""
        row = self.selected_shipment()
        if row is None or row.state != "draft":
            return False
        if not confirm(self, self.tr("Cancel draft"), self.tr("Cancel {number} of order {order}? Its number stays "
                                                              "used.").format(number=row.number,
                                                                              order=row.order_number)):
            return False
        return self._act(shipments.cancel_shipment)
