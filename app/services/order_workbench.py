"""The workbench sections of orders (DOMAIN.md "Monitoring"): contracts to renew (end date within
`renewal_reminder_days`, setting) and overdue instalments.

On "My work" (`WORKBENCH_EXTRAS`) a salesperson sees their own orders; on "Monitoring"
(`MONITORING_EXTRAS`) supervisors see their team's and managers everyone's (`order_scope`), with the
salesperson's name. Rows are dataclasses the workbench shows field by field (ids hidden; a row's
`customer_id` opens the customer). At most LIMIT rows each, the most urgent first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.customer import Customer
from app.models.order import Order
from app.models.user import User
from app.services.order_queries import order_scope
from app.services.order_workflow import SOLD_STATES
from app.services.permissions import can
from app.services.receivables import overdue_instalments
from app.services.settings import get_settings
from app.services.workbench import MONITORING_EXTRAS, WORKBENCH_EXTRAS

LIMIT = 100
RENEWALS = "Contracts to renew"
OVERDUE = "Overdue instalments"


@dataclass(frozen=True)
class RenewalDue:
    """A sold contract ending soon."""

    order_id: int
    customer_id: int
    order_number: str
    customer_name: str
    end_date: dt.date
    days_left: int


@dataclass(frozen=True)
class InstalmentDue:
    """An instalment past its due date that payments do not cover."""

    order_id: int
    customer_id: int
    order_number: str
    customer_name: str
    due_date: dt.date
    not_paid: Decimal
    days_overdue: int


@dataclass(frozen=True)
class TeamRenewalDue(RenewalDue):
    salesperson: str = ""


@dataclass(frozen=True)
class TeamInstalmentDue(InstalmentDue):
    salesperson: str = ""


def _renewal_rows(actor: User, today: dt.date, own: bool) -> list[tuple]:
    days = get_settings().renewal_reminder_days
    seller = User.alias()
    query = (Order.select(Order.id, Order.customer, Order.number, Customer.name, Order.end_date, seller.display_name)
             .join(Customer).switch(Order).join(seller, on=(Order.salesperson == seller.id))
             .where(Order.state.in_(sorted(SOLD_STATES))
                    & Order.end_date.between(today, today + dt.timedelta(days=days))))
    if own:
        query = query.where(Order.salesperson == actor.id)
    else:
        scope = order_scope(actor)
        if scope is not None:
            query = query.where(scope)
    return list(query.order_by(Order.end_date, Order.id).limit(LIMIT).tuples())


def my_renewals(actor: User, today: dt.date | None = None) -> list[RenewalDue]:
    """`actor`'s own sold contracts whose end date falls within the renewal period, soonest first."""
    if not can(actor, "orders.view"):
        return []
    today = today or dt.date.today()
    return [RenewalDue(order_id, customer_id, number, name, end, (end - today).days)
            for order_id, customer_id, number, name, end, _seller in _renewal_rows(actor, today, True)]


def team_renewals(actor: User, today: dt.date | None = None) -> list[TeamRenewalDue]:
    """The same for every order `actor` may see (supervisors: the team; managers: all)."""
    if not can(actor, "orders.view"):
        return []
    today = today or dt.date.today()
    return [TeamRenewalDue(order_id, customer_id, number, name, end, (end - today).days, seller)
            for order_id, customer_id, number, name, end, seller in _renewal_rows(actor, today, False)]


def my_overdue(actor: User, today: dt.date | None = None) -> list[InstalmentDue]:
    """`actor`'s own overdue instalments, the longest overdue first."""
    if not can(actor, "orders.view"):
        return []
    rows = overdue_instalments(actor, today or dt.date.today(), salesperson_id=actor.id, limit=LIMIT)
    return [InstalmentDue(r.order_id, r.customer_id, r.order_number, r.customer_name, r.due_date, r.overdue_amount,
                          r.days_overdue) for r in rows]


def team_overdue(actor: User, today: dt.date | None = None) -> list[TeamInstalmentDue]:
    """Overdue instalments of every order `actor` may see, with the salesperson, longest overdue first."""
    if not can(actor, "orders.view"):
        return []
    rows = overdue_instalments(actor, today or dt.date.today(), limit=LIMIT)
    ids = {r.salesperson_id for r in rows}
    names = dict(User.select(User.id, User.display_name).where(User.id.in_(ids)).tuples()) if ids else {}
    return [TeamInstalmentDue(r.order_id, r.customer_id, r.order_number, r.customer_name, r.due_date,
                              r.overdue_amount, r.days_overdue, names.get(r.salesperson_id, "")) for r in rows]


WORKBENCH_EXTRAS[RENEWALS] = my_renewals
WORKBENCH_EXTRAS[OVERDUE] = my_overdue
MONITORING_EXTRAS[RENEWALS] = team_renewals
MONITORING_EXTRAS[OVERDUE] = team_overdue
