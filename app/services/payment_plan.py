"""The payment plan (付款计划) of an order: instalments (due date, amount) that add up exactly to the
order total, and an even split that spreads the cents so the sum stays exact.

Payments cover the instalments oldest first (`receivables`); an order confirmed without a plan
gets one instalment of its total due on the sign date (`order_workflow.confirm_order`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import db
from app.models.order import Order, PaymentInstalment
from app.models.user import User
from app.services import audit
from app.services.errors import ValidationError
from app.services.locking import bump_version, check_version
from app.services.order_queries import get_order
from app.services.permissions import require
from app.services.products import MAX_MONEY, parse_decimal

PLAN_STATES = frozenset({"draft", "confirmed", "partially_shipped", "shipped"})
MAX_INSTALMENTS = 120


@dataclass(frozen=True)
class InstalmentInput:
    """One instalment as the editor holds it."""

    due_date: dt.date | None
    amount: Decimal | str


def even_split(total: Decimal, due_dates: list[dt.date]) -> list[InstalmentInput]:
    """`total` split over `due_dates` in equal parts to the cent; the cents left over go one each to
    the first instalments, so the parts differ by at most 0.01 and add up to `total` exactly."""
    if not due_dates:
        raise ValidationError({"plan": "Give at least one due date."})
    cents = int(Decimal(total).scaleb(2))
    if cents < 0:
        raise ValidationError({"plan": "The total cannot be negative."})
    base, extra = divmod(cents, len(due_dates))
    return [InstalmentInput(due, Decimal(base + (1 if index < extra else 0)).scaleb(-2))
            for index, due in enumerate(due_dates)]


def monthly_due_dates(first: dt.date, count: int) -> list[dt.date]:
    """`count` due dates a calendar month apart from `first` (a 31st becomes the month's last day)."""
    dates = []
    for step in range(count):
        year, month = divmod(first.month - 1 + step, 12)
        year, month = first.year + year, month + 1
        dates.append(dt.date(year, month, min(first.day, calendar.monthrange(year, month)[1])))
    return dates


def check_plan(instalments: list[InstalmentInput], total: Decimal) -> list[tuple[dt.date, Decimal]]:
    """The instalments as (due date, amount) in due-date order; ValidationError names each bad cell
    ("plan.N.due_date", "plan.N.amount") or "plan" when they do not add up to `total` exactly."""
    errors: dict[str, str] = {}
    plan: list[tuple[dt.date, Decimal]] = []
    if len(instalments) > MAX_INSTALMENTS:
        raise ValidationError({"plan": "At most 120 instalments."})
    for index, item in enumerate(instalments):
        if not isinstance(item.due_date, dt.date):
            errors[f"plan.{index}.due_date"] = "Give the due date."
        try:
            amount = parse_decimal(item.amount, 2, low=Decimal("0.01"), high=MAX_MONEY)
        except ValueError:
            errors[f"plan.{index}.amount"] = "An amount above 0 with at most two decimals."
            continue
        if isinstance(item.due_date, dt.date):
            plan.append((item.due_date, amount))
    if errors:
        raise ValidationError(errors)
    if plan and sum((a for _, a in plan), Decimal("0.00")) != total:
        raise ValidationError({"plan": "The instalments must add up to the order total."})
    return sorted(plan, key=lambda item: item[0])


def write_plan(order_id: int, plan: list[tuple[dt.date, Decimal]]) -> None:
    """Replace the order's instalments by `plan` (inside the caller's transaction)."""
    PaymentInstalment.delete().where(PaymentInstalment.order == order_id).execute()
    if plan:
        PaymentInstalment.insert_many([{"order": order_id, "position": position, "due_date": due, "amount": amount}
                                       for position, (due, amount) in enumerate(plan, start=1)]).execute()


def plan_snapshot(order_id: int) -> list[list[str]]:
    """The stored plan as audit values: [due date, amount] in position order."""
    query = PaymentInstalment.select().where(PaymentInstalment.order == order_id).order_by(PaymentInstalment.position)
    return [[i.due_date.isoformat(), str(i.amount)] for i in query]


def set_payment_plan(actor: User, order_id: int, expected_version: int,
                     instalments: list[InstalmentInput]) -> Order:
    """Replace the payment plan of an order that is not closed, cancelled or waiting for approval;
    the instalments must add up to the order total exactly. Checks the order's version, bumps it
    and audits the old and new plan."""
    require(actor, "orders.edit")
    order = get_order(actor, order_id)
    if order.state not in PLAN_STATES:
        raise ValidationError({"state": "The payment plan of this order can no longer change."})
    plan = check_plan(instalments, order.total)
    if not plan:
        raise ValidationError({"plan": "Give at least one instalment."})
    with db.atomic():
        check_version(Order, order_id, expected_version)
        before = plan_snapshot(order_id)
        write_plan(order_id, plan)
        bump_version(actor, order, expected_version)
        audit.record(actor, "order", order_id, "plan", {"plan": (before, plan_snapshot(order_id))})
    return order
