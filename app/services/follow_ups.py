"""Follow-ups (跟进记录) and the reminders their next actions become."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.models.activity import FOLLOW_UP_KINDS, FollowUp
from app.models.base import db, now
from app.models.customer import INTEREST_LEVELS, Customer
from app.models.opportunity import Opportunity
from app.models.user import User
from app.services import audit
from app.services.customer_scope import get_visible_customer
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.notifications import notify
from app.services.permissions import require


@dataclass
class FollowUpInput:
    """The follow-up form: kind, content, interest after it, an optional next action with a date."""

    customer_id: int
    kind: str = "call"
    content: str = ""
    interest_after: str = ""  # "" keeps the customer's interest level
    next_action: str = ""
    next_action_on: dt.date | None = None
    opportunity_id: int | None = None


def record_follow_up(actor: User, data: FollowUpInput, *, moment: dt.datetime | None = None) -> FollowUp:
    """Record a follow-up on a customer `actor` may see; it becomes the customer's last follow-up,
    restarts its pool clock, sets its interest level when given, and schedules the next action."""
    require(actor, "follow_ups.record")
    customer = get_visible_customer(actor, data.customer_id)
    errors = {}
    if data.kind not in FOLLOW_UP_KINDS:
        errors["kind"] = "Choose one of the listed kinds."
    if not data.content.strip():
        errors["content"] = "What was said or done?"
    if data.interest_after and data.interest_after not in INTEREST_LEVELS:
        errors["interest_after"] = "Choose one of the listed levels."
    if data.next_action_on is not None and not data.next_action.strip():
        errors["next_action"] = "Say what the next action is."
    if data.next_action.strip() and data.next_action_on is None:
        errors["next_action_on"] = "When is the next action due?"
    if data.opportunity_id is not None and not Opportunity.select().where(
            (Opportunity.id == data.opportunity_id) & (Opportunity.customer == customer.id)).exists():
        errors["opportunity"] = "That opportunity is not this customer's."
    if errors:
        raise ValidationError(errors)
    moment = moment or now()
    with db.atomic():
        follow_up = FollowUp.create(
            customer=customer.id, user=actor.id, at=moment, kind=data.kind, content=data.content.strip(),
            interest_after=data.interest_after, next_action=data.next_action.strip(),
            next_action_on=data.next_action_on, opportunity_id=data.opportunity_id)
        changes = {Customer.last_follow_up_at: moment, Customer.pool_warned_at: None}
        if customer.owner_id == actor.id:  # only the owner's own follow-ups keep a customer from the pool
            changes[Customer.last_touch_at] = moment
        if data.interest_after:
            changes[Customer.interest] = data.interest_after
        Customer.update(changes).where(Customer.id == customer.id).execute()
        if data.opportunity_id is not None:
            Opportunity.update(updated_at=moment).where(Opportunity.id == data.opportunity_id).execute()
        audit.record(actor, "follow_up", follow_up.id, "create",
                     {"customer": (None, customer.code), "interest": (customer.interest, data.interest_after or None)})
    return follow_up


@dataclass(frozen=True)
class Reminder:
    follow_up_id: int
    customer_id: int
    customer_name: str
    next_action: str
    due_on: dt.date
    overdue_days: int


def reminders(actor: User, *, today: dt.date | None = None, horizon_days: int = 0) -> list[Reminder]:
    """`actor`'s open next actions due by today (+ horizon), oldest first; overdue ones say by how much."""
    today = today or dt.date.today()
    query = (FollowUp.select(FollowUp.id, FollowUp.next_action, FollowUp.next_action_on, Customer.id,
                             Customer.name)
             .join(Customer)
             .where((FollowUp.user == actor.id) & (FollowUp.done == False)  # noqa: E712
                    & FollowUp.next_action_on.is_null(False)
                    & (FollowUp.next_action_on <= today + dt.timedelta(days=horizon_days)))
             .order_by(FollowUp.next_action_on, FollowUp.id))
    return [Reminder(f.id, f.customer.id, f.customer.name, f.next_action, f.next_action_on,
                     max(0, (today - f.next_action_on).days)) for f in query]


def complete_reminder(actor: User, follow_up_id: int) -> None:
    """Mark a next action done (the reminder disappears)."""
    follow_up = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if follow_up is None:
        raise NotFound("That reminder no longer exists.")
    if follow_up.user_id != actor.id:
        raise PermissionDenied("This is someone else's reminder.")
    with db.atomic():
        FollowUp.update(done=True).where(FollowUp.id == follow_up_id).execute()
        audit.record(actor, "follow_up", follow_up_id, "done")


def notify_due_reminders(actor: User, *, today: dt.date | None = None) -> int:
    """Turn `actor`'s next actions due today or earlier into notifications, once each; returns how many."""
    today = today or dt.date.today()
    due = list(FollowUp.select(FollowUp.id, FollowUp.customer, FollowUp.next_action, FollowUp.next_action_on)
               .where((FollowUp.user == actor.id) & (FollowUp.done == False)  # noqa: E712
                      & FollowUp.reminded_at.is_null() & (FollowUp.next_action_on <= today)))
    sent = 0
    with db.atomic():
        for follow_up in due:
            if FollowUp.update(reminded_at=now()).where(
                    (FollowUp.id == follow_up.id) & FollowUp.reminded_at.is_null()).execute():
                notify(actor.id, "reminder", follow_up.next_action, f"Due {follow_up.next_action_on:%Y-%m-%d}",
                       "customer", follow_up.customer_id)
                sent += 1
    return sent


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    at: dt.datetime
    customer_id: int
    customer_name: str
    user_name: str
    kind: str
    content: str
    next_action: str
    next_action_on: dt.date | None


def recent_follow_ups(actor: User, limit: int = 50) -> list[FollowUpRow]:
    """`actor`'s latest follow-ups, newest first."""
    query = (FollowUp.select(FollowUp, Customer.name, User.display_name)
             .join(Customer).switch(FollowUp).join(User, JOIN.LEFT_OUTER)
             .where(FollowUp.user == actor.id).order_by(FollowUp.at.desc(), FollowUp.id.desc()).limit(limit))
    return [FollowUpRow(f.id, f.at, f.customer_id, f.customer.name, f.user.display_name, f.kind, f.content,
                        f.next_action, f.next_action_on) for f in query]
