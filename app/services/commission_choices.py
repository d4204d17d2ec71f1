"""Pick lists for the commission rule form and the rules list: the product lines, teams and people a
rule's scope may name, keyed by the text `CommissionRule.scope_key` stores (the id as text).

Only lists: what a rule may name is checked by `commission_rules.rule_values`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.product import ProductLine
from app.models.user import Team, User
from app.services.permissions import require

# Who may be the salesperson of a rule: anyone whose sales earn commission.
SELLING_ROLES = ("sales", "supervisor", "manager")


@dataclass(frozen=True)
class ScopeChoice:
    """One record a rule's scope may name: `key` as stored in `scope_key`."""

    key: str
    name: str
    active: bool


def scope_choices(actor: User) -> dict[str, list[ScopeChoice]]:
    """"product_line", "team" and "salesperson" -> every such record by name (inactive ones too,
    flagged, so rules that name them still show a name). Everyone who sees commissions."""
    require(actor, "commissions.view")
    lines = ProductLine.select(ProductLine.id, ProductLine.name, ProductLine.active).order_by(
        ProductLine.name, ProductLine.id)
    teams = Team.select(Team.id, Team.name, Team.active).order_by(Team.name, Team.id)
    people = User.select(User.id, User.display_name, User.active).where(User.role.in_(SELLING_ROLES)).order_by(
        User.display_name, User.id)
    return {
        "product_line": [ScopeChoice(str(r.id), r.name, r.active) for r in lines],
        "team": [ScopeChoice(str(r.id), r.name, r.active) for r in teams],
        "salesperson": [ScopeChoice(str(r.id), r.display_name, r.active) for r in people],
    }
