"""Opportunities (商机) and the pipeline: stages forward and back, won, lost with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import JOIN

from app.models.base import db, now
from app.models.customer import Customer
from app.models.opportunity import OPEN_STAGES, STAGES, Opportunity
from app.models.user import User
from app.services import audit
from app.services.customer_scope import get_visible_customer, visible_customers
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require


@dataclass
class OpportunityInput:
    customer_id: int
    title: str
    amount: Decimal | str = Decimal("0")
    expected_close_on: dt.date | None = None


def _values(data: OpportunityInput) -> dict:
    errors = {}
    title = data.title.strip()
    if not title:
        errors["title"] = "Give the opportunity a title."
    elif len(title) > 120:
        errors["title"] = "At most 120 characters."
    try:
        amount = Decimal(str(data.amount).replace(",", "").strip() or "0")
        if amount < 0 or amount != amount.quantize(Decimal("0.01")) or amount >= Decimal("1e12"):
            raise InvalidOperation
    except InvalidOperation:
        errors["amount"] = "An amount of at most two decimals, not negative."
        amount = Decimal(0)
    if errors:
        raise ValidationError(errors)
    return {"title": title, "amount": amount.quantize(Decimal("0.01")), "expected_close_on": data.expected_close_on}


def _get(actor: User, opportunity_id: int) -> Opportunity:
    opportunity = Opportunity.get_or_none(Opportunity.id == opportunity_id)
    if opportunity is None:
        raise NotFound("The opportunity no longer exists.")
    get_visible_customer(actor, opportunity.customer_id)
    return opportunity


def create_opportunity(actor: User, data: OpportunityInput) -> Opportunity:
    """A new opportunity in the first stage, owned by the customer's owner (or the actor)."""
    require(actor, "opportunities.edit")
    customer = get_visible_customer(actor, data.customer_id)
    values = _values(data)
    with db.atomic():
        opportunity = Opportunity.create(customer=customer.id, owner=customer.owner_id or actor.id,
                                         updated_by=actor.id, **values)
        audit.record(actor, "opportunity", opportunity.id, "create", {k: (None, v) for k, v in values.items()})
    return opportunity


def update_opportunity(actor: User, opportunity_id: int, expected_version: int, data: OpportunityInput) -> Opportunity:
    require(actor, "opportunities.edit")
    opportunity = _get(actor, opportunity_id)
    save_changes(actor, opportunity, expected_version, _values(data), "opportunity")
    return opportunity


def move_stage(actor: User, opportunity_id: int, expected_version: int, step: int) -> Opportunity:
    """One stage forward (+1) or back (-1) among the open stages; closed ones reopen only by step back."""
    require(actor, "opportunities.edit")
    opportunity = _get(actor, opportunity_id)
    if opportunity.stage in OPEN_STAGES:
        index = OPEN_STAGES.index(opportunity.stage) + step
        if not 0 <= index < len(OPEN_STAGES):
            raise ValidationError({"stage": "Use Won or Lost to close the opportunity." if step > 0
                                   else "This is the first stage."})
        target = OPEN_STAGES[index]
    elif step < 0:
        target = OPEN_STAGES[-1]  # a closed opportunity reopens in negotiation
    else:
        raise ValidationError({"stage": "The opportunity is closed."})
    save_changes(actor, opportunity, expected_version,
                 {"stage": target, "closed_at": None, "lost_reason": ""}, "opportunity")
    return opportunity


def close_opportunity(actor: User, opportunity_id: int, expected_version: int, *, won: bool,
                      lost_reason: str = "") -> Opportunity:
    """Mark won, or lost with a required reason."""
    require(actor, "opportunities.edit")
    opportunity = _get(actor, opportunity_id)
    if not won and not lost_reason.strip():
        raise ValidationError({"lost_reason": "Why was it lost?"})
    if opportunity.stage not in OPEN_STAGES:
        raise ValidationError({"stage": "The opportunity is already closed."})
    save_changes(actor, opportunity, expected_version, {
        "stage": "won" if won else "lost", "closed_at": now(), "lost_reason": "" if won else lost_reason.strip(),
    }, "opportunity")
    return opportunity


@dataclass(frozen=True)
class PipelineCard:
    id: int
    version: int
    customer_id: int
    customer_name: str
    title: str
    amount: Decimal
    expected_close_on: dt.date | None
    owner_name: str
    stage: str
    updated_at: dt.datetime
    lost_reason: str


@dataclass
class PipelineStage:
    stage: str
    cards: list[PipelineCard] = field(default_factory=list)
    total: Decimal = Decimal("0.00")


def pipeline(actor: User, *, owner_id: int | None = None, closed_since: dt.date | None = None,
             limit_per_stage: int = 300) -> list[PipelineStage]:
    """Opportunities `actor` may see grouped by stage (won/lost only since `closed_since`, default
    the last 90 days), with the total amount of each stage computed over all of them."""
    require(actor, "opportunities.edit")
    closed_since = closed_since or (dt.date.today() - dt.timedelta(days=90))
    owner = User.alias()
    query = (Opportunity.select(Opportunity, Customer.name.alias("customer_name"),
                                owner.display_name.alias("owner_name"))
             .join(Customer).switch(Opportunity).join(owner, JOIN.LEFT_OUTER, on=(Opportunity.owner == owner.id))
             .where(Opportunity.stage.in_(OPEN_STAGES)
                    | (Opportunity.closed_at >= dt.datetime.combine(closed_since, dt.time.min))))
    scope = visible_customers(actor)
    if scope is not None:
        query = query.where(scope)
    if owner_id is not None:
        query = query.where(Opportunity.owner == owner_id)
    stages = {s: PipelineStage(s) for s in STAGES}
    for row in query.order_by(Opportunity.expected_close_on.asc(nulls="LAST"), Opportunity.id).objects():
        stage = stages[row.stage]
        stage.total += row.amount
        if len(stage.cards) < limit_per_stage:
            stage.cards.append(PipelineCard(
                row.id, row.version, row.customer_id, row.customer_name, row.title, row.amount,
                row.expected_close_on, row.owner_name or "", row.stage, row.updated_at, row.lost_reason))
    return list(stages.values())


def customer_opportunities(actor: User, customer_id: int) -> list[Opportunity]:
    """A customer's opportunities, newest first."""
    get_visible_customer(actor, customer_id)
    return list(Opportunity.select().where(Opportunity.customer == customer_id).order_by(Opportunity.id.desc()))
