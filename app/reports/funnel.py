"""Sales funnel 销售漏斗: the opportunities created in the period by their current stage, how many
reached each stage (those at it or further on, won included; a lost one counts at the first stage
only, since the stage it was lost at is not kept), the conversion from the stage before, and the
lost reasons of the opportunities lost in the period. One table: rows of section 阶段, then 输单原因.
Everyone's opportunities the user sees, or one owner's or team's (`salesperson_id` / `team_id`)."""

from __future__ import annotations

from decimal import Decimal

from app.models.opportunity import OPEN_STAGES
from app.models.user import User
from app.reports import kpi
from app.reports.report_common import ReportPeriod, scope_label
from app.reports.report_table import ReportColumn, ReportTable

STAGE_TITLES = {"qualify": "初步接洽", "needs": "需求确认", "solution": "方案报价", "demo": "演示试用",
                "negotiate": "商务谈判", "won": "赢单", "lost": "输单"}
COLUMNS = (ReportColumn("section", "分类", "text"), ReportColumn("stage", "阶段/原因", "text"),
           ReportColumn("count", "商机数", "count"), ReportColumn("amount", "金额", "money"),
           ReportColumn("reached", "到达该阶段", "count"), ReportColumn("conversion", "阶段转化率", "percent"))


def funnel_report(actor: User, year: int, month: int | None = None, *, salesperson_id: int | None = None,
                  team_id: int | None = None) -> ReportTable:
    """Stage rows in pipeline order (won and lost last), then one row per lost reason."""
    chosen = ReportPeriod(year, month)
    stages = kpi.opportunity_stages(actor, chosen.period, salesperson_id=salesperson_id, team_id=team_id)
    reasons = kpi.lost_reasons(actor, chosen.period, salesperson_id=salesperson_id, team_id=team_id)
    ladder = (*OPEN_STAGES, "won")
    rows, previous = [], None
    for index, stage in enumerate(ladder):
        reached = sum(stages.get(s, (0, kpi.ZERO))[0] for s in ladder[index:])
        if index == 0:
            reached += stages.get("lost", (0, kpi.ZERO))[0]
        count, amount = stages.get(stage, (0, kpi.ZERO))
        conversion = None if previous is None or not previous else kpi.ratio(
            Decimal(reached * 100), Decimal(previous), 2)
        rows.append({"section": "阶段", "stage": STAGE_TITLES[stage], "count": count, "amount": amount,
                     "reached": reached, "conversion": conversion})
        previous = reached
    count, amount = stages.get("lost", (0, kpi.ZERO))
    rows.append({"section": "阶段", "stage": STAGE_TITLES["lost"], "count": count, "amount": amount,
                 "reached": None, "conversion": None})
    for reason, (count, amount) in sorted(reasons.items(), key=lambda kv: (-kv[1][0], kv[0])):
        rows.append({"section": "输单原因", "stage": reason or "（未填）", "count": count, "amount": amount,
                     "reached": None, "conversion": None})
    return ReportTable("funnel", "销售漏斗", chosen.label, scope_label(actor), COLUMNS, tuple(rows))
