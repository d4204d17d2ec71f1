"""Order reminders for the background passes: contracts to renew (续签提醒) and overdue instalments,
as notifications to the order's salesperson.

Each reminder goes out once: the pass marks the order (`renewal_reminded_at`) or the instalment
(`overdue_reminded_at`) with an UPDATE whose WHERE still requires the mark to be empty, and
notifies only the rows its own UPDATE .. RETURNING changed. So the pass is idempotent and safe with
several apps on one database, like the recycling pass.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.base import db, now
from app.models.order import Order, PaymentInstalment
from app.services.notifications import notify_many
from app.services.order_workflow import SOLD_STATES
from app.services.receivables import overdue_query
from app.services.settings import get_settings

BATCH = 500


@dataclass(frozen=True)
class OrderReminderResult:
    renewals: int
    overdue: int


def run_order_reminders(today: dt.date | None = None) -> OrderReminderResult:
    """Remind salespeople of their contracts ending within `renewal_reminder_days` (setting, default
    30) and of instalments past due and not covered by payments; each reminder once."""
    today = today or dt.date.today()
    return OrderReminderResult(remind_renewals(today), remind_overdue(today))


def remind_renewals(today: dt.date) -> int:
    """Notify the salesperson of every sold order whose `end_date` falls within the next
    `renewal_reminder_days` days (today included), once per order; returns how many."""
    days = get_settings().renewal_reminder_days
    window = (Order.state.in_(sorted(SOLD_STATES)) & Order.end_date.between(today, today + dt.timedelta(days=days))
              & Order.renewal_reminded_at.is_null())
    sent = 0
    while True:
        ids = [i for (i,) in Order.select(Order.id).where(window).limit(BATCH).tuples()]
        if not ids:
            return sent
        with db.atomic():
            rows = list(Order.update(renewal_reminded_at=now()).where(Order.id.in_(ids) & window)
                        .returning(Order.id, Order.salesperson, Order.number, Order.end_date).tuples().execute())
            notify_many("order.renewal", "order", [
                (salesperson_id, "Contract to renew", f"{number}: {_date(end):%Y-%m-%d}", order_id)
                for order_id, salesperson_id, number, end in rows])
        sent += len(rows)
        if len(ids) < BATCH:
            return sent


def remind_overdue(today: dt.date) -> int:
    """Notify the salesperson of every overdue, uncovered instalment, once per instalment."""
    sub = overdue_query(today).alias("o")
    candidates = (PaymentInstalment.select(PaymentInstalment.id)
                  .join(sub, on=(PaymentInstalment.id == sub.c.instalment_id))
                  .where(PaymentInstalment.overdue_reminded_at.is_null()))
    sent = 0
    while True:
        ids = [i for (i,) in candidates.limit(BATCH).tuples()]
        if not ids:
            return sent
        with db.atomic():
            marked = [i for (i,) in PaymentInstalment.update(overdue_reminded_at=now()).where(
                PaymentInstalment.id.in_(ids) & PaymentInstalment.overdue_reminded_at.is_null())
                .returning(PaymentInstalment.id).tuples().execute()]
            rows = (PaymentInstalment.select(PaymentInstalment.due_date, PaymentInstalment.amount, Order.id,
                                             Order.number, Order.salesperson)
                    .join(Order).where(PaymentInstalment.id.in_(marked)).tuples()) if marked else []
            notify_many("order.overdue", "order", [
                (salesperson_id, "Instalment overdue", f"{number}: {amount} ({due:%Y-%m-%d})", order_id)
                for due, amount, order_id, number, salesperson_id in rows])
        sent += len(marked)
        if len(ids) < BATCH:
            return sent


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))  # RETURNING on SQLite gives the stored text
