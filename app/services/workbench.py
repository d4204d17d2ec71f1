"""The workbench (工作台): what a salesperson must do today, and the monitoring view of DOMAIN.md
for supervisors and managers. Later areas add sections through WORKBENCH_EXTRAS."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from app.models.activity import FollowUp
from app.models.base import now
from app.models.customer import Customer
from app.models.opportunity import OPEN_STAGES, Opportunity
from app.models.user import User
from app.services.customer_scope import visible_customers
from app.services.follow_ups import Reminder, reminders
from app.services.permissions import require
from app.services.settings import get_settings

# name -> function(actor) returning a list of rows; quotations and targets add theirs later
WORKBENCH_EXTRAS: dict[str, Callable[[User], list]] = {}


@dataclass(frozen=True)
class CustomerDue:
    customer_id: int
    code: str
    name: str
    returns_on: dt.date


@dataclass
class SalesWorkbench:
    today: list[Reminder]
    overdue: list[Reminder]
    returning: list[CustomerDue]
    open_opportunities: int
    pipeline_value: Decimal
    extras: dict[str, list] = field(default_factory=dict)


def sales_workbench(actor: User, *, moment: dt.datetime | None = None) -> SalesWorkbench:
    """Today's and overdue next actions, own customers about to return to the pool, own pipeline."""
    moment = moment or now()
    today = moment.date()
    due = reminders(actor, today=today)
    settings = get_settings()
    warn_before = moment - dt.timedelta(days=settings.pool_return_days - settings.pool_warning_days)
    returning = [
        CustomerDue(c.id, c.code, c.name, (c.last_touch_at + dt.timedelta(days=settings.pool_return_days)).date())
        for c in Customer.select(Customer.id, Customer.code, Customer.name, Customer.last_touch_at)
        .where((Customer.owner == actor.id) & (Customer.last_touch_at < warn_before))
        .order_by(Customer.last_touch_at).limit(100)]
    open_count, value = (Opportunity.select(fn.COUNT(Opportunity.id), fn.SUM(Opportunity.amount))
                         .where((Opportunity.owner == actor.id) & Opportunity.stage.in_(OPEN_STAGES)).tuples()[0])
    return SalesWorkbench(
        today=[r for r in due if r.due_on == today], overdue=[r for r in due if r.due_on < today],
        returning=returning, open_opportunities=open_count or 0,
        pipeline_value=Opportunity.amount.python_value(value or 0),
        extras={name: extra(actor) for name, extra in WORKBENCH_EXTRAS.items()})


@dataclass(frozen=True)
class StaffActivity:
    user_id: int
    name: str
    last_follow_up_at: dt.datetime | None
    follow_ups_7d: int
    follow_ups_30d: int
    customers: int


@dataclass(frozen=True)
class StaleItem:
    id: int
    customer_id: int
    name: str
    owner_name: str
    last_update: dt.datetime | None
    amount: Decimal | None = None


@dataclass
class Monitoring:
    days: int
    idle_staff: list[StaffActivity]
    activity: list[StaffActivity]
    stale_key_customers: list[StaleItem]
    stale_opportunities: list[StaleItem]
    pool_waiting: int
    pool_oldest: dt.datetime | None


def _staff_in_scope(actor: User) -> list[User]:
    query = User.select().where(User.role.in_(("sales", "supervisor")) & (User.active == True))  # noqa: E712
    if actor.role == "supervisor":
        query = query.where((User.team == actor.team_id) | (User.id == actor.id))
    return list(query.order_by(User.id))


def monitoring(actor: User, *, moment: dt.datetime | None = None, limit: int = 100) -> Monitoring:
    """Salespeople with no follow-up for N days (settings.monitor_days), key customers (interest high)
    and open opportunities not updated for N days, leads waiting in the pool, follow-ups per
    salesperson over 7 and 30 days. Supervisors see their team, managers everyone."""
    require(actor, "monitoring.view")
    moment = moment or now()
    days = get_settings().monitor_days
    cutoff = moment - dt.timedelta(days=days)
    staff = _staff_in_scope(actor)
    ids = [u.id for u in staff]
    last = dict(FollowUp.select(FollowUp.user, fn.MAX(FollowUp.at)).where(FollowUp.user.in_(ids))
                .group_by(FollowUp.user).tuples())
    counts = {}
    for span in (7, 30):
        since = moment - dt.timedelta(days=span)
        counts[span] = dict(FollowUp.select(FollowUp.user, fn.COUNT(FollowUp.id))
                            .where(FollowUp.user.in_(ids) & (FollowUp.at >= since)).group_by(FollowUp.user).tuples())
    owned = dict(Customer.select(Customer.owner, fn.COUNT(Customer.id)).where(Customer.owner.in_(ids))
                 .group_by(Customer.owner).tuples())
    activity = [StaffActivity(u.id, u.display_name, _as_datetime(last.get(u.id)), counts[7].get(u.id, 0),
                              counts[30].get(u.id, 0), owned.get(u.id, 0)) for u in staff]
    idle = [a for a in activity if a.last_follow_up_at is None or a.last_follow_up_at < cutoff]
    scope = visible_customers(actor)
    owner = User.alias()
    key = (Customer.select(Customer.id, Customer.name, Customer.last_follow_up_at, owner.display_name.alias("o"))
           .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
           .where((Customer.interest == "high") & Customer.owner.is_null(False)
                  & (fn.COALESCE(Customer.last_follow_up_at, Customer.created_at) < cutoff)))
    opportunities = (Opportunity.select(Opportunity.id, Opportunity.customer, Opportunity.title, Opportunity.amount,
                                        Opportunity.updated_at, owner.display_name.alias("o"))
                     .join(Customer).switch(Opportunity)
                     .join(owner, JOIN.LEFT_OUTER, on=(Opportunity.owner == owner.id))
                     .where(Opportunity.stage.in_(OPEN_STAGES) & (Opportunity.updated_at < cutoff)))
    if scope is not None:
        key, opportunities = key.where(scope), opportunities.where(scope)
    pool_count, pool_oldest = (Customer.select(fn.COUNT(Customer.id), fn.MIN(Customer.owner_since))
                               .where(Customer.owner.is_null()).tuples()[0])
    return Monitoring(
        days=days, idle_staff=idle, activity=activity,
        stale_key_customers=[
            StaleItem(c.id, c.id, c.name, c.o or "", c.last_follow_up_at)
            for c in key.order_by(Customer.last_follow_up_at.asc(nulls="FIRST")).limit(limit).objects()],
        stale_opportunities=[StaleItem(o.id, o.customer_id, o.title, o.o or "", o.updated_at, o.amount)
                             for o in opportunities.order_by(Opportunity.updated_at).limit(limit).objects()],
        pool_waiting=pool_count or 0, pool_oldest=_as_datetime(pool_oldest))


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
