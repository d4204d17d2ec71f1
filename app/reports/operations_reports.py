"""The reports of other areas in the same table shape: reception 前台接待 (services.reception_report,
by month, by day of a month, or by salesperson), shipments 发货统计 (kpi shipped amount, freight and
packaging by month, salesperson or team; by month also for one salesperson or team), receivables
应收账龄 (services.receivables aging by salesperson or customer, as of `today`: balances are current),
commissions 提成 (the month's statements; for a year, kpi.commission per salesperson)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

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
from app.services.commission_queries import month_statements
from app.services.receivables import aging_by_customer, aging_by_salesperson
from app.services.reception_report import ReceptionFigures, reception_report

RECEPTION_COLUMNS = (ReportColumn("visits", "来访登记", "count"), ReportColumn("visitors", "来访人数", "count"),
                     ReportColumn("calls", "来电", "count"), ReportColumn("new_customers", "新客户", "count"),
                     ReportColumn("surveys", "市场调查", "count"))


def reception_table(actor: User, year: int, month: int | None = None, by: str = "month", *,
                    salesperson_id: int | None = None, team_id: int | None = None) -> ReportTable:
    """Visits, visitors, calls, new customers and market surveys per month (a year), per day (a
    month) or per salesperson routed to ("公海" = the pool or nobody); with `salesperson_id` or
    `team_id` only the visitors and callers routed to that person or team's people."""
    chosen = ReportPeriod(year, month)
    routed_to = ([salesperson_id] if salesperson_id is not None
                 else [u.id for u in User.select(User.id).where(User.team == team_id)] if team_id is not None
                 else None)
    report = reception_report(actor, chosen.period.start, chosen.period.end, routed_to=routed_to)
    groups: dict[str, ReceptionFigures] = defaultdict(ReceptionFigures)
    if by == "salesperson":
        dimension = "salesperson"
        for name, figures in report.by_salesperson.items():
            groups[name or "公海"] = figures
    else:
        dimension = "day" if month else "month"
        keys = ([chosen.period.start + dt.timedelta(days=d) for d in range(chosen.period.end.day)] if month
                else chosen.months())
        for key in keys:
            groups[key_label(dimension, key, {})] = ReceptionFigures()
        for day, figures in report.by_day.items():
            entry = groups[key_label(dimension, day if month else day.replace(day=1), {})]
            for field in ("visits", "visitors", "calls", "new_customers", "surveys"):
                setattr(entry, field, getattr(entry, field) + getattr(figures, field))
    rows = tuple({"name": name, **{c.key: getattr(f, c.key) for c in RECEPTION_COLUMNS}} for name, f in groups.items())
    columns = (ReportColumn("name", BY_TITLES[dimension], "text"), *RECEPTION_COLUMNS)
    return ReportTable("reception", "前台接待", chosen.label, scope_label(actor), columns, rows,
                       tuple(c.key for c in RECEPTION_COLUMNS))


def shipments_table(actor: User, year: int, month: int | None = None, by: str = "month", *,
                    salesperson_id: int | None = None, team_id: int | None = None) -> ReportTable:
    """Shipped amount (returns subtract), freight and packaging per month, salesperson or team, of
    everyone's orders the user sees or one salesperson's or team's (`salesperson_id` / `team_id`)."""
    chosen = ReportPeriod(year, month)
    subject = {"salesperson_id": salesperson_id, "team_id": team_id}
    amounts = kpi.shipped_amount(actor, chosen.period, (by,), **subject)
    fees = kpi.shipping_fees(actor, chosen.period, (by,), **subject)
    if by == "month":
        keys, names = [(m,) for m in chosen.months()], {}
    else:
        keys = sorted(set(amounts) | set(fees), key=lambda k: (k[0] is None, k[0] or 0))
        names = user_names(k[0] for k in keys) if by == "salesperson" else team_names()
    rows = []
    for key in keys:
        paid = fees.get(key, kpi.Fees(kpi.ZERO, kpi.ZERO))
        rows.append({"name": key_label(by, key[0], names), "shipped": amounts.get(key, kpi.ZERO),
                     "freight": paid.freight, "packaging": paid.packaging})
    columns = (ReportColumn("name", BY_TITLES[by], "text"), ReportColumn("shipped", "发货额", "money"),
               ReportColumn("freight", "运费", "money"), ReportColumn("packaging", "包装费", "money"))
    return ReportTable("shipments", "发货统计", chosen.label, scope_label(actor), columns, tuple(rows),
                       ("shipped", "freight", "packaging"))


def receivables_table(actor: User, today: dt.date, by: str = "salesperson") -> ReportTable:
    """Receivable, not yet due and the overdue buckets per salesperson or customer, most overdue first."""
    aging = aging_by_customer(actor, today) if by == "customer" else aging_by_salesperson(actor, today)
    rows = tuple({"name": r.name, "receivable": r.receivable, "not_due": r.not_due, "days_0_30": r.days_0_30,
                  "days_31_60": r.days_31_60, "days_61_90": r.days_61_90, "days_over_90": r.days_over_90,
                  "overdue": r.overdue} for r in aging)
    title = "客户" if by == "customer" else "销售员"
    columns = (ReportColumn("name", title, "text"), ReportColumn("receivable", "应收", "money"),
               ReportColumn("not_due", "未到期", "money"), ReportColumn("days_0_30", "逾期0-30天", "money"),
               ReportColumn("days_31_60", "逾期31-60天", "money"), ReportColumn("days_61_90", "逾期61-90天", "money"),
               ReportColumn("days_over_90", "逾期90天以上", "money"), ReportColumn("overdue", "逾期合计", "money"))
    return ReportTable("receivables", "应收账龄", f"截至{today:%Y-%m-%d}", scope_label(actor), columns, rows,
                       tuple(c.key for c in columns[1:]))


def commissions_table(actor: User, year: int, month: int | None = None) -> ReportTable:
    """A month: one row per statement (state, attainment, basis, commission). A year: the sum of the
    statements per salesperson (kpi.commission)."""
    chosen = ReportPeriod(year, month)
    state_titles = {"draft": "草稿", "approved": "已审核", "paid": "已发放"}
    if month:
        rows = tuple({"name": s.salesperson_name, "state": state_titles.get(s.state, s.state),
                      "attainment": s.attainment, "basis": s.basis_total, "commission": s.total, "rows": s.rows}
                     for s in month_statements(actor, year, month))
        columns = (ReportColumn("name", "销售员", "text"), ReportColumn("state", "状态", "text"),
                   ReportColumn("attainment", "达成率", "percent"), ReportColumn("basis", "提成基数", "money"),
                   ReportColumn("commission", "提成", "money"), ReportColumn("rows", "明细行数", "count"))
        totals = ("basis", "commission", "rows")
    else:
        sums = kpi.commission(actor, chosen.period, ("salesperson",))
        keys = set(sums) | {(u.id,) for u in visible_salespeople(actor)}
        names = user_names(k[0] for k in keys)
        rows = tuple(sorted(({"name": key_label("salesperson", k[0], names), "commission": sums.get(k, kpi.ZERO)}
                             for k in keys), key=lambda r: (-r["commission"], r["name"])))
        columns = (ReportColumn("name", "销售员", "text"), ReportColumn("commission", "提成", "money"))
        totals = ("commission",)
    return ReportTable("commissions", "提成", chosen.label, scope_label(actor), columns, rows, totals)
