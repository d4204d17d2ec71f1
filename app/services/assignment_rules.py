"""Assignment rules for new leads (managers edit them; they apply in order, first match wins)."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import fn

from app.models.base import db
from app.models.customer import Customer
from app.models.pool import RULE_KINDS, AssignmentRule
from app.models.user import User
from app.services import audit
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.numbering import next_sequence
from app.services.permissions import require

SELLING_ROLES = ("sales", "supervisor")


@dataclass
class RuleInput:
    kind: str
    value: str = ""
    user_ids: list[int] = field(default_factory=list)
    active: bool = True


def list_rules(actor: User) -> list[AssignmentRule]:
    """Every rule in the order they apply."""
    require(actor, "pool.view")
    return list(AssignmentRule.select().order_by(AssignmentRule.position, AssignmentRule.id))


def _values(data: RuleInput) -> dict:
    errors = {}
    if data.kind not in RULE_KINDS:
        errors["kind"] = "Choose one of the listed rule kinds."
    value = data.value.strip()
    if data.kind in ("region", "industry") and not value:
        errors["value"] = "Which region or industry does the rule match?"
    users = list(dict.fromkeys(int(u) for u in data.user_ids))
    found = {u.id for u in User.select(User.id).where(User.id.in_(users) & User.role.in_(SELLING_ROLES))}
    if set(users) - found:
        errors["user_ids"] = "Only salespeople and supervisors receive leads."
    if data.kind in ("region", "industry") and not users:
        errors["user_ids"] = "Choose who receives these leads."
    if errors:
        raise ValidationError(errors)
    return {"kind": data.kind, "value": value, "user_ids": ",".join(map(str, users)), "active": data.active}


def create_rule(actor: User, data: RuleInput) -> AssignmentRule:
    """Add a rule at the end of the list."""
    require(actor, "pool.rules")
    values = _values(data)
    with db.atomic():
        last = AssignmentRule.select(fn.MAX(AssignmentRule.position)).scalar() or 0
        rule = AssignmentRule.create(position=last + 1, updated_by=actor.id, **values)
        audit.record(actor, "assignment_rule", rule.id, "create", {k: (None, v) for k, v in values.items()})
    return rule


def update_rule(actor: User, rule_id: int, expected_version: int, data: RuleInput) -> AssignmentRule:
    require(actor, "pool.rules")
    rule = AssignmentRule.get_or_none(AssignmentRule.id == rule_id)
    if rule is None:
        raise NotFound("The rule no longer exists.")
    save_changes(actor, rule, expected_version, _values(data), "assignment_rule")
    return rule


def delete_rule(actor: User, rule_id: int) -> None:
    require(actor, "pool.rules")
    with db.atomic():
        if AssignmentRule.delete().where(AssignmentRule.id == rule_id).execute():
            audit.record(actor, "assignment_rule", rule_id, "delete")


def reorder_rules(actor: User, rule_ids: list[int]) -> None:
    """Set the order in which rules apply (the given ids first, in that order)."""
    require(actor, "pool.rules")
    with db.atomic():
        for position, rule_id in enumerate(rule_ids, start=1):
            AssignmentRule.update(position=position).where(AssignmentRule.id == rule_id).execute()
        audit.record(actor, "assignment_rule", "all", "reorder", {"order": (None, rule_ids)})


def _active_sellers(ids: list[int] | None = None) -> list[User]:
    query = User.select().where(User.role.in_(SELLING_ROLES) & (User.active == True))  # noqa: E712
    if ids:
        query = query.where(User.id.in_(ids))
        by_id = {u.id: u for u in query}
        return [by_id[i] for i in ids if i in by_id]
    return list(query.order_by(User.id))


def _in_turn(rule: AssignmentRule, users: list[User]) -> User | None:
    if not users:
        return None
    return users[(next_sequence(f"RR{rule.id}") - 1) % len(users)]


def _least_loaded(rule: AssignmentRule, customer: Customer) -> User | None:
    keys = {customer.region, customer.industry} - {""}
    covering = [u for u in _active_sellers(rule.user_id_list) if keys & set(u.tag_list)]
    if not covering:
        return None
    load = dict(Customer.select(Customer.owner, fn.COUNT(Customer.id)).where(
        Customer.owner.in_([u.id for u in covering])).group_by(Customer.owner).tuples())
    return min(covering, key=lambda u: (load.get(u.id, 0), u.id))


def place_lead(customer: Customer) -> User | None:
    """The salesperson the first matching active rule gives this lead to; None leaves it in the pool.
    Round-robin rules draw a turn, so call this inside the transaction that assigns the lead."""
    for rule in AssignmentRule.select().where(AssignmentRule.active == True).order_by(  # noqa: E712
            AssignmentRule.position, AssignmentRule.id):
        if rule.kind in ("region", "industry") and getattr(customer, rule.kind) == rule.value:
            chosen = _in_turn(rule, _active_sellers(rule.user_id_list))
        elif rule.kind == "round_robin":
            chosen = _in_turn(rule, _active_sellers(rule.user_id_list or None))
        elif rule.kind == "least_loaded":
            chosen = _least_loaded(rule, customer)
        else:
            chosen = None
        if chosen is not None:
            return chosen
    return None


def apply_rules(actor: User | None, customer_ids: list[int]) -> dict[int, int]:
    """Run the rules over these pool customers; returns {customer id: new owner id} for those placed."""
    from app.services.ownership import set_owner

    placed: dict[int, int] = {}
    with db.atomic():
        for customer in Customer.select().where(Customer.id.in_(customer_ids) & Customer.owner.is_null()):
            owner = place_lead(customer)
            if owner is not None and set_owner(actor, [customer.id], owner.id, "assign_by_rule",
                                               only_if_unowned=True):
                placed[customer.id] = owner.id
    return placed
