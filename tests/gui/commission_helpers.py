"""The commission GUI tests' month: orders and payments made through the services on the GUI tests'
database (the demo staff, customers and a product of tests.unit.order_factories), and the screen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.models.target import Target
from app.services.commission_rules import RuleInput, create_rule
from app.services.payments import PaymentInput, record_payment
from app.views.context import AppContext
from app.views.screens.commissions import CommissionsScreen
from tests.unit.order_factories import confirmed, item, order_world

YEAR, MONTH = 2026, 3
DAY = dt.date(YEAR, MONTH, 10)


def commission_month() -> dict:
    """A collected rule with whole-amount tiers 0 % → 2 %, 80 % → 3 %, 100 % → 5 % for everyone.
    sales1: an order of 4,000.00 (4,520.00 with tax) signed on 10 March, target 5,000.00 (attainment
    80.00 % → 3 %), paid 2,260.00 (2,000.00 untaxed → 60.00) on 12 March. sales5: an order of
    4,000.00 without target (lowest tier, 2 %), paid 3,390.00 (3,000.00 → 60.00) and 113.00 (100.00 → 2.00)."""
    w = order_world()
    w["rule"] = create_rule(w["manager"], RuleInput("全员回款", dt.date(2026, 1, 1),
                                                    tiers=[("0", "2"), ("80", "3"), ("100", "5")]))
    Target.create(year=YEAR, month=MONTH, level="salesperson", key=str(w["sales1"].id), amount=Decimal("5000"))
    w["order1"] = confirmed(w, item(w, quantity="40"), on=DAY)
    record_payment(w["sales1"], w["order1"].id, PaymentInput(dt.date(YEAR, MONTH, 12), "2260.00"))
    w["order5"] = confirmed(w, item(w, quantity="40"), actor="sales5", customer="c5", on=DAY)
    record_payment(w["sales5"], w["order5"].id, PaymentInput(dt.date(YEAR, MONTH, 13), "3390.00"))
    record_payment(w["sales5"], w["order5"].id, PaymentInput(dt.date(YEAR, MONTH, 18), "113.00"))
    return w


def open_screen(qtbot, actor) -> CommissionsScreen:
    """The commission screen as `actor`, showing March 2026."""
    screen = CommissionsScreen(AppContext(actor, "test"))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.month_picker.set_month(YEAR, MONTH)
    return screen
