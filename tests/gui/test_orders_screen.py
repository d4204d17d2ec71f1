"""The contracts screen as a user drives it: the list narrowed by state, search, sign dates,
salesperson and customer; a direct order typed in the editor with an even-split payment plan
(exact amounts stored); a stale edit refused and reloaded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.models.order import Order, OrderLine, PaymentInstalment
from app.models.product import Product
from app.models.user import User
from app.services import order_workflow, orders
from app.services.orders import OrderInput
from app.services.quotations import LineInput
from app.services.quote_math import amount_in_chinese_capitals, line_amounts, totals
from app.views.orders.order_editor import OrderEditor
from app.views.orders.order_view import OrderView
from app.views.quotations.line_model import PRODUCT, QUANTITY
from app.views.screens.orders import OrdersScreen
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import press, replace_text, type_text
from tests.gui.test_quotation_screens import cell_editor, edit_cell, make_products, pick_customer

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def people(demo_db) -> dict[str, User]:
    """The demo accounts by user name, with the two demo products on sale."""
    make_products()
    return staff()


def order_for(seller: User, customer_id: int, *, on: dt.date = DAY, quantity: str = "1", discount: str = "0",
              **fields) -> Order:
    """A draft order of controllers made through the service."""
    controller = Product.get(Product.code == "KZQ-01")
    data = OrderInput(customer_id, on, lines=[LineInput(controller.id, quantity=quantity, discount=discount)],
                      **fields)
    return orders.create_order(seller, data)


def open_screen(login_as, username: str) -> OrdersScreen:
    screen = login_as(username).open_screen("orders")
    assert isinstance(screen, OrdersScreen)
    return screen


def open_order(qtbot, screen: OrdersScreen, order_id: int) -> OrderView:
    """Select the order in the list and press Enter: its window opens."""
    screen.reload(select_id=order_id)
    assert screen.selected_order().id == order_id
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    view = screen.current_dialog
    assert isinstance(view, OrderView) and view.order_id == order_id
    qtbot.waitUntil(view.isVisible)
    return view


def activate(qtbot, dialog) -> None:
    qtbot.waitUntil(dialog.isVisible)
    dialog.raise_()  # the offscreen platform does not activate it by itself
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_list_is_narrowed_by_state_search_dates_salesperson_and_customer(qtbot, login_as, people, monkeypatch):
    sales1, sales2, sales5 = people["sales1"], people["sales2"], people["sales5"]
    jia = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    yi = add_customer(sales2, "苏州乙电子有限公司", owner=sales2)
    bing = add_customer(sales5, "广州丙贸易有限公司", owner=sales5)
    a1 = order_for(sales1, jia, on=DAY)
    a2 = order_workflow.confirm_order(sales1, (o := order_for(sales1, jia, on=DAY + dt.timedelta(days=20))).id,
                                      o.version)
    b1 = order_for(sales2, yi, on=DAY + dt.timedelta(days=40), quantity="2")
    order_for(sales5, bing, on=DAY)  # another team's: sup1 never sees it

    screen = open_screen(login_as, "sup1")
    bar = screen.filter_bar
    assert screen.shown_numbers() == [b1.number, a2.number, a1.number]
    assert screen.count_label.text() == "3 order(s)"
    row = screen.model.row_at(0)
    assert (row.customer_name, row.total, row.paid_total, row.balance) == (
        "苏州乙电子有限公司", Decimal("2912.01"), Decimal("0.00"), Decimal("2912.01"))
    assert screen.model.index(0, 7).data() == "¥2,912.01"

    bar.state_combo.setCurrentIndex(bar.state_combo.findData("confirmed"))
    assert screen.shown_numbers() == [a2.number]
    assert screen.model.index(0, 4).data() == "Confirmed"
    bar.state_combo.setCurrentIndex(0)

    type_text(qtbot, screen.search_box, "苏州")
    qtbot.waitUntil(lambda: screen.shown_numbers() == [b1.number])
    replace_text(qtbot, screen.search_box, a1.number)
    qtbot.waitUntil(lambda: screen.shown_numbers() == [a1.number])
    screen.search_box.clear()
    qtbot.waitUntil(lambda: len(screen.shown_numbers()) == 3)

    bar.from_edit.setDate(QDate(2026, 3, 15))
    assert screen.shown_numbers() == [b1.number, a2.number]
    bar.to_edit.setDate(QDate(2026, 4, 1))
    assert screen.shown_numbers() == [a2.number]
    bar.from_edit.setDate(bar.from_edit.minimumDate())
    bar.to_edit.setDate(bar.to_edit.minimumDate())

    bar.salesperson_combo.setCurrentIndex(bar.salesperson_combo.findData(sales2.id))
    assert screen.shown_numbers() == [b1.number]
    bar.salesperson_combo.setCurrentIndex(0)
    monkeypatch.setattr("app.views.quotations.customer_choice.ask_customer",
                        lambda _parent, _actor: (jia, "上海甲科技有限公司"))
    click(qtbot, bar.customer_button)
    assert screen.shown_numbers() == [a2.number, a1.number]
    assert bar.customer_button.toolTip() == "Only the orders of 上海甲科技有限公司"
    click(qtbot, bar.clear_customer_button)
    assert len(screen.shown_numbers()) == 3
    # A salesperson sees their own orders, without a salesperson filter.
    own = open_screen(login_as, "sales1")
    assert own.shown_numbers() == [a2.number, a1.number] and own.filter_bar.salesperson_combo.isHidden()


def test_a_direct_order_with_an_even_split_plan_is_stored_exactly(qtbot, login_as, people):
    sales1 = people["sales1"]
    customer = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    screen = open_screen(login_as, "sales1")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = screen.current_dialog
    assert isinstance(editor, OrderEditor)
    activate(qtbot, editor)
    pick_customer(qtbot, editor.customer, "上海甲")
    edit_cell(qtbot, editor.lines, 0, PRODUCT, "KZQ-01")
    editor_cell = cell_editor(editor.lines.grid)
    assert editor.lines.grid.currentIndex().column() == QUANTITY
    type_text(qtbot, editor_cell, "3")
    qtbot.keyClick(editor_cell, Qt.Key.Key_Tab)
    editor.lines.grid.setFocus()
    qtbot.keyClick(editor.lines.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, cell_editor(editor.lines.grid), "pbdl")
    qtbot.keyClick(cell_editor(editor.lines.grid), Qt.Key.Key_Tab)
    type_text(qtbot, cell_editor(editor.lines.grid), "7")
    qtbot.keyClick(cell_editor(editor.lines.grid), Qt.Key.Key_Tab)
    expected = totals([line_amounts(Decimal("3"), Decimal("1288.50"), Decimal(0), Decimal(13)),
                       line_amounts(Decimal("7"), Decimal("3.33"), Decimal(0), Decimal(13))])
    assert expected.total == Decimal("4394.36")
    assert editor.lines.totals.total_label.text() == "¥4,394.36"
    assert editor.lines.totals.capitals_label.text() == amount_in_chinese_capitals(expected.total)

    # An instalment typed by hand that does not match is flagged; the even split replaces it.
    plan = editor.plan
    click(qtbot, plan.add_button)
    assert plan.sum_label.text() == "Planned ¥4,394.36 of ¥4,394.36"  # a first instalment takes the total
    plan.table.setCurrentIndex(plan.model.index(0, 1))
    qtbot.keyClick(plan.table, Qt.Key.Key_F2)
    cell_editor(plan.table).selectAll()
    type_text(qtbot, cell_editor(plan.table), "1000")
    qtbot.keyClick(cell_editor(plan.table), Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: "Differs by -¥3,394.36" in plan.sum_label.text())
    plan.count_spin.setValue(3)
    plan.first_edit.setDate(QDate(2026, 1, 31))
    click(qtbot, plan.split_button)
    assert plan.sum_label.text() == "Planned ¥4,394.36 of ¥4,394.36"
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    stored = Order.get(Order.customer == customer)
    assert (stored.state, stored.net_total, stored.tax_total, stored.total) == (
        "draft", expected.net_total, expected.tax_total, expected.total)
    lines = list(OrderLine.select().where(OrderLine.order == stored.id).order_by(OrderLine.position))
    assert [(ln.description, ln.quantity, ln.net) for ln in lines] == [
        ("可编程控制器", Decimal("3"), Decimal("3865.50")), ("屏蔽电缆", Decimal("7"), Decimal("23.31"))]
    instalments = PaymentInstalment.select().where(PaymentInstalment.order == stored.id).order_by(
        PaymentInstalment.position)
    assert [(i.due_date, i.amount) for i in instalments] == [
        (dt.date(2026, 1, 31), Decimal("1464.79")), (dt.date(2026, 2, 28), Decimal("1464.79")),
        (dt.date(2026, 3, 31), Decimal("1464.78"))]
    # Saved: the list shows it and its window opens, ready to be confirmed.
    view = screen.current_dialog
    assert isinstance(view, OrderView) and view.order_id == stored.id
    assert screen.shown_numbers() == [stored.number]
    assert view.actions.confirm_button.isEnabled() and view.money[0].text() == "¥4,394.36"
    assert view.tabs.plan_table.shown(1) == ["¥1,464.79", "¥1,464.79", "¥1,464.78"]


def test_a_stale_edit_is_refused_and_the_order_is_shown_again(qtbot, login_as, people, monkeypatch):
    sales1 = people["sales1"]
    order = order_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), notes="初稿")
    view = open_order(qtbot, open_screen(login_as, "sales1"), order.id)
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = view.current_dialog
    assert isinstance(editor, OrderEditor) and editor.notes_edit.text() == "初稿"
    # Meanwhile the supervisor changes the notes.
    theirs = orders.update_order(people["sup1"], order.id, order.version, OrderInput(
        order.customer_id, order.sign_date, notes="主管改过的备注",
        lines=[LineInput(ln.product_id, quantity="2") for ln in orders.order_lines(sales1, order.id)]))

    asked = []
    monkeypatch.setattr("app.views.errors.QMessageBox.question",
                        lambda _parent, title, _text, *_args: asked.append(title) or QMessageBox.StandardButton.Yes)
    replace_text(qtbot, editor.notes_edit, "我的备注")
    press(qtbot, editor, QDialogButtonBox.StandardButton.Save)
    assert asked == ["Changed by someone else"]
    assert editor.reload_requested and view.current_dialog is None
    stored = Order.get_by_id(order.id)
    assert (stored.notes, stored.version, stored.total) == ("主管改过的备注", theirs.version, Decimal("2912.01"))
    assert view.detail.order.version == stored.version and view.money[0].text() == "¥2,912.01"
    assert view.tabs.lines_table.shown(2) == ["2"]
