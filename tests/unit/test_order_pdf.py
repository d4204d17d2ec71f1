"""The printed contract (销售合同) and delivery / return notes (发货单 / 退货单): read back with pypdf,
they hold the number, the parties, every line, the totals and capitals, the payment plan, the
signature blocks and page numbers; `salesdesk print order|shipment` writes them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pypdf
import pytest

from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.customer import Contact
from app.models.order import Order, OrderLine
from app.reports.delivery_note_pdf import write_delivery_note_pdf
from app.reports.order_pdf import write_order_pdf
from app.services import order_workflow, orders, payment_plan, products, settings, shipments
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied
from app.services.quotations import LineInput
from app.services.quote_math import amount_in_chinese_capitals
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.customer_factories import add_customer, demo_staff
from tests.unit.test_cli import salesdesk
from tests.unit.test_quotation_pdf import _logo_png, assert_priced_lines, flat, pdf_text

DAY = dt.date(2026, 3, 10)
COMPANY = "上海示例科技有限公司"
BUYER = "苏州恒通机械制造有限公司"
ADDRESS = "苏州工业园区星湖街 328 号"


def make_world() -> dict:
    staff = demo_staff()
    settings.update_settings(None, {"company_name": COMPANY, "company_address": "上海市浦东新区张江路 88 号",
                                    "company_phone": "021-5888 6666", "company_logo": _logo_png()}, system=True)
    staff["c1"] = add_customer(staff["sales1"], BUYER, ContactInput(name="王建国", mobile="13912345678"),
                               owner=staff["sales1"], address=ADDRESS)
    staff["p"] = products.create_product(staff["manager"], products.ProductInput(
        "P-100", "伺服控制器", "台", "1280.00", "900.00", "13")).id
    return staff


def make_order(w: dict, count: int, instalments: int = 3, confirm: bool = True) -> Order:
    """An order of `count` lines (a product every third line, services between), a one-year service
    period, terms and notes, and a plan of `instalments` monthly instalments."""
    lines = [LineInput(product_id=w["p"], quantity="3") if i % 3 == 0 else
             LineInput(description=f"安装调试服务 第{i + 1}项", quantity=str(i % 7 + 1), unit="项",
                       unit_price=f"{100 + i}.50", discount="5", tax_rate="6") for i in range(count)]
    data = orders.OrderInput(customer_id=w["c1"], sign_date=DAY, lines=lines,
                             contact_id=Contact.get(Contact.customer == w["c1"]).id,
                             start_date=dt.date(2026, 4, 1), end_date=dt.date(2027, 3, 31),
                             terms="交货期：收到预付款后 15 个工作日。\n质保期：验收后 12 个月。",
                             notes="含运费及安装。")
    order = orders.create_order(w["sales1"], data)
    if instalments:
        plan = payment_plan.even_split(order.total, payment_plan.monthly_due_dates(DAY, instalments))
        order = payment_plan.set_payment_plan(w["sales1"], order.id, order.version, plan)
    if confirm:
        order = order_workflow.confirm_order(w["sales1"], order.id, order.version)
    return Order.get_by_id(order.id)


@pytest.fixture
def world(database):
    return make_world()


def check_pages(path: Path) -> tuple[int, str]:
    """(page count, the whole text without white space), after checking every page's number."""
    pages, texts = pdf_text(path)
    for number, page_text in enumerate(texts, start=1):
        assert f"第{number}页/共{pages}页" in flat(page_text)
    return pages, flat("".join(texts))


def check_contract(w: dict, order: Order, path: Path) -> tuple[int, str]:
    pages, text = check_pages(path)
    for expected in ("销售合同", order.number, "2026-03-10", "2026-04-01至2027-03-31", COMPANY, "021-58886666",
                     "卖方：", "买方：", BUYER, "王建国", "13912345678", ADDRESS, w["sales1"].display_name,
                     f"{order.net_total:,.2f}", f"{order.tax_total:,.2f}", f"{order.total:,.2f}",
                     amount_in_chinese_capitals(order.total), "质保期：验收后12个月。", "含运费及安装。",
                     "卖方（盖章）", "买方（盖章）", "授权代表（签字）"):
        assert flat(expected) in text, expected
    assert_priced_lines(text, orders.order_lines(w["sales1"], order.id))
    return pages, text


def test_a_contract_holds_both_parties_every_line_the_plan_and_signatures(world, tmp_path):
    order = make_order(world, 5)
    out = write_order_pdf(world["sales1"], order.id, tmp_path / "合同.pdf")
    pages, text = check_contract(world, order, out)
    assert pages == 1
    for instalment in order.instalments.order_by(order.instalments.model.position):
        assert f"{instalment.due_date.isoformat()}{instalment.amount:,.2f}" in text
    assert "付款计划" in text and "状态" not in text  # a confirmed order is the contract in force
    embedded = [f.get_object() for f in pypdf.PdfReader(str(out)).pages[0]["/Resources"]["/Font"].values()]
    assert any("WenQuanYi" in str(f["/BaseFont"]) for f in embedded)


def test_a_draft_without_plan_or_period_says_it_is_a_draft(world, tmp_path):
    order = make_order(world, 2, instalments=0, confirm=False)
    Order.update(start_date=None, end_date=None).where(Order.id == order.id).execute()
    text = check_pages(write_order_pdf(world["sales1"], order.id, tmp_path / "d.pdf"))[1]
    assert "状态：草稿" in text and "付款计划" not in text and "服务期限" not in text
    assert "二、合同条款" in text


def test_a_200_line_contract_repeats_the_line_header_on_every_page(world, tmp_path):
    order = make_order(world, 200, instalments=12)
    out = write_order_pdf(world["manager"], order.id, tmp_path / "o200.pdf")
    pages, _text = check_contract(world, order, out)
    assert pages == 6  # the lines on five pages, the plan runs over to the sixth, the signatures after it
    texts = pdf_text(out)[1]
    assert all("产品/描述" in flat(t) for t in texts[:5])
    assert "第12期" in flat(texts[5]) and "授权代表（签字）" in flat(texts[5])


def test_others_salespeople_cannot_print_the_contract_or_its_notes(world, tmp_path):
    order = make_order(world, 1)
    line = OrderLine.get(OrderLine.order == order.id)
    note = shipments.create_shipment(world["sales1"], order.id, ShipmentInput(DAY, [ShipmentLineInput(line.id, "1")]))
    with pytest.raises(PermissionDenied):
        write_order_pdf(world["sales5"], order.id, tmp_path / "o.pdf")
    with pytest.raises(PermissionDenied):
        write_delivery_note_pdf(world["sales5"], note.id, tmp_path / "n.pdf")
    assert not (tmp_path / "o.pdf").exists() and not (tmp_path / "n.pdf").exists()


def ship_lines(w: dict, order: Order, quantities: dict[int, str], returning: bool = False):
    lines = list(OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position))
    data = ShipmentInput(DAY, [ShipmentLineInput(lines[i].id, q) for i, q in quantities.items()], carrier="顺丰速运",
                         tracking_no="SF1234567890", freight="25.50", packaging="8", notes="易碎，轻放。")
    create = shipments.create_return if returning else shipments.create_shipment
    return create(w["sales1"], order.id, data), lines


def test_a_delivery_note_lists_the_quantities_without_prices(world, tmp_path):
    order = make_order(world, 6)
    note, lines = ship_lines(world, order, {0: "2", 1: "1.5", 4: "3"})
    out = write_delivery_note_pdf(world["sales1"], note.id, tmp_path / "dn.pdf")
    pages, text = check_pages(out)
    assert pages == 1
    for expected in ("发货单", note.number, order.number, "2026-03-10", BUYER, "王建国", "收货地址：" + ADDRESS,
                     "顺丰速运", "SF1234567890", "运费：CNY25.50", "包装费：CNY8.00", "易碎，轻放。",
                     "收货人（签字）", "共3项", "状态：草稿"):
        assert flat(expected) in text, expected
    assert "P-100伺服控制器台32" in text  # code, description, unit, ordered 3, shipped 2
    assert flat(f"{lines[1].description}项21.5") in text
    assert flat(lines[2].description) not in text
    assert "1,280.00" not in text and f"{order.total:,.2f}" not in text  # no prices on a delivery note


def test_a_return_prints_as_a_return_note_with_the_quantities_taken_back(world, tmp_path):
    order = make_order(world, 3)
    note, _lines = ship_lines(world, order, {0: "3"})
    shipments.ship(world["sales1"], note.id, note.version)
    back, _lines = ship_lines(world, order, {0: "1"}, returning=True)
    text = check_pages(write_delivery_note_pdf(world["sales1"], back.id, tmp_path / "rt.pdf"))[1]
    assert "退货单" in text and "发货单" not in text and "本次退货" in text
    assert "P-100伺服控制器台31共1项" in text and "台3-1" not in text
    assert "验收人（签字）" in text


@pytest.fixture(scope="module")
def ordered_file(tmp_path_factory) -> tuple[Path, str, str]:
    path = tmp_path_factory.mktemp("cli_print_order") / "base.sqlite3"
    open_database(str(path))
    try:
        w = make_world()
        order = make_order(w, 3)
        note = ship_lines(w, order, {0: "1"})[0]
        numbers = order.number, note.number
    finally:
        close_database()
        db.initialize(None)
    return path, *numbers


def test_cli_prints_an_order_and_a_shipment(ordered_file, tmp_path):
    source, order_number, note_number = ordered_file
    db_file = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(source, db_file)
    for kind, number in (("order", order_number), ("shipment", note_number)):
        out = tmp_path / f"{kind}.pdf"
        result = salesdesk("--db", str(db_file), "print", kind, number, str(out))
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout
        assert number in flat(pdf_text(out)[1][0])
    other = salesdesk("--db", str(db_file), "print", "order", order_number, str(tmp_path / "x.pdf"), "--user", "sales5")
    assert other.returncode == 1
    unknown = salesdesk("--db", str(db_file), "print", "shipment", "DN-209901-9999", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "DN-209901-9999" in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()
