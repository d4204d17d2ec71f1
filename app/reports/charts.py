"""Report charts (图表): a matplotlib `Figure` (never pyplot) for a `ReportTable`, and the figure
saved as PNG or SVG, or as PNG bytes for the PDF writer.

    figure = report_figure(table, cumulative=False, subject=None)   # None: the report has no chart
    save_figure(figure, "目标达成.png")                               # or .svg
    png = figure_png(figure, dpi=150)

What each report shows (chart_data.py has the details):
- targets 目标达成: grouped bars of target and actual per month, last year's actual faint beside them,
  attainment as a line on a right-hand % axis; `cumulative` uses the cumulative columns. A table of
  several teams or salespeople is charted for `subject` (one of `chart_subjects(table)`), else as
  their sum per month (a single month: a group of bars per name).
- sales, shipments, customers, reception, commissions: bars of their main money or count columns,
  along the months or days, or horizontally per salesperson, team, source ... (the first 20).
- performance: revenue per salesperson, horizontal, the target faint behind it, attainment written
  at the bar's end; funnel: how many opportunities reached each stage with the conversion;
  receivables: each salesperson's or customer's receivable stacked by age.

matplotlib is imported only when a figure is made or saved (importing this module stays cheap), so
the app loads matplotlib when a chart is first shown. Chinese labels use the bundled CJK font with a
fallback list (chart_fonts.py).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.chart_data import CHARTED, bar_plan, chart_subjects, has_figures, targets_plan
from app.reports.excel_stream import ReplacedFile
from app.reports.report_table import ReportTable

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FORMATS", "chart_subjects", "charts_report", "figure_png", "has_chart", "report_figure", "save_figure"]

FORMATS = {".png": "png", ".svg": "svg"}
SAVE_DPI = 150  # a saved PNG: sharp on a slide or a page, still small


def has_chart(table: ReportTable) -> bool:
    """True when `report_figure(table)` draws a chart (without importing matplotlib)."""
    if table.name == "targets":
        return has_figures(targets_plan(table))
    return has_figures(bar_plan(table))


def charts_report(table: ReportTable) -> bool:
    """True when `table`'s report is one that has a chart (whether or not this table has figures to
    draw): the screen then says "nothing to chart" rather than "no chart"."""
    return table.name in CHARTED


def chart_title(table: ReportTable, subject: str = "", cumulative: bool = False) -> str:
    """The chart's title: the report's title (累计 when cumulative), the subject and the period."""
    name = f"{table.title}（累计）" if cumulative else table.title
    return "  ".join(part for part in (name, subject, table.period) if part)


def report_figure(table: ReportTable, *, cumulative: bool = False, subject: str | None = None) -> Figure | None:
    """The chart of `table` (module notes), or None when its report has no chart or it has no rows or
    nothing but zeros to draw (a year without data: an empty chart with an axis of 0, 0, 0 tells nothing).
    `cumulative` and `subject` concern the targets report only; a `subject` that is not one of the
    table's names raises ValueError."""
    if table.name == "targets":
        plan = targets_plan(table, cumulative, subject)
        if not has_figures(plan):
            return None
        from app.reports.chart_draw import targets_figure
        from app.reports.chart_fonts import use_cjk_fonts

        use_cjk_fonts()
        shown = "" if plan.by_name else plan.subject
        return targets_figure(plan, chart_title(table, shown, cumulative))
    bars = bar_plan(table)
    if bars is None or not has_figures(bars):
        return None
    from app.reports.chart_draw import bars_figure
    from app.reports.chart_fonts import use_cjk_fonts

    use_cjk_fonts()
    # a narrowed or personal report names whose figures these are (团队：…, 销售员：…, 本人：…)
    title = chart_title(table, "" if table.scope == "全公司" else table.scope)
    if bars.shown_of:
        title += f"（前{len(bars.labels)}名，共{bars.shown_of}）"
    return bars_figure(bars, title)


def _format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"{path.name}: a chart saves as .png or .svg, not {path.suffix or 'no suffix'}") from None


def save_figure(fig: Figure, path: str | Path, dpi: int = SAVE_DPI) -> Path:
    """Write `fig` to `path` as PNG or SVG, chosen by the suffix (ValueError for any other). The file
    is written beside the target and renamed over it, so `path` is the complete chart or as it was;
    an unwritable target raises excel_stream.TargetNotWritable. Returns the path."""
    target = Path(path)
    kind = _format(target)
    from app.reports.chart_fonts import use_cjk_fonts

    use_cjk_fonts()
    with ReplacedFile(target) as replaced:
        replaced.commit(lambda partial: fig.savefig(partial, format=kind, dpi=dpi, facecolor="white"))
    return target


def figure_png(fig: Figure, dpi: int = SAVE_DPI) -> bytes:
    """`fig` as PNG bytes at `dpi` (what report_pdf.py places on its page)."""
    from app.reports.chart_fonts import use_cjk_fonts

    use_cjk_fonts()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
