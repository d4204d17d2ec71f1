"""Products, product lines and bundles: validation, version check, search, list, permissions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.services import products
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.products import BundleInput, BundleItemInput, ProductFilter, ProductInput
from tests.unit.factories import make_user


@pytest.fixture
def staff(database):
    return {role: make_user(f"u_{role}", role) for role in ("frontdesk", "sales", "supervisor", "manager", "admin")}


def add(actor, code="LS-001", name="不锈钢螺丝", **fields) -> int:
    values = {"unit": "盒", "list_price": "120.00", "floor_price": "90.00", "tax_rate": "13", **fields}
    return products.create_product(actor, ProductInput(code=code, name=name, **values)).id


def test_create_and_read_back(staff):
    line = products.create_product_line(staff["manager"], "紧固件")
    pid = add(staff["admin"], line_id=line.id)
    product = products.get_product(staff["sales"], pid)
    assert (product.list_price, product.floor_price, product.tax_rate) == (Decimal("120.00"), Decimal("90.00"),
                                                                           Decimal("13.00"))
    assert (product.pinyin, product.initials, product.line_id) == ("buxiugangluosi", "bxgls", line.id)
    assert AuditLog.select().where((AuditLog.entity == "product") & (AuditLog.action == "create")).count() == 1


@pytest.mark.parametrize(("fields", "bad"), [
    ({"list_price": "-1"}, "list_price"),
    ({"floor_price": "130"}, "floor_price"),
    ({"tax_rate": "101"}, "tax_rate"),
    ({"list_price": "1.001"}, "list_price"),
    ({"code": " "}, "code"),
    ({"name": ""}, "name"),
    ({"line_id": 999}, "line_id"),
])
def test_validation(staff, fields, bad):
    data = {"code": "X1", "name": "产品", "list_price": "100", "floor_price": "80", "tax_rate": "13", **fields}
    with pytest.raises(ValidationError) as caught:
        products.create_product(staff["manager"], ProductInput(**data))
    assert bad in caught.value.fields


def test_code_and_line_names_are_unique(staff):
    add(staff["manager"])
    with pytest.raises(ValidationError, match="code"):
        add(staff["manager"], name="别的")
    products.create_product_line(staff["manager"], "紧固件")
    with pytest.raises(ValidationError):
        products.create_product_line(staff["manager"], " 紧固件 ")


def test_update_checks_the_version(staff):
    pid = add(staff["manager"])
    version = products.get_product(staff["manager"], pid).version
    products.update_product(staff["manager"], pid, version,
                            ProductInput("LS-001", "不锈钢螺丝 M6", "盒", "125", "90", "13"))
    with pytest.raises(ConflictError):
        products.update_product(staff["admin"], pid, version, ProductInput("LS-001", "旧", "盒", "120", "90", "13"))
    assert products.get_product(staff["sales"], pid).name == "不锈钢螺丝 M6"
    other = add(staff["manager"], code="LS-002", name="螺母")
    with pytest.raises(ValidationError, match="code"):
        products.update_product(staff["manager"], other, 1, ProductInput("LS-001", "螺母", "个", "1", "1", "13"))


def test_search_by_code_name_pinyin_and_initials(staff):
    manager = staff["manager"]
    add(manager, code="LS-001", name="不锈钢螺丝")
    add(manager, code="LM-002", name="六角螺母")
    add(manager, code="XJ-003", name="橡胶垫圈", active=False)
    names = lambda text: [r.name for r in products.search_products(staff["sales"], text)]  # noqa: E731
    assert names("ls") == ["不锈钢螺丝"]  # code prefix, case-insensitive
    assert names("螺") == ["六角螺母", "不锈钢螺丝"]  # by code order: LM-002, LS-001
    assert names("luomu") == ["六角螺母"]
    assert names("bxg") == ["不锈钢螺丝"]
    assert names("xj") == []  # inactive products are not offered
    assert names("%") == []  # wildcards are literal
    assert products.count_products(manager, ProductFilter(active=None)) == 3
    assert products.count_products(manager, ProductFilter(search="垫圈", active=False)) == 1
    assert len(products.product_page(manager, ProductFilter(active=None), offset=1, limit=1)) == 1


def test_list_filters_by_line(staff):
    line = products.create_product_line(staff["manager"], "紧固件")
    add(staff["manager"], line_id=line.id)
    add(staff["manager"], code="B", name="别的")
    rows = products.product_page(staff["sales"], ProductFilter(line_id=line.id))
    assert [(r.code, r.line_name) for r in rows] == [("LS-001", "紧固件")]


def test_bundles(staff):
    manager = staff["manager"]
    a, b = add(manager), add(manager, code="LM-002", name="六角螺母", list_price="2", floor_price="1")
    bundle = products.create_bundle(manager, BundleInput("安装套装", [BundleItemInput(a, "2"),
                                                                  BundleItemInput(b, "10.5")]))
    items = products.bundle_items(staff["sales"], bundle.id)
    assert [(i.product_id, i.quantity) for i in items] == [(a, Decimal("2.000")), (b, Decimal("10.500"))]
    products.update_bundle(manager, bundle.id, BundleInput("安装套装", [BundleItemInput(b, "1")]))
    assert [i.product_id for i in products.bundle_items(staff["sales"], bundle.id)] == [b]
    with pytest.raises(ValidationError):
        products.create_bundle(manager, BundleInput("安装套装", [BundleItemInput(a, "1")]))
    with pytest.raises(ValidationError):
        products.create_bundle(manager, BundleInput("空", []))
    with pytest.raises(ValidationError):
        products.create_bundle(manager, BundleInput("坏", [BundleItemInput(a, "0")]))
    products.delete_bundle(manager, bundle.id)
    assert products.list_bundles(manager) == []


def test_permissions(staff):
    for role in ("sales", "supervisor", "frontdesk"):
        with pytest.raises(PermissionDenied):
            add(staff[role])
        with pytest.raises(PermissionDenied):
            products.create_product_line(staff[role], "X")
    with pytest.raises(PermissionDenied):
        products.search_products(staff["frontdesk"], "x")
    for role in ("sales", "supervisor", "manager", "admin"):
        assert products.search_products(staff[role], "x") == []
