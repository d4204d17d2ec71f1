"""Drawing the plans of chart_data.py on a matplotlib `Figure` (never pyplot): the target-vs-actual
chart (grouped bars of last year's actual, faint, target and actual per month, attainment as a line
on a right-hand percentage axis with a dashed 100 % line) and the bar charts of the other reports.

Bar heights are the table's values (in yuan, or counts): a money axis only labels its ticks in 万
(10,000 yuan) once the largest figure reaches 100,000 and in 亿 (100,000,000) from 1,000,000,000 on,
else in yuan with thousands separators.
A missing value (no target) is a missing bar and a gap in the line, never a zero.
"""

from __future__ import annotations

import math
from decimal import Decimal

from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from app.reports.chart_data import BarPlan, TargetsPlan
from app.reports.chart_layout import MarginLayout, slanted_height, text_width, widest
from app.reports.report_excel_chart import ACTUAL_COLOR, ATTAINMENT_COLOR, LAST_YEAR_COLOR, TARGET_COLOR

SIZE = (8.6, 4.4)  # inches at 100 dpi: the report screen's chart area and the PDF's page width
WAN, YI = 10_000, 100_000_000
PALETTE = ("#5B9BD5", "#ED7D31", "#70AD47", "#FFC000", "#A5A5A5", "#C00000")
AGING_PALETTE = ("#70AD47", "#FFD966", "#F4B183", "#E46C0A", "#C00000")
GRID = "#E0E0E0"
TICK, LABEL, TITLE, LEGEND = 10.0, 10.0, 13.0, 9.0  # font sizes in points
PAD = 8.0  # points between the texts around the plot
HALO = [patheffects.withStroke(linewidth=2.5, foreground="white")]  # labels stay readable over bars


def _number(value: object) -> float:
    """A table value as a bar height; None is NaN (no bar, a gap in a line)."""
    return math.nan if value is None else float(Decimal(value))


def _largest(*series) -> float:
    values = [abs(_number(v)) for s in series for v in s if v is not None]
    return max(values, default=0.0)


def money_formatter(largest: float) -> tuple[FuncFormatter, str]:
    """(tick formatter, unit) for a money axis whose largest figure is `largest` yuan: 元 below
    100,000, then 万元, and 亿元 from 1,000,000,000 (十亿) on."""
    if largest < 10 * WAN:
        return FuncFormatter(lambda value, _pos=None: f"{value:,.0f}"), "元"
    unit, name = (YI, "亿元") if largest >= 10 * YI else (WAN, "万元")

    def scaled(value: float, _pos: object = None) -> str:
        text = f"{value / unit:,.1f}"
        return text[:-2] if text.endswith(".0") else text
    return FuncFormatter(scaled), name


def _new_figure(title: str) -> Figure:
    figure = Figure(figsize=SIZE, dpi=100)
    figure.suptitle(title, fontsize=TITLE, y=1 - 6 / 72 / SIZE[1], va="top")  # the CJK font has no bold face
    return figure


def _legend(figure: Figure, handles, labels) -> float:
    """The legend in one row under the plot; the points it takes at the bottom."""
    figure.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncol=len(labels),
                  frameon=False, fontsize=LEGEND)
    return LEGEND + 2 * PAD


def _value_ticks_width(ax, axis: str, formatter) -> float:
    """The width of the widest value tick label, estimated from the axis' largest value."""
    low, high = ax.get_ylim() if axis == "y" else ax.get_xlim()
    return max(text_width(formatter(value), TICK) for value in (low, high))


def _group_width(count: int) -> float:
    """The share of a category's slot its bars take: 0.8, less when there are only a few categories
    (two teams' bars would otherwise fill the chart)."""
    return 0.8 * min(1.0, max(count, 1) / 4)


def _style(ax) -> None:
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def targets_figure(plan: TargetsPlan, title: str) -> Figure:
    """Grouped bars (last year faint, target, actual) and the attainment line of `plan`."""
    figure = _new_figure(title)
    ax = figure.add_subplot()
    _style(ax)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    series = [("累计目标" if plan.cumulative else "目标", plan.target, TARGET_COLOR, 1.0),
              ("累计销售额" if plan.cumulative else "实际销售额", plan.actual, ACTUAL_COLOR, 1.0)]
    if plan.last_year is not None:
        name = "去年同期累计" if plan.cumulative else "去年同期"
        series.insert(0, (name, plan.last_year, LAST_YEAR_COLOR, 0.55))
    count = len(plan.labels)
    width = _group_width(count) / len(series)
    for index, (name, values, color, alpha) in enumerate(series):
        offset = (index - (len(series) - 1) / 2) * width
        ax.bar([i + offset for i in range(count)], [_number(v) for v in values], width * 0.95,
               color=color, alpha=alpha, label=name)
    formatter, unit = money_formatter(_largest(*(s[1] for s in series)))
    ax.yaxis.set_major_formatter(formatter)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.set_ylabel(f"金额（{unit}）")
    slant = 0 if not plan.by_name or count <= 6 else 30 if count <= 20 else 90
    size = TICK if count <= 20 else 8
    ax.set_xticks(range(count), plan.labels, rotation=slant, ha="right" if slant else "center",
                  rotation_mode="anchor", fontsize=size)
    ax.set_xlim(-0.6, count - 0.4)
    ax.set_ylim(bottom=0)
    rate = ax.twinx()
    rate.spines["top"].set_visible(False)
    rates = [_number(v) for v in plan.attainment]
    name = "累计达成率" if plan.cumulative else "达成率"
    (line,) = rate.plot(range(count), rates, color=ATTAINMENT_COLOR, marker="o", markersize=4, linewidth=1.8,
                        label=name)
    line.set_gid("attainment")
    for i, value in enumerate(rates):
        if not math.isnan(value):
            rate.annotate(f"{value:.0f}%", (i, value), textcoords="offset points", xytext=(0, 6), ha="center",
                          fontsize=7, color=ATTAINMENT_COLOR, path_effects=HALO)
    present = [r for r in rates if not math.isnan(r)]
    rate.set_ylim(0, max([120.0, *present]) * 1.15)
    rate.axhline(100, color=ATTAINMENT_COLOR, linewidth=0.8, linestyle="--", alpha=0.6)
    rate.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos=None: f"{value:.0f}%"))
    rate.set_ylabel(f"{name}（%）")
    handles, labels = ax.get_legend_handles_labels()
    legend = _legend(figure, [*handles, line], [*labels, name])
    below = slanted_height(widest(plan.labels, size), size, slant) + PAD  # ticks, their pad and labels
    left = _value_ticks_width(ax, "y", formatter) + LABEL + 3 * PAD
    right = max(text_width(f"{rate.get_ylim()[1]:.0f}%", TICK), 1) + LABEL + 3 * PAD
    figure.set_layout_engine(MarginLayout(left, right, TITLE + 2.5 * PAD, below + legend))
    return figure


def _draw_bars(ax, plan: BarPlan) -> list[float]:
    """Draw the series of `plan`; per category, where its bars end (a stack's total, else the
    largest value, at least 0)."""
    count = len(plan.labels)
    solid = [s for s in plan.series if not s.faint]
    behind = any(s.faint for s in plan.series)
    palette = AGING_PALETTE if plan.stacked else PALETTE
    width = _group_width(count) / (1 if plan.stacked else max(1, len(solid)))
    draw = ax.barh if plan.horizontal else ax.bar
    stacked = [0.0] * count
    ends = [0.0] * count
    for s in plan.series:
        values = [_number(v) for v in s.values]
        if s.faint:  # a reference (the target) behind the solid bars, full width
            offset, size, color, alpha = 0.0, _group_width(count) * 1.06, LAST_YEAR_COLOR, 0.6
        else:
            index = solid.index(s)
            offset = 0.0 if plan.stacked else (index - (len(solid) - 1) / 2) * width
            size, color, alpha = width * (0.6 if behind else 0.95), palette[index % len(palette)], 1.0
        extra = {} if not plan.stacked else {"left": stacked} if plan.horizontal else {"bottom": stacked}
        heights = [0.0 if plan.stacked and math.isnan(v) else v for v in values]
        draw([p + offset for p in range(count)], heights, size, color=color, alpha=alpha, label=s.title, **extra)
        if plan.stacked:
            stacked = [b + h for b, h in zip(stacked, heights, strict=True)]
        ends = [e if math.isnan(v) else max(e, v) for e, v in zip(ends, values, strict=True)]
    return stacked if plan.stacked else ends


def bars_figure(plan: BarPlan, title: str) -> Figure:
    """The bars of `plan`: grouped or stacked, vertical along time or horizontal along names. A value
    axis starts at 0, or below it when a figure is negative (returns exceeding shipments)."""
    figure = _new_figure(title)
    ax = figure.add_subplot()
    _style(ax)
    count = len(plan.labels)
    positions = list(range(count))
    ends = _draw_bars(ax, plan)
    low = min([0.0, *(v for s in plan.series for v in map(_number, s.values) if not math.isnan(v))])
    high = max(ends, default=0.0)
    span = (high - low) or 1.0
    high += span * (0.22 if plan.notes and plan.horizontal else 0.08)
    low -= span * 0.05 if low < 0 else 0.0
    value_axis = ax.xaxis if plan.horizontal else ax.yaxis
    if plan.kind == "money":
        formatter, unit = money_formatter(max(high, -low))
        value_axis.set_major_formatter(formatter)
        value_title = f"金额（{unit}）"
    else:
        value_title = plan.series[0].title if len(plan.series) == 1 else "数量"
    value_axis.set_major_locator(MaxNLocator(nbins=6, integer=plan.kind == "count", steps=[1, 2, 2.5, 5, 10]))
    name_size = 9 if count <= 12 else 8 if plan.horizontal else 7
    if plan.horizontal:
        ax.set_yticks(positions, plan.labels, fontsize=name_size)
        ax.set_ylim(count - 0.5, -0.5)  # the first (largest) at the top
        ax.set_xlim(low, high)
        ax.set_xlabel(value_title)
        ax.grid(axis="x", color=GRID, linewidth=0.8)
    else:
        ax.set_xticks(positions, plan.labels, rotation=0 if count <= 12 else 90, fontsize=name_size)
        ax.set_xlim(-0.6, count - 0.4)
        ax.set_ylim(low, high)
        ax.set_ylabel(value_title)
        if plan.axis_title:
            ax.set_xlabel(plan.axis_title)
        ax.grid(axis="y", color=GRID, linewidth=0.8)
    for i, note in enumerate(plan.notes):
        if note:
            xy = (ends[i], i) if plan.horizontal else (i, ends[i])
            ax.annotate(note, xy, textcoords="offset points", xytext=(4, 0) if plan.horizontal else (0, 4),
                        ha="left" if plan.horizontal else "center", va="center" if plan.horizontal else "bottom",
                        fontsize=8, color="#404040")
    legend = _legend(figure, *ax.get_legend_handles_labels()) if len(plan.series) > 1 else PAD
    value_ticks = value_axis.get_major_formatter()
    if plan.horizontal:
        left = widest(plan.labels, name_size) + 2 * PAD
        below = TICK + LABEL + 2 * PAD
        right = max(2 * PAD, text_width(value_ticks(high), TICK) / 2 + PAD)
    else:
        left = _value_ticks_width(ax, "y", value_ticks) + LABEL + 3 * PAD
        below = slanted_height(widest(plan.labels, name_size), name_size, 0 if count <= 12 else 90) + PAD
        below += LABEL + PAD if plan.axis_title else 0
        right = 2 * PAD
    figure.set_layout_engine(MarginLayout(left, right, TITLE + 2.5 * PAD, below + legend))
    return figure
