"""A report narrowed to one team or one salesperson (the report screen's 范围, the command line's
--team / --salesperson), for managers and supervisors who compare people. Narrowing only shrinks what
the user sees: a manager may choose any team or person, a supervisor their own team or one of its
people, a salesperson only themselves (`chosen_scope`; anyone else is PermissionDenied).

Two ways, by the report's rows:
- rows per person or team (performance, commission, sales/shipments/customers/receivables by
  salesperson, the targets of salespeople): the rows that belong to the team's members or to the
  person, or the team's own row of a report grouped by team, are kept (`narrow`). The rows keep their
  figures (a rank stays the company-wide rank); the totals are those of the rows kept.
- rows per month, source, stage ... (sales, shipments by month, customers by month/source/industry/
  region, the funnel, the targets of the company): the figures themselves are read for the team or
  person (`reads_for`: `catalog.build_report` passes the ids to the kpi queries; the targets report
  shows the team's or person's line).
The table's `scope` then names the team or person (`scope_text`). The front desk report and the
receivables by customer cannot be narrowed (`applies` is False).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.models.user import Team, User
from app.reports.kpi import kpi_scope
from app.reports.report_table import ReportTable
from app.services.errors import NotFound, PermissionDenied
from app.services.permissions import require

PER_PERSON = {"performance": (None,), "commissions": (None,), "sales": ("salesperson",),
              "shipments": ("salesperson",), "customers": ("salesperson",), "receivables": ("salesperson", None),
              "targets": ("salesperson",)}
PER_TEAM = {"sales": ("team",), "shipments": ("team",), "customers": ("team",), "targets": ("team",)}
# Reports and groupings (None: the report's default) whose figures are read for the team or person.
READ_FOR = {"sales": (None, "month"), "funnel": (None,), "shipments": (None, "month"), "reception": (None, "month"),
            "customers": (None, "month", "source", "industry", "region"), "targets": (None, "company")}


@dataclass(frozen=True)
class Scope:
    """One team (`kind` "team") or one salesperson ("salesperson"), by id, with its name."""

    kind: str
    id: int
    name: str


def scope_choices(actor: User) -> list[Scope]:
    """The teams and then the salespeople `actor` may narrow a report to: a manager every team and
    active salesperson, a supervisor their team's salespeople, a salesperson nothing. Supervisors
    count as salespeople here: they sign orders too, and their rows show in the ranking."""
    if actor.role not in ("manager", "supervisor"):
        return []
    people = User.select().where(User.role.in_(("sales", "supervisor")) & (User.active == True))  # noqa: E712
    scope = kpi_scope(actor, User.id)
    if scope is not None:
        people = people.where(scope)
    teams = [] if actor.role != "manager" else [
        Scope("team", t.id, t.name) for t in Team.select().where(Team.active == True).order_by(Team.id)]  # noqa: E712
    return teams + [Scope("salesperson", u.id, u.display_name) for u in people.order_by(User.team, User.id)]


def chosen_scope(actor: User, salesperson_id: int | None = None, team_id: int | None = None) -> Scope | None:
    """The team or salesperson `actor` narrows to (None when neither is given). PermissionDenied for
    a person outside what `actor` may see or a team other than a supervisor's own (a salesperson:
    any team); NotFound for an id that does not exist; ValueError for both at once."""
    if salesperson_id is None and team_id is None:
        return None
    if salesperson_id is not None and team_id is not None:
        raise ValueError("narrow a report to a salesperson or to a team, not both")
    require(actor, "kpi.view")
    if salesperson_id is not None:
        person = User.get_or_none(User.id == salesperson_id)
        if person is None:
            raise NotFound("There is no such salesperson.")
        scope = kpi_scope(actor, User.id)
        if scope is not None and not User.select().where((User.id == person.id) & scope).exists():
            raise PermissionDenied("You may not see the figures of this salesperson.")
        return Scope("salesperson", person.id, person.display_name)
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise NotFound("There is no such team.")
    if actor.role != "manager" and not (actor.role == "supervisor" and actor.team_id == team.id):
        raise PermissionDenied("You may not see the figures of this team.")
    return Scope("team", team.id, team.name)


def scope_text(scope: Scope) -> str:
    """The table's scope line for a narrowed report: 团队：name or 销售员：name."""
    return f"团队：{scope.name}" if scope.kind == "team" else f"销售员：{scope.name}"


def reads_for(report: str, by: str | None) -> bool:
    """True when `report` grouped `by` is narrowed by reading its figures for the team or person."""
    return by in READ_FOR.get(report, ())


def applies(report: str, by: str | None, scope: Scope) -> bool:
    """True when `report` grouped `by` can be narrowed to `scope` one way or the other."""
    return reads_for(report, by) or can_narrow(report, by, scope)


def can_narrow(report: str, by: str | None, scope: Scope) -> bool:
    """True when the rows of `report` grouped `by` are per person (or per team, for a team scope):
    `narrow` keeps the scope's rows."""
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
    return replace(table, rows=rows, scope=scope_text(scope))
