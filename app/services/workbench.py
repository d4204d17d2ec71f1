"""The workbench (工作台): what a salesperson must do today, and the monitoring view of DOMAIN.md
for supervisors and managers. Later areas add sections through WORKBENCH_EXTRAS.

The areas in EXTRA_AREAS register their sections when imported; `load_extra_areas()` imports them
the first time sections are read (workbench_board.sales_extras / monitoring_extras), so that
importing the workbench does not import orders, receivables and targets (about 90 ms) before
the workbench's first paint."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.base import now
from app.models.user import User
from app.services.follow_ups import Reminder, reminders

# name -> function(actor) returning a list of rows; quotations and targets add theirs later
WORKBENCH_EXTRAS: dict[str, Callable[[User], list]] = {}
# the same for the monitoring tab of supervisors and managers (rows within their scope)
MONITORING_EXTRAS: dict[str, Callable[[User], list]] = {}
# the modules that fill the two dictionaries above when imported
EXTRA_AREAS = ("app.services.order_workbench", "app.services.target_workbench")


def load_extra_areas() -> None:
    """Import the areas that register workbench sections (once; later calls cost nothing)."""
    for name in EXTRA_AREAS:
        importlib.import_module(name)


@dataclass(frozen=True)
class CustomerDue:
    customer_id: int
    code: str
    name: str
    returns_on: dt.date


@dataclass
class SalesWorkbench:
    today: list[Reminder]
    overdue: list[Reminder]
    returning: list[CustomerDue]
    open_opportunities: int
    pipeline_value: Decimal
    extras: dict[str, list] = field(default_factory=dict)


def sales_workbench(actor: User, *, moment: dt.datetime | None = None) -> SalesWorkbench:
    """Today's and overdue next actions (all of them), own customers about to return to the pool,
    own pipeline. The screen reads the same through `workbench_board` a page at a time."""
    from app.services.workbench_board import sales_board

    moment = moment or now()
    today = moment.date()
    board = sales_board(actor, moment=moment)
    due = reminders(actor, today=today)
    return SalesWorkbench(
        today=[r for r in due if r.due_on == today], overdue=[r for r in due if r.due_on < today],
        returning=board.returning, open_opportunities=board.open_opportunities,
        pipeline_value=board.pipeline_value, extras=board.extras)


@dataclass(frozen=True)
class StaffActivity:
    user_id: int
    name: str
    last_follow_up_at: dt.datetime | None
    follow_ups_7d: int
    follow_ups_30d: int
    customers: int


@dataclass(frozen=True)
class StaleItem:
    id: int
    customer_id: int
    name: str
    owner_name: str
    last_update: dt.datetime | None
    amount: Decimal | None = None


@dataclass
class Monitoring:
    days: int
    idle_staff: list[StaffActivity]
    activity: list[StaffActivity]
    stale_key_customers: list[StaleItem]
    stale_opportunities: list[StaleItem]
    pool_waiting: int
    pool_oldest: dt.datetime | None
    extras: dict[str, list] = field(default_factory=dict)


def monitoring(actor: User, *, moment: dt.datetime | None = None, limit: int = 100) -> Monitoring:
    """Salespeople with no follow-up for N days (settings.monitor_days), key customers (interest high)
    and open opportunities not updated for N days, leads waiting in the pool, follow-ups per
    salesperson over 7 and 30 days. Supervisors see their team, managers everyone."""
    from app.services.workbench_board import monitoring_board

    return monitoring_board(actor, moment=moment, limit=limit)
