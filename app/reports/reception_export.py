"""The reception report (接待日报) as tables, for the screen and for Excel.

`reception_tables()` turns a `services.reception_report.ReceptionReport` into four tables: totals,
by source channel (every channel, in the usual order), by receiving salesperson (the pool last)
and by day (every day of the range, zeros included). The screen shows exactly these rows and
`export_reception_workbook()` writes them, one sheet per table, so the two never disagree.

The words come from the caller (`ReceptionTexts`, English by default): the view passes its
translations, since this module stays free of Qt. openpyxl is imported only when exporting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.models.customer import SOURCES
from app.services.reception_report import ReceptionFigures, ReceptionReport

MAX_FILLED_DAYS = 400  # longer ranges list only the days with registrations

ENGLISH_SOURCES = {"visit": "Visit", "phone": "Phone", "web": "Web", "referral": "Referral",
                   "exhibition": "Exhibition", "invoice": "Invoice data", "other": "Other"}


@dataclass(frozen=True)
class ReceptionTexts:
    """Every word the tables and the workbook use; the view gives translated ones."""

    totals: str = "Totals"
    by_source: str = "By source"
    by_salesperson: str = "By salesperson"
    by_day: str = "By day"
    figure: str = "Figure"
    value: str = "Value"
    source: str = "Source"
    salesperson: str = "Salesperson"
    day: str = "Date"
    visits: str = "Visits"
    visitors: str = "Visitors"
    new_customers: str = "New customers"
    calls: str = "Calls"
    surveys: str = "Market surveys"
    pool: str = "Pool (nobody)"
    period: str = "Period"
    sources: dict[str, str] = field(default_factory=lambda: dict(ENGLISH_SOURCES))

    def figure_headers(self) -> list[str]:
        return [self.visits, self.visitors, self.new_customers, self.calls, self.surveys]


@dataclass(frozen=True)
class ReportTable:
    """One table: `key` (totals, by_source, by_salesperson, by_day), its title, headers and rows."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[object]]


def figures_row(figures: ReceptionFigures) -> list[int]:
    """Visits, visitors, new customers, calls, market surveys: the columns every table shares."""
    return [figures.visits, figures.visitors, figures.new_customers, figures.calls, figures.surveys]


def _days(report: ReceptionReport) -> list[dt.date]:
    span = (report.date_to - report.date_from).days + 1
    if 0 < span <= MAX_FILLED_DAYS:
        return [report.date_from + dt.timedelta(days=n) for n in range(span)]
    return sorted(report.by_day)


def reception_tables(report: ReceptionReport, texts: ReceptionTexts | None = None) -> list[ReportTable]:
    """The report's four tables, in the order the screen and the workbook show them."""
    texts = texts or ReceptionTexts()
    empty = ReceptionFigures()
    total = report.total
    totals = ReportTable("totals", texts.totals, [texts.figure, texts.value], [
        [texts.visits, total.visits], [texts.visitors, total.visitors],
        [texts.new_customers, total.new_customers], [texts.calls, total.calls], [texts.surveys, total.surveys]])
    sources = [*SOURCES, *sorted(set(report.by_source) - set(SOURCES))]
    by_source = ReportTable("by_source", texts.by_source, [texts.source, *texts.figure_headers()], [
        [texts.sources.get(s, s), *figures_row(report.by_source.get(s, empty))] for s in sources])
    people = sorted(report.by_salesperson, key=lambda name: (name == "", name))
    by_salesperson = ReportTable("by_salesperson", texts.by_salesperson,
                                 [texts.salesperson, *texts.figure_headers()], [
        [name or texts.pool, *figures_row(report.by_salesperson[name])] for name in people])
    by_day = ReportTable("by_day", texts.by_day, [texts.day, *texts.figure_headers()], [
        [day, *figures_row(report.by_day.get(day, empty))] for day in _days(report)])
    return [totals, by_source, by_salesperson, by_day]


def _sheet_title(title: str) -> str:
    # Excel refuses these characters in sheet names and cuts names at 31 characters.
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"


def export_reception_workbook(report: ReceptionReport, path: str | Path,
                              texts: ReceptionTexts | None = None) -> Path:
    """Write the report's tables to an .xlsx at `path`, one sheet each (formatted, frozen header,
    auto-filter, formula-safe text); the totals sheet also names the period. Returns the path."""
    from openpyxl import Workbook

    from app.reports.excel_style import write_table

    texts = texts or ReceptionTexts()
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in reception_tables(report, texts):
        sheet = workbook.create_sheet(_sheet_title(table.title))
        rows = table.rows
        if table.key == "totals":
            rows = [*rows, [texts.period, f"{report.date_from:%Y-%m-%d} ~ {report.date_to:%Y-%m-%d}"]]
        write_table(sheet, table.headers, rows)
    target = Path(path)
    workbook.save(target)
    return target
