"""The report screen's chart (图表): a report's matplotlib Figure (`reports.charts.report_figure`) in a
FigureCanvasQTAgg, or a placeholder line when the report has no chart, or nothing but zeros to chart
(a year without data: the line says so and names the period).

matplotlib is imported when a chart is first shown, not when this widget is built, so opening the
app and the report screen stays fast (the first chart pays about a second for matplotlib). Each
`show_table` builds a new Figure and canvas; the one before is dropped. `save_as` draws the chart
again at the standard chart size, so a saved file does not depend on the window's shape.

    view = ChartView()
    view.show_table(table, cumulative=False, subject=None)   # False: no chart for this report
    view.save_as("目标达成.png")                               # or .svg
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.reports.report_table import ReportTable

MIN_HEIGHT = 280


class ChartView(QWidget):
    """A report's chart, or a placeholder; `canvas` is the FigureCanvasQTAgg shown (None before the
    first chart) and `figure` its Figure (None while the placeholder shows)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = None
        self.figure = None
        self._shown: tuple[ReportTable, bool, str | None] | None = None
        self.placeholder = QLabel(self.tr("This report has no chart."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #808080;")
        self.setMinimumHeight(MIN_HEIGHT)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    def has_chart(self) -> bool:
        """True while a chart (not the placeholder) is shown."""
        return self.figure is not None

    def show_table(self, table: ReportTable, cumulative: bool = False, subject: str | None = None) -> bool:
        """Draw `table`'s chart (`cumulative` and `subject` for the targets report, see
        reports.charts); False, with the placeholder shown, when the report has no chart. A
        `subject` the table does not have (a line of the report shown before) charts the table as
        if none was given."""
        from app.reports.charts import chart_subjects, charts_report, report_figure

        if subject is not None and subject not in chart_subjects(table):
            subject = None
        figure = report_figure(table, cumulative=cumulative, subject=subject)
        if figure is None:
            self.clear()
            if charts_report(table):  # a chart with nothing to draw: say so, not that there is none
                self.placeholder.setText(self.tr("Nothing to chart: the report has no figures for {period}.")
                                         .format(period=table.period))
            return False
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setAccessibleName(figure.get_suptitle())
        self._drop_canvas()
        self.canvas, self.figure = canvas, figure
        self._shown = (table, cumulative, subject)
        self.placeholder.hide()
        self._layout.addWidget(canvas)
        canvas.show()  # at once, not when the layout's queued show arrives: a repaint() can paint it now
        return True

    def clear(self) -> None:
        """Show the placeholder instead of a chart."""
        self._drop_canvas()
        self.figure = self._shown = None
        self.placeholder.setText(self.tr("This report has no chart."))
        self.placeholder.show()

    def save_as(self, path: str | Path) -> Path:
        """Write the chart shown to `path` as PNG or SVG (by the suffix; ValueError for another).
        RuntimeError when no chart is shown; excel_stream.TargetNotWritable when the file cannot
        be written."""
        if self.figure is None or self._shown is None:
            raise RuntimeError("no chart is shown")
        from app.reports.charts import report_figure, save_figure

        table, cumulative, subject = self._shown
        # drawn afresh at the charts' own size: the file does not depend on how wide the window is
        return save_figure(report_figure(table, cumulative=cumulative, subject=subject), path)

    def _drop_canvas(self) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.hide()
            self.canvas.deleteLater()
            self.canvas = None
