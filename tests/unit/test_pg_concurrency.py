"""Several apps on one PostgreSQL database at once, as separate processes: document numbers stay
distinct and gapless, and the background passes act once."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.models.activity import FollowUp
from app.models.base import db
from app.models.notification import Notification
from app.models.order import Order, PaymentInstalment
from app.models.quotation import Quotation
from app.services import products
from tests.conftest import PG_URL
from tests.unit.customer_factories import add_customer, demo_staff

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="SALESDESK_TEST_PG is not set")]

ROOT = Path(__file__).resolve().parents[2]
PER_PROCESS = 40


@pytest.fixture
def pg_database():
    from app.models.connection import close_database, open_database
    from tests.conftest import reset_postgres

    reset_postgres(PG_URL)
    opened = open_database(PG_URL)
    yield opened
    close_database()
    db.initialize(None)


def run_at_once(tmp_path: Path, *argument_lists: list[str]) -> list[str]:
    """Start one worker per argument list, let them go together, return each one's output."""
    go = tmp_path / "go"
    workers = [subprocess.Popen([sys.executable, "-m", "tests.unit.pg_documents_worker", PG_URL, str(go), *args],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for args in argument_lists]
    go.touch()
    outputs = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        outputs.append(out)
    return outputs


def sequences(numbers: list[str]) -> list[int]:
    return sorted(int(number.rsplit("-", 1)[1]) for number in numbers)


def test_two_apps_creating_quotations_and_orders_draw_distinct_gapless_numbers(pg_database, tmp_path):
    staff = demo_staff()
    sales1 = staff["sales1"]
    customer = add_customer(sales1, "上海并发测试公司", owner=sales1)
    product = products.create_product(staff["manager"], products.ProductInput(
        "P-1", "控制器", "台", "100.00", "80.00", "13")).id
    db.close()  # the workers hold the only connections while they run
    args = ["documents", str(sales1.id), str(customer), str(product), str(PER_PROCESS)]
    outputs = run_at_once(tmp_path, args, args)
    printed = [line.split() for out in outputs for line in out.splitlines()]
    assert len(printed) == 2 * PER_PROCESS
    both_ran = [len(out.splitlines()) for out in outputs]
    assert both_ran == [PER_PROCESS, PER_PROCESS]
    quotation_numbers = [pair[0] for pair in printed]
    order_numbers = [pair[1] for pair in printed]
    assert all(n.startswith("QT-202603-") for n in quotation_numbers)
    assert all(n.startswith("SO-202603-") for n in order_numbers)
    assert sequences(quotation_numbers) == list(range(1, 2 * PER_PROCESS + 1))
    assert sequences(order_numbers) == list(range(1, 2 * PER_PROCESS + 1))
    db.connect(reuse_if_open=True)
    assert sorted(q.number for q in Quotation.select()) == sorted(quotation_numbers)
    assert sorted(o.number for o in Order.select()) == sorted(order_numbers)


def test_two_apps_running_the_background_passes_at_once_act_once(pg_database, tmp_path):
    from app.services.demo import create_demo

    create_demo(customers=150, statement_months=0)
    today = dt.date.today()
    # whatever the demo's own passes did: some quotations due to expire, every reminder still to send
    some = [q.id for q in Quotation.select(Quotation.id).order_by(Quotation.id).limit(30)]
    Quotation.update(state="sent", valid_until=today - dt.timedelta(days=3)).where(Quotation.id.in_(some)).execute()
    Order.update(renewal_reminded_at=None).execute()
    PaymentInstalment.update(overdue_reminded_at=None).execute()
    FollowUp.update(reminded_at=None).where(FollowUp.done == False).execute()  # noqa: E712
    Notification.delete().where(Notification.kind.startswith("order.") | (Notification.kind == "reminder")).execute()
    due = Quotation.select().where((Quotation.state == "sent") & (Quotation.valid_until < today)).count()
    notified_before = Notification.select().count()
    db.close()
    outputs = run_at_once(tmp_path, ["passes", today.isoformat()], ["passes", today.isoformat()])
    results = [[int(value) for value in out.split()] for out in outputs]
    expired, renewals, overdue, reminders = (sum(column) for column in zip(*results, strict=True))
    db.connect(reuse_if_open=True)
    assert due > 0 and expired == due
    assert Quotation.select().where((Quotation.state == "sent") & (Quotation.valid_until < today)).count() == 0
    assert renewals + overdue > 0 and reminders > 0
    assert reminders == FollowUp.select().where(FollowUp.reminded_at.is_null(False) & (FollowUp.done == False)).count()  # noqa: E712
    new = list(Notification.select().where(Notification.id > 0).order_by(Notification.id))[notified_before:]
    assert len(new) == renewals + overdue + reminders
    assert renewals == Order.select().where(Order.renewal_reminded_at.is_null(False)).count()
    assert overdue == PaymentInstalment.select().where(PaymentInstalment.overdue_reminded_at.is_null(False)).count()
    # each reminder once, whichever app sent it (an overdue one names its instalment's amount and due date)
    per_reminder = Counter((n.kind, n.entity_id, n.body, n.title) for n in new)
    assert max(per_reminder.values()) == 1
    # run again: nothing left to do
    assert run_at_once(tmp_path, ["passes", today.isoformat()]) == ["0 0 0 0\n"]
