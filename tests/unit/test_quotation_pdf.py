"""The printed quotation PDF: it opens, has the right page count, and its text holds the number, the
customer, every line, the totals and the amount in capitals; `salesdesk print quotation` writes it."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pypdf
import pytest

from app.models.base import db
from app.models.connection import close_database, open_database
from app.reports.quotation_pdf import write_quotation_pdf
from app.services import products, quotations, settings
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied
from app.services.quotations import LineInput, QuotationInput
from app.services.quote_math import amount_in_chinese_capitals
from tests.unit.customer_factories import add_customer, demo_staff
from tests.unit.test_cli import salesdesk

DAY = dt.date(2026, 3, 10)


def _logo_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (30, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def make_world() -> dict:
    staff = demo_staff()
    settings.update_settings(None, {"company_name": "上海示例科技有限公司",
                                    "company_address": "上海市浦东新区张江路 88 号",
                                    "company_phone": "021-5888 6666", "company_logo": _logo_png()}, system=True)
    staff["c1"] = add_customer(staff["sales1"], "苏州恒通机械制造有限公司",
                               ContactInput(name="王建国", mobile="13912345678"), owner=staff["sales1"])
    staff["p"] = products.create_product(staff["manager"], products.ProductInput(
        "P-100", "伺服控制器", "台", "1280.00", "900.00", "13")).id
    return staff


def make_quotation(w: dict, count: int):
    from app.models.customer import Contact

    lines = [LineInput(product_id=w["p"], quantity="3") if i % 3 == 0 else
             LineInput(description=f"安装调试服务 第{i + 1}项", quantity=str(i % 7 + 1), unit="项",
                       unit_price=f"{100 + i}.50", discount="5", tax_rate="6") for i in range(count)]
    contact = Contact.get(Contact.customer == w["c1"])
    data = QuotationInput(customer_id=w["c1"], quote_date=DAY, contact_id=contact.id, lines=lines,
                          terms="付款方式：合同签订后预付 30%，发货前付清余款。\n交货期：收到预付款后 15 个工作日。",
                          notes="价格含运费。")
    return quotations.create_quotation(w["sales1"], data)


@pytest.fixture
def world(database):
    return make_world()


def pdf_text(path: Path) -> tuple[int, list[str]]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_content(w, quotation, path: Path) -> tuple[int, str]:
    pages, texts = pdf_text(path)
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{pages}页" in flat(text)
    text = flat("".join(texts))
    quotation = type(quotation).get_by_id(quotation.id)
    for expected in (quotation.number, "苏州恒通机械制造有限公司", "王建国", "上海示例科技有限公司", "021-58886666",
                     "2026-03-10", "2026-04-09", w["sales1"].display_name, f"{quotation.net_total:,.2f}",
                     f"{quotation.tax_total:,.2f}", f"{quotation.total:,.2f}",
                     amount_in_chinese_capitals(quotation.total), "预付30%", "价格含运费。"):
        assert flat(expected) in text, expected
    assert_priced_lines(text, quotations.quotation_lines(w["sales1"], quotation.id))
    return pages, text


def assert_priced_lines(text: str, lines) -> None:
    """Every line's description and net amount are in the document's `text` (flattened)."""
    for ln in lines:
        assert flat(ln.description) in text, ln.description
        assert f"{ln.net:,.2f}" in text


def test_a_three_line_quotation_is_one_page(world, tmp_path):
    quotation = make_quotation(world, 3)
    out = write_quotation_pdf(world["sales1"], quotation.id, tmp_path / "q.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    pages, _text = check_content(world, quotation, out)
    assert pages == 1
    fonts = pypdf.PdfReader(str(out)).pages[0]["/Resources"]["/Font"].get_object()
    embedded = [f.get_object() for f in fonts.values() if "/FontFile2" in f.get_object().get("/FontDescriptor", {})]
    assert any("WenQuanYi" in str(f["/BaseFont"]) for f in embedded)  # the bundled CJK font, embedded as a subset


def test_a_200_line_quotation_repeats_the_header_on_every_page(world, tmp_path):
    quotation = make_quotation(world, 200)
    out = write_quotation_pdf(world["manager"], quotation.id, tmp_path / "q200.pdf")
    pages, _text = check_content(world, quotation, out)
    assert pages == 5  # 33 lines on the first page, 45 on the next ones, totals on the last
    _pages, texts = pdf_text(out)
    assert all("产品/描述" in flat(t) for t in texts)


def test_others_salespeople_cannot_print_it(world, tmp_path):
    quotation = make_quotation(world, 1)
    with pytest.raises(PermissionDenied):
        write_quotation_pdf(world["sales5"], quotation.id, tmp_path / "q.pdf")
    assert not (tmp_path / "q.pdf").exists()


@pytest.fixture(scope="module")
def quoted_file(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("cli_print") / "base.sqlite3"
    open_database(str(path))
    try:
        number = make_quotation(make_world(), 3).number
    finally:
        close_database()
        db.initialize(None)
    return path, number


def test_cli_prints_a_quotation(quoted_file, tmp_path):
    source, number = quoted_file
    db_file = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(source, db_file)
    out = tmp_path / "报价.pdf"
    result = salesdesk("--db", str(db_file), "print", "quotation", number, str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert pdf_text(out)[0] == 1 and number in pdf_text(out)[1][0]
    as_manager = salesdesk("--db", str(db_file), "print", "quotation", number, str(tmp_path / "m.pdf"),
                           "--user", "manager")
    assert as_manager.returncode == 0, as_manager.stderr


def test_cli_refuses_an_unknown_number_or_user(quoted_file, tmp_path):
    source, number = quoted_file
    db_file = tmp_path / "salesdesk.sqlite3"
    shutil.copyfile(source, db_file)
    out = tmp_path / "q.pdf"
    unknown = salesdesk("--db", str(db_file), "print", "quotation", "QT-209901-9999", str(out))
    assert unknown.returncode == 1
    assert "QT-209901-9999" in unknown.stderr
    nobody = salesdesk("--db", str(db_file), "print", "quotation", number, str(out), "--user", "nobody")
    assert nobody.returncode == 1
    other = salesdesk("--db", str(db_file), "print", "quotation", number, str(out), "--user", "sales5")
    assert other.returncode == 1
    assert not out.exists()
