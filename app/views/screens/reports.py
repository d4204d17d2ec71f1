"""The report screen (报表): pick a report, a year (a month or the whole year), the grouping where
the report has several; see its table and, below it, its chart (a splitter), the totals under
the table. Managers see everyone's figures, supervisors their team's, salespeople their own
(`catalog.build_report` applies the user's scope; the picker offers no people groupings to a
salesperson). For the targets report the chart follows one line (the company, a team or a
salesperson) and may show the cumulative view.

Building a year's report on a large database takes about a second: it runs off the UI thread
(`views.reports.report_loader`) while a busy bar runs, and the window keeps responding. Double-clicking a
figure with rows behind it (revenue, collected, orders, follow-ups, receivable ... and the targets'
actual) opens those rows (`reports.drilldown`, `views.reports.drill_down`), which add up to the figure.

Managers may narrow a report to one team or one salesperson, supervisors to one of their team
(`reports.report_scope`): a report with rows per person keeps theirs, a report by month, source ...
(and the funnel, the company's targets) shows their figures; a drill-down then lists their rows.

Toolbar: Refresh (F5), Export to Excel (Ctrl+E), Export PDF, Print preview (Ctrl+P), Save chart
(PNG or SVG) - `views.reports.report_documents`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.reports.catalog import build_report
from app.reports.drilldown import drill_down, drillable_columns, request_for_cell
from app.reports.report_table import ReportTable
from app.services.errors import ServiceError
from app.views.context import AppContext
from app.views.errors import show_error
from app.views.reports import report_documents
from app.views.reports.report_loader import ReportLoader
from app.views.reports.report_model import ReportTableModel
from app.views.reports.report_picker import ReportPicker
from app.views.screens import Screen

REFRESH_SHORTCUT, EXCEL_SHORTCUT, PREVIEW_SHORTCUT = "F5", "Ctrl+E", "Ctrl+P"


class ReportsScreen(Screen):
    """The picker, the toolbar, the table and the chart; `table` is the report shown (None before
    the first one arrives), `drill_dialog` the last drill-down opened."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(context, parent)
        self.actor = context.user
        self.today = today
        self.table: ReportTable | None = None
        self.shown_request: tuple | None = None  # (report, year, month, by) of `table`
        self.shown_scope: dict[str, int | None] = {}  # its salesperson_id / team_id
        self.drill_dialog = None
        self.picker = ReportPicker(self.actor, self, today=today)
        self.toolbar = QToolBar(self)
        self.refresh_action, self.excel_action, self.pdf_action, self.preview_action, self.chart_action = (
            QAction(self) for _ in range(5))
        for action, key, slot in ((self.refresh_action, REFRESH_SHORTCUT, self.load),
                                  (self.excel_action, EXCEL_SHORTCUT, self.export_excel),
                                  (self.pdf_action, None, self.export_pdf),
                                  (self.preview_action, PREVIEW_SHORTCUT, self.print_preview),
                                  (self.chart_action, None, self.save_chart)):
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.toolbar.addAction(action)
            self.addAction(action)  # the shortcut works wherever the focus is on this screen
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no known end: a running bar
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")

        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("reportTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().hide()  # reports number their rows themselves where it matters (排名)
        self.chart = self._make_chart()
        # table above, chart below: both get the whole width (the performance report has 17 columns,
        # the targets chart twelve months of bars)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.busy_bar)
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.loader = ReportLoader(self)
        self.loader.loaded.connect(self._show_report)
        self.loader.failed.connect(self._failed)
        self.loader.busy_changed.connect(self._busy)
        self.drill_loader = ReportLoader(self)
        self.drill_loader.loaded.connect(self._show_drill_down)
        self.drill_loader.failed.connect(self._failed)
        self.drill_loader.busy_changed.connect(self._busy)
        self.picker.changed.connect(self.load)
        self.picker.chart_options_changed.connect(self._show_chart)
        self.view.doubleClicked.connect(self.drill_into)
        self.retranslate_ui()
        self._update_actions()

    @staticmethod
    def _make_chart() -> QWidget:
        from app.views.reports.chart_view import ChartView

        return ChartView()

    def retranslate_ui(self) -> None:
        self.picker.retranslate_ui()
        texts = ((self.refresh_action, self.tr("Refresh"), self.tr("Build the report again (F5)")),
                 (self.excel_action, self.tr("Export to Excel…"), self.tr("Save the report as an Excel workbook "
                                                                         "(Ctrl+E)")),
                 (self.pdf_action, self.tr("Export PDF…"), self.tr("Save the report, with its chart, as a PDF")),
                 (self.preview_action, self.tr("Print preview…"), self.tr("Preview and print the report (Ctrl+P)")),
                 (self.chart_action, self.tr("Save chart…"), self.tr("Save the chart as a PNG or SVG image")))
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
        self.model.drill_hint = self.tr("Double-click to see the rows behind this figure")
        self.busy_bar.setToolTip(self.tr("Building the report…"))
        self._show_status()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load()

    def request(self) -> tuple[str, int, int | None, str | None]:
        """(report, year, month, by) as picked."""
        p = self.picker
        return p.report, p.year, p.month, p.by

    def subject(self) -> dict[str, int | None]:
        """{salesperson_id, team_id} of the scope picked (both None: everyone the user sees)."""
        scope = self.picker.scope
        return {"salesperson_id": scope.id if scope is not None and scope.kind == "salesperson" else None,
                "team_id": scope.id if scope is not None and scope.kind == "team" else None}

    def load(self) -> None:
        """Build the report picked, off the UI thread; the table and chart follow when it is ready."""
        actor, today = self.actor, self.today
        subject = self.subject()
        name, year, month, by = request = self.request()
        self._pending = request, subject

        def work() -> ReportTable:
            return build_report(actor, name, year, month, by, today=today, **subject)

        self.status_label.setText(self.tr("Building the report…"))
        self.loader.load(work)

    def _show_report(self, table: ReportTable) -> None:
        self.table = table
        self.shown_request, self.shown_scope = self._pending
        self.model.show_table(table, drillable_columns(table))
        self.view.resizeColumnsToContents()
        if table.name == "targets":
            self.picker.set_subjects(list(dict.fromkeys(str(r["name"]) for r in table.rows)))
        else:
            self.picker.set_subjects([])
        self._show_chart()
        self._show_status()
        self._update_actions()

    def _show_chart(self) -> None:
        if self.table is not None:
            self.chart.show_table(self.table, cumulative=self.picker.cumulative, subject=self.picker.subject)
        self._update_actions()

    def _failed(self, error: object) -> None:
        self.status_label.setText(self.tr("The report could not be built."))
        if isinstance(error, ServiceError):
            show_error(self, error)
        elif isinstance(error, Exception):
            show_error(self, ServiceError(str(error)))

    def _busy(self, _busy: bool) -> None:
        self.busy_bar.setVisible(self.loader.busy or self.drill_loader.busy)

    def _show_status(self) -> None:
        table = self.table
        if table is None or self.loader.busy:
            return
        self.status_label.setText(self.tr("{title} · {period} · {scope} · {count} row(s)").format(
            title=table.title, period=table.period, scope=table.scope, count=len(table.rows)))

    def _update_actions(self) -> None:
        shown = self.table is not None
        for action in (self.excel_action, self.pdf_action, self.preview_action):
            action.setEnabled(shown)
        self.chart_action.setEnabled(shown and self.chart.has_chart())

    # -- drill-down ----------------------------------------------------------------------------

    def drill_into(self, index: QModelIndex) -> bool:
        """Open the rows behind the figure at `index` (read off the UI thread); False when it has none."""
        if self.table is None or self.shown_request is None or not self.model.drillable(index):
            return False
        _name, year, month, by = self.shown_request
        key = self.table.columns[index.column()].key
        request = request_for_cell(self.actor, self.table, index.row(), key, year=year, month=month, by=by,
                                   today=self.today, **self.shown_scope)
        if request is None:
            self.status_label.setText(self.tr("No rows can be listed for this figure."))
            return False
        actor = self.actor
        self.status_label.setText(self.tr("Listing the rows behind the figure…"))
        self.drill_loader.load(lambda: drill_down(actor, request))
        return True

    def _show_drill_down(self, detail) -> None:
        from app.views.reports.drill_down import open_drill_down

        self._show_status()
        self.drill_dialog = open_drill_down(self, self.actor, detail)

    # -- documents -----------------------------------------------------------------------------

    def export_excel(self):
        """The report shown as a workbook; the Path, or None."""
        return report_documents.export_excel(self, self.actor, self.table) if self.table is not None else None

    def export_pdf(self):
        return report_documents.export_pdf(self, self.actor, self.table) if self.table is not None else None

    def print_preview(self):
        return report_documents.print_preview(self, self.actor, self.table) if self.table is not None else None

    def save_chart(self):
        return report_documents.save_chart(self, self.chart, self.table) if self.table is not None else None
