"""The daily reception report (接待日报): visitors, new customers among them and calls, by source
channel and by receiving salesperson, over a date range."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN, fn

from app.models.activity import Call, Visit
from app.models.user import User
from app.services.permissions import require


@dataclass
class ReceptionFigures:
    visitors: int = 0  # people: the sum of party sizes
    visits: int = 0  # registrations
    new_customers: int = 0
    calls: int = 0
    surveys: int = 0


@dataclass
class ReceptionReport:
    date_from: dt.date
    date_to: dt.date
    total: ReceptionFigures = field(default_factory=ReceptionFigures)
    by_source: dict[str, ReceptionFigures] = field(default_factory=dict)
    by_salesperson: dict[str, ReceptionFigures] = field(default_factory=dict)  # "" = the pool / nobody
    by_day: dict[dt.date, ReceptionFigures] = field(default_factory=dict)


def _bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(date_from, dt.time.min), dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min)


def _routed(model, routed_to: Sequence[int] | None) -> list:
    """The condition keeping what was routed to `routed_to` (none when it is None)."""
    return [] if routed_to is None else [model.routed_to.in_(list(routed_to))]


def reception_report(actor: User, date_from: dt.date, date_to: dt.date, *,
                     routed_to: Sequence[int] | None = None) -> ReceptionReport:
    """Figures for visits and calls from `date_from` to `date_to` inclusive, counted in SQL; with
    `routed_to`, only those routed to these salespeople (a team's or one person's)."""
    require(actor, "reception.report")
    start, end = _bounds(date_from, date_to)
    report = ReceptionReport(date_from, date_to)
    groups = defaultdict(ReceptionFigures)
    day = fn.DATE(Visit.arrived_at)
    visits = (Visit.select(Visit.source, User.display_name.alias("person"), day.alias("day"),
                           fn.COUNT(Visit.id).alias("n"), fn.SUM(Visit.party_size).alias("people"),
                           fn.SUM(Visit.new_customer.cast("integer")).alias("new"),
                           fn.SUM(Visit.market_survey.cast("integer")).alias("surveys"))
              .join(User, JOIN.LEFT_OUTER, on=(Visit.routed_to == User.id))
              .where((Visit.arrived_at >= start) & (Visit.arrived_at < end), *_routed(Visit, routed_to))
              .group_by(Visit.source, User.display_name, day).dicts())
    call_day = fn.DATE(Call.at)
    calls = (Call.select(Call.source, User.display_name.alias("person"), call_day.alias("day"),
                         fn.COUNT(Call.id).alias("n"), fn.SUM(Call.new_customer.cast("integer")).alias("new"))
             .join(User, JOIN.LEFT_OUTER, on=(Call.routed_to == User.id))
             .where((Call.at >= start) & (Call.at < end), *_routed(Call, routed_to))
             .group_by(Call.source, User.display_name, call_day).dicts())
    for row in visits:
        for key in _keys(row):
            figures = groups[key]
            figures.visits += row["n"]
            figures.visitors += int(row["people"] or 0)
            figures.new_customers += int(row["new"] or 0)
            figures.surveys += int(row["surveys"] or 0)
    for row in calls:
        for key in _keys(row):
            groups[key].calls += row["n"]
            groups[key].new_customers += int(row["new"] or 0)
    for (kind, name), figures in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        if kind == "total":
            report.total = figures
        elif kind == "source":
            report.by_source[name] = figures
        elif kind == "person":
            report.by_salesperson[name] = figures
        else:
            report.by_day[name] = figures
    return report


def _keys(row: dict) -> list[tuple[str, object]]:
    day = row["day"]  # a date, or on SQLite its text (peewee may also coerce it to a datetime)
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    elif isinstance(day, dt.datetime):
        day = day.date()
    return [("total", ""), ("source", row["source"]), ("person", row["person"] or ""), ("day", day)]
