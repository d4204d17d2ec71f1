"""Proposed splits of a target (销售目标分解): a year to its months, a month (or the year) to teams or
industries, a team's (or the company's) figure to salespeople. Proposals are never stored: the
screen shows them, the user edits them and saves with `targets.save_targets`.

- Months: in proportion to last year's actual revenue per month of the same line (company, team,
  industry or salesperson; `kpi.revenue`), evenly when last year had none.
- Teams / industries: by last year's revenue share over the same month (the whole year for the
  annual figure); teams without history fall back to the sum of their salespeople's grade weights,
  industries to an even split among those that sold last year.
- Salespeople: the active users with role "sales" of the team (of every team when splitting the
  company figure), by last year's share, or by GRADE_WEIGHTS (`basis="grade"`, also the fallback
  when none of them sold last year). A grade not in the table weighs 1.
- Every split distributes cents by the largest remainder (ties: first key first), so the parts sum
  to the parent exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from app.models.target import ANNUAL, Target
from app.models.user import Team, User
from app.reports import kpi
from app.reports.kpi import Period
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import require
from app.services.targets import check_year

# Weight of a salesperson's grade (User.grade) in a split by grade; any other grade weighs 1.
GRADE_WEIGHTS: dict[str, Decimal] = {
    "高级": Decimal("1.5"), "senior": Decimal("1.5"),
    "中级": Decimal("1.0"), "middle": Decimal("1.0"),
    "初级": Decimal("0.6"), "junior": Decimal("0.6"),
}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Proposal:
    """A proposed split of `parent` (the amount split) into `amounts` per key (month numbers as
    ints for a monthly split, keys as stored text otherwise). `basis` says how: "history" (last
    year's shares), "grade", or "even". `last_year` holds each key's actual revenue last year."""

    parent: Decimal
    amounts: dict
    basis: str
    last_year: dict


def split_by_weights(total: Decimal, weights: Mapping[object, Decimal]) -> dict:
    """`total` split in proportion to `weights` (all ≥ 0, some > 0) in cents summing exactly to `total`:
    each part rounded down to the cent, the leftover cents to the largest remainders (ties: the first
    key first). Zero weights get 0."""
    cents = int((total / CENT).to_integral_value())
    whole = sum(weights.values(), Decimal(0))
    if whole <= 0:
        raise ValueError("weights must have a positive sum")
    exact = {key: cents * weight / whole for key, weight in weights.items()}
    floors = {key: int(value.to_integral_value(rounding=ROUND_FLOOR)) for key, value in exact.items()}
    order = sorted(exact, key=lambda k: -(exact[k] - floors[k]))  # stable: ties keep key order
    for key in order[:cents - sum(floors.values())]:
        floors[key] += 1
    return {key: Decimal(value) * CENT for key, value in floors.items()}


def split_evenly(total: Decimal, keys: list) -> dict:
    """`total` split evenly over `keys`, the leftover cents to the first keys."""
    return split_by_weights(total, {key: Decimal(1) for key in keys})


def _stored(year: int, month: int, level: str, key: str) -> Decimal:
    target = Target.get_or_none((Target.year == year) & (Target.month == month) & (Target.level == level)
                                & (Target.key == key))
    if target is None:
        raise ValidationError({"amount": "Enter the figure to split first."})
    return target.amount


def _period(year: int, month: int) -> Period:
    return Period.year(year) if month == ANNUAL else Period.month(year, month)


def _filters(level: str, key: str) -> dict:
    if level == "salesperson":
        return {"salesperson_id": int(key)}
    if level == "team":
        return {"team_id": int(key)}
    return {}


def propose_monthly_split(actor: User, year: int, level: str = "company", key: str = "",
                          annual: Decimal | None = None) -> Proposal:
    """The annual figure of a line (stored, or `annual` when given) split into months 1-12 in
    proportion to the line's actual revenue per month last year; evenly without history."""
    require(actor, "targets.edit")
    check_year(year)
    total = annual if annual is not None else _stored(year, ANNUAL, level, key)
    dimension = ("industry", "month") if level == "industry" else ("month",)
    history = kpi.revenue(actor, Period.year(year - 1), dimension, **_filters(level, key))
    last_year = {month: Decimal("0.00") for month in range(1, 13)}
    for group, amount in history.items():
        if level != "industry" or group[0] == key:
            last_year[group[-1].month] += amount
    if sum(last_year.values()) > 0:
        return Proposal(total, split_by_weights(total, last_year), "history", last_year)
    return Proposal(total, split_evenly(total, list(range(1, 13))), "even", last_year)


def _grade_weights(users: list[User]) -> dict[str, Decimal]:
    return {str(u.id): GRADE_WEIGHTS.get(u.grade.strip(), Decimal(1)) for u in users}


def _sellers(team_id: int | None) -> list[User]:
    query = User.select().where((User.role == "sales") & (User.active == True))  # noqa: E712 (peewee)
    if team_id is not None:
        query = query.where(User.team == team_id)
    return list(query.order_by(User.id))


def propose_middle_split(actor: User, year: int, month: int, level: str = "team") -> Proposal:
    """The company figure of `month` (0 = the year) split to teams or industries (`level`) by last
    year's revenue over the same period; see the module notes for the fallbacks. Managers only."""
    require(actor, "targets.edit")
    check_year(year)
    if level not in ("team", "industry"):
        raise ValidationError({"level": "Split the company target to teams or industries."})
    total = _stored(year, month, "company", "")
    history = kpi.revenue(actor, _period(year - 1, month), (level,))
    if level == "team":
        teams = list(Team.select().where(Team.active == True).order_by(Team.id))  # noqa: E712 (peewee)
        last_year = {str(t.id): history.get((t.id,), Decimal("0.00")) for t in teams}
        if sum(last_year.values()) > 0:
            return Proposal(total, split_by_weights(total, last_year), "history", last_year)
        weights = {str(t.id): sum(_grade_weights(_sellers(t.id)).values(), Decimal(0)) for t in teams}
        if not sum(weights.values()):
            raise ValidationError({"level": "No active team has salespeople to split to."})
        return Proposal(total, split_by_weights(total, weights), "grade", last_year)
    last_year = {name: amount for (name,), amount in sorted(history.items()) if name and amount > 0}
    if not last_year:
        raise ValidationError({"level": "No industry sold last year: enter the industries' figures by hand."})
    return Proposal(total, split_by_weights(total, last_year), "history", last_year)


def propose_salesperson_split(actor: User, year: int, month: int, team_id: int | None = None,
                              basis: str = "history") -> Proposal:
    """The team's figure of `month` (the company's when `team_id` is None; 0 = the year) split to its
    active salespeople by last year's share (`basis="history"`, falling back to grade weights when
    none sold) or by grade (`basis="grade"`). Supervisors for their own team, managers for any."""
    require(actor, "targets.edit")
    check_year(year)
    if basis not in ("history", "grade"):
        raise ValidationError({"basis": "By last year's share or by grade."})
    if actor.role != "manager" and (team_id is None or team_id != actor.team_id):
        raise PermissionDenied("A supervisor splits only their own team's target.")
    level, key = ("company", "") if team_id is None else ("team", str(team_id))
    total = _stored(year, month, level, key)
    sellers = _sellers(team_id)
    if not sellers:
        raise ValidationError({"team": "This team has no active salespeople."})
    history = kpi.revenue(actor, _period(year - 1, month), ("salesperson",),
                          **({} if team_id is None else {"team_id": team_id}))
    last_year = {str(u.id): history.get((u.id,), Decimal("0.00")) for u in sellers}
    if basis == "history" and sum(last_year.values()) > 0:
        return Proposal(total, split_by_weights(total, last_year), "history", last_year)
    return Proposal(total, split_by_weights(total, _grade_weights(sellers)), "grade", last_year)

