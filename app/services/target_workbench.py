"""The workbench section "My target" (services.workbench.WORKBENCH_EXTRAS): the user's own target,
actual revenue and attainment for this month and this year (`targets_view.my_target`).

Salespeople always see the two rows (an empty target when none is set); supervisors and managers
only when a target is set for them. Rows are dataclasses the workbench shows field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.user import User
from app.services.permissions import can
from app.services.targets_view import my_target
from app.services.workbench import WORKBENCH_EXTRAS

MY_TARGET = "My target"


@dataclass(frozen=True)
class TargetProgress:
    """One period (a month as 2026-03, or a year) of the user's target."""

    period: str
    target: Decimal | None
    actual: Decimal
    attainment: str  # "85.20 %", "" without a target


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value} %"


def my_target_progress(actor: User, today: dt.date | None = None) -> list[TargetProgress]:
    """This month's and this year's target, actual and attainment of `actor` (see the module notes)."""
    if not can(actor, "targets.view"):
        return []
    today = today or dt.date.today()
    mine = my_target(actor, today.year, today.month)
    if actor.role != "sales" and mine.month_target is None and mine.year_target is None:
        return []
    return [TargetProgress(f"{today:%Y-%m}", mine.month_target, mine.month_actual, _percent(mine.month_attainment)),
            TargetProgress(f"{today:%Y}", mine.year_target, mine.year_actual, _percent(mine.year_attainment))]


WORKBENCH_EXTRAS[MY_TARGET] = my_target_progress
