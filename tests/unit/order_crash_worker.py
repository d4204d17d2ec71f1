"""Run as a separate process by test_order_crash: saves orders of 500 lines one after another and
prints each number once its transaction committed, until the test kills it (SIGKILL).

    python -m tests.unit.order_crash_worker TARGET USERNAME CUSTOMER_ID PRODUCT_ID
"""

from __future__ import annotations

import datetime as dt
import sys

from app.models.connection import open_database
from app.models.user import User
from app.services.orders import OrderInput, create_order
from app.services.quotations import LineInput

LINES = 500


def main() -> None:
    target, username, customer_id, product_id = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    open_database(target, migrate=False)
    actor = User.get(User.username == username)
    lines = [LineInput(product_id=product_id, quantity=f"{n % 7 + 1}.5", discount=str(n % 5)) for n in range(LINES)]
    while True:
        order = create_order(actor, OrderInput(customer_id, dt.date(2026, 3, 10), lines=lines))
        print(order.number, flush=True)


if __name__ == "__main__":
    main()
