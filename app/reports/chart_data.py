"""What a report's chart shows, worked out from its `ReportTable` without matplotlib: the categories,
the series of Decimal/int values (None where the table has none) and notes per category. charts.py
draws these; tests read them to check a chart against its table.

Target-vs-actual (目标达成, `targets_plan`): one subject's twelve months (or the months in the
table). A table of several teams or salespeople is charted as

- the one named by `subject` (see `chart_subjects` for the names to offer), else
- when the table covers several months: their sum per month, labelled 合计（N个） (the visible teams'
  or salespeople's targets and actuals added up, attainment recomputed from the sums; for a manager's
  teams this can differ from the company line when the targets were not split exactly), else
- for a single month: one group of bars per name (who reached their target this month).

cumulative=True plots the cumulative columns (year to date); last year's actual is then summed month
by month too, and left out when the table does not start in January or is charted by name.

Other reports (`bar_plan`): bars of their main money or count columns, vertical along months or
days, horizontal (largest first, the first TOP_N) along salespeople, teams, customers and the like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.reports.kpi import attainment
from app.reports.report_table import ReportTable

Value = Decimal | int | None
TOP_N = 20  # categories a horizontal bar chart shows at most
_MONTH = re.compile(r"^\d{4}-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-(\d{2})$")


@dataclass(frozen=True)
class TargetsPlan:
    """A target-vs-actual chart: per category (a month "3月", or a name), target, actual, attainment
    (percent) and last year's actual (None: the series is not shown)."""

    subject: str
    labels: tuple[str, ...]
    target: tuple[Decimal | None, ...]
    actual: tuple[Decimal | None, ...]
    attainment: tuple[Decimal | None, ...]
    last_year: tuple[Decimal | None, ...] | None
    cumulative: bool
    by_name: bool


@dataclass(frozen=True)
class BarSeries:
    """One series of bars: its row key, title (legend) and values; `faint` ones stand behind."""

    key: str
    title: str
    values: tuple[Value, ...]
    faint: bool = False


@dataclass(frozen=True)
class BarPlan:
    """A bar chart of a report: categories, series, the value kind ("money" | "count"), whether bars
    run horizontally or stack, a note per category (attainment, conversion) and, when only the first
    TOP_N categories are kept, how many there were."""

    labels: tuple[str, ...]
    series: tuple[BarSeries, ...]
    kind: str
    horizontal: bool = False
    stacked: bool = False
    notes: tuple[str | None, ...] = ()
    axis_title: str = ""
    shown_of: int | None = None


CHARTED = ("targets", "sales", "shipments", "customers", "reception", "commissions", "performance", "funnel",
           "receivables")  # the reports with a chart


def has_figures(plan: TargetsPlan | BarPlan | None) -> bool:
    """True when `plan` has a figure other than zero to draw (None: no plan)."""
    if plan is None:
        return False
    if isinstance(plan, TargetsPlan):
        series = (plan.target, plan.actual, plan.last_year or ())
    else:
        series = tuple(s.values for s in plan.series)
    return any(value for values in series for value in values)


def chart_subjects(table: ReportTable) -> tuple[str, ...]:
    """The names a target-vs-actual table can be charted for (in table order); () for other reports."""
    if table.name != "targets":
        return ()
    return tuple(dict.fromkeys(str(row["name"]) for row in table.rows))


def month_label(text: str) -> str:
    """"2026-03" -> "3月"; "2026-03-07" -> "7日"; anything else as it is."""
    if found := _MONTH.match(text):
        return f"{int(found.group(1))}月"
    if found := _DAY.match(text):
        return f"{int(found.group(1))}日"
    return text


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal("0.00")) if present else None


def targets_plan(table: ReportTable, cumulative: bool = False, subject: str | None = None) -> TargetsPlan | None:
    """The chart of a target-vs-actual table (module notes); None when it has no rows. ValueError when
    `subject` is not one of the table's names."""
    names = chart_subjects(table)
    if not names:
        return None
    prefix = "cumulative_" if cumulative else ""
    if subject is not None and subject not in names:
        raise ValueError(f"{subject!r} is not in the table; choose from {names}")
    chosen = subject if subject is not None else names[0] if len(names) == 1 else None
    months = tuple(dict.fromkeys(str(row["month"]) for row in table.rows))
    if chosen is None and len(months) == 1:  # one month, several names: a group per name
        rows = table.rows
        return TargetsPlan(f"{months[0]}", names, tuple(r[f"{prefix}target"] for r in rows),
                           tuple(r[f"{prefix}actual"] for r in rows), tuple(r[f"{prefix}attainment"] for r in rows),
                           None if cumulative else tuple(r["last_year"] for r in rows), cumulative, True)
    groups: dict[str, list[dict]] = {month: [] for month in months}
    for row in table.rows:
        if chosen is None or row["name"] == chosen:
            groups[str(row["month"])].append(row)
    target = tuple(_sum([r[f"{prefix}target"] for r in rows]) for rows in groups.values())
    actual = tuple(_sum([r[f"{prefix}actual"] for r in rows]) for rows in groups.values())
    if chosen is not None:  # one row a month: the table's own attainment
        rates = tuple(rows[0][f"{prefix}attainment"] if rows else None for rows in groups.values())
    else:  # summed: attainment from the sums
        rates = tuple(None if a is None else attainment(a, t) for a, t in zip(actual, target, strict=True))
    last_year: tuple[Decimal | None, ...] | None = tuple(
        _sum([r["last_year"] for r in rows]) for rows in groups.values())
    if cumulative:
        last_year = _running(last_year) if months[0].endswith("-01") else None
    label = chosen if chosen is not None else f"合计（{len(names)}个）"
    return TargetsPlan(label, tuple(month_label(m) for m in months), target, actual, rates, last_year,
                       cumulative, False)


def _running(values: Sequence[Decimal | None]) -> tuple[Decimal | None, ...]:
    total, out = Decimal("0.00"), []
    for value in values:
        total += value or 0
        out.append(total)
    return tuple(out)


def _labels(table: ReportTable, rows: Sequence[dict], key: str = "name") -> tuple[str, ...]:
    return tuple(month_label(str(row[key])) for row in rows)


def _is_time_axis(table: ReportTable) -> bool:
    keys = [column.key for column in table.columns]
    return "name" in keys and table.column("name").title in ("月份", "日期")


def _series(rows: Sequence[dict], table: ReportTable, *keys: str) -> tuple[BarSeries, ...]:
    return tuple(BarSeries(key, table.column(key).title, tuple(row.get(key) for row in rows)) for key in keys)


def _percent_note(title: str, value: object) -> str | None:
    return None if value is None else f"{title} {Decimal(value):.0f}%"


def _top(rows: Sequence[dict], key: str | None = None) -> tuple[list[dict], int | None]:
    """The first TOP_N rows (largest `key` first when given); the count there was when cut."""
    ordered = sorted(rows, key=lambda r: -(r.get(key) or 0)) if key else list(rows)
    return ordered[:TOP_N], (len(ordered) if len(ordered) > TOP_N else None)


def bar_plan(table: ReportTable) -> BarPlan | None:
    """The bar chart of a report other than targets; None for a report without one or without rows."""
    rows = list(table.rows)
    if not rows or table.name == "targets":
        return None
    time_axis = _is_time_axis(table)
    if table.name in ("sales", "shipments", "customers", "reception", "commissions"):
        keys = {"sales": ("revenue", "collected"), "shipments": ("shipped",),
                "customers": ("leads", "new_customers"), "reception": ("visits", "calls"),
                "commissions": ("commission",)}[table.name]
        kind = table.column(keys[0]).kind
        if time_axis:
            return BarPlan(_labels(table, rows), _series(rows, table, *keys), kind,
                           axis_title=table.column("name").title)
        kept, shown_of = _top(rows, keys[0])
        return BarPlan(_labels(table, kept), _series(kept, table, *keys), kind, horizontal=True, shown_of=shown_of)
    if table.name == "performance":
        kept, shown_of = _top(rows, "revenue")
        target = BarSeries("target", table.column("target").title, tuple(r.get("target") for r in kept), faint=True)
        revenue = _series(kept, table, "revenue")
        notes = tuple(_percent_note("达成", r.get("attainment")) for r in kept)
        return BarPlan(_labels(table, kept), (target, *revenue), "money", horizontal=True, notes=notes,
                       shown_of=shown_of)
    if table.name == "funnel":
        stages = [r for r in rows if r.get("section") == "阶段" and r.get("reached") is not None]
        if not stages:
            return None
        notes = tuple(_percent_note("转化", r.get("conversion")) for r in stages)
        return BarPlan(_labels(table, stages, "stage"), _series(stages, table, "reached"), "count",
                       horizontal=True, notes=notes)
    if table.name == "receivables":
        kept, shown_of = _top(rows)  # already most overdue first
        keys = ("not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90")
        return BarPlan(_labels(table, kept), _series(kept, table, *keys), "money", horizontal=True,
                       stacked=True, shown_of=shown_of)
    return None
