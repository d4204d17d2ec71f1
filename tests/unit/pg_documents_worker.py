"""Run as a separate process by test_pg_concurrency: one app's share of work on a shared database.

    python -m tests.unit.pg_documents_worker TARGET GO_FILE documents USER_ID CUSTOMER_ID PRODUCT_ID COUNT
    python -m tests.unit.pg_documents_worker TARGET GO_FILE passes YYYY-MM-DD

`documents` creates COUNT quotations and COUNT orders through the services, alternating, and prints
each number; `passes` runs the background passes (quotation expiry, order reminders, every user's
follow-up reminders) once and prints "expired renewals overdue reminders".
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from app.models.base import db
from app.models.connection import open_database
from app.models.user import User
from app.services import orders, quotations
from app.services.follow_ups import notify_due_reminders
from app.services.order_reminders import run_order_reminders
from app.services.orders import OrderInput
from app.services.quotations import LineInput, QuotationInput

DAY = dt.date(2026, 3, 10)


def documents(user_id: int, customer_id: int, product_id: int, count: int) -> None:
    actor = User.get_by_id(user_id)
    line = LineInput(product_id=product_id, quantity="2")
    for _ in range(count):
        quotation = quotations.create_quotation(actor, QuotationInput(customer_id=customer_id, quote_date=DAY,
                                                                      lines=[line]))
        order = orders.create_order(actor, OrderInput(customer_id=customer_id, sign_date=DAY, lines=[line]))
        print(quotation.number, order.number, flush=True)


def passes(today: dt.date) -> None:
    expired = quotations.expire_quotations(today)
    reminders = run_order_reminders(today)
    due = sum(notify_due_reminders(user, today=today) for user in User.select().order_by(User.id))
    print(expired, reminders.renewals, reminders.overdue, due, flush=True)


def main() -> None:
    target, go_file, work = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    open_database(target, migrate=False)
    deadline = time.monotonic() + 60
    while not go_file.exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    if work == "documents":
        documents(*(int(value) for value in sys.argv[4:8]))
    else:
        passes(dt.date.fromisoformat(sys.argv[4]))
    db.close()


if __name__ == "__main__":
    main()
