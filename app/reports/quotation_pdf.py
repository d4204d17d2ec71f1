"""The printed quotation (报价单) as an A4 PDF, UI-free (reportlab, imported when first needed).

`write_quotation_pdf(actor, quotation_id, path)` writes: the company header (name, address, phone,
logo from settings), the customer block, number / date / valid until / salesperson, the line table
(its header repeated on every page), totals with the amount in Chinese capitals, terms and notes,
and "第 N 页 / 共 M 页" on every page. Chinese renders everywhere because a CJK TrueType font is
embedded (subset): the bundled resources/fonts/wqy-microhei.ttc, else a system font.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from app.models.user import User
from app.paths import resources_dir
from app.services.quotations import get_quotation, quotation_lines
from app.services.quote_math import amount_in_chinese_capitals
from app.services.settings import get_settings

FONT_NAME = "SalesDeskCJK"
# (file, subfont index in a .ttc): the bundled font first, then common system fonts
SYSTEM_FONTS = (
    ("C:/Windows/Fonts/msyh.ttc", 0), ("C:/Windows/Fonts/simsun.ttc", 0), ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0), ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0), ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
)
STATE_LABELS = {"draft": "草稿", "pending": "待审批", "approved": "已批准", "rejected": "已驳回", "sent": "已发送",
                "accepted": "客户接受", "declined": "客户拒绝", "expired": "已过期", "converted": "已转合同"}
HEADERS = ("序号", "产品 / 描述", "数量", "单位", "单价", "折扣%", "金额(不含税)", "税率%", "税额")

_font_ready = False


class FontNotFound(RuntimeError):
    """No CJK TrueType font could be loaded, so Chinese text cannot be printed."""


def font_candidates() -> list[tuple[Path, int]]:
    """The fonts tried in order: the bundled one, then the operating system's."""
    return [(resources_dir() / "fonts" / "wqy-microhei.ttc", 0)] + [(Path(p), i) for p, i in SYSTEM_FONTS]


def register_cjk_font() -> str:
    """Register the first loadable CJK font with reportlab under FONT_NAME (once per process)."""
    global _font_ready
    if _font_ready:
        return FONT_NAME
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    tried = []
    for path, index in font_candidates():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=index))
        except Exception as exc:  # a font reportlab cannot read (PostScript outlines, damaged file)
            tried.append(f"{path}: {exc}")
            continue
        _font_ready = True
        return FONT_NAME
    raise FontNotFound("No Chinese TrueType font found for printing; reinstall SalesDesk "
                       "(it ships resources/fonts/wqy-microhei.ttc)" + (f"; tried {'; '.join(tried)}" if tried else ""))


def _money(value: Decimal) -> str:
    return f"{Decimal(value):,.2f}"


def _number(value: Decimal) -> str:
    """3.000 -> 3, 2.500 -> 2.5, 1200 -> 1,200."""
    return f"{Decimal(value).normalize():,f}"


def _percent(value: Decimal) -> str:
    value = Decimal(value)
    return "" if value == 0 else f"{value.normalize():f}"


def _text(value: str) -> str:
    return escape(value or "").replace("\n", "<br/>")


def _logo(data: bytes, max_width: float, max_height: float):
    """The logo as a flowable scaled into the box, or None when there is none or it cannot be read."""
    if not data:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # not an image reportlab can read: print without it
        return None
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _canvas_class(footer_left: str, running_header: str, font: str):
    """A canvas that knows the page count when it saves, to write "第 N 页 / 共 M 页" on every page."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(font, 8)
                self.setFillGray(0.35)
                self.drawString(15 * mm, 10 * mm, footer_left)
                self.drawRightString(width - 15 * mm, 10 * mm, f"第 {number} 页 / 共 {total} 页")
                if number > 1:
                    self.drawString(15 * mm, self._pagesize[1] - 10 * mm, running_header)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_quotation_pdf(actor: User, quotation_id: int, path: str | Path) -> Path:
    """Write the quotation `actor` may see to `path` as an A4 PDF and return the path.

    NotFound / PermissionDenied as `get_quotation`; FontNotFound when no CJK font can be loaded."""
    quotation = get_quotation(actor, quotation_id)
    lines = quotation_lines(actor, quotation_id)
    settings = get_settings()
    font = register_cjk_font()

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
    company = ParagraphStyle("company", parent=base, fontSize=15, leading=19)
    title = ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER, spaceBefore=4,
                           spaceAfter=6)
    heading = ParagraphStyle("heading", parent=base, fontSize=10, leading=14, spaceBefore=8, spaceAfter=2)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)

    width = A4[0] - 30 * mm
    story: list = []

    # company header: logo on the left, name / address / phone beside it
    company_lines = [Paragraph(_text(settings.company_name), company)]
    if settings.company_address:
        company_lines.append(Paragraph("地址：" + _text(settings.company_address), small))
    if settings.company_phone:
        company_lines.append(Paragraph("电话：" + _text(settings.company_phone), small))
    logo = _logo(settings.company_logo, 40 * mm, 18 * mm)
    header = Table([[logo or "", company_lines]], colWidths=[44 * mm if logo else 0, width - (44 * mm if logo else 0)])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [header, Paragraph("报 价 单", title)]

    # customer block and quotation facts side by side
    contact = quotation.contact
    contact_phone = (contact.mobile or contact.phone) if contact else ""
    customer = quotation.customer
    left = [["客户：", customer.name], ["联系人：", contact.name if contact else ""], ["电话：", contact_phone],
            ["地址：", customer.address]]
    left = left[:1] + [row for row in left[1:] if row[1]]
    facts = [["报价单号：", quotation.number], ["报价日期：", quotation.quote_date.isoformat()],
             ["有效期至：", quotation.valid_until.isoformat()],
             ["销售代表：", quotation.salesperson.display_name], ["币种：", quotation.currency]]
    if quotation.state not in ("approved", "sent", "accepted", "converted"):
        facts.append(["状态：", STATE_LABELS.get(quotation.state, quotation.state)])
    rows = []
    for index in range(max(len(left), len(facts))):
        a = left[index] if index < len(left) else ["", ""]
        b = facts[index] if index < len(facts) else ["", ""]
        rows.append([Paragraph(_text(a[0]), base), Paragraph(_text(a[1]), base),
                     Paragraph(_text(b[0]), base), Paragraph(_text(b[1]), base)])
    info = Table(rows, colWidths=[16 * mm, width * 0.55 - 16 * mm, 20 * mm, width * 0.45 - 20 * mm])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [info, Spacer(1, 5 * mm)]

    # the lines, header repeated on every page
    column_widths = [10 * mm, 0, 16 * mm, 11 * mm, 20 * mm, 13 * mm, 24 * mm, 12 * mm, 19 * mm]
    column_widths[1] = width - sum(column_widths)
    data: list[list] = [list(HEADERS)]
    product_codes = {}
    product_ids = [ln.product_id for ln in lines if ln.product_id is not None]
    if product_ids:
        from app.models.product import Product

        product_codes = dict(Product.select(Product.id, Product.code).where(Product.id.in_(product_ids)).tuples())
    for ln in lines:
        code = product_codes.get(ln.product_id, "")
        description = _text(ln.description) + (f' <font size="7" color="#666666">{_text(code)}</font>' if code else "")
        data.append([str(ln.position), Paragraph(description, base), _number(ln.quantity), ln.unit,
                     _money(ln.unit_price), _percent(ln.discount), _money(ln.net), _percent(ln.tax_rate),
                     _money(ln.tax)])
    table = LongTable(data, colWidths=column_widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 8.5), ("FONT", (0, 0), (-1, 0), font, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF3")),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"), ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A96A3")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)

    # totals and the total in capitals
    currency = quotation.currency
    totals = Table([
        ["不含税合计：", f"{currency} {_money(quotation.net_total)}"],
        ["税额合计：", f"{currency} {_money(quotation.tax_total)}"],
        ["价税合计：", f"{currency} {_money(quotation.total)}"],
    ], colWidths=[30 * mm, 45 * mm], hAlign="RIGHT")
    totals.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9.5), ("FONT", (0, 2), (-1, 2), font, 11),
                                ("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, 2), (-1, 2), 0.6, colors.black),
                                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    capitals = amount_in_chinese_capitals(quotation.total)
    money_name = "人民币" if currency == "CNY" else _text(currency)
    in_words = Paragraph(f"价税合计（大写）：{money_name}{_text(capitals)}", right)
    story.append(KeepTogether([Spacer(1, 2 * mm), totals, Spacer(1, 1 * mm), in_words]))

    if quotation.terms:
        story += [Paragraph("条款", heading), Paragraph(_text(quotation.terms), base)]
    if quotation.notes:
        story += [Paragraph("备注", heading), Paragraph(_text(quotation.notes), base)]

    out = Path(path)
    # the frame pads by 6 pt: margins 6 pt short of 15 mm put the content's edges at 15 mm
    document = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=15 * mm - 6, rightMargin=15 * mm - 6, topMargin=15 * mm,
        bottomMargin=16 * mm,
        title=f"报价单 {quotation.number}", author=settings.company_name, subject=customer.name, creator="SalesDesk")
    running = f"{settings.company_name}  报价单 {quotation.number}".strip()
    document.build(story, canvasmaker=_canvas_class(f"报价单 {quotation.number}", running, font))
    return out
