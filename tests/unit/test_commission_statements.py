"""Monthly commission statements against hand-computed cases: the three bases, scope precedence,
product-line splits, whole and marginal tiers by attainment, stable regeneration, locked months with
their clawback, late-entry and reversal rows, approval and payment, and who sees which statement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.models.audit import AuditLog
from app.models.commission import CommissionRow, CommissionStatement
from app.models.order import OrderLine, Payment
from app.models.target import Target
from app.services import order_workflow, products, shipments
from app.services.commission_queries import get_statement, month_statements
from app.services.commission_rules import RuleInput, create_rule
from app.services.commission_statements import approve_statement, generate_month, mark_paid
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.payments import PaymentInput, record_payment
from app.services.progress import Cancelled
from app.services.quotations import LineInput
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.customer_factories import add_customer
from tests.unit.order_factories import confirmed, fresh, item, order_world

MARCH = dt.date(2026, 3, 10)
APRIL = dt.date(2026, 4, 5)
FROM = dt.date(2026, 1, 1)
TIERS = [("0", "2"), ("80", "3"), ("100", "5")]


@pytest.fixture
def w(database):
    return order_world()


def rule(w, name="all", **fields):
    return create_rule(w["manager"], RuleInput(name=name, valid_from=fields.pop("valid_from", FROM), **fields))


def pay(w, order, amount, on=MARCH):
    return record_payment(w["sales1"], order.id, PaymentInput(on, amount))


def ship(w, order, quantity, on=MARCH, returning=False):
    line = OrderLine.get(OrderLine.order == order.id)
    make = shipments.create_return if returning else shipments.create_shipment
    note = make(w["sales1"], order.id, ShipmentInput(on, [ShipmentLineInput(line.id, quantity)]))
    return shipments.ship(w["sales1"], note.id, note.version)


def statement_of(w, user="sales1", year=2026, month=3):
    found = CommissionStatement.get((CommissionStatement.salesperson == w[user].id)
                                    & (CommissionStatement.year == year) & (CommissionStatement.month == month))
    return get_statement(w["manager"], found.id)


def figures(detail):
    return [(line.source_kind, line.basis_amount, line.rate, line.commission, line.carried_from)
            for line in detail.lines]


def target(w, amount, user="sales1", month=3):
    Target.create(year=2026, month=month, level="salesperson", key=str(w[user].id), amount=D(amount))


# ---- the three bases -------------------------------------------------------------------------------

def test_collected_basis_is_the_untaxed_payment(w):
    rule(w, rate="2")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)  # 1,000.00 + 13 % tax = 1,130.00
    pay(w, order, "565.00")  # 565 × 1000 / 1130 = 500.00
    pay(w, order, "100.00", on=dt.date(2026, 3, 20))  # 88.4955… → 88.50
    generate_month(w["manager"], 2026, 3)
    detail = statement_of(w)
    assert figures(detail) == [("payment", D("500.00"), D("2.00"), D("10.00"), ""),
                               ("payment", D("88.50"), D("2.00"), D("1.77"), "")]
    assert detail.lines[0].document == order.number and detail.lines[0].rule_name == "all"
    assert (detail.summary.basis_total, detail.summary.total) == (D("588.50"), D("11.77"))


def test_signed_basis_and_scope_precedence(w):
    everyone = rule(w, "all", basis="signed", rate="1")
    rule(w, "team 1", basis="signed", scope="team", scope_key=w["sales1"].team_id, rate="2")
    rule(w, "sales1", basis="signed", scope="salesperson", scope_key=w["sales1"].id, rate="3")
    w["c2"] = add_customer(w["sales2"], "南京丙公司", owner=w["sales2"])
    confirmed(w, item(w, quantity="10"), on=MARCH)  # sales1: 1,000.00 at 3 %
    confirmed(w, item(w, quantity="10"), actor="sales2", customer="c2", on=MARCH)  # team 1: 2 %
    confirmed(w, item(w, quantity="10"), actor="sales5", customer="c5", on=MARCH)  # team 2: all 1 %
    confirmed(w, item(w, quantity="10"), on=dt.date(2026, 4, 1))  # April: not in March
    generate_month(w["manager"], 2026, 3)
    assert figures(statement_of(w)) == [("order", D("1000.00"), D("3.00"), D("30.00"), "")]
    assert figures(statement_of(w, "sales2")) == [("order", D("1000.00"), D("2.00"), D("20.00"), "")]
    sales5 = statement_of(w, "sales5")
    assert figures(sales5) == [("order", D("1000.00"), D("1.00"), D("10.00"), "")]
    assert sales5.lines[0].rule_id == everyone.id
    assert statement_of(w, "sales8").lines == []  # every active salesperson gets a statement


def test_shipped_basis_counts_returns_negative(w):
    rule(w, basis="shipped", rate="5")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    ship(w, order, "4")
    ship(w, order, "1", on=dt.date(2026, 3, 25), returning=True)
    generate_month(w["manager"], 2026, 3)
    detail = statement_of(w)
    assert figures(detail) == [("shipment", D("400.00"), D("5.00"), D("20.00"), ""),
                               ("shipment", D("-100.00"), D("5.00"), D("-5.00"), "")]
    assert detail.lines[0].document.startswith("DN-") and detail.lines[0].note == order.number
    assert detail.summary.total == D("15.00")


def test_only_the_governing_rules_basis_counts(w):
    rule(w, "collected", rate="2")
    rule(w, "signed for sales1", basis="signed", scope="salesperson", scope_key=w["sales1"].id, rate="1")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    pay(w, order, "1130.00")
    generate_month(w["manager"], 2026, 3)
    assert figures(statement_of(w)) == [("order", D("1000.00"), D("1.00"), D("10.00"), "")]


# ---- product-line scope ----------------------------------------------------------------------------

def test_a_payment_is_split_by_the_rule_of_each_product_line(w):
    manager = w["manager"]
    line_a = products.create_product_line(manager, "仪表")
    line_b = products.create_product_line(manager, "阀门")
    pa = products.create_product(manager, products.ProductInput("PA", "仪表甲", "台", "1000", "0", "13", line_a.id))
    pb = products.create_product(manager, products.ProductInput("PB", "阀门乙", "台", "500", "0", "13", line_b.id))
    everyone = rule(w, rate="2")
    meters = rule(w, "meters", scope="product_line", scope_key=line_a.id, rate="4")
    order = confirmed(w, LineInput(product_id=pa.id, quantity="1"), LineInput(product_id=pb.id, quantity="1"),
                      on=MARCH)  # net 1,500.00, total 1,695.00
    pay(w, order, "1000.00")  # untaxed 1000 × 1500 / 1695 = 884.9557… → 884.96
    generate_month(manager, 2026, 3)
    lines = statement_of(w).lines
    # all (line B, weight 500): 884.96 × 500/1500 = 294.99; meters takes the rest 589.97
    assert [(x.rule_id, x.basis_amount, x.commission) for x in lines] == [
        (everyone.id, D("294.99"), D("5.90")), (meters.id, D("589.97"), D("23.60"))]
    assert {x.document for x in lines} == {order.number}


# ---- tiers by attainment ---------------------------------------------------------------------------

@pytest.mark.parametrize(("target_amount", "achieved", "rate", "commission"), [
    ("1250.16", "79.99", "2", "20.00"),  # 1000 / 1250.16 = 79.9897 %
    ("1250.00", "80.00", "3", "30.00"),
    ("1000.00", "100.00", "5", "50.00"),
    ("999.90", "100.01", "5", "50.00"),
    (None, None, "2", "20.00"),  # no target: the lowest tier
])
def test_whole_tiers_by_the_months_attainment(w, target_amount, achieved, rate, commission):
    rule(w, basis="signed", tiers=TIERS)
    if target_amount:
        target(w, target_amount)
    confirmed(w, item(w, quantity="10"), on=MARCH)
    generate_month(w["manager"], 2026, 3)
    detail = statement_of(w)
    assert detail.summary.attainment == (D(achieved) if achieved else None)
    assert figures(detail) == [("order", D("1000.00"), D(rate), D(commission), "")]


def test_marginal_tiers_slice_the_basis_against_the_target(w):
    rule(w, basis="signed", tiers=TIERS, tier_mode="marginal")
    target(w, "1000.00")
    confirmed(w, item(w, quantity="7"), on=MARCH)
    confirmed(w, item(w, quantity="4"), on=dt.date(2026, 3, 12))
    generate_month(w["manager"], 2026, 3)
    detail = statement_of(w)
    # 700 × 2 % = 14.00; then 100 × 2 % + 200 × 3 % + 100 × 5 % = 13.00 (effective 3.25 %)
    assert figures(detail) == [("order", D("700.00"), D("2.00"), D("14.00"), ""),
                               ("order", D("400.00"), D("3.25"), D("13.00"), "")]
    assert detail.summary.attainment == D("110.00") and detail.summary.total == D("27.00")


# ---- regeneration ----------------------------------------------------------------------------------

def test_regenerating_a_draft_gives_the_same_result_and_writes_nothing(w):
    rule(w, rate="2")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    pay(w, order, "565.00")
    first = {r.salesperson_id: r for r in generate_month(w["manager"], 2026, 3)}
    before = figures(statement_of(w)), statement_of(w).summary.version
    again = {r.salesperson_id: r for r in generate_month(w["manager"], 2026, 3)}
    assert {r.outcome for r in again.values()} == {"unchanged"}
    assert (figures(statement_of(w)), statement_of(w).summary.version) == before
    assert again[w["sales1"].id].total == first[w["sales1"].id].total == D("10.00")
    pay(w, order, "113.00", on=dt.date(2026, 3, 11))  # 100.00 untaxed
    third = {r.salesperson_id: r for r in generate_month(w["manager"], 2026, 3)}
    assert third[w["sales1"].id].outcome == "updated" and third[w["sales1"].id].total == D("12.00")
    assert CommissionStatement.select().where(CommissionStatement.month == 3).count() == 8


def stop_at(step: int, seen: list):
    """A progress callback that notes each (done, total) and cancels at salesperson `step`."""
    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if total and done == step:
            raise Cancelled()
    return progress


def month_as_stored(month=3):
    statements = CommissionStatement.select().where(CommissionStatement.month == month).order_by(CommissionStatement.id)
    return ([(s.id, s.salesperson_id, s.state, s.version, s.total, s.updated_at) for s in statements],
            list(CommissionRow.select().order_by(CommissionRow.id).tuples()), AuditLog.select().count())


def test_generation_reports_each_salesperson_and_a_cancel_keeps_nothing(w):
    rule(w, rate="2")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    pay(w, order, "565.00")
    empty = month_as_stored()
    seen: list = []
    with pytest.raises(Cancelled):
        generate_month(w["manager"], 2026, 3, stop_at(3, seen))  # two statements written, then cancelled
    assert seen[-1] == (3, 8) and seen[-2] == (2, 8)
    assert month_as_stored() == empty and empty[0] == []  # no statement, no row, no audit entry

    seen.clear()
    results = generate_month(w["manager"], 2026, 3, lambda done, total: seen.append((done, total)))
    assert len(results) == 8 and all(total == 0 for _, total in seen[:seen.index((0, 8))])
    assert seen[seen.index((0, 8)):] == [(done, 8) for done in range(9)]  # one step per salesperson

    pay(w, order, "113.00", on=dt.date(2026, 3, 11))  # sales1's draft would change (10.00 -> 12.00)
    drafts = month_as_stored()
    with pytest.raises(Cancelled):
        generate_month(w["manager"], 2026, 3, stop_at(8, []))  # after the last statement, before the commit
    assert month_as_stored() == drafts  # the old drafts as they were: versions, totals, rows
    assert statement_of(w).summary.total == D("10.00")
    generate_month(w["manager"], 2026, 3)  # uncancelled, the change is written
    assert statement_of(w).summary.total == D("12.00") and month_as_stored()[0] != drafts[0]


# ---- locked months ---------------------------------------------------------------------------------

def approve_march(w, user="sales1"):
    generate_month(w["manager"], 2026, 3)
    summary = statement_of(w, user).summary
    return approve_statement(w["manager"], summary.id, summary.version)


def test_a_return_after_approval_is_carried_into_april(w):
    rule(w, basis="shipped", rate="5")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    ship(w, order, "4")
    approve_march(w)
    march = figures(statement_of(w))
    ship(w, order, "1", on=APRIL, returning=True)
    generate_month(w["manager"], 2026, 3)  # a locked month is left as it was
    generate_month(w["manager"], 2026, 4)
    assert figures(statement_of(w)) == march == [("shipment", D("400.00"), D("5.00"), D("20.00"), "")]
    assert statement_of(w).summary.state == "approved"
    assert figures(statement_of(w, month=4)) == [("shipment", D("-100.00"), D("5.00"), D("-5.00"), "2026-03")]


def test_a_return_is_clawed_back_at_the_rate_it_was_paid(w):
    rule(w, basis="shipped", tiers=TIERS)
    target(w, "400.00")  # March: 1,000.00 signed → 250 % → 5 %
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    ship(w, order, "4")
    approve_march(w)
    ship(w, order, "2", on=APRIL, returning=True)  # April: no revenue, no target → 2 %, but paid at 5 %
    generate_month(w["manager"], 2026, 4)
    assert figures(statement_of(w, month=4)) == [("shipment", D("-200.00"), D("5.00"), D("-10.00"), "2026-03")]


def test_a_refund_after_approval_is_carried(w):
    rule(w, rate="2")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    pay(w, order, "565.00")
    approve_march(w)
    # no refund service yet: the row a refund would write
    Payment.create(order=order.id, pay_date=APRIL, amount=D("-565.00"), reason="退款", is_prepayment=True)
    generate_month(w["manager"], 2026, 4)
    assert figures(statement_of(w, month=4)) == [("payment", D("-500.00"), D("2.00"), D("-10.00"), "2026-03")]


def test_a_late_payment_for_a_locked_month_enters_the_next_open_month(w):
    rule(w, rate="2")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    pay(w, order, "565.00")
    approve_march(w)
    late = pay(w, order, "113.00", on=dt.date(2026, 3, 30))  # backdated: 100.00 untaxed
    generate_month(w["manager"], 2026, 4)
    april = statement_of(w, month=4)
    assert figures(april) == [("payment", D("100.00"), D("2.00"), D("2.00"), "2026-03")]
    assert april.lines[0].source_id == late.id
    assert len(statement_of(w).lines) == 1
    generate_month(w["manager"], 2026, 4)  # stable
    assert figures(statement_of(w, month=4)) == figures(april)
    summary = statement_of(w, month=4).summary
    approve_statement(w["manager"], summary.id, summary.version)
    generate_month(w["manager"], 2026, 5)  # carried once, never again
    assert statement_of(w, month=5).lines == []


def test_an_order_cancelled_after_approval_is_reversed_once(w):
    rule(w, basis="signed", rate="3")
    order = confirmed(w, item(w, quantity="10"), on=MARCH)
    approve_march(w)
    order_workflow.cancel_order(w["sales1"], order.id, fresh(order).version, "客户取消")
    generate_month(w["manager"], 2026, 4)
    assert figures(statement_of(w, month=4)) == [("order", D("-1000.00"), D("3.00"), D("-30.00"), "2026-03")]
    summary = statement_of(w, month=4).summary
    approve_statement(w["manager"], summary.id, summary.version)
    generate_month(w["manager"], 2026, 5)
    assert statement_of(w, month=5).lines == []
    assert figures(statement_of(w)) == [("order", D("1000.00"), D("3.00"), D("30.00"), "")]


# ---- states and permissions ------------------------------------------------------------------------

def test_draft_approved_paid(w):
    rule(w, rate="2")
    generate_month(w["manager"], 2026, 3)
    summary = statement_of(w).summary
    with pytest.raises(ValidationError):
        mark_paid(w["manager"], summary.id, summary.version)
    with pytest.raises(PermissionDenied):
        approve_statement(w["sup1"], summary.id, summary.version)
    approved = approve_statement(w["manager"], summary.id, summary.version)
    assert approved.state == "approved" and approved.approved_by_id == w["manager"].id
    with pytest.raises(ConflictError):
        mark_paid(w["manager"], summary.id, summary.version)  # stale
    with pytest.raises(ValidationError):
        approve_statement(w["manager"], summary.id, approved.version)
    paid = mark_paid(w["manager"], summary.id, approved.version)
    assert paid.state == "paid" and paid.paid_at is not None
    assert [r.outcome for r in generate_month(w["manager"], 2026, 3) if r.salesperson_id == w["sales1"].id] == [
        "locked"]


def test_each_reader_sees_only_their_statements(w):
    rule(w, rate="2")
    with pytest.raises(PermissionDenied):
        generate_month(w["sales1"], 2026, 3)
    generate_month(w["manager"], 2026, 3)
    assert [s.salesperson_id for s in month_statements(w["sales1"], 2026, 3)] == [w["sales1"].id]
    team1 = {w[f"sales{i}"].id for i in range(1, 5)}
    assert {s.salesperson_id for s in month_statements(w["sup1"], 2026, 3)} == team1
    assert len(month_statements(w["manager"], 2026, 3)) == 8
    other = statement_of(w, "sales2").summary.id
    with pytest.raises(PermissionDenied):
        get_statement(w["sales1"], other)
    with pytest.raises(PermissionDenied):
        get_statement(w["sup2"], other)
    assert get_statement(w["sup1"], other).summary.salesperson_id == w["sales2"].id
    with pytest.raises(PermissionDenied):
        month_statements(w["desk1"], 2026, 3)


def test_generation_needs_a_real_month(w):
    with pytest.raises(ValidationError) as raised:
        generate_month(w["manager"], 2026, 13)
    assert set(raised.value.fields) == {"month"}
    assert CommissionRow.select().count() == 0
