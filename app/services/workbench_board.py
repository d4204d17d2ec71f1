"""The workbench (工作台) as its screen loads it: counts and first pages, each an indexed query.

`workbench` defines what the workbench shows; this module reads it in the shape a screen needs on a
large database (100,000 customers, a million follow-ups), where a salesperson may have thousands
of open reminders (`workbench.monitoring` and `sales_workbench` are built on these):

- `count_reminders` / `reminder_page`: the "due today" and "overdue" lists a page at a time.
- `sales_board`: the salesperson's counts, customers about to return to the pool and pipeline.
- `monitoring_board`: the monitoring view without full scans:
  each salesperson's last follow-up is read from the (user, at) index, the 7- and 30-day counts
  come from one pass over that index, stale key customers walk the last-follow-up index, stale
  opportunities walk the (stage, updated_at) index one open stage at a time.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, SQL, SqliteDatabase, fn

from app.models.activity import FollowUp
from app.models.base import db, now
from app.models.customer import Customer
from app.models.opportunity import OPEN_STAGES, Opportunity
from app.models.user import User
from app.services.customer_scope import visible_customers
from app.services.follow_ups import Reminder
from app.services.permissions import require
from app.services.settings import get_settings
from app.services.workbench import (
    MONITORING_EXTRAS,
    WORKBENCH_EXTRAS,
    CustomerDue,
    Monitoring,
    StaffActivity,
    StaleItem,
    load_extra_areas,
)

REMINDER_SECTIONS = ("today", "overdue")
RETURNING_LIMIT = 100


def _reminders(actor: User, section: str, today: dt.date):
    if section not in REMINDER_SECTIONS:
        raise ValueError(f"unknown reminder section {section!r}")
    due = (FollowUp.next_action_on == today) if section == "today" else (FollowUp.next_action_on < today)
    return ((FollowUp.user == actor.id) & (FollowUp.done == False)  # noqa: E712 (peewee expression)
            & FollowUp.next_action_on.is_null(False) & due)


def count_reminders(actor: User, section: str, *, today: dt.date | None = None) -> int:
    """How many of `actor`'s open next actions are due today (`section` "today") or before
    ("overdue")."""
    require(actor, "follow_ups.record")
    return FollowUp.select(FollowUp.id).where(_reminders(actor, section, today or dt.date.today())).count()


def reminder_page(actor: User, section: str, offset: int, limit: int, *, today: dt.date | None = None,
                  newest_first: bool = False) -> list[Reminder]:
    """Rows offset..offset+limit of `actor`'s reminders in `section`, oldest due date first (as
    `follow_ups.reminders` orders them) or, with `newest_first`, the latest first."""
    require(actor, "follow_ups.record")
    today = today or dt.date.today()
    order = ([FollowUp.next_action_on.desc(), FollowUp.id.desc()] if newest_first
             else [FollowUp.next_action_on, FollowUp.id])
    rows = (FollowUp.select(FollowUp.id, Customer.id, Customer.name, FollowUp.next_action, FollowUp.next_action_on)
            .join(Customer).where(_reminders(actor, section, today))
            .order_by(*order).offset(offset).limit(limit).tuples())
    return [Reminder(follow_up_id, customer_id, name, action, due_on, max(0, (today - due_on).days))
            for follow_up_id, customer_id, name, action, due_on in rows]


@dataclass
class SalesBoard:
    """A salesperson's workbench at a glance: reminder counts (the rows come a page at a time from
    `reminder_page`), own customers about to return to the pool (at most RETURNING_LIMIT, first
    due first), the open pipeline and the sections other areas add (WORKBENCH_EXTRAS)."""

    due_today: int
    overdue: int
    returning: list[CustomerDue]
    open_opportunities: int
    pipeline_value: Decimal
    extras: dict[str, list] = field(default_factory=dict)


def sales_extras(actor: User) -> dict[str, list]:
    """The sections other areas add to `actor`'s "My work" (WORKBENCH_EXTRAS): {name: rows}."""
    require(actor, "follow_ups.record")
    load_extra_areas()
    return {name: extra(actor) for name, extra in WORKBENCH_EXTRAS.items()}


def monitoring_extras(actor: User) -> dict[str, list]:
    """The sections other areas add to `actor`'s monitoring tab (MONITORING_EXTRAS): {name: rows}."""
    require(actor, "monitoring.view")
    load_extra_areas()
    return {name: extra(actor) for name, extra in MONITORING_EXTRAS.items()}


def sales_board(actor: User, *, moment: dt.datetime | None = None,
                returning_limit: int = RETURNING_LIMIT, with_extras: bool = True) -> SalesBoard:
    """What `sales_workbench` shows for `actor`, with the reminders counted instead of listed (and
    at most `returning_limit` customers about to return); without the other areas' sections
    (`extras` empty) when not `with_extras` (the screen reads them after its first paint)."""
    require(actor, "follow_ups.record")
    moment = moment or now()
    today = moment.date()
    settings = get_settings()
    warn_before = moment - dt.timedelta(days=settings.pool_return_days - settings.pool_warning_days)
    returning = [
        CustomerDue(cid, code, name, (_as_datetime(touched) + dt.timedelta(days=settings.pool_return_days)).date())
        for cid, code, name, touched in Customer.select(Customer.id, Customer.code, Customer.name,
                                                        Customer.last_touch_at)
        .where((Customer.owner == actor.id) & (Customer.last_touch_at < warn_before))
        .order_by(Customer.last_touch_at, Customer.id).limit(returning_limit).tuples()]
    open_count, value = (Opportunity.select(fn.COUNT(Opportunity.id), fn.SUM(Opportunity.amount))
                         .where((Opportunity.owner == actor.id) & Opportunity.stage.in_(OPEN_STAGES)).tuples()[0])
    return SalesBoard(
        due_today=count_reminders(actor, "today", today=today), overdue=count_reminders(actor, "overdue", today=today),
        returning=returning, open_opportunities=open_count or 0,
        pipeline_value=Opportunity.amount.python_value(value or 0),
        extras=sales_extras(actor) if with_extras else {})


def staff_activity(actor: User, *, moment: dt.datetime | None = None) -> list[StaffActivity]:
    """Each watched salesperson's last follow-up, follow-ups in the last 7 and 30 days and customers."""
    require(actor, "monitoring.view")
    moment = moment or now()
    since_7, since_30 = moment - dt.timedelta(days=7), moment - dt.timedelta(days=30)
    # Correlated per person: each is answered from the (user, at) or owner index alone, without
    # reading the rows, however long the history.
    mine = FollowUp.user == User.id
    last = FollowUp.select(fn.MAX(FollowUp.at)).where(mine)
    week = FollowUp.select(fn.COUNT(FollowUp.id)).where(mine & (FollowUp.at >= since_7))
    month = FollowUp.select(fn.COUNT(FollowUp.id)).where(mine & (FollowUp.at >= since_30))
    owned = Customer.select(fn.COUNT(Customer.id)).where(Customer.owner == User.id)
    query = (User.select(User.id, User.display_name, last, week, month, owned)
             .where(User.role.in_(("sales", "supervisor")) & (User.active == True)))  # noqa: E712
    if actor.role == "supervisor":  # a supervisor watches the team and themselves, a manager everyone
        query = query.where((User.team == actor.team_id) | (User.id == actor.id))
    return [StaffActivity(user_id, name, _as_datetime(last_at), week_count, month_count, customers)
            for user_id, name, last_at, week_count, month_count, customers in query.order_by(User.id).tuples()]


def monitoring_board(actor: User, *, moment: dt.datetime | None = None, limit: int = 100,
                     with_extras: bool = True) -> Monitoring:
    """`workbench.monitoring(actor)`, the same rows, with queries that stay fast on a large database,
    and the sections other areas add (MONITORING_EXTRAS; none when not `with_extras`)."""
    require(actor, "monitoring.view")
    moment = moment or now()
    days = get_settings().monitor_days
    cutoff = moment - dt.timedelta(days=days)
    activity = staff_activity(actor, moment=moment)
    idle = [a for a in activity if a.last_follow_up_at is None or a.last_follow_up_at < cutoff]
    scope = visible_customers(actor)
    pool_count = Customer.select(Customer.id).where(Customer.owner.is_null()).count()
    pool_oldest = (Customer.select(fn.MIN(Customer.owner_since)).where(Customer.owner.is_null()).scalar()
                   if pool_count else None)
    return Monitoring(
        days=days, idle_staff=idle, activity=activity,
        stale_key_customers=_stale_key_customers(scope, cutoff, limit),
        stale_opportunities=_stale_opportunities(scope, cutoff, limit),
        pool_waiting=pool_count, pool_oldest=_as_datetime(pool_oldest),
        extras=monitoring_extras(actor) if with_extras else {})


def _stale_key_customers(scope, cutoff: dt.datetime, limit: int) -> list[StaleItem]:
    owner, key = User.alias(), Customer.alias()
    interest = key.interest
    if isinstance(db.obj, SqliteDatabase):
        # `interest || ''` keeps SQLite off the interest index (a sixth of all customers): it walks
        # the last-follow-up index in order instead and stops after `limit` key customers.
        interest = key.interest.concat("")
    query = (key.select(key.id, key.name, key.last_follow_up_at, owner.display_name)
             .join(owner, JOIN.LEFT_OUTER, on=(key.owner == owner.id))
             .where((interest == "high") & key.owner.is_null(False)
                    & (fn.COALESCE(key.last_follow_up_at, key.created_at) < cutoff)))
    if scope is not None:
        # Checked row by row as the walk meets them: a supervisor's scope (owner in the team or
        # none) used as a filter would make SQLite read every team customer by owner and sort them.
        query = query.where(fn.EXISTS(Customer.select(SQL("1")).where((Customer.id == key.id) & scope)))
    rows = query.order_by(key.last_follow_up_at.asc(nulls="FIRST"), key.id).limit(limit).tuples()
    return [StaleItem(cid, cid, name, owner_name or "", _as_datetime(last)) for cid, name, last, owner_name in rows]


def _stale_opportunities(scope, cutoff: dt.datetime, limit: int) -> list[StaleItem]:
    owner = User.alias()
    found = []
    for stage in OPEN_STAGES:  # one ordered walk of the (stage, updated_at) index per stage
        query = (Opportunity.select(Opportunity.id, Opportunity.customer, Opportunity.title, owner.display_name,
                                    Opportunity.updated_at, Opportunity.amount)
                 .join(Customer).switch(Opportunity)
                 .join(owner, JOIN.LEFT_OUTER, on=(Opportunity.owner == owner.id))
                 .where((Opportunity.stage == stage) & (Opportunity.updated_at < cutoff)))
        if scope is not None:
            query = query.where(scope)
        found.append([StaleItem(oid, cid, title, owner_name or "", _as_datetime(updated), amount)
                      for oid, cid, title, owner_name, updated, amount in
                      query.order_by(Opportunity.updated_at, Opportunity.id).limit(limit).tuples()])
    return list(heapq.merge(*found, key=lambda item: (item.last_update, item.id)))[:limit]


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
