"""A report narrowed to one team or one salesperson (the report screen's 范围), for managers and
supervisors who compare people: the rows of a report grouped by salesperson (performance, commission,
sales/shipments/customers/receivables by salesperson, the targets of salespeople) that belong to the
team's members or to the person, or the team's own row of a report grouped by team. The rows keep
their figures (a rank stays the company-wide rank); the totals are those of the rows kept.

A report grouped by month, customer, source ... has no row per person: it cannot be narrowed here
(`can_narrow` is False) and shows everyone the user sees, as `catalog.build_report` builds it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.models.user import Team, User
from app.reports.kpi import kpi_scope
from app.reports.report_table import ReportTable

PER_PERSON = {"performance": (None,), "commissions": (None,), "sales": ("salesperson",),
              "shipments": ("salesperson",), "customers": ("salesperson",), "receivables": ("salesperson", None),
              "targets": ("salesperson",)}
PER_TEAM = {"sales": ("team",), "shipments": ("team",), "customers": ("team",), "targets": ("team",)}


@dataclass(frozen=True)
class Scope:
    """One team (`kind` "team") or one salesperson ("salesperson"), by id, with its name."""

    kind: str
    id: int
    name: str


def scope_choices(actor: User) -> list[Scope]:
    """The teams and then the salespeople `actor` may narrow a report to: a manager every team and
    active salesperson, a supervisor their team's salespeople, a salesperson nothing."""
    if actor.role not in ("manager", "supervisor"):
        return []
    people = User.select().where((User.role == "sales") & (User.active == True))  # noqa: E712
    scope = kpi_scope(actor, User.id)
    if scope is not None:
        people = people.where(scope)
    teams = [] if actor.role != "manager" else [
        Scope("team", t.id, t.name) for t in Team.select().where(Team.active == True).order_by(Team.id)]  # noqa: E712
    return teams + [Scope("salesperson", u.id, u.display_name) for u in people.order_by(User.team, User.id)]


def can_narrow(report: str, by: str | None, scope: Scope) -> bool:
    """True when the rows of `report` grouped `by` are per person (or per team, for a team scope)."""
    if by in PER_PERSON.get(report, ()):
        return True
    return scope.kind == "team" and by in PER_TEAM.get(report, ())


def narrow(table: ReportTable, by: str | None, scope: Scope) -> ReportTable:
    """`table` with only the rows of `scope` (see the module notes); ValueError when it cannot be
    narrowed (`can_narrow`)."""
    if not can_narrow(table.name, by, scope):
        raise ValueError(f"report {table.name} by {by} has no row per person or team")
    if by == "team":
        names = {scope.name}
    elif scope.kind == "team":
        names = {u.display_name for u in User.select(User.display_name).where(User.team == scope.id)}
    else:
        names = {scope.name}
    rows = tuple(row for row in table.rows if row.get("name") in names)
    label = f"团队：{scope.name}" if scope.kind == "team" else f"销售员：{scope.name}"
    return replace(table, rows=rows, scope=label)
