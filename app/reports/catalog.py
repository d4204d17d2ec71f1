"""Every report by name, with one call that builds its `ReportTable` for a year or a month (what the
command line, and later the report screen and exports, use)."""

from __future__ import annotations

import datetime as dt

from app.models.user import User
from app.reports.report_table import ReportTable

REPORT_NAMES = ("sales", "targets", "performance", "funnel", "customers", "reception", "shipments",
                "receivables", "commissions")
BY_CHOICES = ("salesperson", "team", "month", "customer", "source", "industry", "region", "company")


def build_report(actor: User, name: str, year: int, month: int | None = None, by: str | None = None,
                 today: dt.date | None = None) -> ReportTable:
    """The report `name` for `year` (or its `month`) as `actor` sees it; `by` picks the grouping
    where a report has several (ValueError for one it does not have)."""
    today = today or dt.date.today()
    if name == "sales":
        from app.reports.sales_report import sales_report

        return sales_report(actor, year, month, by or "month")
    if name == "targets":
        from app.reports.targets_report import targets_report

        return targets_report(actor, year, month, by)
    if name == "performance":
        _only(name, by, ("salesperson",))
        from app.reports.performance import performance_report

        return performance_report(actor, year, month, today)
    if name == "funnel":
        _only(name, by, ())
        from app.reports.funnel import funnel_report

        return funnel_report(actor, year, month)
    if name == "customers":
        from app.reports.customers_report import customers_report

        return customers_report(actor, year, month, by or "month")
    from app.reports import operations_reports as ops

    if name == "reception":
        _only(name, by, ("month", "salesperson"))
        return ops.reception_table(actor, year, month, by or "month")
    if name == "shipments":
        _only(name, by, ("month", "salesperson", "team"))
        return ops.shipments_table(actor, year, month, by or "month")
    if name == "receivables":
        _only(name, by, ("salesperson", "customer"))
        return ops.receivables_table(actor, today, by or "salesperson")
    if name == "commissions":
        _only(name, by, ("salesperson",))
        return ops.commissions_table(actor, year, month)
    raise ValueError(f"unknown report {name!r}; choose from {REPORT_NAMES}")


def _only(name: str, by: str | None, allowed: tuple[str, ...]) -> None:
    if by is not None and by not in allowed:
        raise ValueError(f"report {name} groups by {', '.join(allowed) or 'nothing'}, not {by}")
