"""Any report (`ReportTable`) as a printable A4 PDF: the performance report (业绩排行) is the showcase.

    write_report_pdf(table, path, generated_by="王经理")

The document has a cover page (company name from settings, the report's title, period, scope, row
count, who generated it and when, and the report's totals), then the report's chart when
`charts.report_figure` draws one (a PNG at CHART_DPI, fitted to the page), then the table: header
repeated on every page, a totals row (合计), money with thousands separators and two decimals,
percentages with %, counts with thousands separators, "-" where a figure is undefined. Every page
carries "第 N 页 / 共 M 页"; from page 2 a running header names the company and the report.

The page is portrait when the table fits across it at a readable size, else landscape
(report_pdf_layout.py); a table still too wide (the performance report's 17 columns with
eight-figure amounts) is split into parts that each repeat the row's identifying columns (rank,
name, team), so no figure is printed below 7.5 pt.

The file is written beside the target and renamed over it (excel_stream.ReplacedFile): a locked or
unwritable target raises TargetNotWritable and keeps the old file. `progress(done, total)` returning
False (or raising services.progress.Cancelled) stops the work with Cancelled and writes nothing.
UI-free; reportlab and matplotlib are imported when the first report is written.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from app.reports.excel_stream import ReplacedFile
from app.reports.pdf_document import GRID_GREY, HEADER_FILL, PdfDocument, text
from app.reports.report_pdf_layout import TablePlan, plan_table
from app.reports.report_table import ReportColumn, ReportTable, value_text
from app.services.progress import Cancelled, Stages

ReportProgress = Callable[[int, int], "bool | None"]

CHART_DPI = 200
EMPTY = "-"
TOTAL_LABEL = "合计"
TOTAL_FILL = "#F3F5F8"
STRIPE_FILL = "#FAFBFC"
CELL_TOP, CELL_BOTTOM = 2.0, 2.5  # a table cell's padding above and below its text
PROGRESS_EVERY = 200  # rows formatted between progress calls


def cell_text(column: ReportColumn, value: object) -> str:
    """`value` as printed in `column` (report_table.value_text), "-" where a figure is undefined."""
    return value_text(column, value, empty=EMPTY if column.kind != "text" else "")


def formatted_rows(table: ReportTable, report: Callable[[int, int], None]) -> list[list[str]]:
    """Every row's cells as printed, in column order (progress every PROGRESS_EVERY rows)."""
    rows, total = [], len(table.rows)
    for index, row in enumerate(table.rows, start=1):
        rows.append([cell_text(c, row.get(c.key)) for c in table.columns])
        if index % PROGRESS_EVERY == 0:
            report(index, total)
    report(total, total)
    return rows


def totals_row(table: ReportTable) -> list[str] | None:
    """The totals row as printed (合计 in the first column), None when the report sums nothing."""
    if not table.total_keys:
        return None
    totals = table.totals()
    return [cell_text(c, totals[c.key]) if c.key in totals else "" for c in table.columns]


def write_report_pdf(table: ReportTable, path: str | Path, *, generated_by: str, chart: bool = True,
                     progress: ReportProgress | None = None, generated_at: dt.datetime | None = None) -> Path:
    """Write `table` as a PDF report at `path` (module notes) and return the path.

    TargetNotWritable when `path` cannot be written (the old file kept); Cancelled when `progress`
    returns False or raises it (nothing written); FontNotFound when no CJK font can be loaded."""
    stages = Stages(_checked(progress), rows=2, chart=1, pages=3)
    generated_at = generated_at or dt.datetime.now().replace(microsecond=0)
    rows = formatted_rows(table, stages.callback("rows"))
    totals = totals_row(table)
    from app.reports.pdf_document import register_cjk_font

    plan = plan_table(table.columns, rows + ([totals] if totals else []), register_cjk_font())
    document = PdfDocument(table.title, f"{table.period}  {table.scope}", landscape=plan.landscape)
    _cover(document, table, generated_by, generated_at)
    png = _chart_png(table) if chart else None
    stages.report("chart", 1, 1)
    if png:
        _chart(document, png)
    _tables(document, table, plan, rows, totals, with_heading=png is not None)

    estimate = _page_estimate(plan, len(rows), chart=png is not None)
    pages = stages.callback("pages")
    target_path = Path(path)
    with ReplacedFile(target_path) as target:
        target.commit(lambda partial: document.save(
            partial, subject=f"{table.title} {table.period} {table.scope}",
            on_page=lambda n: pages(n, max(estimate, n + 1))))
    pages(1, 1)
    return target_path


def _checked(progress: ReportProgress | None) -> Callable[[int, int], None]:
    """The caller's progress as a plain callback that raises Cancelled when it returns False."""
    if progress is None:
        return lambda done, total: None

    def report(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise Cancelled()
    return report


def _chart_png(table: ReportTable) -> bytes | None:
    """The report's chart as PNG bytes, None when the report has no chart."""
    from app.reports.charts import figure_png, report_figure

    figure = report_figure(table)
    return None if figure is None else figure_png(figure, CHART_DPI)


def _cover(document: PdfDocument, table: ReportTable, generated_by: str, generated_at: dt.datetime) -> None:
    """The first page: company, title, the facts of the report and its totals, shrunk to fit one page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer

    mm, base = document.mm, document.styles.base
    company = ParagraphStyle("cover_company", parent=base, fontSize=16, leading=22, alignment=TA_CENTER)
    title = ParagraphStyle("cover_title", parent=base, fontSize=28, leading=36, alignment=TA_CENTER)
    subtitle = ParagraphStyle("cover_subtitle", parent=base, fontSize=12, leading=16, alignment=TA_CENTER,
                              textColor=colors.HexColor("#555555"))
    heading = ParagraphStyle("cover_heading", parent=subtitle, textColor=colors.black)
    name = document.settings.company_name
    story: list = [Spacer(1, (0.16 if document.height > document.width else 0.08) * document.height)]
    if name:
        story += [Paragraph(text(name), company), Spacer(1, 6 * mm)]
    story += [Paragraph(text(table.title), title), Spacer(1, 3 * mm),
              Paragraph(text(f"{table.period}　{table.scope}"), subtitle), Spacer(1, 10 * mm)]
    facts = [("报表期间", table.period), ("数据范围", table.scope), ("行数", f"共 {len(table.rows):,} 行"),
             ("生成人", generated_by), ("生成时间", f"{generated_at:%Y-%m-%d %H:%M}")]
    story.append(_box(document, facts, 1, [30 * mm, 80 * mm]))
    totals = table.totals()
    if totals and table.rows:
        pairs = [(table.column(k).title, cell_text(table.column(k), v)) for k, v in totals.items()]
        across = 1 if len(pairs) <= 4 else 2
        story += [Spacer(1, 8 * mm), Paragraph(TOTAL_LABEL, heading), Spacer(1, 2 * mm),
                  _box(document, pairs, across, [30 * mm, 45 * mm] if across > 1 else [30 * mm, 80 * mm],
                       figures=True)]
    document.story += [KeepInFrame(document.width, document.height - 12, story, mode="shrink"), PageBreak()]


def _box(document: PdfDocument, pairs: Sequence[tuple[str, str]], across: int, widths: Sequence[float],
         figures: bool = False):
    """A centred table of (label, value) pairs, `across` pairs a row, with rules between the rows;
    values are right-aligned when they are `figures`."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    size, gap = 10.5, 8 * document.mm
    wrapped = ParagraphStyle("cover_value", parent=document.styles.base, fontSize=size, leading=size * 1.3)
    cells = [(label, value if figures else Paragraph(text(value), wrapped)) for label, value in pairs]
    rows = []
    for start in range(0, len(cells), across):
        row: list = []
        for number, (label, value) in enumerate(cells[start:start + across]):
            row += ([""] if number else []) + [label, value]
        rows.append(row + [""] * (3 * across - 1 - len(row)))
    col_widths = list(widths) + ([gap, *widths] * (across - 1))
    style = [("FONT", (0, 0), (-1, -1), document.font, size), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for number in range(across):
        label, value = 3 * number, 3 * number + 1
        style += [("TEXTCOLOR", (label, 0), (label, -1), colors.HexColor("#555555")),
                  ("ALIGN", (value, 0), (value, -1), "RIGHT" if figures else "LEFT"),
                  ("LINEABOVE", (label, 0), (value, 0), 0.8, colors.black),
                  ("LINEBELOW", (label, -1), (value, -1), 0.8, colors.black),
                  ("LINEBELOW", (label, 0), (value, -2), 0.3, colors.HexColor(GRID_GREY))]
    box = Table(rows, colWidths=col_widths, hAlign="CENTER")
    box.setStyle(TableStyle(style))
    return box


def _chart(document: PdfDocument, png: bytes) -> None:
    """The chart, as wide as the frame and at most half its height, under a heading."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, Spacer

    width, height = ImageReader(io.BytesIO(png)).getSize()
    scale = min(document.width / width, 0.5 * document.height / height)
    document.heading("图表")
    document.story += [Image(io.BytesIO(png), width=width * scale, height=height * scale),
                       Spacer(1, 4 * document.mm)]


def _tables(document: PdfDocument, table: ReportTable, plan: TablePlan, rows: list[list[str]],
            totals: list[str] | None, *, with_heading: bool) -> None:
    """The table, or its parts when it is split, each under a heading."""
    from reportlab.platypus import Spacer

    parts = len(plan.parts)
    for number, (indexes, widths) in enumerate(plan.parts, start=1):
        if number > 1:
            document.story.append(Spacer(1, 6 * document.mm))
        if parts > 1:
            titles = "、".join(table.columns[i].title for i in indexes if i not in plan.keys)
            document.heading(f"明细（{number}/{parts}）：{titles}")
        elif with_heading:
            document.heading("明细")
        document.story.append(_part_table(document, table.columns, plan, indexes, widths, rows, totals))


def _part_table(document: PdfDocument, columns: Sequence[ReportColumn], plan: TablePlan, indexes: Sequence[int],
                widths: Sequence[float], rows: list[list[str]], totals: list[str] | None):
    """One gridded table of the columns `indexes`: header repeated on every page, text that does not
    fit its column wrapped, figures right-aligned, a shaded totals row."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    font, size = document.font, plan.font_size
    leading = size * 1.25
    head_style = ParagraphStyle("report_head", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER,
                                wordWrap="CJK")
    cell_style = ParagraphStyle("report_cell", fontName=font, fontSize=size, leading=leading, wordWrap="CJK")
    inner = [w - 2 * plan.padding for w in widths]

    def cell(position: int, value: str):
        if columns[indexes[position]].kind == "text" and (
                "\n" in value or stringWidth(value, font, size) > inner[position]):
            return Paragraph(text(value), cell_style)
        return value

    def heading(position: int):
        title = columns[indexes[position]].title
        if stringWidth(title, font, size) > inner[position]:
            # two lines, cut where a reader pauses (before a bracket, after 至, before a date) when both
            # lines fit: 应收（截至 / 2026-12-06）, not 应收（截至202 / 6-12-06）; else of about equal length
            def widest(cut: int) -> float:
                return max(stringWidth(title[:cut], font, size), stringWidth(title[cut:], font, size))

            pauses = [i for i in range(1, len(title)) if title[i] in "（(" or title[i - 1] in "至：:"
                      or (title[i].isdigit() and not title[i - 1].isdigit() and title[i - 1] not in "-.,")]
            fitting = sorted((widest(cut), cut) for cut in pauses if widest(cut) <= inner[position])
            cut = fitting[0][1] if fitting else math.ceil(len(title) / 2)
            if widest(cut) <= inner[position]:
                return Paragraph(f"{text(title[:cut])}<br/>{text(title[cut:])}", head_style)
        return Paragraph(text(title), head_style)

    def height(cells: list) -> float:
        # every row's height given up front: reportlab then never measures the rows again as it splits
        # the table page by page (measuring them took most of the time of a table of thousands of rows)
        tallest = leading
        for position, value in enumerate(cells):
            if isinstance(value, Paragraph):
                tallest = max(tallest, value.wrap(inner[position], 1e6)[1])
        return tallest + CELL_TOP + CELL_BOTTOM

    data = [[heading(p) for p in range(len(indexes))]]
    data += [[cell(p, row[i]) for p, i in enumerate(indexes)] for row in rows]
    style = [("FONT", (0, 0), (-1, -1), font, size, leading), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(STRIPE_FILL)]),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID_GREY)),
             ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM),
             ("LEFTPADDING", (0, 0), (-1, -1), plan.padding), ("RIGHTPADDING", (0, 0), (-1, -1), plan.padding)]
    style += [("ALIGN", (p, 1), (p, -1), "RIGHT") for p, i in enumerate(indexes) if columns[i].kind != "text"]
    if totals is not None:
        cells = [totals[i] for i in indexes]
        label_span = next((p for p, value in enumerate(cells) if value), len(cells)) or 1
        cells[0] = TOTAL_LABEL
        data.append(cells)
        style += [("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(TOTAL_FILL)),
                  ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black), ("ALIGN", (0, -1), (0, -1), "CENTER")]
        if label_span > 1:
            style.append(("SPAN", (0, -1), (label_span - 1, -1)))
    result = LongTable(data, colWidths=list(widths), rowHeights=[height(r) for r in data], repeatRows=1,
                       hAlign="CENTER")
    result.setStyle(TableStyle(style))
    return result


def _page_estimate(plan: TablePlan, rows: int, *, chart: bool) -> int:
    """Roughly how many pages the document takes (the progress bar's scale)."""
    per_page = max(plan.rows_per_page, 1)
    return 1 + int(chart) + len(plan.parts) * max(1, math.ceil((rows + 1) / per_page))
