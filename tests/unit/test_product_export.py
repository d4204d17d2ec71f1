"""Exporting the product list: the import template's headers, values and number formats, the
filter honoured, an unwritable target refused with nothing left behind, the file importing back
(into the same database with an edited price and name: those products updated, the rest untouched;
into a fresh database: every product created), and `salesdesk export products`; on SQLite and
PostgreSQL."""

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
from app.reports.excel_stream import TargetNotWritable
from app.reports.product_export import export_products
from app.reports.product_import_files import write_template
from app.services import product_import
from app.services.errors import PermissionDenied
from app.services.products import ProductFilter, ProductInput, create_product, create_product_line
from tests.unit.factories import make_user
from tests.unit.test_cli import salesdesk


@pytest.fixture
def staff(database):
    return {name: make_user(name, role) for name, role in (("admin", "admin"), ("manager", "manager"),
                                                           ("sales1", "sales"), ("desk1", "frontdesk"))}


@pytest.fixture
def catalogue(staff):
    manager = staff["manager"]
    fasteners = create_product_line(manager, "紧固件").id
    motors = create_product_line(manager, "电机").id
    for code, name, unit, list_price, floor_price, tax, line, active in (
            ("LS-M8", "不锈钢螺栓 M8", "盒", "45.00", "38.50", "13", fasteners, True),
            ("LS-M10", "不锈钢螺栓 M10", "盒", "1234.5", "1000", "13", fasteners, False),
            ("DJ-01", "伺服电机", "台", "999999999999.99", "0", "6.5", motors, True),
            ("=CMD", "-危险名称", "", "0", "0", "0", None, True)):
        create_product(manager, ProductInput(code=code, name=name, unit=unit, list_price=list_price,
                                             floor_price=floor_price, tax_rate=tax, line_id=line, active=active))
    return {"紧固件": fasteners, "电机": motors}


def read_rows(path: Path) -> tuple[object, list[list[object]]]:
    ws = load_workbook(path)["产品"]
    return ws, [[c.value for c in row] for row in ws.iter_rows(min_row=2)]


def test_headers_are_the_import_templates_and_values_read_back(staff, catalogue, tmp_path):
    template = write_template(tmp_path / "template.xlsx")
    path = tmp_path / "产品.xlsx"
    assert export_products(staff["sales1"], ProductFilter(active=None), path) == 4
    ws, rows = read_rows(path)
    assert [c.value for c in ws[1]] == [c.value for c in load_workbook(template)["产品"][1]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:H5"
    assert rows == [
        [None, "=CMD", "-危险名称", None, 0, 0, 0, "是"],
        ["电机", "DJ-01", "伺服电机", "台", 999999999999.99, 0, 6.5, "是"],
        ["紧固件", "LS-M10", "不锈钢螺栓 M10", "盒", 1234.5, 1000, 13, "否"],
        ["紧固件", "LS-M8", "不锈钢螺栓 M8", "盒", 45, 38.5, 13, "是"],
    ]
    formula_row = list(ws[2])
    assert formula_row[1].data_type == "s" and formula_row[1].quotePrefix  # text, never a formula
    prices = list(ws[3])
    assert prices[4].number_format == prices[5].number_format == "#,##0.00"
    assert prices[6].number_format == "General" and prices[6].data_type == "n"


def test_the_filter_of_the_list_is_what_is_exported(staff, catalogue, tmp_path):
    path = tmp_path / "out.xlsx"
    assert export_products(staff["admin"], ProductFilter(line_id=catalogue["紧固件"]), path) == 1
    assert [r[1] for r in read_rows(path)[1]] == ["LS-M8"]
    assert export_products(staff["admin"], ProductFilter(search="bxg", active=None), path) == 2
    assert [r[1] for r in read_rows(path)[1]] == ["LS-M10", "LS-M8"]
    assert export_products(staff["admin"], ProductFilter(search="nothing-matches"), path) == 0
    ws, rows = read_rows(path)
    assert rows == [] and ws.max_column == 8


def test_only_those_who_look_products_up_export(staff, catalogue, tmp_path):
    with pytest.raises(PermissionDenied):
        export_products(staff["desk1"], ProductFilter(), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_an_unwritable_target_is_refused_and_an_existing_file_kept(staff, catalogue, tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    folder = exports / "产品.xlsx"
    folder.mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(TargetNotWritable) as refused:
        export_products(staff["admin"], ProductFilter(), folder)
    assert refused.value.path == folder
    assert list(exports.iterdir()) == [folder]  # no .part left

    locked = exports / "locked.xlsx"
    locked.write_bytes(b"old")

    def open_in_excel(self, target):  # Windows refuses to replace a file another program holds open
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(Path, "replace", open_in_excel)
    with pytest.raises(TargetNotWritable) as refused:
        export_products(staff["admin"], ProductFilter(), locked)
    assert refused.value.reason == "Permission denied"
    assert locked.read_bytes() == b"old" and sorted(p.name for p in exports.iterdir()) == ["locked.xlsx", "产品.xlsx"]


def test_an_exported_file_with_a_changed_price_imports_into_a_fresh_database(staff, catalogue, tmp_path):
    path = tmp_path / "产品.xlsx"
    export_products(staff["manager"], ProductFilter(active=None), path)
    workbook = load_workbook(path)
    ws = workbook["产品"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "LS-M8")
    row[4].value = 48.8  # 标准价
    workbook.save(path)

    # In the database it came from every code is stored: one row updates, the others change nothing.
    report = product_import.dry_run(staff["manager"], path)
    assert report.ok and (report.rows_total, report.products, report.updated, report.unchanged) == (4, 0, 1, 3)

    close_database()
    open_database(str(tmp_path / "fresh.sqlite3"))
    result = product_import.commit(make_user("admin2", "admin"), path)
    assert (result.products, result.new_lines) == (4, 2)
    stored = {p.code: p for p in Product.select()}
    assert stored["LS-M8"].list_price == Decimal("48.80") and stored["LS-M8"].floor_price == Decimal("38.50")
    assert stored["LS-M10"].list_price == Decimal("1234.50") and not stored["LS-M10"].active
    assert stored["DJ-01"].list_price == Decimal("999999999999.99") and stored["DJ-01"].tax_rate == Decimal("6.5")
    assert stored["=CMD"].name == "-危险名称" and stored["=CMD"].line is None and stored["=CMD"].tax_rate == 0
    assert {line.name for line in ProductLine.select()} == {"紧固件", "电机"}
    assert stored["LS-M8"].line.name == "紧固件"


def test_an_edited_export_imported_into_the_same_database_updates_only_the_edited_products(
        staff, catalogue, tmp_path):
    path = tmp_path / "价格表.xlsx"
    export_products(staff["manager"], ProductFilter(active=None), path)
    before = {p.code: (p.name, p.list_price, p.floor_price, p.version, p.updated_at, p.updated_by)
              for p in Product.select()}
    workbook = load_workbook(path)
    rows = {r[1].value: r for r in workbook["产品"].iter_rows(min_row=2)}
    rows["LS-M8"][4].value = 49.9  # 标准价
    rows["DJ-01"][2].value = "交流伺服电机"  # 名称
    workbook.save(path)

    report = product_import.dry_run(staff["admin"], path)
    assert report.ok and (report.products, report.updated, report.unchanged, report.new_lines) == (0, 2, 2, [])
    assert {p.code: p.version for p in Product.select()} == {code: b[3] for code, b in before.items()}
    audits = AuditLog.select().count()

    result = product_import.commit(staff["admin"], path)
    assert (result.products, result.updated, result.unchanged, result.new_lines) == (0, 2, 2, 0)
    stored = {p.code: p for p in Product.select()}
    assert stored["LS-M8"].list_price == Decimal("49.90") and stored["LS-M8"].floor_price == Decimal("38.50")
    assert stored["DJ-01"].name == "交流伺服电机" and stored["DJ-01"].pinyin.startswith("jiaoliu")
    assert stored["DJ-01"].list_price == Decimal("999999999999.99") and stored["DJ-01"].tax_rate == Decimal("6.5")
    for code in ("LS-M8", "DJ-01"):
        assert stored[code].version == before[code][3] + 1 and stored[code].updated_by == staff["admin"].id
    for code in ("LS-M10", "=CMD"):
        p = stored[code]
        assert (p.name, p.list_price, p.floor_price, p.version, p.updated_at, p.updated_by) == before[code]
    assert Product.select().count() == 4 and ProductLine.select().count() == 2
    assert AuditLog.select().count() == audits + 1
    changes = json.loads(AuditLog.select().order_by(AuditLog.id.desc()).get().changes)
    assert changes["LS-M8.list_price"] == ["45.00", "49.90"] and changes["DJ-01.name"] == ["伺服电机", "交流伺服电机"]
    assert sorted(k for k in changes if "." in k) == ["DJ-01.name", "LS-M8.list_price"]


# ---- the command line ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def catalogue_file(tmp_path_factory) -> Path:
    """A SQLite file with an administrator and three products on two lines, one inactive."""
    path = tmp_path_factory.mktemp("cli_export") / "base.sqlite3"
    open_database(str(path))
    try:
        admin = make_user("admin", "admin")
        line = create_product_line(admin, "紧固件").id
        for code, active in (("LS-M8", True), ("LS-M10", False)):
            create_product(admin, ProductInput(code=code, name=f"螺栓 {code}", list_price="45", line_id=line,
                                               active=active))
        create_product(admin, ProductInput(code="DJ-01", name="伺服电机", list_price="1280"))
    finally:
        close_database()
        db.initialize(None)
    return path


@pytest.fixture
def db_file(catalogue_file, tmp_path) -> Path:
    copy = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(catalogue_file, copy)
    return copy


def test_cli_exports_products_that_import_back(db_file, tmp_path):
    out = tmp_path / "产品.xlsx"
    result = salesdesk("--db", str(db_file), "export", "products", str(out))
    assert result.returncode == 0, result.stderr
    assert f"exported 3 products to {out}" in result.stdout
    assert [(r[1], r[7]) for r in read_rows(out)[1]] == [("DJ-01", "是"), ("LS-M10", "否"), ("LS-M8", "是")]

    result = salesdesk("--db", str(db_file), "export", "products", str(out), "--line", "紧固件", "--status", "active")
    assert result.returncode == 0, result.stderr
    assert [r[1] for r in read_rows(out)[1]] == ["LS-M8"]

    con = sqlite3.connect(db_file)
    con.execute("DELETE FROM product")
    con.commit()
    con.close()
    result = salesdesk("--db", str(db_file), "import", "products", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "imported 1 new products from 产品.xlsx, updated 0 products, 0 unchanged" in result.stdout


def test_cli_export_refuses_an_unknown_line_and_an_unwritable_target(db_file, tmp_path):
    result = salesdesk("--db", str(db_file), "export", "products", str(tmp_path / "x.xlsx"), "--line", "没有")
    assert result.returncode == 1 and "there is no product line '没有'" in result.stderr
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    result = salesdesk("--db", str(db_file), "export", "products", str(folder))
    assert result.returncode == 1
    assert f"cannot write {folder}" in result.stderr and "writable folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "salesdesk.sqlite3"]
