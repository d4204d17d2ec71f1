"""Importing historical orders from Excel: exact amounts, numbering around imported numbers, leads
won, seeded errors reported by row and column with nothing written (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.models.customer import Customer
from app.models.numbering import DocumentCounter
from app.models.order import Order, OrderLine, PaymentInstalment
from app.services import order_import, orders, products
from app.services.errors import PermissionDenied
from app.services.orders import OrderInput
from app.services.quotations import LineInput
from tests.unit.customer_factories import add_customer
from tests.unit.factories import make_user
from tests.unit.history_files import ORDER_HEADERS, order_row, orders_file


@pytest.fixture
def world(database):
    w = {name: make_user(name, role) for name, role in (("admin", "admin"), ("manager", "manager"),
                                                        ("sales1", "sales"))}
    w["old"] = make_user("oldhand", "sales", active=False)
    w["old"].display_name = "老王"
    w["old"].save()
    w["c1"] = add_customer(w["manager"], "上海甲公司", owner=w["sales1"])
    w["c2"] = add_customer(w["manager"], "广州乙公司", owner=w["sales1"])
    w["c3"] = add_customer(w["manager"], "北京丙公司", owner=w["sales1"])
    w["p"] = products.create_product(w["manager"], products.ProductInput("P-100", "控制器", "台", "100.00", "80.00",
                                                                       "13")).id
    products.create_product(w["manager"], products.ProductInput("P-6", "耗材", "袋", "10.00", "5.00", "6"))
    return w


def code(customer_id: int) -> str:
    return Customer.get_by_id(customer_id).code


def good_rows(w) -> list[list[object]]:
    return [
        # A: given number, customer by code, shipped: 3 × 99.99 − 5 % = 284.9715 -> 284.97, tax 37.05
        order_row(number="HT-2023-001", customer=code(w["c1"]), salesperson="sales1", sign_date="2024-03-15",
                  state="已发货", order_total="852.02", product_code="P-100", quantity=3, unit_price="99.99",
                  discount="5%", line_net="284.97"),
        # ... and a line without product: 500.00 at 6 % -> 30.00; total 784.97 + 67.05 = 852.02
        order_row(number="HT-2023-001", description="安装服务", quantity=1, unit="次", unit_price=500, tax_rate=6),
        # B: no number, customer by name, a deactivated salesperson by name, an Excel date cell;
        # 2.5 × 10.01 = 25.025 -> 25.03, tax 6 % (the product's) 1.5018 -> 1.50; one unit shipped
        order_row(customer="广州乙公司", salesperson="老王", sign_date=dt.datetime(2024, 3, 20), product_code="P-6",
                  quantity="2.5", unit_price="10.01", shipped=1),
        # ... continued (neither number nor customer): 15.00, no product -> 13 % = 1.95
        order_row(description="运费", quantity=1, unit_price=15),
        # C: a counted number given, cancelled
        order_row(number="SO-202403-0007", customer="北京丙公司", salesperson="sales1", sign_date="2024/3/1",
                  state="cancelled", description="样品", quantity=1, unit_price=1),
        # D: no number, another month
        order_row(customer="上海甲公司", salesperson="Sales1", sign_date="2024年4月2日", product_code="P-100",
                  quantity=1, unit_price=100),
    ]


def test_a_good_file_imports_exact_amounts_numbers_and_wins_leads(world, tmp_path):
    w = world
    path = orders_file(tmp_path / "合同.xlsx", good_rows(w))
    report = order_import.dry_run(w["manager"], path)
    assert report.ok, report.errors
    assert (report.rows_total, report.orders, report.lines) == (6, 4, 6)
    assert Order.select().count() == 0  # a dry run writes nothing
    assert not DocumentCounter.select().where(DocumentCounter.kind == "SO").exists()

    result = order_import.commit(w["admin"], path)
    assert (result.orders, result.lines, result.customers_won) == (4, 6, 2)
    a = Order.get(Order.number == "HT-2023-001")
    assert (a.net_total, a.tax_total, a.total, a.paid_total) == (
        Decimal("784.97"), Decimal("67.05"), Decimal("852.02"), Decimal("0.00"))
    assert a.state == "shipped" and not a.needs_approval and a.salesperson_id == w["sales1"].id
    assert a.confirmed_at == dt.datetime(2024, 3, 15)
    lines = list(OrderLine.select().where(OrderLine.order == a.id).order_by(OrderLine.position))
    assert [(li.position, li.product_id, li.description, li.net, li.tax, li.shipped_quantity, li.unit)
            for li in lines] == [
        (1, w["p"], "控制器", Decimal("284.97"), Decimal("37.05"), Decimal("3.000"), "台"),
        (2, None, "安装服务", Decimal("500.00"), Decimal("30.00"), Decimal("1.000"), "次")]
    assert lines[0].discount == Decimal("5") and lines[0].tax_rate == Decimal("13")
    assert [(i.due_date, i.amount) for i in PaymentInstalment.select().where(PaymentInstalment.order == a.id)] == [
        (dt.date(2024, 3, 15), Decimal("852.02"))]

    b = Order.get(Order.customer == w["c2"])
    assert b.number == "SO-202403-0008"  # after the imported SO-202403-0007
    assert (b.net_total, b.tax_total, b.total) == (Decimal("40.03"), Decimal("3.45"), Decimal("43.48"))
    assert b.state == "partially_shipped" and b.salesperson_id == w["old"].id and b.sign_date == dt.date(2024, 3, 20)
    assert [li.tax_rate for li in b.lines.order_by(OrderLine.position)] == [Decimal("6"), Decimal("13")]

    c = Order.get(Order.number == "SO-202403-0007")
    assert c.state == "cancelled" and c.total == Decimal("1.13") and c.confirmed_at is None
    assert not PaymentInstalment.select().where(PaymentInstalment.order == c.id).exists()
    d = Order.get(Order.sign_date == dt.date(2024, 4, 2))
    assert d.number == "SO-202404-0001" and d.state == "confirmed" and d.total == Decimal("113.00")

    # leads with a sold order became customers; a cancelled order wins nobody
    assert [Customer.get_by_id(w[k]).is_lead for k in ("c1", "c2", "c3")] == [False, False, True]
    assert AuditLog.select().where(AuditLog.action == "first_order").count() == 2
    assert AuditLog.select().where((AuditLog.entity == "order") & (AuditLog.action == "import")).count() == 1

    # numbering continues after the imported numbers
    later = orders.create_order(w["sales1"], OrderInput(customer_id=w["c1"], sign_date=dt.date(2024, 3, 28),
                                                        lines=[LineInput(product_id=w["p"])]))
    assert later.number == "SO-202403-0009"


def test_a_counter_already_past_an_imported_number_stays_where_it_is(world, tmp_path):
    w = world
    first = orders.create_order(w["sales1"], OrderInput(customer_id=w["c1"], sign_date=dt.date(2024, 5, 2),
                                                        lines=[LineInput(product_id=w["p"])]))
    orders.create_order(w["sales1"], OrderInput(customer_id=w["c1"], sign_date=dt.date(2024, 5, 3),
                                                lines=[LineInput(product_id=w["p"])]))
    assert first.number == "SO-202405-0001"
    path = orders_file(tmp_path / "o.xlsx", [
        order_row(number="SO-202405-0000", customer="上海甲公司", salesperson="sales1", sign_date="2024-05-01",
                  product_code="P-100", quantity=1, unit_price=100)])
    order_import.commit(w["manager"], path)
    assert DocumentCounter.get((DocumentCounter.kind == "SO") & (DocumentCounter.period == "202405")).last == 2


# (Excel row, header) of every seeded problem of `bad_rows`
SEEDED = {(3, "签约日期"), (4, "客户"), (5, "产品编号"), (6, "合同编号"), (7, "品名"), (9, "客户"), (10, "价税合计"),
          (11, "已发货数量"), (12, "状态"), (13, "销售")}


def bad_rows(stored_number: str) -> list[list[object]]:
    ok = {"salesperson": "sales1", "sign_date": "2024-01-05", "quantity": 1, "unit_price": 100}
    return [
        order_row(number="X-1", customer="上海甲公司", product_code="P-100", **ok),  # 2: good
        order_row(number="X-2", customer="上海甲公司", product_code="P-100", **{**ok, "sign_date": "2024-13-45"}),
        order_row(number="X-3", customer="不存在公司", product_code="P-100", **ok),  # 4
        order_row(number="X-4", customer="上海甲公司", product_code="NOPE", **ok),  # 5
        order_row(number=stored_number, customer="上海甲公司", product_code="P-100", **ok),  # 6: number taken
        order_row(number="X-7", customer="上海甲公司", **ok),  # 7: neither product nor description
        order_row(number="X-8", customer="上海甲公司", product_code="P-100", **ok),  # 8
        order_row(number="X-8", customer="广州乙公司", product_code="P-100", quantity=2, unit_price=100),  # 9
        order_row(number="X-10", customer="上海甲公司", product_code="P-100", order_total="100.00", **ok),  # 10
        order_row(number="X-11", customer="上海甲公司", product_code="P-100", shipped=2, **ok),  # 11
        order_row(number="X-12", customer="上海甲公司", product_code="P-100", state="也许", **ok),  # 12
        order_row(number="X-13", customer="上海甲公司", product_code="P-100", **{**ok, "salesperson": "nobody"}),
        order_row(number="X-8", description="续行", quantity=1, unit_price=5),  # 14: good follow-on row
    ]


def test_seeded_errors_are_reported_by_row_and_column_and_nothing_is_written(world, tmp_path):
    w = world
    stored = orders.create_order(w["sales1"], OrderInput(customer_id=w["c1"], sign_date=dt.date(2024, 1, 2),
                                                         lines=[LineInput(product_id=w["p"])]))
    path = orders_file(tmp_path / "bad.xlsx", bad_rows(stored.number))
    counts = (Order.select().count(), OrderLine.select().count(), list(DocumentCounter.select().tuples()),
              AuditLog.select().count())
    report = order_import.dry_run(w["manager"], path)
    assert {(e.row, e.column) for e in report.errors} == SEEDED
    assert report.rows_total == 13 and report.good_rows == 3 and report.orders == 1  # X-1 only (X-8 has row 9)
    messages = {(e.row, e.column): e.message for e in report.errors}
    assert messages[(9, "客户")] == "Differs from row 8 of this order (上海甲公司)."
    assert messages[(10, "价税合计")] == "The lines add up to 113.00 with tax, not 100.00."
    assert messages[(6, "合同编号")] == "Another order has this number."
    with pytest.raises(order_import.OrderImportRefused) as refused:
        order_import.commit(w["manager"], path)
    assert {(e.row, e.column) for e in refused.value.report.errors} == SEEDED
    assert counts == (Order.select().count(), OrderLine.select().count(), list(DocumentCounter.select().tuples()),
                      AuditLog.select().count())
    assert Customer.get_by_id(w["c1"]).is_lead


def test_english_headers_and_a_missing_required_column(world, tmp_path):
    from tests.unit.import_files import write_xlsx

    w = world
    path = write_xlsx(tmp_path / "en.xlsx", ["Customer", "Salesperson", "Sign date", "Description", "Qty", "Price"],
                      [["上海甲公司", "sales1", "2024-02-02", "咨询", "2", "300"]])
    result = order_import.commit(w["manager"], path)
    order = Order.get(Order.number == result.first_number)
    assert order.number == "SO-202402-0001" and order.total == Decimal("678.00")
    missing = write_xlsx(tmp_path / "missing.xlsx", ["客户", "签约日期", "品名", "数量", "单价"],
                         [["上海甲公司", "2024-02-02", "咨询", "2", "300"]])
    report = order_import.dry_run(w["manager"], missing)
    assert [(e.row, e.column) for e in report.errors] == [(2, "销售")]
    assert ORDER_HEADERS[2] == "销售"


def test_only_managers_and_administrators_import(world, tmp_path):
    path = orders_file(tmp_path / "o.xlsx", good_rows(world))
    with pytest.raises(PermissionDenied):
        order_import.dry_run(world["sales1"], path)


def test_cancelling_while_writing_leaves_nothing(world, tmp_path):
    from app.services.progress import Cancelled

    path = orders_file(tmp_path / "o.xlsx", good_rows(world))
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > 600:  # the writing stage: the last half of the bar
            raise Cancelled()

    with pytest.raises(Cancelled):
        order_import.commit(world["manager"], path, progress)
    assert max(seen) > 600
    assert Order.select().count() == 0 and OrderLine.select().count() == 0
    assert not DocumentCounter.select().where(DocumentCounter.kind == "SO").exists()
    assert Customer.get_by_id(world["c1"]).is_lead
