"""Importing historical payments from Excel: paid totals kept in step, the balance rule of the
payments service, seeded errors by row and column with nothing written (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.order import Order, Payment
from app.services import order_import, orders, payment_import
from app.services.orders import OrderInput
from app.services.quotations import LineInput
from tests.unit.history_files import order_row, orders_file, payment_row, payments_file
from tests.unit.test_order_import import world  # noqa: F401 (fixture)


@pytest.fixture
def imported(world, tmp_path):  # noqa: F811
    """world plus HT-1 (shipped, 1,130.00), HT-2 (closed, 226.00), HT-3 (cancelled) and a draft order."""
    w = world
    line = {"product_code": "P-100", "unit_price": 100, "salesperson": "sales1", "sign_date": "2024-03-01"}
    order_import.commit(w["manager"], orders_file(tmp_path / "o.xlsx", [
        order_row(number="HT-1", customer="上海甲公司", state="已发货", quantity=10, **line),
        order_row(number="HT-2", customer="上海甲公司", state="已结案", quantity=2, **line),
        order_row(number="HT-3", customer="上海甲公司", state="已作废", quantity=1, **line)]))
    w["draft"] = orders.create_order(w["sales1"], OrderInput(customer_id=w["c1"], sign_date=dt.date(2024, 6, 1),
                                                             lines=[LineInput(product_id=w["p"])])).number
    return w


def paid(number: str) -> Decimal:
    return Order.get(Order.number == number).paid_total


def test_payments_import_and_raise_the_paid_totals(imported, tmp_path):
    w = imported
    path = payments_file(tmp_path / "回款.xlsx", [
        payment_row(order_number="HT-1", pay_date="2024-03-10", amount="500.00", method="转账", reference="B-1"),
        payment_row(order_number="HT-1", pay_date=dt.datetime(2024, 4, 10), amount="630", method="承兑汇票"),
        payment_row(order_number="HT-2", pay_date="2024/3/5", amount="226.00", method="cash"),
        payment_row(order_number=w["draft"], pay_date="2024-05-20", amount="50", reason="定金"),
    ])
    report = payment_import.dry_run(w["manager"], path)
    assert report.ok, report.errors
    assert (report.payments, report.orders, report.amount) == (4, 3, Decimal("1406.00"))
    assert Payment.select().count() == 0 and paid("HT-1") == Decimal("0.00")
    result = payment_import.commit(w["admin"], path)
    assert (result.payments, result.orders, result.amount) == (4, 3, Decimal("1406.00"))
    assert (paid("HT-1"), paid("HT-2"), paid(w["draft"])) == (Decimal("1130.00"), Decimal("226.00"), Decimal("50.00"))
    first = Payment.get(Payment.reference == "B-1")
    assert (first.pay_date, first.amount, first.method, first.is_prepayment) == (
        dt.date(2024, 3, 10), Decimal("500.00"), "transfer", False)
    assert Payment.get(Payment.amount == Decimal("630")).method == "acceptance"
    deposit = Payment.get(Payment.reason == "定金")
    assert deposit.is_prepayment and deposit.recorded_by_id == w["admin"].id
    # the order is now fully paid: one cent more is over the balance
    again = payments_file(tmp_path / "more.xlsx", [payment_row(order_number="HT-1", pay_date="2024-05-01",
                                                               amount="0.01")])
    assert [(e.row, e.column) for e in payment_import.dry_run(w["manager"], again).errors] == [(2, "金额")]


SEEDED = {(3, "合同编号"), (4, "回款日期"), (5, "金额"), (6, "方式"), (7, "合同编号"), (8, "预收/超收原因"),
          (10, "金额"), (11, "金额")}


def test_seeded_errors_are_reported_by_row_and_column_and_nothing_is_written(imported, tmp_path):
    w = imported
    path = payments_file(tmp_path / "bad.xlsx", [
        payment_row(order_number="HT-1", pay_date="2024-03-10", amount="100"),  # 2: good
        payment_row(order_number="NOPE", pay_date="2024-03-10", amount="100"),  # 3: unknown order
        payment_row(order_number="HT-1", pay_date="2024-02-30", amount="100"),  # 4: bad date
        payment_row(order_number="HT-1", pay_date="2024-03-10", amount="12.345"),  # 5: three decimals
        payment_row(order_number="HT-1", pay_date="2024-03-10", amount="1", method="比特币"),  # 6
        payment_row(order_number="HT-3", pay_date="2024-03-10", amount="1"),  # 7: cancelled order
        payment_row(order_number=w["draft"], pay_date="2024-03-10", amount="1"),  # 8: draft without reason
        payment_row(order_number="HT-1", pay_date="2024-03-11", amount="1000"),  # 9: 1,100 of 1,130: good
        payment_row(order_number="HT-1", pay_date="2024-03-12", amount="30.01"),  # 10: over the balance
        payment_row(order_number="HT-2", pay_date="2024-03-12", amount="226.01"),  # 11: over the total
        payment_row(order_number="HT-2", pay_date="2024-03-12", amount="10", reason="多付运费"),  # 12: good
    ])
    report = payment_import.dry_run(w["manager"], path)
    assert {(e.row, e.column) for e in report.errors} == SEEDED
    over = next(e for e in report.errors if e.row == 10)
    assert over.message.startswith("Above the order's balance of 30.00;")
    with pytest.raises(payment_import.PaymentImportRefused):
        payment_import.commit(w["manager"], path)
    assert Payment.select().count() == 0 and paid("HT-1") == Decimal("0.00") and paid("HT-2") == Decimal("0.00")
