"""Importing products from Excel: template, a good file, seeded errors at exact rows and columns,
nothing written when any row is bad; rows whose code is stored update that product (empty cells
keep the stored values, unchanged rows are counted and not written, bad update rows named by row and
column, a concurrent save refused); the CLI's exit codes, summary and error workbook."""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models.audit import AuditLog
from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.product import Product, ProductLine
from app.reports.product_import_files import write_error_workbook, write_template
from app.services import product_import
from app.services.errors import ConflictError, PermissionDenied
from app.services.products import ProductInput, create_product_line, update_product
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


def _snapshot(code: str) -> tuple:
    p = Product.get(Product.code == code)
    return (p.name, p.unit, p.list_price, p.floor_price, p.tax_rate, p.line_id, p.active, p.pinyin, p.version,
            p.updated_at, p.updated_by)


def test_a_stored_code_updates_its_product_and_empty_cells_keep_the_stored_values(staff, tmp_path):
    product_import.commit(staff["admin"], write_xlsx(tmp_path / "one.xlsx", HEADERS, GOOD))
    untouched = {code: _snapshot(code) for code in ("LS-M10", "QT-01")}
    rows = [
        ["", "LS-M8", "", "", "49.90", "", "", ""],  # price only: every other cell keeps its value
        ["新产品线", "DJ-01", "交流伺服电机", "", "", "", "9%", "是"],  # name, line, tax rate, active
        ["紧固件", "LS-M10", "不锈钢螺栓 M10", "盒", 52, 40, 13, "是"],  # as stored
        ["", "QT-01", "", "", "", "", "", ""],  # only the code
        ["", "NEW-1", "新螺母", "个", 3, "", "", ""],  # a new code is created
    ]
    path = write_xlsx(tmp_path / "update.xlsx", HEADERS, rows)
    report = product_import.dry_run(staff["manager"], path)
    assert report.ok and (report.products, report.updated, report.unchanged) == (1, 2, 2)
    assert report.new_lines == ["新产品线"]
    assert Product.get(Product.code == "LS-M8").list_price == Decimal("45.00")  # the dry run wrote nothing
    assert Product.select().count() == 4 and not ProductLine.select().where(ProductLine.name == "新产品线").exists()
    audits_before = AuditLog.select().count()

    result = product_import.commit(staff["manager"], path)
    assert (result.products, result.updated, result.unchanged, result.new_lines) == (1, 2, 2, 1)
    bolt = Product.get(Product.code == "LS-M8")
    assert bolt.list_price == Decimal("49.90") and bolt.floor_price == Decimal("38.50")
    assert (bolt.name, bolt.unit, bolt.line.name, bolt.tax_rate, bolt.active) == (
        "不锈钢螺栓 M8", "盒", "紧固件", Decimal("13"), True)
    assert bolt.version == 2 and bolt.updated_by == staff["manager"].id
    motor = Product.get(Product.code == "DJ-01")
    assert (motor.name, motor.line.name, motor.tax_rate, motor.active, motor.list_price) == (
        "交流伺服电机", "新产品线", Decimal("9"), True, Decimal("1280.00"))
    assert "jiaoliu" in motor.pinyin and motor.initials.startswith("jl") and motor.version == 2
    assert {code: _snapshot(code) for code in untouched} == untouched  # unchanged rows are not written
    assert Product.get(Product.code == "NEW-1").version == 1 and Product.select().count() == 5

    assert AuditLog.select().count() == audits_before + 1  # one audit row per import
    entry = AuditLog.select().order_by(AuditLog.id.desc()).get()
    changes = json.loads(entry.changes)
    assert (entry.entity, entry.action, entry.user_id) == ("product", "import", staff["manager"].id)
    assert {k: changes[k][1] for k in ("file", "created", "updated", "unchanged", "new_lines")} == {
        "file": "update.xlsx", "created": 1, "updated": 2, "unchanged": 2, "new_lines": 1}
    assert changes["LS-M8.list_price"] == ["45.00", "49.90"]
    assert changes["DJ-01.name"] == ["伺服电机", "交流伺服电机"] and changes["DJ-01.line"] == ["电机", "新产品线"]
    assert changes["DJ-01.active"] == [False, True] and changes["DJ-01.tax_rate"] == ["6.00", "9.00"]
    assert not any(k.startswith(("LS-M10.", "QT-01.", "LS-M8.name")) for k in changes)


def test_a_file_that_changes_nothing_writes_nothing(staff, tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", HEADERS, GOOD)
    product_import.commit(staff["admin"], path)
    before = {code: _snapshot(code) for (code,) in Product.select(Product.code).tuples()}
    audits_before = AuditLog.select().count()
    result = product_import.commit(staff["admin"], path)
    assert (result.products, result.updated, result.unchanged, result.new_lines) == (0, 0, 4, 0)
    assert {code: _snapshot(code) for code in before} == before and AuditLog.select().count() == audits_before


def test_bad_update_rows_are_named_by_row_and_column_and_nothing_is_written(staff, tmp_path):
    product_import.commit(staff["admin"], write_xlsx(tmp_path / "one.xlsx", HEADERS, GOOD))
    before = {code: _snapshot(code) for (code,) in Product.select(Product.code).tuples()}
    rows = [
        ["", "LS-M8", "", "", "50", "", "", ""],  # 2: good
        ["", "LS-M10", "", "", "30", "", "", ""],  # 3: list below the stored floor 40 (kept)
        ["", "DJ-01", "", "", "", "", "abc", ""],  # 4: tax rate
        ["", "QT-01", "", "", "-1", "", "", "也许"],  # 5: list price and active
        ["", "LS-M8", "", "", "51", "", "", ""],  # 6: repeats row 2
        ["", "NEW-1", "", "", "1", "", "", ""],  # 7: a new code needs a name
    ]
    path = write_xlsx(tmp_path / "bad-update.xlsx", HEADERS, rows)
    report = product_import.dry_run(staff["manager"], path)
    assert sorted((e.row, e.column, e.message) for e in report.errors) == [
        (3, "底价", "The floor price cannot be above the list price."),
        (4, "税率", "A tax rate from 0 to 100 %."),
        (5, "启用", "Use 是 or 否 (yes, no)."),
        (5, "标准价", "A price of at most two decimals, not negative."),
        (6, "编号", "The code repeats row 2."),
        (7, "名称", "A name of 1 to 120 characters."),
    ]
    with pytest.raises(product_import.ProductImportRefused):
        product_import.commit(staff["manager"], path)
    assert {code: _snapshot(code) for code in before} == before  # row 2 is good, yet not written


def test_a_product_saved_since_the_check_refuses_the_whole_import(staff, tmp_path, monkeypatch):
    product_import.commit(staff["admin"], write_xlsx(tmp_path / "one.xlsx", HEADERS, GOOD))
    path = write_xlsx(tmp_path / "update.xlsx", HEADERS, [["", "NEW-1", "新螺母", "", 1, "", "", ""],
                                                          ["", "LS-M8", "", "", 60, "", "", ""]])
    checked = product_import._check

    def check_then_someone_saves(sheet, stages):
        outcome = checked(sheet, stages)
        bolt = Product.get(Product.code == "LS-M8")
        update_product(staff["admin"], bolt.id, bolt.version, ProductInput(
            code="LS-M8", name=bolt.name, unit=bolt.unit, list_price="46", floor_price=bolt.floor_price,
            tax_rate=bolt.tax_rate, line_id=bolt.line_id, active=bolt.active))
        return outcome

    monkeypatch.setattr(product_import, "_check", check_then_someone_saves)
    with pytest.raises(ConflictError):
        product_import.commit(staff["manager"], path)
    bolt = Product.get(Product.code == "LS-M8")
    assert bolt.list_price == Decimal("46.00") and bolt.version == 2  # the other user's save stands
    assert not Product.select().where(Product.code == "NEW-1").exists()  # all or nothing


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
    assert ("4 rows checked: 4 new products and 2 new product line(s) would be imported, 0 products updated, "
            "0 unchanged; nothing was written (--dry-run).") in result.stdout
    assert product_count(db_file) == 0
    result = salesdesk("--db", str(db_file), "import", "products", str(good))
    assert result.returncode == 0, result.stderr
    assert ("imported 4 new products and 2 new product line(s) from good.xlsx, updated 0 products, 0 unchanged"
            in result.stdout)
    assert product_count(db_file) == 4

    prices = write_xlsx(tmp_path / "prices.xlsx", ["编号", "名称", "标准价"],  # 名称 marks the header row
                        [["LS-M8", "", "47.5"], ["DJ-01", None, "1280"]])
    result = salesdesk("--db", str(db_file), "import", "products", str(prices), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "2 rows checked: 0 new products would be imported, 1 products updated, 1 unchanged" in result.stdout
    result = salesdesk("--db", str(db_file), "import", "products", str(prices))
    assert result.returncode == 0, result.stderr
    assert "imported 0 new products from prices.xlsx, updated 1 products, 1 unchanged" in result.stdout
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("SELECT list_price, version FROM product WHERE code = 'LS-M8'").fetchone() == (4750, 2)
        assert con.execute("SELECT version FROM product WHERE code = 'DJ-01'").fetchone() == (1,)
    finally:
        con.close()
