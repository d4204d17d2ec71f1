"""Recycling: due customers return to the pool once, owners are warned before, open orders and fresh
follow-ups keep a customer; safe with two processes at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.audit import AuditLog
from app.models.base import db, now
from app.models.customer import Customer
from app.models.notification import Notification
from app.services import recycling
from app.services.follow_ups import FollowUpInput, record_follow_up
from app.services.recycling import run_recycle_pass
from tests.unit.customer_factories import add_customer, demo_staff

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def staff(database):
    return demo_staff()


def age(customer_id: int, days: float) -> None:
    """Make the owner's last touch `days` old."""
    Customer.update(last_touch_at=now() - dt.timedelta(days=days)).where(Customer.id == customer_id).execute()


def test_due_warned_and_not_due(staff):
    sales1 = staff["sales1"]
    due, warn, fresh = (add_customer(sales1, n) for n in ("到期客户", "将到期客户", "新客户"))
    age(due, 31)
    age(warn, 28)  # returns in 2 days: inside the 3-day warning
    age(fresh, 10)
    assert run_recycle_pass() == recycling.RecycleResult(returned=1, warned=1)
    returned = Customer.get_by_id(due)
    assert (returned.owner_id, returned.previous_owner_id) == (None, sales1.id)
    assert returned.returned_to_pool_at is not None
    assert Customer.get_by_id(warn).owner_id == sales1.id and Customer.get_by_id(warn).pool_warned_at is not None
    kinds = sorted(n.kind for n in Notification.select().where(Notification.user == sales1.id))
    assert kinds == ["pool.returned", "pool.warning"]
    audit = AuditLog.get((AuditLog.entity_id == str(due)) & (AuditLog.action == "return_to_pool"))
    assert audit.user_id is None
    assert run_recycle_pass() == recycling.RecycleResult(0, 0)  # idempotent: nothing twice


def test_an_owners_follow_up_restarts_the_clock_and_clears_the_warning(staff):
    sales1 = staff["sales1"]
    customer_id = add_customer(sales1, "跟进过的客户")
    age(customer_id, 28)
    run_recycle_pass()
    record_follow_up(sales1, FollowUpInput(customer_id, "call", "回访"))
    stored = Customer.get_by_id(customer_id)
    assert stored.pool_warned_at is None and stored.last_touch_at > now() - dt.timedelta(minutes=1)
    age(customer_id, 29)
    assert run_recycle_pass().returned == 0


def test_someone_elses_follow_up_does_not_keep_the_customer(staff):
    customer_id = add_customer(staff["sales1"], "经理跟进的客户")
    age(customer_id, 31)
    record_follow_up(staff["manager"], FollowUpInput(customer_id, "call", "经理问候"))
    assert run_recycle_pass().returned == 1


def test_exempt_customers_never_return(staff, monkeypatch):
    protected = add_customer(staff["sales1"], "有未完成合同的客户")
    age(protected, 90)
    monkeypatch.setattr(recycling, "RECYCLE_EXEMPTIONS",
                        [lambda: Customer.select(Customer.id).where(Customer.name == "有未完成合同的客户")])
    assert run_recycle_pass().returned == 0
    assert Customer.get_by_id(protected).owner_id == staff["sales1"].id


def test_many_customers_return_and_are_warned_a_batch_at_a_time(staff, monkeypatch):
    monkeypatch.setattr(recycling, "BATCH", 7)
    owners = [staff["sales1"], staff["sales2"]]
    due = [add_customer(owners[i % 2], f"到期{i}") for i in range(20)]
    warned = [add_customer(owners[i % 2], f"将到期{i}") for i in range(16)]
    for customer_id in due:
        age(customer_id, 35)
    for customer_id in warned:
        age(customer_id, 28.5)
    assert run_recycle_pass() == recycling.RecycleResult(returned=20, warned=16)
    for number, customer_id in enumerate(due):
        customer = Customer.get_by_id(customer_id)
        assert (customer.owner_id, customer.previous_owner_id) == (None, owners[number % 2].id)
        assert customer.returned_to_pool_at == customer.owner_since == customer.last_touch_at
    audits = [(int(a.entity_id), a.changes) for a in AuditLog.select().where(AuditLog.action == "return_to_pool")]
    assert sorted(audits) == sorted((c, f'{{"owner": [{owners[n % 2].id}, null]}}') for n, c in enumerate(due))
    returns_on = (now() + dt.timedelta(days=1.5)).date()
    notes = Notification.select().where(Notification.kind == "pool.warning")
    assert sorted(int(n.entity_id) for n in notes) == warned
    assert all(n.title.endswith(f"returns to the pool on {returns_on:%Y-%m-%d}") for n in notes)
    assert Notification.select().where(Notification.kind == "pool.returned").count() == 20
    assert run_recycle_pass() == recycling.RecycleResult(0, 0)


def test_two_processes_at_once_return_each_customer_once(staff, db_target, tmp_path):
    sales = [staff[f"sales{i}"] for i in range(1, 9)]
    ids = [add_customer(sales[i % 8], f"到期{i}") for i in range(300)]
    Customer.update(last_touch_at=now() - dt.timedelta(days=40)).where(Customer.id.in_(ids)).execute()
    db.close()
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, "-m", "tests.unit.recycle_worker", db_target, str(go)], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    go.touch()
    returned = 0
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        returned += int(out.split()[0])
    assert returned == 300
    assert Customer.select().where(Customer.owner.is_null() & Customer.id.in_(ids)).count() == 300
    rows = AuditLog.select().where(AuditLog.action == "return_to_pool")
    assert sorted(int(r.entity_id) for r in rows) == sorted(ids)  # exactly one audit row each
    assert Notification.select().where(Notification.kind == "pool.returned").count() == 300
