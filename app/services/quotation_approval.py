"""The approval rule for quotations and orders (DOMAIN.md: "a line below floor price, or a discount
above the salesperson's limit, needs approval") and who may approve.

- A line needs approval when its discount % is above the salesperson's `discount_limit`, or when
  its net unit price (unit price × (1 − discount/100), unrounded) is below its product's floor price.
- The quotation's `approval_discount` is the largest discount off the list price among those lines:
  the line's discount %, or for a line below the floor the whole reduction from the list price
  (1 − net unit price / list price, rounded up to 0.01 %). An approver's limit is compared with it.
- Managers approve without limit. A supervisor approves quotations of their own team's other members
  when `approval_discount` ≤ their own `discount_limit`. Nobody else approves, and a supervisor never
  approves their own quotation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from app.models.user import User
from app.services.quote_math import HUNDRED, net_unit_price


@dataclass(frozen=True)
class PricedLine:
    """A validated line with its rounded amounts and the product prices it is checked against."""

    product_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    list_price: Decimal | None = None
    floor_price: Decimal | None = None


@dataclass(frozen=True)
class ApprovalNeed:
    """Whether a quotation needs approval, how deep its discount goes, and why (one reason per line)."""

    needed: bool
    discount: Decimal
    reasons: list[str] = field(default_factory=list)


def _off_list(line: PricedLine) -> Decimal:
    if not line.list_price:
        return HUNDRED
    reduction = (1 - net_unit_price(line.unit_price, line.discount) / line.list_price) * HUNDRED
    return max(Decimal(0), min(HUNDRED, reduction.quantize(Decimal("0.01"), rounding=ROUND_CEILING)))


def approval_need(lines: list[PricedLine], salesperson_limit: Decimal) -> ApprovalNeed:
    """Apply the rule to `lines` for a salesperson whose discount limit is `salesperson_limit` (%)."""
    reasons: list[str] = []
    deepest = Decimal("0.00")
    for number, line in enumerate(lines, start=1):
        if line.discount > salesperson_limit:
            reasons.append(f"line {number}: discount {line.discount}% above the limit of {salesperson_limit}%")
            deepest = max(deepest, line.discount)
        if line.floor_price is not None and net_unit_price(line.unit_price, line.discount) < line.floor_price:
            reasons.append(f"line {number}: price below the floor price {line.floor_price}")
            deepest = max(deepest, line.discount, _off_list(line))
    return ApprovalNeed(bool(reasons), deepest.quantize(Decimal("0.01")), reasons)


QUOTATION_REFUSAL_MESSAGES = {"role": "Only supervisors and managers approve quotations.",
                              "own": "A supervisor's own quotation is approved by a manager.",
                              "team": "This quotation belongs to another team."}
ORDER_REFUSAL_MESSAGES = {"role": "Only supervisors and managers approve orders.",
                          "own": "A supervisor's own order is approved by a manager.",
                          "team": "This order belongs to another team."}


def approval_refusal(approver: User, salesperson: User, approval_discount: Decimal,
                     messages: dict[str, str] = QUOTATION_REFUSAL_MESSAGES) -> str | None:
    """Why `approver` may not decide on a document (a quotation, or an order with
    ORDER_REFUSAL_MESSAGES) of `salesperson` with this discount; None if they may."""
    if approver.role == "manager":
        return None
    if approver.role != "supervisor":
        return messages["role"]
    if approver.id == salesperson.id:
        return messages["own"]
    if approver.team_id is None or approver.team_id != salesperson.team_id:
        return messages["team"]
    if approval_discount > approver.discount_limit:
        return f"The discount of {approval_discount}% is above your approval limit of {approver.discount_limit}%."
    return None


def approvers_for(salesperson: User, approval_discount: Decimal) -> list[User]:
    """Who should be asked: the active supervisors of the salesperson's team whose limit covers the
    discount, or, when there are none, the active managers."""
    supervisors = []
    if salesperson.team_id is not None:
        supervisors = [u for u in User.select().where((User.team == salesperson.team_id) & (User.role == "supervisor")
                                                      & User.active & (User.id != salesperson.id))
                       if approval_refusal(u, salesperson, approval_discount) is None]
    if supervisors:
        return supervisors
    return list(User.select().where((User.role == "manager") & User.active & (User.id != salesperson.id)))
