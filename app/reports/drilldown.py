"""The rows behind a report figure (明细): the orders behind revenue and order count, the payments
behind collected, the follow-ups, the open opportunities behind pipeline value, the owing orders
behind receivable, the uncovered instalments behind overdue, the statements behind commission, the
shipments behind freight and packaging. Each list uses the definitions of `reports.kpi` (the same
states, dates, untaxed rounding and scope), so its sum (or, for the order count, its length) is the
figure the report shows for that salesperson, team or month.

    request = request_for_cell(actor, table, row_index, "revenue", year=2026, month=3)
    detail = drill_down(actor, request)      # DrillDown: columns, rows, figure(), as_table()

`request_for_cell` maps a cell of a report to what it counts: the period (a month row of a year's
report is that month; the targets report's cumulative actual runs from January), the salesperson or
team of the row (found by the name the report shows; a name two people share is not drilled into),
and the measure. It returns None for a cell with no rows behind it (rates, targets, text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Field

from app.models.activity import FollowUp
from app.models.commission import CommissionStatement
from app.models.customer import Customer
from app.models.opportunity import Opportunity
from app.models.order import Order, Payment, Shipment
from app.models.user import Team, User
from app.reports import kpi
from app.reports.funnel import STAGE_TITLES
from app.reports.kpi import Period
from app.reports.report_common import BY_TITLES, NO_OWNER, NO_TEAM, ReportPeriod
from app.reports.report_scope import reads_for
from app.reports.report_table import ReportColumn, ReportTable

# A drill-down lists at most this many rows (and says so). A salesperson's year on the large demo
# (300,000 orders) has ~31,000 orders, ~50,000 payments, ~42,000 follow-ups: 1-2 s to list.
MAX_ROWS = 100_000
MEASURES = ("revenue", "orders", "collected", "follow_ups", "pipeline", "receivable", "overdue", "commission",
            "freight", "packaging")
MEASURE_TITLES = {"revenue": "销售额", "orders": "订单数", "collected": "回款额", "follow_ups": "跟进次数",
                  "pipeline": "在途商机金额", "receivable": "应收", "overdue": "逾期", "commission": "提成",
                  "freight": "运费", "packaging": "包装费"}
KIND_TITLES = {"call": "电话", "visit": "拜访", "meeting": "会面", "email": "邮件", "wechat": "微信", "other": "其他"}
STATE_TITLES = {"confirmed": "已确认", "partially_shipped": "部分发货", "shipped": "已发货", "closed": "已完成",
                "draft": "草稿", "approved": "已审核", "paid": "已发放", "delivered": "已签收"}
COMPANY = "全公司"

# Which report cells have rows behind them: report name -> {column key: measure}.
DRILLABLE: dict[str, dict[str, str]] = {
    "performance": {"revenue": "revenue", "orders": "orders", "collected": "collected", "follow_ups": "follow_ups",
                    "pipeline": "pipeline", "receivable": "receivable", "overdue": "overdue",
                    "commission": "commission"},
    "sales": {"revenue": "revenue", "orders": "orders", "collected": "collected"},
    "targets": {"actual": "revenue", "cumulative_actual": "revenue", "last_year": "revenue"},
    "shipments": {"freight": "freight", "packaging": "packaging"},
    "commissions": {"commission": "commission"},
    "receivables": {"receivable": "receivable", "overdue": "overdue"},  # by salesperson (not by customer)
}


@dataclass(frozen=True)
class DrillRequest:
    """What one figure counts: `measure` over `period` for one salesperson, one team or everyone the
    actor sees (both None); `today` dates receivable and overdue; `label` names the subject."""

    measure: str
    period: Period
    salesperson_id: int | None = None
    team_id: int | None = None
    label: str = ""
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.measure not in MEASURES:
            raise ValueError(f"no rows behind {self.measure!r}; choose from {MEASURES}")


@dataclass(frozen=True)
class DrillDown:
    """The rows behind a figure. `sum_key` is the column whose sum is the figure (None: the figure
    is the number of rows); `truncated` when more than the limit matched (only the first are listed)."""

    request: DrillRequest
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[dict[str, object], ...]
    sum_key: str | None
    truncated: bool = False

    def figure(self) -> Decimal | int:
        """What the rows add up to: the report's figure when not truncated."""
        if self.sum_key is None:
            return len(self.rows)
        return sum((row[self.sum_key] or kpi.ZERO for row in self.rows), kpi.ZERO)

    def as_table(self) -> ReportTable:
        """The rows as a ReportTable (the screen's table model and Excel writer take it)."""
        totals = (self.sum_key,) if self.sum_key else ()
        return ReportTable("drilldown", self.title, shown_period(self.request), self.request.label or COMPANY,
                           self.columns, self.rows, totals)


AS_OF_MEASURES = ("receivable", "overdue")  # today's balances whatever the report's period


def shown_period(request: DrillRequest) -> str:
    """The period a drill-down names: 截至2026-04-01 for receivable and overdue (they are as of
    `today`, not of the report's month), else `period_label`."""
    if request.measure in AS_OF_MEASURES:
        return f"截至{(request.today or dt.date.today()).isoformat()}"
    return period_label(request.period)


def period_label(period: Period) -> str:
    """2026年3月, 2026年, or 2026-01-01 至 2026-03-31."""
    start, end = period.start, period.end
    if start.day == 1 and start.month == 1 and end == dt.date(start.year, 12, 31):
        return ReportPeriod(start.year).label
    if start.day == 1 and Period.month(start.year, start.month) == period:
        return ReportPeriod(start.year, start.month).label
    return f"{start:%Y-%m-%d} 至 {end:%Y-%m-%d}"


# ---- what each list counts is kpi's own condition (kpi.revenue_condition ...), never restated here ----

def _subject(query, salesperson: Field, request: DrillRequest):
    return kpi.subject_filter(query, salesperson, request.salesperson_id, request.team_id)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _limited(query, limit: int) -> tuple[list, bool]:
    rows = list(query.limit(limit + 1).tuples())
    return rows[:limit], len(rows) > limit


Seller = User.alias("seller")


# ---- the measures -------------------------------------------------------------------------------

ORDER_COLUMNS = (ReportColumn("number", "合同编号", "text"), ReportColumn("sign_date", "签约日期", "date"),
                 ReportColumn("customer", "客户", "text"), ReportColumn("salesperson", "销售员", "text"),
                 ReportColumn("state", "状态", "text"), ReportColumn("net_total", "未税金额", "money"))


def _orders(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Orders counted for revenue (kpi.deal_figures): REVENUE_STATES, signed in the period."""
    query = (Order.select(Order.number, Order.sign_date, Customer.name, Seller.display_name, Order.state,
                          Order.net_total)
             .join(Customer, on=(Order.customer == Customer.id))
             .join_from(Order, Seller, on=(Order.salesperson == Seller.id))
             .where(kpi.revenue_condition(request.period)))
    query = kpi.scoped(_subject(query, Order.salesperson, request), actor, Order.salesperson)
    rows, more = _limited(query.order_by(Order.sign_date, Order.id), limit)
    return [{"number": n, "sign_date": _date(d), "customer": c, "salesperson": s,
             "state": STATE_TITLES.get(st, st), "net_total": net} for n, d, c, s, st, net in rows], more


PAYMENT_COLUMNS = (ReportColumn("pay_date", "回款日期", "date"), ReportColumn("number", "合同编号", "text"),
                   ReportColumn("customer", "客户", "text"), ReportColumn("salesperson", "销售员", "text"),
                   ReportColumn("amount", "回款金额（含税）", "money"), ReportColumn("untaxed", "未税回款", "money"))


def _payments(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Payments counted as collected (kpi.collected), each with its untaxed part."""
    query = (Payment.select(Payment.pay_date, Order.number, Customer.name, Seller.display_name, Payment.amount,
                            kpi.untaxed_payment())
             .join(Order)
             .join(Customer, on=(Order.customer == Customer.id))
             .join_from(Order, Seller, on=(Order.salesperson == Seller.id))
             .where(kpi.collected_condition(request.period)))
    query = kpi.scoped(_subject(query, Order.salesperson, request), actor, Order.salesperson)
    rows, more = _limited(query.order_by(Payment.pay_date, Payment.id), limit)
    return [{"pay_date": _date(d), "number": n, "customer": c, "salesperson": s, "amount": amount,
             "untaxed": kpi.money(untaxed)} for d, n, c, s, amount, untaxed in rows], more


FOLLOW_UP_COLUMNS = (ReportColumn("at", "跟进时间", "text"), ReportColumn("customer", "客户", "text"),
                     ReportColumn("salesperson", "跟进人", "text"), ReportColumn("kind", "方式", "text"),
                     ReportColumn("content", "内容", "text"))


def _follow_ups(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Follow-ups recorded in the period by their writer (kpi.follow_ups)."""
    query = (FollowUp.select(FollowUp.at, Customer.name, Seller.display_name, FollowUp.kind, FollowUp.content)
             .join(Customer, on=(FollowUp.customer == Customer.id))
             .join_from(FollowUp, Seller, on=(FollowUp.user == Seller.id))
             .where(kpi.within(FollowUp.at, request.period)))
    query = kpi.scoped(_subject(query, FollowUp.user, request), actor, FollowUp.user)
    rows, more = _limited(query.order_by(FollowUp.at, FollowUp.id), limit)
    return [{"at": f"{at:%Y-%m-%d %H:%M}" if isinstance(at, dt.datetime) else str(at)[:16], "customer": c,
             "salesperson": s, "kind": KIND_TITLES.get(kind, kind), "content": " ".join(str(text).split())[:120]}
            for at, c, s, kind, text in rows], more


PIPELINE_COLUMNS = (ReportColumn("title", "商机", "text"), ReportColumn("customer", "客户", "text"),
                    ReportColumn("salesperson", "负责人", "text"), ReportColumn("stage", "阶段", "text"),
                    ReportColumn("created", "创建日期", "date"), ReportColumn("amount", "金额", "money"))


def _pipeline(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Open opportunities created by the period's end, by owner (kpi.pipeline_value)."""
    query = (Opportunity.select(Opportunity.title, Customer.name, Seller.display_name, Opportunity.stage,
                                Opportunity.created_at, Opportunity.amount)
             .join(Customer, on=(Opportunity.customer == Customer.id))
             .join_from(Opportunity, Seller, JOIN.LEFT_OUTER, on=(Opportunity.owner == Seller.id))
             .where(kpi.pipeline_condition(request.period)))
    query = kpi.scoped(_subject(query, Opportunity.owner, request), actor, Opportunity.owner)
    rows, more = _limited(query.order_by(Opportunity.created_at, Opportunity.id), limit)
    return [{"title": t, "customer": c, "salesperson": s or NO_OWNER, "stage": STAGE_TITLES.get(st, st),
             "created": _date(created), "amount": amount} for t, c, s, st, created, amount in rows], more


RECEIVABLE_COLUMNS = (ReportColumn("number", "合同编号", "text"), ReportColumn("sign_date", "签约日期", "date"),
                      ReportColumn("customer", "客户", "text"), ReportColumn("salesperson", "销售员", "text"),
                      ReportColumn("total", "合同金额", "money"), ReportColumn("paid", "已回款", "money"),
                      ReportColumn("balance", "应收", "money"))


def _receivable(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Open orders with a payment plan and a balance, in the orders' scope (services.receivables)."""
    from app.services.order_queries import order_scope
    from app.services.receivables import owing_with_plan_condition

    kpi.kpi_scope(actor, Order.salesperson)  # the same permission as every KPI
    query = (Order.select(Order.number, Order.sign_date, Customer.name, Seller.display_name, Order.total,
                          Order.paid_total)
             .join(Customer, on=(Order.customer == Customer.id))
             .join_from(Order, Seller, on=(Order.salesperson == Seller.id))
             .where(owing_with_plan_condition()))
    scope = order_scope(actor)
    if scope is not None:
        query = query.where(scope)
    query = _subject(query, Order.salesperson, request)
    rows, more = _limited(query.order_by(Order.sign_date, Order.id), limit)
    return [{"number": n, "sign_date": _date(d), "customer": c, "salesperson": s, "total": total, "paid": paid,
             "balance": total - paid} for n, d, c, s, total, paid in rows], more


OVERDUE_COLUMNS = (ReportColumn("number", "合同编号", "text"), ReportColumn("customer", "客户", "text"),
                   ReportColumn("due_date", "应收日期", "date"), ReportColumn("days", "逾期天数", "count"),
                   ReportColumn("amount", "分期金额", "money"), ReportColumn("overdue", "逾期金额", "money"))


def _overdue(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Instalments past due that payments do not cover (services.receivables.overdue_instalments)."""
    from app.services.receivables import overdue_instalments

    kpi.kpi_scope(actor, Order.salesperson)
    if request.team_id is not None:
        raise ValueError("overdue instalments are listed per salesperson")
    found = overdue_instalments(actor, request.today or dt.date.today(), salesperson_id=request.salesperson_id,
                                limit=limit + 1)
    return [{"number": o.order_number, "customer": o.customer_name, "due_date": o.due_date,
             "days": o.days_overdue, "amount": o.amount, "overdue": o.overdue_amount}
            for o in found[:limit]], len(found) > limit


COMMISSION_COLUMNS = (ReportColumn("month", "月份", "text"), ReportColumn("salesperson", "销售员", "text"),
                      ReportColumn("state", "状态", "text"), ReportColumn("attainment", "达成率", "percent"),
                      ReportColumn("total", "提成", "money"))


def _commissions(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """The statements of the months starting in the period (kpi.commission)."""
    number = kpi.commission_month()
    query = (CommissionStatement.select(CommissionStatement.year, CommissionStatement.month, Seller.display_name,
                                        CommissionStatement.state, CommissionStatement.attainment,
                                        CommissionStatement.total)
             .join_from(CommissionStatement, Seller, on=(CommissionStatement.salesperson == Seller.id))
             .where(kpi.commission_month_range(request.period)))
    query = kpi.scoped(_subject(query, CommissionStatement.salesperson, request), actor,
                       CommissionStatement.salesperson)
    rows, more = _limited(query.order_by(number, Seller.id), limit)
    return [{"month": f"{y:04d}-{m:02d}", "salesperson": s, "state": STATE_TITLES.get(st, st),
             "attainment": att, "total": total} for y, m, s, st, att, total in rows], more


SHIPMENT_COLUMNS = (ReportColumn("number", "发货单号", "text"), ReportColumn("ship_date", "发货日期", "date"),
                    ReportColumn("order", "合同编号", "text"), ReportColumn("customer", "客户", "text"),
                    ReportColumn("kind", "类型", "text"), ReportColumn("freight", "运费", "money"),
                    ReportColumn("packaging", "包装费", "money"))


def _shipments(actor: User, request: DrillRequest, limit: int) -> tuple[list[dict], bool]:
    """Shipments and returns that left in the period (kpi.shipping_fees)."""
    query = (Shipment.select(Shipment.number, Shipment.ship_date, Order.number, Customer.name, Shipment.is_return,
                             Shipment.freight, Shipment.packaging)
             .join(Order).join(Customer, on=(Order.customer == Customer.id))
             .where(kpi.shipped_condition(request.period)))
    query = kpi.scoped(_subject(query, Order.salesperson, request), actor, Order.salesperson)
    rows, more = _limited(query.order_by(Shipment.ship_date, Shipment.id), limit)
    return [{"number": n, "ship_date": _date(d), "order": o, "customer": c, "kind": "退货" if ret else "发货",
             "freight": f, "packaging": p} for n, d, o, c, ret, f, p in rows], more


_LISTS = {
    "revenue": (_orders, ORDER_COLUMNS, "net_total"),
    "orders": (_orders, ORDER_COLUMNS, None),
    "collected": (_payments, PAYMENT_COLUMNS, "untaxed"),
    "follow_ups": (_follow_ups, FOLLOW_UP_COLUMNS, None),
    "pipeline": (_pipeline, PIPELINE_COLUMNS, "amount"),
    "receivable": (_receivable, RECEIVABLE_COLUMNS, "balance"),
    "overdue": (_overdue, OVERDUE_COLUMNS, "overdue"),
    "commission": (_commissions, COMMISSION_COLUMNS, "total"),
    "freight": (_shipments, SHIPMENT_COLUMNS, "freight"),
    "packaging": (_shipments, SHIPMENT_COLUMNS, "packaging"),
}


def drill_down(actor: User, request: DrillRequest, limit: int = MAX_ROWS) -> DrillDown:
    """The rows behind `request`'s figure as `actor` sees them (kpi scope: a salesperson only their
    own, whatever the request names), oldest first; at most `limit` rows (then `truncated`)."""
    reader, columns, sum_key = _LISTS[request.measure]
    rows, more = reader(actor, request, limit)
    return DrillDown(request, f"{MEASURE_TITLES[request.measure]}明细", columns, tuple(rows), sum_key, more)


# ---- from a report cell to a request ------------------------------------------------------------

def _month_of(text: object) -> tuple[int, int] | None:
    try:
        year, month = str(text).split("-")[:2]
        return int(year), int(month)
    except ValueError:
        return None


def _person(actor: User, name: str) -> int | None:
    """The id of the one user the actor sees under `name`; None when nobody or several are."""
    query = User.select(User.id).where(User.display_name == name)
    scope = kpi.kpi_scope(actor, User.id)
    if scope is not None:
        query = query.where(scope)
    ids = [u.id for u in query]
    return ids[0] if len(ids) == 1 else None


def _team(name: str) -> int | None:
    team = Team.get_or_none(Team.name == name)
    return team.id if team else None


def _subject_of(actor: User, dimension: str, name: object) -> dict[str, object] | None:
    """{salesperson_id | team_id: ..., label} for a row named `name` grouped by `dimension`."""
    text = str(name or "")
    if dimension == "salesperson":
        uid = None if text == NO_OWNER else _person(actor, text)
        return None if uid is None else {"salesperson_id": uid, "label": text}
    if dimension == "team":
        tid = None if text == NO_TEAM else _team(text)
        return None if tid is None else {"team_id": tid, "label": text}
    return None


def request_for_cell(actor: User, table: ReportTable, row_index: int, column_key: str, *, year: int,
                     month: int | None = None, by: str | None = None, today: dt.date | None = None,
                     salesperson_id: int | None = None, team_id: int | None = None) -> DrillRequest | None:
    """The request behind the figure in row `row_index`, column `column_key` of `table` (built by
    `catalog.build_report(actor, table.name, year, month, by, today, salesperson_id=...,
    team_id=...)`: a report by month narrowed to a person or team lists theirs); None when the cell
    has no rows behind it or its row cannot be told apart (a name shared by two people, 未分组, 公海)."""
    measure = DRILLABLE.get(table.name, {}).get(column_key)
    if measure is None or not 0 <= row_index < len(table.rows):
        return None
    row = table.rows[row_index]
    if row.get(column_key) in (None, 0, kpi.ZERO):
        return None
    chosen = ReportPeriod(year, month)
    period, subject = chosen.period, None
    name = row.get("name")
    whole = {"label": table.scope}  # every row's figure is the whole scope's (read for it: report_scope)
    if reads_for(table.name, by):
        whole.update({"salesperson_id": salesperson_id} if salesperson_id is not None else
                     {"team_id": team_id} if team_id is not None else {})
    if table.name == "receivables":
        if _by_customer(table):
            return None
        subject = _subject_of(actor, "salesperson", name)
    elif table.name in ("performance", "commissions"):  # a month's commissions: the person's statement
        subject = _subject_of(actor, "salesperson", name)
    elif table.name in ("sales", "shipments"):
        dimension = by or "month"
        if dimension == "month":
            found = _month_of(name)
            if found is None:
                return None
            period, subject = Period.month(*found), whole
        else:
            subject = _subject_of(actor, dimension, name)
    elif table.name == "targets":
        found = _month_of(row.get("month"))
        if found is None:
            return None
        period = Period.month(*found)
        if column_key == "cumulative_actual":
            period = Period(dt.date(found[0], 1, 1), period.end)
        elif column_key == "last_year":
            period = Period.month(found[0] - 1, found[1])
        from app.reports.targets_report import default_level

        level = by or default_level(actor)
        # the company's line, or (narrowed) the team's or person's line read for them
        subject = whole if level == "company" or len(whole) > 1 else _subject_of(actor, level, name)
    if subject is None:
        return None
    return DrillRequest(measure, period, today=today or dt.date.today(), **subject)


def drillable_columns(table: ReportTable) -> Sequence[str]:
    """The columns of `table` whose figures open a drill-down."""
    if table.name == "receivables" and _by_customer(table):
        return ()
    return tuple(DRILLABLE.get(table.name, {}))


def _by_customer(table: ReportTable) -> bool:
    """A receivables table with a row per customer (its first column titled 客户), not per salesperson."""
    return bool(table.columns) and table.columns[0].title == BY_TITLES["customer"]
