"""The report screen's chart widget: matplotlib is not imported until a chart is first shown (checked
in a fresh interpreter), a targets table painted on the canvas, saved as PNG and SVG at the charts'
own size whatever the window's shape, and the placeholder for a report without a chart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.reports.report_excel_chart import ACTUAL_COLOR
from app.reports.report_table import ReportColumn, ReportTable
from app.reports.targets_report import COLUMNS
from app.views.reports.chart_view import ChartView

ROOT = Path(__file__).resolve().parents[2]
D = Decimal


def targets_table() -> ReportTable:
    """Twelve months of a salesperson: target 100,000.00, actual 60,000 .. 170,000, last year 80,000."""
    rows, cumulative_target, cumulative_actual = [], D(0), D(0)
    for month in range(1, 13):
        actual = D(50_000 + 10_000 * month)
        cumulative_target += D(100_000)
        cumulative_actual += actual
        rows.append({"name": "张伟", "month": f"2026-{month:02d}", "target": D("100000.00"), "actual": actual,
                     "attainment": actual / 1000, "last_year": D("80000.00"), "cumulative_target": cumulative_target,
                     "cumulative_actual": cumulative_actual,
                     "cumulative_attainment": (cumulative_actual * 100 / cumulative_target).quantize(D("0.01"))})
    return ReportTable("targets", "目标达成", "2026年", "华东销售组", COLUMNS, tuple(rows), ("target", "actual"))


def no_chart_table() -> ReportTable:
    return ReportTable("notes", "备注", "2026年", "全公司", (ReportColumn("name", "名称", "text"),),
                       ({"name": "甲"},))


PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from app.views.reports.chart_view import ChartView
from tests.gui.test_chart_view import targets_table
app = QApplication([])
view = ChartView()
view.show()
app.processEvents()
before = "matplotlib" in sys.modules
shown = view.show_table(targets_table())
print(json.dumps({"before": before, "shown": shown, "after": "matplotlib" in sys.modules}))
"""


def test_matplotlib_loads_only_when_a_chart_is_first_shown():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"before": False, "shown": True, "after": True}


def colour_count(image: QImage, colour: str) -> int:
    """How many pixels on a coarse grid have `colour` (the actual bars' orange)."""
    wanted = QColor(colour).rgb()
    return sum(image.pixel(x, y) == wanted for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))


def test_shows_a_chart_saves_it_and_falls_back_to_the_placeholder(qtbot, tmp_path):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1200, 400)  # wider than the charts' own shape
    view.show()
    qtbot.waitExposed(view)
    assert not view.has_chart() and view.placeholder.isVisible()
    assert view.show_table(targets_table(), cumulative=True)
    assert view.has_chart() and view.placeholder.isHidden() and view.canvas.isVisible()
    assert "累计" in view.figure.get_suptitle()
    view.canvas.repaint()
    qtbot.waitUntil(lambda: colour_count(view.canvas.grab().toImage(), ACTUAL_COLOR) > 200)
    png = view.save_as(tmp_path / "chart.png")
    image = QImage(str(png))
    assert not image.isNull() and (image.width(), image.height()) == (1290, 660)  # 8.6 × 4.4 in at 150 dpi
    assert colour_count(image, ACTUAL_COLOR) > 200
    svg = view.save_as(tmp_path / "chart.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    with pytest.raises(ValueError):
        view.save_as(tmp_path / "chart.jpg")
    first_canvas = view.canvas
    assert view.show_table(targets_table())  # another chart: a new canvas replaces the old one
    assert view.canvas is not first_canvas and "累计" not in view.figure.get_suptitle()
    assert view.show_table(targets_table(), subject="华南销售组")  # a line of another table: this one's
    assert "张伟" in view.figure.get_suptitle()

    assert not view.show_table(no_chart_table())
    assert not view.has_chart() and view.canvas is None and view.placeholder.isVisible()
    assert view.placeholder.text() == "This report has no chart."
    with pytest.raises(RuntimeError):
        view.save_as(tmp_path / "none.png")

    # a report with a chart but only zeros (a year without data): no empty plot, and the line says why
    zeros = ReportTable("sales", "销售统计", "2020年", "全公司",
                        (ReportColumn("name", "月份", "text"), ReportColumn("revenue", "销售额", "money"),
                         ReportColumn("collected", "回款额", "money")),
                        tuple({"name": f"2020-{m:02d}", "revenue": D("0.00"), "collected": D("0.00")}
                              for m in range(1, 13)))
    assert view.show_table(targets_table())
    assert not view.show_table(zeros)
    assert not view.has_chart() and view.canvas is None and view.placeholder.isVisible()
    assert view.placeholder.text() == "Nothing to chart: the report has no figures for 2020年."
    assert not view.show_table(no_chart_table())
    assert view.placeholder.text() == "This report has no chart."
    assert not (tmp_path / "none.png").exists()
    assert view.show_table(targets_table()) and view.placeholder.isHidden()
