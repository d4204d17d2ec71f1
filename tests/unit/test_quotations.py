"""Quotations: numbering, server-side totals, approval routing by limits, states, revisions,
expiry, stale edits, permissions, the list, the customer timeline and merges."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from app.models.notification import Notification
from app.models.quotation import Quotation, QuotationLine
from app.services import products, quotation_decisions, quotations
from app.services.duplicates import merge_customers
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.quotation_queries import QuotationFilter, count_quotations, quotation_page
from app.services.quotations import LineInput, QuotationInput
from app.services.timeline import customer_timeline
from tests.unit.customer_factories import add_customer, demo_staff
from tests.unit.factories import make_user

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def world(database):
    """Demo staff (sales1: team 1, limit 10 %; sup1: team 1, 20 %; sup2: team 2; manager), a
    customer of sales1 and of sales5, and a product listed at 100.00 with floor 80.00, tax 13 %."""
    staff = demo_staff()
    staff["c1"] = add_customer(staff["sales1"], "上海甲公司", owner=staff["sales1"])
    staff["c5"] = add_customer(staff["sales5"], "广州乙公司", owner=staff["sales5"])
    staff["p"] = products.create_product(staff["manager"], products.ProductInput(
        "P-100", "控制器", "台", "100.00", "80.00", "13")).id
    return staff


def quote(w, *lines: LineInput, actor="sales1", customer="c1", on=DAY, **fields) -> Quotation:
    data = QuotationInput(customer_id=w[customer], quote_date=on, lines=list(lines), **fields)
    return quotations.create_quotation(w[actor], data)


def line(w, discount="0", price=None, quantity="1") -> LineInput:
    return LineInput(product_id=w["p"], quantity=quantity, unit_price=price, discount=discount)


def fresh(q: Quotation) -> Quotation:
    return Quotation.get_by_id(q.id)


def test_numbers_and_server_side_totals(world):
    first = quote(world, line(world, quantity="3"), LineInput(description="安装服务", quantity="1",
                                                             unit_price="33.33", tax_rate="6"))
    second = quote(world, line(world))
    assert (first.number, second.number) == ("QT-202603-0001", "QT-202603-0002")
    stored = fresh(first)
    assert (stored.net_total, stored.tax_total, stored.total) == (Decimal("333.33"), Decimal("41.00"),
                                                                   Decimal("374.33"))
    lines = quotations.quotation_lines(world["sales1"], first.id)
    assert [(ln.description, ln.unit, ln.net, ln.tax) for ln in lines] == [
        ("控制器", "台", Decimal("300.00"), Decimal("39.00")), ("安装服务", "", Decimal("33.33"), Decimal("2.00"))]
    assert stored.valid_until == DAY + dt.timedelta(days=30)
    assert (stored.state, stored.salesperson_id, stored.needs_approval) == ("draft", world["sales1"].id, False)
    with count_queries() as check:
        quotations.get_quotation(world["sales1"], first.id)
    with count_queries() as counted:
        lines = quotations.quotation_lines(world["sales1"], first.id)
        codes = [ln.product.code if ln.product_id else "" for ln in lines]
    assert codes[0] and codes[1] == ""
    assert counted.count == check.count + 1  # the lines come with their products: no query per line


def test_bad_lines_are_refused_by_cell(world):
    with pytest.raises(ValidationError) as caught:
        quote(world, line(world, discount="120"), LineInput(description="", quantity="0", unit_price="1"))
    assert set(caught.value.fields) == {"lines.0.discount", "lines.1.description", "lines.1.quantity"}


def test_salespeople_quote_only_their_own_customers_for_themselves(world):
    with pytest.raises(PermissionDenied):
        quote(world, line(world), customer="c5")
    with pytest.raises(PermissionDenied):
        quote(world, line(world), salesperson_id=world["sales2"].id)
    on_behalf = quote(world, line(world), actor="sup1", salesperson_id=world["sales2"].id)
    assert on_behalf.salesperson_id == world["sales2"].id


@pytest.mark.parametrize(("discount", "price", "needs", "approval_discount"), [
    ("5", None, False, "0.00"),       # within the limit of 10 % and above the floor
    ("15", None, True, "15.00"),      # over the salesperson's limit
    (None, "79.99", True, "20.01"),   # below the floor by price
    ("25", None, True, "25.00"),      # below the floor and over the limit
])
def test_approval_rule(world, discount, price, needs, approval_discount):
    q = fresh(quote(world, line(world, discount=discount or "0", price=price)))
    assert (q.needs_approval, q.approval_discount) == (needs, Decimal(approval_discount))


def submitted(w, discount="0", price=None) -> Quotation:
    q = quote(w, line(w, discount=discount, price=price))
    return quotation_decisions.submit_for_approval(w["sales1"], q.id, q.version)


def test_supervisor_approves_within_own_limit_and_salesperson_is_notified(world):
    q = submitted(world, discount="15")
    assert Notification.select().where((Notification.user == world["sup1"].id)
                                       & (Notification.kind == "quotation_approval")).count() == 1
    quotation_decisions.approve(world["sup1"], q.id, q.version, "同意")
    stored = fresh(q)
    assert (stored.state, stored.approved_by_id, stored.decision_comment) == ("approved", world["sup1"].id, "同意")
    note = Notification.get((Notification.user == world["sales1"].id) & (Notification.kind == "quotation_approved"))
    assert q.number in note.title
    quotations.mark_sent(world["sales1"], q.id, stored.version)
    assert fresh(q).state == "sent" and fresh(q).sent_at is not None


@pytest.mark.parametrize(("discount", "price"), [("25", None), ("0", "70.00")])
def test_over_the_supervisor_limit_goes_to_the_manager(world, discount, price):
    q = submitted(world, discount=discount, price=price)
    assert Notification.select().where(Notification.user == world["sup1"].id).count() == 0
    assert Notification.select().where(Notification.user == world["manager"].id).count() == 1
    with pytest.raises(PermissionDenied, match="limit"):
        quotation_decisions.approve(world["sup1"], q.id, q.version)
    quotation_decisions.approve(world["manager"], q.id, q.version)
    assert fresh(q).state == "approved"


def test_other_team_supervisor_and_salespeople_may_not_decide(world):
    q = submitted(world, discount="15")
    with pytest.raises(PermissionDenied):
        quotation_decisions.approve(world["sup2"], q.id, q.version)
    with pytest.raises(PermissionDenied):
        quotation_decisions.approve(world["sales2"], q.id, q.version)
    own = quote(world, line(world, discount="25"), actor="sup1", salesperson_id=world["sup1"].id)
    own = quotation_decisions.submit_for_approval(world["sup1"], own.id, own.version)
    with pytest.raises(PermissionDenied):
        quotation_decisions.approve(world["sup1"], own.id, own.version)
    assert fresh(q).state == "pending"


def test_reject_needs_a_comment_then_edit_and_resubmit(world):
    q = submitted(world, discount="15")
    with pytest.raises(ValidationError):
        quotation_decisions.reject(world["sup1"], q.id, q.version, " ")
    quotation_decisions.reject(world["sup1"], q.id, q.version, "折扣太大")
    assert Notification.select().where((Notification.user == world["sales1"].id)
                                       & (Notification.kind == "quotation_rejected")).count() == 1
    stored = fresh(q)
    assert (stored.state, stored.decision_comment) == ("rejected", "折扣太大")
    quotations.update_quotation(world["sales1"], q.id, stored.version,
                                QuotationInput(world["c1"], DAY, lines=[line(world, discount="8")]))
    stored = fresh(q)
    assert (stored.state, stored.needs_approval, stored.approved_by_id) == ("draft", False, None)
    quotations.mark_sent(world["sales1"], q.id, stored.version)


def test_nothing_unapproved_is_sent_and_illegal_moves_are_refused(world):
    q = quote(world, line(world, discount="15"))
    with pytest.raises(ValidationError):
        quotations.mark_sent(world["sales1"], q.id, q.version)
    with pytest.raises(ValidationError):
        quotations.mark_accepted(world["sales1"], q.id, q.version)
    with pytest.raises(ValidationError):
        quotation_decisions.approve(world["manager"], q.id, q.version)
    q = quotation_decisions.submit_for_approval(world["sales1"], q.id, q.version)
    with pytest.raises(ValidationError):
        quotations.mark_sent(world["sales1"], q.id, q.version)
    with pytest.raises(ValidationError):
        quotations.update_quotation(world["sales1"], q.id, q.version,
                                    QuotationInput(world["c1"], DAY, lines=[line(world)]))
    plain = quote(world, line(world))
    with pytest.raises(ValidationError, match="no approval"):
        quotation_decisions.submit_for_approval(world["sales1"], plain.id, plain.version)
    empty = quote(world)
    with pytest.raises(ValidationError):
        quotations.mark_sent(world["sales1"], empty.id, empty.version)


def test_sent_accepted_declined(world):
    a, b = quote(world, line(world)), quote(world, line(world))
    a = quotations.mark_sent(world["sales1"], a.id, a.version)
    b = quotations.mark_sent(world["sales1"], b.id, b.version)
    quotations.mark_accepted(world["sales1"], a.id, a.version)
    quotations.mark_declined(world["sales1"], b.id, b.version)
    assert (fresh(a).state, fresh(b).state) == ("accepted", "declined")
    with pytest.raises(ValidationError):
        quotations.mark_declined(world["sales1"], a.id, fresh(a).version)


def test_stale_edit_is_a_conflict(world):
    q = quote(world, line(world))
    quotations.update_quotation(world["sales1"], q.id, 1, QuotationInput(world["c1"], DAY, lines=[line(world, "5")]))
    with pytest.raises(ConflictError):
        quotations.update_quotation(world["sup1"], q.id, 1, QuotationInput(world["c1"], DAY, lines=[line(world)]))
    with pytest.raises(ConflictError):
        quotations.mark_sent(world["sales1"], q.id, 1)
    assert [ln.discount for ln in QuotationLine.select().where(QuotationLine.quotation == q.id)] == [Decimal("5.00")]


def test_lines_only_edit_bumps_the_version(world):
    q = quote(world, line(world, quantity="1"), LineInput(description="服务", unit_price="0"))
    swapped = [LineInput(description="服务", unit_price="0"), line(world, quantity="1")]
    updated = quotations.update_quotation(world["sales1"], q.id, 1, QuotationInput(world["c1"], DAY, lines=swapped))
    assert updated.version == 2 == fresh(q).version


def test_revisions_keep_history(world):
    q = quote(world, line(world, quantity="2"), terms="款到发货")
    q = quotations.mark_sent(world["sales1"], q.id, q.version)
    before = (fresh(q).state, fresh(q).version, [(ln.quantity, ln.net) for ln in q.lines])
    with pytest.raises(ValidationError):
        quotations.make_revision(world["sales1"], quote(world, line(world)).id)
    r1 = quotations.make_revision(world["sales1"], q.id, on=DAY + dt.timedelta(days=5))
    assert (r1.number, r1.revision, r1.revision_of_id, r1.state) == (f"{q.number}-R1", 1, q.id, "draft")
    assert (r1.terms, r1.total, r1.valid_until) == ("款到发货", fresh(q).total, DAY + dt.timedelta(days=35))
    assert (fresh(q).state, fresh(q).version, [(ln.quantity, ln.net) for ln in q.lines]) == before
    r1 = quotations.update_quotation(world["sales1"], r1.id, r1.version,
                                     QuotationInput(world["c1"], DAY, lines=[line(world, quantity="3")]))
    r1 = quotations.mark_sent(world["sales1"], r1.id, r1.version)
    r2 = quotations.make_revision(world["sales1"], r1.id)
    assert r2.number == f"{q.number}-R2" and r2.revision_of_id == r1.id
    assert [ln.quantity for ln in quotations.quotation_lines(world["sales1"], r2.id)] == [Decimal("3.000")]


def test_expiry_is_idempotent(world):
    old = quote(world, line(world), valid_until=DAY + dt.timedelta(days=1))
    quotations.mark_sent(world["sales1"], old.id, old.version)
    current = quote(world, line(world), valid_until=DAY + dt.timedelta(days=60))
    quotations.mark_sent(world["sales1"], current.id, current.version)
    draft = quote(world, line(world), valid_until=DAY)
    assert quotations.expire_quotations(DAY + dt.timedelta(days=1)) == 0  # valid through its last day
    assert quotations.expire_quotations(DAY + dt.timedelta(days=2)) == 1
    assert quotations.expire_quotations(DAY + dt.timedelta(days=2)) == 0
    assert (fresh(old).state, fresh(current).state, fresh(draft).state) == ("expired", "sent", "draft")


def test_permissions_and_visibility(world):
    q = quote(world, line(world))
    desk = world["desk1"]
    with pytest.raises(PermissionDenied):
        quotations.get_quotation(desk, q.id)
    with pytest.raises(PermissionDenied):
        quote(world, line(world), actor="desk1")
    with pytest.raises(PermissionDenied):
        quotations.get_quotation(world["sales2"], q.id)
    with pytest.raises(PermissionDenied):
        quotations.get_quotation(world["sup2"], q.id)
    assert quotations.get_quotation(world["sup1"], q.id).id == q.id
    assert quotations.get_quotation_by_number(world["manager"], q.number).id == q.id
    with pytest.raises(PermissionDenied):
        quotations.get_quotation(make_user("admin2", "admin"), q.id)


def test_list_filters_and_scope(world):
    quote(world, line(world), on=DAY)
    sent = quote(world, line(world), on=DAY + dt.timedelta(days=40))
    quotations.mark_sent(world["sales1"], sent.id, sent.version)
    quote(world, line(world), actor="sales5", customer="c5")
    manager, sales1 = world["manager"], world["sales1"]
    assert count_quotations(manager, QuotationFilter()) == 3
    assert count_quotations(sales1, QuotationFilter()) == 2
    assert count_quotations(world["sup2"], QuotationFilter()) == 1
    assert count_quotations(manager, QuotationFilter(state="sent")) == 1
    assert count_quotations(manager, QuotationFilter(salesperson_id=world["sales5"].id)) == 1
    assert count_quotations(manager, QuotationFilter(customer_id=world["c1"])) == 2
    assert count_quotations(manager, QuotationFilter(date_from=DAY, date_to=DAY)) == 2
    assert count_quotations(manager, QuotationFilter(date_from=DAY + dt.timedelta(days=1))) == 1
    assert count_quotations(manager, QuotationFilter(search="广州乙")) == 1
    assert count_quotations(manager, QuotationFilter(search="202604")) == 1
    assert count_quotations(sales1, QuotationFilter(search="广州乙")) == 0
    rows = quotation_page(sales1, QuotationFilter(), 0, 10)
    assert [r.number for r in rows] == ["QT-202604-0001", "QT-202603-0001"]
    assert (rows[0].customer_name, rows[0].salesperson_name, rows[0].total) == ("上海甲公司", "张伟", Decimal("113.00"))
    assert len(quotation_page(manager, QuotationFilter(), 2, 10)) == 1


def test_timeline_shows_quotations_and_merges_move_them(world):
    q = quote(world, line(world))
    entries = [e for e in customer_timeline(world["sales1"], world["c1"]) if e.kind == "quotation"]
    assert [(e.title, e.entity_id) for e in entries] == [(q.number, q.id)]
    other = add_customer(world["manager"], "上海甲有限公司", owner=world["sales1"])
    moved = quote(world, line(world), customer="c1")
    Quotation.update(customer=other).where(Quotation.id == moved.id).execute()
    merge_customers(world["manager"], world["c1"], other)
    assert fresh(moved).customer_id == world["c1"]
    assert len([e for e in customer_timeline(world["manager"], world["c1"]) if e.kind == "quotation"]) == 2
