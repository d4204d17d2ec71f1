"""Targets against results 目标达成: twelve months of target and actual revenue, attainment, last
year's actual, and the cumulative target, actual and attainment, for the company, a team or a
salesperson. Targets, actuals and last year's actuals come from `services.targets_view.target_year`
(actuals through `kpi.revenue`), so the figures are the target screen's. By salesperson, anyone who
sold without a line there (a supervisor who sells) gets a row without target, so the rows add up to
the teams' and the company's actual."""

from __future__ import annotations

from app.models.user import User
from app.reports import kpi
from app.reports.report_common import ReportPeriod, scope_label
from app.reports.report_table import ReportColumn, ReportTable
from app.services.errors import ValidationError
from app.services.targets_view import TargetLine, target_year

LEVELS = ("company", "team", "salesperson")
COLUMNS = (ReportColumn("name", "对象", "text"), ReportColumn("month", "月份", "text"),
           ReportColumn("target", "目标", "money"), ReportColumn("actual", "实际销售额", "money"),
           ReportColumn("attainment", "达成率", "percent"), ReportColumn("last_year", "去年同期", "money"),
           ReportColumn("cumulative_target", "累计目标", "money"),
           ReportColumn("cumulative_actual", "累计销售额", "money"),
           ReportColumn("cumulative_attainment", "累计达成率", "percent"))


def default_level(actor: User) -> str:
    """What a user sees without choosing: managers the company, supervisors their team, others themselves."""
    if actor.role == "manager":
        return "company"
    return "team" if actor.role == "supervisor" and actor.team_id is not None else "salesperson"


def _line_rows(line: TargetLine, name: str, year: int, months: set[int]) -> list[dict[str, object]]:
    rows, cumulative_target, cumulative_actual = [], None, kpi.ZERO
    for cell in line.cells[1:]:
        if cell.target is not None:
            cumulative_target = (cumulative_target or kpi.ZERO) + cell.target
        cumulative_actual += cell.actual
        if cell.month in months:
            rows.append({"name": name, "month": f"{year}-{cell.month:02d}", "target": cell.target,
                         "actual": cell.actual,
                         "attainment": cell.attainment, "last_year": cell.last_year,
                         "cumulative_target": cumulative_target, "cumulative_actual": cumulative_actual,
                         "cumulative_attainment": kpi.attainment(cumulative_actual, cumulative_target)})
    return rows


def _sellers_without_line(actor: User, year: int, listed: list[TargetLine]) -> list[TargetLine]:
    """Lines (no target) for the people `actor` sees who sold this year or last without a line on
    the target screen (a supervisor who sells, someone who left): their revenue counts in their
    team's and the company's actual, so the salespeople's rows add up to those."""
    keys = {line.key for line in listed}
    lines: dict[str, TargetLine] = {}
    for when, attr in ((year, "actual"), (year - 1, "last_year")):
        for (person, month), amount in kpi.revenue(actor, kpi.Period.year(when), ("salesperson", "month")).items():
            if person is None or str(person) in keys:
                continue
            line = lines.setdefault(str(person), TargetLine("salesperson", str(person), ""))
            for cell in (line.cells[month.month], line.cells[0]):
                setattr(cell, attr, getattr(cell, attr) + amount)
    people = {u.id: u for u in User.select().where(User.id.in_([int(k) for k in lines]))} if lines else {}
    for line in lines.values():
        person = people[int(line.key)]
        line.label, line.parent = person.display_name, str(person.team_id or "")
    return sorted(lines.values(), key=lambda line: (int(line.parent or 0), int(line.key)))


def targets_report(actor: User, year: int, month: int | None = None, by: str | None = None,
                   key: int | None = None) -> ReportTable:
    """Rows per month (the year's twelve, or the one chosen: its cumulative figures still run from
    January) for the company (`by` "company"), every visible team or salesperson (`by` "team" /
    "salesperson"), or the one whose id is `key`. A month without a target has target None."""
    level = by or default_level(actor)
    if level not in LEVELS:
        raise ValueError(f"targets by {level!r}: choose from {LEVELS}")
    chosen = ReportPeriod(year, month)
    data = target_year(actor, year, "team")
    if level == "company":
        if data.company is None:
            raise ValidationError({"by": "Only managers see the company's targets."})
        lines = [(data.company, "全公司")]
    else:
        found = data.middle_lines if level == "team" else [*data.salespeople, *_sellers_without_line(actor, year,
                                                                                                   data.salespeople)]
        lines = [(line, line.label) for line in found if key is None or line.key == str(key)]
    months = {m.month for m in chosen.months()}
    rows = [row for line, name in lines for row in _line_rows(line, name, year, months)]
    return ReportTable("targets", "目标达成", chosen.label, scope_label(actor), COLUMNS, tuple(rows),
                       ("target", "actual", "last_year"))

