"""A sale from quotation to closed order, as a salesperson lives it in the window.

sales1 has sent 上海甲科技有限公司 (a lead) a quotation of 10 controllers and 250.5 m of cable. The
customer accepts it; sales1 converts it to an order, confirms it, ships 4 controllers, then the
rest, records a first payment and then the balance, and closes the order. Every step is done with
the buttons, cells and keys a user has; after each one the window and the database say the same.

The figures (DOMAIN.md: line amounts rounded half-up, totals the sums of rounded lines):
  controllers 10 × 1,288.50 = 12,885.00 + 13 % tax 1,675.05  = 14,560.05
  cable      250.5 × 3.33   =    834.17 + 13 % tax   108.44  =    942.61
  order total                                                  15,502.66
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.customer import Customer
from app.models.order import Order, OrderLine, Payment, Shipment
from app.models.product import Product
from app.models.quotation import Quotation
from app.models.user import User
from app.services import quotations
from app.services.quotations import LineInput, QuotationInput
from app.views.orders.order_view import OrderView
from app.views.orders.payment_dialog import PaymentDialog
from app.views.orders.shipment_dialog import ShipmentDialog
from app.views.shipments.line_model import QUANTITY
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import press, replace_text, type_text
from tests.gui.order_helpers import edit_quantity
from tests.gui.test_orders_screen import activate, click
from tests.gui.test_quotation_screens import make_products

SAVE = QDialogButtonBox.StandardButton.Save
TOTAL = Decimal("15502.66")


@pytest.fixture
def people(demo_db) -> dict[str, User]:
    """The demo accounts by user name, with the controller and the cable on sale."""
    make_products()
    return staff()


def sent_quotation(seller: User, customer_id: int) -> Quotation:
    """The starting point, made through the services: two lines, marked sent to the customer."""
    controller = Product.get(Product.code == "KZQ-01")
    cable = Product.get(Product.code == "DL-02")
    quotation = quotations.create_quotation(seller, QuotationInput(customer_id, dt.date.today(), lines=[
        LineInput(controller.id, quantity="10"), LineInput(cable.id, quantity="250.5")]))
    return quotations.mark_sent(seller, quotation.id, quotation.version)


def click_row(qtbot, table, row: int) -> None:
    """Click the row's first cell, as a user picks a row in a list."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def open_order_window(qtbot, window, number: str) -> OrderView:
    """On the orders screen, click the order's row and press Enter: its window opens."""
    screen = window.open_screen("orders")
    click_row(qtbot, screen.table, screen.shown_numbers().index(number))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    view = screen.current_dialog
    assert isinstance(view, OrderView)
    activate(qtbot, view)
    return view


def close_window(qtbot, view: OrderView, window) -> None:
    """Press "Close window"; once the order window is gone the main window is the active one again
    (the offscreen platform does not do that by itself)."""
    qtbot.mouseClick(view.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.isVisible())
    activate(qtbot, window)


def mark_shipped(qtbot, window, number: str) -> None:
    """On the shipments screen, pick the shipment and press "Mark shipped"."""
    screen = window.open_screen("shipments")
    click_row(qtbot, screen.table, screen.shown_numbers().index(number))
    assert screen.selected_shipment().state == "draft"
    click(qtbot, screen.action_bar.ship_button)
    assert screen.selected_shipment().state == "shipped"
    assert Shipment.get(Shipment.number == number).state == "shipped"


def shown(view: OrderView) -> tuple[str, str, str, str]:
    """What the window's header says: state, total, paid, balance."""
    number, state = view.title_label.text().split(maxsplit=1)
    assert number == view.detail.order.number
    return (state, *(label.text() for label in view.money))


def stored(order_id: int) -> tuple[str, Decimal, Decimal]:
    """The order as the database has it: state, total, paid."""
    order = Order.get_by_id(order_id)
    return order.state, order.total, order.paid_total


def lines_shown(view: OrderView) -> list[tuple[str, str, str]]:
    """The Lines tab: ordered, shipped and remaining quantity of each line."""
    table = view.tabs.lines_table
    return list(zip(table.shown(2), table.shown(3), table.shown(4), strict=True))


def test_a_sent_quotation_is_accepted_converted_shipped_in_two_parts_paid_in_two_and_closed(
        qtbot, login_as, people, monkeypatch):
    sales1 = people["sales1"]
    customer_id = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    assert Customer.get_by_id(customer_id).is_lead
    quotation = sent_quotation(sales1, customer_id)
    assert quotation.total == TOTAL
    # "Record that the customer accepted …?" is a modal question: the user answers yes.
    questions: list[str] = []
    monkeypatch.setattr("app.views.screens.quotations.confirm",
                        lambda _parent, title, text: questions.append(f"{title}: {text}") or True)

    # -- The customer accepts the quotation ------------------------------------------------------
    window = login_as("sales1")
    quotes = window.open_screen("quotations")
    click_row(qtbot, quotes.table, quotes.shown_numbers().index(quotation.number))
    assert quotes.selected_quotation().state == "sent" and not quotes.convert_button.isEnabled()
    click(qtbot, quotes.accepted_button)
    assert questions == [f"Customer accepted: Record that the customer accepted {quotation.number} "
                         f"(上海甲科技有限公司, ¥15,502.66)?"]
    assert quotes.selected_quotation().state == "accepted"
    assert Quotation.get_by_id(quotation.id).state == "accepted"

    # -- Convert to order: the order window opens on a draft with the quoted amounts -------------
    click(qtbot, quotes.convert_button)
    view = quotes.current_dialog
    assert isinstance(view, OrderView)
    activate(qtbot, view)
    order = Order.get(Order.quotation == quotation.id)
    assert view.order_id == order.id
    assert shown(view) == ("Draft", "¥15,502.66", "¥0.00", "¥15,502.66")
    assert stored(order.id) == ("draft", TOTAL, Decimal("0"))
    assert Quotation.get_by_id(quotation.id).state == "converted"
    assert quotes.selected_quotation().state == "converted" and not quotes.convert_button.isEnabled()
    assert view.tabs.quotation_label.text() == f"From quotation {quotation.number}"
    assert view.tabs.lines_table.shown(0) == ["可编程控制器", "屏蔽电缆"]
    assert view.tabs.lines_table.shown(6) == ["¥14,560.05", "¥942.61"]
    assert lines_shown(view) == [("10", "0", "10"), ("250.5", "0", "250.5")]
    assert not view.actions.shipment_button.isEnabled() and not view.actions.close_button.isEnabled()

    # -- Confirm: the order counts as sold, the lead becomes a customer --------------------------
    click(qtbot, view.actions.confirm_button)
    assert shown(view) == ("Confirmed", "¥15,502.66", "¥0.00", "¥15,502.66")
    assert stored(order.id) == ("confirmed", TOTAL, Decimal("0"))
    assert not Customer.get_by_id(customer_id).is_lead
    assert view.actions.shipment_button.isEnabled() and not view.actions.close_button.isEnabled()

    # -- New shipment…: 4 of the 10 controllers, none of the cable yet ---------------------------
    click(qtbot, view.actions.shipment_button)
    dialog = view.current_dialog
    assert isinstance(dialog, ShipmentDialog)
    assert [row.quantity for row in dialog.model.rows] == ["10", "250.5"]  # all that remains, offered
    edit_quantity(qtbot, dialog.table, 0, QUANTITY, "4")
    edit_quantity(qtbot, dialog.table, 1, QUANTITY, "0")
    type_text(qtbot, dialog.carrier_edit, "顺丰")
    type_text(qtbot, dialog.tracking_edit, "SF1001")
    press(qtbot, dialog, SAVE)
    first = dialog.saved
    assert first is not None and view.current_dialog is None
    assert view.tabs.shipments_table.shown(0) == [first.number]
    assert view.tabs.shipments_table.shown(3) == ["Draft"]
    # A draft has not left the warehouse: nothing counts as shipped yet.
    assert shown(view)[0] == "Confirmed" and lines_shown(view)[0] == ("10", "0", "10")
    close_window(qtbot, view, window)

    # -- The goods leave: marked shipped on the shipments screen ---------------------------------
    mark_shipped(qtbot, window, first.number)
    view = open_order_window(qtbot, window, order.number)
    assert shown(view) == ("Partially shipped", "¥15,502.66", "¥0.00", "¥15,502.66")
    assert stored(order.id) == ("partially_shipped", TOTAL, Decimal("0"))
    assert lines_shown(view) == [("10", "4", "6"), ("250.5", "0", "250.5")]
    assert view.tabs.shipments_table.shown(3) == ["Shipped"]

    # -- The rest: a second shipment of what remains, as offered, saved with Ctrl+S --------------
    click(qtbot, view.actions.shipment_button)
    dialog = view.current_dialog
    assert isinstance(dialog, ShipmentDialog)
    assert [(row.left, row.quantity) for row in dialog.model.rows] == [
        (Decimal("6"), "6"), (Decimal("250.5"), "250.5")]
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    second = dialog.saved
    assert second is not None and view.current_dialog is None
    close_window(qtbot, view, window)
    mark_shipped(qtbot, window, second.number)

    view = open_order_window(qtbot, window, order.number)
    assert shown(view) == ("Shipped", "¥15,502.66", "¥0.00", "¥15,502.66")
    assert stored(order.id) == ("shipped", TOTAL, Decimal("0"))
    assert lines_shown(view) == [("10", "10", "0"), ("250.5", "250.5", "0")]
    # Shipped but not paid: Close order is not offered, and a click on it does nothing.
    assert not view.actions.close_button.isEnabled()
    qtbot.mouseClick(view.actions.close_button, Qt.MouseButton.LeftButton)
    assert stored(order.id)[0] == "shipped"

    # -- Record payment…: a first 5,000.00 by bank transfer --------------------------------------
    click(qtbot, view.actions.payment_button)
    dialog = view.current_dialog
    assert isinstance(dialog, PaymentDialog)
    assert dialog.figures.text() == "Total ¥15,502.66, paid ¥0.00, balance ¥15,502.66"
    assert dialog.shown_amount() == TOTAL  # the one instalment of the default plan
    replace_text(qtbot, dialog.amount_edit, "5000.00")
    assert dialog.method_combo.currentData() == "transfer"
    type_text(qtbot, dialog.reference_edit, "BANK-0001")
    press(qtbot, dialog, SAVE)
    assert dialog.saved is not None and view.current_dialog is None
    assert shown(view) == ("Shipped", "¥15,502.66", "¥5,000.00", "¥10,502.66")
    assert stored(order.id) == ("shipped", TOTAL, Decimal("5000.00"))
    assert view.tabs.payments_table.shown(1) == ["¥5,000.00"]
    # Still 10,502.66 to come: closing stays refused.
    assert not view.actions.close_button.isEnabled()
    qtbot.mouseClick(view.actions.close_button, Qt.MouseButton.LeftButton)
    assert stored(order.id)[0] == "shipped"

    # -- The rest of the money: Ctrl+M opens the payment form, which offers the balance ----------
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = view.current_dialog
    assert isinstance(dialog, PaymentDialog)
    assert dialog.figures.text() == "Total ¥15,502.66, paid ¥5,000.00, balance ¥10,502.66"
    assert dialog.shown_amount() == Decimal("10502.66")
    type_text(qtbot, dialog.reference_edit, "BANK-0002")
    press(qtbot, dialog, SAVE)
    assert dialog.saved is not None and view.current_dialog is None
    assert shown(view) == ("Shipped", "¥15,502.66", "¥15,502.66", "¥0.00")
    assert stored(order.id) == ("shipped", TOTAL, TOTAL)
    assert view.tabs.payments_table.shown(1) == ["¥5,000.00", "¥10,502.66"]

    # -- Close order: fully shipped and fully paid -----------------------------------------------
    click(qtbot, view.actions.close_button)
    assert shown(view) == ("Closed", "¥15,502.66", "¥15,502.66", "¥0.00")
    assert not any(button.isEnabled() for button in (
        view.actions.close_button, view.actions.shipment_button, view.actions.cancel_button,
        view.actions.confirm_button, view.actions.edit_button))
    close_window(qtbot, view, window)
    orders_screen = window.current_screen
    row = orders_screen.shown_numbers().index(order.number)
    assert [orders_screen.model.index(row, column).data() for column in (4, 5, 6, 7)] == [
        "Closed", "¥15,502.66", "¥15,502.66", "¥0.00"]

    # -- What the database keeps -----------------------------------------------------------------
    assert Quotation.get_by_id(quotation.id).state == "converted"
    assert [o.id for o in Quotation.get_by_id(quotation.id).orders] == [order.id]
    closed = Order.get_by_id(order.id)
    assert (closed.state, closed.quotation_id, closed.customer_id, closed.salesperson_id) == (
        "closed", quotation.id, customer_id, sales1.id)
    paid = [p.amount for p in Payment.select().where(Payment.order == order.id).order_by(Payment.id)]
    assert paid == [Decimal("5000.00"), Decimal("10502.66")]
    assert sum(paid) == closed.paid_total == closed.total == TOTAL
    assert [(line.quantity, line.shipped_quantity) for line in OrderLine.select()
            .where(OrderLine.order == order.id).order_by(OrderLine.position)] == [
        (Decimal("10"), Decimal("10")), (Decimal("250.5"), Decimal("250.5"))]
    assert [s.state for s in Shipment.select().where(Shipment.order == order.id).order_by(Shipment.id)] == [
        "shipped", "shipped"]
    assert not Customer.get_by_id(customer_id).is_lead
