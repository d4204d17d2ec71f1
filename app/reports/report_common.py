"""What every report shares: the period chosen as a year or a month, the scope's label, the names
of salespeople and teams, and the label of a grouping key (a month, a person, a team)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.models.user import Team, User
from app.reports.kpi import Period
from app.services.customer_import_columns import SOURCE_LABELS

BY_TITLES = {"month": "月份", "salesperson": "销售员", "team": "团队", "day": "日期", "industry": "行业",
             "source": "来源", "region": "地区", "customer": "客户"}
NO_TEAM, NO_OWNER = "未分组", "公海"


@dataclass(frozen=True)
class ReportPeriod:
    """A report's period: a calendar year, or one month of it."""

    year: int
    month: int | None = None

    @property
    def period(self) -> Period:
        return Period.month(self.year, self.month) if self.month else Period.year(self.year)

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月" if self.month else f"{self.year}年"

    def months(self) -> list[dt.date]:
        """The first days of the months the period covers."""
        return [dt.date(self.year, m, 1) for m in ([self.month] if self.month else range(1, 13))]


def scope_label(actor: User) -> str:
    """全公司 for managers, the team for supervisors, the person for everyone else."""
    if actor.role == "manager":
        return "全公司"
    if actor.role == "supervisor" and actor.team_id is not None:
        team = Team.get_or_none(Team.id == actor.team_id)
        return f"团队：{team.name if team else actor.team_id}"
    return f"本人：{actor.display_name}"


def visible_salespeople(actor: User) -> list[User]:
    """The active salespeople (role sales) whose figures `actor` sees, by team then id."""
    query = User.select().where((User.role == "sales") & (User.active == True))  # noqa: E712
    if actor.role == "supervisor" and actor.team_id is not None:
        query = query.where(User.team == actor.team_id)
    elif actor.role != "manager":
        query = query.where(User.id == actor.id)
    return sorted(query, key=lambda u: (u.team_id or 0, u.id))


def user_names(ids: Iterable[object]) -> dict[int, str]:
    wanted = [i for i in set(ids) if i is not None]
    return {u.id: u.display_name for u in User.select(User.id, User.display_name).where(User.id.in_(wanted))} \
        if wanted else {}


def team_names() -> dict[int, str]:
    return {t.id: t.name for t in Team.select(Team.id, Team.name)}


def key_label(dimension: str, value: object, names: dict) -> str:
    """The text shown for one grouping value."""
    if dimension == "month":
        return f"{value:%Y-%m}"
    if dimension == "day":
        return f"{value:%Y-%m-%d}"
    if dimension == "salesperson":
        return NO_OWNER if value is None else names.get(value, str(value))
    if dimension == "team":
        return NO_TEAM if value is None else names.get(value, str(value))
    if dimension == "source" and value in SOURCE_LABELS:
        return SOURCE_LABELS[value]  # 来访, 电话 … (the stored code is English)
    return str(value) if value not in (None, "") else "（未填）"
