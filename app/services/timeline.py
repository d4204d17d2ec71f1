"""A customer's timeline: everything that happened with them, newest first.

Each area registers a source function in TIMELINE_SOURCES (customer id -> entries), here rather than
in its own module so that no import order can leave one out; later areas add orders, shipments and
payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN

from app.models.activity import Call, FollowUp, Visit
from app.models.order import Order, Payment, Shipment
from app.models.quotation import Quotation
from app.models.user import User
from app.services.customer_scope import get_visible_customer


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # follow_up, visit, call, quotation, order, shipment, return, payment
    title: str
    detail: str
    user_name: str
    entity_id: int


def _follow_ups(customer_id: int) -> list[TimelineEntry]:
    query = FollowUp.select(FollowUp, User).join(User).where(FollowUp.customer == customer_id)
    return [TimelineEntry(f.at, "follow_up", f.kind, f.content, f.user.display_name, f.id) for f in query]


def _visits(customer_id: int) -> list[TimelineEntry]:
    query = Visit.select(Visit, User).join(User, on=(Visit.received_by == User.id)).where(
        Visit.customer == customer_id)
    return [TimelineEntry(v.arrived_at, "visit", v.visitor_name, v.purpose, v.received_by.display_name, v.id)
            for v in query]


def _calls(customer_id: int) -> list[TimelineEntry]:
    query = Call.select(Call, User).join(User, on=(Call.taken_by == User.id)).where(Call.customer == customer_id)
    return [TimelineEntry(c.at, "call", c.caller_name, c.summary, c.taken_by.display_name, c.id) for c in query]


def _quotations(customer_id: int) -> list[TimelineEntry]:
    query = (Quotation.select(Quotation, User).join(User, on=(Quotation.salesperson == User.id))
             .where(Quotation.customer == customer_id))
    return [TimelineEntry(q.created_at, "quotation", q.number, f"{q.state} {q.currency} {q.total}",
                          q.salesperson.display_name, q.id) for q in query]


def _orders(customer_id: int) -> list[TimelineEntry]:
    query = (Order.select(Order, User).join(User, on=(Order.salesperson == User.id))
             .where(Order.customer == customer_id))
    return [TimelineEntry(o.created_at, "order", o.number, f"{o.state} {o.currency} {o.total}",
                          o.salesperson.display_name, o.id) for o in query]


def _shipments(customer_id: int) -> list[TimelineEntry]:
    query = (Shipment.select(Shipment, Order.number.alias("order_number"), User.display_name).join(Order)
             .switch(Shipment).join(User, JOIN.LEFT_OUTER, on=(Shipment.created_by == User.id))
             .where(Order.customer == customer_id).objects())
    return [TimelineEntry(s.created_at, "return" if s.is_return else "shipment", s.number,
                          f"{s.order_number} {s.state}", s.display_name or "", s.id) for s in query]


def _payments(customer_id: int) -> list[TimelineEntry]:
    query = (Payment.select(Payment, Order.number.alias("order_number"), User.display_name).join(Order)
             .switch(Payment).join(User, JOIN.LEFT_OUTER, on=(Payment.recorded_by == User.id))
             .where(Order.customer == customer_id).objects())
    return [TimelineEntry(p.created_at, "payment", p.order_number, f"{p.pay_date} {p.amount}",
                          p.display_name or "", p.id) for p in query]


TIMELINE_SOURCES: list[Callable[[int], list[TimelineEntry]]] = [_follow_ups, _visits, _calls, _quotations,
                                                                 _orders, _shipments, _payments]


def customer_timeline(actor: User, customer_id: int) -> list[TimelineEntry]:
    """Every registered event of the customer, newest first (if `actor` may see the customer)."""
    get_visible_customer(actor, customer_id)
    entries = [entry for source in TIMELINE_SOURCES for entry in source(customer_id)]
    return sorted(entries, key=lambda e: (e.at, e.kind, e.entity_id), reverse=True)
