"""An order's life in the order window, as a user drives it: an accepted quotation converted from
the quotation list (every amount kept), confirmed, cancelled only with a reason, and an order with
a discount over the salesperson's limit submitted and approved by the supervisor."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.notification import Notification
from app.models.order import Order, OrderLine, PaymentInstalment
from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services import orders, quotations
from app.services.orders import OrderInput
from app.services.quotations import LineInput
from app.views.errors import error_text
from app.views.orders.order_view import OrderView
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.test_orders_screen import DAY, activate, click, open_order, open_screen, order_for
from tests.gui.test_quotation_list import open_list, quote
from tests.gui.test_quotation_screens import make_products


@pytest.fixture
def people(demo_db) -> dict[str, User]:
    """The demo accounts by user name, with the two demo products on sale."""
    make_products()
    return staff()


def test_an_accepted_quotation_becomes_an_order_with_every_amount(qtbot, login_as, people):
    sales1 = people["sales1"]
    source = quote(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), lines=3)
    source = quotations.mark_accepted(sales1, source.id, source.version)
    screen = open_list(login_as, "sales1", select=source)
    assert screen.convert_button.isEnabled()
    click(qtbot, screen.convert_button)

    stored = Quotation.get_by_id(source.id)
    order = Order.get(Order.quotation == source.id)
    assert stored.state == "converted"
    assert (order.state, order.customer_id, order.salesperson_id) == ("draft", stored.customer_id, sales1.id)
    assert (order.net_total, order.tax_total, order.total) == (stored.net_total, stored.tax_total, stored.total)
    quoted = [(ln.description, ln.quantity, ln.unit_price, ln.discount, ln.net, ln.tax) for ln in QuotationLine
              .select().where(QuotationLine.quotation == source.id).order_by(QuotationLine.position)]
    ordered = [(ln.description, ln.quantity, ln.unit_price, ln.discount, ln.net, ln.tax) for ln in OrderLine
               .select().where(OrderLine.order == order.id).order_by(OrderLine.position)]
    assert ordered == quoted and len(ordered) == 3
    view = screen.current_dialog
    assert isinstance(view, OrderView) and view.order_id == order.id
    qtbot.waitUntil(view.isVisible)
    assert view.money[0].text() == f"¥{stored.total:,.2f}"
    assert view.tabs.quotation_label.text() == f"From quotation {source.number}"
    assert view.tabs.lines_table.shown(2) == ["1", "2", "3"]
    assert screen.selected_quotation().state == "converted" and not screen.convert_button.isEnabled()


def test_confirm_moves_the_order_and_the_list_follows(qtbot, login_as, people, monkeypatch):
    sales1 = people["sales1"]
    order = order_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), quantity="2")
    screen = open_screen(login_as, "sales1")
    view = open_order(qtbot, screen, order.id)
    assert view.title_label.text() == f"{order.number}    Draft"
    assert not view.actions.submit_button.isEnabled() and not view.actions.shipment_button.isEnabled()
    # Someone saves the order after the window showed it: confirming that stale view is refused,
    # and the user's "reload" shows the stored order, which is then confirmed.
    orders.update_order(people["sup1"], order.id, order.version, OrderInput(
        order.customer_id, order.sign_date, notes="主管改过",
        lines=[LineInput(ln.product_id, quantity="2") for ln in orders.order_lines(sales1, order.id)]))
    asked = []
    monkeypatch.setattr("app.views.orders.order_view.show_error",
                        lambda _parent, exc: asked.append(type(exc).__name__) or True)
    click(qtbot, view.actions.confirm_button)
    assert asked == ["ConflictError"] and Order.get_by_id(order.id).state == "draft"
    assert view.detail.order.version == order.version + 1
    click(qtbot, view.actions.confirm_button)

    stored = Order.get_by_id(order.id)
    assert (stored.state, stored.version) == ("confirmed", order.version + 2)
    assert view.title_label.text() == f"{order.number}    Confirmed"
    assert [(i.due_date, i.amount) for i in PaymentInstalment.select().where(PaymentInstalment.order == order.id)] \
        == [(DAY, Decimal("2912.01"))]  # no plan: one instalment of the total on the sign date
    assert view.tabs.plan_table.shown(1) == ["¥2,912.01"]
    assert not view.actions.edit_button.isEnabled() and not view.actions.confirm_button.isEnabled()
    assert view.actions.shipment_button.isEnabled() and view.actions.payment_button.isEnabled()
    history = view.tabs.history_table
    assert history.shown(3)[0] == "Update" and "State: Draft → Confirmed" in history.shown(4)[0]

    # The shipment and payment dialogs open over the window.
    click(qtbot, view.actions.shipment_button)
    assert type(view.current_dialog).__name__ == "ShipmentDialog"
    view.current_dialog.reject()
    qtbot.waitUntil(lambda: view.current_dialog is None)
    click(qtbot, view.actions.payment_button)
    assert type(view.current_dialog).__name__ == "PaymentDialog"
    view.current_dialog.reject()
    qtbot.waitUntil(lambda: view.current_dialog is None)
    view.reject()
    qtbot.waitUntil(lambda: screen.current_dialog is None)
    assert screen.model.index(0, 4).data() == "Confirmed"


def test_cancelling_needs_a_reason(qtbot, login_as, people, monkeypatch):
    sales1 = people["sales1"]
    order = order_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1))
    view = open_order(qtbot, open_screen(login_as, "sales1"), order.id)
    reasons = iter(["  ", "客户取消采购"])
    monkeypatch.setattr("app.views.orders.order_view.ask_reason", lambda *_args: next(reasons))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("app.views.orders.order_view.show_error",
                        lambda _parent, exc: shown.append(error_text(exc)) or False)

    click(qtbot, view.actions.cancel_button)
    assert shown == [("Please correct the input", "• Say why the order is cancelled.")]
    assert Order.get_by_id(order.id).state == "draft" and view.title_label.text().endswith("Draft")

    click(qtbot, view.actions.cancel_button)
    stored = Order.get_by_id(order.id)
    assert (stored.state, stored.cancel_reason) == ("cancelled", "客户取消采购")
    assert view.note_label.text() == "Cancelled: 客户取消采购"
    assert not any(b.isEnabled() for b in (view.actions.cancel_button, view.actions.confirm_button,
                                           view.actions.edit_button, view.actions.payment_button))


def test_a_discount_over_the_limit_goes_to_approval_and_the_supervisor_approves(qtbot, login_as, people,
                                                                                monkeypatch):
    sales1 = people["sales1"]
    # sales1 may give 10 %; 15 % needs approval, within sup1's 20 %.
    order = order_for(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), discount="15")
    assert Order.get_by_id(order.id).needs_approval
    view = open_order(qtbot, open_screen(login_as, "sales1"), order.id)
    assert not view.actions.confirm_button.isEnabled() and view.actions.approve_button.isHidden()
    assert view.facts[4].text() == "needed"
    click(qtbot, view.actions.submit_button)
    assert Order.get_by_id(order.id).state == "pending"
    assert view.title_label.text().endswith("Awaiting approval") and not view.actions.submit_button.isEnabled()

    boss = open_order(qtbot, open_screen(login_as, "sup1"), order.id)
    activate(qtbot, boss)
    assert boss.actions.approve_button.isEnabled() and boss.actions.reject_button.isEnabled()
    monkeypatch.setattr("app.views.orders.order_view.ask_comment", lambda *_args: "同意，下不为例")
    click(qtbot, boss.actions.approve_button)
    stored = Order.get_by_id(order.id)
    assert (stored.state, stored.approved_by_id, stored.decision_comment) == (
        "confirmed", people["sup1"].id, "同意，下不为例")
    assert boss.title_label.text().endswith("Confirmed")
    assert boss.note_label.text() == "Approver's comment: 同意，下不为例"
    assert Notification.select().where((Notification.user == sales1.id)
                                       & (Notification.kind == "order_approved")).count() == 1
