"""Customers 客户统计: leads received, how many of them reached a first confirmed order, the lead
conversion rate, and new customers (first order signed in the period) by month, source, industry,
region or salesperson (the customer's current owner), from `reports.kpi`; for everyone the user sees
or the customers of one owner or team (`salesperson_id` / `team_id`)."""

from __future__ import annotations

from app.models.user import User
from app.reports import kpi
from app.reports.report_common import BY_TITLES, ReportPeriod, key_label, scope_label, team_names, user_names
from app.reports.report_table import ReportColumn, ReportTable

CUSTOMERS_BY = ("month", "source", "industry", "region", "salesperson", "team")


def customers_report(actor: User, year: int, month: int | None = None, by: str = "month", *,
                     salesperson_id: int | None = None, team_id: int | None = None) -> ReportTable:
    """One row per month of the period, or per value of `by` that has leads or new customers."""
    if by not in CUSTOMERS_BY:
        raise ValueError(f"customers by {by!r}: choose from {CUSTOMERS_BY}")
    chosen = ReportPeriod(year, month)
    subject = {"salesperson_id": salesperson_id, "team_id": team_id}
    leads = kpi.lead_figures(actor, chosen.period, (by,), **subject)
    fresh = kpi.new_customers(actor, chosen.period, (by,), **subject)
    if by == "month":
        keys = [(m,) for m in chosen.months()]
    else:
        keys = sorted(set(leads) | set(fresh), key=lambda k: (k[0] is None, str(k[0])))
    names = user_names(k[0] for k in keys) if by == "salesperson" else team_names() if by == "team" else {}
    rows = []
    for key in keys:
        figures = leads.get(key, kpi.LeadFigures(0, 0))
        rows.append({"name": key_label(by, key[0], names), "leads": figures.received,
                     "converted": figures.converted, "conversion": figures.conversion_rate,
                     "new_customers": fresh.get(key, 0)})
    if by != "month":
        rows.sort(key=lambda r: (-r["leads"], r["name"]))
    columns = (ReportColumn("name", BY_TITLES[by], "text"), ReportColumn("leads", "新增线索", "count"),
               ReportColumn("converted", "已成交线索", "count"), ReportColumn("conversion", "线索转化率", "percent"),
               ReportColumn("new_customers", "新成交客户", "count"))
    return ReportTable("customers", "客户统计", chosen.label, scope_label(actor), columns, tuple(rows),
                       ("leads", "converted", "new_customers"))
