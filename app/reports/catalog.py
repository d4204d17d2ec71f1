"""Every report by name, with one call that builds its `ReportTable` for a year or a month (what the
command line, the report screen and the exports use), for everyone the user sees or narrowed to one
salesperson or team (`reports.report_scope`: narrowing only shrinks what the user may see)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.models.user import User
from app.reports.report_scope import Scope, chosen_scope, narrow, reads_for, scope_text
from app.reports.report_table import ReportTable

REPORT_NAMES = ("sales", "targets", "performance", "funnel", "customers", "reception", "shipments",
                "receivables", "commissions")
BY_CHOICES = ("salesperson", "team", "month", "customer", "source", "industry", "region", "company")


def build_report(actor: User, name: str, year: int, month: int | None = None, by: str | None = None,
                 today: dt.date | None = None, *, salesperson_id: int | None = None,
                 team_id: int | None = None) -> ReportTable:
    """The report `name` for `year` (or its `month`) as `actor` sees it; `by` picks the grouping
    where a report has several (ValueError for one it does not have). With `salesperson_id` or
    `team_id` the report covers that person or team only: a report by month, source ... (and the
    funnel, and the company's targets: the team's or person's line) reads its figures for them, a
    report with a row per person keeps their rows; its `scope` names them. PermissionDenied for a
    person or team outside what `actor` sees; ValueError for a report that cannot be narrowed."""
    today = today or dt.date.today()
    scope = chosen_scope(actor, salesperson_id, team_id)
    if scope is None or reads_for(name, by):
        table = _build(actor, name, year, month, by, today, scope)
        return table if scope is None else replace(table, scope=scope_text(scope))
    table = _build(actor, name, year, month, by, today, None)
    return narrow(table, None if name in ("performance", "commissions") else by, scope)


def _build(actor: User, name: str, year: int, month: int | None, by: str | None, today: dt.date,
           scope: Scope | None) -> ReportTable:
    """The report, its figures read for `scope` (None: everyone `actor` sees)."""
    subject = {"salesperson_id": scope.id if scope and scope.kind == "salesperson" else None,
               "team_id": scope.id if scope and scope.kind == "team" else None}
    if name == "sales":
        from app.reports.sales_report import sales_report

        return sales_report(actor, year, month, by or "month", **subject)
    if name == "targets":
        from app.reports.targets_report import targets_report

        if scope is not None:  # the company's view narrowed: the team's or the person's own line
            return targets_report(actor, year, month, scope.kind, key=scope.id)
        return targets_report(actor, year, month, by)
    if name == "performance":
        _only(name, by, ("salesperson",))
        from app.reports.performance import performance_report

        return performance_report(actor, year, month, today)
    if name == "funnel":
        _only(name, by, ())
        from app.reports.funnel import funnel_report

        return funnel_report(actor, year, month, **subject)
    if name == "customers":
        from app.reports.customers_report import customers_report

        return customers_report(actor, year, month, by or "month", **subject)
    from app.reports import operations_reports as ops

    if name == "reception":
        _only(name, by, ("month", "salesperson"))
        return ops.reception_table(actor, year, month, by or "month", **subject)
    if name == "shipments":
        _only(name, by, ("month", "salesperson", "team"))
        return ops.shipments_table(actor, year, month, by or "month", **subject)
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
