"""Reading payments received (回款) for the screens: the payment list (filters in SQL, counted and read
a page at a time, within the order scope) and the amount a new payment most likely brings: the
uncovered part of the next instalment, else the balance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.customer import Customer
from app.models.order import Order, Payment, PaymentInstalment
from app.models.user import User
from app.services.document_filters import filter_documents
from app.services.order_queries import order_scope


@dataclass(frozen=True)
class PaymentFilter:
    """What the payment list is narrowed to; "" / None means any. Pay dates are inclusive; `search`
    matches part of the order number, the customer's name or the reference."""

    search: str = ""
    method: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    salesperson_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class PaymentRow:
    """One line of the payment list."""

    id: int
    pay_date: dt.date
    order_id: int
    order_number: str
    customer_id: int
    customer_name: str
    amount: Decimal
    method: str
    reference: str
    is_prepayment: bool
    reason: str


def _query(actor: User, flt: PaymentFilter):
    query = filter_documents(Payment.select().join(Order).join(Customer), flt, scope=order_scope(actor),
                             search=(Order.number, Customer.name, Payment.reference), date=Payment.pay_date,
                             salesperson=Order.salesperson, customer=Order.customer)
    if flt.method:
        query = query.where(Payment.method == flt.method)
    return query


def count_payments(actor: User, flt: PaymentFilter) -> int:
    """How many payments of orders `actor` may see match `flt`."""
    return _query(actor, flt).count()


def payment_page(actor: User, flt: PaymentFilter, offset: int = 0, limit: int = 200) -> list[PaymentRow]:
    """Payments of orders `actor` may see matching `flt`, newest pay date first (then newest id),
    rows offset..offset+limit."""
    query = (_query(actor, flt)
             .select(Payment.id, Payment.pay_date, Payment.order, Order.number.alias("order_number"),
                     Order.customer.alias("customer_ref"),
                     Customer.name.alias("customer_name"), Payment.amount, Payment.method, Payment.reference,
                     Payment.is_prepayment, Payment.reason)
             .order_by(Payment.pay_date.desc(), Payment.id.desc()).offset(offset).limit(limit))
    return [PaymentRow(p.id, p.pay_date, p.order_id, p.order_number, p.customer_ref, p.customer_name, p.amount,
                       p.method, p.reference, p.is_prepayment, p.reason) for p in query.objects()]


@dataclass(frozen=True)
class NextInstalment:
    """The instalment payments reach next: its due date and the part of it not yet covered."""

    due_date: dt.date
    uncovered: Decimal


def next_instalment(plan: list[PaymentInstalment], paid_total: Decimal) -> NextInstalment | None:
    """The first instalment (due date, then position) that `paid_total` does not cover in whole,
    payments covering the plan oldest first as `receivables` does; None when all are covered."""
    running = Decimal("0.00")
    for instalment in sorted(plan, key=lambda i: (i.due_date, i.position)):
        running += instalment.amount
        if running > paid_total:
            return NextInstalment(instalment.due_date, min(instalment.amount, running - paid_total))
    return None


def suggested_amount(plan: list[PaymentInstalment], total: Decimal, paid_total: Decimal) -> Decimal | None:
    """What a new payment most likely brings: the uncovered part of the next instalment, else the
    balance; None when nothing is owed."""
    upcoming = next_instalment(plan, paid_total)
    if upcoming is not None:
        return min(upcoming.uncovered, total - paid_total) if total > paid_total else upcoming.uncovered
    balance = total - paid_total
    return balance if balance > 0 else None
