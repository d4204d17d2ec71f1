"""Reading targets: the target screen's whole year (`target_year`) and one person's target, actual and
attainment for a month and the year (`my_target`), each in a few grouped queries.

The year has three levels: the company, the middle level (teams, or industries), and salespeople.
Each line has 13 cells (index 0 = the annual figure, 1-12 the months) with the target and its
version, the actual revenue (`kpi.revenue`, by the salesperson's current team for teams), last
year's actual, and `children`: the sum of the next level's targets for that month (teams and
industries under the company; a team's salespeople under the team; with industries in the middle,
all salespeople under the company in `TargetYear.salespeople_sums`). A cell whose children's sum
differs from its target is flagged, and so is a line whose months do not add up to its annual figure.

Who sees what: managers everything; supervisors their team's line and its people; salespeople
their own line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.target import ANNUAL, Target
from app.models.user import Team, User
from app.reports import kpi
from app.reports.kpi import Period
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.permissions import require
from app.services.targets import check_year

ZERO = Decimal("0.00")
MONTHS = range(13)


@dataclass
class Cell:
    """One month (0 = the year) of a line."""

    month: int
    target: Decimal | None = None
    version: int | None = None
    actual: Decimal = ZERO
    last_year: Decimal = ZERO
    children: Decimal | None = None

    @property
    def attainment(self) -> Decimal | None:
        return kpi.attainment(self.actual, self.target)

    @property
    def mismatch(self) -> bool:
        """The next level's figures do not add up to this target (only when both exist)."""
        return self.children is not None and self.target is not None and self.children != self.target


@dataclass
class TargetLine:
    """The company, one team or industry, or one salesperson (`parent`: their team's key or "")."""

    level: str
    key: str
    label: str
    parent: str = ""
    cells: list[Cell] = field(default_factory=lambda: [Cell(m) for m in MONTHS])

    @property
    def months_total(self) -> Decimal | None:
        """Σ of the monthly targets entered (None when no month has one)."""
        entered = [c.target for c in self.cells[1:] if c.target is not None]
        return sum(entered, ZERO) if entered else None

    @property
    def months_mismatch(self) -> bool:
        total, annual = self.months_total, self.cells[ANNUAL].target
        return total is not None and annual is not None and total != annual


@dataclass
class TargetYear:
    """What the target screen shows for a year."""

    year: int
    middle: str
    company: TargetLine | None
    middle_lines: list[TargetLine]
    salespeople: list[TargetLine]
    salespeople_sums: list[Decimal | None] = field(default_factory=list)

    def salespeople_mismatch(self, month: int) -> bool:
        """With industries in the middle: all salespeople's targets do not add up to the company's."""
        total = self.salespeople_sums[month] if self.salespeople_sums else None
        target = self.company.cells[month].target if self.company else None
        return total is not None and target is not None and total != target


def _sum(values: list[Decimal | None]) -> Decimal | None:
    entered = [v for v in values if v is not None]
    return sum(entered, ZERO) if entered else None


def _place(lines: dict[str, TargetLine], rows: dict, attr: str) -> None:
    for (key, month), amount in rows.items():
        if key in lines:
            setattr(lines[key].cells[month], attr, getattr(lines[key].cells[month], attr) + amount)


def _actuals(actor: User, year: int, dimension: str) -> dict[tuple[str, int], Decimal]:
    """{(key, month): revenue} with month 0 holding the year's total, keys as text."""
    result: dict[tuple[str, int], Decimal] = defaultdict(lambda: ZERO)
    for (key, month), amount in kpi.revenue(actor, Period.year(year), (dimension, "month")).items():
        text = "" if key is None else str(key)
        result[(text, month.month)] += amount
        result[(text, ANNUAL)] += amount
    return result


def target_year(actor: User, year: int, middle: str = "team") -> TargetYear:
    """Every target line of `year` the actor may see, with actual and last year's actual revenue and
    the sums against the parent; about six queries whatever the number of people."""
    require(actor, "targets.view")
    check_year(year)
    if middle not in ("team", "industry"):
        raise ValidationError({"middle": "Teams or industries."})
    users = {u.id: u for u in User.select()}
    if actor.role == "manager":
        visible = set(users)
    elif actor.role == "supervisor" and actor.team_id is not None:
        visible = {uid for uid, u in users.items() if u.team_id == actor.team_id} | {actor.id}
    else:
        visible = {actor.id}
    targets = list(Target.select().where(Target.year == year))
    people_with_targets = {int(t.key) for t in targets if t.level == "salesperson"}
    sellers = sorted((u for u in users.values() if u.id in visible
                      and ((u.role == "sales" and u.active) or u.id in people_with_targets)),
                     key=lambda u: (u.team_id or 0, u.id))
    people = {str(u.id): TargetLine("salesperson", str(u.id), u.display_name, str(u.team_id or "")) for u in sellers}
    company = TargetLine("company", "", "") if actor.role == "manager" else None
    middles: dict[str, TargetLine] = {}
    if middle == "team" and actor.role in ("manager", "supervisor"):
        team_ids = {t.id for t in Team.select() if t.active or any(x.level == "team" and x.key == str(t.id)
                                                                      for x in targets)}
        names = {t.id: t.name for t in Team.select()}
        if actor.role == "supervisor":
            team_ids &= {actor.team_id}
        middles = {str(i): TargetLine("team", str(i), names[i]) for i in sorted(team_ids)}
    for t in targets:
        line = {"company": {"": company} if company else {}, "salesperson": people,
                middle: middles}.get(t.level, {}).get(t.key)
        if line is None and t.level == "industry" and middle == "industry" and actor.role == "manager":
            line = middles[t.key] = TargetLine("industry", t.key, t.key)
        if line is not None:
            line.cells[t.month].target, line.cells[t.month].version = t.amount, t.version
    for when, attr in ((year, "actual"), (year - 1, "last_year")):
        per_person = _actuals(actor, when, "salesperson")
        _place(people, per_person, attr)
        if middle == "team":
            by_team = defaultdict(lambda: ZERO)
            for (key, month), amount in per_person.items():
                user = users.get(int(key)) if key else None
                by_team[(str(user.team_id or "") if user else "", month)] += amount
            _place(middles, by_team, attr)
        elif company is not None:
            by_industry = _actuals(actor, when, "industry")
            for key, _month in by_industry:
                if key and key not in middles:
                    middles[key] = TargetLine("industry", key, key)
            _place(middles, by_industry, attr)
        if company is not None:
            totals = defaultdict(lambda: ZERO)
            for (_key, month), amount in per_person.items():
                totals[("", month)] += amount
            _place({"": company}, totals, attr)
    for month in MONTHS:
        if company is not None:
            company.cells[month].children = _sum([m.cells[month].target for m in middles.values()])
        if middle == "team":
            for key, team_line in middles.items():
                team_line.cells[month].children = _sum([p.cells[month].target for p in people.values()
                                                        if p.parent == key])
    result = TargetYear(year, middle, company, sorted(middles.values(), key=lambda x: (x.level, x.key)),
                        list(people.values()))
    if middle == "industry":
        result.middle_lines.sort(key=lambda x: x.key)
        result.salespeople_sums = [_sum([p.cells[m].target for p in people.values()]) for m in MONTHS]
    else:
        result.middle_lines.sort(key=lambda x: int(x.key))
    return result


@dataclass(frozen=True)
class MyTarget:
    """One salesperson's target, actual revenue and attainment for a month and for its year. The
    year's target is the annual figure, else the sum of the monthly ones entered (None: no target)."""

    user_id: int
    year: int
    month: int
    month_target: Decimal | None
    month_actual: Decimal
    year_target: Decimal | None
    year_actual: Decimal

    @property
    def month_attainment(self) -> Decimal | None:
        return kpi.attainment(self.month_actual, self.month_target)

    @property
    def year_attainment(self) -> Decimal | None:
        return kpi.attainment(self.year_actual, self.year_target)


def my_target(actor: User, year: int, month: int, user_id: int | None = None) -> MyTarget:
    """The target, actual and attainment of `user_id` (default: the actor) for `month` of `year` and
    for the whole year, in two queries. Salespeople see their own, supervisors their team's,
    managers everyone's."""
    require(actor, "targets.view")
    check_year(year)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError({"month": "A month from 1 to 12."})
    uid = actor.id if user_id is None else user_id
    if uid != actor.id and actor.role != "manager":
        person = User.get_or_none(User.id == uid)
        if person is None:
            raise NotFound(f"User {uid} does not exist.")
        if actor.role != "supervisor" or actor.team_id is None or person.team_id != actor.team_id:
            raise PermissionDenied("You see only your own targets.")
    figures = {t.month: t.amount for t in Target.select(Target.month, Target.amount).where(
        (Target.year == year) & (Target.level == "salesperson") & (Target.key == str(uid)))}
    actuals = kpi.revenue(actor, Period.year(year), ("month",), salesperson_id=uid)
    year_target = figures.get(ANNUAL, _sum([figures.get(m) for m in range(1, 13)]))
    return MyTarget(uid, year, month, figures.get(month),
                    sum((a for (m,), a in actuals.items() if m.month == month), ZERO),
                    year_target, sum(actuals.values(), ZERO))
