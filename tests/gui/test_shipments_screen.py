"""The shipments screen as a salesperson uses it: a partial shipment for a chosen order, marked
shipped (the order becomes partially shipped), the rest shipped (shipped), a return taking goods
back (partially shipped again), delivery, a cancelled draft, the filters, and the statistics tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.order import Order, OrderLine, Shipment
from app.services.order_queries import OrderRow
from app.views.context import AppContext
from app.views.dialogs import forms
from app.views.receivables import order_choice
from app.views.screens.shipments import ShipmentsScreen
from app.views.shipments.line_model import QUANTITY
from tests.gui.helpers import press, type_text
from tests.gui.order_helpers import edit_quantity, two_line_order
from tests.unit.order_factories import order_world


@pytest.fixture
def world(empty_db):
    return order_world()


@pytest.fixture
def screen(qtbot, world):
    widget = ShipmentsScreen(AppContext(world["sales1"], "test"))
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def choose_order(monkeypatch, order) -> list[tuple]:
    """The order chooser answers with `order`; returns what it was asked (title, states)."""
    asked = []

    def ask(_parent, _actor, title, states=()):
        asked.append((title, tuple(states)))
        return OrderRow(order.id, order.number, order.sign_date, order.customer_id, "", "", order.state,
                        order.total, order.paid_total, order.currency, False)

    monkeypatch.setattr(order_choice, "ask_order", ask)
    return asked


def fill_and_save(qtbot, dialog, quantities: dict[int, str], carrier: str = "") -> None:
    for row, text in quantities.items():
        edit_quantity(qtbot, dialog.table, row, QUANTITY, text)
    if carrier:
        type_text(qtbot, dialog.carrier_edit, carrier)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)


def select(screen, number: str) -> None:
    screen.table.selectRow(screen.shown_numbers().index(number))


def state_of(order) -> str:
    return Order.get_by_id(order.id).state


def test_ship_in_two_parts_then_take_goods_back(qtbot, screen, world, monkeypatch):
    order, (goods, _service) = two_line_order(world)
    asked = choose_order(monkeypatch, order)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert asked == [("Ship goods of which order?", ("confirmed", "partially_shipped"))]
    fill_and_save(qtbot, dialog, {0: "4", 1: "2.5"}, carrier="顺丰")
    first = screen.selected_shipment()
    assert (first.state, first.carrier, state_of(order)) == ("draft", "顺丰", "confirmed")

    qtbot.mouseClick(screen.action_bar.ship_button, Qt.MouseButton.LeftButton)
    assert screen.selected_shipment().state == "shipped"
    assert state_of(order) == "partially_shipped"
    assert OrderLine.get_by_id(goods.id).shipped_quantity == Decimal("4")

    screen.new_shipment()
    assert [r.left for r in screen.current_dialog.model.rows] == [Decimal("6"), Decimal("0")]
    fill_and_save(qtbot, screen.current_dialog, {})  # the rest, as offered
    assert screen.ship_selected()
    assert state_of(order) == "shipped"

    screen.new_return()
    assert asked[-1] == ("Return goods of which order?", ("partially_shipped", "shipped"))
    fill_and_save(qtbot, screen.current_dialog, {0: "1.5"})
    back = screen.selected_shipment()
    assert back.is_return and back.state == "draft"
    qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert screen.selected_shipment().state == "shipped"
    assert OrderLine.get_by_id(goods.id).shipped_quantity == Decimal("8.5")
    assert state_of(order) == "partially_shipped"
    assert not screen.action_bar.deliver_button.isEnabled()  # a return is not delivered to anyone

    select(screen, first.number)
    assert screen.action_bar.deliver_button.isEnabled()
    qtbot.mouseClick(screen.action_bar.deliver_button, Qt.MouseButton.LeftButton)
    assert Shipment.get_by_id(first.id).state == "delivered"


def test_a_draft_is_cancelled_after_confirming_and_a_stale_row_is_refused(qtbot, screen, world, monkeypatch):
    order, _lines = two_line_order(world)
    choose_order(monkeypatch, order)
    screen.new_shipment()
    fill_and_save(qtbot, screen.current_dialog, {0: "1", 1: "0"})
    draft = screen.selected_shipment()
    answers = iter([False, True])
    monkeypatch.setattr(forms, "confirm", lambda *_args: next(answers))
    monkeypatch.setattr("app.views.screens.shipments.confirm", lambda *_args: next(answers))
    assert not screen.cancel_selected()
    assert Shipment.get_by_id(draft.id).state == "draft"
    assert screen.cancel_selected()
    assert Shipment.get_by_id(draft.id).state == "cancelled"
    assert not screen.action_bar.ship_button.isEnabled()


def test_filters_narrow_the_list_in_sql(qtbot, screen, world, monkeypatch):
    order, _lines = two_line_order(world)
    choose_order(monkeypatch, order)
    for quantities in ({0: "1", 1: "0"}, {0: "2", 1: "0"}):
        screen.new_shipment()
        fill_and_save(qtbot, screen.current_dialog, quantities)
    screen.ship_selected()
    assert len(screen.shown_numbers()) == 2
    bar = screen.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("shipped"))
    assert len(screen.shown_numbers()) == 1 and screen.count_label.text() == "1 shipment(s)"
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("return"))
    assert screen.shown_numbers() == []


def test_the_statistics_tab_shows_the_service_figures(qtbot, screen, world, monkeypatch):
    order, _lines = two_line_order(world)
    choose_order(monkeypatch, order)
    screen.new_shipment()
    fill_and_save(qtbot, screen.current_dialog, {0: "3", 1: "0"}, carrier="德邦")
    screen.ship_selected()
    screen.tabs.setCurrentIndex(1)
    stats = screen.stats
    today = dt.date.today()
    assert (stats.from_edit.date().year(), stats.from_edit.date().month(), stats.from_edit.date().day()) == (
        today.year, 1, 1)
    assert stats.products.texts() == [("P-100", "控制器", "台", "3", "¥300.00")]
    assert stats.months.texts()[-1] == (f"{today:%Y-%m}", "3", "¥300.00")
    assert stats.carriers.texts() == [("德邦", "1", "¥0.00", "¥0.00", "¥0.00")]
    assert "Shipped ¥300.00" in stats.summary.text()
