"""What report to show: the report, the year, a month or the whole year, the grouping ("by") where
the report has several, the scope (managers: a team or a salesperson; supervisors: one of their
team; `reports.report_scope`): the rows of that team or person where the report has a row per person
or team, else (by month, source ..., the funnel, the company's targets) the figures read for them; and
for the targets report
whose line the chart follows and whether it is cumulative. `changed` is emitted once per change
the user makes.

The reports and groupings offered follow the user: salespeople see their own figures only (no
team or salesperson groupings to choose from), the front-desk report only for those who may read
it, the company's targets only for managers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.models.user import User
from app.reports.report_scope import Scope, applies, scope_choices
from app.services.permissions import can

CONTEXT = "ReportPicker"
ALL_LINES = ""  # the subject item of every line summed (the chart's subject None)
REPORTS = (
    ("performance", QT_TRANSLATE_NOOP("ReportPicker", "Performance ranking")),
    ("sales", QT_TRANSLATE_NOOP("ReportPicker", "Sales")),
    ("targets", QT_TRANSLATE_NOOP("ReportPicker", "Targets against results")),
    ("funnel", QT_TRANSLATE_NOOP("ReportPicker", "Sales funnel")),
    ("customers", QT_TRANSLATE_NOOP("ReportPicker", "Customers")),
    ("reception", QT_TRANSLATE_NOOP("ReportPicker", "Front desk")),
    ("shipments", QT_TRANSLATE_NOOP("ReportPicker", "Shipments")),
    ("receivables", QT_TRANSLATE_NOOP("ReportPicker", "Receivables aging")),
    ("commissions", QT_TRANSLATE_NOOP("ReportPicker", "Commission")),
)
BY_TITLES = {
    "month": QT_TRANSLATE_NOOP("ReportPicker", "By month"),
    "salesperson": QT_TRANSLATE_NOOP("ReportPicker", "By salesperson"),
    "team": QT_TRANSLATE_NOOP("ReportPicker", "By team"),
    "customer": QT_TRANSLATE_NOOP("ReportPicker", "By customer"),
    "source": QT_TRANSLATE_NOOP("ReportPicker", "By source"),
    "industry": QT_TRANSLATE_NOOP("ReportPicker", "By industry"),
    "region": QT_TRANSLATE_NOOP("ReportPicker", "By region"),
    "company": QT_TRANSLATE_NOOP("ReportPicker", "Company"),
}
# The groupings of each report (catalog.build_report accepts these), the default first.
BY_CHOICES: dict[str, tuple[str, ...]] = {
    "sales": ("month", "salesperson", "team"),
    "targets": ("company", "team", "salesperson"),
    "customers": ("month", "source", "industry", "region", "salesperson", "team"),
    "reception": ("month", "salesperson"),
    "shipments": ("month", "salesperson", "team"),
    "receivables": ("salesperson", "customer"),
}
PEOPLE = ("salesperson", "team", "company")  # groupings that compare people
NO_PERIOD = ("receivables",)  # as of today: no year or month to pick


def report_title(name: str) -> str:
    """The report's name in the current language."""
    return QCoreApplication.translate(CONTEXT, dict(REPORTS)[name])


def by_choices(actor: User, name: str) -> tuple[str, ...]:
    """The groupings `actor` may pick for report `name` (empty: the report has one layout)."""
    choices = BY_CHOICES.get(name, ())
    if actor.role == "manager":
        return choices
    if name == "targets":
        return ("team", "salesperson") if actor.role == "supervisor" and actor.team_id else ("salesperson",)
    if actor.role == "supervisor":
        return choices
    own = tuple(c for c in choices if c not in PEOPLE)  # a salesperson's own row needs no grouping
    return own or choices[:1]


def reports_for(actor: User) -> list[str]:
    """The reports `actor` may open, in the picker's order."""
    return [name for name, _title in REPORTS if name != "reception" or can(actor, "reception.report")]


class ReportPicker(QWidget):
    """Report, year, month (or the whole year), grouping, and the targets' chart line and
    cumulative view."""

    changed = Signal()
    chart_options_changed = Signal()  # the chart's line or cumulative view: no new reading needed

    def __init__(self, actor: User, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.actor = actor
        today = today or dt.date.today()
        self.report_label, self.year_label, self.by_label, self.subject_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.scope_label = QLabel()
        self.report_combo = QComboBox()
        self.report_combo.setObjectName("reportCombo")
        for name in reports_for(actor):
            self.report_combo.addItem("", name)
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(today.year)
        self.month_combo = QComboBox()
        self.month_combo.addItem("", None)
        for number in range(1, 13):
            self.month_combo.addItem(f"{number:02d}", number)
        self.by_combo = QComboBox()
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("reportScope")
        self.scopes = scope_choices(actor)
        self.scope_combo.addItem("", None)
        for scope in self.scopes:
            self.scope_combo.addItem("", scope)
        self.subject_combo = QComboBox()
        self.subject_combo.setMinimumContentsLength(8)
        self.cumulative_box = QCheckBox()
        for combo in (self.report_combo, self.month_combo, self.by_combo, self.scope_combo, self.subject_combo):
            # their items change with the report and the language: the default (sized when first shown,
            # the by combo then empty) cut 按来源 and 按行业 off
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, buddy in ((self.report_label, self.report_combo), (self.year_label, self.year_box),
                             (self.by_label, self.by_combo), (self.scope_label, self.scope_combo),
                             (self.subject_label, self.subject_combo)):
            label.setBuddy(buddy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.report_label, self.report_combo, self.year_label, self.year_box, self.month_combo,
                       self.by_label, self.by_combo, self.scope_label, self.scope_combo, self.subject_label,
                       self.subject_combo, self.cumulative_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._quiet = False
        self.report_combo.currentIndexChanged.connect(self._report_changed)
        for signal in (self.year_box.valueChanged, self.month_combo.currentIndexChanged,
                       self.by_combo.currentIndexChanged, self.scope_combo.currentIndexChanged):
            signal.connect(self._emit)
        self.subject_combo.currentIndexChanged.connect(self._chart_changed)
        self.cumulative_box.toggled.connect(self._chart_changed)
        self.retranslate_ui()
        self._fill_by()

    def retranslate_ui(self) -> None:
        self._quiet = True
        self.report_label.setText(self.tr("&Report:"))
        self.year_label.setText(self.tr("&Year:"))
        self.by_label.setText(self.tr("&Group:"))
        self.scope_label.setText(self.tr("&Scope:"))
        self.scope_combo.setItemText(0, self.tr("Everyone"))
        for index, scope in enumerate(self.scopes, start=1):
            self.scope_combo.setItemText(index, self.tr("Team {name}").format(name=scope.name)
                                         if scope.kind == "team" else scope.name)
        self.subject_label.setText(self.tr("C&hart:"))
        if self.subject_combo.count() and self.subject_combo.itemData(0) == ALL_LINES:
            self.subject_combo.setItemText(0, self.tr("All (sum)"))
        self.cumulative_box.setText(self.tr("C&umulative"))
        self.cumulative_box.setToolTip(self.tr("Show targets and results added up from January"))
        self.month_combo.setItemText(0, self.tr("Whole year"))
        self.month_combo.setToolTip(self.tr("Month"))
        for index in range(self.report_combo.count()):
            self.report_combo.setItemText(index, report_title(self.report_combo.itemData(index)))
        for index in range(self.by_combo.count()):
            title = BY_TITLES[self.by_combo.itemData(index)]
            self.by_combo.setItemText(index, QCoreApplication.translate(CONTEXT, title))
        self._quiet = False

    # -- what is chosen ------------------------------------------------------------------------

    @property
    def report(self) -> str:
        return self.report_combo.currentData()

    @property
    def year(self) -> int:
        return self.year_box.value()

    @property
    def month(self) -> int | None:
        return self.month_combo.currentData()

    @property
    def by(self) -> str | None:
        return self.by_combo.currentData() if self.by_combo.count() else None

    @property
    def scope(self) -> Scope | None:
        """The team or salesperson chosen, when it applies to the report and grouping picked."""
        scope = self.scope_combo.currentData()
        return scope if scope is not None and applies(self.report, self.by, scope) else None

    @property
    def cumulative(self) -> bool:
        return self.report == "targets" and self.cumulative_box.isChecked()

    @property
    def subject(self) -> str | None:
        """The targets line the chart follows (None: every line summed month by month)."""
        if self.report != "targets":
            return None
        return self.subject_combo.currentData() or None

    def choose(self, report: str | None = None, *, year: int | None = None, month: int | bool | None = False,
               by: str | None = None, scope: Scope | bool | None = False) -> None:
        """Pick any of these at once (`month` or `scope` None = the whole year, everyone; False =
        unchanged); `changed` once."""
        self._quiet = True
        if report is not None:
            self.report_combo.setCurrentIndex(self.report_combo.findData(report))
            self._fill_by()
        if year is not None:
            self.year_box.setValue(year)
        if month is not False:
            self.month_combo.setCurrentIndex(self.month_combo.findData(month) if month else 0)
        if by is not None:
            self.by_combo.setCurrentIndex(self.by_combo.findData(by))
        if scope is not False:
            self.scope_combo.setCurrentIndex(self.scopes.index(scope) + 1 if scope else 0)
        self._quiet = False
        self._show_parts()
        self.changed.emit()

    def set_subjects(self, names: list[str]) -> None:
        """The lines of the targets report the chart may follow, after "All (sum)" when there are
        several; the one chosen stays when present."""
        current = self.subject_combo.currentData()
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        if len(names) > 1:
            self.subject_combo.addItem(self.tr("All (sum)"), ALL_LINES)
        for name in names:
            self.subject_combo.addItem(name, name)
        index = self.subject_combo.findData(current)
        self.subject_combo.setCurrentIndex(max(index, 0))
        self.subject_combo.blockSignals(False)
        self._show_parts()

    # -- keeping the parts in step -------------------------------------------------------------

    def _fill_by(self) -> None:
        self.by_combo.blockSignals(True)
        self.by_combo.clear()
        for choice in by_choices(self.actor, self.report):
            self.by_combo.addItem(QCoreApplication.translate(CONTEXT, BY_TITLES[choice]), choice)
        self.by_combo.blockSignals(False)
        self._show_parts()

    def _show_parts(self) -> None:
        targets = self.report == "targets"
        has_by = self.by_combo.count() > 1
        self.by_label.setVisible(has_by)
        self.by_combo.setVisible(has_by)
        dated = self.report not in NO_PERIOD
        for widget in (self.year_label, self.year_box, self.month_combo):
            widget.setEnabled(dated)
        self.cumulative_box.setVisible(targets)
        self.scope_label.setVisible(bool(self.scopes))
        self.scope_combo.setVisible(bool(self.scopes))
        narrowable = any(applies(self.report, self.by, s) for s in self.scopes)
        self.scope_combo.setEnabled(narrowable)
        self.scope_combo.setToolTip(self.tr("Show only one team's or one salesperson's figures") if narrowable
                                    else self.tr("This report cannot be narrowed to a team or a salesperson: it "
                                                 "covers everyone you see."))
        several = targets and self.subject_combo.count() > 1
        self.subject_label.setVisible(several)
        self.subject_combo.setVisible(several)

    def _report_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._fill_by()
        self.changed.emit()

    def _emit(self, *_args: object) -> None:
        self._show_parts()  # the grouping decides whether a scope applies
        if not self._quiet:
            self.changed.emit()

    def _chart_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.chart_options_changed.emit()
