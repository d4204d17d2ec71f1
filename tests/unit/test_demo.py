"""The demo database: accounts, customers with contacts, follow-ups, the front-desk log, all
consistent with the rules the services keep, findable by search, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from peewee import fn

from app.models.activity import ROUTES, Call, FollowUp, Visit
from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.customer import Contact, Customer
from app.models.notification import Notification
from app.models.user import User
from app.services.customer_queries import CustomerFilter, count_customers, customer_page
from app.services.customers import contact_values, customer_values, input_from, next_customer_code
from app.services.demo import DEMO_ACCOUNTS, create_demo
from app.services.normalize import contains_cjk, email_problem, phone_digits, phone_problem
from app.services.reception import reception_lookup
from app.services.recycling import run_recycle_pass
from app.services.settings import get_settings

CUSTOMERS = 300


@pytest.fixture
def demo(database):
    summary = create_demo(seed=7, customers=CUSTOMERS)
    return summary, {u.username: u for u in User.select()}


def test_accounts_customers_and_contacts(demo):
    summary, _staff = demo
    assert summary.users == len(DEMO_ACCOUNTS) == 13 and summary.customers == CUSTOMERS
    assert Customer.select().count() == CUSTOMERS and Contact.select().count() == summary.contacts
    assert 1.7 <= summary.contacts / CUSTOMERS <= 2.3  # about two contacts each
    per_customer = dict(Contact.select(Contact.customer, fn.COUNT(Contact.id)).group_by(Contact.customer).tuples())
    assert len(per_customer) == CUSTOMERS
    primaries = Contact.select().where(Contact.is_primary == True).count()  # noqa: E712
    assert primaries == CUSTOMERS
    pool = Customer.select().where(Customer.owner.is_null()).count()
    assert 0.08 <= pool / CUSTOMERS <= 0.22  # ~15 % in the public pool
    owners = {c.owner.username for c in Customer.select().where(Customer.owner.is_null(False))}
    assert owners <= {f"sales{i}" for i in range(1, 9)} | {"sup1", "sup2"} and len(owners) >= 8
    codes = sorted(c.code for c in Customer.select(Customer.code))
    assert codes[0] == "KH000001" and codes[-1] == f"KH{CUSTOMERS:06d}"
    created = [c.created_at for c in Customer.select(Customer.created_at).order_by(Customer.id)]
    assert created == sorted(created)  # codes follow the order customers came in
    assert min(created) >= dt.datetime.now() - dt.timedelta(days=550) and max(created) <= dt.datetime.now()
    for column in ("industry", "region", "city", "source", "interest", "scale"):
        assert Customer.select(getattr(Customer, column)).distinct().count() >= 4, column
    assert Customer.select().where(Customer.tags != "").count() > CUSTOMERS // 4
    with db.atomic():
        assert next_customer_code() == f"KH{CUSTOMERS + 1:06d}"  # a new customer continues the codes
    new = Customer.create(code="KH999999", name="x", name_key="x")  # and the id sequence (PostgreSQL)
    assert new.id == CUSTOMERS + 1


def test_follow_ups_by_the_owner_give_last_follow_up_at(demo):
    summary, _staff = demo
    assert FollowUp.select().count() == summary.follow_ups > CUSTOMERS
    latest = dict(FollowUp.select(FollowUp.customer, fn.MAX(FollowUp.at)).group_by(FollowUp.customer).tuples())
    month_ago = dt.datetime.now() - dt.timedelta(days=30)
    stale = recent = 0
    for customer in Customer.select():
        assert customer.last_follow_up_at == latest.get(customer.id), customer.code
        if customer.owner_id is not None:
            last = customer.last_follow_up_at or customer.created_at
            stale += last < month_ago
            recent += last >= month_ago
        elif customer.last_follow_up_at is not None:
            assert customer.last_follow_up_at < month_ago  # back in the pool after 30 quiet days
    assert stale > 5 and recent > 150
    owned = (FollowUp.select(FollowUp.user, Customer.owner).join(Customer)
             .where(Customer.owner.is_null(False)).tuples())
    assert all(user == owner for user, owner in owned)
    for follow_up in FollowUp.select().limit(200):
        assert follow_up.at >= follow_up.customer.created_at and contains_cjk(follow_up.content)


def test_pool_clocks_agree_with_recycling_and_reminders(demo):
    month_ago = dt.datetime.now() - dt.timedelta(days=30)
    due = 0
    for customer in Customer.select():
        if customer.owner_id is not None:
            assert customer.owner_since == customer.created_at and customer.previous_owner_id is None
            assert customer.last_touch_at == max(customer.created_at, customer.last_follow_up_at or customer.created_at)
            assert customer.returned_to_pool_at is None and customer.pool_warned_at is None
            due += customer.last_touch_at < month_ago
        elif customer.previous_owner_id is not None:  # returned after 30 days without a follow-up
            assert customer.returned_to_pool_at == customer.owner_since == customer.last_touch_at
            assert customer.returned_to_pool_at - customer.last_follow_up_at > dt.timedelta(days=30)
        else:
            assert customer.last_follow_up_at is None and customer.last_touch_at == customer.created_at
    assert 0 < due < CUSTOMERS * 0.15
    result = run_recycle_pass()
    assert result.returned == due and result.warned > 0
    today = dt.date.today()
    open_actions = FollowUp.select().where((FollowUp.done == False) & FollowUp.next_action_on.is_null(False))  # noqa: E712
    assert open_actions.count() > 0
    for follow_up in open_actions:
        # reminded on the day it fell due; only those due today wait for their notification
        assert (follow_up.reminded_at is None) == (follow_up.next_action_on >= today)


def test_visits_and_calls_routed_like_the_front_desk(demo):
    summary, staff = demo
    rotation = [staff[n].id for n in ("sales1", "sales2", "sales5", "sales6")]
    assert list(get_settings().reception_rotation) == rotation
    assert Visit.select().count() == summary.visits > 20 and Call.select().count() == summary.calls > 40
    routes = set()
    for record, who in [(v, v.received_by_id) for v in Visit.select()] + [(c, c.taken_by_id) for c in Call.select()]:
        assert who == staff["desk1"].id and record.route in ROUTES
        routes.add(record.route)
        customer = record.customer
        if record.route == "survey":
            assert record.market_survey and customer is None and record.routed_to_id is None
            continue
        assert not record.market_survey and customer is not None
        if record.route == "owner":
            assert record.routed_to_id == customer.owner_id and not record.new_customer
        elif record.route == "duty":
            assert record.new_customer and record.routed_to_id == customer.owner_id and customer.owner_id in rotation
        else:
            assert record.routed_to_id is None and customer.owner_id is None
    assert routes == {"owner", "duty", "pool", "survey"}
    assert Visit.select().where(Visit.new_customer == True).count() > 5  # noqa: E712
    days_ago = dt.datetime.now() - dt.timedelta(days=4)
    for note in Notification.select():  # what reception left for the owner or duty in the last days
        assert note.created_at >= days_ago and note.user_id in {c.routed_to_id for c in Call.select()} | {
            v.routed_to_id for v in Visit.select()}


def test_every_customer_is_found_by_name_pinyin_and_phone(demo):
    _summary, staff = demo
    manager, desk = staff["manager"], staff["desk1"]
    rng = random.Random(3)
    for customer in rng.sample(list(Customer.select()), 40):
        contact = Contact.select().where(Contact.customer == customer.id).order_by(Contact.id).first()
        start = rng.randrange(len(customer.name) - 1)
        fragment = customer.name[start:start + 2]
        initials = contact.initials if len(contact.initials) >= 3 else customer.initials
        digits = contact.mobile_digits or contact.phone_digits
        at = rng.randrange(len(digits) - 3)
        for query in (fragment, initials[:3], digits[at:at + 4]):
            flt = CustomerFilter(search=query)
            found = [r.id for r in customer_page(manager, flt, 0, CUSTOMERS + 1)]
            assert customer.id in found and count_customers(manager, flt) == len(found), query
        assert customer.id in [m.customer_id for m in reception_lookup(desk, contact.mobile or contact.phone)]


def test_numbers_and_addresses_are_valid(demo):
    for contact in Contact.select():
        assert contact.mobile or contact.phone
        assert phone_problem(contact.phone) is None and phone_problem(contact.mobile) is None, contact.name
        assert email_problem(contact.email) is None and contact.email_key == contact.email.lower()
        if contact.phone:
            assert contact.phone.startswith("0") and "-" in contact.phone
    for record in list(Visit.select()) + list(Call.select()):
        assert phone_problem(record.phone) is None
    mobiles = [c.mobile_digits for c in Contact.select() if c.mobile_digits]
    assert len(mobiles) == len(set(mobiles)) and all(len(m) == 11 and m[0] == "1" for m in mobiles)
    emails = [c.email_key for c in Contact.select() if c.email_key]
    assert len(emails) == len(set(emails))
    assert all(phone_digits(c.mobile) == c.mobile_digits for c in Contact.select())


def test_stored_keys_are_what_the_customer_form_would_save(demo):
    """Saving a demo customer unchanged in the form changes none of its derived columns."""
    for customer in Customer.select().order_by(Customer.id).limit(60):
        contacts = list(Contact.select().where(Contact.customer == customer.id).order_by(Contact.id))
        data = input_from(customer, contacts)
        values = customer_values(data)
        for key, value in values.items():
            stored = customer.owner_id if key == "owner" else getattr(customer, key)
            assert stored == value, (customer.code, key)
        for contact, entered in zip(contacts, data.contacts, strict=True):
            for key, value in contact_values(entered).items():
                assert getattr(contact, key) == value, (contact.name, key)


def test_accounts_only_without_customers(database):
    summary = create_demo()
    assert (summary.users, summary.customers) == (13, 0)
    assert Customer.select().count() == 0 and get_settings().reception_rotation == ()


def test_same_seed_same_data(tmp_path):
    def make(name: str, seed: int) -> list[tuple]:
        open_database(str(tmp_path / name))
        try:
            create_demo(seed=seed, customers=120)
            return (list(Customer.select(Customer.name, Customer.owner, Customer.interest).order_by(Customer.id)
                         .tuples())
                    + list(Contact.select(Contact.name, Contact.mobile, Contact.email).order_by(Contact.id).tuples()))
        finally:
            close_database()
            db.initialize(None)

    first = make("a.sqlite3", 5)
    assert make("b.sqlite3", 5) == first
    assert make("c.sqlite3", 6) != first


def test_search_pages_are_the_same_however_they_are_read(demo, monkeypatch):
    """A broad search walks the sort column's index, a narrow one sorts its matches: same rows."""
    from app.services import customer_queries

    _summary, staff = demo
    queries = ["有限", "上海", "科技", "zh", "13", Customer.get_by_id(5).name[:2]]
    for actor, extra in ((staff["manager"], {}), (staff["sup1"], {"interest": "high"}), (staff["manager"], {
            "region": "上海"})):
        for query in queries:
            flt = CustomerFilter(search=query, **extra)
            for sort in sorted(customer_queries.INDEXED_SORTS):
                for descending in (False, True):
                    pages = []
                    for threshold in (1, 10**9):
                        monkeypatch.setattr(customer_queries, "WALK_INDEX_FROM", threshold)
                        pages.append([r.id for offset in (0, 40) for r in customer_page(
                            actor, flt, offset, 40, sort=sort, descending=descending)])
                    assert pages[0] == pages[1], (query, sort, descending)
            everything = customer_page(actor, flt, 0, CUSTOMERS + 1)
            assert count_customers(actor, flt) == len(everything)


def test_command_line_demo_with_customers(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]

    def salesdesk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "demo.sqlite3"), *args],
                              cwd=root, capture_output=True, text=True, timeout=120)

    assert salesdesk("demo", "--customers", "-1").returncode == 2
    made = salesdesk("demo", "--customers", "50", "--seed", "2")
    assert made.returncode == 0, made.stderr
    assert "13 users in 2 teams" in made.stdout and "50 customers" in made.stdout
    assert salesdesk("check").returncode == 0
