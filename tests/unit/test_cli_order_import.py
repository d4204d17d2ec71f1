"""`salesdesk template orders|payments` and `salesdesk import orders|payments` in a separate process:
exit codes, the error workbook beside the file, nothing written when a row is bad."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models.base import db
from app.models.connection import close_database, open_database
from app.services import order_import_columns, payment_import, products
from tests.unit.customer_factories import add_customer
from tests.unit.factories import make_user
from tests.unit.history_files import ORDER_HEADERS, order_row, orders_file, payment_row, payments_file
from tests.unit.test_cli import salesdesk


@pytest.fixture(scope="module")
def base_file(tmp_path_factory) -> Path:
    """A SQLite file with an administrator, a manager, a salesperson, two customers and a product."""
    path = tmp_path_factory.mktemp("cli_orders") / "base.sqlite3"
    open_database(str(path))
    try:
        make_user("admin", "admin")
        manager, sales1 = make_user("manager", "manager"), make_user("sales1", "sales")
        add_customer(manager, "上海甲公司", owner=sales1)
        add_customer(manager, "广州乙公司", owner=sales1)
        products.create_product(manager, products.ProductInput("P-100", "控制器", "台", "100.00", "80.00", "13"))
    finally:
        close_database()
        db.initialize(None)
    return path


@pytest.fixture
def db_file(base_file, tmp_path) -> Path:
    copy = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(base_file, copy)
    return copy


def query(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(("kind", "columns", "sheet"), [("orders", order_import_columns.COLUMNS, "合同"),
                                                        ("payments", payment_import.COLUMNS, "回款")])
def test_templates_have_the_chinese_headers_and_a_help_sheet(tmp_path, kind, columns, sheet):
    out = tmp_path / f"{kind}.xlsx"
    result = salesdesk("template", kind, str(out))
    assert result.returncode == 0 and f"template written to {out}" in result.stdout
    workbook = load_workbook(out)
    assert workbook.sheetnames == [sheet, "说明"]
    assert [c.value for c in workbook[sheet][1]] == [c.zh for c in columns]
    assert [row[0] for row in workbook["说明"].iter_rows(min_row=2, max_row=len(columns) + 1, values_only=True)] == [
        c.zh for c in columns]


def test_a_bad_orders_file_exits_1_with_the_error_workbook_and_imports_nothing(db_file, tmp_path):
    ok = {"salesperson": "sales1", "sign_date": "2024-01-05", "quantity": 1, "unit_price": 100}
    source = orders_file(tmp_path / "合同.xlsx", [
        order_row(customer="上海甲公司", product_code="P-100", **ok),
        order_row(customer="上海甲公司", product_code="P-100", **{**ok, "sign_date": "去年"}),
        order_row(customer="不存在公司", product_code="P-100", **ok),
    ])
    result = salesdesk("--db", str(db_file), "import", "orders", str(source))
    assert result.returncode == 1, result.stderr
    errors = tmp_path / "合同.errors.xlsx"
    assert "2 of 3 rows have problems; nothing was imported." in result.stdout
    assert "row 3, 签约日期: A date such as 2025-03-10." in result.stdout
    assert f"error workbook: {errors}" in result.stdout
    assert query(db_file, "SELECT count(*) FROM sales_order") == [(0,)]
    ws = load_workbook(errors).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [*ORDER_HEADERS, "错误", "原行号"]
    assert [(r[-1], r[-2]) for r in rows[1:]] == [(3, "签约日期: A date such as 2025-03-10."),
                                                  (4, "客户: No customer with this code or name.")]


def test_good_orders_then_payments_import_and_exit_0(db_file, tmp_path):
    source = orders_file(tmp_path / "合同.xlsx", [
        order_row(customer="上海甲公司", salesperson="sales1", sign_date="2024-03-15", product_code="P-100",
                  quantity=3, unit_price="99.99", discount=5),
        order_row(description="安装", quantity=1, unit_price=500, tax_rate=6),
        order_row(number="HT-9", customer="广州乙公司", salesperson="sales1", sign_date="2024-03-16",
                  description="咨询", quantity=1, unit_price=100),
    ])
    dry = salesdesk("--db", str(db_file), "import", "orders", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "3 rows checked: 2 orders with 3 lines would be imported; nothing was written (--dry-run)." in dry.stdout
    assert query(db_file, "SELECT count(*) FROM sales_order") == [(0,)]
    result = salesdesk("--db", str(db_file), "import", "orders", str(source), "--user", "manager")
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("imported 2 orders with 3 lines from 合同.xlsx (SO-202403-0001..HT-9); 2 lead(s) became customers"
            in result.stdout)
    assert query(db_file, "SELECT number, total FROM sales_order ORDER BY id") == [("SO-202403-0001", 85202),
                                                                                ("HT-9", 11300)]
    payments = payments_file(tmp_path / "回款.xlsx", [
        payment_row(order_number="SO-202403-0001", pay_date="2024-04-01", amount="852.02"),
        payment_row(order_number="HT-9", pay_date="2024-04-01", amount="200")])
    refused = salesdesk("--db", str(db_file), "import", "payments", str(payments))
    assert refused.returncode == 1 and "row 3, 金额: Above the order's balance of 113.00;" in refused.stdout
    assert (tmp_path / "回款.errors.xlsx").exists()
    assert query(db_file, "SELECT count(*), sum(paid_total) FROM sales_order") == [(2, 0)]
    payments_file(payments, [payment_row(order_number="SO-202403-0001", pay_date="2024-04-01", amount="852.02")])
    done = salesdesk("--db", str(db_file), "import", "payments", str(payments))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "imported 1 payments of 852.02 for 1 orders from 回款.xlsx" in done.stdout
    assert query(db_file, "SELECT number, paid_total FROM sales_order ORDER BY id") == [("SO-202403-0001", 85202),
                                                                                     ("HT-9", 0)]
