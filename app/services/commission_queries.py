"""Reading commission statements: who may see which, the month's list, one statement with its rows.

A salesperson sees only their own statements, a supervisor their team members' (and their own),
managers everyone's (`statement_scope`, the same rule as the KPIs). Screens, the Excel export, the
PDF and the command line all read through here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Expression, fn

from app.models.commission import CommissionRow, CommissionRule, CommissionStatement
from app.models.user import User
from app.services.commission_statements import check_month
from app.services.errors import NotFound, PermissionDenied
from app.services.permissions import require


def statement_scope(actor: User) -> Expression | None:
    """WHERE clause on CommissionStatement for the statements `actor` may read; None = all."""
    require(actor, "commissions.view")
    if actor.role == "manager":
        return None
    seller = CommissionStatement.salesperson
    if actor.role == "supervisor" and actor.team_id is not None:
        return (seller == actor.id) | seller.in_(User.select(User.id).where(User.team == actor.team_id))
    return seller == actor.id


@dataclass(frozen=True)
class StatementSummary:
    """One statement in the month's list."""

    id: int
    version: int
    salesperson_id: int
    salesperson_name: str
    year: int
    month: int
    state: str
    attainment: Decimal | None
    basis_total: Decimal
    total: Decimal
    rows: int
    approved_by_name: str
    approved_at: dt.datetime | None
    paid_at: dt.datetime | None

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class StatementLine:
    """One row of a statement as shown and exported."""

    position: int
    source_kind: str
    source_id: int | None
    document: str
    source_date: dt.date
    basis_amount: Decimal
    rule_id: int | None
    rule_name: str
    rate: Decimal
    commission: Decimal
    carried_from: str
    note: str


@dataclass(frozen=True)
class StatementDetail:
    """A statement and its rows in position order."""

    summary: StatementSummary
    lines: list[StatementLine]


def _summaries(query) -> list[StatementSummary]:
    approver = User.alias("approver")
    query = (query.select_extend(User.display_name, approver.display_name.alias("approver_name"))
             .join_from(CommissionStatement, User, on=(CommissionStatement.salesperson == User.id))
             .join_from(CommissionStatement, approver, JOIN.LEFT_OUTER,
                        on=(CommissionStatement.approved_by == approver.id)))
    rows = list(query.objects())
    ids = [r.id for r in rows]
    counts: dict[int, int] = {}
    if ids:
        counts = dict(CommissionRow.select(CommissionRow.statement, fn.COUNT(CommissionRow.id))
                      .where(CommissionRow.statement.in_(ids)).group_by(CommissionRow.statement).tuples())
    return [StatementSummary(r.id, r.version, r.salesperson_id, r.display_name, r.year, r.month, r.state,
                             r.attainment, r.basis_total, r.total, counts.get(r.id, 0), r.approver_name or "",
                             r.approved_at, r.paid_at) for r in rows]


def month_statements(actor: User, year: int, month: int) -> list[StatementSummary]:
    """The month's statements `actor` may see, by salesperson name."""
    check_month(year, month)
    scope = statement_scope(actor)
    query = CommissionStatement.select().where((CommissionStatement.year == year)
                                               & (CommissionStatement.month == month))
    if scope is not None:
        query = query.where(scope)
    return sorted(_summaries(query), key=lambda s: (s.salesperson_name, s.salesperson_id))


def get_statement(actor: User, statement_id: int) -> StatementDetail:
    """One statement with its rows (and each row's rule name) if `actor` may see it."""
    scope = statement_scope(actor)
    if not CommissionStatement.select().where(CommissionStatement.id == statement_id).exists():
        raise NotFound(f"Commission statement {statement_id} does not exist.")
    query = CommissionStatement.select().where(CommissionStatement.id == statement_id)
    if scope is not None:
        query = query.where(scope)
    found = _summaries(query)
    if not found:
        raise PermissionDenied("This statement belongs to another salesperson.")
    rows = (CommissionRow.select(CommissionRow, CommissionRule.name.alias("rule_name"))
            .join(CommissionRule, JOIN.LEFT_OUTER).where(CommissionRow.statement == statement_id)
            .order_by(CommissionRow.position).objects())
    lines = [StatementLine(r.position, r.source_kind, r.source_id, r.document, r.source_date, r.basis_amount,
                           r.rule_id, r.rule_name or "", r.rate, r.commission,
                           r.carried_from, r.note) for r in rows]
    return StatementDetail(found[0], lines)


def month_details(actor: User, year: int, month: int) -> list[StatementDetail]:
    """Every statement of the month `actor` may see, with rows (the Excel export and the command line)."""
    return [get_statement(actor, s.id) for s in month_statements(actor, year, month)]
