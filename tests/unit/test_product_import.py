"""Importing products from Excel: template, a good file, seeded errors at exact rows and columns,
nothing written when any row is bad; the CLI's exit codes and error workbook."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.product import Product, ProductLine
from app.reports.product_import_files import write_error_workbook, write_template
from app.services import product_import
from app.services.errors import PermissionDenied
from app.services.products import create_product_line
from tests.unit.factories import make_user
from tests.unit.import_files import write_xlsx
from tests.unit.test_cli import salesdesk

HEADERS = ["产品线", "编号", "名称", "单位", "标准价", "底价", "税率", "启用"]
GOOD = [
    ["紧固件", "LS-M8", "不锈钢螺栓 M8", "盒", 45, "38.50", "13", "是"],
    ["紧固件", "LS-M10", "不锈钢螺栓 M10", "盒", "52.00", 40, "13%", ""],
    ["电机", "DJ-01", "伺服电机", "台", "1,280.00", "1100", 6, "否"],
    ["", "QT-01", "安装服务", "次", 0, 0, "", "yes"],
]
# (Excel row, header) of each seeded problem of BAD
SEEDED = {(3, "编号"), (4, "名称"), (5, "底价"), (6, "税率"), (7, "启用"), (8, "标准价"), (9, "编号")}
BAD = [
    ["紧固件", "OK-1", "好产品", "个", 10, 5, 13, "是"],  # row 2
    ["紧固件", "", "无编号", "个", 10, 5, 13, "是"],  # 3: code missing
    ["紧固件", "X-2", "", "个", 10, 5, 13, "是"],  # 4: name missing
    ["紧固件", "X-3", "底价太高", "个", 10, 20, 13, "是"],  # 5: floor above list
    ["紧固件", "X-4", "税率错", "个", 10, 5, 130, "是"],  # 6: tax rate
    ["紧固件", "X-5", "状态错", "个", 10, 5, 13, "也许"],  # 7: active
    ["紧固件", "X-6", "价格错", "个", "abc", 0, 13, "是"],  # 8: list price
    ["紧固件", "OK-1", "重复编号", "个", 10, 5, 13, "是"],  # 9: code repeats row 2
]


@pytest.fixture
def staff(database):
    return {name: make_user(name, role) for name, role in (("admin", "admin"), ("manager", "manager"),
                                                           ("sales1", "sales"))}


def test_template_is_read_back_with_every_column(tmp_path):
    path = write_template(tmp_path / "产品导入模板.xlsx")
    data = product_import.preview(path)
    assert [c.key for c in data.columns] == [c.key for c in product_import.COLUMNS]
    assert [c.header for c in data.columns] == HEADERS and data.rows == []


def test_good_file_imports_every_product_and_creates_lines(staff, tmp_path):
    create_product_line(staff["admin"], "电机")
    path = write_xlsx(tmp_path / "good.xlsx", HEADERS, GOOD)
    report = product_import.dry_run(staff["manager"], path)
    assert report.ok and (report.rows_total, report.good_rows, report.products) == (4, 4, 4)
    assert report.new_lines == ["紧固件"]
    assert Product.select().count() == 0 and ProductLine.select().count() == 1  # a dry run writes nothing
    result = product_import.commit(staff["manager"], path)
    assert (result.products, result.new_lines) == (4, 1)
    motor = Product.get(Product.code == "DJ-01")
    assert motor.line.name == "电机" and motor.list_price == Decimal("1280.00") and not motor.active
    assert motor.tax_rate == Decimal("6") and "dianji" in motor.pinyin
    bolt = Product.get(Product.code == "LS-M10")
    assert bolt.line.name == "紧固件" and bolt.floor_price == Decimal("40") and bolt.tax_rate == Decimal("13")
    assert bolt.active and bolt.version == 1
    service = Product.get(Product.code == "QT-01")
    assert service.line is None and service.tax_rate == Decimal("13") and service.active


def test_english_headers_are_recognised(staff, tmp_path):
    path = write_xlsx(tmp_path / "en.xlsx", ["Code", "Name", "List price", "Tax rate", "Colour"],
                      [["A-1", "螺母", "1.50", "9"]])
    report = product_import.dry_run(staff["admin"], path)
    assert report.ok and report.products == 1 and report.unrecognised == ["Colour"]


def test_seeded_errors_name_their_rows_and_columns_and_nothing_is_written(staff, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", HEADERS, BAD)
    report = product_import.dry_run(staff["admin"], path)
    assert {(e.row, e.column) for e in report.errors} == SEEDED
    assert report.bad_rows == [3, 4, 5, 6, 7, 8, 9] and report.good_rows == 1
    assert next(e.message for e in report.errors if e.row == 9) == "The code repeats row 2."
    with pytest.raises(product_import.ProductImportRefused) as refused:
        product_import.commit(staff["admin"], path)
    assert refused.value.report.bad_rows == report.bad_rows
    assert Product.select().count() == 0 and ProductLine.select().count() == 0
    out = write_error_workbook(report, path, tmp_path / "bad.errors.xlsx")
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][-2:] == ("错误", "原行号") and [r[-1] for r in rows[1:]] == [3, 4, 5, 6, 7, 8, 9]


def test_a_stored_code_is_refused(staff, tmp_path):
    product_import.commit(staff["admin"], write_xlsx(tmp_path / "one.xlsx", HEADERS, GOOD[:1]))
    report = product_import.dry_run(staff["admin"], write_xlsx(tmp_path / "again.xlsx", HEADERS, GOOD[:2]))
    assert [(e.row, e.column, e.message) for e in report.errors] == [(2, "编号", "Another product has this code.")]


def test_only_managers_and_admins_import(staff, tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", HEADERS, GOOD)
    with pytest.raises(PermissionDenied):
        product_import.dry_run(staff["sales1"], path)


# -- the command line ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def staffed_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli_products") / "base.sqlite3"
    open_database(str(path))
    try:
        make_user("admin", "admin")
    finally:
        close_database()
        db.initialize(None)
    return path


def product_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM product").fetchone()[0]
    finally:
        con.close()


def test_cli_template_dry_run_import_and_errors(staffed_file, tmp_path):
    db_file = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(staffed_file, db_file)
    template = tmp_path / "模板.xlsx"
    result = salesdesk("template", "products", str(template))
    assert result.returncode == 0 and template.exists(), result.stderr
    assert [c.value for c in load_workbook(template)["产品"][1]] == HEADERS

    bad = write_xlsx(tmp_path / "bad.xlsx", HEADERS, BAD)
    result = salesdesk("--db", str(db_file), "import", "products", str(bad))
    assert result.returncode == 1
    assert "7 of 8 rows have problems; nothing was imported." in result.stdout
    assert (tmp_path / "bad.errors.xlsx").exists() and product_count(db_file) == 0

    good = write_xlsx(tmp_path / "good.xlsx", HEADERS, GOOD)
    result = salesdesk("--db", str(db_file), "import", "products", str(good), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "4 products and 2 new product line(s) would be imported" in result.stdout
    assert product_count(db_file) == 0
    result = salesdesk("--db", str(db_file), "import", "products", str(good))
    assert result.returncode == 0, result.stderr
    assert "imported 4 products and 2 new product line(s) from good.xlsx" in result.stdout
    assert product_count(db_file) == 4
