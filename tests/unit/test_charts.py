# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi / test_report_reports are parameters here)
"""Report charts drawn from real ReportTables of test_report_reports' world (sales1: March 1,139.99
against a 1,000.00 target, April 300.00 against 500.00, plus 100.00 in March 2025 for last year;
sales5: March 200.00): bar heights and the attainment line are the table's figures, the cumulative
view its cumulative columns, several salespeople are summed or one is picked; the other reports'
bars; PNG/SVG files and bytes that open; Chinese labels without missing-glyph warnings."""

from __future__ import annotations

import datetime as dt
import io
import logging
import math
import warnings
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from app.reports.catalog import build_report
from app.reports.chart_data import TOP_N, chart_subjects
from app.reports.chart_draw import money_formatter
from app.reports.chart_fonts import LAST_RESORT, bundled_font_path, use_cjk_fonts
from app.reports.charts import charts_report, figure_png, has_chart, report_figure, save_figure
from app.reports.report_table import ReportColumn, ReportTable
from app.reports.targets_report import targets_report
from tests.unit.order_factories import confirmed, item
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401
from tests.unit.test_report_reports import APRIL_FIRST, targets  # noqa: F401

D = Decimal
MONTHS = [f"{m}月" for m in range(1, 13)]


@pytest.fixture
def charted(targets):
    """test_report_reports' targets plus a 100.00 order of sales1 in March 2025 (last year's actual)."""
    confirmed(targets, item(targets), on=dt.date(2025, 3, 8))
    return targets


def floats(values) -> list[float]:
    return [math.nan if v is None else float(v) for v in values]


def same(drawn, expected) -> bool:
    return len(drawn) == len(expected) and all(
        (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b) for a, b in zip(drawn, expected, strict=True))


def bars(figure, label: str, horizontal: bool = False) -> list[float]:
    """The heights (widths when horizontal) of the bars of the series `label` on the first axes."""
    for container in figure.axes[0].containers:
        if container.get_label() == label:
            return [p.get_width() if horizontal else p.get_height() for p in container.patches]
    raise AssertionError(f"no series {label!r}: {[c.get_label() for c in figure.axes[0].containers]}")


def attainment_line(figure) -> list[float]:
    (line,) = [line for ax in figure.axes for line in ax.get_lines() if line.get_gid() == "attainment"]
    return list(line.get_ydata())


def tick_texts(axis) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels()]


def test_target_chart_bars_and_line_are_the_tables_figures(charted):
    table = targets_report(charted["manager"], 2026, by="salesperson", key=charted["s1"])
    figure = report_figure(table)
    assert tick_texts(figure.axes[0].xaxis) == MONTHS
    assert same(bars(figure, "目标"), floats(r["target"] for r in table.rows))
    assert same(bars(figure, "实际销售额"), floats(r["actual"] for r in table.rows))
    assert same(bars(figure, "去年同期"), floats(r["last_year"] for r in table.rows))
    assert same(attainment_line(figure), floats(r["attainment"] for r in table.rows))
    # by hand: March 1,000.00 / 1,139.99 / 114 %, April 500.00 / 300.00 / 60 %, last March 100.00; no target: no bar
    assert bars(figure, "目标")[2:4] == [1000.0, 500.0] and bars(figure, "实际销售额")[2:4] == [1139.99, 300.0]
    assert bars(figure, "去年同期")[2] == 100.0 and math.isnan(bars(figure, "目标")[0])
    assert attainment_line(figure)[2:4] == [114.0, 60.0] and math.isnan(attainment_line(figure)[0])
    assert charted["sales1"].display_name in figure.get_suptitle()
    assert figure.axes[0].get_ylabel() == "金额（元）" and figure.axes[1].get_ylabel() == "达成率（%）"


def test_cumulative_view_uses_the_cumulative_columns(charted):
    table = targets_report(charted["manager"], 2026, by="salesperson", key=charted["s1"])
    figure = report_figure(table, cumulative=True)
    assert same(bars(figure, "累计目标"), floats(r["cumulative_target"] for r in table.rows))
    assert same(bars(figure, "累计销售额"), floats(r["cumulative_actual"] for r in table.rows))
    assert same(attainment_line(figure), floats(r["cumulative_attainment"] for r in table.rows))
    assert bars(figure, "累计目标")[3] == 1500.0 and attainment_line(figure)[3] == 96.0  # 1,439.99 / 1,500.00
    assert bars(figure, "去年同期累计")[1:4] == [0.0, 100.0, 100.0]  # last year's actual added up too
    assert "累计" in figure.get_suptitle()


def test_several_salespeople_are_summed_or_one_is_picked(charted):
    table = targets_report(charted["manager"], 2026, by="salesperson")
    names = chart_subjects(table)
    assert charted["sales1"].display_name in names and charted["sales5"].display_name in names
    summed = report_figure(table)
    assert f"合计（{len(names)}个）" in summed.get_suptitle()
    march = [r for r in table.rows if r["month"] == "2026-03"]
    assert bars(summed, "实际销售额")[2] == pytest.approx(float(sum(r["actual"] for r in march)))  # 1,339.99
    assert bars(summed, "实际销售额")[2] == pytest.approx(1339.99)
    assert bars(summed, "目标")[2] == 1000.0 and attainment_line(summed)[2] == 134.0  # only sales1 has one
    picked = report_figure(table, subject=charted["sales5"].display_name)
    assert bars(picked, "实际销售额")[2] == 200.0 and math.isnan(bars(picked, "目标")[2])
    with pytest.raises(ValueError, match="not in the table"):
        report_figure(table, subject="没有这个人")


def test_one_month_of_several_salespeople_is_a_group_per_name(charted):
    table = targets_report(charted["manager"], 2026, 3, by="salesperson")
    figure = report_figure(table)
    assert tick_texts(figure.axes[0].xaxis) == [r["name"] for r in table.rows]
    assert same(bars(figure, "实际销售额"), floats(r["actual"] for r in table.rows))
    assert same(attainment_line(figure), floats(r["attainment"] for r in table.rows))


def test_company_chart_and_a_report_without_rows(charted):
    company = targets_report(charted["manager"], 2026)
    figure = report_figure(company)
    assert "全公司" in figure.get_suptitle() and bars(figure, "目标")[2] == 2000.0
    empty = ReportTable("targets", "目标达成", "2026年", "全公司", company.columns, ())
    assert report_figure(empty) is None and not has_chart(empty) and chart_subjects(empty) == ()


def test_money_axis_reads_in_wan_once_figures_are_large():
    wan, unit = money_formatter(2_500_000)
    assert unit == "万元" and wan(1_250_000) == "125" and wan(125_000) == "12.5" and wan(0) == "0"
    yuan, unit = money_formatter(99_999)
    assert unit == "元" and yuan(25_000) == "25,000"
    yi, unit = money_formatter(9_700_000_000)
    assert unit == "亿元" and yi(8_000_000_000) == "80" and yi(2_500_000_000) == "25"


def test_sales_by_month_and_by_salesperson(charted):
    manager = charted["manager"]
    by_month = build_report(manager, "sales", 2026)
    figure = report_figure(by_month)
    assert tick_texts(figure.axes[0].xaxis) == MONTHS
    assert same(bars(figure, "销售额"), floats(r["revenue"] for r in by_month.rows))
    assert same(bars(figure, "回款额"), floats(r["collected"] for r in by_month.rows))
    people = build_report(manager, "sales", 2026, 3, "salesperson")
    figure = report_figure(people)
    assert tick_texts(figure.axes[0].yaxis) == [r["name"] for r in people.rows]  # largest first, at the top
    assert same(bars(figure, "销售额", horizontal=True), floats(r["revenue"] for r in people.rows))
    assert "全公司" not in figure.get_suptitle()  # the company's own figures need no name
    narrowed = build_report(manager, "sales", 2026, salesperson_id=charted["sales1"].id)
    assert charted["sales1"].display_name in report_figure(narrowed).get_suptitle()


def test_performance_funnel_receivables_and_commissions(charted):
    manager = charted["manager"]
    performance = build_report(manager, "performance", 2026, 3, today=APRIL_FIRST)
    figure = report_figure(performance)
    assert same(bars(figure, "销售额", horizontal=True), floats(r["revenue"] for r in performance.rows))
    assert same(bars(figure, "目标", horizontal=True), floats(r["target"] for r in performance.rows))
    notes = [t.get_text() for t in figure.axes[0].texts]
    assert "达成 114%" in notes  # sales1's attainment written at the bar's end
    funnel = build_report(manager, "funnel", 2026, 3)
    stages = [r for r in funnel.rows if r["section"] == "阶段" and r["reached"] is not None]
    figure = report_figure(funnel)
    assert tick_texts(figure.axes[0].yaxis) == [r["stage"] for r in stages]
    assert bars(figure, "到达该阶段", horizontal=True) == [float(r["reached"]) for r in stages]
    aging = build_report(manager, "receivables", 2026, today=APRIL_FIRST)
    figure = report_figure(aging)
    buckets = ("未到期", "逾期0-30天", "逾期31-60天", "逾期61-90天", "逾期90天以上")
    ends = [sum(values) for values in zip(*(bars(figure, title, True) for title in buckets), strict=True)]
    assert ends == pytest.approx([float(r["receivable"]) for r in aging.rows])  # stacked to the receivable
    commissions = build_report(manager, "commissions", 2026, 3)
    figure = report_figure(commissions)
    ranked = sorted(commissions.rows, key=lambda r: -r["commission"])  # a month's statements: largest first
    assert ranked != list(commissions.rows) and tick_texts(figure.axes[0].yaxis) == [r["name"] for r in ranked]
    assert bars(figure, "提成", horizontal=True) == [123.45, 5.55] == floats(r["commission"] for r in ranked)


def test_long_lists_show_the_first_ones_and_other_tables_have_no_chart():
    columns = (ReportColumn("name", "客户", "text"), ReportColumn("commission", "提成", "money"))
    rows = tuple({"name": f"客户{i}", "commission": D(i)} for i in range(1, 31))
    figure = report_figure(ReportTable("commissions", "提成", "2026年", "全公司", columns, rows))
    assert len(tick_texts(figure.axes[0].yaxis)) == TOP_N and tick_texts(figure.axes[0].yaxis)[0] == "客户30"
    assert f"前{TOP_N}名，共30" in figure.get_suptitle()
    other = ReportTable("notes", "备注", "2026年", "全公司", columns, rows)
    assert report_figure(other) is None and not has_chart(other)


def test_a_negative_month_shows_below_zero():
    columns = (ReportColumn("name", "月份", "text"), ReportColumn("shipped", "发货额", "money"))
    rows = ({"name": "2026-01", "shipped": D("5000.00")}, {"name": "2026-02", "shipped": D("-1200.00")})
    figure = report_figure(ReportTable("shipments", "发货统计", "2026年", "全公司", columns, rows))
    assert bars(figure, "发货额") == [5000.0, -1200.0] and tick_texts(figure.axes[0].xaxis) == ["1月", "2月"]
    low, high = figure.axes[0].get_ylim()
    assert low < -1200 and high > 5000


def test_png_and_svg_files_and_png_bytes(charted, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("charts")
    figure = report_figure(targets_report(charted["manager"], 2026, by="salesperson", key=charted["s1"]))
    png = tmp_path / "目标达成.png"
    png.write_bytes(b"old")  # replaced by the complete new file
    assert save_figure(figure, png) == png
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (1290, 660)  # 8.6 × 4.4 in at 150 dpi
    svg = save_figure(figure, tmp_path / "chart.SVG")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.SVG", "目标达成.png"]  # no partial file left
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_figure(figure, tmp_path / "chart.pdf")
    assert not (tmp_path / "chart.pdf").exists()
    data = figure_png(figure, dpi=50)
    with Image.open(io.BytesIO(data)) as image:
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and image.size == (430, 220)


def test_chinese_labels_render_without_missing_glyph_warnings(charted, tmp_path, caplog):
    families = use_cjk_fonts()
    from matplotlib.font_manager import FontProperties

    assert families[0] == FontProperties(fname=str(bundled_font_path())).get_name() and families[-1] == LAST_RESORT
    manager = charted["manager"]
    tables = [targets_report(manager, 2026, by="salesperson"), build_report(manager, "funnel", 2026, 3),
              build_report(manager, "receivables", 2026, today=APRIL_FIRST)]
    with caplog.at_level(logging.WARNING, logger="matplotlib"), warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph 30446 (\N{CJK UNIFIED IDEOGRAPH-76EE}) missing from font(s) ..."
        for index, table in enumerate(tables):
            figure = report_figure(table, cumulative=index == 0)
            FigureCanvasAgg(figure).draw()
            save_figure(figure, tmp_path / f"{index}.png")
            save_figure(figure, tmp_path / f"{index}.svg")
    assert [r.getMessage() for r in caplog.records if "findfont" in r.getMessage()] == []


def test_a_font_without_chinese_would_warn(charted):
    """The check above can fail: with matplotlib's own font only, the same chart warns of missing glyphs."""
    import matplotlib

    use_cjk_fonts()
    figure = report_figure(targets_report(charted["manager"], 2026))
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        figure.text(0.5, 0.5, "目标达成")  # a text made now takes the rc font
        with pytest.warns(UserWarning, match="missing from font"):
            FigureCanvasAgg(figure).draw()


def test_a_period_without_figures_has_no_chart(charted):
    """A year with no data (2020) gives months of zeros: no chart (it drew an empty plot whose axis
    read 0, 0, 0, 0), for the target-vs-actual report too; a future month with targets but no
    actual still charts its targets."""
    manager = charted["manager"]
    for name in ("sales", "shipments", "customers", "reception", "targets"):
        table = build_report(manager, name, 2020)
        assert len(table.rows) == 12, name  # the months are there, all zero
        assert report_figure(table) is None and not has_chart(table), name
    zeros = ReportTable("commissions", "提成", "2026年", "全公司",
                        (ReportColumn("name", "销售员", "text"), ReportColumn("commission", "提成", "money")),
                        ({"name": "张伟", "commission": D("0.00")},))
    assert report_figure(zeros) is None and not has_chart(zeros)
    assert charts_report(zeros) and not charts_report(ReportTable("notes", "备注", "", "", zeros.columns, ()))
    ahead = targets_report(manager, 2026)
    future = ReportTable("targets", ahead.title, ahead.period, ahead.scope, ahead.columns,
                         tuple({**row, "actual": D("0.00"), "last_year": None} for row in ahead.rows))
    assert any(row["target"] for row in future.rows)
    assert report_figure(future) is not None and has_chart(future)
