"""The printed delivery note (发货单) of a shipment, or return note (退货单) of a return, as an A4 PDF.

`write_delivery_note_pdf(actor, shipment_id, path)` writes: the company header, the note's number,
the order (contract) number, the date, the customer with contact and address, carrier and tracking
number, the lines with product code, description, unit, ordered quantity and the quantity of this
note (no prices: the note travels with the goods), freight and packaging fees, notes, signature
lines for the sender and the receiver, and "第 N 页 / 共 M 页" on every page. A return's quantities,
stored negative, print as the quantities taken back. A draft or cancelled note says so.
"""

from __future__ import annotations

from pathlib import Path

from app.models.user import User
from app.reports.pdf_document import PdfDocument, customer_rows, money, product_codes, quantity, text
from app.services.shipments import get_shipment, shipment_lines

SHIPMENT_STATE_LABELS = {"draft": "草稿", "shipped": "已发货", "delivered": "已签收", "cancelled": "已作废"}
UNSENT_STATES = frozenset({"draft", "cancelled"})
SPACE = "&nbsp;" * 6  # a Paragraph collapses ordinary white space


def write_delivery_note_pdf(actor: User, shipment_id: int, path: str | Path) -> Path:
    """Write the delivery note (or return note) of the shipment `actor` may see to `path` as an A4
    PDF and return the path.

    NotFound / PermissionDenied as `shipments.get_shipment`; FontNotFound when no CJK font can be
    loaded."""
    shipment = get_shipment(actor, shipment_id)
    lines = shipment_lines(actor, shipment_id)
    order = shipment.order
    returning = shipment.is_return
    kind = "退货单" if returning else "发货单"
    document = PdfDocument(kind, shipment.number)
    document.header()

    facts = [(f"{kind}号：", shipment.number), ("合同编号：", order.number),
             ("退货日期：" if returning else "发货日期：", shipment.ship_date.isoformat()),
             ("承运商：", shipment.carrier), ("运单号：", shipment.tracking_no)]
    if shipment.state in UNSENT_STATES:
        facts.append(("状态：", SHIPMENT_STATE_LABELS[shipment.state]))
    address_label = "地址：" if returning else "收货地址："
    document.facts(customer_rows(order.customer, order.contact, address_label=address_label), facts)

    codes = product_codes([order_line for _line, order_line in lines])
    rows = [[str(index), codes.get(order_line.product_id, ""), document.described(order_line.description, ""),
             order_line.unit, quantity(order_line.quantity), quantity(abs(line.quantity))]
            for index, (line, order_line) in enumerate(lines, start=1)]
    mm = document.mm
    document.table(("序号", "产品编码", "产品 / 描述", "单位", "合同数量", "本次退货" if returning else "本次发货"),
                   rows, [10 * mm, 28 * mm, 0, 12 * mm, 22 * mm, 22 * mm], "CLLCRR")

    currency = order.currency
    fees = (f"共 {len(rows)} 项", f"运费：{currency} {money(shipment.freight)}",
            f"包装费：{currency} {money(shipment.packaging)}")
    document.story.append(document.paragraph(SPACE.join(text(part) for part in fees), "right"))
    document.section("备注", shipment.notes)

    if returning:
        parties = [[("退货人（签字）：", ""), ("日期：", "")], [("验收人（签字）：", ""), ("验收日期：", "")]]
    else:
        parties = [[("发货人（签字）：", ""), ("日期：", "")], [("收货人（签字）：", ""), ("签收日期：", "")]]
    document.signatures(parties)
    return document.save(path, subject=order.customer.name)
