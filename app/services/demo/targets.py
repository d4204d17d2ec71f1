"""Demo sales targets (销售目标) for last year and this year, entered by the manager as the target
screen would: the company's annual figure, its split to months, each month to the teams, each team's
month to its salespeople; saved with `targets.save_targets` (so every figure is audited as a manual
entry would be), then a few salesperson months changed by hand without their team, so that the
screen flags a mismatch.

- Annual figure: the previous year's actual revenue (`kpi.revenue`) × TARGET_GROWTH, rounded to
  10,000 yuan. The demo history covers only 18 months, so a previous year with part of its months is
  annualised (its revenue × 365 / days covered), and a year whose previous year has less than half a
  year of history (the first demo year) gets its own annualised revenue × FIRST_YEAR_FACTOR.
- Months: `targets_split.propose_monthly_split` when the previous year is covered whole; otherwise
  the same largest-remainder split by the previous year's months, months before the history began
  weighing as much as the average covered month (the proposal would give them nothing).
- Teams per month: `propose_middle_split` (last year's share of the month, grade weights without).
- Salespeople per month: `propose_salesperson_split`, by history except the teams in BY_GRADE this
  year (split by grade). A line's annual figure is the sum of its months, so every level adds up.
- Edits: EDITS salesperson months (this year, last year) raised by EDIT_STEP, their team untouched.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from app.models.target import ANNUAL, Target
from app.models.user import User
from app.reports import kpi
from app.reports.kpi import Period
from app.services.demo.clock import DemoClock
from app.services.targets import TargetFigure, save_targets, set_target
from app.services.targets_split import (
    propose_middle_split,
    propose_monthly_split,
    propose_salesperson_split,
    split_by_weights,
)

TARGET_GROWTH = Decimal("1.15")
FIRST_YEAR_FACTOR = Decimal("1.05")  # the first demo year's target: a little above what it made
ROUND_TO = Decimal(10_000)
BY_GRADE = (1,)  # team indexes (DEMO_TEAMS order) whose people are split by grade this year
EDITS = (2, 1)  # salesperson months changed without their team: this year, last year
EDIT_STEP = Decimal("50000.00")
MONTHS = range(1, 13)


def _covered_days(clock: DemoClock, year: int) -> int:
    """Days of `year` inside the demo history (first .. yesterday)."""
    start = max(dt.date(year, 1, 1), clock.first)
    end = min(dt.date(year, 12, 31), clock.today - dt.timedelta(days=1))
    return max(0, (end - start).days + 1)


def _annualised(manager: User, clock: DemoClock, year: int) -> Decimal:
    days = _covered_days(clock, year)
    if not days:
        return Decimal(0)
    actual = sum(kpi.revenue(manager, Period.year(year), ()).values(), Decimal(0))
    return actual * Decimal(dt.date(year, 12, 31).timetuple().tm_yday) / days


def annual_target(manager: User, clock: DemoClock, year: int) -> Decimal:
    """The company's annual target for `year` (module notes), rounded to ROUND_TO yuan."""
    if _covered_days(clock, year - 1) >= 183:
        base = _annualised(manager, clock, year - 1) * TARGET_GROWTH
    else:
        base = _annualised(manager, clock, year) * FIRST_YEAR_FACTOR
    rounded = (base / ROUND_TO).quantize(Decimal(1), rounding=ROUND_HALF_UP) * ROUND_TO
    return max(rounded, ROUND_TO).quantize(Decimal("0.01"))


def monthly_split(manager: User, clock: DemoClock, year: int, annual: Decimal) -> dict[int, Decimal]:
    """`annual` split to months 1-12 (module notes)."""
    if clock.first <= dt.date(year - 1, 1, 1):
        return propose_monthly_split(manager, year, annual=annual).amounts
    history = kpi.revenue(manager, Period.year(year - 1), ("month",))
    covered = {m for m in MONTHS if dt.date(year - 1, m, 1) >= clock.first}
    weights = {m: Decimal(0) for m in MONTHS}
    for (month,), amount in history.items():
        if month.month in covered:
            weights[month.month] += amount
    known = [weights[m] for m in covered if weights[m] > 0]
    if not known:
        return propose_monthly_split(manager, year, annual=annual).amounts  # even
    average = sum(known, Decimal(0)) / len(known)
    return split_by_weights(annual, {m: weights[m] if m in covered else average for m in MONTHS})


def _yearly(level: str, by_month: dict[int, dict[str, Decimal]]) -> list[TargetFigure]:
    """The month figures of a level and each key's annual figure (the sum of its months)."""
    years: dict[str, Decimal] = defaultdict(Decimal)
    figures = []
    for month, amounts in sorted(by_month.items()):
        for key, amount in amounts.items():
            figures.append(TargetFigure(month, level, key, amount))
            years[key] += amount
    return figures + [TargetFigure(ANNUAL, level, key, amount) for key, amount in years.items()]


def fill_year(manager: User, clock: DemoClock, year: int, by_grade: tuple[int, ...] = ()) -> int:
    """Save `year`'s three levels as the manager; returns the number of figures saved."""
    annual = annual_target(manager, clock, year)
    months = monthly_split(manager, clock, year, annual)
    company = [TargetFigure(ANNUAL, "company", "", annual)] + [TargetFigure(m, "company", "", a)
                                                                  for m, a in months.items()]
    save_targets(manager, year, company)
    teams = _yearly("team", {m: propose_middle_split(manager, year, m, "team").amounts for m in MONTHS})
    save_targets(manager, year, teams)
    team_ids = sorted({int(f.key) for f in teams})
    people: dict[int, dict[str, Decimal]] = {m: {} for m in MONTHS}
    for index, team in enumerate(team_ids):
        basis = "grade" if index in by_grade else "history"
        for m in MONTHS:
            people[m].update(propose_salesperson_split(manager, year, m, team, basis).amounts)
    sellers = _yearly("salesperson", people)
    save_targets(manager, year, sellers)
    return len(company) + len(teams) + len(sellers)


def edit_months(rng: random.Random, manager: User, year: int, count: int) -> list[tuple[int, str]]:
    """Raise `count` salesperson month figures of `year` by EDIT_STEP, one cell at a time as on the
    screen (version-checked, audited), leaving their team's figure: the team's month and the
    salesperson's year are then flagged. Returns the (month, key) changed."""
    cells = list(Target.select().where((Target.year == year) & (Target.level == "salesperson")
                                       & (Target.month != ANNUAL)).order_by(Target.month, Target.key))
    months = sorted(rng.sample(list(MONTHS), count))
    changed = []
    for month in months:
        cell = rng.choice([c for c in cells if c.month == month])
        set_target(manager, year, month, "salesperson", cell.key, cell.amount + EDIT_STEP, cell.version)
        changed.append((month, cell.key))
    return changed


def fill_targets(seed: int, manager: User, clock: DemoClock | None = None) -> int:
    """Last year's and this year's targets (module notes); returns the number of figures stored."""
    clock = clock or DemoClock()
    rng = random.Random(f"targets-{seed}")
    this_year = clock.today.year
    count = fill_year(manager, clock, this_year - 1)
    count += fill_year(manager, clock, this_year, BY_GRADE)
    edit_months(rng, manager, this_year, EDITS[0])
    edit_months(rng, manager, this_year - 1, EDITS[1])
    return count
