"""The payments screen (回款): the aging tables show the service's figures, the overdue instalments
their days overdue, and a payment recorded for an overdue instalment's order or for a chosen order
appears in the list and moves the figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.models.order import Order
from app.services import payment_plan
from app.services.order_queries import OrderRow
from app.services.payment_plan import InstalmentInput
from app.services.receivables import aging_by_customer, aging_by_salesperson
from app.views.context import AppContext
from app.views.money import format_money
from app.views.receivables import order_choice
from app.views.receivables.aging_panel import table_texts
from app.views.screens.receivables import ReceivablesScreen
from tests.gui.helpers import press, replace_text
from tests.gui.order_helpers import two_line_order
from tests.unit.order_factories import order_world

TODAY = dt.date.today()


@pytest.fixture
def world(empty_db):
    """sales1's order of 1,330.00 in two instalments: 500.00 due 45 days ago, 830.00 due in 10 days;
    sales5's order of 100.00 + tax due 100 days ago."""
    w = order_world()
    order, _lines = two_line_order(w)
    payment_plan.set_payment_plan(w["sales1"], order.id, Order.get_by_id(order.id).version, [
        InstalmentInput(TODAY - dt.timedelta(days=45), "500.00"), InstalmentInput(TODAY + dt.timedelta(days=10),
                                                                                 "830.00")])
    other, _lines = two_line_order(w, actor="sales5", customer="c5", on=TODAY - dt.timedelta(days=100))
    w["order"], w["other"] = order, other
    return w


def open_screen(qtbot, actor) -> ReceivablesScreen:
    screen = ReceivablesScreen(AppContext(actor, "test"))
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    return screen


def expected_texts(rows) -> list[tuple[str, ...]]:
    return [(r.name, *(format_money(v) for v in (r.receivable, r.not_due, r.days_0_30, r.days_31_60, r.days_61_90,
                                                  r.days_over_90, r.overdue))) for r in rows]


def test_the_aging_tables_show_the_service_figures(qtbot, world):
    screen = open_screen(qtbot, world["manager"])
    by_customer = aging_by_customer(world["manager"], TODAY)
    assert table_texts(screen.by_customer.model) == expected_texts(by_customer)
    assert table_texts(screen.by_salesperson.model) == expected_texts(aging_by_salesperson(world["manager"], TODAY))
    assert table_texts(screen.by_customer.model) == [
        ("广州乙公司", "¥1,330.00", "¥0.00", "¥0.00", "¥0.00", "¥0.00", "¥1,330.00", "¥1,330.00"),
        ("上海甲公司", "¥1,330.00", "¥830.00", "¥0.00", "¥500.00", "¥0.00", "¥0.00", "¥500.00")]
    assert screen.by_customer.totals.text() == "Receivable ¥2,660.00, of which overdue ¥1,830.00"


def test_a_salesperson_sees_their_own_overdue_instalment_and_records_a_payment(qtbot, world):
    screen = open_screen(qtbot, world["sales1"])
    screen.tabs.setCurrentWidget(screen.overdue)
    assert table_texts(screen.overdue.model) == [
        (world["order"].number, "上海甲公司", f"{TODAY - dt.timedelta(days=45):%Y-%m-%d}", "¥500.00", "¥500.00",
         "45", "31-60 days")]
    assert not screen.overdue_record_button.isEnabled()
    screen.overdue.table.selectRow(0)
    dialog = screen.record_for_overdue()
    assert dialog.shown_amount() == Decimal("500.00")  # the overdue instalment, not the whole balance
    replace_text(qtbot, dialog.amount_edit, "300")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert Order.get_by_id(world["order"].id).paid_total == Decimal("300.00")
    assert table_texts(screen.overdue.model)[0][4] == "¥200.00"
    assert screen.payments.shown_amounts() == [Decimal("300.00")]


def test_record_a_payment_for_a_chosen_order(qtbot, world, monkeypatch):
    order = world["order"]
    asked = []

    def ask(_parent, _actor, title, states=()):
        asked.append(tuple(states))
        return OrderRow(order.id, order.number, order.sign_date, order.customer_id, "", "", "confirmed",
                        order.total, order.paid_total, order.currency, False)

    monkeypatch.setattr(order_choice, "ask_order", ask)
    screen = open_screen(qtbot, world["sales1"])
    screen.tabs.setCurrentWidget(screen.payments)
    dialog = screen.record_payment()
    assert asked == [("confirmed", "partially_shipped", "shipped", "draft", "pending")]
    replace_text(qtbot, dialog.amount_edit, "1330")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert screen.payments.shown_amounts() == [Decimal("1330.00")]
    assert screen.overdue.model.rowCount() == 0
    assert screen.by_customer.rows == []


def test_the_order_chooser_lists_the_orders_in_the_states_asked(qtbot, world):
    dialog = order_choice.OrderChoiceDialog(world["manager"], "Choose", ("confirmed",))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.chosen() is not None
    dialog.search_box.setText(world["other"].number)
    dialog.search()
    assert [dialog.model.row_at(r).number for r in range(dialog.model.rowCount())] == [world["other"].number]
