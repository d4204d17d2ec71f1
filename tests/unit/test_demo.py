"""The demo database: accounts, customers with contacts, follow-ups, the front-desk log, all
consistent with the rules the services keep, findable by search, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import re
from decimal import Decimal

import pytest
from peewee import fn

from app.models.activity import ROUTES, Call, FollowUp, Visit
from app.models.audit import AuditLog
from app.models.base import db, now
from app.models.connection import close_database, open_database
from app.models.customer import Contact, Customer
from app.models.notification import Notification
from app.models.numbering import DocumentCounter
from app.models.opportunity import STAGES, Opportunity
from app.models.order import Order
from app.models.pool import PoolClaim
from app.models.product import Bundle, BundleItem, Product, ProductLine
from app.models.quotation import STATES, Quotation, QuotationLine
from app.models.user import User
from app.services.customer_queries import CustomerFilter, count_customers, customer_page
from app.services.customers import contact_values, customer_values, input_from, next_customer_code
from app.services.demo import DEMO_ACCOUNTS, create_demo
from app.services.demo.quote_story import path_to
from app.services.normalize import contains_cjk, email_problem, phone_digits, phone_problem
from app.services.order_workflow import OPEN_STATES
from app.services.products import ProductInput, product_values, search_products
from app.services.quotation_approval import PricedLine, approval_need, approval_refusal
from app.services.quotation_states import may_move
from app.services.quotations import LineInput, QuotationInput, create_quotation
from app.services.quote_math import line_amounts, totals
from app.services.reception import reception_lookup
from app.services.recycling import RecycleResult, run_recycle_pass
from app.services.settings import get_settings
from app.services.workbench import sales_workbench

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


def assert_clocks_consistent() -> dict[str, int]:
    """Every customer's last_follow_up_at and pool clocks agree with its follow-ups, whatever its
    story (owned, claimed from the pool, recycled, unowned lead); returns how many of each."""
    follow_ups: dict[int, list[tuple]] = {}
    for customer_id, user_id, at in FollowUp.select(FollowUp.customer, FollowUp.user, FollowUp.at).tuples():
        follow_ups.setdefault(customer_id, []).append((at, user_id))
    claims = {(c.customer_id, c.user_id): c.claimed_at for c in PoolClaim.select()}
    stories = {"owned": 0, "claimed": 0, "recycled": 0, "unowned": 0}
    for customer in Customer.select():
        rows = sorted(follow_ups.get(customer.id, []))
        assert customer.last_follow_up_at == (rows[-1][0] if rows else None), customer.code
        assert all(at >= customer.created_at for at, _user in rows) and customer.pool_warned_at is None
        if customer.owner_id is not None:
            owner_last = max((at for at, user in rows if user == customer.owner_id), default=None)
            assert customer.last_touch_at == max(customer.owner_since, owner_last or customer.owner_since)
            assert customer.returned_to_pool_at is None
            if customer.previous_owner_id is None:  # owned since it came in: only the owner followed it up
                stories["owned"] += 1
                assert customer.owner_since == customer.created_at and {u for _at, u in rows} <= {customer.owner_id}
            else:  # the previous owner went quiet for 30 days, it returned, the owner claimed it later
                stories["claimed"] += 1
                assert claims[(customer.id, customer.owner_id)] == customer.owner_since > customer.created_at
                before = [at for at, user in rows if at < customer.owner_since]
                assert {u for at, u in rows if at < customer.owner_since} == {customer.previous_owner_id}
                assert customer.owner_since - max(before) > dt.timedelta(days=30)
                assert {u for at, u in rows if at >= customer.owner_since} <= {customer.owner_id}
        elif customer.previous_owner_id is not None:  # returned after 30 days without a follow-up
            stories["recycled"] += 1
            assert customer.returned_to_pool_at == customer.owner_since == customer.last_touch_at
            assert customer.returned_to_pool_at - customer.last_follow_up_at > dt.timedelta(days=30)
            assert customer.returned_to_pool_at < dt.datetime.now()
            assert {u for _at, u in rows} == {customer.previous_owner_id}
        else:
            stories["unowned"] += 1
            assert not rows and customer.last_touch_at == customer.owner_since == customer.created_at
    return stories


def test_follow_ups_and_pool_clocks_agree(demo):
    summary, _staff = demo
    assert FollowUp.select().count() == summary.follow_ups > CUSTOMERS
    stories = assert_clocks_consistent()
    assert stories["owned"] > 200 and min(stories.values()) >= 5, stories
    month_ago = dt.datetime.now() - dt.timedelta(days=30)
    owned = Customer.select().where(Customer.owner.is_null(False))
    stale = owned.where(Customer.last_touch_at < month_ago).count()
    assert 5 < stale < CUSTOMERS * 0.15 and owned.where(Customer.last_touch_at >= month_ago).count() > 150
    for follow_up in FollowUp.select().limit(200):
        assert contains_cjk(follow_up.content)


def test_a_recycling_pass_after_creation_returns_only_the_customers_due(demo):
    moment = now()
    month_ago, warn_from = moment - dt.timedelta(days=30), moment - dt.timedelta(days=27)
    open_orders = Order.select(Order.customer).where(Order.state.in_(sorted(OPEN_STATES)))
    owned = Customer.select().where(Customer.owner.is_null(False) & Customer.id.not_in(open_orders))
    due = {c.id: c.owner_id for c in owned.where(Customer.last_touch_at < month_ago)}
    warned = {c.id for c in owned.where((Customer.last_touch_at >= month_ago) & (Customer.last_touch_at < warn_from))}
    # due by the raw data too: neither the owner's follow-ups nor the owner's claim in 30 days
    recent = {(f.customer_id, f.user_id) for f in FollowUp.select().where(FollowUp.at >= month_ago)}
    for customer in owned:
        kept = (customer.id, customer.owner_id) in recent or customer.owner_since >= month_ago
        assert kept != (customer.id in due), customer.code
    assert warned, "the first pass warns someone"
    result = run_recycle_pass(moment)
    assert (result.returned, result.warned) == (len(due), len(warned))
    returned = {int(a.entity_id) for a in AuditLog.select().where(AuditLog.action == "return_to_pool")}
    assert returned == set(due)
    for customer in Customer.select().where(Customer.id.in_(list(due))):
        assert (customer.owner_id, customer.previous_owner_id) == (None, due[customer.id])
    assert {c.id for c in Customer.select().where(Customer.pool_warned_at == moment)} == warned
    assert run_recycle_pass(moment) == RecycleResult(0, 0)  # nothing twice


def test_every_salesperson_has_reminders_due_today_and_overdue(demo):
    _summary, staff = demo
    today = dt.date.today()
    for name in ("sup1", "sup2", *(f"sales{i}" for i in range(1, 9))):
        board = sales_workbench(staff[name])
        assert len(board.today) >= 2 and board.overdue, name
    assert sales_workbench(staff["sales1"]).returning  # about to return to the pool
    open_actions = FollowUp.select().where((FollowUp.done == False) & FollowUp.next_action_on.is_null(False))  # noqa: E712
    for follow_up in open_actions:
        # reminded on the day it fell due; only those due today wait for their notification
        assert (follow_up.reminded_at is None) == (follow_up.next_action_on >= today)
        assert follow_up.next_action and follow_up.next_action_on > follow_up.at.date()
        latest = FollowUp.select(fn.MAX(FollowUp.at)).where(FollowUp.customer == follow_up.customer_id).scalar()
        assert follow_up.at == latest  # earlier next actions were done


def test_opportunities_in_every_stage_with_won_and_lost_history(demo):
    summary, _staff = demo
    opportunities = list(Opportunity.select())
    assert len(opportunities) == summary.opportunities > CUSTOMERS // 2
    assert {o.stage for o in opportunities} == set(STAGES)
    eighteen_months = dt.datetime.now() - dt.timedelta(days=550)
    customers = {c.id: c for c in Customer.select()}
    for opportunity in opportunities:
        customer = customers[opportunity.customer_id]
        assert opportunity.owner_id == customer.owner_id is not None
        assert opportunity.created_at >= customer.owner_since and contains_cjk(opportunity.title)
        assert isinstance(opportunity.amount, Decimal) and opportunity.amount >= 1000
        assert opportunity.amount == opportunity.amount.to_integral_value()  # quoted in whole yuan
        closed = opportunity.stage in ("won", "lost")
        assert (opportunity.closed_at is not None) == closed and bool(opportunity.lost_reason) == (
            opportunity.stage == "lost")
        if closed:
            assert eighteen_months < opportunity.created_at < opportunity.closed_at < dt.datetime.now()
            assert opportunity.updated_at == opportunity.closed_at
        assert opportunity.expected_close_on is not None and opportunity.updated_at >= opportunity.created_at
        if opportunity.stage == "won":
            assert not customer.is_lead  # won once: a customer, no longer a lead
    lost = [o.lost_reason for o in opportunities if o.stage == "lost"]
    assert all(contains_cjk(r) for r in lost) and len(set(lost)) >= 5
    assert any(r.startswith("价格太高") for r in lost) and any("竞争对手" in r for r in lost)
    months = {o.closed_at.strftime("%Y-%m") for o in opportunities if o.closed_at}
    assert len(months) >= 8  # closed over the months, not all at once


def test_follow_ups_linked_to_opportunities(demo):
    opportunities = {o.id: o for o in Opportunity.select()}
    linked = list(FollowUp.select().where(FollowUp.opportunity_id.is_null(False)))
    assert len(linked) > 50
    for follow_up in linked:
        opportunity = opportunities[follow_up.opportunity_id]
        assert (follow_up.customer_id, follow_up.user_id) == (opportunity.customer_id, opportunity.owner_id)
        assert opportunity.created_at <= follow_up.at <= (opportunity.closed_at or follow_up.at)
        assert opportunity.updated_at >= follow_up.at  # a follow-up on it counts as an update


def test_follow_ups_asked_for_in_all(database):
    summary = create_demo(seed=3, customers=150, follow_ups=2500)
    assert summary.follow_ups == FollowUp.select().count() == 2500
    stories = assert_clocks_consistent()
    assert min(stories.values()) > 0
    with_history = Customer.select().where(Customer.last_follow_up_at.is_null(False)).count()
    assert 2500 / with_history > 12  # longer histories, not more customers with one


def test_fewer_follow_ups_asked_for(database):
    summary = create_demo(seed=3, customers=150, follow_ups=200)
    assert summary.follow_ups == FollowUp.select().count() == 200
    assert_clocks_consistent()


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
                    + list(Contact.select(Contact.name, Contact.mobile, Contact.email).order_by(Contact.id).tuples())
                    + list(Opportunity.select(Opportunity.title, Opportunity.amount, Opportunity.stage)
                           .order_by(Opportunity.id).tuples())
                    + list(FollowUp.select(FollowUp.customer, FollowUp.content, FollowUp.opportunity_id)
                           .order_by(FollowUp.id).tuples()))
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
    made = salesdesk("demo", "--customers", "50", "--seed", "2", "--follow-ups", "400")
    assert made.returncode == 0, made.stderr
    assert "13 users in 2 teams" in made.stdout and "50 customers" in made.stdout
    assert "400 follow-ups" in made.stdout and "197 products" in made.stdout and " quotations" in made.stdout
    assert salesdesk("check").returncode == 0


# ---- products and quotations ---------------------------------------------------------------------

SALES_CUSTOMERS = 1000  # enough for quotations still in approval beside decided and expired ones
QUOTE_NUMBER = re.compile(r"^QT-(\d{6})-(\d{4})(?:-R(\d+))?$")


@pytest.fixture
def sales_demo(database):
    summary = create_demo(seed=11, customers=SALES_CUSTOMERS)
    return summary, {u.username: u for u in User.select()}


def test_product_catalogue(sales_demo):
    summary, staff = sales_demo
    products = list(Product.select(Product, ProductLine).join(ProductLine))
    assert summary.products == len(products) == Product.select().count() and 180 <= len(products) <= 220
    assert ProductLine.select().count() >= 8 and all(len(line.products) >= 10 for line in ProductLine.select())
    assert {p.unit for p in products} >= {"个", "套", "台", "米", "年", "次"}
    assert {p.tax_rate for p in products if p.line.name == "技术服务"} == {Decimal(6)}
    assert {p.tax_rate for p in products} == {Decimal(13), Decimal(6)}
    for product in products:
        assert product.list_price > 0 and Decimal("0.74") <= product.floor_price / product.list_price <= Decimal("0.9")
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9.-]+", product.code) and contains_cjk(product.name)
        data = ProductInput(product.code, product.name, product.unit, product.list_price, product.floor_price,
                            product.tax_rate, product.line_id, product.active)
        for key, value in product_values(data).items():  # what the product form would save
            assert (product.line_id if key == "line" else getattr(product, key)) == value, (product.code, key)
    retired = [p.id for p in products if not p.active]
    assert 1 <= len(retired) <= 10
    bundles = list(Bundle.select())
    assert 5 <= len(bundles) <= 10 and all(2 <= len(b.items) <= 5 for b in bundles)
    assert not BundleItem.select().where(BundleItem.product.in_(retired)).exists()
    for picked in [p for p in products if p.active][::20]:  # found by initials and by pinyin
        assert picked.id in {r.id for r in search_products(staff["sales1"], picked.initials)}, picked.code
        assert picked.id in {r.id for r in search_products(staff["sales1"], picked.pinyin[:12])}, picked.code
    assert [r.code for r in search_products(staff["sales1"], "LS-M8")] == ["LS-M8-25", "LS-M8-30"]


def test_quotations_in_every_state_with_consistent_dates_and_decisions(sales_demo):
    summary, staff = sales_demo
    today, now_ = dt.date.today(), dt.datetime.now()
    users = {u.id: u for u in staff.values()}
    customers = {c.id: c for c in Customer.select()}
    quotations = {q.id: q for q in Quotation.select()}
    primary = {c.customer_id: c.id for c in Contact.select().where(Contact.is_primary == True)}  # noqa: E712
    assert summary.quotations == len(quotations) and SALES_CUSTOMERS / 12 <= len(quotations) <= SALES_CUSTOMERS / 7
    assert {q.state for q in quotations.values()} == set(STATES)  # converted: into a demo order
    for q in quotations.values():
        customer, salesperson = customers[q.customer_id], users[q.salesperson_id]
        assert q.salesperson_id == customer.owner_id and q.created_at >= customer.owner_since
        assert q.contact_id == primary[q.customer_id]
        assert today - dt.timedelta(days=550) <= q.quote_date < today and q.valid_until > q.quote_date
        assert q.quote_date == q.created_at.date()
        if q.state in ("sent", "pending", "approved"):
            assert q.valid_until >= today, q.number  # else expire_quotations would have expired it
        if q.state == "expired":
            assert q.valid_until < today, q.number
        assert (q.sent_at is not None) == (q.state in ("sent", "accepted", "declined", "expired", "converted"))
        decided = q.state in ("approved", "rejected") or (q.sent_at is not None and q.needs_approval)
        assert (q.approved_by_id is not None) == decided and (q.approved_at is not None) == decided
        assert q.needs_approval or q.state not in ("pending", "approved", "rejected")
        if decided:
            assert approval_refusal(users[q.approved_by_id], salesperson, q.approval_discount) is None
        if q.state == "rejected":
            assert q.decision_comment, q.number  # a rejection says why
        if not decided:
            assert q.decision_comment == "", q.number
        moments = [m for m in (q.created_at, q.approved_at, q.sent_at, q.updated_at) if m is not None]
        assert moments == sorted(moments) and q.updated_at <= now_, q.number
        conversion = q.state == "converted"  # accepted, then converted into an order
        assert q.version == len(path_to("accepted" if conversion else q.state,
                                        q.needs_approval and q.state != "draft")) + conversion
    assert Quotation.select().where(Quotation.state == "pending", Quotation.needs_approval).count() >= 1


def test_quotation_numbers_revisions_and_counters(sales_demo):
    quotations = list(Quotation.select().order_by(Quotation.id))
    by_id = {q.id: q for q in quotations}
    last: dict[str, int] = {}
    for q in quotations:
        month, sequence, revision = QUOTE_NUMBER.match(q.number).groups()
        if q.revision_of_id is None:
            assert (month, revision, q.revision) == (f"{q.quote_date:%Y%m}", None, 0)
            assert int(sequence) == last.get(month, 0) + 1  # in the order they were written, no gaps
            last[month] = int(sequence)
        else:
            source = by_id[q.revision_of_id]
            assert q.number == f"{source.number.split('-R')[0]}-R{q.revision}" and q.revision == source.revision + 1
            assert source.state in ("sent", "expired") and source.sent_at <= q.created_at
            assert q.quote_date <= source.valid_until and q.id > source.id
    assert sum(q.revision > 0 for q in quotations) >= 3
    counters = {c.period: c.last for c in DocumentCounter.select().where(DocumentCounter.kind == "QT")}
    assert counters == last


def test_stored_amounts_and_approval_flags_are_what_the_services_compute(sales_demo):
    _summary, staff = sales_demo
    products = {p.id: p for p in Product.select()}
    limits = {u.id: u.discount_limit for u in staff.values()}
    lines: dict[int, list[QuotationLine]] = {}
    for line in QuotationLine.select().order_by(QuotationLine.quotation, QuotationLine.position):  # one query
        lines.setdefault(line.quotation_id, []).append(line)
    quotations = list(Quotation.select())
    assert set(lines) == {q.id for q in quotations}
    free_text = 0
    for q in quotations:
        priced = []
        assert 1 <= len(lines[q.id]) <= 12 and [x.position for x in lines[q.id]] == list(range(1, len(lines[q.id]) + 1))
        for line in lines[q.id]:
            amounts = line_amounts(line.quantity, line.unit_price, line.discount, line.tax_rate)
            assert (line.net, line.tax) == (amounts.net, amounts.tax), q.number
            product = products.get(line.product_id)
            if product is None:
                free_text += 1
            else:
                assert (line.description, line.unit, line.tax_rate) == (product.name, product.unit, product.tax_rate)
                assert line.unit_price <= product.list_price
            priced.append(PricedLine(line.product_id, line.description, line.quantity, line.unit, line.unit_price,
                                     line.discount, line.tax_rate, line.net, line.tax,
                                     product.list_price if product else None, product.floor_price if product else None))
        sums = totals(priced)
        assert (q.net_total, q.tax_total, q.total) == (sums.net_total, sums.tax_total, sums.total), q.number
        need = approval_need(priced, limits[q.salesperson_id])
        assert (q.needs_approval, q.approval_discount) == (need.needed, need.discount), q.number
    assert free_text > 0
    share = sum(q.needs_approval for q in quotations) / len(quotations)
    assert 0.1 < share < 0.5


def test_every_story_moves_along_the_state_machine():
    for state in set(STATES) - {"converted"}:
        for approval in (False, True):
            if state in ("pending", "approved", "rejected") and not approval:
                continue
            path = path_to(state, approval)
            assert path[0] == "draft" and path[-1] == state
            assert all(may_move(a, b) for a, b in itertools.pairwise(path)), path


def test_next_quotation_continues_the_numbers_and_one_audit_row(sales_demo):
    summary, staff = sales_demo
    made = AuditLog.select().where(AuditLog.entity == "database")
    assert [json.loads(a.changes)["quotations"][1] for a in made] == [summary.quotations]
    assert not AuditLog.select().where(AuditLog.entity.in_(("quotation", "product"))).exists()
    today = dt.date.today()
    month = [int(q.number[10:14]) for q in Quotation.select().where(
        Quotation.number.startswith(f"QT-{today:%Y%m}-"), Quotation.revision == 0)]
    customer = Customer.select().where(Customer.owner == staff["sales1"].id).first()
    product = Product.select().where(Product.active).first()
    quotation = create_quotation(staff["sales1"], QuotationInput(customer.id, today, lines=[LineInput(product.id)]))
    assert quotation.number == f"QT-{today:%Y%m}-{max(month, default=0) + 1:04d}"
    assert quotation.id == max(q.id for q in Quotation.select(Quotation.id))


def test_same_seed_same_products_and_quotations(tmp_path):
    def make(name: str, seed: int, customers: int) -> tuple[list, list]:
        open_database(str(tmp_path / name))
        try:
            create_demo(seed=seed, customers=customers)
            catalogue = (list(Product.select(Product.code, Product.list_price, Product.floor_price, Product.active)
                              .order_by(Product.id).tuples())
                         + list(BundleItem.select(BundleItem.bundle, BundleItem.product, BundleItem.quantity)
                                .order_by(BundleItem.id).tuples()))
            quotes = (list(Quotation.select(Quotation.number, Quotation.customer, Quotation.state, Quotation.total,
                                            Quotation.approved_by, Quotation.sent_at).order_by(Quotation.id).tuples())
                      + list(QuotationLine.select(QuotationLine.quotation, QuotationLine.product,
                                                  QuotationLine.quantity, QuotationLine.discount)
                             .order_by(QuotationLine.id).tuples()))
            return catalogue, quotes
        finally:
            close_database()
            db.initialize(None)

    first = make("a.sqlite3", 5, 200)
    assert make("b.sqlite3", 5, 200) == first and first[1]
    other = make("c.sqlite3", 6, 200)
    assert other[0] != first[0] and other[1] != first[1]
    assert make("d.sqlite3", 5, 60)[0] == first[0]  # the catalogue does not depend on the customers
