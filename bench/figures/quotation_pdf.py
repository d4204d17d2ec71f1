"""quotation_pdf_200_lines_s: write the A4 PDF of a 200-line quotation (app.reports.quotation_pdf),
as `salesdesk print quotation` and the editor's PDF export do.

A fresh SQLite file gets the demo accounts, company settings with a logo, a customer and a
quotation of 200 lines (a product every third line, described service lines between). Each run
writes the PDF anew in this process; the first run also loads the bundled CJK font (it counts:
that is what a user waits for the first time). The median of the runs' seconds.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

LINES = 200


def _logo_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (240, 120), (30, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def _quotation():
    """(the salesperson, the id of a new 200-line quotation) in the open, empty database."""
    from app.models.customer import Contact
    from app.models.user import User
    from app.services import customers, products, quotations, settings
    from app.services.demo import create_demo

    create_demo()
    sales, manager = User.get(User.username == "sales1"), User.get(User.username == "manager")
    settings.update_settings(None, {"company_name": "上海示例科技有限公司",
                                    "company_address": "上海市浦东新区张江路 88 号",
                                    "company_phone": "021-5888 6666", "company_logo": _logo_png()}, system=True)
    customer = customers.create_customer(sales, customers.CustomerInput(
        name="苏州恒通机械制造有限公司", owner_id=sales.id,
        contacts=[customers.ContactInput(name="王建国", mobile="13912345678")])).id
    product = products.create_product(manager, products.ProductInput(
        "P-100", "伺服控制器", "台", "1280.00", "900.00", "13")).id
    lines = [quotations.LineInput(product_id=product, quantity="3") if i % 3 == 0 else
             quotations.LineInput(description=f"安装调试服务 第{i + 1}项", quantity=str(i % 7 + 1), unit="项",
                                  unit_price=f"{100 + i}.50", discount="5", tax_rate="6") for i in range(LINES)]
    data = quotations.QuotationInput(
        customer_id=customer, quote_date=dt.date(2026, 3, 10), lines=lines,
        contact_id=Contact.get(Contact.customer == customer).id,
        terms="付款方式：合同签订后预付 30%，发货前付清余款。\n交货期：收到预付款后 15 个工作日。",
        notes="价格含运费。")
    return sales, quotations.create_quotation(sales, data).id


def quotation_pdf_200_lines_s(runs: int = 7) -> dict:
    """Median seconds to write the PDF of a 200-line quotation (pages and size printed)."""
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.reports.quotation_pdf import write_quotation_pdf
    from app.services import auth

    auth.use_fast_hashing_for_tests()  # only the demo accounts' password hashing, not what is timed
    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-pdf-") as folder:
        open_database(str(Path(folder) / "pdf.sqlite3"))
        try:
            salesperson, quotation_id = _quotation()
            seconds = []
            for run in range(max(1, runs)):
                out = Path(folder) / f"q{run}.pdf"
                started = time.perf_counter()
                write_quotation_pdf(salesperson, quotation_id, out)
                seconds.append(time.perf_counter() - started)
            size = out.stat().st_size
        finally:
            close_database()
            db.initialize(None)
    print(f"  {LINES} lines, {size // 1024} KB; {', '.join(f'{s:.3f}' for s in seconds)} s")
    return {"median": round(statistics.median(seconds), 3), "unit": "s", "n": len(seconds)}
