"""Sales 销售统计: revenue, collected, orders and average deal size by month, salesperson or team,
all from `reports.kpi` (two grouped queries), for everyone the user sees or narrowed to one salesperson
or team (`salesperson_id` / `team_id`, passed to the kpi queries: `report_scope`)."""

from __future__ import annotations

from app.models.user import User
from app.reports import kpi
from app.reports.report_common import (
    BY_TITLES,
    ReportPeriod,
    key_label,
    scope_label,
    team_names,
    user_names,
    visible_salespeople,
)
from app.reports.report_table import ReportColumn, ReportTable

SALES_BY = ("month", "salesperson", "team")


def sales_report(actor: User, year: int, month: int | None = None, by: str = "month", *,
                 salesperson_id: int | None = None, team_id: int | None = None) -> ReportTable:
    """One row per month of the period (every month, zero or not), per salesperson (the visible
    active salespeople and anyone else with figures, by revenue) or per team. With `salesperson_id`
    or `team_id` the figures are that person's or team's (use it with `by` "month": the per-person
    rows are narrowed by `report_scope.narrow`)."""
    if by not in SALES_BY:
        raise ValueError(f"sales by {by!r}: choose from {SALES_BY}")
    chosen = ReportPeriod(year, month)
    subject = {"salesperson_id": salesperson_id, "team_id": team_id}
    deals = kpi.deal_figures(actor, chosen.period, (by,), **subject)
    paid = kpi.collected(actor, chosen.period, (by,), **subject)
    if by == "month":
        keys = [(m,) for m in chosen.months()]
        names: dict = {}
    else:
        keys = sorted(set(deals) | set(paid), key=lambda k: (k[0] is None, k[0] or 0))
        if by == "salesperson":
            keys += [(u.id,) for u in visible_salespeople(actor) if (u.id,) not in deals and (u.id,) not in paid]
            names = user_names(k[0] for k in keys)
        else:
            names = team_names()
    rows = []
    for key in keys:
        figures = deals.get(key, kpi.DealFigures(kpi.ZERO, 0))
        rows.append({"name": key_label(by, key[0], names), "revenue": figures.revenue,
                     "collected": paid.get(key, kpi.ZERO), "orders": figures.orders,
                     "average_deal": figures.average_deal})
    if by != "month":
        rows.sort(key=lambda r: (-r["revenue"], r["name"]))
    columns = (ReportColumn("name", BY_TITLES[by], "text"), ReportColumn("revenue", "销售额", "money"),
               ReportColumn("collected", "回款额", "money"), ReportColumn("orders", "订单数", "count"),
               ReportColumn("average_deal", "平均单额", "money"))
    return ReportTable("sales", "销售统计", chosen.label, scope_label(actor), columns, tuple(rows),
                       ("revenue", "collected", "orders"))
