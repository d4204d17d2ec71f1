"""What the printed documents share (报价单, 销售合同, 发货单): an A4 page in the company's name.

`PdfDocument(kind, number)` registers the embedded CJK font, reads the company settings and
collects the story: the company header (logo, name, address, phone) and the spaced title, a
two-column facts block, line tables (header repeated on every page), the priced line table of
quotations and orders, totals with the amount in Chinese capitals, text sections and signature
blocks. `save(path)` writes it with "第 N 页 / 共 M 页" on every page and, from page 2, a running
header. UI-free; reportlab is imported when the first document is made. Chinese renders everywhere
because a CJK TrueType font is embedded (subset): the bundled app/resources/fonts/wqy-microhei.ttc,
else a system font.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from xml.sax.saxutils import escape

from app.paths import resources_dir
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
PRICED_HEADERS = ("序号", "产品 / 描述", "数量", "单位", "单价", "折扣%", "金额(不含税)", "税率%", "税额")
GRID_GREY = "#8A96A3"
HEADER_FILL = "#E8EDF3"

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
    raise FontNotFound("No Chinese TrueType font found for printing; reinstall SalesDesk (it ships "
                       "app/resources/fonts/wqy-microhei.ttc)" + (f"; tried {'; '.join(tried)}" if tried else ""))


def money(value: Decimal) -> str:
    """1234.5 -> 1,234.50."""
    return f"{Decimal(value):,.2f}"


def quantity(value: Decimal) -> str:
    """3.000 -> 3, 2.500 -> 2.5, 1200 -> 1,200."""
    return f"{Decimal(value).normalize():,f}"


def percent(value: Decimal) -> str:
    """A rate or discount without trailing zeros; empty for 0."""
    value = Decimal(value)
    return "" if value == 0 else f"{value.normalize():f}"


def text(value: str) -> str:
    """Plain text as Paragraph markup (escaped, line breaks kept)."""
    return escape(value or "").replace("\n", "<br/>")


def money_name(currency: str) -> str:
    """How the amount in capitals names the currency: 人民币 for CNY, else the code."""
    return "人民币" if currency == "CNY" else currency


def customer_rows(customer, contact, name_label: str = "客户：",
                  address_label: str = "地址：") -> list[tuple[str, str]]:
    """The customer block's (label, value) rows: name, contact, the contact's phone, address."""
    phone = (contact.mobile or contact.phone) if contact else ""
    return [(name_label, customer.name), ("联系人：", contact.name if contact else ""), ("电话：", phone),
            (address_label, customer.address)]


def product_codes(lines: Iterable) -> dict[int, str]:
    """Product id -> code for the lines' products, in one query."""
    ids = {ln.product_id for ln in lines if ln.product_id is not None}
    if not ids:
        return {}
    from app.models.product import Product

    return dict(Product.select(Product.id, Product.code).where(Product.id.in_(list(ids))).tuples())


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


def _styles(font: str) -> SimpleNamespace:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return SimpleNamespace(
        base=base, small=ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        company=ParagraphStyle("company", parent=base, fontSize=15, leading=19),
        title=ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER, spaceBefore=4,
                             spaceAfter=6),
        heading=ParagraphStyle("heading", parent=base, fontSize=10, leading=14, spaceBefore=8, spaceAfter=2),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT))


class PdfDocument:
    """One A4 document of kind `kind` (报价单, 销售合同 ...) numbered `number`: add its parts in order,
    then `save`. `landscape` turns every page sideways (a wide report). FontNotFound when no CJK font
    can be loaded."""

    def __init__(self, kind: str, number: str, *, landscape: bool = False):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as sideways
        from reportlab.lib.units import mm

        self.pagesize = sideways(A4) if landscape else A4
        self.kind, self.number = kind, number
        self.settings = get_settings()
        self.font = register_cjk_font()
        self.styles = _styles(self.font)
        self.mm = mm
        self.width = self.pagesize[0] - 30 * mm  # the frame: 15 mm margins left and right
        self.height = self.pagesize[1] - 31 * mm  # 15 mm at the top, 16 mm at the bottom
        self.story: list = []

    def paragraph(self, markup: str, style: str = "base"):
        from reportlab.platypus import Paragraph

        return Paragraph(markup, getattr(self.styles, style))

    def header(self) -> None:
        """The company header (logo left, name / address / phone beside it) and the spaced title."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        mm, settings = self.mm, self.settings
        company_lines = [self.paragraph(text(settings.company_name), "company")]
        if settings.company_address:
            company_lines.append(self.paragraph("地址：" + text(settings.company_address), "small"))
        if settings.company_phone:
            company_lines.append(self.paragraph("电话：" + text(settings.company_phone), "small"))
        logo = _logo(settings.company_logo, 40 * mm, 18 * mm)
        logo_width = 44 * mm if logo else 0
        table = Table([[logo or "", company_lines]], colWidths=[logo_width, self.width - logo_width])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        self.story += [table, self.paragraph(" ".join(self.kind), "title")]

    def facts(self, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]], split: float = 0.55) -> None:
        """Two columns of (label, value) side by side, the left one `split` of the width; rows after
        a column's first are left out when their value is empty."""
        from reportlab.platypus import Spacer, Table, TableStyle

        mm = self.mm
        left, right = ([*column[:1], *(row for row in column[1:] if row[1])] for column in (left, right))
        label_widths = [max(minimum, max((len(a) for a, _ in column), default=0) * 9 + 6)
                        for column, minimum in ((left, 16 * mm), (right, 20 * mm))]
        rows = []
        for index in range(max(len(left), len(right))):
            a = left[index] if index < len(left) else ("", "")
            b = right[index] if index < len(right) else ("", "")
            rows.append([self.paragraph(text(v)) for v in (*a, *b)])
        table = Table(rows, colWidths=[label_widths[0], self.width * split - label_widths[0],
                                       label_widths[1], self.width * (1 - split) - label_widths[1]])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.story += [table, Spacer(1, 5 * mm)]

    def table(self, headers: Sequence[str], rows: list[list], widths: Sequence[float], align: str,
              h_align: str = "CENTER"):
        """A gridded table, its header repeated on every page. One width may be 0: it takes what the
        others leave of the page. `align` has one letter per column: L, C or R. Returns the table."""
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, TableStyle

        widths = list(widths)
        if 0 in widths:
            widths[widths.index(0)] = self.width - sum(widths)
        names = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
        style = [("FONT", (0, 0), (-1, -1), self.font, 8.5),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
                 ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID_GREY)),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        style += [("ALIGN", (column, 1), (column, -1), names[letter]) for column, letter in enumerate(align)
                  if letter != "L"]
        table = LongTable([list(headers), *rows], colWidths=widths, repeatRows=1, hAlign=h_align)
        table.setStyle(TableStyle(style))
        self.story.append(table)
        return table

    def described(self, description: str, code: str):
        """A line's description with its product code in small grey after it."""
        extra = f' <font size="7" color="#666666">{text(code)}</font>' if code else ""
        return self.paragraph(text(description) + extra)

    def priced_lines(self, lines: Sequence) -> None:
        """The line table of a quotation or an order (lines with position, product, description,
        quantity, unit, unit price, discount, net, tax rate and tax)."""
        codes = product_codes(lines)
        rows = [[str(ln.position), self.described(ln.description, codes.get(ln.product_id, "")),
                 quantity(ln.quantity), ln.unit, money(ln.unit_price), percent(ln.discount), money(ln.net),
                 percent(ln.tax_rate), money(ln.tax)] for ln in lines]
        mm = self.mm
        self.table(PRICED_HEADERS, rows, [10 * mm, 0, 16 * mm, 11 * mm, 20 * mm, 13 * mm, 24 * mm, 12 * mm, 19 * mm],
                   "CLRCRRRRR")

    def totals(self, net: Decimal, tax: Decimal, total: Decimal, currency: str) -> None:
        """Untaxed, tax and taxed totals at the right, then the taxed total in Chinese capitals."""
        from reportlab.lib import colors
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        mm = self.mm
        table = Table([["不含税合计：", f"{currency} {money(net)}"], ["税额合计：", f"{currency} {money(tax)}"],
                       ["价税合计：", f"{currency} {money(total)}"]], colWidths=[30 * mm, 45 * mm], hAlign="RIGHT")
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font, 9.5), ("FONT", (0, 2), (-1, 2), self.font, 11),
                                   ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                                   ("LINEABOVE", (0, 2), (-1, 2), 0.6, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        in_words = self.paragraph(f"价税合计（大写）：{text(money_name(currency))}"
                                  f"{text(amount_in_chinese_capitals(total))}", "right")
        self.story.append(KeepTogether([Spacer(1, 2 * mm), table, Spacer(1, 1 * mm), in_words]))

    def heading(self, title: str) -> None:
        """A heading, on a new page when less than 25 mm are left on this one (never alone at the
        bottom of a page; keepWithNext would move a long table after it to the next page whole)."""
        from reportlab.platypus import CondPageBreak

        self.story += [CondPageBreak(25 * self.mm), self.paragraph(text(title), "heading")]

    def section(self, heading: str, body: str) -> None:
        """A headed paragraph of free text; nothing when the text is empty."""
        if body:
            self.heading(heading)
            self.story.append(self.paragraph(text(body)))

    def signatures(self, parties: Sequence[Sequence[tuple[str, str]]]) -> None:
        """Signature blocks side by side, one column per party, each a list of (label, value) rows;
        an empty value leaves a line to write on. Kept on one page."""
        from reportlab.lib import colors
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        mm, gap = self.mm, 10 * self.mm
        label_width = max(len(label) for party in parties for label, _ in party) * 9 + 12
        value_width = (self.width - gap * (len(parties) - 1)) / len(parties) - label_width
        rows, lines = [], []
        for index in range(max(len(p) for p in parties)):
            row: list = []
            for number, party in enumerate(parties):
                label, value = party[index] if index < len(party) else ("", "")
                row += ([""] if number else []) + [self.paragraph(text(label)), self.paragraph(text(value))]
                if label and not value:
                    lines.append(("LINEBELOW", (3 * number + 1, index), (3 * number + 1, index), 0.5, colors.black))
            rows.append(row)
        widths = ([label_width, value_width] + [gap, label_width, value_width] * (len(parties) - 1))
        table = Table(rows, colWidths=widths, rowHeights=[9 * mm] * len(rows))
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   *lines]))
        self.story.append(KeepTogether([Spacer(1, 8 * mm), table]))

    def save(self, path: str | Path, subject: str = "", *, on_page: Callable[[int], object] | None = None) -> Path:
        """Write the document to `path` (page numbers on every page) and return the path. `on_page(n)`
        is called as page n begins; an exception from it stops the build (nothing is saved)."""
        from reportlab.platypus import SimpleDocTemplate

        mm, out = self.mm, Path(path)
        label = f"{self.kind} {self.number}"
        # the frame pads by 6 pt: margins 6 pt short of 15 mm put the content's edges at 15 mm
        document = SimpleDocTemplate(
            str(out), pagesize=self.pagesize, leftMargin=15 * mm - 6, rightMargin=15 * mm - 6,
            topMargin=15 * mm, bottomMargin=16 * mm, title=label, author=self.settings.company_name, subject=subject,
            creator="SalesDesk")
        running = f"{self.settings.company_name}  {label}".strip()
        hooks = {}
        if on_page is not None:
            def begin(_canvas, doc) -> None:
                on_page(doc.page)
            hooks = {"onFirstPage": begin, "onLaterPages": begin}
        document.build(self.story, canvasmaker=_canvas_class(label, running, self.font), **hooks)
        return out
