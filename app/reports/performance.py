"""Performance per salesperson 业绩排行 for a year or a month: revenue, collected, orders, average deal
size, target and attainment, win rate, lead conversion, follow-ups, average sales cycle, pipeline
value, receivable and overdue (as of `today`, which their column titles name), commission; ranked by
revenue. Every figure comes from `reports.kpi`, one grouped query each (about a dozen queries
whatever the number of people).

A salesperson's target for the period: the month's target, or for a year the annual figure, else
the sum of the monthly targets entered; None without any (attainment None)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.models.target import ANNUAL, Target
from app.models.user import User
from app.reports import kpi
from app.reports.report_common import ReportPeriod, key_label, scope_label, team_names, visible_salespeople
from app.reports.report_table import ReportColumn, ReportTable

COLUMNS = (ReportColumn("rank", "排名", "count"), ReportColumn("name", "销售员", "text"),
           ReportColumn("team", "团队", "text"), ReportColumn("revenue", "销售额", "money"),
           ReportColumn("collected", "回款额", "money"), ReportColumn("orders", "订单数", "count"),
           ReportColumn("average_deal", "平均单额", "money"), ReportColumn("target", "目标", "money"),
           ReportColumn("attainment", "达成率", "percent"), ReportColumn("win_rate", "赢单率", "percent"),
           ReportColumn("lead_conversion", "线索转化率", "percent"), ReportColumn("follow_ups", "跟进次数", "count"),
           ReportColumn("sales_cycle", "平均成交周期（天）", "number"),
           ReportColumn("pipeline", "在途商机金额", "money"), ReportColumn("receivable", "应收", "money"),
           ReportColumn("overdue", "逾期", "money"), ReportColumn("commission", "提成", "money"))
TOTAL_KEYS = ("revenue", "collected", "orders", "target", "follow_ups", "pipeline", "receivable", "overdue",
              "commission")


def salesperson_targets(year: int, month: int | None) -> dict[int, Decimal]:
    """{user id: the period's target} of every salesperson with one (module notes)."""
    query = Target.select(Target.key, Target.month, Target.amount).where(
        (Target.year == year) & (Target.level == "salesperson"))
    query = query.where(Target.month == month) if month else query
    annual: dict[int, Decimal] = {}
    months: dict[int, Decimal] = {}
    for t in query:
        person = int(t.key)
        if t.month == ANNUAL:
            annual[person] = t.amount
        else:
            months[person] = months.get(person, kpi.ZERO) + t.amount
    return {**months, **annual}


def performance_report(actor: User, year: int, month: int | None = None,
                       today: dt.date | None = None) -> ReportTable:
    """One row per visible active salesperson and anyone else with revenue, best revenue first."""
    chosen = ReportPeriod(year, month)
    period, by = chosen.period, ("salesperson",)
    deals = kpi.deal_figures(actor, period, by)
    paid = kpi.collected(actor, period, by)
    wins = kpi.win_figures(actor, period, by)
    leads = kpi.lead_figures(actor, period, by)
    follow = kpi.follow_ups(actor, period, by)
    pipeline = kpi.pipeline_value(actor, period, by)
    owed = kpi.receivable(actor, today or dt.date.today(), by)
    commission = kpi.commission(actor, period, by)
    targets = salesperson_targets(year, month)
    people = {u.id: u for u in visible_salespeople(actor)}
    extra = [key[0] for key in deals if key[0] not in people]
    if extra:
        people.update({u.id: u for u in User.select().where(User.id.in_(extra))})
    teams = team_names()
    rows = []
    for uid, person in people.items():
        key = (uid,)
        figures = deals.get(key, kpi.DealFigures(kpi.ZERO, 0))
        won = wins.get(key, kpi.WinFigures(0, 0, 0))
        receivable = owed.get(key, kpi.Receivable(kpi.ZERO, kpi.ZERO))
        target = targets.get(uid)
        rows.append({"name": person.display_name, "team": key_label("team", person.team_id, teams),
                     "revenue": figures.revenue, "collected": paid.get(key, kpi.ZERO), "orders": figures.orders,
                     "average_deal": figures.average_deal, "target": target,
                     "attainment": kpi.attainment(figures.revenue, target), "win_rate": won.win_rate,
                     "lead_conversion": leads.get(key, kpi.LeadFigures(0, 0)).conversion_rate,
                     "follow_ups": follow.get(key, 0), "sales_cycle": won.average_cycle,
                     "pipeline": pipeline.get(key, kpi.ZERO), "receivable": receivable.receivable,
                     "overdue": receivable.overdue, "commission": commission.get(key, kpi.ZERO), "_id": uid})
    rows.sort(key=lambda r: (-r["revenue"], r["_id"]))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
        del row["_id"]
    return ReportTable("performance", "业绩排行", chosen.label, scope_label(actor), dated_columns(today),
                       tuple(rows), TOTAL_KEYS)


def dated_columns(today: dt.date | None = None) -> tuple[ReportColumn, ...]:
    """COLUMNS with receivable and overdue titled with the day they are read on (应收（截至2026-12-06）):
    they are today's balances whatever the period, so a past year's ranking does not pass them off
    as that year's."""
    day = (today or dt.date.today()).isoformat()
    return tuple(ReportColumn(c.key, f"{c.title}（截至{day}）", c.kind) if c.key in ("receivable", "overdue") else c
                 for c in COLUMNS)
