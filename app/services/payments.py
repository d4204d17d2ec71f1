"""Payments received (回款) against an order.

Promises: a payment is above 0 and at most the order's balance (total − payments so far), unless
it is marked as a prepayment/overpayment with a reason; a payment before confirmation (draft or
pending order) is always such a prepayment; closed and cancelled orders take none. The balance
check and the order's `paid_total` move together in one conditional UPDATE inside the payment's
transaction, so two people recording at once can never overshoot the balance unnoticed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import db
from app.models.order import Order, Payment
from app.models.user import User
from app.services import audit
from app.services.errors import ValidationError
from app.services.order_queries import get_order
from app.services.permissions import require
from app.services.products import MAX_MONEY, parse_decimal

# transfer 转账, cash 现金, cheque 支票, acceptance 承兑汇票, card 刷卡, other 其他
METHODS = ("transfer", "cash", "cheque", "acceptance", "card", "other")
RECEIVING_STATES = frozenset({"confirmed", "partially_shipped", "shipped"})
PREPAYMENT_STATES = frozenset({"draft", "pending"})


@dataclass(frozen=True)
class PaymentInput:
    """The payment form. `is_prepayment` marks a prepayment or an overpayment; it needs `reason`."""

    pay_date: dt.date
    amount: Decimal | str
    method: str = "transfer"
    reference: str = ""
    is_prepayment: bool = False
    reason: str = ""


def _validate(data: PaymentInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {"pay_date": data.pay_date, "method": data.method, "reference": data.reference.strip(),
                                 "is_prepayment": bool(data.is_prepayment), "reason": data.reason.strip()}
    try:
        values["amount"] = parse_decimal(data.amount, 2, low=Decimal("0.01"), high=MAX_MONEY)
    except ValueError:
        errors["amount"] = "An amount above 0 with at most two decimals."
    if not isinstance(data.pay_date, dt.date):
        errors["pay_date"] = "Give the payment date."
    if data.method not in METHODS:
        errors["method"] = "Choose one of the listed values."
    if len(values["reference"]) > 80:
        errors["reference"] = "At most 80 characters."
    if values["is_prepayment"] and not values["reason"]:
        errors["reason"] = "Say why this prepayment or overpayment is accepted."
    if errors:
        raise ValidationError(errors)
    return values


def record_payment(actor: User, order_id: int, data: PaymentInput) -> Payment:
    """Record money received for an order `actor` may see, and raise the order's paid total by it in
    the same transaction; audited. ValidationError when the amount is above the balance and not
    marked as a prepayment/overpayment with a reason, or when the order takes no payments."""
    require(actor, "payments.record")
    order = get_order(actor, order_id)
    values = _validate(data)
    amount = values["amount"]
    if order.state in PREPAYMENT_STATES and not values["is_prepayment"]:
        raise ValidationError({"is_prepayment": "Before confirmation a payment is a prepayment; give the reason."})
    allowed = RECEIVING_STATES | (PREPAYMENT_STATES if values["is_prepayment"] else frozenset())
    if order.state not in allowed:
        raise ValidationError({"state": "This order takes no more payments."})
    condition = (Order.id == order_id) & Order.state.in_(sorted(allowed))
    if not values["is_prepayment"]:
        condition &= Order.total >= Order.paid_total + amount  # field first: peewee converts to cents
    with db.atomic():
        if not Order.update(paid_total=Order.paid_total + amount).where(condition).execute():
            raise ValidationError({"amount": "The payment is above the balance; mark it as a prepayment or "
                                             "overpayment and give the reason."})
        payment = Payment.create(order=order_id, recorded_by=actor.id, **values)
        audit.record(actor, "payment", payment.id, "create",
                     {**{k: (None, v) for k, v in values.items()}, "order": (None, order.number)})
    return payment


def balance(actor: User, order_id: int) -> Decimal:
    """What the customer still owes on the order: total − payments (negative when overpaid)."""
    order = get_order(actor, order_id)
    return order.total - order.paid_total
