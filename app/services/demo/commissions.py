"""Demo commission rules (提成规则) and monthly statements (提成结算单), made by the manager through the
commission services, so every figure is what the app computes.

Rules, valid from the first day of the demo history's first month:
- 回款阶梯提成: collected, everyone, whole-amount tiers by monthly attainment <80 % 2 %, 80-100 % 3 %,
  ≥100 % 5 %;
- 技术服务签约提成: signed, the product line 技术服务, 6 % flat (the line's share of a payment is then
  not collected commission: one sale earns once);
- 张伟超额累进: collected, the salesperson sales1 alone, marginal tiers 2 % / 3.5 % / 6 %.

Statements: the last STATEMENT_MONTHS complete months (None: October of last year up to last month),
month after month as a manager works: generate the month, approve it unless it is the last one, mark
it paid unless it is one of the last two. Returns and refunds dated after an approved month whose
original row sits in it are therefore carried into the next open month as the services carry them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.commission import CommissionStatement
from app.models.product import ProductLine
from app.models.user import User
from app.services.commission_rules import RuleInput, create_rule
from app.services.commission_statements import approve_month, generate_month, mark_paid
from app.services.demo.clock import DemoClock

SERVICE_LINE = "技术服务"
MARGINAL_SELLER = "sales1"
TIERS = (("0", "2"), ("80", "3"), ("100", "5"))
MARGINAL_TIERS = (("0", "2"), ("80", "3.5"), ("100", "6"))
FIRST_MONTH = 10  # of last year: statements run from there unless told how many months


@dataclass(frozen=True)
class CommissionsMade:
    rules: int
    statements: int
    approved: int
    paid: int
    months: tuple[tuple[int, int], ...]


def fill_rules(manager: User, clock: DemoClock) -> int:
    """The three demo rules (module notes); returns how many were made."""
    start = clock.first.replace(day=1)
    rules = [RuleInput("回款阶梯提成", start, basis="collected", tiers=TIERS, tier_mode="whole")]
    line = ProductLine.get_or_none(ProductLine.name == SERVICE_LINE)
    if line is not None:
        rules.append(RuleInput(f"{SERVICE_LINE}签约提成", start, basis="signed", scope="product_line",
                               scope_key=line.id, rate="6"))
    seller = User.get_or_none(User.username == MARGINAL_SELLER)
    if seller is not None:
        rules.append(RuleInput(f"{seller.display_name}超额累进", start, basis="collected", scope="salesperson",
                               scope_key=seller.id, tiers=MARGINAL_TIERS, tier_mode="marginal"))
    for rule in rules:
        create_rule(manager, rule)
    return len(rules)


def statement_months(clock: DemoClock, count: int | None = None) -> list[tuple[int, int]]:
    """(year, month) of the complete months to settle, oldest first: the last `count`, or (None) from
    FIRST_MONTH of last year up to last month."""
    year, month = clock.today.year, clock.today.month
    months: list[tuple[int, int]] = []
    first = (clock.today.year - 1, FIRST_MONTH)
    while True:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if (count is not None and len(months) >= count) or (count is None and (year, month) < first):
            break
        months.append((year, month))
    return months[::-1]


def fill_statements(manager: User, months: list[tuple[int, int]], paid_on: dt.datetime | None = None
                    ) -> tuple[int, int, int]:
    """Generate, approve and pay `months` in order (module notes); (statements, approved, paid)."""
    statements = approved = paid = 0
    for index, (year, month) in enumerate(months):
        statements += len(generate_month(manager, year, month))
        if index < len(months) - 1:
            approved += approve_month(manager, year, month)
        if index < len(months) - 2:
            for statement in CommissionStatement.select().where(
                    (CommissionStatement.year == year) & (CommissionStatement.month == month)
                    & (CommissionStatement.state == "approved")).order_by(CommissionStatement.id):
                mark_paid(manager, statement.id, statement.version, paid_on)
                paid += 1
    return statements, approved - paid, paid


def fill_commissions(manager: User, clock: DemoClock | None = None, months: int | None = None) -> CommissionsMade:
    """The rules, then the statements of the last `months` complete months (None: FIRST_MONTH of last
    year to last month). Call inside the demo's transaction, after the orders and targets."""
    clock = clock or DemoClock()
    rules = fill_rules(manager, clock)
    settled = statement_months(clock, months)
    statements, approved, paid = fill_statements(manager, settled)
    return CommissionsMade(rules, statements, approved, paid, tuple(settled))
