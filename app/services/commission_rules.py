"""Commission rules (提成规则): create, change and deactivate them (managers), list them (everyone who
sees commissions), and hand them to the engine (`commission_math.Rule`).

A rule pays either a flat `rate` or `tiers` by monthly attainment (never both); rates are 0 - 100 %
with two decimals; tiers ascend from 0 %; a scope other than "all" names an existing product line,
team or user by id; valid_to, when given, is not before valid_from. Rules are never deleted (rows of
statements point at them): a rule that should stop is deactivated or given a valid_to.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import db
from app.models.commission import COMMISSION_BASES, COMMISSION_SCOPES, TIER_MODES, CommissionRule
from app.models.product import ProductLine
from app.models.user import Team, User
from app.services import audit
from app.services.commission_math import Rule, Tier, parse_tiers, rate_ok, tier_problem, tiers_text
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require

CHOICE = "Choose one of the listed values."


@dataclass(frozen=True)
class RuleInput:
    """The rule form. `tiers` is a list of (from %, rate %) pairs or the stored JSON text; leave it
    empty for a flat `rate`. `scope_key` is the product line, team or user id (as text or int)."""

    name: str
    valid_from: dt.date
    basis: str = "collected"
    scope: str = "all"
    scope_key: str | int = ""
    rate: Decimal | str | None = None
    tiers: Sequence[tuple[Decimal | str, Decimal | str]] | str = ()
    tier_mode: str = "whole"
    valid_to: dt.date | None = None


def _tiers(raw: Sequence[tuple[Decimal | str, Decimal | str]] | str) -> tuple[Tier, ...]:
    if isinstance(raw, str):
        return parse_tiers(raw)
    return parse_tiers(tiers_text_from_pairs(raw))


def tiers_text_from_pairs(pairs: Sequence[tuple[Decimal | str, Decimal | str]]) -> str:
    """Pairs typed in a form as the stored JSON text (not yet checked)."""
    return json.dumps([[str(a).strip(), str(b).strip()] for a, b in pairs]) if pairs else ""


def _scope_exists(scope: str, key: str) -> bool:
    if not key.isdigit():
        return False
    model = {"product_line": ProductLine, "team": Team, "salesperson": User}[scope]
    return model.select().where(model.id == int(key)).exists()


def rule_values(data: RuleInput) -> dict[str, object]:
    """The checked column values of a rule form; ValidationError (field -> message) otherwise."""
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name or len(name) > 80:
        errors["name"] = "A name of 1 - 80 characters."
    if data.basis not in COMMISSION_BASES:
        errors["basis"] = CHOICE
    if data.tier_mode not in TIER_MODES:
        errors["tier_mode"] = CHOICE
    key = str(data.scope_key).strip()
    if data.scope not in COMMISSION_SCOPES:
        errors["scope"] = CHOICE
    elif data.scope == "all":
        key = ""
    elif not _scope_exists(data.scope, key):
        errors["scope_key"] = "Choose an existing product line, team or salesperson."
    tiers: tuple[Tier, ...] = ()
    try:
        tiers = _tiers(data.tiers)
        problem = tier_problem(tiers)
        if problem:
            errors["tiers"] = problem
    except ValueError as exc:
        errors["tiers"] = str(exc)
    rate: Decimal | None = None
    raw_rate = "" if data.rate is None else str(data.rate).strip()
    if raw_rate:
        try:
            rate = Decimal(raw_rate)
            if not rate.is_finite() or not rate_ok(rate):
                raise ValueError(raw_rate)
        except (ArithmeticError, ValueError):
            errors["rate"] = "A rate of 0 - 100 % with at most two decimals."
        else:
            if tiers:
                errors["rate"] = "Give a flat rate or tiers, not both."
    elif not tiers and "tiers" not in errors:
        errors["rate"] = "Give a flat rate or tiers."
    if not isinstance(data.valid_from, dt.date):
        errors["valid_from"] = "Give the first day the rule applies."
    elif data.valid_to is not None and (not isinstance(data.valid_to, dt.date) or data.valid_to < data.valid_from):
        errors["valid_to"] = "The last day cannot be before the first."
    if errors:
        raise ValidationError(errors)
    return {"name": name, "basis": data.basis, "scope": data.scope, "scope_key": key,
            "rate": rate.quantize(Decimal("0.01")) if rate is not None else None,
            "tiers": tiers_text(tiers), "tier_mode": data.tier_mode,
            "valid_from": data.valid_from, "valid_to": data.valid_to}


def create_rule(actor: User, data: RuleInput) -> CommissionRule:
    """A new active rule (managers); audited."""
    require(actor, "commissions.manage")
    values = rule_values(data)
    with db.atomic():
        rule = CommissionRule.create(updated_by=actor.id, active=True, **values)
        audit.record(actor, "commission_rule", rule.id, "create", {k: (None, v) for k, v in values.items()})
    return rule


def get_rule(actor: User, rule_id: int) -> CommissionRule:
    """One rule (anyone who sees commissions); NotFound when it does not exist."""
    require(actor, "commissions.view")
    rule = CommissionRule.get_or_none(CommissionRule.id == rule_id)
    if rule is None:
        raise NotFound(f"Commission rule {rule_id} does not exist.")
    return rule


def update_rule(actor: User, rule_id: int, expected_version: int, data: RuleInput) -> CommissionRule:
    """Save the form if nobody saved the rule since `expected_version` (else ConflictError); audited.
    Statements already generated keep their rows; drafts pick the change up when regenerated."""
    require(actor, "commissions.manage")
    rule = get_rule(actor, rule_id)
    save_changes(actor, rule, expected_version, rule_values(data), "commission_rule")
    return rule


def set_rule_active(actor: User, rule_id: int, expected_version: int, active: bool) -> CommissionRule:
    """Deactivate (or reactivate) a rule: an inactive rule governs nothing from the next generation on."""
    require(actor, "commissions.manage")
    rule = get_rule(actor, rule_id)
    save_changes(actor, rule, expected_version, {"active": bool(active)}, "commission_rule")
    return rule


def deactivate_rule(actor: User, rule_id: int, expected_version: int) -> CommissionRule:
    """Stop a rule (it stays listed, inactive, for the statements that used it)."""
    return set_rule_active(actor, rule_id, expected_version, False)


def list_rules(actor: User, *, include_inactive: bool = True) -> list[CommissionRule]:
    """Every rule, newest valid_from first (the rules screen)."""
    require(actor, "commissions.view")
    query = CommissionRule.select()
    if not include_inactive:
        query = query.where(CommissionRule.active == True)  # noqa: E712
    return list(query.order_by(CommissionRule.valid_from.desc(), CommissionRule.id.desc()))


def engine_rule(row: CommissionRule) -> Rule:
    """A stored rule as the engine's Rule."""
    return Rule(id=row.id, name=row.name, basis=row.basis, scope=row.scope, scope_key=row.scope_key,
                rate=row.rate, tiers=parse_tiers(row.tiers), tier_mode=row.tier_mode,
                valid_from=row.valid_from, valid_to=row.valid_to, active=row.active)


def active_rules() -> list[Rule]:
    """The active rules as engine Rules (for statement generation; no permission check here)."""
    return [engine_rule(r) for r in CommissionRule.select().where(CommissionRule.active == True)]  # noqa: E712
